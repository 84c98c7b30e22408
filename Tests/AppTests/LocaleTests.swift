import Foundation
import PortalHTTP
import Testing

@Suite("Locales")
struct LocaleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func localizer() throws -> Localizer {
        try Localizer.load(directory: root.appendingPathComponent("Resources/Locales").path)
    }

    static func files(under directory: String, ending suffix: String) -> [URL] {
        let base = root.appendingPathComponent(directory)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.path.hasSuffix(suffix) }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    @Test("every key exists in az, en and ru, and no value is empty")
    func complete() throws {
        let localizer = try Self.localizer()
        let missing = localizer.missingKeys()
        #expect(missing.isEmpty, "missing: \(missing.map { "\($0.0.rawValue):\($0.1)" })")
        for (language, table) in localizer.tables {
            for (key, value) in table where value.trimmingCharacters(in: .whitespaces).isEmpty {
                Issue.record("empty \(language.rawValue):\(key)")
            }
        }
    }

    @Test("every key the code uses is in the locale files")
    func usedKeysExist() throws {
        let localizer = try Self.localizer()
        var used: Set<String> = []
        for file in Self.files(under: "Sources", ending: ".swift") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for pattern in [#"\bt\("([a-z][a-z0-9_.:-]+)""#, #"titleKey: "([^"\\]+)""#, #"labelKey: "([^"\\]+)""#, #"descriptionKey: "([^"\\]+)""#,
                            #"ValidationIssue\("([^"\\]+)"\)"#, #"\.init\("(validation\.[^"\\]+)"\)"#, #"flash: "([^"\\]+)""#, #"detailKey: "([^"\\]+)""#] {
                used.formUnion(Self.matches(pattern, in: text))
            }
        }
        used.remove("key")  // the placeholder in Localizer's documentation
        #expect(used.count > 250)
        for key in used.sorted() {
            #expect(localizer.has(key, in: .az), "\(key) is used but not in the locale files")
        }
    }

    @Test("placeholders match across languages")
    func placeholders() throws {
        let localizer = try Self.localizer()
        for (key, az) in localizer.tables[.az]! {
            let expected = Set(Self.matches(#"(\{[0-9]\})"#, in: az))
            for language in [Language.en, .ru] {
                #expect(Set(Self.matches(#"(\{[0-9]\})"#, in: localizer.tables[language]![key] ?? "")) == expected, "\(language.rawValue):\(key)")
            }
        }
    }
}
