/// Key–value pairs (GOV.UK summary list): `<dl class="summary-list">` of `SummaryRow`s.
public struct SummaryList<Rows: HTMLContent>: HTMLView {
    let rows: Rows

    public init(@HTMLBuilder rows: () -> Rows) { self.rows = rows() }

    public var body: some HTMLContent { dl(.class("summary-list")) { rows } }
}

/// One row of a summary list: `<div><dt>key</dt><dd>value</dd></div>`.
public struct SummaryRow<Value: HTMLContent>: HTMLView {
    let key: Localized
    let value: Value

    public init(_ key: Localized, @HTMLBuilder value: () -> Value) {
        self.key = key
        self.value = value()
    }

    public var body: some HTMLContent { div { dt { key }; dd { value } } }
}

/// One step of a case's or a booking's history.
public struct TimelineEntry: Sendable, Hashable {
    public var text: String
    public var at: String
    /// Where or by whom (a unit, an office), after the time.
    public var detail: String?
    /// What was said (a message to the citizen), on its own line.
    public var message: String?

    public init(text: String, at: String, detail: String? = nil, message: String? = nil) {
        self.text = text
        self.at = at
        self.detail = detail
        self.message = message
    }
}

/// History, oldest first: `<ol class="steps">`.
public struct Timeline: HTMLView {
    let entries: [TimelineEntry]

    public init(_ entries: [TimelineEntry]) { self.entries = entries }

    public var body: some HTMLContent {
        ol(.class("steps")) {
            for entry in entries {
                li {
                    strong { entry.text }
                    " "
                    span(.class("muted")) {
                        entry.at
                        if let detail = entry.detail { " · "; detail }
                    }
                    if let message = entry.message { br(); message }
                }
            }
        }
    }
}

/// A short status label. `neutral` is a plain tag (`<span class="tag">`), the others are strong:
/// `emphasis` (current version), `online` (green), `warning` (overdue, expired).
public struct StatusTag<Label: HTMLContent>: HTMLView {
    public enum Tone: Sendable { case neutral, emphasis, online, warning }

    let label: Label
    let tone: Tone

    public init(_ label: Label, tone: Tone = .neutral) {
        self.label = label
        self.tone = tone
    }

    public var body: some HTMLContent {
        switch tone {
        case .neutral: span(.class("tag")) { label }
        case .emphasis: strong(.class("tag")) { label }
        case .online: strong(.class("tag tag-online")) { label }
        case .warning: strong(.class("tag tag-warn")) { label }
        }
    }
}

/// A highlighted message: `<div class="notice" role="status">` (the role announces it; leave it out
/// for a notice that is always on the page).
public struct Notice<Content: HTMLContent>: HTMLView {
    let announced: Bool
    let content: Content

    public init(announced: Bool = true, @HTMLBuilder content: () -> Content) {
        self.announced = announced
        self.content = content()
    }

    public var body: some HTMLContent {
        div(.class("notice"), .role(announced ? "status" : nil)) { content }
    }
}

/// A link that looks like a button (a start action): `<a class="button-link">`.
public struct ButtonLink<Label: HTMLContent>: HTMLView {
    let href: String
    let label: Label
    let external: Bool

    public init(href: String, external: Bool = false, label: Label) {
        self.href = href
        self.external = external
        self.label = label
    }

    public var body: some HTMLContent {
        a(.class("button-link"), .href(href), .rel(external ? "noopener" : nil)) { label }
    }
}

/// Where this page sits: `Home › Services › Passport`; the last crumb is the page itself.
public struct Breadcrumbs: HTMLView {
    public struct Crumb {
        var label: HTMLEither<Localized, String>
        var href: String?

        /// A crumb from the locale files.
        public init(_ label: Localized, href: String?) {
            self.label = .first(label)
            self.href = href
        }

        /// A crumb that is data (a service's name).
        public init(text: String, href: String?) {
            self.label = .second(text)
            self.href = href
        }
    }

    let crumbs: [Crumb]

    public init(_ crumbs: [Crumb]) { self.crumbs = crumbs }

    public var body: some HTMLContent {
        nav(.class("breadcrumbs"), .ariaLabel(t("layout.breadcrumbs"))) {
            ol {
                for crumb in crumbs {
                    if let href = crumb.href { li { a(.href(href)) { crumb.label } } } else { li(.ariaCurrent("page", when: true)) { crumb.label } }
                }
            }
        }
    }
}
