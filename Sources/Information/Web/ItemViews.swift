import PortalHTTP

/// `/agencies/{code}/{kind}/{slug}` (and `/versions/{n}`): one item — its words in the reader's
/// language or in Azerbaijani with a note, when it was published and updated (with the change note and
/// every version), a document's facts and file, an announcement's last day, or that it was withdrawn and why.
struct ItemPage: Sendable {
    struct Document: Sendable {
        var type: String
        var number: String
        var date: String
        var href: String?
    }

    struct Withdrawal: Sendable {
        var when: String
        var reason: String
    }

    struct VersionRow: Sendable {
        var number: Int
        var when: String
        var note: String?
        var href: String
        var current: Bool
    }

    var agencyCode: String
    var agencyName: String
    var unitCode: String?
    var unitName: String?
    var kind: String
    var path: String
    var title: String
    /// Nil on a withdrawn item's own page.
    var text: String?
    /// `az` when the words are the Azerbaijani ones on a page in another language.
    var contentLang: String?
    var untranslated: Bool
    var published: String
    var updated: String?
    var changeNote: String?
    var validUntil: String?
    var expired: Bool
    var document: Document?
    var withdrawn: Withdrawal?
    var versions: [VersionRow]
    /// The version shown, on a past version's page.
    var historical: Int?
}

extension ItemPage: HTMLView {
    var body: some HTMLContent {
        Breadcrumbs(crumbs)
        p(.class("muted")) { t(dynamic: "information.kind.\(kind)") }
        h1(.lang(contentLang)) { title }
        if untranslated {
            Notice(announced: false) {
                p {
                    t("information.item.untranslated")
                    " "
                    a(.href("/language/az?returnTo=\(path)"), .lang("az"), .hreflang("az")) { t("information.item.read_in_azerbaijani") }
                }
            }
        }
        if let withdrawn {
            Notice(announced: false) {
                p { strong { t("information.item.withdrawn", withdrawn.when) } }
                p { t("information.item.withdrawn_reason", withdrawn.reason) }
            }
        }
        if let historical {
            Notice(announced: false) {
                p { t("information.item.past_version", String(historical)); " "; a(.href(path)) { t("information.item.current_version") } }
            }
        }
        p(.class("muted")) {
            t("information.item.published", published)
            if let updated { " · "; strong { t("information.item.updated", updated) } }
        }
        if let changeNote, updated != nil { p(.class("update-note")) { t("information.item.change_note", changeNote) } }
        if let validUntil {
            p { expired ? t("information.item.expired", validUntil) : t("information.item.valid_until", validUntil) }
        }
        if let document {
            SummaryList {
                SummaryRow(t("information.document.type")) { document.type }
                SummaryRow(t("information.document.number")) { document.number }
                SummaryRow(t("information.document.date")) { document.date }
            }
            if let href = document.href { p { a(.href(href), .type("application/pdf")) { t("information.document.download") } } }
        }
        if let text { MarkdownText(text, lang: contentLang) }
        if versions.count > 1 {
            h2(.id("history")) { t("information.item.history") }
            Table(caption: t("information.item.history"), captionHidden: true,
                  columns: [.init(t("information.item.version")), .init(t("table.when")), .init(t("information.item.note"))], rows: versions) { row in
                td {
                    if row.current { span { t("information.item.version_number", String(row.number)) }; " "; StatusTag(t("information.item.shown"), tone: .emphasis) }
                    else { a(.href(row.href)) { t("information.item.version_number", String(row.number)) } }
                }
                td { row.when }
                td { row.note ?? "" }
            }
        }
        p { a(.href("/agencies/\(agencyCode)/information")) { t("information.item.back", agencyName) } }
    }

    var crumbs: [Breadcrumbs.Crumb] {
        var crumbs: [Breadcrumbs.Crumb] = [.init(t("nav.home"), href: "/")]
        if let unitCode, let unitName { crumbs.append(.init(text: unitName, href: "/r/\(unitCode)")) }
        crumbs.append(.init(text: agencyName, href: "/agencies/\(agencyCode)/information"))
        crumbs.append(.init(text: title, href: nil))
        return crumbs
    }
}
