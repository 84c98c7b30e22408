@testable import Applications
import Foundation
import PortalCore
import Testing

@Suite("Case rules")
struct CaseRulesTests {
    /// The whole transition table, written out: every (from, to, actor) not listed here is refused.
    static let allowed: Set<String> = [
        "draft→submitted:applicant", "draft→cancelled:applicant",
        "submitted→received:system", "submitted→awaiting_payment:system",
        "awaiting_payment→received:system", "awaiting_payment→cancelled:applicant",
        "received→in_review:operator", "received→in_review:reviewer", "received→in_review:head",
        "received→cancelled:applicant", "received→rejected:reviewer", "received→rejected:head",
        "in_review→info_requested:operator", "in_review→info_requested:reviewer", "in_review→info_requested:head",
        "info_requested→in_review:applicant",
        "in_review→approved:reviewer", "in_review→approved:head",
        "in_review→rejected:reviewer", "in_review→rejected:head",
        "approved→completed:operator", "approved→completed:reviewer", "approved→completed:head",
    ]

    @Test("every transition for every actor is as the table says")
    func transitionTable() {
        var checked = 0
        for from in CaseStatus.allCases {
            for to in CaseStatus.allCases {
                for actor in CaseActor.allCases {
                    let key = "\(from.rawValue)→\(to.rawValue):\(actor.rawValue)"
                    #expect(CaseTransitions.allows(from, to, by: actor) == Self.allowed.contains(key), "\(key)")
                    checked += 1
                }
            }
        }
        #expect(checked == 10 * 10 * 5)
        // Final states go nowhere; an applicant can never decide.
        for status in CaseStatus.allCases where status.isFinal {
            #expect(CaseActor.allCases.allSatisfy { CaseTransitions.next(from: status, by: $0).isEmpty })
        }
        #expect(!CaseTransitions.allows(.inReview, .approved, by: .applicant))
        #expect(!CaseTransitions.allows(.awaitingPayment, .received, by: .head), "only the payment moves a case past the fee")
    }

    static let calendar = WorkingDayCalendar(holidays: [LocalDate(year: 2026, month: 3, day: 20), LocalDate(year: 2026, month: 3, day: 23)],
                                             extraWorkingDays: [LocalDate(year: 2026, month: 3, day: 28)])

    @Test("deadlines count working days from the day after receipt, skipping weekends and holidays")
    func deadlines() {
        // Received Thursday 2026-03-19; Fri 20 and Mon 23 are holidays, Sat 28 a moved working day.
        var deadline = CaseDeadline(received: LocalDate(year: 2026, month: 3, day: 19), days: 5)
        // 24, 25, 26, 27, 28 → the 5th working day is Saturday 28.
        #expect(deadline.due(Self.calendar) == LocalDate(year: 2026, month: 3, day: 28))
        #expect(CaseDeadline(received: LocalDate(year: 2026, month: 3, day: 19), days: nil).days == 15)
        #expect(CaseDeadline(received: LocalDate(year: 2026, month: 3, day: 19), days: 90).days == 30, "never beyond the legal maximum")
        #expect(!deadline.isOverdue(on: LocalDate(year: 2026, month: 3, day: 28), Self.calendar))
        #expect(deadline.isOverdue(on: LocalDate(year: 2026, month: 3, day: 30), Self.calendar))

        // Paused on Tuesday 24 (asked for information), answered Friday 27: 3 working days do not count.
        deadline.pause(on: LocalDate(year: 2026, month: 3, day: 24))
        #expect(!deadline.isOverdue(on: LocalDate(year: 2026, month: 4, day: 30), Self.calendar), "a paused clock is never overdue")
        deadline.resume(on: LocalDate(year: 2026, month: 3, day: 27), Self.calendar)
        #expect(deadline.pausedDays == 3)
        // 8 working days after the 19th: 24 25 26 27 28 30 31 Apr 1.
        #expect(deadline.due(Self.calendar) == LocalDate(year: 2026, month: 4, day: 1))

        let extended = deadline.extend(to: 30)
        let beyond = deadline.extend(to: 31)
        let shorter = deadline.extend(to: 20)
        #expect(extended && deadline.days == 30)
        #expect(!beyond)
        #expect(!shorter, "an extension only lengthens")
    }
}

@Suite("Form answers")
struct FormValidationTests {
    static let form = FormDefinition(serviceCode: "EN-0002", pages: [
        FormPage(id: "one", title: LocalizedText(az: "Bir"), fields: [
            FormField(id: "name", kind: .text, label: LocalizedText(az: "Ad"), prefill: .fullName),
            FormField(id: "spouse_fin", kind: .fin, label: LocalizedText(az: "FİN")),
            FormField(id: "married_before", kind: .yesNo, label: LocalizedText(az: "Əvvəl?")),
            FormField(id: "divorce", kind: .text, label: LocalizedText(az: "Boşanma"), showIf: .init(field: "married_before", equals: "yes")),
        ]),
        FormPage(id: "two", title: LocalizedText(az: "İki"), fields: [
            FormField(id: "wished", kind: .date, label: LocalizedText(az: "Tarix"), dateRule: "future"),
            FormField(id: "place", kind: .unit, label: LocalizedText(az: "Yer")),
            FormField(id: "guests", kind: .number, label: LocalizedText(az: "Qonaq"), required: false, min: 0, max: 500),
            FormField(id: "phone", kind: .phone, label: LocalizedText(az: "Telefon")),
            FormField(id: "children", kind: .group, label: LocalizedText(az: "Uşaq"), required: false, max: 2, fields: [
                FormField(id: "child_fin", kind: .fin, label: LocalizedText(az: "FİN")),
            ]),
        ]),
    ])

    let validation = FormValidation(form: Self.form, today: LocalDate(year: 2026, month: 12, day: 3), unitCodes: ["AZ-QBA", "AZ-GA"])

    @Test("each answer is checked and normalised; hidden fields are neither required nor kept")
    func answers() {
        var answers = Answers(values: ["name": "Aysel Məmmədova", "spouse_fin": " 5vbk5vr ", "married_before": "no",
                                       "wished": "2026-12-20", "place": "AZ-QBA", "guests": "40", "phone": "050 123 45 67"])
        var result = validation.checkAll(answers)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.answers.values["spouse_fin"] == "5VBK5VR")
        #expect(result.answers.values["phone"] == "+994501234567")
        answers.values["married_before"] = "yes"
        result = validation.checkAll(answers)
        #expect(result.problems == [AnswerProblem(page: "one", field: "divorce", key: "applications.answer.required")])
    }

    @Test("every problem is listed with its page, field and reason, and what was typed is kept")
    func problems() {
        let answers = Answers(values: ["name": "A", "spouse_fin": "12", "married_before": "maybe", "wished": "2026-12-01",
                                       "place": "AZ-XX", "guests": "many", "phone": "123"],
                              groups: ["children": [["child_fin": "5VBK5VR"], ["child_fin": "bad"], ["child_fin": "94FMDDD"]]])
        let result = validation.checkAll(answers)
        let found = Set(result.problems.map { "\($0.page).\($0.field):\($0.key)" })
        #expect(found == [
            "one.spouse_fin:validation.fin.length", "one.married_before:applications.answer.option",
            "two.wished:applications.answer.date_past", "two.place:applications.answer.unit", "two.guests:applications.answer.number",
            "two.phone:\(PhoneNumber.parse("123").failureKey ?? "")", "two.children:applications.answer.group_too_many",
            "two.children.1.child_fin:validation.fin.length",
        ])
        #expect(result.answers.values["guests"] == "many", "the draft keeps what was typed")
        #expect(validation.visiblePages(answers).map(\.id) == ["one", "two"])
    }

    @Test("a form definition with duplicate ids, empty options or a forward condition cannot be published")
    func definitionProblems() {
        #expect(Self.form.problems(publishing: true).isEmpty)
        var bad = Self.form
        bad.pages[1].fields.append(FormField(id: "name", kind: .select, label: LocalizedText(az: "X")))
        bad.pages[0].fields[3].showIf = .init(field: "wished", equals: "x")
        let keys = Set(bad.problems(publishing: true).map(\.key))
        #expect(keys == ["applications.builder.problem.field_id", "applications.builder.problem.options", "applications.builder.problem.condition"])
        bad = FormDefinition(serviceCode: "X", pages: [FormPage(id: "p", title: LocalizedText(az: "P"), fields: [])])
        #expect(bad.problems().isEmpty, "a draft may have an empty page")
        #expect(bad.problems(publishing: true).map(\.key) == ["applications.builder.problem.empty_page"])
    }
}

@Suite("Answers from a register")
struct RegisterAnswerTests {
    static let form = FormDefinition(serviceCode: "ICRA-QBA-0002", pages: [
        FormPage(id: "applicant", title: LocalizedText(az: "Ərizəçi"), fields: [
            FormField(id: "full_name", kind: .text, label: LocalizedText(az: "Ad"), max: 5, prefill: .fullName),
            FormField(id: "birth_date", kind: .date, label: LocalizedText(az: "Doğum tarixi"), prefill: .birthDate),
        ]),
        FormPage(id: "residence", title: LocalizedText(az: "Ünvan"), fields: [
            FormField(id: "address", kind: .text, label: LocalizedText(az: "Ünvan"), prefill: .address, whenMissing: .enterWithDocument),
            FormField(id: "unit", kind: .unit, label: LocalizedText(az: "Rayon"), prefill: .unit),
        ]),
    ])

    static func validation(registerFilled: Set<String>?) -> FormValidation {
        FormValidation(form: form, today: LocalDate(year: 2026, month: 12, day: 3), unitCodes: ["AZ-QBA"], registerFilled: registerFilled)
    }

    @Test("the register's answers are kept as filled, not judged by the form's rules; without a record every prefilled field is the register's")
    func registerAnswers() {
        let answers = Answers(values: ["full_name": "Məmmədova Aysel Rauf qızı", "birth_date": "1990-04-12", "address": "Quba, Nizami 7", "unit": "AZ-QBA"])
        for validation in [Self.validation(registerFilled: nil), Self.validation(registerFilled: ["full_name", "birth_date", "address", "unit"])] {
            let result = validation.checkAll(answers)
            #expect(result.problems.isEmpty, "a register name longer than the form's maximum is still the name")
            #expect(result.answers == answers)
        }
    }

    @Test("a prefilled field the register could not fill: typed with a supporting document, or (by default) not online")
    func missingFromRegister() {
        let validation = Self.validation(registerFilled: ["full_name", "birth_date"])
        var answers = Answers(values: ["full_name": "Ad", "birth_date": "1990-04-12", "address": "Quba, Nizami 7"])
        var result = validation.checkAll(answers)
        #expect(Set(result.problems.map { "\($0.page).\($0.field):\($0.key)" }) == [
            "residence.address.document:applications.prefill.document_required", "residence.unit:applications.prefill.visit_office"])
        #expect(result.answers.values["address"] == "Quba, Nizami 7", "the typed value is kept")
        answers.values["address.document"] = "not-a-file"
        #expect(validation.checkAll(answers).problems.contains(AnswerProblem(page: "residence", field: "address.document", key: "applications.answer.file")))
        let document = UUID().uuidString
        answers.values["address.document"] = document
        answers.values["address"] = ""
        result = validation.checkAll(answers)
        #expect(result.problems.contains(AnswerProblem(page: "residence", field: "address", key: "applications.answer.required")))
        answers.values["address"] = "Quba, Nizami 7"
        result = validation.checkAll(answers)
        #expect(result.problems == [AnswerProblem(page: "residence", field: "unit", key: "applications.prefill.visit_office")])
        #expect(result.answers.values["address.document"] == document)
        #expect(validation.isMissingFromRegister(Self.form.pages[1].fields[0]) && !validation.isMissingFromRegister(Self.form.pages[0].fields[0]))
    }

    @Test("a register's field cannot sit in a repeatable group or be a file; a way out needs a register field")
    func placement() {
        #expect(Self.form.problems(publishing: true).isEmpty)
        var bad = Self.form
        bad.pages[1].fields.append(FormField(id: "children", kind: .group, label: LocalizedText(az: "Uşaq"), fields: [
            FormField(id: "child_name", kind: .text, label: LocalizedText(az: "Ad"), prefill: .fullName)]))
        bad.pages[1].fields.append(FormField(id: "photo", kind: .file, label: LocalizedText(az: "Şəkil"), prefill: .address))
        bad.pages[0].fields.append(FormField(id: "note", kind: .text, label: LocalizedText(az: "Qeyd"), whenMissing: .visitOffice))
        #expect(Set(bad.problems(publishing: true).map { "\($0.field):\($0.key)" }) == [
            "child_name:applications.builder.problem.prefill_place", "photo:applications.builder.problem.prefill_place",
            "note:applications.builder.problem.when_missing"])
    }

    @Test("the way out is part of the form's JSON; forms written before it read as they were")
    func json() throws {
        let data = try JSONEncoder().encode(Self.form)
        #expect(String(decoding: data, as: UTF8.self).contains(#""whenMissing":"enter-with-document""#))
        #expect(try JSONDecoder().decode(FormDefinition.self, from: data) == Self.form)
        let old = #"{"id":"address","kind":"text","label":{"az":"Ünvan"},"required":true,"prefill":"address"}"#
        let field = try JSONDecoder().decode(FormField.self, from: Data(old.utf8))
        #expect(field.prefill == .address && field.whenMissing == nil)
    }
}

extension Result where Failure == ValidationIssue {
    var failureKey: String? { if case .failure(let issue) = self { return issue.key } else { return nil } }
}
