import PortalCore
import Testing

@Suite("Identifiers")
struct IdentifierTests {
    @Test("FIN accepts tolerant input and stores upper case",
          arguments: [("5vbk5vr", "5VBK5VR"), (" 94F MDDD ", "94FMDDD"), ("94fmddd", "94FMDDD")])
    func finAccepts(raw: String, stored: String) throws {
        #expect(try FIN.parse(raw).get().value == stored)
    }

    @Test("FIN rejects with a reason the UI can show",
          arguments: [("", "validation.fin.empty"), ("5VBK5V", "validation.fin.length"), ("5VBK5VRR", "validation.fin.length"),
                      ("5VBK5VI", "validation.fin.letters_io"), ("O4FMDDD", "validation.fin.letters_io"), ("5VBK-5V!", "validation.fin.characters"),
                      ("5ВBK5VR", "validation.fin.characters")])
    func finRejects(raw: String, reason: String) {
        guard case .failure(let issue) = FIN.parse(raw) else { Issue.record("accepted \(raw)"); return }
        #expect(issue.key == reason)
    }

    @Test("VÖEN check digit and legal status",
          arguments: [("1400057421", true), ("0200432771", true), ("200432771", true), ("1400057424", false), ("1401555081", false),
                      ("140005742", false), ("14000574211", false), ("14000a7421", false)])
    func voen(raw: String, valid: Bool) {
        let result = VOEN.parse(raw)
        if case .success = result { #expect(valid, "\(raw) accepted") } else { #expect(!valid, "\(raw) rejected") }
    }

    @Test("VÖEN reasons")
    func voenReasons() throws {
        #expect(try VOEN.parse("200432771").get().value == "0200432771")
        #expect(try VOEN.parse("1400057421").get().legalStatus == .legalPerson)
        if case .failure(let issue) = VOEN.parse("1400057424") { #expect(issue.key == "validation.voen.status") } else { Issue.record("accepted") }
        if case .failure(let issue) = VOEN.parse("1401555081") { #expect(issue.key == "validation.voen.check_digit") } else { Issue.record("accepted") }
    }

    @Test("phone numbers normalise to E.164 and display in groups",
          arguments: ["0501234567", "994501234567", "+994 (50) 123-45-67", "+994501234567", "50 123 45 67"])
    func phoneAccepts(raw: String) throws {
        let phone = try PhoneNumber.parse(raw).get()
        #expect(phone.e164 == "+994501234567")
        #expect(phone.display == "+994 50 123 45 67")
    }

    @Test("phone rejections", arguments: [("", "validation.phone.empty"), ("0121234567", "validation.phone.not_mobile"),
                                          ("+7 999 123 45 67", "validation.phone.format"), ("050123456", "validation.phone.format"),
                                          ("05O1234567", "validation.phone.format")])
    func phoneRejects(raw: String, reason: String) {
        guard case .failure(let issue) = PhoneNumber.parse(raw) else { Issue.record("accepted \(raw)"); return }
        #expect(issue.key == reason)
    }

    @Test("postal codes", arguments: [("AZ1000", "AZ1000"), ("az 4000", "AZ4000"), ("AZ-4400", "AZ4400"), ("2000", "AZ2000")])
    func postalCodes(raw: String, stored: String) throws {
        let code = try PostalCode.parse(raw).get()
        #expect(code.value == stored)
        #expect(code.districtDigits == String(stored.dropFirst(2).prefix(2)))
    }

    @Test("postal code rejections", arguments: ["", "AZ100", "AZ10000", "AB1000", "AZ1O00"])
    func postalRejects(raw: String) {
        if case .success = PostalCode.parse(raw) { Issue.record("accepted \(raw)") }
    }

    @Test("ID card numbers", arguments: [("aa 1234567", "AA1234567"), ("AZE12345678", "AZE12345678"), ("aze 1234 5678", "AZE12345678")])
    func idCards(raw: String, stored: String) throws {
        #expect(try IDCardNumber.parse(raw).get().description == stored)
    }

    @Test("ID card rejections", arguments: [("AA123456", "validation.id_card.format"), ("AZE1234567", "validation.id_card.format"),
                                            ("XY1234567", "validation.id_card.series"), ("", "validation.id_card.empty")])
    func idCardRejects(raw: String, reason: String) {
        guard case .failure(let issue) = IDCardNumber.parse(raw) else { Issue.record("accepted"); return }
        #expect(issue.key == reason)
    }

    @Test("e-mail addresses", arguments: [("Aysel@Example.AZ ", true), ("a@b.az", true), ("no-at-sign", false), ("a@b", false), ("a b@c.az", false), ("@c.az", false)])
    func email(raw: String, valid: Bool) {
        if case .success = EmailAddress.parse(raw) { #expect(valid) } else { #expect(!valid) }
    }
}
