import Foundation
import PortalHTTP
import VaporTesting

/// Identity: signing in, registering, the cabinet (security, sessions, companies, tokens), the office's
/// officials and role changes, `/api/v1/me`.
enum IdentityRows {
    static var rows: [Row] { publicRows + cabinetRows + companyRows + tokenRows + IdentityOfficeRows.rows }

    static func email(_ actor: Actor) -> String {
        actor == .platformAdmin ? "admin@example.az" : MatrixCast.fins[actor]!.lowercased() + "@example.az"
    }

    /// Signing in and registering take no one's object: the answer depends on the input only.
    static var publicRows: [Row] {
        let signedInElsewhere = Dictionary<Actor, Expect>.all(.see("/cabinet")).with([.anonymous], .ok)
        // Someone already signed in is sent to their start: officials to the office page, citizens to the cabinet.
        let signedInStart = signedInElsewhere.with(Actor.agencyY + [.otherAgency, .registryEditor, .platformAdmin], .see("/office"))
        return [
            Row(method: .GET, route: "/signin", expect: signedInStart),
            // A's own credentials, typed by whoever holds the browser: A is signed in (a browser of its own).
            Row(method: .POST, route: "/signin", expect: .all(.see("/cabinet")), session: .fresh,
                call: { _ in Call("/signin", form: [("identifier", MatrixCast.fins[.citizenA]!), ("password", MatrixCast.password)]) }),
            // No sign-in waits for a code in these sessions.
            Row(method: .GET, route: "/signin/verify", expect: .all(.see("/signin"))),
            Row(method: .POST, route: "/signin/verify", expect: .all(.see("/signin", flash: "flash.sign_in_expired")),
                call: { _ in Call("/signin/verify", form: [("code", "123456")]) }),
            Row(method: .POST, route: "/signout", expect: .all(.see("/", flash: "flash.signed_out")), session: .fresh),
            Row(method: .GET, route: "/register", expect: signedInElsewhere),
            // Step one: a FIN and ID card of someone without an account; the register answers anyone the same.
            Row(method: .POST, route: "/register", expect: .all(.ok), call: { context in
                let fin = try await context.world.shared("a person to register") { try await context.world.newcomer(account: false) }
                let card = try await context.world.idCard(of: fin)
                return Call("/register", form: [("fin", fin), ("idCard", card)])
            }),
            Row(method: .POST, route: "/register/details",
                expect: .all(.anyAnswer("step two takes only the signed result of step one; who asks does not change it")),
                call: { _ in Call("/register/details", form: [("state", "forged")]) }),
            Row(method: .POST, route: "/language", expect: .all(.see("/cabinet")), session: .fresh,
                call: { _ in Call("/language", form: [("lang", "en"), ("returnTo", "/cabinet")]) }),
            Row(method: .GET, route: "/language/:code", object: .publicObject("the English language"), expect: .all(.see("/")),
                call: { _ in Call("/language/en") }),
            // A new official's activation link is the credential: whoever opens it sees the form.
            Row(method: .GET, route: "/activate/:token", object: .owned("a new official of agency Y in R (invited)"), expect: .all(.ok),
                call: { context in Call("/activate/\(try await context.world.invitation(fresh: false))") }),
            Row(method: .POST, route: "/activate/:token", object: .owned("a new official of agency Y in R (invited)"),
                expect: .all(.see("/signin?next=/office", flash: "flash.activated")), consumes: true, call: { context in
                    Call("/activate/\(try await context.world.invitation(fresh: context.fresh))",
                         form: [("password", "a new official's password"), ("passwordConfirmation", "a new official's password")])
                }),
            Row(method: .GET, route: "/activate/:token", object: .missing("a link that was never issued"), expect: .all(.notFound),
                call: { _ in Call("/activate/not-a-token") }),
        ] + recoveryRows
    }

    /// A forgotten password and an e-mail's verification link: the link or code is the credential, so
    /// the answer depends on it, never on who holds the browser.
    static var recoveryRows: [Row] {
        [
            Row(method: .GET, route: "/signin/forgot", expect: .all(.ok)),
            // Every actor asks for a different (unknown) address: the same page for all, counted per client address.
            Row(method: .POST, route: "/signin/forgot", expect: .all(.ok), call: { context in
                Call("/signin/forgot", form: [("identifier", "nobody-\(context.actor)@example.az".lowercased()), ("channel", "email")])
            }),
            Row(method: .POST, route: "/signin/reset/code", expect: .all(.unprocessable),
                call: { _ in Call("/signin/reset/code", form: [("state", "forged"), ("code", "123456")]) }),
            Row(method: .GET, route: "/signin/reset/:token", object: .owned("a password-reset link of citizen A"), expect: .all(.ok),
                call: { context in Call("/signin/reset/\(try await context.world.resetLinkOfA())") }),
            Row(method: .GET, route: "/signin/reset/:token", object: .missing("a link that was never issued"), expect: .all(.status(410)),
                call: { _ in Call("/signin/reset/not-a-token") }),
            Row(method: .POST, route: "/signin/reset/:token", object: .missing("a link that was never issued"), expect: .all(.status(410)),
                call: { _ in Call("/signin/reset/not-a-token", form: [("password", "a new matrix password"), ("passwordConfirmation", "a new matrix password")]) }),
            // A real link, a password the policy refuses: the link is reached (and kept) whoever holds it.
            Row(method: .POST, route: "/signin/reset/:token", object: .owned("a password-reset link of citizen A"), expect: .all(.unprocessable),
                call: { context in Call("/signin/reset/\(try await context.world.resetLinkOfA())", form: [("password", "123"), ("passwordConfirmation", "123")]) }),
            Row(method: .GET, route: "/contact/verify/:token", object: .owned("an e-mail verification link of a newcomer"), expect: .all(.ok),
                call: { context in Call("/contact/verify/\(try await context.world.verificationLink(fresh: false))") }),
            Row(method: .POST, route: "/contact/verify/:token", object: .owned("an e-mail verification link of a newcomer"), expect: .all(.ok),
                consumes: true, call: { context in Call("/contact/verify/\(try await context.world.verificationLink(fresh: context.fresh))") }),
            Row(method: .GET, route: "/contact/verify/:token", object: .missing("a link that was never issued"), expect: .all(.ok),
                call: { _ in Call("/contact/verify/not-a-token") }),
            Row(method: .POST, route: "/contact/verify/:token", object: .missing("a link that was never issued"), expect: .all(.status(410)),
                call: { _ in Call("/contact/verify/not-a-token") }),
        ]
    }

    static var cabinetRows: [Row] {
        let officials = Actor.agencyY + [.otherAgency, .registryEditor, .platformAdmin]
        let enrolled = Actor.enrolledOfficials
        let citizensAndUnenrolled = Actor.citizens + [.unenrolledR]
        return [
            Row(method: .GET, route: "/cabinet", expect: .signedIn(.ok)),
            Row(method: .GET, route: "/cabinet/contact", expect: .signedIn(.ok)),
            // The person's own contact details, unchanged: saved.
            Row(method: .POST, route: "/cabinet/contact", expect: .signedIn(.see("/cabinet", flash: "flash.contact_changed")),
                call: { context in Call("/cabinet/contact", form: [("phone", "050 123 45 67"), ("email", context.actor == .anonymous ? "" : email(context.actor))]) }),
            // Everyone in the cast has a confirmed e-mail: nothing to send again.
            Row(method: .POST, route: "/cabinet/contact/resend", expect: .signedIn(.see("/cabinet/contact", flash: "flash.contact.already_verified")),
                call: { _ in Call("/cabinet/contact/resend", form: [("contact", "email")]) }),
            // No phone code was sent to anyone in the cast: any code is refused.
            Row(method: .POST, route: "/cabinet/contact/phone", expect: .signedIn(.unprocessable),
                call: { _ in Call("/cabinet/contact/phone", form: [("code", "123456")]) }),
            Row(method: .GET, route: "/cabinet/activity", expect: .signedIn(.ok)),
            Row(method: .GET, route: "/cabinet/data-access", expect: .signedIn(.ok)),
            Row(method: .GET, route: "/cabinet/security", expect: .signedIn(.ok)),
            Row(method: .GET, route: "/cabinet/security/password", expect: .signedIn(.ok)),
            // The same password again: changed (it ends the person's other sessions).
            Row(method: .POST, route: "/cabinet/security/password", expect: .signedIn(.see("/cabinet/security", flash: "flash.password_changed")),
                session: .fresh, call: { _ in
                    Call("/cabinet/security/password", form: [("password", MatrixCast.password), ("passwordConfirmation", MatrixCast.password)])
                }),
            // People with TOTP already on are sent back; the others see the set-up page.
            Row(method: .GET, route: "/cabinet/security/totp",
                expect: Dictionary<Actor, Expect>.signedIn(.ok).with(enrolled, .see("/cabinet/security"))),
            // A code without the set-up page's signed state: start again.
            Row(method: .POST, route: "/cabinet/security/totp",
                expect: .signedIn(.see("/cabinet/security/totp", flash: "flash.totp_setup_expired")),
                call: { _ in Call("/cabinet/security/totp", form: [("code", "123456"), ("state", "forged")]) }),
            // Officials keep their second factor; citizens (none set up) may turn it off.
            Row(method: .POST, route: "/cabinet/security/totp/disable",
                expect: Dictionary<Actor, Expect>.signedIn(.see("/cabinet/security", flash: "flash.totp_disabled")).with(officials, .forbidden)),
            Row(method: .POST, route: "/cabinet/security/recovery-codes",
                expect: Dictionary<Actor, Expect>.signedIn(.ok).with(citizensAndUnenrolled, .see("/cabinet/security"))),
            Row(method: .POST, route: "/cabinet/sessions/revoke-others", expect: .signedIn(.see("/cabinet/security", flash: "flash.signed_out_everywhere")),
                session: .fresh),
            Row(method: .POST, route: "/cabinet/sessions/:id/revoke", object: .owned("citizen A's other session"),
                expect: Dictionary<Actor, Expect>.signedIn(.notFound).with([.citizenA], .see("/cabinet/security", flash: "flash.sessions_revoked")),
                consumes: true, call: { context in Call("/cabinet/sessions/\(try await context.world.sessionOfA(fresh: context.fresh))/revoke") }),
            Row(method: .GET, route: "/account/confirm-password", expect: .signedIn(.ok)),
            // The password (and, with TOTP, the code of a step not used yet: a browser of its own, the clock moved on).
            Row(method: .POST, route: "/account/confirm-password", expect: .signedIn(.see("/cabinet")), session: .fresh,
                call: { context in
                    var form = [("password", MatrixCast.password), ("next", "/cabinet")]
                    if let secret = context.world.cast.secrets[context.actor] {
                        context.world.portal.clock.advance(by: 61)
                        form.append(("code", context.world.portal.totp(secret)))
                    }
                    return Call("/account/confirm-password", form: form)
                }),
        ]
    }

    static var companyRows: [Row] {
        let company = ObjectUse.owned("company X (citizen A is its director)")
        let link = ObjectUse.owned("a representative link of company X (given by its director A)")
        let directorOnly = Dictionary<Actor, Expect>.signedIn(.forbidden)
        return [
            Row(method: .GET, route: "/cabinet/companies", expect: .signedIn(.ok)),
            // A company the register says A directs: A links it; for anyone else A is its director, not them.
            Row(method: .POST, route: "/cabinet/companies", object: .none,
                expect: Dictionary<Actor, Expect>.signedIn(.unprocessable).with([.citizenA], .see("/cabinet/companies", flash: "flash.company_linked")),
                consumes: true, call: { context in Call("/cabinet/companies", form: [("voen", try await context.world.companyOfA(fresh: context.fresh))]) }),
            Row(method: .POST, route: "/cabinet/companies/:company/representatives", object: company,
                expect: directorOnly.with([.citizenA], .see("/cabinet/companies", flash: "flash.representative_authorised")),
                consumes: true, call: { context in
                    let fin = try await context.world.object("a person to authorise", fresh: context.fresh) { try await context.world.newcomer(account: true) }
                    return Call("/cabinet/companies/\(try await context.world.companyX)/representatives", form: [("fin", fin)])
                }),
            Row(method: .POST, route: "/cabinet/companies/:company/representatives/:rep/revoke", object: link,
                expect: directorOnly.with([.citizenA], .see("/cabinet/companies", flash: "flash.representative_revoked")),
                consumes: true, call: { context in
                    Call("/cabinet/companies/\(try await context.world.companyX)/representatives/\(try await context.world.representativeLink(fresh: context.fresh))/revoke")
                }),
            // Acting for company X: its director and its representative; nobody else.
            Row(method: .POST, route: "/acting-as",
                expect: directorOnly.with([.citizenA, .representativeX], .see("/cabinet", flash: "flash.acting_as_changed")),
                session: .fresh, call: { context in Call("/acting-as", form: [("company", try await context.world.companyX)]) }),
        ]
    }

    static var tokenRows: [Row] {
        let token = ObjectUse.owned("a personal access token of citizen A")
        return [
            Row(method: .GET, route: "/cabinet/tokens", expect: .signedIn(.ok)),
            Row(method: .POST, route: "/cabinet/tokens", expect: .signedIn(.created),
                call: { _ in Call("/cabinet/tokens", form: [("name", "matrix"), ("scopes[]", "profile:read"), ("days", "30")]) }),
            // An office scope: only to officials, from a session whose second factor was verified; citizens
            // and the official without a second factor are refused (403, no token is made).
            Row(method: .POST, route: "/cabinet/tokens",
                expect: Dictionary<Actor, Expect>.signedIn(.forbidden).with(Actor.enrolledOfficials, .created),
                call: { _ in Call("/cabinet/tokens", form: [("name", "matrix office"), ("scopes[]", "applications:office"), ("days", "30")]) }),
            Row(method: .POST, route: "/cabinet/tokens/:id/revoke", object: token,
                expect: Dictionary<Actor, Expect>.signedIn(.notFound).with([.citizenA], .see("/cabinet/tokens", flash: "flash.token_revoked")),
                consumes: true, call: { context in Call("/cabinet/tokens/\(try await context.world.tokenOfA(fresh: context.fresh))/revoke") }),
            Row(method: .GET, route: "/api/v1/me", scope: "profile:read", expect: .api(.ok)),
            Row(method: .GET, route: "/api/v1/me/companies", scope: "companies:read", expect: .api(.ok)),
            Row(method: .GET, route: "/api/v1/me/data-access", scope: "data-access:read", expect: .api(.ok)),
            Row(method: .GET, route: "/api/v1/me/activity", scope: "activity:read", expect: .api(.ok)),
        ]
    }
}
