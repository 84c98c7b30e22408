import Foundation
import PortalHTTP

/// `/office/webhooks`: an agency administrator registers endpoints of the agency's systems, sees
/// each one's deliveries, sends a failed one again and switches an endpoint off. Another agency's
/// endpoint answers 404. The signing secret is shown once, on the page that answers the registration.
struct WebhookPages {
    func register(_ office: any RoutesBuilder) {
        office.get("webhooks", use: list)
        office.get("webhooks", "new", use: new)
        office.post("webhooks", use: create)
        office.get("webhooks", ":id", use: show)
        office.post("webhooks", ":id", "disable", use: disable)
        office.post("webhooks", ":id", "deliveries", ":delivery", "retry", use: retry)
    }

    struct Form: Content {
        var agency: String?
        var url: String?
        var events: [String]?
        var description: String?
    }

    func scope(_ req: Request) throws -> WebhookScope { WebhookScope(try req.require(NotificationsPermissions.webhooks)) }

    func agencies(_ req: Request, _ scope: WebhookScope) async throws -> [AgencySummary] {
        try await req.portal.directory.agencies().filter { scope.covers($0.id) }
    }

    @Sendable func list(req: Request) async throws -> Response {
        let scope = try scope(req)
        let endpoints = try await ListWebhooks(app: req.application).list(in: scope)
        let names = Dictionary(uniqueKeysWithValues: try await agencies(req, scope).map { ($0.id, $0.name.text(req.language)) })
        let rows = endpoints.map { e in
            WebhookListPage.Row(id: e.id.uuidString.lowercased(), agency: names[e.agencyID] ?? "", url: e.url,
                                events: e.events.map(\.rawValue), enabled: e.disabledAt == nil, created: req.displayTime(e.createdAt))
        }
        return try req.render(WebhookListPage(rows: rows), titleKey: "notifications.webhooks.title")
    }

    @Sendable func new(req: Request) async throws -> Response {
        let scope = try scope(req)
        let agencies = try await agencies(req, scope)
        return try req.render(WebhookFormPage(agencies: agencies.choices(req), agency: agencies.count == 1 ? agencies[0].id.uuidString : "",
                                              url: "", events: [], description: "", errors: FormErrors()),
                              titleKey: "notifications.webhooks.new_title")
    }

    @Sendable func create(req: Request) async throws -> Response {
        let scope = try scope(req)
        let form = try req.content.decode(Form.self)
        let principal = try req.requirePrincipal()
        let outcome = try await RegisterWebhook(app: req.application).run(
            RegisterWebhook.Form(agencyID: form.agency.flatMap(UUID.init(uuidString:)), url: form.url ?? "", events: form.events ?? [],
                                 description: form.description ?? ""), in: scope, by: principal, ip: req.clientIP)
        switch outcome {
        case .registered(let endpoint, let secret):
            return try req.render(WebhookSecretPage(id: endpoint.id.uuidString.lowercased(), url: endpoint.url, secret: secret),
                                  titleKey: "notifications.webhooks.secret_title", status: .created)
        case .invalid(let problems):
            var errors = FormErrors()
            for field in ["agency", "url", "events", "description"] {
                if let key = problems[field] { errors.add(field, req.t(key)) }
            }
            return try req.render(WebhookFormPage(agencies: try await agencies(req, scope).choices(req), agency: form.agency ?? "",
                                                  url: form.url ?? "", events: form.events ?? [], description: form.description ?? "",
                                                  errors: errors),
                                  titleKey: "notifications.webhooks.new_title", status: .unprocessableEntity)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        let scope = try scope(req)
        guard let found = try await ListWebhooks(app: req.application).endpoint(try req.uuidParameter("id"), in: scope) else {
            throw Abort(.notFound)
        }
        let e = found.endpoint
        let rows = found.deliveries.map { d in
            WebhookPage.Delivery(id: d.id.uuidString.lowercased(), messageID: d.messageID, type: d.type,
                                 status: req.t("notifications.status.\(d.status.rawValue)"), retryable: d.status == .dead || d.status == .failed,
                                 attempts: d.attempts, answer: d.responseStatus.map(String.init) ?? "", error: d.lastError ?? "",
                                 when: req.displayTime(d.createdAt))
        }
        return try req.render(WebhookPage(id: e.id.uuidString.lowercased(), url: e.url, events: e.events.map(\.rawValue),
                                          description: e.description, enabled: e.disabledAt == nil,
                                          disabled: e.disabledAt.map { req.displayTime($0) }, deliveries: rows),
                              titleKey: "notifications.webhooks.endpoint_title")
    }

    @Sendable func disable(req: Request) async throws -> Response {
        let id = try req.uuidParameter("id")
        switch try await DisableWebhook(app: req.application).run(id, in: try scope(req), by: try req.requirePrincipal(), ip: req.clientIP) {
        case .done: return req.redirect(to: "/office/webhooks/\(id.uuidString.lowercased())", flash: "flash.notifications.webhook_disabled")
        case .notApplicable: return req.redirect(to: "/office/webhooks/\(id.uuidString.lowercased())")
        case .notFound: throw Abort(.notFound)
        }
    }

    @Sendable func retry(req: Request) async throws -> Response {
        let id = try req.uuidParameter("id")
        let outcome = try await RetryWebhookDelivery(app: req.application).run(try req.uuidParameter("delivery"), of: id, in: try scope(req),
                                                                               by: try req.requirePrincipal(), ip: req.clientIP)
        switch outcome {
        case .done: return req.redirect(to: "/office/webhooks/\(id.uuidString.lowercased())", flash: "flash.notifications.retried")
        case .notApplicable: return req.redirect(to: "/office/webhooks/\(id.uuidString.lowercased())", flash: "flash.notifications.not_retryable")
        case .notFound: throw Abort(.notFound)
        }
    }
}

extension [AgencySummary] {
    func choices(_ req: Request) -> [Choice] {
        map { Choice(value: $0.id.uuidString, label: $0.name.text(req.language)) }
    }
}
