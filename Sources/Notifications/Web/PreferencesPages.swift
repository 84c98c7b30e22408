import Foundation
import PortalHTTP

/// `/cabinet/notifications/settings`: channels per category, the language of messages. Security
/// notices always go to the inbox and by e-mail; SMS keep quiet 22:00–08:00 Baku except for security.
struct PreferencesPages {
    func register(_ signedIn: any RoutesBuilder) {
        signedIn.get("cabinet", "notifications", "settings", use: show)
        signedIn.post("cabinet", "notifications", "settings", use: save)
    }

    struct Form: Content {
        var email: [String]?
        var sms: [String]?
        var language: String?
    }

    @Sendable func show(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let current = try await SaveNoticePreferences(app: req.application).current(of: principal)
        return try req.render(PreferencesPage(email: current.email, sms: current.sms, language: current.language?.rawValue ?? "",
                                              errors: FormErrors()), titleKey: "notifications.settings.title")
    }

    @Sendable func save(req: Request) async throws -> Response {
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(Form.self)
        let email = Set((form.email ?? []).compactMap(NoticeCategory.init(rawValue:)))
        let sms = Set((form.sms ?? []).compactMap(NoticeCategory.init(rawValue:)))
        let languageText = form.language ?? ""
        let language = Language(rawValue: languageText)
        var errors = FormErrors()
        if !languageText.isEmpty, language == nil { errors.add("language", req.t("notifications.settings.error.language")) }
        if (form.email ?? []).count != email.count || (form.sms ?? []).count != sms.count {
            errors.add("email-cases", req.t("notifications.settings.error.category"))
        }
        guard errors.isEmpty else {
            return try req.render(PreferencesPage(email: email.union([.security]), sms: sms, language: languageText, errors: errors),
                                  titleKey: "notifications.settings.title", status: .unprocessableEntity)
        }
        try await SaveNoticePreferences(app: req.application).run(NoticePreferences(email: email, sms: sms, language: language),
                                                                  of: principal, ip: req.clientIP)
        return req.redirect(to: "/cabinet/notifications/settings", flash: "flash.notifications.settings_saved")
    }
}

struct PreferencesPage: Sendable {
    var email: Set<NoticeCategory>
    var sms: Set<NoticeCategory>
    var language: String
    var errors: FormErrors
}

extension PreferencesPage: HTMLView {
    var body: some HTMLContent {
        p(.class("muted")) { a(.href("/cabinet/inbox")) { t("notifications.message.back") } }
        h1 { t("notifications.settings.heading") }
        ErrorSummary(errors)
        p { t("notifications.settings.lead") }
        PostForm(action: "/cabinet/notifications/settings", novalidate: true) {
            channel("email", legend: t("notifications.settings.email"), chosen: email, locked: [.security])
            channel("sms", legend: t("notifications.settings.sms"), chosen: sms, locked: [])
            p(.class("hint")) { t("notifications.settings.quiet_hours") }
            FormField.select("language", label: t("notifications.settings.language"), hint: t("notifications.settings.language_hint"),
                             choices: [Choice(value: "", label: t("notifications.settings.language_account")),
                                       Choice(value: "az", label: "Azərbaycanca"), Choice(value: "en", label: "English"),
                                       Choice(value: "ru", label: "Русский")],
                             selected: language, error: errors["language"])
            Button(t("notifications.settings.save"))
        }
    }

    @HTMLBuilder
    func channel(_ name: String, legend heading: Localized, chosen: Set<NoticeCategory>, locked: Set<NoticeCategory>) -> some HTMLContent {
        fieldset(.class("field"), .id("\(name)-channel")) {
            legend { heading }
            if name == "email", let error = errors["email-cases"] { ErrorMessage(id: "email-cases-error", error) }
            for category in NoticeCategory.allCases {
                div(.class("checkbox")) {
                    input(.type("checkbox"), .id("\(name)-\(category.rawValue)"), .name("\(name)[]"), .value(category.rawValue),
                          .checked(chosen.contains(category) || locked.contains(category)), .disabled(locked.contains(category)))
                    label(.for("\(name)-\(category.rawValue)")) {
                        t(dynamic: "notifications.category.\(category.rawValue)")
                        if locked.contains(category) { " "; span(.class("muted")) { t("notifications.settings.always") } }
                    }
                }
            }
        }
    }
}
