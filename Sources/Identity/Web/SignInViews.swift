import PortalHTTP

/// `/signin`: FIN or e-mail and password.
struct SignInPage: Sendable {
    var identifier = ""
    /// Where to go after signing in (a local path, checked by the controller), or "".
    var next: String
    var errors = FormErrors()
}

extension SignInPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("signin.heading") }
        ErrorSummary(errors)
        PostForm(action: "/signin", novalidate: true) {
            HiddenField("next", next)
            FormField.text("identifier", label: t("signin.identifier.label"), hint: t("signin.identifier.hint"), value: identifier,
                           error: errors["identifier"], .autocomplete("username"), .custom("spellcheck", "false"),
                           .custom("autocapitalize", "characters"))
            FormField.text("password", label: t("signin.password.label"), value: nil, error: errors["password"], type: "password",
                           .autocomplete("current-password"))
            Button(t("signin.submit"))
        }
        p { a(.href("/signin/forgot")) { t("signin.forgot") } }
        p { t("signin.no_account"); " "; a(.href("/register")) { t("layout.register") } }
    }
}

/// `/signin/verify`: the authenticator app's code (or a recovery code) after the password.
struct VerifyPage: Sendable {
    var next: String
    var errors = FormErrors()
}

extension VerifyPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("verify.heading") }
        ErrorSummary(errors)
        p { t("verify.lead") }
        PostForm(action: "/signin/verify", novalidate: true) {
            HiddenField("next", next)
            OneTimeCodeField(hint: t("verify.code.hint"), error: errors["code"])
            Button(t("verify.submit"))
        }
    }
}

/// The code from the authenticator app: sign-in, setting the app up, confirming a sensitive change.
struct OneTimeCodeField: HTMLView {
    var hint: Localized?
    var error: String?

    var body: some HTMLContent {
        FormField.text("code", label: t("verify.code.label"), hint: hint, value: "", error: error,
                       .inputmode("numeric"), .autocomplete("one-time-code"), .class("input-short"))
    }
}

/// A new password twice (registration, an official's activation, a change in the cabinet).
struct NewPasswordFields: HTMLView {
    var label: Localized
    var errors: FormErrors

    var body: some HTMLContent {
        FormField.text("password", label: label, hint: t("password.hint"), value: nil, error: errors["password"], type: "password",
                       .autocomplete("new-password"))
        FormField.text("passwordConfirmation", label: t("register.password_confirmation.label"), value: nil,
                       error: errors["passwordConfirmation"], type: "password", .autocomplete("new-password"))
    }
}
