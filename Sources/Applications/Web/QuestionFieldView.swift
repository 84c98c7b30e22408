import PortalHTTP

/// One question of an application form as the citizen answers it (and as the form builder's preview
/// shows it): a group's fieldset with a card per row and "add another", or a single question.
struct QuestionField: HTMLView {
    let field: FieldView

    var body: some HTMLContent {
        if field.kind == .group {
            fieldset(.class(field.error == nil ? "field" : "field field-error"), .id(field.id)) {
                legend { field.label }
                QuestionMessages(field: field)
                for row in field.rows {
                    fieldset(.class("card")) {
                        legend { row.legend }
                        for child in row.fields { QuestionInput(field: child) }
                        Button(t("applications.question.remove"), style: .secondary, name: "remove", value: row.removeValue)
                    }
                }
                Button(t("applications.question.add_another"), style: .secondary, name: "add", value: field.id)
            }
        } else {
            QuestionInput(field: field)
        }
    }
}

/// A question's hint and error, with the ids its control is described by.
struct QuestionMessages: HTMLView {
    let field: FieldView

    var body: some HTMLContent {
        if let hint = field.hint { p(.class("hint"), .id(field.id + "-hint")) { hint } }
        if let error = field.error { ErrorMessage(id: field.id + "-error", error) }
    }
}

/// A single question: yes/no as radios in a fieldset; otherwise a label and its control (read-only
/// when the register filled it, a select, a text area, a file, or a one-line input).
struct QuestionInput: HTMLView {
    let field: FieldView

    var fieldClass: String { field.error == nil ? "field" : "field field-error" }
    var describedBy: String? { field.describedBy.isEmpty ? nil : field.describedBy }
    var invalid: Attribute { .custom("aria-invalid", field.error == nil ? nil : "true") }

    var body: some HTMLContent {
        if field.kind == .yesNo {
            fieldset(.class(fieldClass), .id(field.id), .ariaDescribedBy(describedBy)) {
                legend { field.label; optionalMark }
                QuestionMessages(field: field)
                for choice in field.options {
                    div(.class("checkbox")) {
                        input(.type("radio"), .id("\(field.id)-\(choice.value)"), .name(field.name), .value(choice.value), .checked(choice.selected))
                        label(.for("\(field.id)-\(choice.value)")) { choice.label }
                    }
                }
            }
        } else {
            div(.class(fieldClass)) {
                label(.for(field.id)) { field.label; optionalMark }
                QuestionMessages(field: field)
                if field.prefilled {
                    p(.class("hint")) { if let notice = field.notice { notice } else { t("applications.question.prefilled") } }
                    input(.id(field.id), .type("text"), .value(field.value), .readonly(), .custom("aria-readonly", "true"))
                } else {
                    control
                }
            }
        }
    }

    @HTMLBuilder var optionalMark: some HTMLContent {
        if !field.required { " "; span(.class("muted")) { t("applications.question.optional") } }
    }

    @HTMLBuilder var control: some HTMLContent {
        switch field.kind {
        case .select, .unit:
            select(.id(field.id), .name(field.name), .ariaDescribedBy(describedBy), invalid) {
                option(.value("")) { t("applications.question.choose") }
                for choice in field.options { option(.value(choice.value), .selected(choice.selected)) { choice.label } }
            }
        case .longText:
            textarea(.id(field.id), .name(field.name), .rows(5), .ariaDescribedBy(describedBy), invalid) { field.value }
        case .file:
            if let fileName = field.fileName { p { t("applications.question.file_kept", fileName) } }
            input(.id(field.id), .name(field.name), .type("file"), .accept("application/pdf,image/png,image/jpeg"), .ariaDescribedBy(describedBy), invalid)
        default:
            input(.id(field.id), .name(field.name), .type(field.inputType), .value(field.value), .inputmode(field.inputMode),
                  .autocomplete(field.autocomplete), .ariaDescribedBy(describedBy), invalid)
        }
    }
}
