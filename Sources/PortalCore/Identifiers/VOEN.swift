/// Taxpayer identification number (VÖEN): 10 digits — territorial code (2), serial (6), check digit,
/// legal status (`1` legal person, `2` natural person). A 9-digit input lost its leading zero.
public struct VOEN: Hashable, Sendable, Codable, CustomStringConvertible {
    public let value: String

    public enum LegalStatus: String, Sendable, Codable { case legalPerson, naturalPerson }

    static let weights = [4, 1, 8, 6, 2, 7, 5, 3]

    public static func parse(_ raw: String) -> Result<VOEN, ValidationIssue> {
        var digits = InputCleaning.compact(raw)
        if digits.isEmpty { return .failure(.init("validation.voen.empty")) }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.init("validation.voen.digits")) }
        if digits.count == 9 { digits = "0" + digits }
        guard digits.count == 10 else { return .failure(.init("validation.voen.length")) }
        let d = digits.compactMap(\.wholeNumberValue)
        guard d[9] == 1 || d[9] == 2 else { return .failure(.init("validation.voen.status")) }
        let sum = zip(d.prefix(8), weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard sum % 11 == d[8] else { return .failure(.init("validation.voen.check_digit")) }
        return .success(VOEN(uncheckedValue: digits))
    }

    public init(uncheckedValue: String) { self.value = uncheckedValue }

    public var legalStatus: LegalStatus { value.hasSuffix("1") ? .legalPerson : .naturalPerson }
    public var description: String { value }
}
