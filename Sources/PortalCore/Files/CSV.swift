/// The one CSV reader and writer of the portal (RFC 4180): fields separated by commas, quoted when they
/// hold a comma, quote, line break or leading/trailing space; quotes doubled inside quotes; records end
/// in CRLF. Reading accepts LF or CRLF line ends and a UTF-8 byte-order mark.
///
/// Formula neutralisation (OWASP "CSV injection"): spreadsheets run a cell that begins with `=`, `+`,
/// `-`, `@`, tab or CR as a formula. The writer puts a single quote before such a cell. So that our own
/// files still read back exactly, the rule is applied to the cell's first character after any leading
/// single quotes: a value is guarded when its first non-`'` character is one of those six (so `=1`
/// is written `'=1`, and a value that really is `'=1` is written `''=1`). Reading with
/// `restoringFormulas: true` removes exactly one leading quote from a cell that the writer would have
/// guarded; it is meant for our own exports (the registry import), not for files from elsewhere.
public enum CSV {
    /// Characters that make a spreadsheet treat a cell as a formula.
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// One record with the file line it starts on (1-based), so reports can point into the file.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public struct ParseError: Error, Equatable, Sendable {
        public let line: Int
        public let reason: Reason
        public enum Reason: String, Sendable { case quoteInUnquotedField, unclosedQuote }
        public init(line: Int, reason: Reason) {
            self.line = line
            self.reason = reason
        }
    }

    // MARK: writing

    /// The whole file: every cell neutralised and quoted as needed, CRLF after every record.
    public static func render(_ rows: [[String]]) -> String {
        var out = ""
        for row in rows {
            out += row.map(cell).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    /// One cell as written: guarded against formulas, then quoted if needed.
    public static func cell(_ value: String) -> String { quoted(neutralized(value)) }

    /// True when the writer prefixes `value` with a single quote (see the type's documentation).
    public static func needsGuard(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first(where: { $0 != "'" }) else { return false }
        return formulaTriggers.contains(first)
    }

    public static func neutralized(_ value: String) -> String { needsGuard(value) ? "'" + value : value }

    /// The inverse of `neutralized` on the writer's output.
    public static func restored(_ value: String) -> String {
        value.unicodeScalars.first == "'" && needsGuard(value) ? String(value.unicodeScalars.dropFirst()) : value
    }

    static func quoted(_ field: String) -> String {
        let special = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard special || field.hasPrefix(" ") || field.hasSuffix(" ") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: reading

    /// Every non-empty record of `text`. `restoringFormulas` undoes the writer's guard (our own files only).
    public static func parse(_ text: String, restoringFormulas: Bool = false) throws -> [Record] {
        var records: [Record] = []
        var field = String.UnicodeScalarView()
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        func endField() {
            let value = String(field)
            fields.append(restoringFormulas ? restored(value) : value)
            field = String.UnicodeScalarView()
            atFieldStart = true
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            index += 1
            if inQuotes {
                if c == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
            case "\"":
                throw ParseError(line: line, reason: .quoteInUnquotedField)
            case ",":
                endField()
            case "\r" where index < scalars.count && scalars[index] == "\n":
                break  // the CR of a CRLF record end
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
            }
        }
        if inQuotes { throw ParseError(line: recordLine, reason: .unclosedQuote) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
