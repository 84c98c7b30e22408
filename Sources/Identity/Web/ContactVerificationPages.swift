import PortalHTTP

/// Contact verification: the e-mail's link (`/contact/verify/:token`, a page with a button, so a mail
/// scanner that follows links verifies nothing), and from the cabinet the phone's code and "send again".
struct ContactVerificationPages {
    struct ResendForm: Content { var contact: String? }
    struct PhoneCodeForm: Content { var code: String? }

    func register(web: any RoutesBuilder, signedIn: any RoutesBuilder) {
        web.get("contact", "verify", ":token", use: emailLink)
        web.post("contact", "verify", ":token", use: confirmEmail)
        signedIn.post("cabinet", "contact", "resend", use: resend)
        signedIn.post("cabinet", "contact", "phone", use: confirmPhone)
    }

    @Sendable func emailLink(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        return try req.render(ConfirmEmailPage(token: token), titleKey: "contact.verify.title")
    }

    @Sendable func confirmEmail(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        switch try await VerifyContact.confirmEmail(token: token, app: req.application, ip: req.clientIP) {
        case .verified: return try req.render(ContactVerifiedPage(), titleKey: "contact.verified.title")
        case .refused: return try req.render(ContactLinkDeadPage(), titleKey: "contact.verify.dead.title", status: .gone)
        }
    }

    @Sendable func resend(req: Request) async throws -> Response {
        guard let contact = try req.content.decode(ResendForm.self).contact.flatMap(VerifyContact.Contact.init(rawValue:)) else {
            throw Abort(.badRequest)
        }
        switch try await VerifyContact.resend(contact, account: try req.signedInAccount()) {
        case .sent: return req.redirect(to: "/cabinet/contact", flash: "flash.contact.verification_sent")
        case .alreadyVerified: return req.redirect(to: "/cabinet/contact", flash: "flash.contact.already_verified")
        case .throttled(let seconds):
            // Back to the page with the reason (a 429 would leave a browser without JavaScript on a blank answer).
            let response = req.redirect(to: "/cabinet/contact", flash: "flash.contact.resend_throttled")
            response.headers.replaceOrAdd(name: "Retry-After", value: String(seconds))
            return response
        }
    }

    @Sendable func confirmPhone(req: Request) async throws -> Response {
        let code = (try req.content.decode(PhoneCodeForm.self).code ?? "").trimmingCharacters(in: .whitespaces)
        let user = try req.currentUser()
        var errors = FormErrors()
        if code.isEmpty {
            errors.add("code", req.t("verify.code.required"))
        } else if try await VerifyContact.confirmPhone(code: code, account: try req.signedInAccount()) == .verified {
            return req.redirect(to: "/cabinet/contact", flash: "flash.contact.phone_verified")
        } else {
            errors.add("code", req.t("reset.code.refused"))
        }
        return try req.render(ContactPage(user: user, errors: errors), titleKey: "contact.title", status: .unprocessableEntity)
    }
}

/// `/contact/verify/:token`: one button confirms the address.
struct ConfirmEmailPage: Sendable {
    var token: String
}

extension ConfirmEmailPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("contact.verify.heading") }
        p { t("contact.verify.lead") }
        PostForm(action: "/contact/verify/\(token)") {
            Button(t("contact.verify.submit"))
        }
    }
}

struct ContactVerifiedPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("contact.verified.heading") }
        p { t("contact.verified.lead") }
        p { a(.href("/cabinet/contact")) { t("contact.verified.back") } }
    }
}

struct ContactLinkDeadPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("contact.verify.dead.heading") }
        p { t("contact.verify.dead.lead") }
        p { a(.href("/cabinet/contact")) { t("contact.verified.back") } }
    }
}

/// Under the contact form: whether each contact is verified, with "send again" and the phone's code.
struct ContactVerificationStatus: HTMLView {
    var emailVerified: Bool
    var hasPhone: Bool
    var phoneVerified: Bool
    var errors: FormErrors

    var body: some HTMLContent {
        h2 { t("contact.status.heading") }
        SummaryList {
            SummaryRow(t("profile.email")) {
                if emailVerified { t("contact.status.verified") } else { t("contact.status.unverified") }
            }
            if hasPhone {
                SummaryRow(t("profile.phone")) {
                    if phoneVerified { t("contact.status.verified") } else { t("contact.status.unverified") }
                }
            }
        }
        if !emailVerified {
            p { t("contact.status.email_hint") }
            PostForm(action: "/cabinet/contact/resend") {
                HiddenField("contact", "email")
                Button(t("contact.resend.email"), style: .secondary)
            }
        }
        if hasPhone && !phoneVerified {
            PostForm(action: "/cabinet/contact/phone", novalidate: true) {
                FormField.text("code", label: t("contact.phone_code.label"), hint: t("verify.code.hint"), value: "", error: errors["code"],
                               .inputmode("numeric"), .autocomplete("one-time-code"), .class("input-short"))
                Button(t("contact.phone_code.submit"))
            }
            PostForm(action: "/cabinet/contact/resend") {
                HiddenField("contact", "phone")
                Button(t("contact.resend.phone"), style: .secondary)
            }
        }
    }
}
