/// An Azerbaijani mobile number in E.164 (`+994` + operator prefix + 7 digits).
/// Numbers are portable: the prefix does not name the operator.
public struct PhoneNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    /// E.164, e.g. `+994501234567`.
    public let e164: String

    public static let mobilePrefixes: Set<String> = ["10", "40", "44", "50", "51", "55", "60", "70", "77", "99"]

    /// Accepts `0501234567`, `994501234567`, `+994 (50) 123-45-67`, `50 123 45 67`.
    public static func parse(_ raw: String) -> Result<PhoneNumber, ValidationIssue> {
        let compact = InputCleaning.compact(raw)
        if compact.isEmpty { return .failure(.init("validation.phone.empty")) }
        var digits = compact
        if digits.hasPrefix("+") { digits.removeFirst() }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.init("validation.phone.format")) }
        let national: String
        switch digits.count {
        case 12 where digits.hasPrefix("994"): national = String(digits.dropFirst(3))
        case 10 where digits.hasPrefix("0"): national = String(digits.dropFirst())
        case 9 where !compact.hasPrefix("+") && !digits.hasPrefix("0"): national = digits
        default: return .failure(.init("validation.phone.format"))
        }
        guard mobilePrefixes.contains(String(national.prefix(2))) else {
            return .failure(.init("validation.phone.not_mobile"))
        }
        return .success(PhoneNumber(uncheckedE164: "+994" + national))
    }

    public init(uncheckedE164: String) { self.e164 = uncheckedE164 }

    /// `+994 50 123 45 67`
    public var display: String {
        let n = Array(e164.dropFirst(4))
        guard n.count == 9 else { return e164 }
        return "+994 \(String(n[0..<2])) \(String(n[2..<5])) \(String(n[5..<7])) \(String(n[7..<9]))"
    }

    public var description: String { e164 }
}
