import PortalHTTP

/// `/cabinet`: the person's own data, read live from the register, and their documents.
struct CabinetPage: Sendable {
    struct Document: Sendable {
        var kind: String
        var number: String
        var expires: String?
        var status: String
        /// Expired or expiring within 90 days.
        var warn: Bool
    }

    var fullName: String
    var fin: String
    var birthDate: String?
    var address: String?
    var phone: String?
    var email: String
    var documents: [Document]
    var secondFactor: Bool
    /// What the modules supplied (`CabinetSummaryProvider`), in the sections' order.
    var overview: [CabinetSummary] = []
}

extension CabinetPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("cabinet.heading", fullName) }
        for summary in overview { CabinetOverviewSection(summary: summary) }
        h2 { t("cabinet.account") }
        nav(.ariaLabel(t("cabinet.menu")), .class("sub-nav")) {
            ul {
                li { a(.href("/cabinet/contact")) { t("cabinet.link.contact") } }
                li { a(.href("/cabinet/companies")) { t("cabinet.link.companies") } }
                li { a(.href("/cabinet/security")) { t("cabinet.link.security") } }
                li { a(.href("/cabinet/activity")) { t("cabinet.link.activity") } }
                li { a(.href("/cabinet/data-access")) { t("cabinet.link.data_access") } }
                li { a(.href("/cabinet/tokens")) { t("cabinet.link.tokens") } }
            }
        }
        h2 { t("cabinet.profile") }
        p(.class("hint")) { t("cabinet.profile.from_register") }
        SummaryList {
            SummaryRow(t("profile.name")) { fullName }
            SummaryRow(t("profile.fin")) { fin }
            if let birthDate { SummaryRow(t("profile.birth_date")) { birthDate } }
            if let address { SummaryRow(t("profile.address")) { address } }
            SummaryRow(t("profile.phone")) { phone ?? "—" }
            SummaryRow(t("profile.email")) { email }
            SummaryRow(t("profile.second_factor")) {
                if secondFactor { t("profile.second_factor.on") } else { t("profile.second_factor.off") }
            }
        }
        h2 { t("cabinet.documents") }
        Table(caption: t("cabinet.documents"),
              columns: [.init(t("document.kind")), .init(t("document.number")), .init(t("document.expires")), .init(t("document.status"))],
              rows: documents) { doc in
            td { doc.kind }
            td { doc.number }
            td { doc.expires ?? "—" }
            td { if doc.warn { StatusTag(doc.status, tone: .warning) } else { doc.status } }
        }
    }
}

/// `/cabinet/contact`: phone and e-mail (after the password again).
struct ContactPage: Sendable {
    var phone: String
    var email: String
    var emailVerified: Bool
    var hasPhone: Bool
    var phoneVerified: Bool
    var errors = FormErrors()
}

extension ContactPage {
    /// The account's contacts as on file (the form's starting values) and their verification.
    init(user: UserModel, errors: FormErrors = FormErrors()) {
        self.init(phone: user.phone.map { PhoneNumber(uncheckedE164: $0).display } ?? "", email: user.email,
                  emailVerified: user.emailVerifiedAt != nil, hasPhone: user.phone != nil, phoneVerified: user.phoneVerifiedAt != nil,
                  errors: errors)
    }
}

extension ContactPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("contact.heading") }
        ErrorSummary(errors)
        PostForm(action: "/cabinet/contact", novalidate: true) {
            ContactFields(phone: phone, email: email, errors: errors, spellcheckEmail: true)
            p(.class("hint")) { t("contact.change_hint") }
            Button(t("form.save"))
        }
        ContactVerificationStatus(emailVerified: emailVerified, hasPhone: hasPhone, phoneVerified: phoneVerified, errors: errors)
        BackToCabinet()
    }
}

/// One event of the person's account or one look at their data.
struct EventRow: Sendable {
    var when: String
    /// ISO 8601, for `<time datetime>`.
    var datetime: String
    var what: String
    var who: String?
    var purpose: String?
    var ip: String?
}

/// `/cabinet/activity`: sign-ins, changes and sessions of the account.
struct ActivityPage: Sendable {
    var rows: [EventRow]
}

extension ActivityPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("activity.heading") }
        p { t("activity.lead") }
        if rows.isEmpty {
            p { t("activity.empty") }
        } else {
            Table(caption: t("activity.heading"), columns: [.init(t("table.when")), .init(t("table.what")), .init(t("table.from"))],
                  rows: rows) { row in
                td { time(.datetime(row.datetime)) { row.when } }
                td { row.what }
                td {
                    row.ip
                    if let who = row.who { br(); span(.class("muted")) { who } }
                }
            }
        }
        BackToCabinet()
    }
}

/// `/cabinet/data-access`: which agency looked at the person's data, when and why.
struct DataAccessPage: Sendable {
    var rows: [EventRow]
}

extension DataAccessPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("data_access.heading") }
        p { t("data_access.lead") }
        if rows.isEmpty {
            p { t("data_access.empty") }
        } else {
            Table(caption: t("data_access.heading"),
                  columns: [.init(t("table.when")), .init(t("data_access.who")), .init(t("table.what")), .init(t("data_access.purpose"))],
                  rows: rows) { row in
                td { time(.datetime(row.datetime)) { row.when } }
                td { row.who }
                td { row.what }
                td { row.purpose }
            }
        }
        BackToCabinet()
    }
}

/// The link back to the cabinet under its pages.
struct BackToCabinet: HTMLView {
    var body: some HTMLContent {
        p { a(.href("/cabinet")) { t("form.back_to_cabinet") } }
    }
}
