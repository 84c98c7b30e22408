import Foundation
import PortalCore
import Testing

/// Reads the SVG that `QRCode.svg` writes back into modules, the way a renderer would: the viewBox, the
/// white background, then the path filled with the nonzero rule and sampled at every module's centre.
/// Handles any path made of M/m, H/h, V/v, L/l and Z/z with axis-parallel segments.
enum SVGModules {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// The image as a grid of view-box units (quiet zone included), true = black.
    static func grid(_ svg: String) throws -> [[Bool]] {
        let viewBox = try attribute("viewBox", in: svg).split(separator: " ").compactMap { Int($0) }
        guard viewBox.count == 4, viewBox[0] == 0, viewBox[1] == 0, viewBox[2] == viewBox[3] else {
            throw Failure(description: "unexpected viewBox \(viewBox)")
        }
        let side = viewBox[2]
        guard svg.contains("<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>") else {
            throw Failure(description: "no white background covering the view box")
        }
        guard svg.contains("<path fill=\"#000\" d=\"") else { throw Failure(description: "no black path") }
        return try fill(edges: verticalEdges(try attribute("d", in: svg)), side: side)
    }

    static func attribute(_ name: String, in svg: String) throws -> String {
        guard let start = svg.range(of: " \(name)=\""), let end = svg[start.upperBound...].firstIndex(of: "\"") else {
            throw Failure(description: "no \(name) attribute")
        }
        return String(svg[start.upperBound..<end])
    }

    /// Vertical edges (x, from y, to y) of all subpaths; only they cross a horizontal scanline.
    static func verticalEdges(_ data: String) throws -> [(x: Int, y0: Int, y1: Int)] {
        var edges: [(x: Int, y0: Int, y1: Int)] = []
        var current = (x: 0, y: 0), start = (x: 0, y: 0)
        func line(to next: (x: Int, y: Int)) throws {
            if next.x == current.x, next.y != current.y { edges.append((current.x, current.y, next.y)) }
            if next.x != current.x, next.y != current.y { throw Failure(description: "diagonal segment") }
            current = next
        }
        var tokens = Tokens(data)
        var command: Character = " "
        while let token = tokens.next() {
            if case .command(let letter) = token { command = letter } else { tokens.pushBack(token) }
            switch command {
            case "M", "m":
                let x = try tokens.number(), y = try tokens.number()
                current = command == "M" ? (x, y) : (current.x + x, current.y + y)
                start = current
                command = command == "M" ? "L" : "l" // further pairs are lines
            case "L": try line(to: (try tokens.number(), try tokens.number()))
            case "l": let dx = try tokens.number(), dy = try tokens.number(); try line(to: (current.x + dx, current.y + dy))
            case "H": try line(to: (try tokens.number(), current.y))
            case "h": try line(to: (current.x + (try tokens.number()), current.y))
            case "V": try line(to: (current.x, try tokens.number()))
            case "v": try line(to: (current.x, current.y + (try tokens.number())))
            case "Z", "z": try line(to: start)
            default: throw Failure(description: "unsupported path command \(command)")
            }
        }
        return edges
    }

    /// Nonzero-rule fill sampled at cell centres.
    static func fill(edges: [(x: Int, y0: Int, y1: Int)], side: Int) throws -> [[Bool]] {
        var grid = Array(repeating: Array(repeating: false, count: side), count: side)
        for row in 0..<side {
            let centre = Double(row) + 0.5
            let crossings = edges.filter { Double(min($0.y0, $0.y1)) < centre && centre < Double(max($0.y0, $0.y1)) }
                .map { (x: $0.x, direction: $0.y1 > $0.y0 ? 1 : -1) }.sorted { $0.x < $1.x }
            var winding = 0
            for (index, crossing) in crossings.enumerated() {
                winding += crossing.direction
                guard winding != 0, index + 1 < crossings.count else { continue }
                let from = max(crossing.x, 0), to = min(crossings[index + 1].x, side)
                if from < to { for column in from..<to { grid[row][column] = true } }
            }
            if winding != 0 { throw Failure(description: "row \(row): path does not close") }
        }
        return grid
    }

    enum Token { case command(Character), number(Int) }

    struct Tokens {
        private var characters: [Character]
        private var position = 0
        private var pushed: Token?

        init(_ text: String) { characters = Array(text) }

        mutating func pushBack(_ token: Token) { pushed = token }

        mutating func next() -> Token? {
            if let token = pushed { pushed = nil; return token }
            while position < characters.count, characters[position] == " " || characters[position] == "," { position += 1 }
            guard position < characters.count else { return nil }
            let character = characters[position]
            if character.isLetter { position += 1; return .command(character) }
            var text = String(character)
            position += 1
            while position < characters.count, characters[position].isNumber { text.append(characters[position]); position += 1 }
            return Int(text).map(Token.number) ?? .command("?")
        }

        mutating func number() throws -> Int {
            guard case .number(let value) = next() else { throw Failure(description: "expected a number") }
            return value
        }
    }
}

/// The grid scaled up to a binary PGM image (dark = black), which zbarimg reads.
enum PGM {
    static func image(_ grid: [[Bool]], pixelsPerModule scale: Int) -> Data {
        let side = grid.count * scale
        var data = Data("P5\n\(side) \(side)\n255\n".utf8)
        for row in grid {
            let line = row.flatMap { Array(repeating: $0 ? UInt8(0) : 255, count: scale) }
            for _ in 0..<scale { data.append(contentsOf: line) }
        }
        return data
    }
}

/// Debian's zbarimg (package zbar-tools) as an independent QR decoder.
enum ZBar {
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        .map { "\($0)/zbarimg" }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static let missing: Comment = "zbarimg (Debian package zbar-tools) is not installed: decoding by a real reader is skipped"

    /// The bytes zbarimg reads from the image, exactly (global binary mode: no charset guessing and no
    /// newline; `-Sqrcode.binary` alone still appends one).
    static func decode(pgm: Data) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).pgm")
        try pgm.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path.orThrow())
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", "-Sbinary", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SVGModules.Failure(description: "zbarimg found no QR code (exit \(process.terminationStatus))")
        }
        return Array(bytes)
    }
}

/// Where two byte strings first differ, for a readable failure message.
func firstDifference(_ actual: [UInt8], _ expected: [UInt8]) -> String {
    guard let index = zip(actual, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
        return actual.count == expected.count ? "equal" : "lengths \(actual.count) and \(expected.count)"
    }
    return "first difference at byte \(index) of \(expected.count)"
}

extension Optional {
    func orThrow() throws -> Wrapped {
        guard let value = self else { throw SVGModules.Failure(description: "missing \(Wrapped.self)") }
        return value
    }
}

/// Seeded payloads of an exact UTF-8 length.
enum QRPayload {
    static let azerbaijani = Array("əğıöüşçƏĞİÖÜŞÇ") // two bytes each in UTF-8

    static func printableASCII(bytes count: Int, using random: inout SeededRandom) -> String {
        String((0..<count).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &random))) })
    }

    /// Azerbaijani letters mixed with ASCII letters and spaces, exactly `count` bytes of UTF-8.
    static func azerbaijaniUTF8(bytes count: Int, using random: inout SeededRandom) -> String {
        var text = ""
        var remaining = count
        while remaining > 0 {
            if remaining >= 2, Int.random(in: 0..<3, using: &random) > 0 {
                text.append(azerbaijani[Int.random(in: 0..<azerbaijani.count, using: &random)])
                remaining -= 2
            } else {
                text.append(Character(Unicode.Scalar(Int.random(in: 0..<5, using: &random) == 0 ? 0x20 : UInt8.random(in: 0x61...0x7A, using: &random))))
                remaining -= 1
            }
        }
        return text
    }
}
