import Foundation

/// An e-mail address, trimmed and lower-cased; checked for shape only (delivery proves the rest).
public struct EmailAddress: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    public static func parse(_ raw: String) -> Result<EmailAddress, ValidationIssue> {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if trimmed.isEmpty { return .failure(.init("validation.email.empty")) }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard trimmed.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64,
              parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !trimmed.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," })
        else { return .failure(.init("validation.email.format")) }
        return .success(EmailAddress(uncheckedValue: trimmed))
    }

    public init(uncheckedValue: String) { self.value = uncheckedValue }
    public var description: String { value }
}
