import PortalHTTP

/// `/cabinet/tokens`: personal access tokens for the JSON API; a new one is shown once.
struct TokensPage: Sendable {
    struct Token: Sendable {
        var id: String
        var name: String
        /// The token's first characters, to recognise it.
        var prefix: String
        var scopes: String
        var expires: String
        var lastUsed: String?
        /// Neither revoked nor expired.
        var active: Bool
    }

    var tokens: [Token]
    /// The scopes this person may give a token (`tokens.scope.<scope>`), and those ticked.
    var offered: [String]
    var chosen: [String]
    /// The lifetimes in days to choose from, and the one chosen.
    var lifetimes: [Int]
    var lifetime: Int
    /// The token just made, shown this once.
    var created: String?
    var name = ""
    var errors = FormErrors()
}

extension TokensPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("tokens.heading") }
        ErrorSummary(errors)
        p { t("tokens.lead") }
        if let created {
            Notice {
                p { t("tokens.created") }
                p { code(.id("new-token")) { created } }
            }
        }
        Table(caption: t("tokens.heading"),
              columns: [.init(t("tokens.name.label")), .init(t("tokens.scopes")), .init(t("tokens.expires")), .init(t("tokens.last_used")),
                        .init(t("table.actions"), hidden: true)],
              rows: tokens) { token in
            td { token.name; br(); code(.class("muted")) { token.prefix; "…" } }
            td { token.scopes }
            td { token.expires }
            td { token.lastUsed ?? "—" }
            td {
                if token.active {
                    PostForm(action: "/cabinet/tokens/\(token.id)/revoke", class: "inline-form") { Button(t("tokens.revoke"), style: .secondary) }
                } else {
                    t("tokens.inactive")
                }
            }
        }
        h2 { t("tokens.new") }
        PostForm(action: "/cabinet/tokens", novalidate: true) {
            FormField.text("name", label: t("tokens.name.label"), value: name, error: errors["name"])
            FieldGroup(.checkboxes("scopes", legend: t("tokens.scopes"), choices: [], selected: [], error: errors["scopes"])) {
                for (index, scope) in offered.enumerated() {
                    Checkbox("scope-\(index)", name: "scopes[]", value: scope, label: t(dynamic: "tokens.scope.\(scope)"),
                             checked: chosen.contains(scope))
                }
            }
            FormField.select("days-select", name: "days", label: t("tokens.lifetime"),
                             choices: lifetimes.map { Choice(value: String($0), label: t("tokens.days", String($0))) },
                             selected: String(lifetime), error: errors["days"], wrapperID: "days")
            Button(t("tokens.create"))
        }
    }
}
