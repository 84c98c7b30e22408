import Foundation
import PortalCore
import Testing

/// Symbols read back by a real decoder: the SVG the portal serves is parsed back into modules (so the SVG
/// path is proven to draw exactly the symbol), rasterised to a PGM image and decoded by zbarimg.
@Suite("QR code decoding by zbarimg")
struct QRCodeDecodingTests {
    typealias Level = QRCode.ErrorCorrection

    /// The SVG's modules (checked against the symbol and its light quiet zone) decoded by zbarimg.
    static func decodeSVG(of code: QRCode, quietZone: Int = 4) throws -> [UInt8] {
        let grid = try SVGModules.grid(code.svg(label: "test", quietZone: quietZone))
        #expect(grid.count == code.size + 2 * quietZone)
        let inner = grid[quietZone..<(quietZone + code.size)].map { Array($0[quietZone..<(quietZone + code.size)]) }
        #expect(inner == code.rows, "the SVG draws exactly the module matrix")
        #expect(grid.joined().filter { $0 }.count == code.rows.joined().filter { $0 }.count, "nothing drawn in the quiet zone")
        return try ZBar.decode(pgm: PGM.image(grid, pixelsPerModule: code.size > 100 ? 3 : 4))
    }

    @Test("printable ASCII and Azerbaijani UTF-8 at both edges of each version's capacity",
          .enabled(if: ZBar.path != nil, ZBar.missing), arguments: Level.allCases, [1, 2, 7, 10, 25, 40])
    func capacityEdges(level: Level, version: Int) throws {
        var random = SeededRandom(seed: UInt64(level.rawValue * 1_000 + version))
        let largest = QRCode.byteCapacity(version: version, errorCorrection: level)
        let smallest = version == 1 ? 1 : QRCode.byteCapacity(version: version - 1, errorCorrection: level) + 1
        for length in [smallest, largest] {
            for text in [QRPayload.printableASCII(bytes: length, using: &random), QRPayload.azerbaijaniUTF8(bytes: length, using: &random)] {
                #expect(text.utf8.count == length)
                let code = try QRCode(text: text, errorCorrection: level)
                #expect(code.version == version, "\(length) bytes at \(level)")
                let decoded = try Self.decodeSVG(of: code)
                #expect(decoded == Array(text.utf8),
                        "\(length) bytes at \(level), version \(version), mask \(code.mask): \(firstDifference(decoded, Array(text.utf8)))")
            }
        }
    }

    @Test("every mask decodes", .enabled(if: ZBar.path != nil, ZBar.missing), arguments: 0..<8)
    func everyMask(mask: Int) throws {
        let text = "https://portal.test/office/reception/check-in/R-ABC23456 — Səidə Qasımova, Quba"
        let code = try QRCode(text: text, errorCorrection: .quartile, mask: mask)
        #expect(code.mask == mask)
        #expect(try Self.decodeSVG(of: code) == Array(text.utf8))
    }

    @Test("arbitrary bytes (not text) decode exactly", .enabled(if: ZBar.path != nil, ZBar.missing))
    func binary() throws {
        var random = SeededRandom(seed: 18004)
        let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &random) }
        let decoded = try Self.decodeSVG(of: QRCode(bytes: bytes, errorCorrection: .medium))
        #expect(decoded == bytes, "\(firstDifference(decoded, bytes))")
    }

    @Test("the reception check-in link at level M, with the quiet zone the portal draws")
    func checkInLink() throws {
        let code = try QRCode(text: "https://portal.test/office/reception/check-in/R-ABC23456", errorCorrection: .medium)
        #expect(code.version == 4 && code.size == 33)
        let svg = code.svg(label: "Booking R-ABC23456 \"check-in\" <QR>")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 41 41\" width=\"200\" height=\"200\" role=\"img\""))
        #expect(svg.contains("aria-label=\"Booking R-ABC23456 &quot;check-in&quot; &lt;QR>\""))
        #expect(svg.components(separatedBy: "<path").count == 2 && !svg.contains("<rect x="), "one path, not one element per module")
        let dark = code.rows.joined().filter { $0 }.count
        let runs = code.rows.map { row in row.indices.filter { row[$0] && ($0 == 0 || !row[$0 - 1]) }.count }.reduce(0, +)
        #expect(svg.components(separatedBy: "z").count - 1 == runs, "one rectangle per horizontal run")
        #expect(runs < dark * 2 / 3, "\(runs) rectangles for \(dark) dark modules")
        if ZBar.path != nil { #expect(try Self.decodeSVG(of: code) == Array("https://portal.test/office/reception/check-in/R-ABC23456".utf8)) }
    }
}
