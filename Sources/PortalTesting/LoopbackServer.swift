import PortalHTTP
import VaporTesting

extension PortalHarness {
    /// Runs the real HTTP server on 127.0.0.1 (a free port) around `body`, for tests that need real
    /// connections (streamed bodies, socket addresses); `body` gets the base URL.
    /// Shutting down waits for requests still in flight (a loaded suite can be slow), so none outlives
    /// the application it runs in.
    public func withServer<T>(_ body: (String) async throws -> T) async throws -> T {
        app.http.server.configuration.shutdownTimeout = .seconds(300)
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError, reason: "no port") }
            let result = try await body("http://127.0.0.1:\(port)")
            await app.server.shutdown()
            return result
        } catch {
            await app.server.shutdown()
            throw error
        }
    }
}
