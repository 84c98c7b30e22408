import Vapor

/// How a use case says no. A module's failure type conforms and says once, beside its cases, what each
/// means over HTTP; `PortalErrorMiddleware` then answers it everywhere the same way — a page in the
/// person's language (404, 403, 409, 422, 429…) or RFC 9457 problem details under `/api` — so no page
/// or API handler translates failures itself. A page that re-shows its form for an `invalid` case
/// catches that case; every other refusal just propagates.
public protocol Refusal: Error, Sendable {
    /// The status, the problem type (`/problems/<slug>`), the localised detail and any field errors.
    var problem: APIProblem { get }
}

extension APIProblem {
    /// 404 that does not say whether the thing exists or is someone else's (the same problem type as
    /// any other 404).
    public static let notFound = APIProblem(.notFound, slug: "http-404")
    public static let forbidden = APIProblem(.forbidden, slug: "http-403")

    /// 409: the object is not in a state that allows this (`detailKey` says which).
    public static func conflict(_ slug: String = "wrong-state", detailKey: String? = nil) -> APIProblem {
        APIProblem(.conflict, slug: slug, detailKey: detailKey)
    }
}
