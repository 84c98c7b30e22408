import PortalHTTP

/// `/office`: the official's roles and the office's sections.
struct OfficeHomePage: Sendable {
    struct Role: Sendable {
        var role: String
        var agency: String
        /// The agency's code for its public page; nil for platform roles.
        var agencyCode: String?
        /// The territorial unit the role is limited to; nil for the whole agency.
        var unit: String?
    }

    struct Section: Sendable {
        var path: String
        var label: String
    }

    var name: String
    var roles: [Role]
    var sections: [Section]
    var canSeeOverview: Bool
}

extension OfficeHomePage: HTMLView {
    var body: some HTMLContent {
        h1 { t("office.heading") }
        p { t("office.lead", name) }
        Table(caption: t("office.roles"), captionHidden: false,
              columns: [.init(t("office.role")), .init(t("office.agency")), .init(t("office.unit"))], rows: roles) { row in
            td { row.role }
            td { if let code = row.agencyCode { a(.href("/agencies/\(code)")) { row.agency } } else { row.agency } }
            td { UnitName(unit: row.unit) }
        }
        h2 { t("office.sections") }
        ul(.class("tiles")) {
            for section in sections { Tile(path: section.path) { section.label } }
            if canSeeOverview { Tile(path: "/office/overview") { t("office.overview.title") } }
        }
    }
}

/// One section of the office home: `<li class="tile"><a><span class="tile-title">`.
struct Tile<Label: HTMLContent>: HTMLView {
    var path: String
    var label: Label

    init(path: String, @HTMLBuilder label: () -> Label) {
        self.path = path
        self.label = label()
    }

    var body: some HTMLContent {
        li(.class("tile")) { a(.href(path)) { span(.class("tile-title")) { label } } }
    }
}

/// A role's territorial unit, or "whole agency".
struct UnitName: HTMLView {
    var unit: String?

    var body: some HTMLContent {
        if let unit { unit } else { t("office.unit.all") }
    }
}

/// `/office/overview`: every module's figures (platform administrators).
struct OverviewPage: Sendable {
    struct Figure: Sendable {
        var module: String
        var key: String
        var value: Int64
    }

    var figures: [Figure]
}

extension OverviewPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("office.overview.title") }
        Table(caption: t("office.overview.title"),
              columns: [.init(t("office.overview.module")), .init(t("office.overview.figure")), .init(t("office.overview.value"), numeric: true)],
              rows: figures) { figure in
            td { figure.module }
            td { figure.key }
            td(.class("numeric")) { String(figure.value) }
        }
    }
}
