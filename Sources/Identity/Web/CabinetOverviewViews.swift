import PortalHTTP

/// One section of the cabinet overview: a heading, a few items each linking on to its page (or
/// what "nothing here" means), and the way to the module's full list.
struct CabinetOverviewSection: HTMLView {
    let summary: CabinetSummary

    var id: String { "overview-\(summary.section.rawValue)" }

    var body: some HTMLContent {
        section(.class("overview-section"), .ariaLabelledBy(id)) {
            h2(.id(id)) { t(dynamic: "cabinet.overview.\(summary.section.rawValue)") }
            if summary.items.isEmpty {
                p(.class("muted")) { t(dynamic: "cabinet.overview.\(summary.section.rawValue).empty") }
            } else {
                ul(.class("overview-list")) {
                    for item in summary.items {
                        li {
                            a(.href(item.path), .class("overview-title")) { item.title }
                            if let detail = item.detail { span(.class("muted")) { detail } }
                            if item.nextStep != nil || item.when != nil {
                                span(.class("overview-meta")) {
                                    if let next = item.nextStep {
                                        if item.needsAction { StatusTag(next, tone: .warning) } else { StatusTag(next) }
                                    }
                                    if let when = item.when { " "; when }
                                }
                            }
                        }
                    }
                }
            }
            p { a(.href(summary.allPath)) { t(dynamic: "cabinet.overview.\(summary.section.rawValue).all") } }
        }
    }
}
