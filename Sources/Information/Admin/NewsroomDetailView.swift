import PortalHTTP

/// `/office/information/{id}`: the item's versions and what this person may do next with it.
struct NewsroomDetailPage: Sendable {
    struct VersionRow: Sendable {
        var number: Int
        var state: String
        var when: String
    }

    var id: UUID
    var kind: String
    var agency: String
    var publicPath: String?
    var title: String
    var text: String
    var state: String
    var openVersion: Int?
    var hasFile: Bool
    var canEdit: Bool
    var canSubmit: Bool
    var canPublish: Bool
    /// The submitter looks at their own submission: someone else publishes it.
    var ownSubmission: Bool
    var canWithdraw: Bool
    var withdrawalReason: String?
    var versions: [VersionRow]
    var errors: FormErrors
}

extension NewsroomDetailPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/office/information")) { t("information.office.heading") } }
        h1(.lang("az")) { title }
        ErrorSummary(errors)
        SummaryList {
            SummaryRow(t("information.office.col.agency")) { agency }
            SummaryRow(t("information.office.col.kind")) { t(dynamic: "information.kind.\(kind)") }
            SummaryRow(t("information.office.col.state")) { t(dynamic: "information.state.\(state)") }
            if let withdrawalReason { SummaryRow(t("information.office.reason")) { withdrawalReason } }
            if let publicPath { SummaryRow(t("information.office.public_page")) { a(.href(publicPath)) { publicPath } } }
        }
        h2 { t("information.office.preview") }
        MarkdownText(text, lang: "az")
        if canEdit { p { ButtonLink(href: "/office/information/\(id)/edit", label: t("information.office.edit")) } }
        if kind == "documents", canSubmit || canEdit, openVersion != nil {
            PostForm(action: "/office/information/\(id)/file", multipart: true, novalidate: true) {
                FormField.text("file", label: t("information.office.file"), hint: hasFile ? t("information.office.file_present") : t("information.office.file_hint"),
                               value: nil, error: errors["file"], type: "file", .accept("application/pdf"))
                Button(t("information.office.attach"), style: .secondary)
            }
        }
        if canSubmit {
            PostForm(action: "/office/information/\(id)/submit") { Button(t("information.office.submit")) }
        }
        if ownSubmission { p { t("information.office.own_submission") } }
        if canPublish {
            h2 { t("information.office.publish_heading") }
            PostForm(action: "/office/information/\(id)/publish", novalidate: true) {
                p(.class("hint")) { t("information.office.publish_hint") }
                FormField.date("publish_date", label: t("information.office.publish_date"), value: nil, error: errors["publish_date"])
                FormField.text("publish_time", label: t("information.office.publish_time"), value: nil, type: "time")
                Button(t("information.office.publish"))
            }
            PostForm(action: "/office/information/\(id)/return") { Button(t("information.office.return"), style: .secondary) }
        }
        if canWithdraw {
            h2 { t("information.office.withdraw_heading") }
            PostForm(action: "/office/information/\(id)/withdraw", novalidate: true) {
                FormField.textarea("reason", label: t("information.office.reason"), hint: t("information.office.reason_hint"), rows: 2, value: nil,
                                   error: errors["reason"])
                Button(t("information.office.withdraw"), style: .warning)
            }
        }
        h2 { t("information.item.history") }
        Table(caption: t("information.item.history"), captionHidden: true,
              columns: [.init(t("information.item.version")), .init(t("information.office.col.state")), .init(t("table.when"))], rows: versions) { row in
            td { String(row.number) }
            td { t(dynamic: "information.state.\(row.state)") }
            td { row.when }
        }
    }
}

enum NewsroomViews {
    /// What the list and the detail say about an item: draft, submitted, scheduled, published, withdrawn.
    static func state(_ item: NewsroomItem, now: Date) -> String {
        if item.withdrawnAt != nil { return "withdrawn" }
        if let open = item.open { return open.state.rawValue }
        if let last = item.versions.last(where: { $0.state == .published }), let at = last.publishAt, at > now { return "scheduled" }
        return "published"
    }

    static func detail(_ req: Request, _ newsroom: Newsroom, _ item: NewsroomItem, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let agency = try await req.portal.directory.agency(id: item.agencyID)
        let lang = req.language
        let shown = item.open ?? item.latest
        let editor = newsroom.may(InformationPermissions.edit, agency: item.agencyID)
        let publisher = newsroom.may(InformationPermissions.publish, agency: item.agencyID)
        let live = item.withdrawnAt == nil
        let submitted = item.open?.state == .submitted
        let mine = item.open?.submittedBy == newsroom.principal.userID
        let page = NewsroomDetailPage(
            id: item.id, kind: item.kind.segment, agency: agency?.name.text(lang) ?? "",
            publicPath: item.hasPublished && agency != nil ? "/agencies/\(agency!.code)/\(item.kind.segment)/\(item.slugAZ)" : nil,
            title: shown.title.az, text: shown.body.az, state: state(item, now: newsroom.now), openVersion: item.open?.version, hasFile: shown.hasFile,
            canEdit: editor && live && !submitted, canSubmit: editor && live && item.open?.state == .draft,
            canPublish: publisher && live && submitted && !mine, ownSubmission: submitted && mine,
            canWithdraw: publisher && live && item.hasPublished, withdrawalReason: item.withdrawalReason,
            versions: item.versions.reversed().map { v in
                .init(number: v.version, state: v.state.rawValue, when: (v.publishAt).map { BakuTime.display($0, lang) } ?? "—")
            },
            errors: errors)
        return try req.render(page, titleKey: "information.office.item.title", titleArguments: [shown.title.az], status: status)
    }

    /// `YYYY-MM-DD` and `HH:MM` in Baku time, as a moment.
    static func bakuTime(date: String, time: String) -> Date? {
        guard let day = LocalDate(iso: date), let start = day.startOfDay() else { return nil }
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else { return nil }
        return start.addingTimeInterval(TimeInterval(parts[0] * 3600 + parts[1] * 60))
    }
}
