import Foundation
import PortalCore

/// What a password must be: 8 to 256 characters (all of them count, see PasswordHasher), not on the
/// shipped list of common passwords, and not containing the person's FIN or e-mail name.
public struct PasswordPolicy: Sendable {
    public static let minimumLength = 8
    public static let maximumLength = 256

    let common: Set<String>

    public init(common: Set<String>) { self.common = common }

    /// The list shipped in Data/common-passwords.txt (one per line, lower case).
    public static func bundled() throws -> PasswordPolicy {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Data") else {
            throw PasswordPolicyError.missingList
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
        return PasswordPolicy(common: Set(lines.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty && !$0.hasPrefix("# ") }))
    }

    public var commonCount: Int { common.count }

    public func check(_ password: String, fin: String? = nil, email: String? = nil) -> ValidationIssue? {
        let length = password.count
        if length < Self.minimumLength { return ValidationIssue("validation.password.too_short") }
        if length > Self.maximumLength { return ValidationIssue("validation.password.too_long") }
        let lowered = AzerbaijaniText.lowercased(password)
        if common.contains(lowered) || common.contains(password.lowercased()) { return ValidationIssue("validation.password.common") }
        if Set(password).count <= 2 { return ValidationIssue("validation.password.common") }
        if let fin, !fin.isEmpty, lowered.contains(fin.lowercased()) { return ValidationIssue("validation.password.contains_fin") }
        if let name = email?.split(separator: "@").first, name.count >= 4, lowered.contains(name.lowercased()) {
            return ValidationIssue("validation.password.contains_email")
        }
        return nil
    }
}

enum PasswordPolicyError: Error { case missingList }
