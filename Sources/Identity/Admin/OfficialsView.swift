import PortalHTTP

/// `/office/officials`: the officials an administrator manages, role changes waiting for a second
/// official, and the form that proposes a new role.
struct OfficialsPage: Sendable {
    struct Official: Sendable {
        var roleID: String
        var name: String
        var fin: String
        var role: String
        var agency: String
        var unit: String?
        /// The official has chosen a password.
        var activated: Bool
        var secondFactor: Bool
        /// The viewer's own role: no button to revoke it.
        var isSelf: Bool
    }

    /// A proposed role change waiting for a second official.
    struct Proposal: Sendable {
        var id: String
        var name: String
        var fin: String
        var change: String
        var agency: String
        var unit: String?
        var proposedBy: String
        var proposedAt: String
        var reason: String?
        /// This viewer may approve or refuse it (not theirs, not about them, not above their role).
        var decidable: Bool
    }

    /// What the appointment form shows again.
    struct Appointment: Sendable {
        var fin = ""
        var email = ""
        var role = ""
        var agency = ""
        var unit = ""
        var reason = ""
    }

    var officials: [Official]
    var proposals: [Proposal]
    var roles: [Choice]
    var agencies: [Choice]
    var units: [Choice]
    var form = Appointment()
    var errors = FormErrors()
    /// After an approved appointment: who, and the activation link for a new account.
    var appointedName: String?
    var activationLink: String?
}

extension OfficialsPage: HTMLView {
    var body: some HTMLContent {
        h1 { t("office.officials.heading") }
        ErrorSummary(errors)
        if let appointedName {
            Notice {
                p { t("office.officials.appointed", appointedName) }
                if let activationLink {
                    p { t("office.officials.activation_link") }
                    p { code(.id("activation-link")) { activationLink } }
                }
            }
        }
        Table(caption: t("office.officials.heading"),
              columns: [.init(t("profile.name")), .init(t("office.role")), .init(t("office.agency")), .init(t("office.unit")),
                        .init(t("office.officials.status")), .init(t("table.actions"), hidden: true)],
              rows: officials) { row in
            td { row.name; br(); span(.class("muted")) { row.fin } }
            td { row.role }
            td { row.agency }
            td { UnitName(unit: row.unit) }
            td {
                if row.activated { t("office.officials.active") } else { t("office.officials.invited") }
                if row.secondFactor { ", "; t("profile.second_factor.on") }
            }
            td {
                if row.isSelf {
                    "—"
                } else {
                    PostForm(action: "/office/officials/\(row.roleID)/revoke", class: "inline-form") {
                        Button(t("office.officials.revoke"), style: .secondary)
                    }
                }
            }
        }
        h2 { t("office.officials.requests") }
        p(.class("hint")) { t("office.officials.requests.hint") }
        if proposals.isEmpty {
            p { t("office.officials.requests.none") }
        } else {
            Table(caption: t("office.officials.requests"),
                  columns: [.init(t("profile.name")), .init(t("office.officials.change")), .init(t("office.agency")), .init(t("office.unit")),
                            .init(t("office.officials.proposed_by")), .init(t("office.officials.decision"))],
                  rows: proposals) { row in
                td { row.name; br(); span(.class("muted")) { row.fin } }
                td {
                    row.change
                    if let reason = row.reason { br(); span(.class("muted")) { reason } }
                }
                td { row.agency }
                td { UnitName(unit: row.unit) }
                td { row.proposedBy; br(); span(.class("muted")) { row.proposedAt } }
                td { if row.decidable { decision(row.id) } else { t("office.officials.requests.waiting") } }
            }
        }
        h2 { t("office.officials.appoint") }
        p(.class("hint")) { t("office.officials.appoint.hint") }
        PostForm(action: "/office/officials", novalidate: true) {
            FormField.text("fin", label: t("profile.fin"), value: form.fin, error: errors["fin"], .class("input-short"))
            FormField.text("email", label: t("register.email.label"), hint: t("office.officials.email.hint"), value: form.email,
                           error: errors["email"], type: "email")
            FormField.select("role", label: t("office.role"), choices: roles, selected: form.role, error: errors["role"])
            FormField.select("agency", label: t("office.agency"), choices: agencies, selected: form.agency, error: errors["agency"])
            FormField.select("unit", label: t("office.unit"), choices: units, selected: form.unit, placeholder: t("office.unit.all"),
                             error: errors["unit"])
            FormField.text("reason", label: t("office.officials.reason"), value: form.reason, error: errors["reason"], .class("input-medium"))
            Button(t("office.officials.appoint.submit"))
        }
    }

    /// Approve or refuse, with a reason (required to refuse); errors are keyed `reason-<id>`.
    @HTMLBuilder
    func decision(_ id: String) -> some HTMLContent {
        PostForm(action: "/office/officials/requests/\(id)/refuse", class: "inline-form") {
            label(.for("reason-\(id)")) { t("office.officials.decision.reason") }
            " "
            input(.id("reason-\(id)"), .name("reason"), .type("text"), .class("input-medium"))
            " "
            button(.type("submit"), .custom("formaction", "/office/officials/requests/\(id)/approve")) { t("office.officials.approve") }
            " "
            Button(t("office.officials.refuse"), style: .secondary)
        }
    }
}
