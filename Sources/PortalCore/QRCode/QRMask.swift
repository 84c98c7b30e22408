/// The eight data masks (ISO/IEC 18004:2015 Table 10) and the penalty rules that choose between them
/// (§7.8.3, Table 11).
enum QRMask {
    static func isInverted(mask: Int, x: Int, y: Int) -> Bool {
        switch mask {
        case 0: return (x + y) % 2 == 0
        case 1: return y % 2 == 0
        case 2: return x % 3 == 0
        case 3: return (x + y) % 3 == 0
        case 4: return (x / 3 + y / 2) % 2 == 0
        case 5: return (x * y) % 2 + (x * y) % 3 == 0
        case 6: return ((x * y) % 2 + (x * y) % 3) % 2 == 0
        case 7: return ((x + y) % 2 + (x * y) % 3) % 2 == 0
        default: preconditionFailure("QR masks are 0 to 7")
        }
    }

    /// The penalty of a finished symbol (row-major, `size`×`size`, true = dark): the sum of
    /// - N1: 3 + (n − 5) for every run of n ≥ 5 same-coloured modules in a row or column;
    /// - N2: 3 for every 2×2 block of one colour (overlapping blocks each count, so an m×n block scores
    ///   3·(m−1)·(n−1));
    /// - N3: 40 for every dark-light-dark-dark-dark-light-dark (1:1:3:1:1) sequence in a row or column with
    ///   4 light modules before or after it, counted once; outside the symbol is light (the quiet zone);
    /// - N4: 10·k, k = how many whole 5 % steps the share of dark modules is away from 50 %.
    /// Where Table 11 is open to reading (the quiet zone in N3, an exact 5 % step in N4) this follows ZXing.
    static func penalty(_ dark: [Bool], size: Int) -> Int {
        dark.withUnsafeBufferPointer { cells in
            var score = 0
            for index in 0..<size {
                score += linePenalty(cells, start: index * size, step: 1, count: size) // row
                score += linePenalty(cells, start: index, step: size, count: size) // column
            }
            for y in 0..<(size - 1) {
                for x in 0..<(size - 1) {
                    let corner = y * size + x, colour = cells[corner]
                    if cells[corner + 1] == colour, cells[corner + size] == colour, cells[corner + size + 1] == colour { score += 3 }
                }
            }
            var darkCount = 0
            for cell in cells where cell { darkCount += 1 }
            let total = size * size
            return score + 10 * (abs(darkCount * 2 - total) * 10 / total)
        }
    }

    /// N1 and N3 for one row or column (`count` cells from `start`, `step` apart).
    static func linePenalty(_ cells: UnsafeBufferPointer<Bool>, start: Int, step: Int, count: Int) -> Int {
        var score = 0
        var run = 0
        var previous = false
        // The last 15 modules seen, newest in bit 0, reading light beyond both ends: a finder-like pattern
        // 1011101 in bits 10…4 with four light modules in bits 14…11 or in bits 3…0.
        var window: UInt32 = 0
        for position in -4..<(count + 4) {
            let isDark = position >= 0 && position < count && cells[start + position * step]
            if position >= 0 && position < count {
                if position > 0 && isDark == previous {
                    run += 1
                } else {
                    if run >= 5 { score += 3 + run - 5 }
                    run = 1
                }
                previous = isDark
            }
            window = (window << 1 | (isDark ? 1 : 0)) & 0x7FFF
            if (window >> 4) & 0x7F == 0b1011101, window >> 11 == 0 || window & 0xF == 0 { score += 40 }
        }
        if run >= 5 { score += 3 + run - 5 }
        return score
    }

    /// N1 and N3 for a line on its own (for tests).
    static func linePenalty(_ line: [Bool]) -> Int {
        line.withUnsafeBufferPointer { linePenalty($0, start: 0, step: 1, count: line.count) }
    }
}
