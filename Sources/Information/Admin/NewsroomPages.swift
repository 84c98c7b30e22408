import PortalHTTP

/// `/office/information`: the newsroom of the authorities one works for — write a draft (az, en, ru),
/// send it, publish someone else's (now or at a time), send it back, correct a published item with a
/// note, withdraw it with a reason, attach a document's PDF. Every refusal of a use case is answered here.
struct NewsroomPages {
    func register(_ office: any RoutesBuilder) {
        let group = office.grouped("information")
        group.get(use: list)
        group.get("new", use: newForm)
        group.post(use: create)
        group.get(":id", use: detail)
        group.get(":id", "edit", use: editForm)
        group.post(":id", use: update)
        group.post(":id", "submit", use: submit)
        group.post(":id", "publish", use: publish)
        group.post(":id", "return", use: sendBack)
        group.post(":id", "withdraw", use: withdraw)
        group.post(":id", "file", use: attach)
    }

    /// The newsroom of the signed-in official: 403 without an editing or publishing role anywhere.
    func newsroom(_ req: Request) throws -> Newsroom {
        let principal = try req.requirePrincipal()
        let table = req.portal.permissions
        guard principal.isPlatformAdmin || !table.assignments(of: principal, granting: InformationPermissions.edit).isEmpty
                || !table.assignments(of: principal, granting: InformationPermissions.publish).isEmpty else { throw Abort(.forbidden) }
        return Newsroom(app: req.application, principal: principal, ip: req.clientIP)
    }

    /// The agencies whose items this person sees (edits or publishes); nil for all.
    func visible(_ newsroom: Newsroom) -> Set<UUID>? {
        guard let edit = newsroom.agencies(for: InformationPermissions.edit), let publish = newsroom.agencies(for: InformationPermissions.publish) else { return nil }
        return edit.union(publish)
    }

    /// The item, when it is one of this person's agencies (404 otherwise: another agency's item is not there for them).
    func load(_ req: Request, _ newsroom: Newsroom) async throws -> NewsroomItem {
        let id = try req.uuidParameter()
        guard let item = try await InformationQueries(db: req.db).newsroomItem(id), visible(newsroom).map({ $0.contains(item.agencyID) }) ?? true else {
            throw Abort(.notFound)
        }
        return item
    }

    @Sendable func list(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let items = try await InformationQueries(db: req.db).newsroom(agencies: visible(newsroom))
        var rows: [NewsroomListPage.Row] = []
        for item in items {
            let agency = try await req.portal.directory.agency(id: item.agencyID)
            rows.append(.init(id: item.id, title: item.latest.title.az, kind: item.kind.segment, agency: agency?.name.text(req.language) ?? "",
                              state: NewsroomViews.state(item, now: newsroom.now)))
        }
        return try req.render(NewsroomListPage(rows: rows, canCreate: newsroom.agencies(for: InformationPermissions.edit).map { !$0.isEmpty } ?? true),
                              titleKey: "information.office.title")
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        return try await form(req, newsroom, item: nil, form: NewsroomForm(), errors: FormErrors(), status: .ok)
    }

    func form(_ req: Request, _ newsroom: Newsroom, item: NewsroomItem?, form: NewsroomForm, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        var agencies: [Choice] = []
        let all = try await req.portal.directory.agencies()
        let editable = newsroom.agencies(for: InformationPermissions.edit)
        for agency in all where editable.map({ $0.contains(agency.id) }) ?? true {
            agencies.append(Choice(value: agency.code, label: agency.name.text(req.language)))
        }
        if item == nil, agencies.isEmpty { throw Abort(.forbidden) }
        let page = NewsroomFormPage(item: item.map { .init(id: $0.id, kind: $0.kind.segment, revision: $0.hasPublished) },
                                    agencies: agencies, form: form, errors: errors)
        return try req.render(page, titleKey: item == nil ? "information.office.new.title" : "information.office.edit.title", status: status)
    }

    @Sendable func create(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let form = try req.content.decode(NewsroomForm.self)
        guard let kind = form.kind.flatMap(ItemKind.init(segment:)) else {
            var errors = FormErrors()
            errors.add("kind", req.t("information.error.kind"))
            return try await self.form(req, newsroom, item: nil, form: form, errors: errors, status: .unprocessableEntity)
        }
        switch try await SaveDraft(newsroom: newsroom).create(agencyCode: form.agency ?? "", kind: kind, draft: form.draft) {
        case .saved(let id, _): return req.redirect(to: "/office/information/\(id)", flash: "flash.information.draft_saved")
        case .invalid(let problems): return try await self.form(req, newsroom, item: nil, form: form, errors: errors(problems, req), status: .unprocessableEntity)
        case .notFound:
            var errors = FormErrors()
            errors.add("agency", req.t("information.error.agency"))
            return try await self.form(req, newsroom, item: nil, form: form, errors: errors, status: .unprocessableEntity)
        case .forbidden: throw Abort(.forbidden)
        case .wrongState, .samePerson: throw Abort(.conflict)
        }
    }

    @Sendable func detail(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        return try await NewsroomViews.detail(req, newsroom, item, errors: FormErrors(), status: .ok)
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        guard newsroom.may(InformationPermissions.edit, agency: item.agencyID) else { throw Abort(.forbidden) }
        guard item.withdrawnAt == nil, item.open?.state != .submitted else { throw Abort(.conflict) }
        var form = NewsroomForm(item.latest.draft)
        if item.open == nil { form.change_note = nil }
        return try await self.form(req, newsroom, item: item, form: form, errors: FormErrors(), status: .ok)
    }

    @Sendable func update(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        let form = try req.content.decode(NewsroomForm.self)
        switch try await SaveDraft(newsroom: newsroom).update(id: item.id, draft: form.draft) {
        case .saved: return req.redirect(to: "/office/information/\(item.id)", flash: "flash.information.draft_saved")
        case .invalid(let problems): return try await self.form(req, newsroom, item: item, form: form, errors: errors(problems, req), status: .unprocessableEntity)
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        case .wrongState, .samePerson: throw Abort(.conflict)
        }
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        return try await answer(req, newsroom, item, try await SubmitItem(newsroom: newsroom).run(id: item.id), flash: "flash.information.submitted")
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        let date = (try? req.content.get(String.self, at: "publish_date"))?.trimmingCharacters(in: .whitespaces) ?? ""
        let time = (try? req.content.get(String.self, at: "publish_time"))?.trimmingCharacters(in: .whitespaces) ?? ""
        var at: Date?
        if !date.isEmpty || !time.isEmpty {
            guard let parsed = NewsroomViews.bakuTime(date: date, time: time.isEmpty ? "00:00" : time) else {
                var errors = FormErrors()
                errors.add("publish_date", req.t("information.error.publish_at"))
                return try await NewsroomViews.detail(req, newsroom, item, errors: errors, status: .unprocessableEntity)
            }
            at = parsed
        }
        return try await answer(req, newsroom, item, try await PublishItem(newsroom: newsroom).run(id: item.id, publishAt: at),
                                flash: at.map { $0 > newsroom.now } == true ? "flash.information.scheduled" : "flash.information.published")
    }

    @Sendable func sendBack(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        return try await answer(req, newsroom, item, try await ReturnItem(newsroom: newsroom).run(id: item.id), flash: "flash.information.returned")
    }

    @Sendable func withdraw(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        let reason = (try? req.content.get(String.self, at: "reason")) ?? ""
        return try await answer(req, newsroom, item, try await WithdrawItem(newsroom: newsroom).run(id: item.id, reason: reason), flash: "flash.information.withdrawn")
    }

    @Sendable func attach(req: Request) async throws -> Response {
        let newsroom = try newsroom(req)
        let item = try await load(req, newsroom)
        let bytes = (try? req.content.get(File.self, at: "file")).map { Array(buffer: $0.data) } ?? []
        return try await answer(req, newsroom, item, try await AttachDocumentFile(newsroom: newsroom).run(id: item.id, bytes: bytes), flash: "flash.information.file_attached")
    }

    func answer(_ req: Request, _ newsroom: Newsroom, _ item: NewsroomItem, _ outcome: Newsroom.Outcome, flash: String) async throws -> Response {
        switch outcome {
        case .saved: return req.redirect(to: "/office/information/\(item.id)", flash: flash)
        case .invalid(let problems): return try await NewsroomViews.detail(req, newsroom, item, errors: errors(problems, req), status: .unprocessableEntity)
        case .samePerson: return req.redirect(to: "/office/information/\(item.id)", flash: "flash.information.same_person")
        case .forbidden: throw Abort(.forbidden)
        case .notFound: throw Abort(.notFound)
        case .wrongState: throw Abort(.conflict)
        }
    }

    func errors(_ problems: [ItemDraft.Problem], _ req: Request) -> FormErrors {
        var errors = FormErrors()
        for problem in problems { errors.add(problem.field, req.t(problem.key)) }
        return errors
    }
}
