/// An element with content: `<tag attributes…>content</tag>`.
public struct Element<Content: HTMLContent>: HTMLContent {
    @usableFromInline let tag: StaticString
    @usableFromInline let attributes: [Attribute]
    @usableFromInline let content: Content

    @inlinable
    public init(_ tag: StaticString, _ attributes: [Attribute], _ content: Content) {
        self.tag = tag
        self.attributes = attributes
        self.content = content
    }

    @inlinable
    public func write(to writer: inout HTMLWriter) {
        writer.writeMarkup("<")
        writer.writeMarkup(tag)
        for attribute in attributes { attribute.write(to: &writer) }
        writer.writeMarkup(">")
        content.write(to: &writer)
        writer.writeMarkup("</")
        writer.writeMarkup(tag)
        writer.writeMarkup(">")
    }
}

/// An element without content or end tag: `<input …>`, `<meta …>`, `<br>`.
public struct VoidElement: HTMLContent {
    @usableFromInline let tag: StaticString
    @usableFromInline let attributes: [Attribute]

    @inlinable
    public init(_ tag: StaticString, _ attributes: [Attribute]) {
        self.tag = tag
        self.attributes = attributes
    }

    @inlinable
    public func write(to writer: inout HTMLWriter) {
        writer.writeMarkup("<")
        writer.writeMarkup(tag)
        for attribute in attributes { attribute.write(to: &writer) }
        writer.writeMarkup(">")
    }
}

/// An attribute: a name from the DSL and a value that is always escaped. Conditional forms
/// (`.selected(flag)`, `.ariaCurrent("page", when: flag)`) and nil values leave the attribute out.
public struct Attribute {
    @usableFromInline
    enum Value {
        case text(String)
        case localized(Localized)
        case integer(Int)
        /// A boolean attribute (`selected`, `novalidate`): its name only.
        case flag
        case omitted
    }

    @usableFromInline let name: StaticString
    @usableFromInline let value: Value

    @inlinable
    init(_ name: StaticString, _ value: Value) {
        self.name = name
        self.value = value
    }

    @inlinable
    public func write(to writer: inout HTMLWriter) {
        switch value {
        case .omitted:
            return
        case .flag:
            writer.writeMarkup(" ")
            writer.writeMarkup(name)
        case .text(let text):
            open(&writer)
            writer.writeText(text)
            writer.writeMarkup("\"")
        case .localized(let localized):
            open(&writer)
            localized.write(to: &writer)
            writer.writeMarkup("\"")
        case .integer(let number):
            open(&writer)
            writer.writeInteger(number)
            writer.writeMarkup("\"")
        }
    }

    @inlinable
    func open(_ writer: inout HTMLWriter) {
        writer.writeMarkup(" ")
        writer.writeMarkup(name)
        writer.writeMarkup("=\"")
    }

    /// Any attribute by name (`data-*`, rarely used ones); the value is escaped like every other.
    @inlinable
    public static func custom(_ name: StaticString, _ value: String?) -> Attribute {
        Attribute(name, value.map(Value.text) ?? .omitted)
    }

    /// A boolean attribute by name, present when `on`.
    @inlinable
    public static func flag(_ name: StaticString, _ on: Bool = true) -> Attribute {
        Attribute(name, on ? .flag : .omitted)
    }

    /// A localised attribute value (`aria-label`, `title`, `placeholder`).
    @inlinable
    public static func custom(_ name: StaticString, _ value: Localized) -> Attribute {
        Attribute(name, .localized(value))
    }
}
