import PortalHTTP

// What each of the Applications use cases' refusals means over HTTP, said once: the error middleware
// answers it as a page or as problem details (docs/architecture.md, "The toolkit").

extension Applicant.Failure: Refusal {
    var problem: APIProblem {
        switch self {
        // Someone else's case, or none: the same 404.
        case .notFound: return .notFound
        // No such online service (unknown code, or not applied for on the portal): not found.
        case .notOnline: return APIProblem(.notFound, slug: "not-found", detailKey: "applications.api.not_online")
        case .wrongState: return .conflict(detailKey: "applications.api.wrong_state")
        // Every rejected answer, as `answers.<page>.<field>` (the draft keeps what was sent).
        case .invalid(let problems):
            return .validation(problems.map { (field: "answers.\($0.page).\($0.field)", issue: ValidationIssue($0.key)) })
        case .file(let key): return .validation([(field: "file", issue: ValidationIssue(key))])
        }
    }
}

extension CaseOfficial.Failure: Refusal {
    var problem: APIProblem {
        switch self {
        case .notFound: return .notFound
        case .forbidden: return .forbidden
        case .wrongState: return .conflict(detailKey: "applications.api.wrong_state")
        case .invalid(let field, let key): return .validation([(field: field, issue: ValidationIssue(key))])
        }
    }
}

extension CaseLog.NotAllowed: Refusal {
    var problem: APIProblem { .conflict(detailKey: "applications.api.wrong_state") }
}
