/// The portal's UI languages; Azerbaijani is the default.
public enum Language: String, CaseIterable, Sendable, Codable {
    case az, en, ru

    public static let `default`: Language = .az

    /// Picks a language from an HTTP Accept-Language header (`ru-RU,ru;q=0.9,en;q=0.8`).
    public static func negotiate(acceptLanguage header: String?) -> Language? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
            let q = pieces.dropFirst().first(where: { $0.hasPrefix("q=") }).flatMap { Double($0.dropFirst(2)) } ?? 1
            return (String(tag.split(separator: "-").first ?? ""), q)
        }
        return ranked.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.lazy.compactMap { Language(rawValue: $0.0) }.first
    }

    /// A percentage as the language writes it: `50.0%` (en), `50,0%` (az), `50,0 %` (ru, a no-break space).
    public func percent(_ value: Double, fractionDigits: Int = 1) -> String {
        var number = String(format: "%.\(fractionDigits)f", value)
        if self != .en { number = number.replacingOccurrences(of: ".", with: ",") }
        return number + (self == .ru ? "\u{00A0}%" : "%")
    }
}

/// A text known in the three UI languages; missing translations fall back to Azerbaijani.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var az: String
    public var en: String?
    public var ru: String?

    public init(az: String, en: String? = nil, ru: String? = nil) {
        self.az = az
        self.en = en
        self.ru = ru
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .az: return az
        case .en: return en ?? az
        case .ru: return ru ?? az
        }
    }
}
