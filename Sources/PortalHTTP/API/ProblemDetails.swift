import PortalCore
import Vapor

/// RFC 9457 problem details, the one error format of `/api`.
public struct ProblemDetails: Content, Sendable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String?
    public var instance: String?
    /// Field-level errors of a rejected input (extension member).
    public var errors: [FieldProblem]?
    /// Seconds to wait before retrying (extension member, mirrors Retry-After).
    public var retryAfter: Int?

    public init(type: String, title: String, status: Int, detail: String? = nil, instance: String? = nil,
                errors: [FieldProblem]? = nil, retryAfter: Int? = nil) {
        self.type = type
        self.title = title
        self.status = status
        self.detail = detail
        self.instance = instance
        self.errors = errors
        self.retryAfter = retryAfter
    }
}

public struct FieldProblem: Content, Sendable, Hashable {
    /// JSON pointer-ish name of the field (`fin`, `answers.phone`).
    public var field: String
    /// Stable machine code (the message key, `validation.fin.length`).
    public var code: String
    /// The message in the request's language.
    public var message: String

    public init(field: String, code: String, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }
}

/// An API error with a problem type and optional field errors; the error middleware renders it.
public struct APIProblem: AbortError {
    public var status: HTTPResponseStatus
    /// Problem type slug, published under `/problems/<slug>` (e.g. `validation`).
    public var slug: String
    public var detailKey: String?
    public var fieldIssues: [(field: String, issue: ValidationIssue)]
    /// Sent with the problem (e.g. `Retry-After`).
    public var headers: HTTPHeaders

    public init(_ status: HTTPResponseStatus, slug: String, detailKey: String? = nil, fieldIssues: [(field: String, issue: ValidationIssue)] = [],
                headers: HTTPHeaders = [:]) {
        self.status = status
        self.slug = slug
        self.detailKey = detailKey
        self.fieldIssues = fieldIssues
        self.headers = headers
    }

    public var reason: String { slug }

    public static func validation(_ issues: [(field: String, issue: ValidationIssue)]) -> APIProblem {
        APIProblem(.unprocessableEntity, slug: "validation", detailKey: "problem.validation", fieldIssues: issues)
    }
}
