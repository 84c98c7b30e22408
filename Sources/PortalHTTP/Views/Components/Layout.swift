/// `<!doctype html>`.
public struct DocumentType: HTMLContent {
    @inlinable public init() {}
    @inlinable public func write(to writer: inout HTMLWriter) { writer.writeMarkup("<!doctype html>\n") }
}

/// The frame of every page: skip link, header (site name, language switch, navigation, account),
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
            }
            body {
                a(.class("skip-link"), .href("#main")) { t("layout.skip_to_content") }
                header(.class("site-header")) {
                    div(.class("container header-row")) {
                        a(.class("brand"), .href("/")) { context.siteName }
                        LanguageSwitch(context: context)
                    }
                    div(.class("container header-row")) {
                        nav(.class("main-nav"), .ariaLabel(t("layout.main_menu"))) {
                            ul {
                                for link in context.navigation {
                                    li { a(.href(link.path), .ariaCurrent("page", when: link.current)) { link.label } }
                                }
                            }
                        }
                        AccountArea(context: context)
                    }
                }
                main(.id("main"), .class("container"), .tabindex(-1)) {
                    FlashNotice(message: context.flash)
                    content
                }
                footer(.class("site-footer")) {
                    div(.class("container")) {
                        p { t("layout.footer") }
                        ul(.class("footer-links")) {
                            li { a(.href("/agencies")) { t("nav.agencies") } }
                            li { a(.href("/api/openapi.json")) { t("layout.api") } }
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
