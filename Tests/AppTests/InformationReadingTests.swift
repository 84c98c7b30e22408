import Catalog
import Foundation
import Identity
@testable import Information
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// What readers get: languages and their fallback, one URL per item, feeds, the sitemap, OpenGraph,
/// and the newsroom's form over HTTP.
@Suite("Information: reading, feeds, sitemap")
struct InformationReadingTests {
    typealias F = InformationFixtures

    @Test("an untranslated item says so in the reader's language and links to Azerbaijani; en slugs lead to the one URL")
    func translations() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            _ = try await F.published(editor, publisher)  // az and en
            let english = portal.browser()
            #expect(try await english.get("/language/en?returnTo=/").status == .seeOther)
            let translated = try await english.get("/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir")
            #expect(translated.body.string.contains("Quba market reopens"))
            #expect(!translated.body.string.contains("has not been translated"))
            let moved = try await english.get("/agencies/ICRA-QBA/news/quba-market-reopens")
            #expect(moved.status == .movedPermanently)
            #expect(moved.headers.first(name: .location) == "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir")
            let russian = portal.browser()
            _ = try await russian.get("/language/ru?returnTo=/")
            let fallback = try await russian.get("/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir").body.string
            #expect(fallback.contains("не переведён на русский"))
            #expect(fallback.contains("<h1 lang=\"az\">Quba bazarı yenidən açılır</h1>"))
            #expect(fallback.contains("href=\"/language/az?returnTo=/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir\""))
            #expect(try await russian.get("/agencies/ICRA-QBA/news/no-such-slug").status == .notFound)
            #expect(try await russian.get("/agencies/ICRA-QBA/news/Bad%20Slug").status == .notFound)
        }
    }

    @Test("Atom feeds parse as XML with the published entries only, in the asked language")
    func feeds() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            let id = try await F.published(editor, publisher)
            _ = try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .news, draft: F.draft("Hələ qaralama", en: nil))
            _ = try await F.published(editor, publisher, kind: .page, draft: F.draft("Haqqında", en: nil))
            let visitor = portal.browser()
            for path in ["/r/AZ-QBA/feed.atom", "/agencies/ICRA-QBA/feed.atom"] {
                let res = try await visitor.get(path + "?lang=en")
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.hasPrefix("application/atom+xml") == true)
                let xml = res.body.string
                #expect(xml.contains("xml:lang=\"en\""))
                #expect(try F.xmlTexts(xml, "title").contains("Quba market reopens"))
                #expect(try F.xmlTexts(xml, "entry").count == 1, "drafts and pages are not entries")
                #expect(try F.xmlTexts(xml, "id").contains("urn:uuid:\(id.uuidString.lowercased())"))
                #expect(try F.xmlTexts(xml, "updated").allSatisfy { $0.hasSuffix("Z") })
                #expect(xml.contains("href=\"https://portal.test/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir\""))
            }
            #expect(try await visitor.get("/r/AZ-XX/feed.atom").status == .notFound)
        }
    }

    @Test("the sitemap lists every public page: services, district portals, published items, accountability pages")
    func sitemap() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            _ = try await F.published(editor, publisher)
            _ = try await SaveDraft(newsroom: editor).create(agencyCode: "ICRA-QBA", kind: .news, draft: F.draft("Hələ qaralama", en: nil))
            try await CatalogModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
            let services = try await portal.app.catalog.index(on: portal.app).entries.map(\.definition.code)
            #expect(services.count > 10)
            let res = try await portal.browser().get("/sitemap.xml")
            #expect(res.status == .ok)
            let locations = try F.xmlTexts(res.body.string, "loc")
            #expect(Set(locations).count == locations.count, "each page once")
            for path in ["/r/AZ-QBA", "/r/AZ-GA", "/agencies/ICRA-QBA/news/quba-bazari-yeniden-acilir", "/agencies/ICRA-QBA/information",
                         "/accountability/units/AZ-QBA", "/accountability/agencies/EN", "/services"] {
                #expect(locations.contains("https://portal.test" + path), "\(path)")
            }
            for code in services {
                #expect(locations.contains("https://portal.test/services/\(code)") && locations.contains("https://portal.test/accountability/services/\(code)"))
            }
            #expect(!locations.contains { $0.contains("hele-qaralama") })
            #expect(!locations.contains { $0.contains("/office/") })
        }
    }

    @Test("pages carry OpenGraph tags, the feed link, and hostile Markdown as text")
    func openGraphAndMarkdown() async throws {
        try await withPortal { portal in
            let editor = try await F.newsroom(portal, role: .operator_)
            let publisher = try await F.newsroom(portal, role: .head)
            _ = try await F.published(editor, publisher, draft: F.draft("Təhlükəsizlik", en: nil,
                body: "<script>alert(1)</script> [bax](javascript:alert(1)) [\" onmouseover=\"x](https://a.az/\"x)"))
            let visitor = portal.browser()
            let html = try await visitor.get("/agencies/ICRA-QBA/news/tehlukesizlik").body.string
            #expect(html.contains("<meta property=\"og:title\" content=\"Təhlükəsizlik\">"))
            #expect(html.contains("<meta property=\"og:url\" content=\"https://portal.test/agencies/ICRA-QBA/news/tehlukesizlik\">"))
            #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
            #expect(!html.contains("<script>alert"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!html.contains("href=\"javascript"))
            #expect(!html.contains("onmouseover=\"x"))
            let district = try await visitor.get("/r/AZ-QBA").body.string
            #expect(district.contains("<link rel=\"alternate\" href=\"/r/AZ-QBA/feed.atom\" type=\"application/atom+xml\""))
            #expect(district.contains("/reception?unit=AZ-QBA"))
            #expect(try await visitor.get("/r/AZ-NOPE").status == .notFound)
        }
    }

    @Test("the newsroom form re-shows what was typed with localised errors, and saves a draft")
    func newsroomForm() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            try await portal.account("5QBA0ED", roles: [.init(agencyCode: "ICRA-QBA", role: .operator_, unitCode: "AZ-QBA")], totpSecret: secret)
            let browser = portal.browser()
            portal.clock.advance(by: 31)
            _ = try await browser.signIn("5QBA0ED", "correct horse battery", code: portal.totp(secret))
            #expect(try await browser.get("/office/information/new").status == .ok)
            let refused = try await browser.post("/office/information", [("agency", "ICRA-QBA"), ("kind", "news"), ("title_az", ""),
                                                                          ("body_az", "Mətn <yazıldı>"), ("title_en", "Only a title")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Mətn &lt;yazıldı&gt;"))
            #expect(refused.body.string.contains("href=\"#title_az\""))
            #expect(refused.body.string.contains("href=\"#body_en\""))
            let saved = try await browser.post("/office/information", [("agency", "ICRA-QBA"), ("kind", "news"), ("title_az", "Yeni xəbər"), ("body_az", "Mətn")])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers.first(name: .location))
            #expect(try await browser.get(location).body.string.contains("Yeni xəbər"))
            #expect(try await browser.post(location + "/submit").status == .seeOther)
            // The submitter's own publish is refused with the two-person message (the operator has no right anyway: 403).
            #expect(try await browser.post(location + "/publish").status == .forbidden)
            #expect(try await browser.get("/office/information").body.string.contains("Dərc gözləyir"))
        }
    }
}
