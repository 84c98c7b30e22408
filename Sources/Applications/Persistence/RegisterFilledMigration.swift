import Fluent
import Foundation
import PortalCore
import PortalDB

/// `register_filled`: the prefilled fields a register did fill when the application was started (a JSON
/// array of field ids). Those answers are the register's and never the applicant's to write; the other
/// prefilled fields follow the form's `whenMissing`. Null on applications started before: the prefilled
/// answers such an application has are taken as the register's (`registerFilled(in:)`).
struct AddRegisterFilledFields: PortalMigration {
    static let stableName = "applications.v2.register_filled"

    func prepare(on database: any Database) async throws {
        try await database.schema(CaseModel.schema).field("register_filled", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CaseModel.schema).deleteField("register_filled").update()
    }
}

extension CaseModel {
    /// The register's answers of this case. For one started before they were recorded: the prefilled
    /// answers it has (the best that can be told; a value written over the API from another page before
    /// writes were refused looks the same).
    func registerFilled(in form: FormDefinition) -> Set<String> {
        Self.registerFilled(registerFilled, answers: answers, in: form)
    }

    static func registerFilled(_ recorded: Set<String>?, answers: Answers, in form: FormDefinition) -> Set<String> {
        recorded ?? Set(form.prefilledFields.map(\.id).filter { !(answers.values[$0] ?? "").isEmpty })
    }

    /// Nil for applications started before the column existed.
    var registerFilled: Set<String>? {
        get { registerFilledJSON.flatMap { try? CanonicalJSON.decode([String].self, from: $0) }.map(Set.init) }
        set { registerFilledJSON = newValue.map { String(decoding: (try? JSONCoding.encoder.encode($0.sorted())) ?? Data("[]".utf8), as: UTF8.self) } }
    }
}
