import PortalHTTP

/// A service as its page shows it, in one language.
struct ServiceView: Sendable {
    struct Item: Sendable {
        var text: String
        var note: String?
    }

    struct Action: Sendable {
        var label: String
        var url: String
        var external: Bool
    }

    var code: String
    var name: String
    var description: String
    var agencyCode: String
    var agencyName: String
    var category: String
    var categoryCode: String
    var stage: String
    var stageCode: String
    var electronic: Bool
    var audiences: [String]
    var lifeEvents: [Item]
    var channels: [String]
    var fee: String
    var deadline: String?
    var documentsToBring: [String]
    var documentsStateHolds: [String]
    var hasDocumentsToBring: Bool
    var hasDocumentsStateHolds: Bool
    var legalBasis: [Item]
    var result: String
    var processingUnits: String?
    var scope: String
    var contactPhone: String?
    var contactEmail: String?
    var contactURL: String?
    var actions: [Action]
    var withdrawn: Bool
    var source: String?
    /// The source as a link target, only when it is an http(s) URL (else the source is shown as text).
    var sourceURL: String?
    var version: Int
    var updated: String?

    init(_ d: ServiceDefinition, agencyName: String, version: Int, updated: Date?, unitNames: [String], req: Request) {
        let lang = req.language
        code = d.code
        name = d.name.text(lang)
        description = d.description.text(lang)
        agencyCode = d.agencyCode
        self.agencyName = agencyName
        category = req.t("catalog.category.\(d.category.rawValue)")
        categoryCode = d.category.rawValue
        stage = req.t("catalog.stage.\(d.stage.rawValue)")
        stageCode = d.stage.rawValue
        electronic = d.stage.isElectronic
        audiences = d.audiences.map { req.t("catalog.audience.\($0.rawValue)") }
        lifeEvents = d.lifeEvents.map { Item(text: req.t("catalog.event.\($0.rawValue)"), note: $0.rawValue) }
        channels = d.channels.map { req.t("catalog.channel.\($0.rawValue)") }
        switch d.fee.kind {
        case .free: fee = req.t("catalog.fee.free")
        case .fixed: fee = Money(minorUnits: d.fee.amount ?? 0).formatted(lang)
        case .formula: fee = d.fee.formula?.text(lang) ?? ""
        }
        deadline = d.deadlineDays.map { req.t("catalog.deadline.days", String($0)) }
        documentsToBring = d.documents.filter { !$0.heldByState }.map { $0.name.text(lang) }
        documentsStateHolds = d.documents.filter(\.heldByState).map { $0.name.text(lang) }
        hasDocumentsToBring = !documentsToBring.isEmpty
        hasDocumentsStateHolds = !documentsStateHolds.isEmpty
        legalBasis = d.legalBasis.map { act in
            let detail = [act.number.map { "№ \($0)" }, act.date.flatMap(LocalDate.init(iso:)).map(req.displayDate)].compactMap { $0 }
            return Item(text: act.title.text(lang), note: detail.isEmpty ? nil : detail.joined(separator: ", "))
        }
        result = req.t("catalog.result.\(d.result.rawValue)")
        processingUnits = d.processingUnits
        scope = unitNames.isEmpty ? req.t("catalog.scope.national") : unitNames.joined(separator: ", ")
        contactPhone = d.contact.phone
        contactEmail = d.contact.email
        contactURL = WebLink.httpURL(d.contact.url)
        withdrawn = d.status == .withdrawn
        source = d.source
        sourceURL = WebLink.httpURL(d.source)
        self.version = version
        self.updated = updated.map(req.displayTime)
        actions = Self.actions(d, req: req)
    }

    /// What a citizen can do next depends on the stage (and where the service is done today).
    static func actions(_ d: ServiceDefinition, req: Request) -> [Action] {
        var actions: [Action] = []
        if d.stage.isElectronic, req.application.catalog.appliesOnline(d.code) {
            actions.append(Action(label: req.t("catalog.action.apply_online"), url: "/services/\(d.code)/apply", external: false))
        } else if d.stage.isElectronic, let url = WebLink.httpURL(d.onlineURL) {
            actions.append(Action(label: req.t("catalog.action.apply_online"), url: url, external: true))
        }
        if d.stage == .downloadableForm, let url = WebLink.httpURL(d.formURL) {
            actions.append(Action(label: req.t("catalog.action.download_form"), url: url, external: true))
        }
        if d.channels.contains(.asanCentre) {
            actions.append(Action(label: req.t("catalog.action.asan_centre"), url: "https://asan.gov.az", external: true))
        }
        if d.channels.contains(.agencyOffice) {
            actions.append(Action(label: req.t("catalog.action.agency_office"), url: "/agencies/\(d.agencyCode)", external: false))
        }
        return actions
    }
}
