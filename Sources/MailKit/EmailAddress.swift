import Foundation

/// A mailbox as written in `OutgoingMail.from`/`to`: `user@example.az` or `Display Name <user@example.az>`.
struct EmailAddress: Equatable {
    var displayName: String?
    var address: String

    struct Invalid: Error, CustomStringConvertible { let description: String }

    init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
            throw Invalid(description: "address contains a line break")
        }
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            displayName = name.isEmpty ? nil : name
        } else {
            address = trimmed
            displayName = nil
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, parts[1].contains("."),
              !address.contains(where: { $0 == " " || $0 == "<" || $0 == ">" || $0 == "," || $0 == "\"" || $0 == "\\" }),
              address.utf8.count <= 254 else {
            throw Invalid(description: "not an e-mail address: \(text)")
        }
    }

    /// The bare address for MAIL FROM / RCPT TO.
    static func envelopeAddress(_ text: String) throws -> String { try EmailAddress(parsing: text).address }

    /// The header form: the display name quoted or, if not ASCII, as RFC 2047 encoded words (folded).
    var headerValue: String {
        guard let displayName else { return address }
        if displayName.allSatisfy({ $0.isASCII }) {
            let escaped = displayName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(escaped)\" <\(address)>"
        }
        return HeaderEncoding.encodedWords(displayName).joined(separator: "\r\n ") + "\r\n <\(address)>"
    }
}
