/// One choice of a select, radio group or checkbox group: the value sent and the label shown (data,
/// or a string from the locale files).
public struct Choice: Sendable, Hashable {
    public enum Label: HTMLContent, Sendable, Hashable {
        case text(String)
        case localized(Localized)

        public func write(to writer: inout HTMLWriter) {
            switch self {
            case .text(let text): writer.writeText(text)
            case .localized(let localized): localized.write(to: &writer)
            }
        }

        /// The label as a string in `strings`' language (for code outside the views).
        public func resolved(_ strings: ViewStrings) -> String {
            switch self {
            case .text(let text): return text
            case .localized(let localized): return strings.text(localized.key, localized.arguments) + (localized.suffix ?? "")
            }
        }
    }

    public var value: String
    public var label: Label

    public init(value: String, label: String) {
        self.value = value
        self.label = .text(label)
    }

    public init(value: String, label: Localized) {
        self.value = value
        self.label = .localized(label)
    }

    /// Every case of an enum, labelled by `keyPrefix + rawValue` from the locale files
    /// (`Choice.all(Stage.self, keyPrefix: "catalog.stage.")`).
    public static func all<T: RawRepresentable & CaseIterable>(_ type: T.Type, keyPrefix: String) -> [Choice] where T.RawValue == String {
        T.allCases.map { Choice(value: $0.rawValue, label: t(dynamic: keyPrefix + $0.rawValue)) }
    }
}

/// `<option>`s with the chosen values marked `selected`; `placeholder` is an empty first option
/// ("any", "choose…"). Labels are text (escaped); lists of hundreds cost microseconds.
public struct Options: HTMLView {
    public let choices: [Choice]
    public let selected: [String]
    public let placeholder: Localized?

    public init(_ choices: [Choice], selected: String?, placeholder: Localized? = nil) {
        self.choices = choices
        self.selected = selected.map { [$0] } ?? []
        self.placeholder = placeholder
    }

    public init(_ choices: [Choice], selected: [String], placeholder: Localized? = nil) {
        self.choices = choices
        self.selected = selected
        self.placeholder = placeholder
    }

    public var body: some HTMLContent {
        if let placeholder { option(.value("")) { placeholder } }
        for choice in choices {
            option(.value(choice.value), .selected(selected.contains(choice.value))) { choice.label }
        }
    }
}
