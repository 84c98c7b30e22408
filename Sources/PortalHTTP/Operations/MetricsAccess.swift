import PortalCore
import Vapor

extension Request {
    /// `/metrics` is for monitoring on this host (a loopback client, not relayed by a proxy) or for
    /// whoever presents `Authorization: Bearer <ONEWINDOW_METRICS_TOKEN>`.
    public var mayReadMetrics: Bool {
        if let token = portal.config.metricsToken {
            if let presented = headers.bearerAuthorization?.token, constantTimeEquals(presented, token) { return true }
        }
        // A proxy on this host makes every visitor look local: a relayed request never is.
        guard headers[.xForwardedFor].isEmpty, headers[.forwarded].isEmpty else { return false }
        return IPAddress(clientIP)?.isLoopback == true
    }
}
