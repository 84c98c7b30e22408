import App
import Foundation
import Identity
import PopulationRegistry
import PortalHTTP
import VaporTesting

/// A configured, migrated portal on its own database, with a clock the test controls.
public struct PortalHarness: Sendable {
    public let app: Application
    public let clock: ManualClock

    /// The configuration tests run with: secure cookies on, cheap bcrypt, the testing mode.
    public static func config(_ backend: DatabaseBackend) -> PortalConfig {
        var config = PortalConfig(mode: .testing, database: backend, databasePoolSize: 2, publicBaseURL: "https://portal.test",
                     secretKey: "test-secret-key-0123456789-0123456789-0123456789", secureCookies: true, bcryptCost: 4,
                     filesDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("ow-files-\(UUID().uuidString)").path,
                     maxUploadBytes: 256 * 1024)
        // The suite runs its tests in parallel against one PostgreSQL server (the reception race fires 50
        // bookings at once, the audit test 60 appends): on a loaded 2-core machine a request may wait
        // longer than production's 10 s for a connection without anything being wrong.
        config.databasePoolTimeout = 120
        return config
    }

    public func browser() -> TestBrowser { TestBrowser(app: app) }

    /// Puts a person into the stand-in population register.
    @discardableResult
    public func person(_ fin: String, first: String = "Test", last: String = "Testov", patronymic: String = "Test oğlu",
                       birth: String = "1990-01-01", idCard: String = "AA1234567", idCardExpires: String = "2035-01-01",
                       unit: String = "AZ-QBA") async throws -> PersonRecord {
        let record = PersonRecord(
            fin: FIN(uncheckedValue: fin), firstName: first, lastName: last, patronymic: patronymic, birthDate: LocalDate(iso: birth)!,
            gender: "male", address: "\(unit) test address", territorialUnitCode: unit,
            documents: [IdentityDocument(kind: .idCard, number: idCard, issuedOn: LocalDate(iso: "2010-01-01")!, expiresOn: LocalDate(iso: idCardExpires))])
        try await PopulationRegistryWriter.insert(record, on: app.db)
        return record
    }

    public func company(voen: String, name: String, director: String) async throws {
        try await PopulationRegistryWriter.insert(CompanyRecord(voen: VOEN(uncheckedValue: voen), name: name, directorFIN: FIN(uncheckedValue: director)), on: app.db)
    }

    /// The register now names `director` as the company's director.
    public func setDirector(voen: String, to director: String) async throws {
        try await PopulationRegistryWriter.setDirector(voen: voen, fin: director, on: app.db)
    }

    /// The register's address of a person (nil: none recorded).
    public func setAddress(_ fin: String, _ address: String?) async throws {
        try await PopulationRegistryWriter.setAddress(fin: fin, address, on: app.db)
    }

    /// A person in the register with an account (and optionally office roles and a TOTP secret).
    @discardableResult
    public func account(_ fin: String, password: String = "correct horse battery", email: String? = nil, phone: String? = nil,
                        roles: [ProvisionAccount.Role] = [], totpSecret: [UInt8]? = nil, idCard: String? = nil) async throws -> UUID {
        if try await app.portal.registryLookup.person(fin: FIN(uncheckedValue: fin)) == nil {
            try await person(fin, idCard: idCard ?? Self.idCardNumber(for: fin))
        }
        return try await ProvisionAccount(app: app).run(fin: FIN(uncheckedValue: fin), email: email ?? "\(fin.lowercased())@example.az",
                                                        phone: phone, password: password, roles: roles, totpSecret: totpSecret)
    }

    /// An ID card number derived from the FIN, the same in every run (`hashValue` is seeded per process),
    /// so a collision would show on every run, not once in a while. `series` tells casts apart.
    public static func idCardNumber(for fin: String, series: String = "AA") -> String {
        var hash: UInt32 = 2_166_136_261  // FNV-1a
        for byte in fin.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return series + String(1_000_000 + hash % 8_000_000)
    }

    /// The current TOTP code for a secret at the harness clock's time.
    public func totp(_ secret: [UInt8], offsetSteps: Int64 = 0) -> String {
        let totp = TOTP(secret: secret)
        return totp.code(forStep: totp.step(at: clock.now()) + offsetSteps)
    }
}

/// Runs `body` against a fresh portal (SQLite, or PostgreSQL when ONEWINDOW_TEST_DATABASE_URL is set).
/// `adjust` changes the test configuration first (e.g. trusted proxies, a metrics token).
public func withPortal<T>(start: Date = Date(timeIntervalSince1970: 1_795_000_000),
                          config adjust: ((inout PortalConfig) -> Void)? = nil,
                          routes: (@Sendable (Application) throws -> Void)? = nil,
                          _ body: (PortalHarness) async throws -> T) async throws -> T {
    LogCapture.install()
    let lease = try await TestDatabases.shared.lease()
    let clock = ManualClock(start)
    let app = try await Application.make(.testing)
    do {
        var config = PortalHarness.config(lease.backend)
        adjust?(&config)
        try await PortalApp.configure(app, config: config, clock: clock)
        try routes?(app)
        try await app.asyncBoot()
        let result = try await body(PortalHarness(app: app, clock: clock))
        try await app.asyncShutdown()
        await lease.cleanup()
        return result
    } catch {
        try? await app.asyncShutdown()
        await lease.cleanup()
        throw error
    }
}
