/// Number of an Azerbaijani ID card: series `AZE` + 8 digits (older cards) or `AA` + 7 digits (newer).
public struct IDCardNumber: Hashable, Sendable, Codable, CustomStringConvertible {
    public let series: String
    public let number: String

    public static func parse(_ raw: String) -> Result<IDCardNumber, ValidationIssue> {
        let compact = InputCleaning.compact(raw).uppercased()
        if compact.isEmpty { return .failure(.init("validation.id_card.empty")) }
        let (series, digits): (String, Substring)
        if compact.hasPrefix("AZE") {
            (series, digits) = ("AZE", compact.dropFirst(3))
            guard digits.count == 8 else { return .failure(.init("validation.id_card.format")) }
        } else if compact.hasPrefix("AA") {
            (series, digits) = ("AA", compact.dropFirst(2))
            guard digits.count == 7 else { return .failure(.init("validation.id_card.format")) }
        } else {
            return .failure(.init("validation.id_card.series"))
        }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.init("validation.id_card.format")) }
        return .success(IDCardNumber(series: series, number: String(digits)))
    }

    public init(series: String, number: String) {
        self.series = series
        self.number = number
    }

    /// `AA1234567`
    public var description: String { series + number }
}
