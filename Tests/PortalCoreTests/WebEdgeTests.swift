import PortalCore
import Testing

@Suite("Addresses, return paths and links")
struct WebEdgeTests {
    @Test("IP addresses: IPv4, IPv6 (compressed, embedded IPv4, brackets), canonical text; nonsense refused")
    func addresses() throws {
        #expect(IPAddress("192.0.2.10")?.description == "192.0.2.10")
        #expect(IPAddress("::ffff:192.0.2.10") == IPAddress("192.0.2.10"), "a dual-stack socket's IPv4 is the same address")
        #expect(IPAddress("2001:DB8:0:0:0:0:0:1")?.description == "2001:db8::1")
        #expect(IPAddress("[2001:db8::1]")?.description == "2001:db8::1")
        #expect(IPAddress("fe80::1%eth0")?.description == "fe80::1")
        #expect(IPAddress("::")?.description == "::" && IPAddress("::1")?.isLoopback == true)
        #expect(IPAddress("127.8.9.10")?.isLoopback == true && IPAddress("10.0.0.1")?.isLoopback == false)
        for bad in ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 x", "1::2::3", "12345::", "::g", "example.org", "1.2.3.4/8"] {
            #expect(IPAddress(bad) == nil, "\(bad) refused")
        }
    }

    @Test("CIDR ranges contain what they should, for IPv4 and IPv6")
    func networks() throws {
        let ten = try #require(IPNetwork("10.0.0.0/8"))
        #expect(ten.contains(IPAddress("10.255.1.2")!) && !ten.contains(IPAddress("11.0.0.1")!))
        #expect(ten.contains(IPAddress("::ffff:10.1.2.3")!))
        let one = try #require(IPNetwork("192.0.2.7"))
        #expect(one.contains(IPAddress("192.0.2.7")!) && !one.contains(IPAddress("192.0.2.8")!))
        let v6 = try #require(IPNetwork("2001:db8:abcd::/48"))
        #expect(v6.contains(IPAddress("2001:db8:abcd:12::1")!) && !v6.contains(IPAddress("2001:db8:abce::1")!))
        #expect(!v6.contains(IPAddress("10.0.0.1")!))
        #expect(IPNetwork("172.16.5.4/12")?.description == "172.16.0.0/12")
        #expect(IPNetwork("0.0.0.0/0")?.contains(IPAddress("203.0.113.1")!) == true)
        for bad in ["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", "nonsense/8", "10.0.0.0/8/8"] { #expect(IPNetwork(bad) == nil, "\(bad)") }
    }

    @Test("return paths: only a same-site path, whatever the encoding",
          arguments: ["/", "/services?q=nikah", "/cabinet/applications/OW-2026-000001", "/services?q=50%25", "/services?q=%C9%99",
                      "/a-b_c.d~e/f?g=h&i=j#k"])
    func localPathsAccepted(path: String) {
        #expect(LocalPath.isSafe(path))
    }

    @Test("return paths: other sites, backslashes, control characters and their encoded forms are refused",
          arguments: ["", "evil", "https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil", "/\t/evil.example", "/\n/evil",
                      "/x\r\nSet-Cookie: a=b", "/%2F%2Fevil.example", "/%2f/evil", "/%5Cevil", "/%09/evil", "/%0D%0ALocation:x", "/a/b//c",
                      "/%252F%252Fevil", "/%25252F%25252Fevil", "/x%00", "/\u{7F}", "/\u{85}x", "/\u{2028}x", "javascript:alert(1)",
                      "/" + String(repeating: "a", count: 3_000)])
    func localPathsRefused(path: String) {
        #expect(!LocalPath.isSafe(path), "\(path.debugDescription)")
        #expect(LocalPath.safe(path, fallback: "/cabinet") == "/cabinet")
    }

    @Test("links from data: only http(s) URLs with a host")
    func links() {
        #expect(WebLink.httpURL("https://e-gov.az/x?y=1") == "https://e-gov.az/x?y=1")
        #expect(WebLink.httpURL("HTTP://example.az") == "HTTP://example.az")
        for bad in [nil, "", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example",
                    "/local", "e-gov.az", "https://", "http:///x", "https://a b", "java\tscript:alert(1)", "ftp://files.example"] {
            #expect(WebLink.httpURL(bad) == nil, "\(String(describing: bad))")
        }
    }
}
