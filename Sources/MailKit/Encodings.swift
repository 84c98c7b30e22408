import Foundation

/// Header text (RFC 5322 / RFC 2047): ASCII stays as it is, folded at spaces; anything else becomes
/// `=?UTF-8?B?…?=` encoded words of at most 75 characters, split between characters, never inside one.
public enum HeaderEncoding {
    /// Longest encoded word RFC 2047 allows.
    static let maxEncodedWord = 75
    /// Bytes of UTF-8 per word: "=?UTF-8?B?" + base64 + "?=" ≤ 75 → 60 base64 characters → 45 bytes.
    public static let bytesPerWord = 45

    /// `firstWordBytes` lets the first word share its line with a field name and still end by column 78.
    public static func encodedWords(_ text: String, firstWordBytes: Int = bytesPerWord) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            let limit = words.isEmpty ? min(bytesPerWord, max(3, firstWordBytes)) : bytesPerWord
            if chunk.count + bytes.count > limit, !chunk.isEmpty {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?=" }

    static func needsEncoding(_ text: String) -> Bool {
        text.contains { !$0.isASCII || ($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? true) } || text.contains("=?")
    }

    /// One header field, folded so no line passes 78 characters where spaces allow (998 at most, always).
    public static func field(_ name: String, _ value: String) -> String {
        if needsEncoding(value) {
            // "Name: " + "=?UTF-8?B?" + base64 + "?=" within 78 columns.
            let first = (78 - name.count - 2 - 12) / 4 * 3
            return name + ": " + encodedWords(value, firstWordBytes: first).joined(separator: "\r\n ")
        }
        var lines: [String] = []
        var line = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if line.count + 1 + word.count > 78, line.count > name.count + 1 {
                lines.append(line)
                line = ""
            }
            line += " " + word
        }
        lines.append(line)
        return lines.joined(separator: "\r\n")
    }
}

/// Body encodings (RFC 2045) for UTF-8 text parts and attachments, lines ending in CRLF.
public enum BodyEncoding {
    /// Quoted-printable: printable ASCII stays readable, lines at most 76 characters with soft breaks,
    /// `=` and trailing spaces encoded, every line break a CRLF.
    public static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var output: [String] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var current = ""
            for (index, byte) in bytes.enumerated() {
                let last = index == bytes.count - 1
                let token: String
                if byte == UInt8(ascii: "=") || byte > 126 || (byte < 32 && byte != 9) || ((byte == 32 || byte == 9) && last) {
                    token = String(format: "=%02X", byte)
                } else {
                    token = String(UnicodeScalar(byte))
                }
                // Leave room for the soft break "=" (76 with it).
                if current.count + token.count > 75 {
                    output.append(current + "=")
                    current = ""
                }
                current += token
            }
            output.append(current)
        }
        return output.joined(separator: "\r\n")
    }

    /// Base64 in lines of 76 characters.
    public static func base64(_ bytes: [UInt8]) -> String {
        let encoded = Data(bytes).base64EncodedString()
        var lines: [Substring] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[index..<end])
            index = end
        }
        return lines.joined(separator: "\r\n")
    }

    /// Text that is mostly outside ASCII (Russian, much Azerbaijani) is shorter in base64 than in
    /// quoted-printable (each such byte is three characters there); mostly-ASCII text stays readable.
    public static func prefersBase64(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty else { return false }
        let high = bytes.reduce(0) { $0 + ($1 > 127 ? 1 : 0) }
        return high * 3 > bytes.count
    }
}
