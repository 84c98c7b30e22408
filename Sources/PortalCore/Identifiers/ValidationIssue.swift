/// Why an input was rejected, as a message key the UI translates (Resources/Locales/*/messages.json).
public struct ValidationIssue: Error, Hashable, Sendable, Codable {
    /// A locale message key, e.g. `validation.fin.length`.
    public let key: String

    public init(_ key: String) { self.key = key }
}

/// Shared input clean-up: drop spaces and common separators people type.
enum InputCleaning {
    static func compact(_ raw: String, removing separators: Set<Character> = [" ", "-", ".", "(", ")", "/", "\u{00A0}"]) -> String {
        String(raw.filter { !separators.contains($0) })
    }
}
