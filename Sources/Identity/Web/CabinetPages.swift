import PortalHTTP

/// `/cabinet`: the person's own data (read live from the register), contact details, activity and
/// who looked at their data.
struct CabinetPages {
    struct ContactForm: Content {
        var phone: String?
        var email: String?
    }

    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", use: overview)
        signedIn.get("cabinet", "contact", use: contactForm)
        signedIn.post("cabinet", "contact", use: changeContact)
        signedIn.get("cabinet", "activity", use: activity)
        signedIn.get("cabinet", "data-access", use: dataAccess)
    }

    @Sendable func overview(req: Request) async throws -> Response {
        let user = try req.currentUser()
        let principal = try req.requirePrincipal()
        let person = try await req.portal.registryLookup.person(fin: principal.fin)
        let today = LocalDate(req.portal.now())
        let soon = today.adding(days: 90)
        let documents = (person?.documents ?? []).map { doc -> CabinetPage.Document in
            let expired = doc.expiresOn.map { $0 < today } ?? false
            let expiring = doc.expiresOn.map { !expired && $0 <= soon } ?? false
            return CabinetPage.Document(kind: req.t("document.kind.\(doc.kind.rawValue)"), number: doc.number,
                               expires: doc.expiresOn.map(req.displayDate),
                               status: req.t(expired ? "document.status.expired" : expiring ? "document.status.expiring" : "document.status.valid"),
                               warn: expired || expiring)
        }
        let page = CabinetPage(
            fullName: person?.fullName ?? "\(user.lastName) \(user.firstName) \(user.patronymic)",
            fin: user.fin,
            birthDate: person.map { req.displayDate($0.birthDate) },
            address: person?.address,
            phone: user.phone.map { PhoneNumber(uncheckedE164: $0).display },
            email: user.email,
            documents: documents,
            secondFactor: user.totpEnabled,
            overview: try await Self.overview(req))
        return try req.render(page, titleKey: "cabinet.title")
    }

    /// Each module's part of the overview, in the sections' order.
    static func overview(_ req: Request) async throws -> [CabinetSummary] {
        var summaries: [CabinetSummary] = []
        for provider in req.portal.cabinetProviders { summaries += try await provider.cabinetSummary(req: req) }
        return summaries.sorted { $0.section < $1.section }
    }

    @Sendable func contactForm(req: Request) async throws -> Response {
        guard req.recentlyReauthenticated() else { return req.reauthenticate(returnTo: "/cabinet/contact") }
        return try req.render(ContactPage(user: try req.currentUser()), titleKey: "contact.title")
    }

    @Sendable func changeContact(req: Request) async throws -> Response {
        guard req.recentlyReauthenticated() else { return req.reauthenticate(returnTo: "/cabinet/contact") }
        let form = try req.content.decode(ContactForm.self)
        var errors = FormErrors()
        var phone: PhoneNumber?
        var email: EmailAddress?
        switch PhoneNumber.parse(form.phone ?? "") {
        case .success(let value): phone = value
        case .failure(let issue): errors.add("phone", req.t(issue.key))
        }
        switch EmailAddress.parse(form.email ?? "") {
        case .success(let value): email = value
        case .failure(let issue): errors.add("email", req.t(issue.key))
        }
        if let phone, let email, errors.isEmpty {
            if try await ChangeContact(account: try req.signedInAccount()).run(phone: phone, email: email) != .taken {
                return req.redirect(to: "/cabinet", flash: "flash.contact_changed")
            }
            errors.add("email", req.t("register.email_taken"))
        }
        var page = ContactPage(user: try req.currentUser(), errors: errors)
        (page.phone, page.email) = (form.phone ?? "", form.email ?? "")
        return try req.render(page, titleKey: "contact.title", status: .unprocessableEntity)
    }

    @Sendable func activity(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let entries = try await req.portal.audit.accountActivity(for: principal.fin, actions: "identity.", limit: 100, on: req.db)
        let rows = entries.map { entry in
            EventRow(when: req.displayTime(entry.at), datetime: BakuTime.iso8601(entry.at),
                     what: req.t("activity.\(entry.action)"), who: entry.details["user_agent"], purpose: nil, ip: entry.ip)
        }
        return try req.render(ActivityPage(rows: rows), titleKey: "activity.title")
    }

    @Sendable func dataAccess(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let rows = try await DataAccessView.rows(for: principal.fin, req: req)
        return try req.render(DataAccessPage(rows: rows), titleKey: "data_access.title")
    }
}

/// "Who looked at my data": agency (not the official's name), when, and why.
enum DataAccessView {
    static func rows(for fin: FIN, req: Request) async throws -> [EventRow] {
        let records = try await req.portal.audit.dataAccess(for: fin, limit: 200, on: req.db)
        var rows: [EventRow] = []
        for record in records {
            let agency = try await record.agencyID.asyncMap { try await req.portal.directory.agency(id: $0) } ?? nil
            rows.append(EventRow(
                when: req.displayTime(record.at), datetime: BakuTime.iso8601(record.at),
                what: req.t("data_access.action.\(record.action)"),
                who: agency?.name.text(req.language) ?? req.t("data_access.actor.\(record.actorKind.rawValue)"),
                purpose: record.purpose.map { purposeText($0, req) }, ip: nil))
        }
        return rows
    }

    /// Purposes are stored as `code` or `code: reference`; the code is shown in the reader's language.
    static func purposeText(_ stored: String, _ req: Request) -> String {
        let parts = stored.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let label = req.t("purpose.\(parts[0])")
        return parts.count > 1 ? "\(label) (\(parts[1]))" : label
    }
}
