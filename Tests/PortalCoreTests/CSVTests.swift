import PortalCore
import Testing

@Suite("CSV")
struct CSVTests {
    @Test("RFC 4180: quoting, doubled quotes, CRLF records; reading accepts LF, CRLF and a byte-order mark")
    func rfc4180() throws {
        let rows = [["a", "b,c", "d\"e", "f\ng", " h", "i\r\nj"], ["", "", "", "", "", ""]]
        let text = CSV.render(rows)
        #expect(text == "a,\"b,c\",\"d\"\"e\",\"f\ng\",\" h\",\"i\r\nj\"\r\n,,,,,\r\n")
        #expect(try CSV.parse(text).map(\.fields) == rows)
        #expect(try CSV.parse("\u{FEFF}x,y\n1,2").map(\.fields) == [["x", "y"], ["1", "2"]])
        #expect(try CSV.parse("x,y\r\n\r\n1,2\r\n").map(\.line) == [1, 3], "empty lines skipped, records keep their file line")
        #expect(try CSV.parse("a,\"two\nlines\"\nb,c\n").map(\.line) == [1, 3])
        #expect(throws: CSV.ParseError(line: 1, reason: .quoteInUnquotedField)) { try CSV.parse("a\"b,c\n") }
        #expect(throws: CSV.ParseError(line: 2, reason: .unclosedQuote)) { try CSV.parse("ok\n\"never closed,\n") }
    }

    @Test("cells a spreadsheet would run as a formula are written with a leading quote (OWASP CSV injection)")
    func neutralisation() throws {
        for trigger in ["=", "+", "-", "@", "\t", "\r"] {
            let value = trigger + "HYPERLINK(\"http://evil.example\",\"x\")"
            let cell = try #require(try CSV.parse(CSV.render([[value]])).first?.fields.first)
            #expect(cell == "'" + value, "a cell starting with \(trigger.debugDescription) is guarded")
        }
        #expect(CSV.render([["=1+2", "safe", "a=b", "-", "'=x"]]) == "'=1+2,safe,a=b,'-,''=x\r\n")
        #expect(CSV.cell("@SUM(A1:A9)") == "'@SUM(A1:A9)")
        #expect(CSV.cell("\t=1") == "'\t=1")
        #expect(CSV.cell("\r=1") == "\"'\r=1\"", "a CR also needs quoting")
    }

    @Test("our own files read back exactly: restoring removes exactly the quote the writer added")
    func restoreRoundTrip() throws {
        let values = ["=cmd|' /C calc'!A0", "+1", "-", "-5", "@x", "\tlead", "\rcr", "'", "''", "'=x", "''=x", "'plain", "plain", "", "a'=b", "'-",
                      "Nikahın dövlət qeydiyyatı", "=", "'\t"]
        let text = CSV.render([values])
        let back = try #require(try CSV.parse(text, restoringFormulas: true).first?.fields)
        #expect(back == values)
        // Without restoring, a reader sees the guarded cells: no cell it shows starts with a trigger.
        let shown = try #require(try CSV.parse(text).first?.fields)
        #expect(!shown.contains { $0.unicodeScalars.first.map(CSV.formulaTriggers.contains) ?? false })
        for value in values { #expect(CSV.restored(CSV.neutralized(value)) == value, "\(value.debugDescription)") }
    }

    @Test("writer and reader agree on arbitrary text", arguments: 0..<8)
    func randomRoundTrip(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed + 1))
        let alphabet: [Character] = ["a", "ə", ",", "\"", "'", "=", "+", "-", "@", "\t", "\r", "\n", " ", "|", "/"]
        let rows = (0..<20).map { _ in
            (0..<5).map { _ in String((0..<Int.random(in: 0...8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }) }
        }
        // Records made only of empty cells read back as nothing only when the row has one cell; ours have five.
        #expect(try CSV.parse(CSV.render(rows), restoringFormulas: true).map(\.fields) == rows)
    }
}
