import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The view DSL's promises: text is escaped by construction, markup only through `TrustedHTML`, a
/// missing locale key or a POST form without a token fails rendering in tests instead of showing a blank.
@Suite("Views in Swift")
struct ViewDSLTests {
    static let strings = ViewStrings(Localizer(tables: [
        .az: ["greeting": "Salam, {0}!", "form.error_summary": "Problem var", "form.error_prefix": "Xəta:", "x": "x"],
        .en: ["greeting": "Hello, {0}!"],
        .ru: [:],
    ]), .az)

    struct Sample: HTMLView {
        var name: String
        var body: some HTMLContent {
            p(.class("lead"), .title(t("greeting", name))) { t("greeting", name) }
            a(.href("/search?q=\(name)")) { name }
            TrustedHTML(verbatim: "<svg viewBox=\"0 0 1 1\"></svg>")
        }
    }

    @Test("text and attribute values are escaped; only TrustedHTML is written as it is")
    func escaping() {
        let hostile = #"<script>alert("x")</script> & 'quoted'"#
        let (html, missing, problems) = ViewRenderer.fragment(Sample(name: hostile), strings: Self.strings)
        #expect(missing.isEmpty && problems.isEmpty)
        #expect(!html.contains("<script>"), "no markup from a string")
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"))
        #expect(html.contains(#"title="Salam, &lt;script&gt;"#), "attribute values escaped too, quotes cannot close them")
        #expect(html.contains(#"href="/search?q=&lt;script&gt;alert(&quot;x&quot;)"#))
        #expect(html.contains(#"<svg viewBox="0 0 1 1"></svg>"#), "trusted markup passes")
    }

    @Test("arguments are put in once: an argument that looks like a placeholder stays as typed")
    func arguments() {
        #expect(Localizer.format("{0} and {1}", ["{1}", "b"]) == "{1} and b")
        #expect(Localizer.format("{0}% of {2}", ["5"]) == "5% of {2}")
        #expect(Localizer.format("no placeholders {x}", ["a"]) == "no placeholders {x}")
        #expect(Localizer.format("{10}", Array(repeating: "a", count: 10) + ["eleventh"]) == "eleventh")
    }

    struct UsesMissingKey: HTMLView {
        var body: some HTMLContent { p { t("no.such.key") } }
    }

    @Test("a missing key is recorded by the writer (the page shows Azerbaijani or the key, never a blank)")
    func missingKeyRecorded() {
        let english = ViewStrings(Localizer(tables: [.az: ["greeting": "Salam, {0}!"], .en: [:], .ru: [:]]), .en)
        let (html, missing, _) = ViewRenderer.fragment(HTMLPairProbe(), strings: english)
        #expect(missing == ["greeting", "no.such.key"])
        #expect(html == "<p>Salam, x!</p><p>no.such.key</p>")
    }

    struct HTMLPairProbe: HTMLView {
        var body: some HTMLContent {
            p { t("greeting", "x") }
            UsesMissingKey()
        }
    }

    static let probes: @Sendable (Application) throws -> Void = { app in
        app.get("probe", "missing-key") { req in try req.render(UsesMissingKey(), titleKey: "home.title") }
        app.get("probe", "form-without-token") { req in
            try req.render(PostForm(action: "/x") { Button(t("form.save")) }, titleKey: "home.title", forms: false)
        }
        app.get("probe", "form") { req in
            try req.render(PostForm(action: "/x") { Button(t("form.save")) }, titleKey: "home.title")
        }
    }

    @Test("in tests a page with a missing key or a POST form without a CSRF token fails instead of rendering")
    func failsInTests() async throws {
        try await withPortal(routes: Self.probes) { portal in
            let browser = portal.browser()
            #expect(try await browser.get("/probe/missing-key").status == .internalServerError)
            #expect(try await browser.get("/probe/form-without-token").status == .internalServerError)
            let page = try await browser.get("/probe/form")
            #expect(page.status == .ok)
            let token = try #require(browser.csrfToken)
            #expect(page.body.string.contains(#"<form method="post" action="/x"><input type="hidden" name="_csrf" value="\#(token)">"#))
        }
    }
}
