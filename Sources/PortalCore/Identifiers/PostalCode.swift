/// Azerbaijani postal code: `AZ` + 4 digits (`AZ1000` Baku); the first two digits name the district.
public struct PostalCode: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    public static func parse(_ raw: String) -> Result<PostalCode, ValidationIssue> {
        var compact = InputCleaning.compact(raw).uppercased()
        if compact.isEmpty { return .failure(.init("validation.postal_code.empty")) }
        if compact.hasPrefix("AZ") { compact.removeFirst(2) }
        guard compact.count == 4, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(.init("validation.postal_code.format"))
        }
        return .success(PostalCode(uncheckedValue: "AZ" + compact))
    }

    public init(uncheckedValue: String) { self.value = uncheckedValue }

    /// The two digits naming the district (`10` for Baku).
    public var districtDigits: String { String(value.dropFirst(2).prefix(2)) }
    public var description: String { value }
}
