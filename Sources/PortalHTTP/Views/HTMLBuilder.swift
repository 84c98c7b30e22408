/// Turns a view's `body` (elements, text, `if`, `switch`, `for`) into one typed value; nothing is
/// rendered until it is written, and nothing is allocated for the structure itself.
@resultBuilder
public enum HTMLBuilder {
    @inlinable
    public static func buildExpression<Content: HTMLContent>(_ content: Content) -> Content { content }

    @inlinable
    public static func buildBlock() -> EmptyHTML { EmptyHTML() }

    @inlinable
    public static func buildPartialBlock<Content: HTMLContent>(first: Content) -> Content { first }

    @inlinable
    public static func buildPartialBlock<First: HTMLContent, Next: HTMLContent>(accumulated: First, next: Next) -> HTMLPair<First, Next> {
        HTMLPair(accumulated, next)
    }

    @inlinable
    public static func buildOptional<Content: HTMLContent>(_ content: Content?) -> Content? { content }

    @inlinable
    public static func buildEither<First: HTMLContent, Second: HTMLContent>(first: First) -> HTMLEither<First, Second> { .first(first) }

    @inlinable
    public static func buildEither<First: HTMLContent, Second: HTMLContent>(second: Second) -> HTMLEither<First, Second> { .second(second) }

    @inlinable
    public static func buildArray<Content: HTMLContent>(_ contents: [Content]) -> [Content] { contents }

    @inlinable
    public static func buildLimitedAvailability<Content: HTMLContent>(_ content: Content) -> Content { content }
}
