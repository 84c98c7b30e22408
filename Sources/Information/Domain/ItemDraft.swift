import Foundation
import PortalCore

/// What an editor writes for one version: the words in az (required) and en/ru (where written), and
/// the kind's own facts (an announcement's last day, a document's type, number and date).
struct ItemDraft: Sendable, Equatable {
    var title = LocalizedText(az: "")
    var body = LocalizedText(az: "")
    /// Announcements: the last Baku day it is shown in the lists.
    var validUntil: String?
    var documentType: String?
    var documentNumber: String?
    var documentDate: String?
    /// What a correction changed (shown as the "updated" note).
    var changeNote: String?

    struct Problem: Equatable, Sendable {
        /// The form field's id.
        var field: String
        /// The locale key of the message.
        var key: String
    }

    static let titleLimit = 200
    static let bodyLimit = 20_000

    /// The draft's problems for `kind` (empty: valid). A correction (`revision`) needs its note.
    func problems(kind: ItemKind, revision: Bool) -> [Problem] {
        var problems: [Problem] = []
        func check(_ text: String?, _ field: String, required: Bool, limit: Int) {
            let value = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if value.isEmpty { if required { problems.append(Problem(field: field, key: "information.error.required")) } }
            else if value.count > limit { problems.append(Problem(field: field, key: "information.error.too_long")) }
        }
        check(title.az, "title_az", required: true, limit: Self.titleLimit)
        check(body.az, "body_az", required: true, limit: Self.bodyLimit)
        for (lang, t, b) in [("en", title.en, body.en), ("ru", title.ru, body.ru)] {
            // A translation is the title and the text together, or nothing.
            let hasTitle = !(t ?? "").isEmpty, hasBody = !(b ?? "").isEmpty
            check(t, "title_\(lang)", required: hasBody, limit: Self.titleLimit)
            check(b, "body_\(lang)", required: hasTitle, limit: Self.bodyLimit)
        }
        switch kind {
        case .announcement:
            if validUntil.flatMap(LocalDate.init(iso:)) == nil { problems.append(Problem(field: "valid_until", key: "information.error.date")) }
        case .document:
            check(documentType, "document_type", required: true, limit: 100)
            check(documentNumber, "document_number", required: true, limit: 50)
            if documentDate.flatMap(LocalDate.init(iso:)) == nil { problems.append(Problem(field: "document_date", key: "information.error.date")) }
        case .news, .page: break
        }
        if revision { check(changeNote, "change_note", required: true, limit: 300) }
        return problems
    }

    /// Empty translations become nil; surrounding blanks go.
    var normalized: ItemDraft {
        func clean(_ s: String?) -> String? {
            let v = s?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return v.isEmpty ? nil : v
        }
        var d = self
        d.title = LocalizedText(az: clean(title.az) ?? "", en: clean(title.en), ru: clean(title.ru))
        d.body = LocalizedText(az: clean(body.az) ?? "", en: clean(body.en), ru: clean(body.ru))
        d.validUntil = clean(validUntil)
        d.documentType = clean(documentType)
        d.documentNumber = clean(documentNumber)
        d.documentDate = clean(documentDate)
        d.changeNote = clean(changeNote)
        return d
    }
}

/// A slug from a title: lower case Latin letters, digits and hyphens; Azerbaijani letters lose their
/// marks (ə → e, ş → s…), Cyrillic is transliterated; at most 80 characters.
enum Slug {
    static let latin: [Character: String] = ["ə": "e", "ı": "i", "i̇": "i", "ö": "o", "ü": "u", "ç": "c", "ş": "s", "ğ": "g"]
    static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    static func make(_ title: String) -> String {
        var out = ""
        var hyphen = false
        for character in AzerbaijaniText.lowercased(title) {
            let piece: String
            if let mapped = latin[character] ?? cyrillic[character] { piece = mapped }
            else if character.isASCII, character.isLetter || character.isNumber { piece = String(character) }
            else { piece = "" }
            if piece.isEmpty {
                if !out.isEmpty { hyphen = true }
                continue
            }
            if hyphen { out += "-"; hyphen = false }
            out += piece
            if out.count >= 80 { break }
        }
        return out.isEmpty ? "item" : String(out.prefix(80))
    }

    /// A slug is only ever made by `make` (and a numeric suffix): anything else in a path is no slug.
    static func isWellFormed(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 90 && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
