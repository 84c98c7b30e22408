import PortalHTTP

extension ReceptionPages {
    /// `/reception/board/:agency`: the waiting room's screen, a whole page of its own (no site header).
    struct BoardPage: Sendable {
        var lang: String
        var agencyName: String
        var board: QueueBoard
        var updated: String
        /// The waiting room's wall screen (`?display=1`) refreshes itself every 15 s with a meta refresh;
        /// the page people open on their own devices does not (WCAG 2.2.1), it has a refresh link.
        var autoRefresh: Bool
    }
}

extension ReceptionPages.BoardPage: HTMLView {
    var body: some HTMLContent {
        DocumentType()
        html(.lang(lang)) {
            head {
                meta(.charset("utf-8"))
                meta(.name("viewport"), .content("width=device-width, initial-scale=1"))
                if autoRefresh { meta(.httpEquiv("refresh"), .content("15")) }
                title { t("reception.board.title", agencyName) }
                link(.rel("stylesheet"), .href("/css/portal.css"))
            }
            body(.class("board")) {
                main(.id("main"), .class("container")) {
                    h1 { t("reception.board.title", agencyName) }
                    section(.ariaLabelledBy("serving-heading")) {
                        h2(.id("serving-heading")) { t("reception.board.now_serving") }
                        if !board.nowServing.isEmpty {
                            table(.class("board-table")) {
                                caption(.class("visually-hidden")) { t("reception.board.now_serving") }
                                thead { tr { th(.scope("col")) { t("reception.board.ticket") }; th(.scope("col")) { t("reception.board.room") } } }
                                tbody {
                                    for serving in board.nowServing {
                                        tr { td(.class("board-number")) { serving.ticket }; td { serving.room; " — "; serving.official } }
                                    }
                                }
                            }
                        } else {
                            p { t("reception.board.nobody") }
                        }
                    }
                    section(.ariaLabelledBy("next-heading")) {
                        h2(.id("next-heading")) { t("reception.board.next") }
                        if !board.next.isEmpty {
                            ol(.class("board-next")) { for ticket in board.next { li(.class("board-number")) { ticket } } }
                        } else {
                            p { "—" }
                        }
                        p {
                            t("reception.board.waiting"); ": "; strong(.id("board-waiting")) { board.waiting }
                            " · "
                            t("reception.board.estimated_wait"); ": "; strong(.id("board-wait")) { board.estimatedWaitMinutes }; " "; t("reception.board.minutes")
                        }
                    }
                    p(.class("muted"), .role("status")) {
                        t("reception.board.updated"); " "; updated; "."
                        if autoRefresh { " "; t("reception.board.auto_refresh") }
                    }
                    if !autoRefresh {
                        p {
                            a(.href("/reception/board/\(board.agencyCode)")) { t("reception.board.refresh") }
                            " · "
                            a(.href("/reception/board/\(board.agencyCode)?display=1")) { t("reception.board.display_mode") }
                        }
                    }
                }
            }
        }
    }
}
