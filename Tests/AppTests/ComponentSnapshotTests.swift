import Catalog
import Foundation
import PortalHTTP
import PortalTesting
import Testing

/// The shared components with fixed data, in Azerbaijani: what a page gets when it uses them
/// (docs/views.md lists them; this is their gallery).
@Suite("Component snapshots")
struct ComponentSnapshotTests {
    struct Gallery: HTMLView {
        var errors: FormErrors

        var body: some HTMLContent {
            ErrorSummary(errors)
            PostForm(action: "/gallery", novalidate: true) {
                HiddenField("state", "signed-state")
                FormField.text("email", label: t("profile.email"), value: "a@b.az", error: errors["email"], type: "email", .autocomplete("email"))
                FormField.text("phone", label: t("register.phone.label"), hint: t("register.phone.hint"), value: "050 <1>", error: errors["phone"],
                           type: "tel", .class("input-medium"))
                FormField.textarea("note", label: t("applications.office.note"), rows: 3, value: "line & line")
                FormField.date("birth", label: t("profile.birth_date"), value: "1990-01-01")
                FormField.number("days", label: t("catalog.field.deadline_days"), hint: t("catalog.form.deadline_hint"), value: "10")
                FormField.select("stage", label: t("catalog.field.stage"), choices: Choice.all(Stage.self, keyPrefix: "catalog.stage."),
                             selected: "online_form", placeholder: t("form.choose"), error: errors["stage"], wrapperID: "stage-field")
                FormField.radios("fee", name: "fee_kind", legend: t("catalog.field.fee"), choices: [Choice(value: "free", label: t("catalog.fee.free")),
                             Choice(value: "fixed", label: t("catalog.fee.fixed"))], selected: "fixed", error: errors["fee"])
                FormField.checkboxes("channels", legend: t("catalog.field.channels"), choices: [Choice(value: "portal", label: t("catalog.channel.portal"))],
                                 selected: ["portal"], itemPrefix: "channel-", columns: true)
                Fieldset(legend: t("catalog.service.contact")) { FormField.text("url", label: t("agency.website"), value: nil, type: "url") }
                Checkbox("online", label: t("catalog.filter.online"), checked: true)
                Button(t("form.save"))
                Button(t("catalog.review.return"), style: .warning)
                Button(t("layout.switch"), style: .secondary, name: "add", value: "row")
            }
            SummaryList {
                SummaryRow(t("profile.name")) { "Məmmədova Aysel" }
                SummaryRow(t("catalog.service.fee")) { MoneyText(1_050) }
                SummaryRow(t("catalog.service.stage")) { StatusTag(t("catalog.badge.online"), tone: .online) }
            }
            Table(caption: t("catalog.report.by_agency"), captionHidden: false,
                  columns: [.init(t("office.agency")), .init(t("catalog.report.total"), numeric: true)], rows: [("DVX", 3), ("EN", 1)]) { row in
                th(.scope("row")) { row.0 }
                td(.class("numeric")) { row.1 }
            } after: {
                tr { th(.scope("row")) { t("catalog.report.overall") }; td(.class("numeric")) { 4 } }
            }
            Table(caption: t("catalog.office.heading"), columns: [.init(t("agency.code")), .init(t("table.actions"), hidden: true)], rows: ["DVX-0001"]) { code in
                td { code }
                td { a(.href("/office/registry/services/\(code)")) { t("catalog.office.service") } }
            }
            Timeline([TimelineEntry(text: "Göndərildi", at: "01.06.2026 10:00", detail: "Quba", message: "Sənəd əlavə edin"),
                      TimelineEntry(text: "Qəbul edildi", at: "02.06.2026 09:30")])
            StatusTag(t("applications.office.mine"))
            StatusTag(t("catalog.history.current"), tone: .emphasis)
            StatusTag(t("applications.case.overdue"), tone: .warning)
            Notice { p { t("catalog.review.own_submission") } }
            Notice(announced: false) { p { "—" } }
            ButtonLink(href: "https://asan.gov.az", external: true, label: t("catalog.action.asan_centre"))
            Pagination(label: t("catalog.pages"), links: PageLink.pages(3, current: 2) { "/services?page=\($0)" })
            PreviousNext(label: t("applications.office.pages"), previous: "/office/applications?offset=0", next: nil,
                         previousLabel: t("applications.office.previous"), nextLabel: t("applications.office.next"))
            Breadcrumbs([.init(t("nav.home"), href: "/"), .init(t("catalog.search.heading"), href: "/services"),
                         .init(text: "Nikahın dövlət qeydiyyatı", href: nil)])
            MarkdownText("## Qəbul\n\n*Vacib*: [bax](/r/AZ-QBA), [bu yox](javascript:alert(1)) <b>qalın deyil</b>\n\n- bir\n- iki", lang: "az")
        }
    }

    @Test("the component gallery, without and with errors; every key it uses exists")
    func gallery() throws {
        let strings = ViewStrings(try LocaleTests.localizer(), .az)
        var errors = FormErrors()
        errors.add("email", "E-poçt ünvanı düzgün deyil")
        errors.add("phone", "Telefon nömrəsi <düzgün> deyil")
        errors.add("stage", "Mərhələni seçin")
        errors.add("fee", "Rüsumu seçin")
        for (name, errors) in [("clean", FormErrors()), ("errors", errors)] {
            let rendered = ViewRenderer.fragment(Gallery(errors: errors), strings: strings, csrf: "token")
            #expect(rendered.missingKeys.isEmpty, "missing keys: \(rendered.missingKeys)")
            #expect(rendered.problems.isEmpty)
            assertHTMLSnapshot(rendered.html, named: name)
        }
    }

    @Test("the layout for a visitor on a reading page and for a signed-in person with companies")
    func layout() throws {
        let localizer = try LocaleTests.localizer()
        let strings = ViewStrings(localizer, .az)
        let languages = Language.allCases.map { LanguageOption(code: $0.rawValue, label: localizer.text("language.\($0.rawValue)", $0), current: $0 == .az) }
        var home = NavigationLink(labelKey: "nav.home", path: "/", audience: .everyone)
        home.label = localizer.text("nav.home", .az)
        home.current = true
        let visitor = LayoutContext(lang: "az", title: "Başlıq", csrf: nil, returnTo: "/services?q=a&b", returnToEncoded: "/services%3Fq%3Da%26b",
                                    user: nil, flash: nil, languages: languages, navigation: [home], siteName: localizer.text("site.name", .az))
        var person = visitor
        person.csrf = "token"
        person.flash = localizer.text("flash.catalog.draft_saved", .az)
        person.user = UserBadge(name: "Məmmədova Aysel", actingFor: "Quba Alma MMC",
                                companies: [CompanyContext(id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, voen: "1234567890",
                                                           name: "Quba Alma MMC", role: "director")],
                                hasCompanies: true, hasOfficeAccess: false)
        for (name, context) in [("visitor", visitor), ("signed-in", person)] {
            let rendered = ViewRenderer.page(EmptyHTML(), layout: context, strings: strings, buffer: ByteBufferAllocator().buffer(capacity: 4_096))
            #expect(rendered.missingKeys.isEmpty && rendered.problems.isEmpty)
            assertHTMLSnapshot(String(buffer: rendered.buffer), named: name)
        }
    }
}
