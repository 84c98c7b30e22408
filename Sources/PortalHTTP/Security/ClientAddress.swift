import Foundation
import PortalCore

/// Works out who is on the other end of a request behind zero or more reverse proxies.
public enum ClientAddress {
    /// `peer` is the socket's address; `forwardedFor` the `X-Forwarded-For` header lines in order.
    /// Only a trusted peer's header is read, from the right: each trusted proxy appended the address it
    /// was reached from, so the first untrusted one is the client. If every entry is trusted, the
    /// left-most is taken; an entry that is not an address ends the walk at the proxy that passed it on.
    public static func resolve(peer: String?, forwardedFor: [String], trusted: [IPNetwork]) -> String {
        guard let peer else { return "unknown" }
        guard let peerAddress = IPAddress(peer) else { return peer }
        guard !trusted.isEmpty, isTrusted(peerAddress, trusted) else { return peerAddress.description }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        var client = peerAddress
        for hop in hops.reversed() {
            guard let address = parse(hop) else { break }
            client = address
            if !isTrusted(address, trusted) { break }
        }
        return client.description
    }

    static func isTrusted(_ address: IPAddress, _ trusted: [IPNetwork]) -> Bool { trusted.contains { $0.contains(address) } }

    /// An entry as proxies write it: `192.0.2.1`, `192.0.2.1:5555`, `2001:db8::1` or `[2001:db8::1]:443`.
    static func parse(_ hop: String) -> IPAddress? {
        if let address = IPAddress(hop) { return address }
        if hop.hasPrefix("["), let close = hop.firstIndex(of: "]") { return IPAddress(String(hop[hop.index(after: hop.startIndex)..<close])) }
        let parts = hop.split(separator: ":")
        if parts.count == 2, parts[1].allSatisfy(\.isNumber) { return IPAddress(String(parts[0])) }
        return nil
    }
}
