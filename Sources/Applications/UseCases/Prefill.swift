import Foundation
import PortalHTTP

/// Fills what the state already holds (population register, the session) into a new draft, and says
/// which prefilled fields it did fill: those answers are the register's for the life of the draft. A
/// prefilled field it could not fill follows the form's `whenMissing`.
struct Prefill {
    let person: PersonRecord?
    let principal: Principal

    func value(_ source: FormField.Prefill) -> String? {
        let value: String?
        switch source {
        case .fullName: value = person?.fullName ?? principal.displayName
        case .birthDate: value = person?.birthDate.iso
        case .address: value = person?.address
        case .unit: value = person?.territorialUnitCode
        case .fin: value = principal.fin.value
        case .phone, .email: value = nil
        case .companyVOEN: value = principal.actingFor?.voen
        case .companyName: value = principal.actingFor?.name
        }
        // An empty register entry is no value.
        return value.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
    }

    func answers(for form: FormDefinition) -> (answers: Answers, filled: Set<String>) {
        var answers = Answers()
        var filled = Set<String>()
        for field in form.prefilledFields {
            guard let source = field.prefill, let value = value(source) else { continue }
            answers.values[field.id] = value
            filled.insert(field.id)
        }
        return (answers, filled)
    }
}
