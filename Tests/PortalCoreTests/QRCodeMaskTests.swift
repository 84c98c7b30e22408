@testable import PortalCore
import Testing

/// The mask choice: the penalty rules of ISO/IEC 18004:2015 §7.8.3 (Table 11) and the mask with the
/// lowest penalty winning.
@Suite("QR code masks and penalty")
struct QRCodeMaskTests {
    /// Table 11 written out a second way, over "0"/"1" strings padded with the light quiet zone.
    static func reference(_ rows: [[Bool]]) -> (n1: Int, n2: Int, n3: Int, n4: Int) {
        let size = rows.count
        let lines = rows.map { $0.map { $0 ? "1" : "0" }.joined() }
            + (0..<size).map { x in rows.map { $0[x] ? "1" : "0" }.joined() }
        let (n1, n3) = lines.map(referenceLine).reduce((0, 0)) { ($0.0 + $1.n1, $0.1 + $1.n3) }
        var n2 = 0
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) where Set([rows[y][x], rows[y][x + 1], rows[y + 1][x], rows[y + 1][x + 1]]).count == 1 { n2 += 3 }
        }
        let dark = rows.joined().filter { $0 }.count
        // k whole 5 % steps away from 50 %: |100·dark/total − 50| ≥ 5k, in integers.
        var k = 0
        while abs(200 * dark - 100 * size * size) >= 10 * (k + 1) * size * size { k += 1 }
        return (n1, n2, n3, 10 * k)
    }

    static func referencePenalty(_ rows: [[Bool]]) -> Int {
        let parts = reference(rows)
        return parts.n1 + parts.n2 + parts.n3 + parts.n4
    }

    static func referenceLine(_ line: String) -> (n1: Int, n3: Int) {
        var n1 = 0, n3 = 0
        for run in runs(line) where run >= 5 { n1 += 3 + (run - 5) }
        let padded = Array("0000" + line + "0000")
        for start in stride(from: 4, through: padded.count - 11, by: 1) where String(padded[start..<(start + 7)]) == "1011101" {
            if String(padded[(start - 4)..<start]) == "0000" || String(padded[(start + 7)..<(start + 11)]) == "0000" { n3 += 40 }
        }
        return (n1, n3)
    }

    static func runs(_ line: String) -> [Int] {
        var result: [Int] = []
        var previous: Character?
        for character in line {
            if character == previous { result[result.count - 1] += 1 } else { result.append(1) }
            previous = character
        }
        return result
    }

    static func penalty(_ rows: [[Bool]]) -> Int { QRMask.penalty(Array(rows.joined()), size: rows.count) }

    static func checkerboard() -> [[Bool]] { (0..<21).map { y in (0..<21).map { x in (x + y) % 2 == 0 } } }

    @Test("hand-worked symbols: all dark, all light, a checkerboard")
    func handWorked() {
        let dark = Array(repeating: Array(repeating: true, count: 21), count: 21)
        // N1: 42 lines of 21 → 42 × (3 + 16); N2: 20 × 20 blocks × 3; N3: none; N4: 100 % dark → 10 steps × 10.
        #expect(Self.penalty(dark) == 42 * 19 + 400 * 3 + 0 + 100)
        #expect(Self.penalty(dark.map { $0.map { !$0 } }) == 2098)
        #expect(Self.referencePenalty(dark) == 2098 && Self.referencePenalty(Self.checkerboard()) == 0)
        #expect(Self.penalty(Self.checkerboard()) == 0) // 221 of 441 dark: under one 5 % step
    }

    @Test("N1 and N3 on single lines", arguments: [
        ("1011101", 40), // the finder-like pattern alone: the quiet zone is light on both sides, counted once
        ("10111010000", 40), ("00001011101", 40),
        ("110111011", 0), // no light run of four beside it
        ("000001011101", 3 + 40), // five light modules (N1) and the pattern
        ("1111111", 3 + 2), ("11111011111", 3 + 3),
        ("000010111011101", 40 + 40), // two overlapping patterns, one light side each
        ("10101110101", 0), ("100010111010001", 0), // dark within four modules on both sides
        ("010111010", 40), // near the edge: the quiet zone beyond counts as light
    ])
    func lines(line: String, expected: Int) {
        #expect(QRMask.linePenalty(line.map { $0 == "1" }) == expected)
        let reference = Self.referenceLine(line)
        #expect(reference.n1 + reference.n3 == expected)
    }

    @Test("N4: 10 points per whole 5 % step away from half dark")
    func balance() {
        // 5×5 = 25 modules, scattered at random: compare every rule with the reference.
        for darkCount in [12, 13, 14, 15, 16, 20, 25] {
            var flat = [Bool](repeating: false, count: 25)
            var random = SeededRandom(seed: UInt64(darkCount))
            for index in Array(0..<25).shuffled(using: &random).prefix(darkCount) { flat[index] = true }
            let rows = (0..<5).map { Array(flat[($0 * 5)..<($0 * 5 + 5)]) }
            #expect(Self.penalty(rows) == Self.referencePenalty(rows), "\(darkCount) dark")
        }
        // 15 of 25 is exactly 60 %: two whole steps, 20 points (ZXing's reading of Table 11).
        let sixty = (0..<5).map { y in (0..<5).map { x in y * 5 + x < 15 } }
        #expect(Self.reference(sixty).n4 == 20)
        #expect(Self.penalty(sixty) == Self.referencePenalty(sixty))
    }

    @Test("the chosen mask has the lowest penalty of the eight, and the penalty is Table 11's",
          arguments: QRCode.ErrorCorrection.allCases, [1, 3, 7, 12])
    func maskChoice(level: QRCode.ErrorCorrection, version: Int) throws {
        var random = SeededRandom(seed: UInt64(1_000 + level.rawValue * 100 + version))
        let count = QRCode.byteCapacity(version: version, errorCorrection: level) - 2
        let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
        let chosen = try QRCode(bytes: bytes, errorCorrection: level)
        #expect(chosen.version == version)
        let candidates = try (0..<8).map { try QRCode(bytes: bytes, errorCorrection: level, mask: $0) }
        let penalties = candidates.map { Self.referencePenalty($0.rows) }
        #expect(candidates.map(\.penalty) == penalties)
        let best = penalties.firstIndex(of: penalties.min()!)!
        #expect(chosen.mask == best)
        #expect(chosen == candidates[best])
        #expect(Set(candidates.map(\.rows)).count == 8, "each mask gives a different symbol")
    }

    @Test("the masks invert the data modules by Table 10's conditions")
    func maskPatterns() throws {
        // Mask m XOR mask 0 on the same data equals the XOR of their patterns, on data modules only.
        let bytes = Array("mask".utf8)
        let plain = try QRCode(bytes: bytes, errorCorrection: .low, mask: 0)
        let matrix = QRMatrix(version: plain.version)
        let conditions: [(Int, Int) -> Bool] = [
            { x, y in (y + x) % 2 == 0 }, { _, y in y % 2 == 0 }, { x, _ in x % 3 == 0 }, { x, y in (y + x) % 3 == 0 },
            { x, y in (y / 2 + x / 3) % 2 == 0 }, { x, y in (y * x) % 2 + (y * x) % 3 == 0 },
            { x, y in ((y * x) % 2 + (y * x) % 3) % 2 == 0 }, { x, y in ((y + x) % 2 + (y * x) % 3) % 2 == 0 },
        ]
        for mask in 1..<8 {
            let masked = try QRCode(bytes: bytes, errorCorrection: .low, mask: mask)
            for y in 0..<plain.size {
                for x in 0..<plain.size where !matrix.isFunction(x, y) {
                    let expected = conditions[mask](x, y) != conditions[0](x, y)
                    #expect((masked[x, y] != plain[x, y]) == expected, "mask \(mask) at (\(x), \(y))")
                }
            }
        }
    }
}
