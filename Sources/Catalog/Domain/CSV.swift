/// RFC 4180 CSV: fields separated by commas, quoted when they hold a comma, quote or line break;
/// quotes doubled inside quotes. Reading accepts LF or CRLF line ends and a UTF-8 byte-order mark.
public enum CSV {
    public static func render(_ rows: [[String]]) -> String {
        rows.map { row in row.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.hasPrefix(" ") || field.hasSuffix(" ") else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public struct ParseError: Error, Equatable {
        public let line: Int
        public let reason: String
    }

    /// Records with the line number each starts on (1-based), so reports can point at the file.
    public static func parse(_ text: String) throws -> [(line: Int, fields: [String])] {
        var records: [(Int, [String])] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var atFieldStart = true
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
            field = ""
            atFieldStart = true
        }
        while index < characters.count {
            let c = characters[index]
            if inQuotes {
                if c == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"" where atFieldStart:
                    inQuotes = true
                case "\"":
                    throw ParseError(line: line, reason: "a quote inside an unquoted field")
                case ",":
                    fields.append(field)
                    field = ""
                    atFieldStart = true
                    index += 1
                    continue
                case "\r":
                    break
                case "\n":
                    endRecord()
                    line += 1
                    recordLine = line
                    index += 1
                    continue
                default:
                    field.unicodeScalars.append(c)
                }
                atFieldStart = false
            }
            index += 1
        }
        if inQuotes { throw ParseError(line: recordLine, reason: "a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
