import Foundation
import NIOConcurrencyHelpers
import PortalHTTP
import VaporTesting

/// A browser for tests: keeps cookies, reads the CSRF token from each page and sends it with forms,
/// so tests go through the same pages and checks a person does.
public final class TestBrowser: @unchecked Sendable {
    public let app: Application
    private let state = NIOLockedValueBox(State())

    struct State {
        var cookies: [String: String] = [:]
        var csrf: String?
    }

    init(app: Application) { self.app = app }

    /// A browser starting with the given cookies (for concurrent requests from "the same" visitor).
    public static func detached(app: Application, cookies: [String: String]) -> TestBrowser {
        let browser = TestBrowser(app: app)
        browser.state.withLockedValue { $0.cookies = cookies }
        return browser
    }

    public var cookies: [String: String] { state.withLockedValue { $0.cookies } }
    public var csrfToken: String? { state.withLockedValue { $0.csrf } }

    public func setCookie(_ name: String, _ value: String?) {
        state.withLockedValue { $0.cookies[name] = value }
    }

    @discardableResult
    public func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form with the page's CSRF token (unless `csrf` overrides it; pass "" to send none).
    @discardableResult
    public func post(_ path: String, _ form: [(String, String)] = [], csrf: String? = nil) async throws -> TestingHTTPResponse {
        var fields = form
        let token = csrf ?? csrfToken
        if let token, !token.isEmpty { fields.append(("_csrf", token)) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with one file (and the page's CSRF token).
    @discardableResult
    public func upload(_ path: String, field: String, filename: String, contents: Data, contentType: String,
                       _ form: [(String, String)] = []) async throws -> TestingHTTPResponse {
        let boundary = "----onewindow-test-\(UUID().uuidString)"
        var body = Data()
        func part(_ header: String, _ content: Data) {
            body.append(Data("--\(boundary)\r\n\(header)\r\n\r\n".utf8))
            body.append(content)
            body.append(Data("\r\n".utf8))
        }
        for (name, value) in form + [("_csrf", csrfToken ?? "")] {
            part("Content-Disposition: form-data; name=\"\(name)\"", Data(value.utf8))
        }
        part("Content-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: \(contentType)", contents)
        body.append(Data("--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await send(.POST, path, headers: headers, body: ByteBuffer(data: body))
    }

    /// Follows a redirect (GET to its Location).
    @discardableResult
    public func follow(_ response: TestingHTTPResponse) async throws -> TestingHTTPResponse {
        guard let location = response.headers.first(name: .location) else { return response }
        return try await get(location)
    }

    public func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: ByteBuffer?) async throws -> TestingHTTPResponse {
        var headers = headers
        let cookieHeader = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        if !cookieHeader.isEmpty { headers.replaceOrAdd(name: .cookie, value: cookieHeader) }
        let request = TestingHTTPRequest(method: method, url: URI(string: path), headers: headers,
                                         body: body ?? ByteBufferAllocator().buffer(capacity: 0))
        let response = try await app.testing().performTest(request: request)
        absorb(response)
        return response
    }

    private func absorb(_ response: TestingHTTPResponse) {
        state.withLockedValue { state in
            for header in response.headers[.setCookie] {
                let pair = header.split(separator: ";").first.map(String.init) ?? ""
                // `name=` (a cleared cookie) keeps its empty value, so the cookie is dropped as a browser drops it.
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2 else { continue }
                if header.lowercased().contains("max-age=0") || parts[1].isEmpty {
                    state.cookies[parts[0]] = nil
                } else {
                    state.cookies[parts[0]] = parts[1]
                }
            }
            if let token = Self.csrf(in: response.body.string) { state.csrf = token }
        }
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~"])) ?? text
    }

    // MARK: journeys used by many tests

    /// Signs in (with a TOTP code when given); returns the final response.
    @discardableResult
    public func signIn(_ identifier: String, _ password: String, code: String? = nil) async throws -> TestingHTTPResponse {
        let page = try await get("/signin")
        if page.status == .seeOther { try await follow(page) }  // already signed in: take that page's token
        var response = try await post("/signin", [("identifier", identifier), ("password", password)])
        if let code, response.headers.first(name: .location)?.hasPrefix("/signin/verify") == true {
            try await follow(response)
            response = try await post("/signin/verify", [("code", code)])
        }
        return response
    }

    /// Confirms the password, and the code when given (re-authentication for sensitive changes; an
    /// account with TOTP needs the code).
    @discardableResult
    public func confirmPassword(_ password: String, next: String, code: String? = nil) async throws -> TestingHTTPResponse {
        try await get("/account/confirm-password?next=" + next)
        return try await post("/account/confirm-password", [("password", password), ("next", next)] + (code.map { [("code", $0)] } ?? []))
    }
}

extension TestingHTTPResponse {
    /// The value of the `name` cookie this response sets, with its attributes.
    public func setCookieHeader(_ name: String) -> String? {
        headers[.setCookie].first { $0.hasPrefix(name + "=") }
    }
}
