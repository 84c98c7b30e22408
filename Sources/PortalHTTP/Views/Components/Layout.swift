/// `<!doctype html>`.
public struct DocumentType: HTMLContent {
    @inlinable public init() {}
    @inlinable public func write(to writer: inout HTMLWriter) { writer.writeMarkup("<!doctype html>\n") }
}

/// The frame of every page: skip link, header (emblem and site name; a menu with the navigation, the
/// account and the language switch),
/// the flash notice, the page's own content in `<main id="main">`, footer.
/// The only layout: pages still written in Leaf (`req.renderPage`) are put inside it too.
public struct Layout<Content: HTMLContent>: HTMLView {
    public let context: LayoutContext
    public let content: Content

    public init(_ context: LayoutContext, content: Content) {
        self.context = context
        self.content = content
    }

    public var body: some HTMLContent {
        DocumentType()
        html(.lang(context.lang)) {
            head {
                meta(.charset("utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                title { context.title; " — "; context.siteName }
                link(.rel("stylesheet"), .href("/css/portal.css"))
                for element in context.head {
                    switch element {
                    case .property(let name, let content): meta(.custom("property", name), .content(content))
                    case .link(let rel, let href, let type, let title, let hreflang):
                        link(.rel(rel), .href(href), .type(type), .custom("title", title), .hreflang(hreflang))
                    }
                }
            }
            body {
                a(.class("skip-link"), .href("#main")) { t("layout.skip_to_content") }
                SiteHeader(context: context)
                main(.id("main"), .class("container"), .tabindex(-1)) {
                    FlashNotice(message: context.flash)
                    content
                }
                footer(.class("site-footer")) {
                    div(.class("container")) {
                        p { t("layout.footer") }
                        ul(.class("footer-links")) {
                            li { a(.href("/agencies")) { t("nav.agencies") } }
                            li { a(.href("/r")) { t("layout.districts") } }
                            li { a(.href("/accountability")) { t("layout.accountability") } }
                            li { a(.href("/api/openapi.json")) { t("layout.api") } }
                        }
                    }
                }
            }
        }
    }
}

/// The header: the emblem and site name, then one disclosure menu (`<details>`, no script) holding the
/// navigation grouped for citizens and for the office, the signed-in person and the language switch.
/// On small screens only the bar and the "Menu" button show; on wide screens the stylesheet shows the
/// menu's content in place (`::details-content`) and hides the button.
struct SiteHeader: HTMLView {
    let context: LayoutContext

    var citizenLinks: [NavigationLink] { context.navigation.filter { $0.audience != .office } }
    var officeLinks: [NavigationLink] { context.navigation.filter { $0.audience == .office } }

    var body: some HTMLContent {
        header(.class("site-header")) {
            div(.class("container header-bar")) {
                a(.class("brand"), .href("/")) {
                    img(.class("emblem"), .src("/img/emblem.svg"), .alt(""), .width(40), .height(40))
                    span(.class("brand-name")) { context.siteName }
                }
                details(.class("site-menu")) {
                    summary(.class("menu-button")) { t("layout.menu") }
                    div(.class("menu-panel")) {
                        NavigationGroup(label: t("layout.main_menu"), links: citizenLinks, modifier: "nav-citizen")
                        if !officeLinks.isEmpty {
                            NavigationGroup(label: t("layout.office_menu"), links: officeLinks, modifier: "nav-office")
                        }
                        div(.class("menu-tools")) {
                            AccountArea(context: context)
                            LanguageSwitch(context: context)
                        }
                    }
                }
            }
        }
    }
}

/// One group of header links (citizen or office), its own landmark with a distinct name.
struct NavigationGroup: HTMLView {
    let label: Localized
    let links: [NavigationLink]
    let modifier: String

    var body: some HTMLContent {
        nav(.class("main-nav \(modifier)"), .ariaLabel(label)) {
            span(.class("nav-group-title"), .ariaHidden(true)) { label }
            ul {
                for link in links {
                    li {
                        a(.href(link.path), .ariaCurrent("page", when: link.current)) {
                            link.label
                            if let badge = link.badge { " "; span(.class("nav-badge")) { t("layout.unread_badge", String(badge)) } }
                        }
                    }
                }
            }
        }
    }
}

/// az · en · ru: a POST form per language when the page has a CSRF token (the choice is saved for a
/// signed-in person), plain links on reading pages for visitors (no token, no cookie, cacheable).
public struct LanguageSwitch: HTMLView {
    public let context: LayoutContext

    public var body: some HTMLContent {
        nav(.class("lang-switch"), .ariaLabel(t("layout.language_menu"))) {
            ul {
                if let csrf = context.csrf {
                    for option in context.languages {
                        li {
                            form(.method("post"), .action("/language")) {
                                input(.type("hidden"), .name("_csrf"), .value(csrf))
                                input(.type("hidden"), .name("lang"), .value(option.code))
                                input(.type("hidden"), .name("returnTo"), .value(context.returnTo))
                                button(.type("submit"), .lang(option.code), .ariaCurrent("true", when: option.current)) { option.label }
                            }
                        }
                    }
                } else {
                    for option in context.languages {
                        li {
                            a(.href("/language/\(option.code)?returnTo=\(context.returnToEncoded)"), .lang(option.code), .hreflang(option.code),
                              .ariaCurrent("true", when: option.current)) { option.label }
                        }
                    }
                }
            }
        }
    }
}

/// The signed-in person's name, acting-as switch and sign-out; or the sign-in and register links.
struct AccountArea: HTMLView {
    let context: LayoutContext

    var body: some HTMLContent {
        div(.class("account")) {
            if let user = context.user {
                span(.class("account-name")) {
                    user.name
                    if let company = user.actingFor { " — "; t("layout.acting_for", company) }
                }
                if user.hasCompanies {
                    form(.method("post"), .action("/acting-as"), .class("inline-form")) {
                        input(.type("hidden"), .name("_csrf"), .value(context.csrf))
                        input(.type("hidden"), .name("returnTo"), .value(context.returnTo))
                        label(.for("acting-as")) { t("layout.act_as") }
                        select(.id("acting-as"), .name("company")) {
                            option(.value("self")) { t("layout.act_as_self") }
                            for company in user.companies {
                                option(.value(company.id.uuidString), .selected(company.name == user.actingFor)) { company.name }
                            }
                        }
                        button(.type("submit"), .class("button-secondary")) { t("layout.switch") }
                    }
                }
                form(.method("post"), .action("/signout"), .class("inline-form")) {
                    input(.type("hidden"), .name("_csrf"), .value(context.csrf))
                    button(.type("submit"), .class("button-secondary")) { t("layout.sign_out") }
                }
            } else {
                a(.href("/signin")) { t("layout.sign_in") }
                " "
                a(.href("/register")) { t("layout.register") }
            }
        }
    }
}

/// The one-time message the previous response left (`req.redirect(to:flash:)`).
struct FlashNotice: HTMLView {
    let message: String?

    var body: some HTMLContent {
        if let message {
            div(.class("notice"), .role("status")) { p { message } }
        }
    }
}
