import Foundation
import PortalHTTP

/// `/dev/mail`: the development mailbox — every e-mail and SMS the portal would have sent, newest
/// first, when no SMTP server is configured. Only for a browser on this machine (a loopback client not
/// relayed by a proxy), never in production: elsewhere it does not exist (404).
struct DevMailPages {
    func register(_ web: any RoutesBuilder) {
        web.get("dev", "mail", use: list)
        web.get("dev", "mail", ":number", use: show)
        web.get("dev", "mail", ":number", "html", use: html)
    }

    static func allowed(_ req: Request) -> Bool {
        req.portal.config.mode != .production && req.isDirectLoopbackClient
    }

    /// Development or test mode, and a loopback client with no proxy in between.
    static func allowed(mode: PortalConfig.Mode, clientIP: String, relayed: Bool) -> Bool {
        mode != .production && Request.isDirectLoopback(clientIP: clientIP, relayed: relayed)
    }

    func entry(_ req: Request) async throws -> DevelopmentMailbox.Entry {
        guard Self.allowed(req) else { throw Abort(.notFound) }
        guard let number = req.parameters.get("number", as: Int.self),
              let entry = await req.application.notifications.mailbox.entry(number) else { throw Abort(.notFound) }
        return entry
    }

    @Sendable func list(req: Request) async throws -> Response {
        guard Self.allowed(req) else { throw Abort(.notFound) }
        let services = req.application.notifications
        let rows = await services.mailbox.all().map { entry in
            DevMailListPage.Row(number: entry.number, when: req.displayTime(entry.at), to: entry.mail?.to ?? entry.sms?.to ?? "",
                                subject: entry.mail?.subject ?? entry.sms?.text ?? "", isSMS: entry.sms != nil)
        }
        return try req.render(DevMailListPage(rows: rows, active: services.usesDevelopmentMailbox), titleKey: "notifications.devmail.title")
    }

    @Sendable func show(req: Request) async throws -> Response {
        let entry = try await entry(req)
        return try req.render(DevMailMessagePage(number: entry.number, when: req.displayTime(entry.at), mail: entry.mail, sms: entry.sms),
                              titleKey: "notifications.devmail.message_title")
    }

    /// The HTML part as the mail client would show it, sandboxed (no scripts, no same-origin access).
    @Sendable func html(req: Request) async throws -> Response {
        let entry = try await entry(req)
        guard let html = entry.mail?.html else { throw Abort(.notFound) }
        let response = Response(status: .ok, body: .init(string: html))
        response.headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "sandbox; default-src 'none'; style-src 'unsafe-inline'")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}

struct DevMailListPage: Sendable {
    struct Row: Sendable {
        var number: Int
        var when: String
        var to: String
        var subject: String
        var isSMS: Bool
    }

    var rows: [Row]
    var active: Bool
}

extension DevMailListPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("notifications.devmail.heading") }
        p { if active { t("notifications.devmail.lead") } else { t("notifications.devmail.smtp_configured") } }
        if rows.isEmpty {
            p(.id("devmail-empty")) { t("notifications.devmail.empty") }
        } else {
            Table(caption: t("notifications.devmail.heading"),
                  columns: [.init(t("table.when")), .init(t("notifications.devmail.to")), .init(t("notifications.inbox.subject"))],
                  rows: rows) { row in
                td { row.when }
                td { row.to }
                td {
                    a(.href("/dev/mail/\(row.number)")) { row.subject }
                    if row.isSMS { " "; StatusTag(t("notifications.channel.sms")) }
                }
            }
        }
    }
}

struct DevMailMessagePage: Sendable {
    var number: Int
    var when: String
    var mail: OutgoingMail?
    var sms: OutgoingSMS?
}

extension DevMailMessagePage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/dev/mail")) { t("notifications.devmail.back") } }
        if let mail {
            h1 { mail.subject }
            SummaryList {
                SummaryRow(t("notifications.devmail.from")) { mail.from }
                SummaryRow(t("notifications.devmail.to")) { mail.to }
                SummaryRow(t("table.when")) { when }
                SummaryRow(t("notifications.devmail.message_id")) { code { mail.messageID } }
                if let unsubscribe = mail.listUnsubscribe { SummaryRow(t("notifications.devmail.unsubscribe")) { unsubscribe } }
                for attachment in mail.attachments {
                    SummaryRow(t("notifications.devmail.attachment")) { attachment.filename; " ("; attachment.contentType; ")" }
                }
            }
            if mail.html != nil { p { a(.href("/dev/mail/\(number)/html")) { t("notifications.devmail.html_part") } } }
            h2 { t("notifications.devmail.text_part") }
            pre(.id("text-part")) { mail.text }
        } else if let sms {
            h1 { t("notifications.devmail.sms_heading", sms.to) }
            SummaryList {
                SummaryRow(t("table.when")) { when }
                SummaryRow(t("notifications.devmail.reference")) { code { sms.reference } }
            }
            pre(.id("text-part")) { sms.text }
        }
    }
}
