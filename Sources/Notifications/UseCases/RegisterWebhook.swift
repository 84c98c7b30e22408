import Foundation
import PortalHTTP

/// An agency administrator registers an endpoint of their agency's system: its address, the events
/// it takes and a note. The signing secret is made here, shown once (`whsec_…`) and kept sealed.
public struct RegisterWebhook {
    public struct Form: Sendable {
        public var agencyID: UUID?
        public var url: String
        public var events: [String]
        public var description: String

        public init(agencyID: UUID?, url: String, events: [String], description: String) {
            self.agencyID = agencyID
            self.url = url
            self.events = events
            self.description = description
        }
    }

    public enum Outcome: Sendable {
        /// `secret` is the one time the agency sees it.
        case registered(WebhookRecord, secret: String)
        /// Field name → locale key.
        case invalid([String: String])
    }

    let app: Application
    public init(app: Application) { self.app = app }

    public func run(_ form: Form, in scope: WebhookScope, by official: Principal, ip: String?) async throws -> Outcome {
        var problems: [String: String] = [:]
        if let problem = WebhookURLRule.problem(form.url, production: app.portal.config.mode == .production) { problems["url"] = problem }
        let events = WebhookEventType.allCases.filter { form.events.contains($0.rawValue) }
        if events.isEmpty || events.count != Set(form.events).count { problems["events"] = "notifications.webhooks.error.events" }
        let description = form.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.count > 200 { problems["description"] = "notifications.webhooks.error.description" }
        var agency: AgencySummary?
        // An administrator of one agency registers for it without choosing.
        let agencyID = form.agencyID ?? (scope.agencies?.count == 1 ? scope.agencies?.first : nil)
        if let id = agencyID, scope.covers(id) { agency = try await app.portal.directory.agency(id: id) }
        if agency == nil { problems["agency"] = "notifications.webhooks.error.agency" }
        guard problems.isEmpty, let agency else { return .invalid(problems) }

        let secret = WebhookSignature.newSecret()
        let model = WebhookModel()
        model.id = UUID()
        model.agencyID = agency.id
        model.url = form.url.trimmingCharacters(in: .whitespaces)
        model.events = events.map(\.rawValue).joined(separator: " ")
        model.description = description
        model.secretSealed = try SecretBox(key: app.portal.encryptionKey).seal(secret)
        model.createdBy = official.userID
        model.createdAt = app.portal.now()
        try await app.db.writeTransaction { db in
            try await WebhookQueries(db: db).insert(model)
            try await app.portal.audit.record(AuditEvent(
                actor: official.officialActor(agencyID: agency.id, ip: ip), action: "notifications.webhook.registered",
                objectType: "notification_webhook", objectID: model.id!.uuidString,
                details: ["url": model.url, "events": model.events, "agency": agency.code]), on: db)
        }
        return .registered(WebhookQueries.record(model), secret: WebhookSignature.display(secret))
    }
}
