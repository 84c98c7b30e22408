import Catalog
import FluentKit
import Foundation
import PortalHTTP
import SQLKit

/// Many submitted cases for load measurements (`onewindow seed --cases N`, development only): spread
/// over the demo forms' services, applicants of the demo register, states and due dates, numbered
/// from the same counter as real submissions so nothing collides later.
public enum SyntheticCases {
    public static func insert(count: Int, app: Application) async throws {
        let forms = try await FormVersionModel.query(on: app.db).filter(\.$state == .published).all()
        let index = try await app.catalog.index(on: app)
        guard !forms.isEmpty, let applicant = try await app.portal.staff.firstAccount(on: app.db) else { return }
        let applicantID = applicant.id
        let applicantFIN = applicant.fin
        var owners: [String: UUID] = [:]
        for form in forms {
            if let code = index.entry(code: form.serviceCode)?.agency.code, let id = try await app.portal.directory.agency(code: code)?.id { owners[form.serviceCode] = id }
        }
        let agencies = owners
        guard let fallback = agencies.values.first else { return }
        let statuses: [CaseStatus] = [.received, .inReview, .inReview, .infoRequested, .approved, .completed, .rejected]
        let units = ["AZ-QBA", "AZ-GA", "AZ-MAS", "AZ-BA", "AZ-SAK"]
        let firstNames = ["Aysel", "Elvin", "Günel", "Rəşad", "Nigar", "Orxan", "Ləman", "Tural", "Səbinə", "İlkin", "Aytən", "Fərid"]
        let lastNames = ["Məmmədova", "Əliyev", "Hüseynova", "Quliyev", "Həsənova", "İsmayılov", "Cəfərova", "Bağırov", "Şükürova",
                         "Nəsibov", "Abbasova", "Rzayev", "Kərimova", "Süleymanov", "Qasımova", "Vəliyev", "Musayeva", "Orucov"]
        let now = app.portal.now()
        let calendar = app.portal.calendar
        let year = BakuTime.calendar().component(.year, from: now)
        var made = 0
        while made < count {
            let batch = min(500, count - made)
            let first = made
            try await app.db.writeTransaction { db in
                let last = try await CaseNumbers.reserve(year: year, count: batch, on: db)
                var models: [CaseModel] = []
                for i in 0..<batch {
                    let n = first + i
                    let form = forms[n % forms.count]
                    let model = CaseModel()
                    model.id = UUID()
                    model.number = String(format: "OW-%04d-%06d", year, last - batch + 1 + i)
                    model.serviceCode = form.serviceCode
                    model.agencyID = agencies[form.serviceCode] ?? fallback
                    model.formVersion = form.version
                    model.applicantID = applicantID
                    model.applicantFIN = applicantFIN
                    // Varied names, so a search by name is as selective as with real applicants.
                    model.setApplicantName(first: firstNames[n % firstNames.count], last: lastNames[(n / firstNames.count) % lastNames.count])
                    let status = statuses[n % statuses.count]
                    model.status = status
                    model.answers = Answers(values: ["phone": "+99450\(String(format: "%07d", n % 10_000_000))"])
                    model.unitCode = units[n % units.count]
                    model.deadlineDays = 15
                    model.pausedDays = 0
                    let received = LocalDate(now.addingTimeInterval(-Double(n % 60) * 86_400))
                    model.setDeadline(CaseDeadline(received: received, days: 15), calendar)
                    if status == .infoRequested { model.pausedSince = LocalDate(now).iso }
                    if status == .rejected { model.decisionReason = RejectionReason.incompleteDocuments.rawValue }
                    model.createdAt = now
                    model.updatedAt = now
                    model.submittedAt = now
                    models.append(model)
                }
                try await models.create(on: db)
            }
            made += batch
        }
    }
}

extension CaseNumbers {
    /// Reserves `count` numbers at once; returns the last one.
    static func reserve(year: Int, count: Int, on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        try await sql.raw("INSERT INTO applications_numbers (year, last) VALUES (\(bind: year), 0) ON CONFLICT (year) DO NOTHING").run()
        let row = try await sql.raw("UPDATE applications_numbers SET last = last + \(bind: count) WHERE year = \(bind: year) RETURNING last").first()
        guard let last = try row?.decode(column: "last", as: Int.self) else { throw Abort(.internalServerError) }
        return last
    }
}
