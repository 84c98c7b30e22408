@testable import Accountability
import Foundation
import Identity
@testable import Information
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// Every information page in az, as the portal serves it (references in __Snapshots__/InformationPageSnapshotTests/).
@Suite("Information page snapshots")
struct InformationPageSnapshotTests {
    typealias F = InformationFixtures

    @Test("public: district list, district portal, authority information, item, past version, withdrawn item")
    func publicPages() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            let visitor = portal.browser()
            try await assertPageSnapshot(visitor, "/r/AZ-QBA", named: "district-empty")
            let id = try await F.published(editor, publisher)
            var announcement = F.draft("Su kəsiləcək", en: nil, body: "Çərşənbə günü 10:00–14:00.")
            announcement.validUntil = "2026-12-01"
            _ = try await F.published(editor, publisher, kind: .announcement, draft: announcement)
            _ = try await F.published(editor, publisher, kind: .page, draft: F.draft("Haqqında", en: "About", body: "## Vəzifələr\n\n- qəbul\n- xidmətlər"))
            var correction = F.draft(body: "Bazar **çərşənbə** açılır.")
            correction.changeNote = "Açılış günü düzəldildi"
            _ = try await SaveDraft(newsroom: editor).update(id: id, draft: correction)
            _ = try await SubmitItem(newsroom: editor).run(id: id)
            portal.clock.advance(by: 600)
            _ = try await PublishItem(newsroom: publisher).run(id: id, publishAt: nil)
            _ = try await ComputeFigures(app: portal.app).run(day: LocalDate(portal.clock.now()).adding(days: -1))
            try await assertPageSnapshot(visitor, "/r", named: "districts")
            try await assertPageSnapshot(visitor, "/r/AZ-QBA", named: "district")
            try await assertPageSnapshot(visitor, "/agencies/ICRA-QBA/information", named: "agency")
            try await assertPageSnapshot(visitor, "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir", named: "item")
            try await assertPageSnapshot(visitor, "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir/versions/1", named: "item-version")
            try await assertPageSnapshot(visitor, "/agencies/ICRA-QBA/announcements/su-kesilecek", named: "announcement")
            _ = try await WithdrawItem(newsroom: publisher).run(id: id, reason: "Bazar bağlı qalır")
            try await assertPageSnapshot(visitor, "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir", named: "item-withdrawn", status: .gone)
        }
    }

    @Test("newsroom: list, new item (empty and with errors), item to publish, edit")
    func newsroom() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("3QBA0HD", roles: [.init(agencyCode: "ICRA-QBA", role: .head, unitCode: "AZ-QBA")], totpSecret: secret)
            let head = portal.browser()
            portal.clock.advance(by: 31)
            _ = try await head.signIn("3QBA0HD", "correct horse battery", code: portal.totp(secret))
            try await assertPageSnapshot(head, "/office/information", named: "newsroom-empty")
            try await assertPageSnapshot(head, "/office/information/new", named: "newsroom-new")
            let refused = try await head.post("/office/information", [("agency", "ICRA-QBA"), ("kind", "announcements"), ("title_az", "Elan")])
            #expect(refused.status == .unprocessableEntity)
            assertHTMLSnapshot(refused.body.string, named: "newsroom-new-errors")
            let editor = try await F.newsroom(portal, role: .operator_)
            guard case .saved(let id, _) = try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .news, draft: F.draft()) else { return }
            _ = try await SubmitItem(newsroom: editor).run(id: id)
            try await assertPageSnapshot(head, "/office/information", named: "newsroom-list")
            try await assertPageSnapshot(head, "/office/information/\(id)", named: "newsroom-submitted")
            _ = try await head.post("/office/information/\(id)/publish")
            try await assertPageSnapshot(head, "/office/information/\(id)", named: "newsroom-published")
            try await assertPageSnapshot(head, "/office/information/\(id)/edit", named: "newsroom-edit")
        }
    }
}
