/// Every error page people see (404, 403, 500…): the status's heading and message, a reference to quote
/// for a server error, the way home.
struct ErrorPageView: HTMLView {
    var heading: String
    var message: String
    /// The request id, for errors worth reporting (5xx).
    var reference: String?

    var body: some HTMLContent {
        h1 { heading }
        p { message }
        if let reference { p(.class("muted")) { t("error.reference", reference) } }
        p { a(.href("/")) { t("error.home") } }
    }
}
