/// `<input type="hidden" name="_csrf" value=…>` with this page's token. A POST form on a page rendered
/// with `forms: false` has no token: that is a programming error and fails rendering in tests.
public struct CSRFField: HTMLContent {
    public init() {}

    public func write(to writer: inout HTMLWriter) {
        if writer.csrf == nil { writer.report("a POST form on a page rendered with forms: false has no CSRF token") }
        writer.writeMarkup("<input type=\"hidden\" name=\"_csrf\" value=\"")
        writer.writeText(writer.csrf ?? "")
        writer.writeMarkup("\">")
    }
}

/// `<form method="post" action=…>` with the CSRF token first. `novalidate`: the server's messages, in
/// the page's language, replace the browser's.
public struct PostForm<Content: HTMLContent>: HTMLView {
    let action: String
    let classes: String?
    let multipart: Bool
    let novalidate: Bool
    let content: Content

    public init(action: String, class classes: String? = nil, multipart: Bool = false, novalidate: Bool = false,
                @HTMLBuilder content: () -> Content) {
        self.action = action
        self.classes = classes
        self.multipart = multipart
        self.novalidate = novalidate
        self.content = content()
    }

    public var body: some HTMLContent {
        form(.method("post"), .action(action), .class(classes), .enctype(multipart ? "multipart/form-data" : nil), .novalidate(novalidate)) {
            CSRFField()
            content
        }
    }
}

/// `<input type="hidden" name=… value=…>`.
public struct HiddenField: HTMLView {
    let name: String
    let value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public var body: some HTMLContent { input(.type("hidden"), .name(name), .value(value)) }
}

/// The GOV.UK error summary: a heading and a link to each field with a problem; nothing without errors.
public struct ErrorSummary: HTMLView {
    let errors: FormErrors

    public init(_ errors: FormErrors) { self.errors = errors }

    public var body: some HTMLContent {
        if !errors.isEmpty {
            div(.class("error-summary"), .role("alert"), .ariaLabelledBy("error-summary-title"), .tabindex(-1)) {
                h2(.id("error-summary-title")) { t("form.error_summary") }
                ul {
                    for item in errors.items { li { a(.href("#" + item.field)) { item.message } } }
                }
            }
        }
    }
}

/// A field's hint: `<p class="hint" id="…-hint">`.
public struct Hint: HTMLView {
    let id: String
    let text: Localized

    public init(id: String, _ text: Localized) {
        self.id = id
        self.text = text
    }

    public var body: some HTMLContent { p(.class("hint"), .id(id)) { text } }
}

/// A field's error: `<p class="error-message" id="…-error"><span class="visually-hidden">Error:</span> message</p>`.
public struct ErrorMessage: HTMLView {
    let id: String?
    let message: String

    public init(id: String?, _ message: String) {
        self.id = id
        self.message = message
    }

    public var body: some HTMLContent {
        p(.class("error-message"), .id(id)) { span(.class("visually-hidden")) { t("form.error_prefix") }; " "; message }
    }
}

/// One checkbox with its label: `<div class="checkbox"><input type="checkbox" …><label …>`.
public struct Checkbox: HTMLView {
    let id: String
    let name: String
    let value: String
    let label: Localized
    let checked: Bool

    public init(_ id: String, name: String? = nil, value: String = "1", label: Localized, checked: Bool) {
        self.id = id
        self.name = name ?? id
        self.value = value
        self.label = label
        self.checked = checked
    }

    public var body: some HTMLContent {
        div(.class("checkbox")) {
            input(.type("checkbox"), .id(id), .name(name), .value(value), .checked(checked))
            label(.for(id)) { label }
        }
    }
}

/// A submit button: primary (green), secondary (grey) or warning (red, for what cannot be undone).
public struct Button: HTMLView {
    public enum Style: Sendable { case primary, secondary, warning }

    let label: Localized
    let style: Style
    let name: String?
    let value: String?

    public init(_ label: Localized, style: Style = .primary, name: String? = nil, value: String? = nil) {
        self.label = label
        self.style = style
        self.name = name
        self.value = value
    }

    public var body: some HTMLContent {
        button(.type("submit"), .class(style == .secondary ? "button-secondary" : style == .warning ? "button-warning" : nil),
               .name(name), .value(value)) { label }
    }
}
