import PortalHTTP

/// Accounts, sign-in, sessions, companies, officials, the cabinet and the office home.
public struct IdentityModule: PortalModule {
    public init() {}

    public var name: String { "identity" }

    public var migrations: [any Migration] { [CreateIdentityTables(), CreateRoleChangeRequests(), AddSecondFactorHardening(), AddRecoveryAndVerifiedContacts()] }

    public var permissions: [PermissionGrant] {
        IdentityPermissions.grants
    }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.cabinet", path: "/cabinet", audience: .signedIn),
         NavigationLink(labelKey: "nav.office", path: "/office", audience: .office),
         NavigationLink(labelKey: "nav.office.officials", path: "/office/officials", audience: .office)]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "identity.json") }

    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "identity.purge-expired-sessions", interval: .seconds(600)) { app in
            try await SessionStore(db: app.db, config: app.portal.config, now: app.portal.now()).purgeExpired()
        },
         BackgroundJob(name: "identity.purge-second-factor-records", interval: .seconds(3600)) { app in
            let now = app.portal.now()
            try await app.db.writeTransaction { db in
                // Attempts past any window still count for nothing; used steps a day old can no longer match.
                try await SecondFactorRecords.purge(attemptsBefore: now.addingTimeInterval(-2 * SecondFactorPolicy.account.window),
                                                    stepsBefore: now.addingTimeInterval(-86400), on: db)
                // Reset and verification secrets a day past their expiry are of no more use, even as evidence.
                try await OneTimeSecrets.purge(before: now.addingTimeInterval(-86400), on: db)
            }
        }]
    }

    /// Every scope a personal access token can carry (the OpenAPI document lists the same).
    public static var tokenScopes: [String] { CreateAccessToken.scopes }

    /// The session middleware for HTML routes.
    public static var webSessionMiddleware: any Middleware { WebSessionMiddleware() }
    /// The bearer-token middleware for `/api/v1`.
    public static var apiTokenMiddleware: any AsyncMiddleware { APITokenMiddleware() }

    public func configure(_ app: Application) throws {
        app.storage[IdentityServicesKey.self] = try IdentityServices(config: app.portal.config, portal: app.portal)
        app.portal.staffDirectory = DatabaseStaffDirectory()
        app.portal.accountContacts = DatabaseAccountContacts()
    }

    public func routes(_ routes: PortalRoutes) throws {
        SignInPages().register(routes.web)
        RecoveryPages().register(routes.web)
        ContactVerificationPages().register(web: routes.web, signedIn: routes.signedIn)
        RegisterPages().register(routes.web)
        AccountPages().register(routes.web)
        CabinetPages().register(routes.signedIn)
        SecurityPages().register(routes.signedIn)
        CompanyPages().register(routes.signedIn)
        TokenPages().register(routes.signedIn)
        OfficePages().register(routes.office)
        MeAPI().register(routes.api)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await IdentityStatistics.stats(on: db)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        try await SeedDemoAccounts(context: context).run()
    }
}
