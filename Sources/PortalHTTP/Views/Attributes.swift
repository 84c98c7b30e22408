// The attributes views use. Values are escaped when written; an optional value that is nil leaves
// the attribute out; a boolean attribute is present only when its flag is true.

extension Attribute {
    @inlinable public static func id(_ value: String?) -> Attribute { Attribute("id", value.map(Value.text) ?? .omitted) }
    @inlinable public static func `class`(_ value: String?) -> Attribute { Attribute("class", value.map(Value.text) ?? .omitted) }
    @inlinable public static func href(_ value: String?) -> Attribute { Attribute("href", value.map(Value.text) ?? .omitted) }
    @inlinable public static func name(_ value: String?) -> Attribute { Attribute("name", value.map(Value.text) ?? .omitted) }
    @inlinable public static func value(_ value: String?) -> Attribute { Attribute("value", value.map(Value.text) ?? .omitted) }
    @inlinable public static func type(_ value: String?) -> Attribute { Attribute("type", value.map(Value.text) ?? .omitted) }
    @inlinable public static func `for`(_ value: String?) -> Attribute { Attribute("for", value.map(Value.text) ?? .omitted) }
    @inlinable public static func action(_ value: String?) -> Attribute { Attribute("action", value.map(Value.text) ?? .omitted) }
    @inlinable public static func method(_ value: String?) -> Attribute { Attribute("method", value.map(Value.text) ?? .omitted) }
    @inlinable public static func role(_ value: String?) -> Attribute { Attribute("role", value.map(Value.text) ?? .omitted) }
    @inlinable public static func ariaLabelledBy(_ value: String?) -> Attribute { Attribute("aria-labelledby", value.map(Value.text) ?? .omitted) }
    @inlinable public static func ariaDescribedBy(_ value: String?) -> Attribute { Attribute("aria-describedby", value.map(Value.text) ?? .omitted) }
    @inlinable public static func ariaLive(_ value: String?) -> Attribute { Attribute("aria-live", value.map(Value.text) ?? .omitted) }
    @inlinable public static func lang(_ value: String?) -> Attribute { Attribute("lang", value.map(Value.text) ?? .omitted) }
    @inlinable public static func hreflang(_ value: String?) -> Attribute { Attribute("hreflang", value.map(Value.text) ?? .omitted) }
    @inlinable public static func rel(_ value: String?) -> Attribute { Attribute("rel", value.map(Value.text) ?? .omitted) }
    @inlinable public static func autocomplete(_ value: String?) -> Attribute { Attribute("autocomplete", value.map(Value.text) ?? .omitted) }
    @inlinable public static func enctype(_ value: String?) -> Attribute { Attribute("enctype", value.map(Value.text) ?? .omitted) }
    @inlinable public static func accept(_ value: String?) -> Attribute { Attribute("accept", value.map(Value.text) ?? .omitted) }
    @inlinable public static func inputmode(_ value: String?) -> Attribute { Attribute("inputmode", value.map(Value.text) ?? .omitted) }
    @inlinable public static func content(_ value: String?) -> Attribute { Attribute("content", value.map(Value.text) ?? .omitted) }
    @inlinable public static func charset(_ value: String?) -> Attribute { Attribute("charset", value.map(Value.text) ?? .omitted) }
    @inlinable public static func scope(_ value: String?) -> Attribute { Attribute("scope", value.map(Value.text) ?? .omitted) }
    @inlinable public static func min(_ value: String?) -> Attribute { Attribute("min", value.map(Value.text) ?? .omitted) }
    @inlinable public static func max(_ value: String?) -> Attribute { Attribute("max", value.map(Value.text) ?? .omitted) }
    @inlinable public static func step(_ value: String?) -> Attribute { Attribute("step", value.map(Value.text) ?? .omitted) }
    @inlinable public static func pattern(_ value: String?) -> Attribute { Attribute("pattern", value.map(Value.text) ?? .omitted) }
    @inlinable public static func src(_ value: String?) -> Attribute { Attribute("src", value.map(Value.text) ?? .omitted) }
    @inlinable public static func alt(_ value: String?) -> Attribute { Attribute("alt", value.map(Value.text) ?? .omitted) }
    @inlinable public static func datetime(_ value: String?) -> Attribute { Attribute("datetime", value.map(Value.text) ?? .omitted) }
    @inlinable public static func httpEquiv(_ value: String?) -> Attribute { Attribute("http-equiv", value.map(Value.text) ?? .omitted) }
    @inlinable public static func form(_ value: String?) -> Attribute { Attribute("form", value.map(Value.text) ?? .omitted) }
    @inlinable public static func list(_ value: String?) -> Attribute { Attribute("list", value.map(Value.text) ?? .omitted) }
    @inlinable public static func target(_ value: String?) -> Attribute { Attribute("target", value.map(Value.text) ?? .omitted) }
    @inlinable public static func tabindex(_ value: Int) -> Attribute { Attribute("tabindex", .integer(value)) }
    @inlinable public static func width(_ value: Int) -> Attribute { Attribute("width", .integer(value)) }
    @inlinable public static func height(_ value: Int) -> Attribute { Attribute("height", .integer(value)) }
    /// `aria-hidden="true"`: text that repeats what an accessible name already says.
    @inlinable public static func ariaHidden(_ on: Bool = true) -> Attribute { Attribute("aria-hidden", on ? .text("true") : .omitted) }
    @inlinable public static func rows(_ value: Int) -> Attribute { Attribute("rows", .integer(value)) }
    @inlinable public static func cols(_ value: Int) -> Attribute { Attribute("cols", .integer(value)) }
    @inlinable public static func size(_ value: Int) -> Attribute { Attribute("size", .integer(value)) }
    @inlinable public static func colspan(_ value: Int) -> Attribute { Attribute("colspan", .integer(value)) }
    @inlinable public static func rowspan(_ value: Int) -> Attribute { Attribute("rowspan", .integer(value)) }
    @inlinable public static func maxlength(_ value: Int) -> Attribute { Attribute("maxlength", .integer(value)) }
    @inlinable public static func selected(_ on: Bool = true) -> Attribute { Attribute("selected", on ? .flag : .omitted) }
    @inlinable public static func checked(_ on: Bool = true) -> Attribute { Attribute("checked", on ? .flag : .omitted) }
    @inlinable public static func disabled(_ on: Bool = true) -> Attribute { Attribute("disabled", on ? .flag : .omitted) }
    @inlinable public static func required(_ on: Bool = true) -> Attribute { Attribute("required", on ? .flag : .omitted) }
    @inlinable public static func multiple(_ on: Bool = true) -> Attribute { Attribute("multiple", on ? .flag : .omitted) }
    @inlinable public static func open(_ on: Bool = true) -> Attribute { Attribute("open", on ? .flag : .omitted) }
    @inlinable public static func novalidate(_ on: Bool = true) -> Attribute { Attribute("novalidate", on ? .flag : .omitted) }
    @inlinable public static func readonly(_ on: Bool = true) -> Attribute { Attribute("readonly", on ? .flag : .omitted) }
    @inlinable public static func hidden(_ on: Bool = true) -> Attribute { Attribute("hidden", on ? .flag : .omitted) }
    @inlinable public static func download(_ on: Bool = true) -> Attribute { Attribute("download", on ? .flag : .omitted) }

    /// `aria-label` from the locale files (or a computed string).
    @inlinable public static func ariaLabel(_ value: Localized) -> Attribute { Attribute("aria-label", .localized(value)) }
    @inlinable public static func ariaLabel(_ value: String?) -> Attribute { Attribute("aria-label", value.map(Value.text) ?? .omitted) }
    @inlinable public static func title(_ value: Localized) -> Attribute { Attribute("title", .localized(value)) }
    @inlinable public static func placeholder(_ value: Localized) -> Attribute { Attribute("placeholder", .localized(value)) }
    /// `aria-current="page"` (or `"true"`, `"step"`) on the current item only.
    @inlinable public static func ariaCurrent(_ value: String, when current: Bool) -> Attribute {
        Attribute("aria-current", current ? .text(value) : .omitted)
    }
    /// Left out unless `when` holds (`.class("field-error", when: hasError)` is rarely what you want:
    /// build the class string instead; this is for attributes that are all-or-nothing).
    @inlinable public static func `if`(_ condition: Bool, _ attribute: Attribute) -> Attribute {
        condition ? attribute : Attribute(attribute.name, .omitted)
    }
}
