import PortalHTTP

/// Payments (the ASAN ödəniş role): invoices for state fees (created by other modules through
/// `Invoices.create`) and fines, payments through the provider's hosted page confirmed by signed
/// callbacks, refunds under the two-person rule, and the daily reconciliation.
public struct PaymentsModule: PortalModule {
    public init() {}

    public var name: String { "payments" }

    public var migrations: [any Migration] { [CreatePaymentsTables(), AddPaymentRegions(), AddUnpaidFinesIndex()] }

    public var permissions: [PermissionGrant] {
        PaymentsPermissions.grants
    }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.payments", path: "/cabinet/payments", audience: .signedIn),
         NavigationLink(labelKey: "nav.office.payments", path: "/office/payments", audience: .office)]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "payments.json") }

    public var jobs: [BackgroundJob] {
        [BackgroundJob(name: "payments.expire", interval: .seconds(60)) { app in _ = try await ExpirePayments(app: app).run() }]
    }

    public func configure(_ app: Application) throws {
        let config = try PaymentsConfig.fromEnvironment(app.portal.config.environment, portal: app.portal.config)
        if config.secret == PaymentsConfig.developmentSecret { app.portal.developmentSecretsInUse.append("ONEWINDOW_PAYMENTS_SECRET") }
        let provider = HTTPPaymentProvider(client: app.client, baseURL: config.providerBaseURL, merchantID: config.merchantID,
                                           secret: config.secret, clock: app.portal.clock,
                                           circuit: app.outsideServices.service("payment-provider"))
        app.storage[PaymentsServicesKey.self] = PaymentsServices(config: config, provider: provider)
        app.payments.register(FineSettlement(app: app), forSubjectType: FineSettlement.subjectType)
        app.portal.cabinetProviders.append(PaymentsCabinetSummary())
        app.portal.unpaidFines = DatabaseUnpaidFines()
    }

    public func routes(_ routes: PortalRoutes) throws {
        ProviderCallback().register(routes.bare)
        PaymentPages().register(routes.signedIn)
        ReceiptPages().register(routes.signedIn)
        PaymentsOfficePages().register(routes.office)
        PaymentsAPI().register(routes.api)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await PaymentsStatistics.stats(on: db)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        try await DemoFines.seed(context.app)
    }
}
