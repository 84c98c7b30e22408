import Leaf
import PortalCore
import Vapor

/// `#t("key")` or `#t("key", arg0, arg1)` in templates: the string in the request's language.
public struct LocalizeTag: LeafTag {
    public init() {}

    public func render(_ ctx: LeafContext) throws -> LeafData {
        guard let key = ctx.parameters.first?.string else {
            throw "#t needs a message key as its first parameter"
        }
        guard let req = ctx.request else { return .string(key) }
        let arguments = ctx.parameters.dropFirst().map { $0.string ?? "" }
        return .string(req.portal.localizer.text(key, req.language, Array(arguments)))
    }
}

/// `#money(minorUnits)` in templates: an amount formatted for the request's language.
public struct MoneyTag: LeafTag {
    public init() {}

    public func render(_ ctx: LeafContext) throws -> LeafData {
        guard let minor = ctx.parameters.first?.int else { return .string("") }
        let language = ctx.request?.language ?? .az
        return .string(Money(minorUnits: Int64(minor)).formatted(language))
    }
}
