import PortalCore
import Vapor

/// Turns every error into a response that leaks nothing: a localised HTML page for people, an RFC 9457
/// problem document under `/api`. Unexpected errors are logged with the request id shown to the user.
public struct PortalErrorMiddleware: Middleware {
    public init() {}

    public func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            // Swift views render synchronously: the error page needs no hop off the event loop.
            request.eventLoop.makeSucceededFuture(self.errorResponse(for: error, request: request))
        }
    }

    func errorResponse(for thrown: any Error, request: Request) -> Response {
        let error = (thrown as? any Refusal)?.problem ?? thrown
        let status: HTTPResponseStatus
        var headers = HTTPHeaders()
        if let abort = error as? any AbortError {
            status = abort.status
            headers = abort.headers
        } else {
            status = .internalServerError
        }
        let reference = request.headers.first(name: "X-Request-Id") ?? request.id
        if status.code >= 500 {
            request.logger.error("request failed", metadata: ["error": "\(String(reflecting: type(of: error)))", "reference": .string(reference)])
        }
        let messageKey = Self.messageKey(for: error, status: status)
        let response: Response
        if request.url.path.hasPrefix("/api/") {
            response = problemResponse(error: error, status: status, messageKey: messageKey, request: request)
        } else {
            response = htmlResponse(status: status, messageKey: messageKey, reference: status.code >= 500 ? reference : nil,
                                          retryAfter: (error as? TooManyRequests)?.retryAfter, request: request)
        }
        for (name, value) in headers where name.lowercased() != "content-type" && name.lowercased() != "content-length" {
            response.headers.replaceOrAdd(name: name, value: value)
        }
        return response
    }

    static func messageKey(for error: any Error, status: HTTPResponseStatus) -> String {
        if error is CSRFFailure { return "error.csrf" }
        switch status.code {
        case 400, 401, 403, 404, 405, 409, 413, 415, 422, 429: return "error.\(status.code)"
        case 400..<500: return "error.400"
        default: return "error.500"
        }
    }

    func problemResponse(error: any Error, status: HTTPResponseStatus, messageKey: String, request: Request) -> Response {
        let localizer = request.portal.localizer
        let lang = request.language
        var problem = ProblemDetails(
            type: "/problems/" + (error is CSRFFailure ? "csrf" : "http-\(status.code)"),
            title: localizer.text("\(messageKey).title", lang),
            status: Int(status.code),
            detail: localizer.text(messageKey, lang, [String((error as? TooManyRequests)?.retryAfter ?? 60)]),
            instance: request.url.path)
        if let apiProblem = error as? APIProblem {
            problem.type = "/problems/" + apiProblem.slug
            if let key = apiProblem.detailKey { problem.detail = localizer.text(key, lang) }
            if !apiProblem.fieldIssues.isEmpty {
                problem.errors = apiProblem.fieldIssues.map {
                    FieldProblem(field: $0.field, code: $0.issue.key, message: localizer.text($0.issue.key, lang))
                }
            }
        }
        if let tooMany = error as? TooManyRequests { problem.retryAfter = tooMany.retryAfter }
        let response = Response(status: status)
        do {
            try response.content.encode(problem, as: .json)
        } catch {
            response.body = .init(string: #"{"title":"Error","status":\#(status.code)}"#)
        }
        response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        return response
    }

    func htmlResponse(status: HTTPResponseStatus, messageKey: String, reference: String?, retryAfter: Int?, request: Request) -> Response {
        let message = request.t(messageKey, String(retryAfter ?? 60))
        let page = ErrorPageView(heading: request.t("\(messageKey).title"), message: message, reference: reference)
        if let rendered = try? request.render(page, titleKey: "\(messageKey).title", status: status, forms: false) {
            return rendered
        }
        // The page itself failed: plain text, still localised, still leaking nothing.
        let response = Response(status: status, body: .init(string: "\(page.heading)\n\(page.message)\n"))
        response.headers.contentType = .plainText
        return response
    }
}
