// The HTML elements views use, as functions in every `HTMLView` (members, so they win over
// same-named C functions such as `div`, `select` and `time` inside a view). Add one when a page needs
// it; keep the list to real HTML.

extension HTMLView {
    @inlinable public func html<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("html", attributes, content())
    }
    @inlinable public func html(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("html", attributes, EmptyHTML()) }

    @inlinable public func head<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("head", attributes, content())
    }
    @inlinable public func head(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("head", attributes, EmptyHTML()) }

    @inlinable public func title<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("title", attributes, content())
    }
    @inlinable public func title(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("title", attributes, EmptyHTML()) }

    @inlinable public func body<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("body", attributes, content())
    }
    @inlinable public func body(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("body", attributes, EmptyHTML()) }

    @inlinable public func header<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("header", attributes, content())
    }
    @inlinable public func header(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("header", attributes, EmptyHTML()) }

    @inlinable public func footer<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("footer", attributes, content())
    }
    @inlinable public func footer(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("footer", attributes, EmptyHTML()) }

    @inlinable public func main<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("main", attributes, content())
    }
    @inlinable public func main(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("main", attributes, EmptyHTML()) }

    @inlinable public func nav<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("nav", attributes, content())
    }
    @inlinable public func nav(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("nav", attributes, EmptyHTML()) }

    @inlinable public func section<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("section", attributes, content())
    }
    @inlinable public func section(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("section", attributes, EmptyHTML()) }

    @inlinable public func div<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("div", attributes, content())
    }
    @inlinable public func div(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("div", attributes, EmptyHTML()) }

    @inlinable public func span<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("span", attributes, content())
    }
    @inlinable public func span(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("span", attributes, EmptyHTML()) }

    @inlinable public func p<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("p", attributes, content())
    }
    @inlinable public func p(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("p", attributes, EmptyHTML()) }

    @inlinable public func a<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("a", attributes, content())
    }
    @inlinable public func a(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("a", attributes, EmptyHTML()) }

    @inlinable public func h1<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("h1", attributes, content())
    }
    @inlinable public func h1(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("h1", attributes, EmptyHTML()) }

    @inlinable public func h2<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("h2", attributes, content())
    }
    @inlinable public func h2(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("h2", attributes, EmptyHTML()) }

    @inlinable public func h3<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("h3", attributes, content())
    }
    @inlinable public func h3(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("h3", attributes, EmptyHTML()) }

    @inlinable public func h4<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("h4", attributes, content())
    }
    @inlinable public func h4(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("h4", attributes, EmptyHTML()) }

    @inlinable public func ul<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("ul", attributes, content())
    }
    @inlinable public func ul(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("ul", attributes, EmptyHTML()) }

    @inlinable public func ol<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("ol", attributes, content())
    }
    @inlinable public func ol(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("ol", attributes, EmptyHTML()) }

    @inlinable public func li<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("li", attributes, content())
    }
    @inlinable public func li(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("li", attributes, EmptyHTML()) }

    @inlinable public func dl<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("dl", attributes, content())
    }
    @inlinable public func dl(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("dl", attributes, EmptyHTML()) }

    @inlinable public func dt<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("dt", attributes, content())
    }
    @inlinable public func dt(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("dt", attributes, EmptyHTML()) }

    @inlinable public func dd<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("dd", attributes, content())
    }
    @inlinable public func dd(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("dd", attributes, EmptyHTML()) }

    @inlinable public func table<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("table", attributes, content())
    }
    @inlinable public func table(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("table", attributes, EmptyHTML()) }

    @inlinable public func caption<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("caption", attributes, content())
    }
    @inlinable public func caption(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("caption", attributes, EmptyHTML()) }

    @inlinable public func thead<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("thead", attributes, content())
    }
    @inlinable public func thead(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("thead", attributes, EmptyHTML()) }

    @inlinable public func tbody<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("tbody", attributes, content())
    }
    @inlinable public func tbody(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("tbody", attributes, EmptyHTML()) }

    @inlinable public func tr<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("tr", attributes, content())
    }
    @inlinable public func tr(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("tr", attributes, EmptyHTML()) }

    @inlinable public func th<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("th", attributes, content())
    }
    @inlinable public func th(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("th", attributes, EmptyHTML()) }

    @inlinable public func td<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("td", attributes, content())
    }
    @inlinable public func td(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("td", attributes, EmptyHTML()) }

    @inlinable public func form<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("form", attributes, content())
    }
    @inlinable public func form(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("form", attributes, EmptyHTML()) }

    @inlinable public func label<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("label", attributes, content())
    }
    @inlinable public func label(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("label", attributes, EmptyHTML()) }

    @inlinable public func button<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("button", attributes, content())
    }
    @inlinable public func button(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("button", attributes, EmptyHTML()) }

    @inlinable public func select<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("select", attributes, content())
    }
    @inlinable public func select(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("select", attributes, EmptyHTML()) }

    @inlinable public func option<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("option", attributes, content())
    }
    @inlinable public func option(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("option", attributes, EmptyHTML()) }

    @inlinable public func textarea<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("textarea", attributes, content())
    }
    @inlinable public func textarea(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("textarea", attributes, EmptyHTML()) }

    @inlinable public func fieldset<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("fieldset", attributes, content())
    }
    @inlinable public func fieldset(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("fieldset", attributes, EmptyHTML()) }

    @inlinable public func legend<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("legend", attributes, content())
    }
    @inlinable public func legend(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("legend", attributes, EmptyHTML()) }

    @inlinable public func details<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("details", attributes, content())
    }
    @inlinable public func details(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("details", attributes, EmptyHTML()) }

    @inlinable public func summary<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("summary", attributes, content())
    }
    @inlinable public func summary(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("summary", attributes, EmptyHTML()) }

    @inlinable public func figure<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("figure", attributes, content())
    }
    @inlinable public func figure(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("figure", attributes, EmptyHTML()) }

    @inlinable public func figcaption<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("figcaption", attributes, content())
    }
    @inlinable public func figcaption(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("figcaption", attributes, EmptyHTML()) }

    @inlinable public func strong<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("strong", attributes, content())
    }
    @inlinable public func strong(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("strong", attributes, EmptyHTML()) }

    @inlinable public func em<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("em", attributes, content())
    }
    @inlinable public func em(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("em", attributes, EmptyHTML()) }

    @inlinable public func small<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("small", attributes, content())
    }
    @inlinable public func small(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("small", attributes, EmptyHTML()) }

    @inlinable public func mark<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("mark", attributes, content())
    }
    @inlinable public func mark(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("mark", attributes, EmptyHTML()) }

    @inlinable public func code<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("code", attributes, content())
    }
    @inlinable public func code(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("code", attributes, EmptyHTML()) }

    @inlinable public func pre<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("pre", attributes, content())
    }
    @inlinable public func pre(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("pre", attributes, EmptyHTML()) }

    @inlinable public func blockquote<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("blockquote", attributes, content())
    }
    @inlinable public func blockquote(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("blockquote", attributes, EmptyHTML()) }

    @inlinable public func time<Content: HTMLContent>(_ attributes: Attribute..., @HTMLBuilder content: () -> Content) -> Element<Content> {
        Element("time", attributes, content())
    }
    @inlinable public func time(_ attributes: Attribute...) -> Element<EmptyHTML> { Element("time", attributes, EmptyHTML()) }

    @inlinable public func meta(_ attributes: Attribute...) -> VoidElement { VoidElement("meta", attributes) }
    @inlinable public func link(_ attributes: Attribute...) -> VoidElement { VoidElement("link", attributes) }
    @inlinable public func input(_ attributes: Attribute...) -> VoidElement { VoidElement("input", attributes) }
    @inlinable public func br(_ attributes: Attribute...) -> VoidElement { VoidElement("br", attributes) }
    @inlinable public func hr(_ attributes: Attribute...) -> VoidElement { VoidElement("hr", attributes) }
    @inlinable public func img(_ attributes: Attribute...) -> VoidElement { VoidElement("img", attributes) }
}
