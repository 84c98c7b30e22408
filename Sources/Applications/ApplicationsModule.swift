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

    public var migrations: [any Migration] { [CreateApplicationTables(), AddRegisterFilledFields()] }

    public var permissions: [PermissionGrant] {
        [PermissionGrant(FormRegistry.edit, to: [.agencyAdmin, .platformAdmin]),
         PermissionGrant(OfficeCases.work, to: [.operator_, .reviewer, .head]),
         PermissionGrant(OfficeCases.decide, to: [.reviewer, .head]),
         PermissionGrant(OfficeCases.overdue, to: [.head])]
    }

    public var navigation: [NavigationLink] {
        [NavigationLink(labelKey: "nav.applications", path: "/applications", audience: .signedIn),
         NavigationLink(labelKey: "nav.office.applications", path: "/office/applications", audience: .office)]
    }

    public var openAPI: OpenAPIFragment { OpenAPIFragment(file: "applications.json") }

    public func configure(_ app: Application) throws {
        app.catalog.setOnlineApplicationsProvider { app in try await FormRegistry(app: app).onlineServices(on: app.db) }
        // A paid state fee moves its application on, in the payment's own transaction.
        app.payments.register(ApplicationFeeSettlement(app: app), forSubjectType: FeeInvoicing.subjectType)
    }

    public func routes(_ routes: PortalRoutes) throws {
        CitizenPages().register(web: routes.web, signedIn: routes.signedIn)
        CaseOfficePages().register(routes.office)
        FormOfficePages().register(routes.office)
        ApplicationsAPI().register(routes.api)
    }

    public func stats(on db: any Database) async throws -> [Stat] {
        let submitted = try await CaseModel.query(on: db).filter(\.$number != nil).count()
        let open = try await CaseModel.query(on: db).filter(\.$status ~~ [CaseStatus.received, .inReview, .infoRequested, .approved].map(\.rawValue)).count()
        let overdue = try await CaseModel.query(on: db).filter(\.$status ~~ [CaseStatus.received, .inReview, .approved].map(\.rawValue))
            .filter(\.$pausedSince == nil).filter(\.$dueOn < LocalDate(Date()).iso).count()
        let rated = try await CaseModel.query(on: db).filter(\.$rating != nil).all()
        var stats = [Stat(key: "applications.submitted", value: Int64(submitted)), Stat(key: "applications.open", value: Int64(open)),
                     Stat(key: "applications.overdue", value: Int64(overdue)),
                     Stat(key: "applications.forms_published", value: Int64(try await FormVersionModel.query(on: db).filter(\.$state == "published").count()))]
        if !rated.isEmpty {
            // Average satisfaction × 100 (figures are integers).
            stats.append(Stat(key: "applications.satisfaction_x100", value: Int64(rated.compactMap(\.rating).reduce(0, +) * 100 / rated.count)))
        }
        return stats
    }

    public func seedDemo(_ context: SeedContext) async throws {
        guard try await FormVersionModel.query(on: context.db).count() == 0 else { return }
        let registry = FormRegistry(app: context.app)
        for form in try Self.demoForms() {
            _ = try await registry.saveDraft(form, principal: nil, ip: nil)
            _ = try await registry.publish(form.serviceCode, principal: nil, ip: nil)
        }
    }

    /// The demo forms (Sources/Applications/Data/demo-forms.json, written by scripts/data/generate-demo-forms.py).
    public static func demoForms() throws -> [FormDefinition] {
        guard let url = Bundle.module.url(forResource: "demo-forms", withExtension: "json", subdirectory: "Data") else {
            throw Abort(.internalServerError, reason: "demo-forms.json is missing from the bundle")
        }
        return try JSONDecoder().decode([FormDefinition].self, from: Data(contentsOf: url))
    }
}
