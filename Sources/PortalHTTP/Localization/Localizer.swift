import Foundation
import PortalCore

/// The portal's UI strings, one JSON file per language (`Resources/Locales/az.json` …), flat dotted keys.
/// Every string a person reads comes from here; templates and code hold only keys.
public struct Localizer: Sendable {
    public let tables: [Language: [String: String]]

    public init(tables: [Language: [String: String]]) { self.tables = tables }

    /// Loads `<directory>/<lang>.json` for every language; a missing file is an error.
    public static func load(directory: String) throws -> Localizer {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let url = URL(fileURLWithPath: directory).appendingPathComponent("\(language.rawValue).json")
            let data = try Data(contentsOf: url)
            tables[language] = try JSONDecoder().decode([String: String].self, from: data)
        }
        return Localizer(tables: tables)
    }

    /// The text for `key` with `{0}`, `{1}`… replaced by `arguments`. A missing key shows the key itself
    /// (and the locale completeness test fails), never an empty string.
    public func text(_ key: String, _ language: Language, _ arguments: [String] = []) -> String {
        var text = tables[language]?[key] ?? tables[.az]?[key] ?? key
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }

    public func has(_ key: String, in language: Language) -> Bool { tables[language]?[key] != nil }

    /// Keys present in one language and missing in another: `[(language, key)]`.
    public func missingKeys() -> [(Language, String)] {
        let all = Set(tables.values.flatMap(\.keys))
        return Language.allCases.flatMap { lang in
            all.subtracting(tables[lang]?.keys ?? [:].keys).sorted().map { (lang, $0) }
        }
    }
}
