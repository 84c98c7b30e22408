import Catalog
import FluentKit
import Foundation
import Payments
import PortalHTTP

/// E-services: application forms (versioned, built in the office), the citizen's application from
/// draft to result, and the agency's case handling against the legal deadline.
public struct ApplicationsModule: PortalModule {
    public init() {}

    public var name: String { "applications" }

    public var migrations: [any Migration] { [CreateApplicationTables(), AddRegisterFilledFields(), AddApplicantSearch(), AddApplicantResultsIndex()] }

    public var permissions: [PermissionGrant] { ApplicationsPermissions.grants }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.applications", path: "/applications", audience: .signedIn),
         NavigationLink(labelKey: "nav.office.applications", path: "/office/applications", audience: .office)]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "applications.json") }

    public func configure(_ app: Application) throws {
        app.catalog.setOnlineApplicationsProvider { app in try await ApplicationsQueries(db: app.db).onlineServices() }
        // A paid state fee moves its application on, in the payment's own transaction.
        app.payments.register(ApplicationFeeSettlement(app: app), forSubjectType: FeeInvoicing.subjectType)
        app.portal.cabinetProviders.append(ApplicationsCabinetSummary())
    }

    public func routes(_ routes: PortalRoutes) throws {
        CitizenPages().register(web: routes.web, signedIn: routes.signedIn)
        CaseOfficePages().register(routes.office)
        FormOfficePages().register(routes.office)
        ApplicationsAPI().register(routes.api)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        try await ApplicationsStatistics.stats(on: db)
    }

    public func seedDemo(_ context: SeedContext) async throws {
        guard try await FormVersionModel.query(on: context.db).count() == 0 else { return }
        let system = FormEditor(app: context.app, principal: nil, ip: nil)
        for form in try Self.demoForms() {
            guard case .saved = try await SaveFormDraft(editor: system).run(form),
                  case .published = try await PublishForm(editor: system).run(form.serviceCode) else {
                throw Abort(.internalServerError, reason: "demo form \(form.serviceCode) is not valid")
            }
        }
        try await DemoCaseHistory.seed(context.app)
    }

    /// The demo forms (Sources/Applications/Data/demo-forms.json, written by scripts/data/generate-demo-forms.py).
    public static func demoForms() throws -> [FormDefinition] {
        guard let url = Bundle.module.url(forResource: "demo-forms", withExtension: "json", subdirectory: "Data") else {
            throw Abort(.internalServerError, reason: "demo-forms.json is missing from the bundle")
        }
        return try JSONDecoder().decode([FormDefinition].self, from: Data(contentsOf: url))
    }
}
