import Plot
import Vapor

/// CANDIDATE (b) of docs/adr/0008: the layout written with JohnSundell/Plot 0.14.0, for the measurement
/// only. Plot escapes text nodes but not attribute values: every dynamic value goes through `esc`.
public enum PlotViews {
    public typealias Body = Plot.Node<Plot.HTML.BodyContext>

    public static func esc(_ value: String) -> String { HTML.escape(value) }

    /// (Plot also drops an attribute whose value is empty unless told not to: `<option value="">` needs it.)
    public static func attribute<C>(_ name: String, _ value: String) -> Plot.Node<C> { .attribute(named: name, value: esc(value), ignoreIfValueIsEmpty: false) }

    public static func page(_ layout: LayoutContext, strings s: ViewStrings, main: Body) -> String {
        let document = Plot.HTML(
            .attribute(named: "lang", value: esc(layout.lang)),
            .head(
                .meta(.attribute(named: "charset", value: "utf-8")),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: layout.title + " — " + layout.siteName),
                .link(.rel(.stylesheet), .href("/css/portal.css"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(s.text("layout.skip_to_content"))),
                .header(.class("site-header"),
                    .div(.class("container header-row"),
                        .a(.class("brand"), .href("/"), .text(layout.siteName)),
                        .nav(.class("lang-switch"), attribute("aria-label", s.text("layout.language_menu")),
                            .ul(languageItems(layout)))
                    ),
                    .div(.class("container header-row"),
                        .nav(.class("main-nav"), attribute("aria-label", s.text("layout.main_menu")),
                            .ul(.forEach(layout.navigation) { link in
                                .li(.a(.href(esc(link.path)), .if(link.current, attribute("aria-current", "page")), .text(link.label)))
                            })),
                        account(layout, s)
                    )
                ),
                .main(.id("main"), .class("container"), .attribute(named: "tabindex", value: "-1"),
                    .unwrap(layout.flash) { flash in .div(.class("notice"), attribute("role", "status"), .p(.text(flash))) },
                    main),
                .footer(.class("site-footer"),
                    .div(.class("container"),
                        .p(.text(s.text("layout.footer"))),
                        .ul(.class("footer-links"),
                            .li(.a(.href("/agencies"), .text(s.text("nav.agencies")))),
                            .li(.a(.href("/api/openapi.json"), .text(s.text("layout.api")))))))
            )
        )
        return document.render()
    }

    static func languageItems(_ layout: LayoutContext) -> Plot.Node<Plot.HTML.ListContext> {
        if let csrf = layout.csrf {
            return .forEach(layout.languages) { option in
                .li(.form(.method(.post), .action("/language"),
                    .input(.type(.hidden), .name("_csrf"), .value(esc(csrf))),
                    .input(.type(.hidden), .name("lang"), .value(esc(option.code))),
                    .input(.type(.hidden), .name("returnTo"), .value(esc(layout.returnTo))),
                    .button(.type(.submit), attribute("lang", option.code), .if(option.current, attribute("aria-current", "true")), .text(option.label))))
            }
        }
        return .forEach(layout.languages) { option in
            .li(.a(.href(esc("/language/\(option.code)?returnTo=\(layout.returnToEncoded)")), attribute("lang", option.code),
                   attribute("hreflang", option.code), .if(option.current, attribute("aria-current", "true")), .text(option.label)))
        }
    }

    static func account(_ layout: LayoutContext, _ s: ViewStrings) -> Body {
        guard let user = layout.user else {
            return .div(.class("account"), .a(.href("/signin"), .text(s.text("layout.sign_in"))), .text(" "),
                        .a(.href("/register"), .text(s.text("layout.register"))))
        }
        return .div(.class("account"),
            .span(.class("account-name"), .text(user.name), .unwrap(user.actingFor) { .text(" — " + s.text("layout.acting_for", [$0])) }),
            .if(user.hasCompanies, .form(.method(.post), .action("/acting-as"), .class("inline-form"),
                .input(.type(.hidden), .name("_csrf"), .value(esc(layout.csrf ?? ""))),
                .input(.type(.hidden), .name("returnTo"), .value(esc(layout.returnTo))),
                .label(.attribute(named: "for", value: "acting-as"), .text(s.text("layout.act_as"))),
                .element(named: "select", nodes: [
                    .id("acting-as"), attribute("name", "company"),
                    .element(named: "option", nodes: [attribute("value", "self"), .text(s.text("layout.act_as_self"))]),
                    .forEach(user.companies) { company in
                        .element(named: "option", nodes: [attribute("value", company.id.uuidString), .if(company.name == user.actingFor, .attribute(named: "selected")),
                                                          .text(company.name)])
                    },
                ]),
                .button(.type(.submit), .class("button-secondary"), .text(s.text("layout.switch"))))),
            .form(.method(.post), .action("/signout"), .class("inline-form"),
                .input(.type(.hidden), .name("_csrf"), .value(esc(layout.csrf ?? ""))),
                .button(.type(.submit), .class("button-secondary"), .text(s.text("layout.sign_out")))))
    }

    /// `<option>`s (Plot's `.option` is a self-closed element with a `label` attribute, not what browsers
    /// and our tests expect, so options are written as named elements).
    public static func options(_ choices: [Choice], selected: String?, any: String?, _ s: ViewStrings) -> [Body] {
        var nodes: [Body] = []
        if let any { nodes.append(.element(named: "option", nodes: [attribute("value", ""), .text(any)])) }
        for choice in choices {
            nodes.append(.element(named: "option", nodes: [attribute("value", choice.value), .if(choice.value == selected, .attribute(named: "selected")),
                                                           .text(choice.label.resolved(s))]))
        }
        return nodes
    }
}


extension Request {
    /// The candidates' selector while both are measured (docs/adr/0008): `X-Renderer: dsl | plot`.
    public var renderer: String? { headers.first(name: "X-Renderer") }

    public var viewStrings: ViewStrings { ViewStrings(portal.localizer, language) }

    /// CANDIDATE (b): a Plot page inside the Plot layout.
    public func renderPlot(_ main: PlotViews.Body, titleKey: String, titleArguments: [String] = [], forms: Bool = true) -> Response {
        let layout = layoutContext(title: portal.localizer.text(titleKey, language, titleArguments), needsCSRF: forms || principal != nil)
        let response = Response(status: .ok, body: .init(string: PlotViews.page(layout, strings: viewStrings, main: main)))
        response.headers.replaceOrAdd(name: .contentType, value: "text/html; charset=utf-8")
        if storage[FlashKey.self] != nil {
            response.cookies[portal.config.flashCookieName] = portal.cookie("", maxAge: 0)
        }
        return response
    }
}
