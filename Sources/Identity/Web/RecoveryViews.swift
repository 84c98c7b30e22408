import PortalHTTP

/// `/signin/forgot`: the FIN or e-mail, and whether to receive a link by e-mail or a code by SMS.
struct ForgotPasswordPage: Sendable {
    var identifier = ""
    var channel = ""
    var errors = FormErrors()
}

extension ForgotPasswordPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("forgot.heading") }
        ErrorSummary(errors)
        p { t("forgot.lead") }
        PostForm(action: "/signin/forgot", novalidate: true) {
            FormField.text("identifier", label: t("signin.identifier.label"), hint: t("signin.identifier.hint"), value: identifier,
                           error: errors["identifier"], .autocomplete("username"), .custom("spellcheck", "false"),
                           .custom("autocapitalize", "characters"))
            FormField.radios("channel", legend: t("forgot.channel.legend"), hint: t("forgot.channel.hint"),
                             choices: [Choice(value: "email", label: t("forgot.channel.email")),
                                       Choice(value: "phone", label: t("forgot.channel.phone"))],
                             selected: channel.isEmpty ? "email" : channel, error: errors["channel"])
            Button(t("forgot.submit"))
        }
        p { a(.href("/signin")) { t("forgot.back") } }
    }
}

/// The answer to an e-mail request, the same whether or not the account exists.
struct ResetLinkSentPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reset.sent.heading") }
        p { t("reset.sent.lead") }
        p { t("reset.sent.spam") }
        p { a(.href("/signin/forgot")) { t("reset.again") } }
    }
}

/// The answer to a phone request: where to type the code (the same whether or not the account exists).
struct ResetCodePage: Sendable {
    var state: String
    var errors = FormErrors()
}

extension ResetCodePage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reset.code.heading") }
        ErrorSummary(errors)
        p { t("reset.code.lead") }
        PostForm(action: "/signin/reset/code", novalidate: true) {
            HiddenField("state", state)
            FormField.text("code", label: t("reset.code.label"), hint: t("verify.code.hint"), value: "", error: errors["code"],
                           .inputmode("numeric"), .autocomplete("one-time-code"), .class("input-short"))
            Button(t("verify.submit"))
        }
        p { a(.href("/signin/forgot")) { t("reset.again") } }
    }
}

/// `/signin/reset/:token`: the new password (and an official's second factor).
struct ResetPasswordPage: Sendable {
    var token: String
    var needsSecondFactor: Bool
    var errors = FormErrors()
}

extension ResetPasswordPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reset.heading") }
        ErrorSummary(errors)
        p { t("reset.lead") }
        PostForm(action: "/signin/reset/\(token)", novalidate: true) {
            NewPasswordFields(label: t("password.new.label"), errors: errors)
            if needsSecondFactor {
                OneTimeCodeField(hint: t("reset.official.code_hint"), error: errors["code"])
            }
            Button(t("reset.submit"))
        }
    }
}

struct ResetLinkDeadPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reset.dead.heading") }
        p { t("reset.dead.lead") }
        p { a(.href("/signin/forgot")) { t("reset.again") } }
    }
}

/// An official with no second factor set up cannot reset by e-mail or phone alone.
struct ResetOfficialPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("reset.official.heading") }
        p { t("reset.official.lead") }
    }
}
