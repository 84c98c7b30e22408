import PortalHTTP

/// `/register`, step one: FIN and ID card, matched with the population register.
struct RegisterPage: Sendable {
    var fin = ""
    var idCard = ""
    var errors = FormErrors()
}

extension RegisterPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("register.heading") }
        ErrorSummary(errors)
        p { t("register.lead") }
        PostForm(action: "/register", novalidate: true) {
            FormField.text("fin", label: t("register.fin.label"), hint: t("register.fin.hint"), value: fin, error: errors["fin"],
                           .class("input-short"), .autocomplete("off"), .custom("spellcheck", "false"), .custom("autocapitalize", "characters"))
            FormField.text("idCard", label: t("register.id_card.label"), hint: t("register.id_card.hint"), value: idCard, error: errors["idCard"],
                           .class("input-medium"), .autocomplete("off"), .custom("spellcheck", "false"), .custom("autocapitalize", "characters"))
            Button(t("register.continue"))
        }
        p { t("register.have_account"); " "; a(.href("/signin")) { t("layout.sign_in") } }
    }
}

/// `/register` step two: the register's name for the person to recognise, then contact details and a
/// password. `state` is the signed result of step one.
struct RegisterDetailsPage: Sendable {
    var fullName: String
    var birthDate: String
    var fin: String
    var state: String
    var phone = ""
    var email = ""
    var errors = FormErrors()
}

extension RegisterDetailsPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("register.details.heading") }
        ErrorSummary(errors)
        p { t("register.details.lead") }
        SummaryList {
            SummaryRow(t("profile.name")) { fullName }
            SummaryRow(t("profile.birth_date")) { birthDate }
            SummaryRow(t("profile.fin")) { fin }
        }
        p(.class("hint")) { t("register.details.not_you") }
        PostForm(action: "/register/details", novalidate: true) {
            HiddenField("state", state)
            ContactFields(phone: phone, email: email, errors: errors, spellcheckEmail: false)
            NewPasswordFields(label: t("register.password.label"), errors: errors)
            Button(t("register.create"))
        }
    }
}

/// Phone and e-mail (registration and the cabinet's contact page).
struct ContactFields: HTMLView {
    var phone: String
    var email: String
    var errors: FormErrors
    /// Registration turns the browser's spell check off on the e-mail address.
    var spellcheckEmail: Bool

    var body: some HTMLContent {
        FormField.text("phone", label: t("register.phone.label"), hint: t("register.phone.hint"), value: phone, error: errors["phone"],
                       type: "tel", .autocomplete("tel"), .class("input-medium"))
        FormField.text("email", label: t("register.email.label"), value: email, error: errors["email"], type: "email",
                       .autocomplete("email"), .custom("spellcheck", spellcheckEmail ? nil : "false"))
    }
}

/// `/activate/:token`: an appointed official chooses a password.
struct ActivatePage: Sendable {
    var name: String
    var token: String
    var errors = FormErrors()
}

extension ActivatePage: HTMLView {
    var body: some HTMLContent {
        h1 { t("activate.heading", name) }
        ErrorSummary(errors)
        p { t("activate.lead") }
        PostForm(action: "/activate/\(token)", novalidate: true) {
            NewPasswordFields(label: t("password.new.label"), errors: errors)
            Button(t("activate.submit"))
        }
    }
}
