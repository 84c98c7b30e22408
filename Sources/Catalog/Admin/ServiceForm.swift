import PortalHTTP

/// The office form for a service definition: what the fields hold, and how they become a definition.
/// Lists are one per line: documents as `az | en | ru`, with `*` first for those the state holds;
/// legal acts as `title (az) | number | YYYY-MM-DD | title (en)`.
struct ServiceForm: Content {
    var agency: String?
    var name_az: String?
    var name_en: String?
    var name_ru: String?
    var description_az: String?
    var description_en: String?
    var description_ru: String?
    var audience: [String]?
    var category: String?
    var life_events: [String]?
    var stage: String?
    var channels: [String]?
    var fee_kind: String?
    var fee_amount: String?
    var fee_formula_az: String?
    var fee_formula_en: String?
    var fee_formula_ru: String?
    var deadline_days: String?
    var documents: String?
    var legal_basis: String?
    var result: String?
    var processing_units: String?
    var scope: String?
    var units: [String]?
    var contact_phone: String?
    var contact_email: String?
    var contact_url: String?
    var online_url: String?
    var form_url: String?
    var keywords: String?
    var status: String?

    static func trimmed(_ text: String?) -> String? {
        let value = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The definition, or the fields that could not be read (other rules are ServiceValidation's).
    func definition(code: String) -> (ServiceDefinition?, [ServiceValidation.Problem]) {
        var problems: [ServiceValidation.Problem] = []
        func add(_ field: String, _ key: String) { problems.append(.init(field: field, key: "catalog.validation.\(key)")) }
        let category = category.flatMap(ServiceCategory.init(rawValue:))
        if category == nil { add("category", "category_required") }
        let stage = stage.flatMap(Stage.init(rawValue:))
        if stage == nil { add("stage", "stage_required") }
        let result = result.flatMap(ResultType.init(rawValue:))
        if result == nil { add("result", "result_required") }
        var fee = Fee.free
        switch fee_kind.flatMap(Fee.Kind.init(rawValue:)) {
        case .fixed:
            switch Money.parse(fee_amount ?? "") {
            case .success(let money): fee = .fixed(qepik: money.minorUnits)
            case .failure: add("fee_amount", "fee_amount_format")
            }
        case .formula:
            fee = Fee(kind: .formula, formula: LocalizedText(az: Self.trimmed(fee_formula_az) ?? "", en: Self.trimmed(fee_formula_en),
                                                               ru: Self.trimmed(fee_formula_ru)))
        case .free: fee = .free
        case nil: add("fee_kind", "fee_kind_required")
        }
        var deadline: Int?
        if let text = Self.trimmed(deadline_days) {
            if let days = Int(text) { deadline = days } else { add("deadline_days", "deadline_range") }
        }
        let documents = (documents ?? "").split(whereSeparator: \.isNewline).compactMap { line -> RequiredDocument? in
            var text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            let held = text.hasPrefix("*")
            if held { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            let parts = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            return RequiredDocument(name: LocalizedText(az: parts[0], en: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil,
                                                        ru: parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil), heldByState: held)
        }
        let acts = (legal_basis ?? "").split(whereSeparator: \.isNewline).compactMap { line -> LegalAct? in
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let title = parts.first, !title.isEmpty else { return nil }
            func part(_ i: Int) -> String? { parts.count > i && !parts[i].isEmpty ? parts[i] : nil }
            return LegalAct(title: LocalizedText(az: title, en: part(3)), number: part(1), date: part(2))
        }
        guard let category, let stage, let result else { return (nil, problems) }
        let definition = ServiceDefinition(
            code: code, agencyCode: agency ?? "",
            name: LocalizedText(az: Self.trimmed(name_az) ?? "", en: Self.trimmed(name_en), ru: Self.trimmed(name_ru)),
            description: LocalizedText(az: Self.trimmed(description_az) ?? "", en: Self.trimmed(description_en), ru: Self.trimmed(description_ru)),
            audiences: (audience ?? []).compactMap(Audience.init(rawValue:)), category: category,
            lifeEvents: (life_events ?? []).compactMap(LifeEvent.init(rawValue:)), stage: stage,
            channels: (channels ?? []).compactMap(Channel.init(rawValue:)), fee: fee, deadlineDays: deadline, documents: documents,
            legalBasis: acts, result: result, processingUnits: Self.trimmed(processing_units),
            territorialUnits: scope == "units" ? (units ?? []) : nil,
            contact: Contact(phone: Self.trimmed(contact_phone), email: Self.trimmed(contact_email), url: Self.trimmed(contact_url)),
            onlineURL: Self.trimmed(online_url), formURL: Self.trimmed(form_url),
            keywords: (keywords ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            status: status.flatMap(ServiceStatus.init(rawValue:)) ?? .active)
        return (problems.isEmpty ? definition : nil, problems)
    }

    /// The form filled from a definition (to edit it).
    init(_ d: ServiceDefinition) {
        agency = d.agencyCode
        name_az = d.name.az; name_en = d.name.en; name_ru = d.name.ru
        description_az = d.description.az; description_en = d.description.en; description_ru = d.description.ru
        audience = d.audiences.map(\.rawValue); category = d.category.rawValue; life_events = d.lifeEvents.map(\.rawValue)
        stage = d.stage.rawValue; channels = d.channels.map(\.rawValue); fee_kind = d.fee.kind.rawValue
        fee_amount = d.fee.amount.map { Money(minorUnits: $0).formatted(.en).replacingOccurrences(of: "AZN ", with: "") }
        fee_formula_az = d.fee.formula?.az; fee_formula_en = d.fee.formula?.en; fee_formula_ru = d.fee.formula?.ru
        deadline_days = d.deadlineDays.map(String.init)
        documents = d.documents.map { doc in
            (doc.heldByState ? "* " : "") + [doc.name.az, doc.name.en ?? "", doc.name.ru ?? ""].joined(separator: " | ")
                .replacingOccurrences(of: #"( \| )+$"#, with: "", options: .regularExpression)
        }.joined(separator: "\n")
        legal_basis = d.legalBasis.map { [$0.title.az, $0.number ?? "", $0.date ?? "", $0.title.en ?? ""].joined(separator: " | ")
            .replacingOccurrences(of: #"( \| )+$"#, with: "", options: .regularExpression) }.joined(separator: "\n")
        result = d.result.rawValue; processing_units = d.processingUnits
        scope = d.territorialUnits == nil ? "national" : "units"; units = d.territorialUnits
        contact_phone = d.contact.phone; contact_email = d.contact.email; contact_url = d.contact.url
        online_url = d.onlineURL; form_url = d.formURL; keywords = d.keywords.joined(separator: ", "); status = d.status.rawValue
    }

    init() {}
}
