import Applications
import Catalog
import Crypto
import Foundation
import PopulationRegistry
import PortalHTTP
import PortalTesting
import Reception
import Testing
import VaporTesting

/// Every route, every kind of person, with real objects: A's applications, invoices, bookings, sessions
/// and tokens, company X's links, agency Y's cases, registry entries, forms and role changes in region R
/// — called by their owner and by everyone else (citizens, company representatives, agency Y's officials
/// of R and of S, another agency, the registry keeper, the platform administrator), over sessions and
/// over tokens with and without the scope. A new route without a row fails the test.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    static var rows: [Row] {
        ShellRows.rows + IdentityRows.rows + CatalogRows.rows + ApplicationRows.rows + PaymentRows.rows + ReceptionRows.rows + AccountabilityRows.rows
            + NotificationRows.rows + WebhookRows.rows + InformationRows.rows
    }

    @Test("every route answers each kind of person, session and token as its row says")
    func matrix() async throws {
        let began = Date()
        try await withPortal(start: MatrixWorld.start, config: Self.adjust) { portal in
            let world = try await Self.world(portal)
            let ready = Date()
            let rows = Self.rows
            for problem in MatrixRunner.completeness(rows, routes: portal.app.routes.all) { Issue.record(Comment(rawValue: problem)) }
            let report = try await MatrixRunner(world: world).run(rows)
            for failure in report.failures { Issue.record(Comment(rawValue: failure)) }
            let total = Date().timeIntervalSince(began), setup = ready.timeIntervalSince(began)
            print("authorization matrix (\(TestDatabases.engineName)): \(rows.count) rows, \(report.calls) calls (\(report.skipped) tokens not issued), "
                  + "\(report.failures.count) unexpected answers; \(String(format: "%.1f", total)) s (setup \(String(format: "%.1f", setup)) s); slowest rows: "
                  + report.seconds.sorted { $0.1 > $1.1 }.prefix(8).map { "\($0.0) \(String(format: "%.1f", $0.1)) s" }.joined(separator: ", "))
        }
    }

    /// Limits that are not what the matrix proves (each has its own test) are raised: the slot search is
    /// hit by every actor in one minute (its rate limit is fixed when the routes are registered, so it is
    /// set through the environment the module reads); A's booking limits are raised in `world`.
    static func adjust(_ config: inout PortalConfig) {
        config.environment["ONEWINDOW_RECEPTION_SEARCHES_PER_MINUTE"] = "10000"
        config.environment["ONEWINDOW_SMS_GATEWAY_SECRET"] = "matrix-sms-secret"
    }

    /// The cast, signed in at 10:20 with the second factor, and the objects made before the run.
    /// A holds many bookings (the reception limits are raised); the look-up quota is lowered to two per
    /// hour so its 429 row is reached.
    static func world(_ portal: PortalHarness) async throws -> MatrixWorld {
        portal.app.reception.settings.maxActiveBookings = 1_000
        portal.app.reception.settings.maxPerOfficialPerWeek = 1_000
        try await CatalogModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
        try await ApplicationsModule().seedDemo(SeedContext(app: portal.app, credentials: DemoCredentials()))
        portal.app.population.settings.lookupsPerHour = 2
        let cast = MatrixCast()
        try await cast.provision(portal)
        let world = MatrixWorld(portal: portal, cast: cast)
        world.installProvider()
        try await world.createReceptionOfficials()
        try await world.makeLapsedBookings(5)
        portal.clock.set(MatrixWorld.runsAt)
        for actor in Actor.allCases { _ = try await world.browser(actor) }
        try await cast.linkCompanies(world)
        _ = try await world.formJSON  // the form as published, before any row changes its draft
        world.setUpDone()
        return world
    }

    /// A TOTP secret sealed as the portal keeps it (AES-GCM with the key derived from the configured secret).
    static func seal(_ secret: [UInt8], _ portal: PortalHarness) throws -> String {
        try AES.GCM.seal(secret, using: portal.app.portal.encryptionKey).combined!.base64EncodedString()
    }
}
