import Foundation
@testable import Information
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The newsroom's rules through its use cases, and what readers then see over HTTP.
@Suite("Information: workflow, schedule, versions, withdrawal")
struct InformationFlowTests {
    typealias F = InformationFixtures

    @Test("two people: the editor drafts and submits, only another person publishes; every step is audited")
    func twoPersonRule() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .reviewer)
            let publisher = try await F.newsroom(portal, role: .head)
            let visitor = portal.browser()
            guard case .saved(let id, 1) = try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .news, draft: F.draft()) else {
                Issue.record("not saved"); return
            }
            #expect(try await visitor.get("/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir").status == .notFound)
            #expect(try await PublishItem(newsroom: publisher).run(id: id, publishAt: nil) == .wrongState, "a draft is not published")
            #expect(try await SubmitItem(newsroom: editor).run(id: id) == .saved(id: id, version: 1))
            #expect(try await SaveDraft(newsroom: editor).update(id: id, draft: F.draft()) == .wrongState, "a submitted version is not edited")
            // The reviewer holds the publishing right, but submitted this one.
            #expect(try await PublishItem(newsroom: editor).run(id: id, publishAt: nil) == .samePerson)
            #expect(try await visitor.get("/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir").status == .notFound)
            #expect(try await PublishItem(newsroom: publisher).run(id: id, publishAt: nil) == .saved(id: id, version: 1))
            let page = try await visitor.get("/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<strong>bazar ertəsi</strong>"))
            #expect(try await F.auditActions(portal, id) == ["information.item.created", "information.item.submitted", "information.item.published"])
        }
    }

    @Test("another agency's officials can neither write, send, publish nor withdraw the item")
    func otherAgency() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            let strangerEditor = try await F.newsroom(portal, agency: "ICRA-GA", role: .operator_)
            let strangerHead = try await F.newsroom(portal, agency: "ICRA-GA", role: .head)
            #expect(try await SaveDraft(newsroom: strangerEditor).create(agencyCode: "ICRA-QBA", kind: .news, draft: F.draft()) == .forbidden)
            guard case .saved(let id, _) = try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .news, draft: F.draft()) else { return }
            #expect(try await SaveDraft(newsroom: strangerEditor).update(id: id, draft: F.draft("Başqa")) == .forbidden)
            #expect(try await SubmitItem(newsroom: strangerEditor).run(id: id) == .forbidden)
            #expect(try await SubmitItem(newsroom: editor).run(id: id) == .saved(id: id, version: 1))
            #expect(try await PublishItem(newsroom: strangerHead).run(id: id, publishAt: nil) == .forbidden)
            #expect(try await ReturnItem(newsroom: strangerHead).run(id: id) == .forbidden)
            // An operator of the same agency has no publishing right.
            #expect(try await PublishItem(newsroom: try await F.newsroom(portal, role: .operator_)).run(id: id, publishAt: nil) == .forbidden)
            #expect(try await PublishItem(newsroom: publisher).run(id: id, publishAt: nil) == .saved(id: id, version: 1))
            #expect(try await WithdrawItem(newsroom: strangerHead).run(id: id, reason: "Səhv") == .forbidden)
        }
    }

    @Test("scheduled publication: readers, lists, feeds and the sitemap see it only from its time")
    func scheduled() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            let at = portal.clock.now().addingTimeInterval(3_600)
            _ = try await F.published(editor, publisher, at: at)
            let visitor = portal.browser()
            let path = "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir"
            #expect(try await visitor.get(path).status == .notFound)
            #expect(!(try await visitor.get("/r/AZ-QBA").body.string.contains(path)))
            #expect(!(try await visitor.get("/sitemap.xml").body.string.contains(path)))
            portal.clock.advance(by: 3_601)
            #expect(try await visitor.get(path).status == .ok)
            #expect(try await visitor.get("/r/AZ-QBA").body.string.contains(path))
            #expect(try await visitor.get("/sitemap.xml").body.string.contains("https://portal.test" + path))
        }
    }

    @Test("a correction is a new version with its note: the page says updated, each version stays readable")
    func versions() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            let id = try await F.published(editor, publisher)
            var corrected = F.draft(body: "Bazar **çərşənbə** açılır.")
            let refused = try await SaveDraft(newsroom: editor).update(id: id, draft: corrected)
            #expect(refused == .invalid([ItemDraft.Problem(field: "change_note", key: "information.error.required")]))
            corrected.changeNote = "Açılış günü düzəldildi"
            #expect(try await SaveDraft(newsroom: editor).update(id: id, draft: corrected) == .saved(id: id, version: 2))
            #expect(try await SubmitItem(newsroom: editor).run(id: id) == .saved(id: id, version: 2))
            portal.clock.advance(by: 600)
            #expect(try await PublishItem(newsroom: publisher).run(id: id, publishAt: nil) == .saved(id: id, version: 2))
            let visitor = portal.browser()
            let path = "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir"
            let page = try await visitor.get(path).body.string
            #expect(page.contains("<strong>çərşənbə</strong>"))
            #expect(page.contains("Yenilənib"))
            #expect(page.contains("Açılış günü düzəldildi"))
            #expect(page.contains("href=\"\(path)/versions/1\""))
            let first = try await visitor.get(path + "/versions/1")
            #expect(first.status == .ok)
            #expect(first.body.string.contains("<strong>bazar ertəsi</strong>"))
            #expect(try await visitor.get(path + "/versions/3").status == .notFound)
            #expect(try await F.auditActions(portal, id).filter { $0 == "information.item.published" }.count == 2)
        }
    }

    @Test("withdrawal needs a reason; the URL then says withdrawn and why; lists, feeds and the sitemap drop it")
    func withdrawal() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            let id = try await F.published(editor, publisher)
            #expect(try await WithdrawItem(newsroom: publisher).run(id: id, reason: "  ") == .invalid([ItemDraft.Problem(field: "reason", key: "information.error.required")]))
            #expect(try await WithdrawItem(newsroom: editor).run(id: id, reason: "Səhv tarix") == .forbidden)
            #expect(try await WithdrawItem(newsroom: publisher).run(id: id, reason: "Səhv tarix göstərilmişdi") == .saved(id: id, version: 0))
            #expect(try await WithdrawItem(newsroom: publisher).run(id: id, reason: "Yenə") == .wrongState)
            let visitor = portal.browser()
            let path = "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir"
            let page = try await visitor.get(path)
            #expect(page.status == .gone)
            #expect(page.body.string.contains("geri götürülüb"))
            #expect(page.body.string.contains("Səhv tarix göstərilmişdi"))
            #expect(!page.body.string.contains("bazar ertəsi"))
            #expect(!(try await visitor.get("/r/AZ-QBA").body.string.contains(path)))
            #expect(!(try await visitor.get("/agencies/ICRA-QBA/feed.atom").body.string.contains(path)))
            #expect(!(try await visitor.get("/sitemap.xml").body.string.contains(path)))
            #expect(try await F.auditActions(portal, id).last == "information.item.withdrawn")
        }
    }

    @Test("an announcement leaves the lists after its last day; its page says it ended")
    func announcementExpiry() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            var draft = F.draft("Su kəsiləcək", en: nil)
            #expect(try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .announcement, draft: draft)
                    == .invalid([ItemDraft.Problem(field: "valid_until", key: "information.error.date")]))
            draft.validUntil = LocalDate(portal.clock.now()).iso
            _ = try await F.published(editor, publisher, kind: .announcement, draft: draft)
            let visitor = portal.browser()
            let path = "/agencies/ICRA-QBA/announcements/su-kesilecek"
            #expect(try await visitor.get("/r/AZ-QBA").body.string.contains(path))
            portal.clock.advance(by: 86_400)
            #expect(!(try await visitor.get("/r/AZ-QBA").body.string.contains(path)))
            let page = try await visitor.get(path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("müddəti"))
        }
    }

    @Test("a document is sent only with its PDF, which readers then download")
    func document() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            var draft = F.draft("Büdcə haqqında qərar", en: nil)
            (draft.documentType, draft.documentNumber, draft.documentDate) = ("Qərar", "12", "2026-11-02")
            guard case .saved(let id, _) = try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .document, draft: draft) else { return }
            #expect(try await SubmitItem(newsroom: editor).run(id: id) == .invalid([ItemDraft.Problem(field: "file", key: "information.error.file_required")]))
            #expect(try await AttachDocumentFile(newsroom: editor).run(id: id, bytes: Array("<html>".utf8)) == .invalid([ItemDraft.Problem(field: "file", key: "files.refused.type")]))
            let pdf = Array("%PDF-1.4\n%%EOF\n".utf8)
            #expect(try await AttachDocumentFile(newsroom: editor).run(id: id, bytes: pdf) == .saved(id: id, version: 1))
            #expect(try await SubmitItem(newsroom: editor).run(id: id) == .saved(id: id, version: 1))
            #expect(try await PublishItem(newsroom: publisher).run(id: id, publishAt: nil) == .saved(id: id, version: 1))
            let file = try await portal.browser().get("/agencies/ICRA-QBA/documents/budce-haqqinda-qerar/file")
            #expect(file.status == .ok)
            #expect(file.headers.contentType?.description.hasPrefix("application/pdf") == true)
            #expect(Array(file.body.readableBytesView) == pdf)
            #expect(try await portal.browser().get("/agencies/ICRA-QBA/news/budce-haqqinda-qerar/file").status == .notFound)
        }
    }
}
