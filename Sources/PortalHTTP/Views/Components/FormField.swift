/// A form field in the GOV.UK pattern: label (or legend), optional hint, the error beside the field,
/// the control with `aria-describedby` pointing at hint and error and `aria-invalid` when wrong.
/// Made with the static functions: `FormField.text`, `.textarea`, `.date`, `.number`, `.select`, `.radios`,
/// `.checkboxes`. The error summary links to `#id` (the control, or the fieldset of a group).
public struct FormField: HTMLView {
    public enum Control: Sendable {
        /// `<input type=…>`: text, email, tel, url, password, date, file…
        case input(type: String)
        case textarea(rows: Int)
        case select(choices: [Choice], placeholder: Localized?)
        /// `<fieldset>` of radios; `itemPrefix` + value is each radio's id.
        case radios(choices: [Choice], itemPrefix: String)
        /// `<fieldset>` of checkboxes (`name` usually ends in `[]`); `columns` flows a long list in two.
        case checkboxes(choices: [Choice], itemPrefix: String, columns: Bool)
    }

    public var id: String
    public var name: String
    public var label: Localized
    public var hint: Localized?
    public var error: String?
    /// The value shown again (inputs, textareas, a select).
    public var value: String?
    /// The chosen values (checkboxes, radios).
    public var selected: [String]
    public var control: Control
    /// More attributes on the control (`.class("input-short")`, `.autocomplete("tel")`, `.inputmode("numeric")`).
    public var attributes: [Attribute]
    /// An id on the surrounding `div` (kept where pages had one, e.g. `agency-field`).
    public var wrapperID: String?

    var hintID: String { id + "-hint" }
    var errorID: String { id + "-error" }
    var describedBy: String? {
        let ids = [hint == nil ? nil : hintID, error == nil ? nil : errorID].compactMap { $0 }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }
    var fieldClass: String { error == nil ? "field" : "field field-error" }

    public var body: some HTMLContent {
        switch control {
        case .input, .textarea, .select:
            div(.class(fieldClass), .id(wrapperID)) {
                label(.for(id)) { label }
                messages
                single
            }
        case .radios, .checkboxes:
            FieldGroup(self) { EmptyHTML() }
        }
    }

    @HTMLBuilder var messages: some HTMLContent {
        if let hint { Hint(id: hintID, hint) }
        if let error { ErrorMessage(id: errorID, error) }
    }

    /// The radios or checkboxes of a group (nothing for other controls).
    @HTMLBuilder var items: some HTMLContent {
        switch control {
        case .radios(let choices, let prefix):
            choices.map { ChoiceItem(type: "radio", field: self, choice: $0, prefix: prefix) }
        case .checkboxes(let choices, let prefix, let columns):
            let items = choices.map { ChoiceItem(type: "checkbox", field: self, choice: $0, prefix: prefix) }
            if columns { div(.class("checkbox-columns")) { items } } else { items }
        case .input, .textarea, .select:
            EmptyHTML()
        }
    }

    @HTMLBuilder var single: some HTMLContent {
        let aria: [Attribute] = [.ariaDescribedBy(describedBy), .custom("aria-invalid", error == nil ? nil : "true")]
        switch control {
        case .input(let type):
            VoidElement("input", [.id(id), .name(name), .type(type), .value(type == "password" || type == "file" ? nil : value ?? "")] + attributes + aria)
        case .textarea(let rows):
            Element("textarea", [.id(id), .name(name), .rows(rows)] + attributes + aria, value ?? "")
        case .select(let choices, let placeholder):
            Element("select", [.id(id), .name(name)] + attributes + aria, Options(choices, selected: value, placeholder: placeholder))
        case .radios, .checkboxes:
            EmptyHTML()
        }
    }
}

/// A radio or checkbox group's fieldset (legend, hint, error, the items) with more fields after the
/// items where a choice needs them (the fee's amount after "fixed"): `FieldGroup(.radios(…)) { … }`.
public struct FieldGroup<Extra: HTMLContent>: HTMLView {
    let field: FormField
    let extra: Extra

    public init(_ field: FormField, @HTMLBuilder extra: () -> Extra) {
        self.field = field
        self.extra = extra()
    }

    public var body: some HTMLContent {
        fieldset(.class(field.fieldClass), .id(field.id), .ariaDescribedBy(field.describedBy)) {
            legend { field.label }
            field.messages
            field.items
            extra
        }
    }
}

/// A plain group of fields under a legend: `<fieldset class="field"><legend>…`.
public struct Fieldset<Content: HTMLContent>: HTMLView {
    let legendText: Localized
    let id: String?
    let content: Content

    public init(legend: Localized, id: String? = nil, @HTMLBuilder content: () -> Content) {
        self.legendText = legend
        self.id = id
        self.content = content()
    }

    public var body: some HTMLContent {
        fieldset(.class("field"), .id(id)) {
            legend { legendText }
            content
        }
    }
}

/// One radio or checkbox with its label: `<div class="checkbox"><input …><label …>`.
struct ChoiceItem: HTMLView {
    let type: String
    let field: FormField
    let choice: Choice
    let prefix: String

    var body: some HTMLContent {
        div(.class("checkbox")) {
            VoidElement("input", [.type(type), .id(prefix + choice.value), .name(field.name), .value(choice.value),
                                  .checked(field.selected.contains(choice.value))] + field.attributes)
            label(.for(prefix + choice.value)) { choice.label }
        }
    }
}

extension FormField {
    /// A one-line text input (`type` "email", "tel", "url", "password", "search", "file" where needed).
    public static func text(_ id: String, name: String? = nil, label: Localized, hint: Localized? = nil, value: String?,
                            error: String? = nil, type: String = "text", _ attributes: Attribute...) -> FormField {
        FormField(id: id, name: name ?? id, label: label, hint: hint, error: error, value: value, selected: [],
              control: .input(type: type), attributes: attributes, wrapperID: nil)
    }

    public static func textarea(_ id: String, name: String? = nil, label: Localized, hint: Localized? = nil, rows: Int = 3,
                                value: String?, error: String? = nil, _ attributes: Attribute...) -> FormField {
        FormField(id: id, name: name ?? id, label: label, hint: hint, error: error, value: value, selected: [],
              control: .textarea(rows: rows), attributes: attributes, wrapperID: nil)
    }

    /// A date as the browser's date picker (`YYYY-MM-DD` on the wire).
    public static func date(_ id: String, name: String? = nil, label: Localized, hint: Localized? = nil, value: String?,
                            error: String? = nil, _ attributes: Attribute...) -> FormField {
        FormField(id: id, name: name ?? id, label: label, hint: hint, error: error, value: value, selected: [],
              control: .input(type: "date"), attributes: attributes, wrapperID: nil)
    }

    /// A whole number, as GOV.UK advises: a text input with the numeric keyboard (no spinner, no
    /// silent rounding), short.
    public static func number(_ id: String, name: String? = nil, label: Localized, hint: Localized? = nil, value: String?,
                              error: String? = nil, _ attributes: Attribute...) -> FormField {
        FormField(id: id, name: name ?? id, label: label, hint: hint, error: error, value: value, selected: [],
              control: .input(type: "text"), attributes: [.inputmode("numeric"), .class("input-short")] + attributes, wrapperID: nil)
    }

    public static func select(_ id: String, name: String? = nil, label: Localized, hint: Localized? = nil, choices: [Choice],
                              selected: String?, placeholder: Localized? = nil, error: String? = nil, wrapperID: String? = nil,
                              _ attributes: Attribute...) -> FormField {
        FormField(id: id, name: name ?? id, label: label, hint: hint, error: error, value: selected, selected: [],
              control: .select(choices: choices, placeholder: placeholder), attributes: attributes, wrapperID: wrapperID)
    }

    public static func radios(_ id: String, name: String? = nil, legend: Localized, hint: Localized? = nil, choices: [Choice],
                              selected: String?, error: String? = nil, itemPrefix: String? = nil) -> FormField {
        FormField(id: id, name: name ?? id, label: legend, hint: hint, error: error, value: nil, selected: selected.map { [$0] } ?? [],
              control: .radios(choices: choices, itemPrefix: itemPrefix ?? id + "-"), attributes: [], wrapperID: nil)
    }

    /// A rating of 1 to 5, lowest first, as every rating on the portal is asked (an application's, a
    /// reception's): radios labelled 1…5 under `legend`, which says what 1 and 5 mean.
    public static func rating(_ id: String, name: String? = nil, legend: Localized, error: String? = nil) -> FormField {
        radios(id, name: name, legend: legend, choices: (1...5).map { Choice(value: String($0), label: String($0)) }, selected: nil, error: error)
    }

    public static func checkboxes(_ id: String, name: String? = nil, legend: Localized, hint: Localized? = nil, choices: [Choice],
                                  selected: [String], error: String? = nil, itemPrefix: String? = nil, columns: Bool = false) -> FormField {
        FormField(id: id, name: name ?? id + "[]", label: legend, hint: hint, error: error, value: nil, selected: selected,
              control: .checkboxes(choices: choices, itemPrefix: itemPrefix ?? id + "-", columns: columns), attributes: [], wrapperID: nil)
    }
}
