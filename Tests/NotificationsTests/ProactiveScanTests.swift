import Foundation
@testable import Notifications
import PopulationRegistry
import PortalHTTP
import PortalTesting
import SQLKit
import Testing

@Suite("The proactive scan")
struct ProactiveScanTests {
    typealias F = NotificationFixtures

    /// A register person with these documents (an ID card far in the future unless one is given).
    static func person(_ portal: PortalHarness, _ n: Int, _ documents: [(IdentityDocument.Kind, String, LocalDate)],
                       account: Bool = true) async throws -> UUID? {
        let fin = F.fin(n)
        var docs = documents.map { IdentityDocument(kind: $0.0, number: $0.1, issuedOn: LocalDate(year: 2015, month: 1, day: 1), expiresOn: $0.2) }
        if !documents.contains(where: { $0.0 == .idCard }) {
            docs.append(IdentityDocument(kind: .idCard, number: PortalHarness.idCardNumber(for: fin), issuedOn: LocalDate(year: 2020, month: 1, day: 1),
                                         expiresOn: LocalDate(year: 2040, month: 1, day: 1)))
        }
        try await PopulationRegistryWriter.insert(PersonRecord(fin: FIN(uncheckedValue: fin), firstName: "Test\(n)", lastName: "Testova",
                                                               patronymic: "Test qızı", birthDate: LocalDate(year: 1990, month: 1, day: 1),
                                                               documents: docs), on: portal.app.db)
        return account ? try await portal.account(fin) : nil
    }

    static func rule(_ report: ScanProactiveNotices.Report, _ name: String) -> ScanProactiveNotices.RuleCount? {
        report.rules.first { $0.rule == name }
    }

    @Test("who gets what: each rule's window, only account holders, nothing for a renewed document; a second scan sends nothing")
    func scan() async throws {
        try await withPortal { portal in
            let day = LocalDate(portal.clock.now())
            let p1 = try #require(try await Self.person(portal, 1, [(.idCard, "AA7000001", day.adding(days: 30))]))
            let p2 = try #require(try await Self.person(portal, 2, [(.idCard, "AA7000002", day.adding(days: 5))]))
            _ = try await Self.person(portal, 3, [(.idCard, "AA7000003", day.adding(days: 30))], account: false)
            let p4 = try #require(try await Self.person(portal, 4, [(.idCard, "AA7000004", day.adding(days: 30)),
                                                                     (.idCard, "AA7000014", day.adding(days: 3650))]))
            let p5 = try #require(try await Self.person(portal, 5, [(.passport, "C70000005", NoticeOffset.adding(months: 9, to: day))]))
            let p6 = try #require(try await Self.person(portal, 6, [(.drivingLicence, "DL7000006", day.adding(days: 60))]))
            let p7 = try #require(try await Self.person(portal, 7, [(.idCard, "AA7000007", day.adding(days: 31))]))
            _ = try await Self.person(portal, 8, [], account: false)
            try await PopulationRegistryWriter.registerBirth(childFIN: F.fin(8), motherFIN: F.fin(1), fatherFIN: F.fin(6),
                                                             registeredOn: day.adding(days: -1), on: portal.app.db)
            let scan = ScanProactiveNotices(app: portal.app)
            let first = try await scan.run(on: day)
            #expect(Self.rule(first, "documents.expiring:id_card:30d") == .init(rule: "documents.expiring:id_card:30d", matched: 2, notices: 1, written: 2))
            #expect(Self.rule(first, "documents.expiring:id_card:7d")?.notices == 1)
            #expect(Self.rule(first, "documents.expiring:passport:9m")?.notices == 1)
            #expect(Self.rule(first, "documents.expiring:driving_licence:60d")?.notices == 1)
            #expect(Self.rule(first, "life_event.birth") == .init(rule: "life_event.birth", matched: 1, notices: 2, written: 4))
            #expect(try await portal.inboxKinds(of: p1) == ["documents.expiring", "life_event.birth"])
            #expect(try await portal.inboxKinds(of: p2) == ["documents.expiring"])
            #expect(try await portal.inboxKinds(of: p4).isEmpty, "renewed: nothing")
            #expect(try await portal.inboxKinds(of: p5) == ["documents.expiring"])
            #expect(try await portal.inboxKinds(of: p6) == ["documents.expiring", "life_event.birth"])
            #expect(try await portal.inboxKinds(of: p7).isEmpty, "31 days: not yet")
            let p1Rows = try await F.rows(portal, recipient: p1)
            #expect(Set(p1Rows.map(\.dedupeKey)) == ["documents.expiring:id_card:30d:AA7000001", "life_event.birth:\(F.fin(8))"])
            let offer = try #require(p1Rows.first { $0.kind == "life_event.birth" && $0.channel == .inbox })
            #expect(try JSONDecoder().decode(NoticeEvent.self, from: Data(offer.payload.utf8)).path == "/services/EESMN-0007?child_fin=\(F.fin(8))")
            let total = try await F.rows(portal).count
            #expect(total == first.written && total == 12, "inbox and e-mail for six notices")

            // Again the same day, and the next day (the catch-up window still holds yesterday's): only P7 is new.
            let second = try await scan.run(on: day)
            #expect(second.written == 0 && second.notices == first.notices)
            #expect(try await F.rows(portal).count == total)
            let next = try await scan.run(on: day.adding(days: 1))
            #expect(next.written == 2)
            #expect(try await portal.inboxKinds(of: p7) == ["documents.expiring"])
            #expect(try await F.rows(portal, recipient: p1).count == p1Rows.count)

            // Each run is audited with its counts.
            let sql = portal.app.db as! any SQLDatabase
            let audited = try await sql.raw("SELECT details FROM audit_events WHERE action = 'notifications.scan.completed' ORDER BY seq").all()
                .map { try $0.decode(column: "details", as: String.self) }
            #expect(audited.count == 3)
            #expect(audited.first?.contains("\"written\":\"12\"") == true && audited[1].contains("\"written\":\"0\""))
        }
    }

    @Test("keyset pages: more documents than a page, each notified once")
    func pages() async throws {
        try await withPortal { portal in
            portal.app.notifications.proactive.pageSize = 10
            let day = LocalDate(portal.clock.now())
            var accounts: [UUID] = []
            for n in 0..<25 {
                // Several share an expiry date: the keyset must order by number within a day.
                accounts.append(try #require(try await Self.person(portal, 100 + n, [(.idCard, "AB\(7_100_000 + n)", day.adding(days: 24 + n % 7))])))
            }
            let report = try await ScanProactiveNotices(app: portal.app).run(on: day)
            #expect(Self.rule(report, "documents.expiring:id_card:30d")?.matched == 25)
            #expect(try await portal.inboxRows(kind: "documents.expiring").count == 25)
            for account in accounts { #expect(try await portal.inboxKinds(of: account) == ["documents.expiring"]) }
        }
    }

    /// A fine row as Payments records it (its own recording already notifies; this one, imported, did not).
    static func fine(_ portal: PortalHarness, fin: String, protocolNumber: String, recordedAt: Date, status: String = "unpaid") async throws -> UUID {
        let sql = portal.app.db as! any SQLDatabase
        let agency = try #require(try await portal.app.portal.directory.agency(code: "DIN"))
        let id = UUID()
        try await sql.raw("""
            INSERT INTO payments_fines (id, agency_id, agency_code, protocol_number, offender_fin, amount, offence, offence_date, status, created_at)
            VALUES (\(bind: id), \(bind: agency.id), 'DIN', \(bind: protocolNumber), \(bind: fin), 4000, 'Sürət həddinin aşılması',
                    \(bind: LocalDate(recordedAt).iso), \(bind: status), \(bind: recordedAt))
            """).run()
        return id
    }

    @Test("fines: an unpaid fine not yet notified at once, a reminder 7 days before its deadline, nothing for a paid one")
    func fines() async throws {
        try await withPortal { portal in
            let now = portal.clock.now(), day = LocalDate(now)
            let payer = try #require(try await Self.person(portal, 201, []))
            let other = try #require(try await Self.person(portal, 202, []))
            let fresh = try await Self.fine(portal, fin: F.fin(201), protocolNumber: "YP-1", recordedAt: now.addingTimeInterval(-3600))
            let old = try await Self.fine(portal, fin: F.fin(201), protocolNumber: "YP-2", recordedAt: now.addingTimeInterval(-23 * 86_400))
            _ = try await Self.fine(portal, fin: F.fin(202), protocolNumber: "YP-3", recordedAt: now.addingTimeInterval(-23 * 86_400), status: "paid")
            let report = try await ScanProactiveNotices(app: portal.app).run(on: day)
            #expect(Self.rule(report, "payment.fine_issued")?.notices == 1)
            #expect(Self.rule(report, "payment.fine_due:7d")?.notices == 1)
            let rows = try await F.rows(portal, recipient: payer).filter { $0.channel == .inbox }
            #expect(Set(rows.map(\.dedupeKey)) == ["payment.fine_issued:\(fresh.uuidString)", "payment.fine_due:\(old.uuidString)"])
            let due = try #require(rows.first { $0.kind == "payment.fine_due" })
            guard case .fineDue(let notice) = try JSONDecoder().decode(NoticeEvent.self, from: Data(due.payload.utf8)) else {
                Issue.record("not a fine reminder"); return
            }
            #expect(notice.payBy == day.adding(days: 7) && notice.protocolNumber == "YP-2")
            #expect(try await portal.inboxKinds(of: other).isEmpty)
            #expect(try await ScanProactiveNotices(app: portal.app).run(on: day).written == 0)
        }
    }
}
