import PortalHTTP

/// The newsroom's form as posted (field names are the form's ids), and back into the form when shown again.
struct NewsroomForm: Content {
    var agency: String?
    var kind: String?
    var title_az: String?
    var title_en: String?
    var title_ru: String?
    var body_az: String?
    var body_en: String?
    var body_ru: String?
    var valid_until: String?
    var document_type: String?
    var document_number: String?
    var document_date: String?
    var change_note: String?

    init() {}

    init(_ draft: ItemDraft) {
        title_az = draft.title.az
        title_en = draft.title.en
        title_ru = draft.title.ru
        body_az = draft.body.az
        body_en = draft.body.en
        body_ru = draft.body.ru
        valid_until = draft.validUntil
        document_type = draft.documentType
        document_number = draft.documentNumber
        document_date = draft.documentDate
        change_note = draft.changeNote
    }

    var draft: ItemDraft {
        ItemDraft(title: LocalizedText(az: title_az ?? "", en: title_en, ru: title_ru), body: LocalizedText(az: body_az ?? "", en: body_en, ru: body_ru),
                  validUntil: valid_until, documentType: document_type, documentNumber: document_number, documentDate: document_date,
                  changeNote: change_note)
    }
}
