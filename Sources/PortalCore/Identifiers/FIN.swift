/// Personal identification number (FIN) printed on every Azerbaijani ID card: 7 characters,
/// digits and upper-case Latin letters except I and O. It never changes on renewal.
public struct FIN: Hashable, Sendable, Codable, CustomStringConvertible, LosslessStringConvertible {
    public let value: String

    /// The letters the FIN alphabet excludes (DOMAIN.md: I and O, uncertain for I — change here if needed).
    public static let excludedLetters: Set<Character> = ["I", "O"]

    /// Accepts lower case and spaces; stores upper case.
    public static func parse(_ raw: String) -> Result<FIN, ValidationIssue> {
        let compact = InputCleaning.compact(raw).uppercased()
        if compact.isEmpty { return .failure(.init("validation.fin.empty")) }
        guard compact.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else {
            return .failure(.init("validation.fin.characters"))
        }
        if compact.contains(where: { excludedLetters.contains($0) }) {
            return .failure(.init("validation.fin.letters_io"))
        }
        guard compact.count == 7 else { return .failure(.init("validation.fin.length")) }
        return .success(FIN(uncheckedValue: compact))
    }

    /// For values already validated (read back from the database).
    public init(uncheckedValue: String) { self.value = uncheckedValue }

    public init?(_ description: String) {
        guard case .success(let fin) = FIN.parse(description) else { return nil }
        self = fin
    }

    public var description: String { value }

    /// A masked form for places where the full FIN is not needed (`94F***D`).
    public var masked: String { String(value.prefix(3)) + "***" + String(value.suffix(1)) }
}
