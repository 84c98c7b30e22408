import Foundation
import PortalHTTP

/// Demo data on an empty development database; the credentials are printed once and kept in a file
/// only the owner can read.
enum DemoSeeder {
    static func seed(_ app: Application) async throws {
        guard app.portal.config.mode != .production else { return }
        let credentials = DemoCredentials()
        let context = SeedContext(app: app, credentials: credentials)
        for module in app.portal.modules { try await module.seedDemo(context) }
        let lines = credentials.all
        guard !lines.isEmpty else { return }
        let text = """
            Demo accounts (development only; printed once — also in \(app.portal.config.demoCredentialsFile)):
            \(lines.map { "  " + $0 }.joined(separator: "\n"))
            Officials sign in with a TOTP code from the secret shown (any authenticator app).

            """
        print(text)
        let path = app.portal.config.demoCredentialsFile
        try? FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }
}
