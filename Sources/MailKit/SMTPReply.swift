import Foundation

/// One SMTP reply (RFC 5321 §4.2): a three-digit code and one or more lines of text.
public struct SMTPReply: Sendable, Equatable, CustomStringConvertible {
    public var code: Int
    public var lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    public var isPositive: Bool { (200..<400).contains(code) }
    public var isTransientFailure: Bool { (400..<500).contains(code) }
    public var isPermanentFailure: Bool { (500..<600).contains(code) }
    public var description: String { "\(code) " + lines.joined(separator: " / ") }
}

/// Turns reply lines into replies: `250-first`, `250-second`, `250 last` is one reply of three lines.
/// A line that is not `DDD`, `DDD text` or `DDD-text`, or a continuation with another code, is an error
/// (the connection is then dropped, never guessed at).
public struct SMTPReplyParser: Sendable {
    public struct Malformed: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    private var code: Int?
    private var lines: [String] = []

    public init() {}

    /// Feeds one line without its CRLF; returns a reply when this line completes one.
    public mutating func feed(_ line: String) throws -> SMTPReply? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0..<3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let value = Int(String(decoding: bytes[0..<3], as: UTF8.self)), (200...599).contains(value) else {
            throw Malformed(description: "malformed SMTP reply line: \(line.prefix(80))")
        }
        let separator: UInt8? = bytes.count > 3 ? bytes[3] : nil
        guard separator == nil || separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-") else {
            throw Malformed(description: "malformed SMTP reply line: \(line.prefix(80))")
        }
        if let code, code != value {
            throw Malformed(description: "SMTP reply continues with another code (\(code) then \(value))")
        }
        code = value
        lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
        guard separator != UInt8(ascii: "-") else { return nil }
        defer {
            code = nil
            lines = []
        }
        return SMTPReply(code: value, lines: lines)
    }

    /// True while a multi-line reply has begun but not ended.
    public var isInsideReply: Bool { code != nil }
}

/// The service extensions an EHLO reply announces (every line after the greeting): keyword → parameters.
public struct SMTPExtensions: Sendable, Equatable {
    public private(set) var keywords: [String: [String]] = [:]

    public init(ehlo reply: SMTPReply) {
        for line in reply.lines.dropFirst() {
            // `AUTH PLAIN LOGIN`, and the old `AUTH=PLAIN LOGIN` some servers still send.
            let words = line.replacingOccurrences(of: "=", with: " ").split(separator: " ").map(String.init)
            guard let keyword = words.first?.uppercased() else { continue }
            keywords[keyword, default: []] += words.dropFirst().map { $0.uppercased() }
        }
    }

    public init() {}

    public func supports(_ keyword: String) -> Bool { keywords[keyword.uppercased()] != nil }
    public var authMechanisms: Set<String> { Set(keywords["AUTH"] ?? []) }
    public var sizeLimit: Int? { keywords["SIZE"]?.first.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } }
}

/// The DATA payload: every line ending normalised to CRLF, a leading "." doubled (RFC 5321 §4.5.2),
/// closed by CRLF "." CRLF.
public enum DotStuffing {
    public static func encode(_ message: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.utf8.count + 64)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message.utf8 {
            if byte == UInt8(ascii: "\n") {
                if previous != UInt8(ascii: "\r") { output.append(UInt8(ascii: "\r")) }
                output.append(byte)
                atLineStart = true
            } else {
                if previous == UInt8(ascii: "\r") {
                    // A bare CR: make it a line break of its own.
                    output.append(UInt8(ascii: "\n"))
                    atLineStart = true
                }
                if atLineStart && byte == UInt8(ascii: ".") { output.append(byte) }
                if byte != UInt8(ascii: "\r") { atLineStart = false }
                output.append(byte)
            }
            previous = byte
        }
        if previous == UInt8(ascii: "\r") { output.append(UInt8(ascii: "\n")) }
        if !(output.count >= 2 && output[output.count - 2] == UInt8(ascii: "\r") && output.last == UInt8(ascii: "\n")), !output.isEmpty {
            output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        }
        output += Array(".\r\n".utf8)
        return output
    }
}
