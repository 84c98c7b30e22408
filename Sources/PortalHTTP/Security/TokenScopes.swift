import Fluent
import PortalCore
import PortalDB
import Vapor

/// Scopes of personal access tokens that act for an office. Identity gives them only to people with an
/// office role, from a session whose second factor was verified; office API routes take only them.
public enum TokenScopes {
    public static let applicationsOffice = "applications:office"
    public static let receptionOffice = "reception:office"
    public static let office: Set<String> = [applicationsOffice, receptionOffice]
}

extension Request {
    /// The official behind an office API request: a token with `scope` (citizen scopes never do), held
    /// by someone with an office role and made after the second factor. Without the scope: 403
    /// `insufficient-scope`; a token made without the second factor: 403 `second-factor-required`
    /// (audited as `identity.token.office_refused`); no office role: 403.
    public func requireOfficeToken(scope: String) async throws -> Principal {
        let principal = try requirePrincipal()
        guard principal.grantedScopes?.contains(scope) ?? true else {
            throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope")
        }
        guard principal.secondFactorVerified else {
            try await portal.audit.record(AuditEvent(
                actor: principal.auditActor(ip: clientIP), action: "identity.token.office_refused", subjectFIN: principal.fin.value,
                objectType: "access_token", objectID: principal.tokenID?.uuidString, details: ["scope": scope, "reason": "no_second_factor"]), on: db)
            throw APIProblem(.forbidden, slug: "second-factor-required", detailKey: "problem.second_factor_required")
        }
        guard principal.hasOfficeAccess else { throw Abort(.forbidden) }
        return principal
    }
}
