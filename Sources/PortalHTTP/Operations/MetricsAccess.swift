import PortalCore
import Vapor

extension Request {
    /// `/metrics` is for monitoring on this host (a loopback client, not relayed by a proxy) or for
    /// whoever presents `Authorization: Bearer <ONEWINDOW_METRICS_TOKEN>`.
    public var mayReadMetrics: Bool {
        if let token = portal.config.metricsToken {
            if let presented = headers.bearerAuthorization?.token, constantTimeEquals(presented, token) { return true }
        }
        return isDirectLoopbackClient
    }

    /// A client on this host talking to the portal directly: a loopback address, and no proxy headers.
    public var isDirectLoopbackClient: Bool {
        Self.isDirectLoopback(clientIP: clientIP, relayed: !headers[.xForwardedFor].isEmpty || !headers[.forwarded].isEmpty)
    }

    /// A proxy on this host makes every visitor look local: a relayed request never is.
    public static func isDirectLoopback(clientIP: String, relayed: Bool) -> Bool {
        !relayed && IPAddress(clientIP)?.isLoopback == true
    }
}
