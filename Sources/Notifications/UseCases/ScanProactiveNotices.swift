import Fluent
import Foundation
import PortalDB
import PortalHTTP

/// The daily proactive scan (`onewindow notifications scan`, and the `notifications.scan` job): for each
/// rule one range query over its source (the register's documents and births, Payments' unpaid fines)
/// with the rule's date window, read in keyset pages; each page's holders' accounts in one query; the
/// notices of a page in one transaction of multi-row inserts. The outbox's unique dedupe key
/// (`documents.expiring:<kind>:<number>:<offset>`, …) makes a second scan of the same day write nothing.
public struct ScanProactiveNotices {
    let app: Application
    public init(app: Application) { self.app = app }

    /// What one rule found: rows in its window, notices to people with an account, outbox rows written.
    public struct RuleCount: Sendable, Equatable {
        public var rule: String
        public var matched = 0
        public var notices = 0
        public var written = 0
    }

    public struct Report: Sendable {
        public var day: LocalDate
        public var rules: [RuleCount]
        public var seconds: Double
        public var matched: Int { rules.reduce(0) { $0 + $1.matched } }
        public var notices: Int { rules.reduce(0) { $0 + $1.notices } }
        public var written: Int { rules.reduce(0) { $0 + $1.written } }
    }

    public func run(on day: LocalDate, actor: AuditActor = .system) async throws -> Report {
        let started = Date()
        let settings = app.notifications.proactive
        let rules = settings.rules
        var counts: [RuleCount] = []
        if let documents = app.portal.expiringDocuments {
            for rule in rules.expiry {
                var count = RuleCount(rule: rule.name)
                if let window = rules.window(rule, on: day) {
                    var cursor: ExpiringDocument?
                    while true {
                        let page = try await documents.expiring(rule.document, from: window.lowerBound, through: window.upperBound,
                                                                after: cursor, limit: settings.pageSize, on: app.db)
                        guard let last = page.last else { break }
                        cursor = last
                        try await send(page.map { doc in
                            (doc.fin, NoticeEvent.documentExpiring(DocumentExpiryNotice(
                                document: doc.kind, number: doc.number, expiresOn: doc.expiresOn,
                                servicePath: ProactiveRules.servicePath(doc.kind))),
                             "\(rule.name):\(doc.number)")
                        }, count: &count)
                        if page.count < settings.pageSize { break }
                    }
                }
                counts.append(count)
            }
            if rules.birthOffer { counts.append(try await births(documents, day: day, rules: rules, pageSize: settings.pageSize)) }
        }
        if let fines = app.portal.unpaidFines {
            let lo = day.adding(days: 1 - rules.catchUpDays)
            if rules.fineAtOnce {
                counts.append(try await fineNotices(fines, rule: "payment.fine_issued", recordedFrom: lo, through: day,
                                                    pageSize: settings.pageSize) { .fineIssued($0) })
            }
            if let reminder = rules.fineReminderDays {
                // Due for a reminder on day d: recorded on d − (payment days − reminder days); never past the deadline.
                let shift = FineDeadline.defaultPaymentDays - reminder
                let from = max(lo.adding(days: -shift), day.adding(days: -FineDeadline.defaultPaymentDays))
                counts.append(try await fineNotices(fines, rule: "payment.fine_due:\(reminder)d", recordedFrom: from,
                                                    through: day.adding(days: -shift), pageSize: settings.pageSize) { .fineDue($0) })
            }
        }
        let report = Report(day: day, rules: counts, seconds: Date().timeIntervalSince(started))
        var details = ["day": day.iso, "matched": String(report.matched), "notices": String(report.notices),
                       "written": String(report.written), "seconds": String(format: "%.1f", report.seconds)]
        for count in counts where count.matched > 0 { details[count.rule] = "\(count.matched)/\(count.notices)/\(count.written)" }
        try await app.portal.audit.record(AuditEvent(actor: actor, action: "notifications.scan.completed", objectType: "proactive_scan",
                                                     objectID: day.iso, details: details), on: app.db)
        return report
    }

    private func births(_ source: any ExpiringDocumentSource, day: LocalDate, rules: ProactiveRules, pageSize: Int) async throws -> RuleCount {
        var count = RuleCount(rule: "life_event.birth")
        var cursor: RegisteredBirth?
        while true {
            let page = try await source.births(registeredFrom: day.adding(days: 1 - rules.catchUpDays), through: day,
                                               after: cursor, limit: pageSize, on: app.db)
            guard let last = page.last else { break }
            cursor = last
            try await send(page.flatMap { birth in
                birth.parentFINs.map { parent in
                    (parent, NoticeEvent.childBenefitOffer(BirthOfferNotice(
                        childName: birth.childName, birthDate: birth.birthDate,
                        servicePath: ProactiveRules.childBenefitPath(childFIN: birth.childFIN))),
                     "life_event.birth:\(birth.childFIN)")
                }
            }, count: &count, matched: page.count)
            if page.count < pageSize { break }
        }
        return count
    }

    private func fineNotices(_ source: any UnpaidFineSource, rule: String, recordedFrom: LocalDate, through: LocalDate, pageSize: Int,
                             event: (FineNotice) -> NoticeEvent) async throws -> RuleCount {
        var count = RuleCount(rule: rule)
        guard recordedFrom <= through, let from = recordedFrom.startOfDay(), let to = through.adding(days: 1).startOfDay() else { return count }
        let key = rule.split(separator: ":").first.map(String.init) ?? rule
        var cursor: UnpaidFine?
        while true {
            let page = try await source.unpaid(recordedFrom: from, to: to, after: cursor, limit: pageSize, on: app.db)
            guard let last = page.last else { break }
            cursor = last
            try await send(page.map { fine in
                (fine.fin, event(FineNotice(protocolNumber: fine.protocolNumber, amountMinor: fine.amountMinor, offence: fine.offence,
                                            payBy: FineDeadline.payBy(recordedAt: fine.recordedAt))),
                 "\(key):\(fine.id.uuidString)")
            }, count: &count)
            if page.count < pageSize { break }
        }
        return count
    }

    /// One page: the holders' accounts in one query, then the notices in one write transaction.
    private func send(_ page: [(fin: String, event: NoticeEvent, key: String)], count: inout RuleCount, matched: Int? = nil) async throws {
        count.matched += matched ?? page.count
        guard let contacts = try await app.portal.accountContacts?.contacts(ofFINs: page.map { $0.fin }, on: app.db) else { return }
        let notices = page.compactMap { item in
            contacts[item.fin].map { (OutgoingNotice(item.event, to: $0.userID, dedupeKey: item.key), $0) }
        }
        guard !notices.isEmpty else { return }
        let notify = Notify(settings: app.notifications.settings, contacts: { nil }, clock: app.portal.clock)
        let written = try await app.db.writeTransaction { db in try await notify.notifyAll(notices, on: db) }
        count.notices += notices.count
        count.written += written
    }
}
