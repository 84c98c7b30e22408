import PortalHTTP

/// `/cabinet/security`: password, authenticator app, recovery codes and the open sessions.
struct SecurityPage: Sendable {
    struct Session: Sendable {
        var id: String
        var started: String
        var lastSeen: String
        var ip: String?
        var device: String?
        /// The session this page was asked for in.
        var current: Bool
    }

    var totpEnabled: Bool
    /// Officials keep their second factor: no button to turn it off.
    var isOfficial: Bool
    var recoveryCodesLeft: Int
    var passwordChanged: String?
    var sessions: [Session]
}

extension SecurityPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("security.heading") }
        h2 { t("security.password") }
        p { if let passwordChanged { t("security.password.changed", passwordChanged) } }
        p { ButtonLink(href: "/cabinet/security/password", label: t("security.password.change")) }
        h2 { t("security.totp") }
        if totpEnabled {
            p { t("security.totp.on") }
            p { t("security.recovery.left", String(recoveryCodesLeft)) }
            PostForm(action: "/cabinet/security/recovery-codes", class: "inline-form") {
                Button(t("security.recovery.regenerate"), style: .secondary)
            }
            if isOfficial {
                p(.class("hint")) { t("security.totp.required_for_officials") }
            } else {
                PostForm(action: "/cabinet/security/totp/disable", class: "inline-form") {
                    Button(t("security.totp.disable"), style: .warning)
                }
            }
        } else {
            p { t("security.totp.off") }
            p { ButtonLink(href: "/cabinet/security/totp", label: t("security.totp.enable")) }
        }
        h2(.id("sessions")) { t("security.sessions") }
        Table(caption: t("security.sessions"),
              columns: [.init(t("security.sessions.started")), .init(t("security.sessions.last_seen")), .init(t("security.sessions.device")),
                        .init(t("table.actions"), hidden: true)],
              rows: sessions) { session in
            td { session.started }
            td { session.lastSeen }
            td { session.ip; br(); span(.class("muted")) { session.device } }
            td {
                if session.current {
                    StatusTag(t("security.sessions.current"), tone: .emphasis)
                } else {
                    PostForm(action: "/cabinet/sessions/\(session.id)/revoke", class: "inline-form") {
                        Button(t("security.sessions.end"), style: .secondary)
                    }
                }
            }
        }
        p(.class("hint"), .id("end-others-hint")) { t("security.sessions.end_others_hint") }
        PostForm(action: "/cabinet/sessions/revoke-others") {
            button(.type("submit"), .class("button-warning"), .ariaDescribedBy("end-others-hint")) { t("security.sessions.end_others") }
        }
        BackToCabinet()
    }
}

/// `/cabinet/security/password`: a new password (after the current one again).
struct PasswordPage: Sendable {
    var errors = FormErrors()
}

extension PasswordPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("password.heading") }
        ErrorSummary(errors)
        PostForm(action: "/cabinet/security/password", novalidate: true) {
            NewPasswordFields(label: t("password.new.label"), errors: errors)
            p(.class("hint")) { t("password.other_sessions_end") }
            Button(t("password.submit"))
        }
    }
}

/// `/cabinet/security/totp`: the new secret as a link and as text, and the first code to prove it works.
struct TOTPSetupPage: Sendable {
    /// Base32, as the app takes it.
    var secret: String
    /// The same in groups of four, for reading.
    var secretGrouped: String
    /// `otpauth://` provisioning URI.
    var uri: String
    /// The signed secret, sent back with the code.
    var state: String
    /// The office sent the official here: it needs the second factor.
    var reasonOffice: Bool
    var errors = FormErrors()
}

extension TOTPSetupPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("totp.heading") }
        ErrorSummary(errors)
        if reasonOffice { Notice(announced: false) { p { t("totp.office_requires") } } }
        ol(.class("steps")) {
            li { t("totp.step.install") }
            li {
                t("totp.step.add"); " "; a(.href(uri)) { t("totp.step.open_link") }
                p { t("totp.step.key") }
                p(.class("secret"), .id("totp-secret"), .custom("data-secret", secret)) { code { secretGrouped } }
            }
            li { t("totp.step.enter") }
        }
        PostForm(action: "/cabinet/security/totp", novalidate: true) {
            HiddenField("state", state)
            OneTimeCodeField(hint: nil, error: errors["code"])
            Button(t("totp.submit"))
        }
    }
}

/// The recovery codes, shown once (after turning the app on or asking for new ones).
struct RecoveryCodesPage: Sendable {
    var codes: [String]
}

extension RecoveryCodesPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("recovery.heading") }
        Notice { p { t("recovery.lead") } }
        ul(.class("codes"), .id("recovery-codes")) {
            for recoveryCode in codes { li { code { recoveryCode } } }
        }
        p { ButtonLink(href: "/cabinet/security", label: t("recovery.done")) }
    }
}

/// `/account/confirm-password`: the password again (and the code, for an account with the app) before
/// a sensitive change; then back to `next`.
struct ConfirmPasswordPage: Sendable {
    var next: String
    var askCode: Bool
    var errors = FormErrors()
}

extension ConfirmPasswordPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("confirm.heading") }
        ErrorSummary(errors)
        p { t("confirm.lead") }
        PostForm(action: "/account/confirm-password", novalidate: true) {
            HiddenField("next", next)
            FormField.text("password", label: t("signin.password.label"), value: nil, error: errors["password"], type: "password",
                           .autocomplete("current-password"))
            if askCode { OneTimeCodeField(hint: t("confirm.code.hint"), error: errors["code"]) }
            Button(t("confirm.submit"))
        }
    }
}
