import Foundation
import PortalCore

/// The portal's UI strings, one JSON file per language and module
/// (`Resources/Locales/az.json`, `Resources/Locales/catalog/az.json` …), flat dotted keys.
/// Every string a person reads comes from here; templates and code hold only keys.
public struct Localizer: Sendable {
    public let tables: [Language: [String: String]]

    public init(tables: [Language: [String: String]]) { self.tables = tables }

    /// Loads `<directory>/<lang>.json` (the shell's strings) and `<directory>/<module>/<lang>.json` for
    /// every module folder, for every language. A missing file is an error, and so is a key defined twice.
    public static func load(directory: String) throws -> Localizer {
        let root = URL(fileURLWithPath: directory)
        let folders = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            var table: [String: String] = [:]
            for folder in [root] + folders {
                let url = folder.appendingPathComponent("\(language.rawValue).json")
                let strings = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: url))
                try table.merge(strings) { _, _ in throw DuplicateKey(file: url.path) }
            }
            tables[language] = table
        }
        return Localizer(tables: tables)
    }

    struct DuplicateKey: Error, CustomStringConvertible {
        let file: String
        var description: String { "\(file) defines a key that another locale file already defines" }
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

    /// `template` with each `{n}` replaced by `arguments[n]` in one pass (an argument that itself
    /// contains `{1}` stays as it is); placeholders without an argument are left alone.
    public static func format(_ template: String, _ arguments: [String]) -> String {
        var out = ""
        var scalars = template.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "{") {
            out.unicodeScalars.append(contentsOf: scalars[..<open])
            let rest = scalars[scalars.index(after: open)...]
            let digits = rest.prefix { ("0"..."9").contains($0) }
            if !digits.isEmpty, digits.endIndex < rest.endIndex, rest[digits.endIndex] == "}",
               let index = Int(String(String.UnicodeScalarView(digits))), index < arguments.count {
                out += arguments[index]
                scalars = rest[rest.index(after: digits.endIndex)...]
            } else {
                out.unicodeScalars.append("{")
                scalars = rest
            }
        }
        out.unicodeScalars.append(contentsOf: scalars)
        return out
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
