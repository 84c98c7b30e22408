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
        var score = 0
        var line = [Bool](repeating: false, count: size)
        for index in 0..<size {
            for i in 0..<size { line[i] = dark[index * size + i] }
            score += linePenalty(line)
            for i in 0..<size { line[i] = dark[i * size + index] }
            score += linePenalty(line)
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = dark[y * size + x]
                if dark[y * size + x + 1] == colour, dark[(y + 1) * size + x] == colour, dark[(y + 1) * size + x + 1] == colour {
                    score += 3
                }
            }
        }
        let darkCount = dark.reduce(0) { $0 + ($1 ? 1 : 0) }
        let total = size * size
        score += 10 * (abs(darkCount * 2 - total) * 10 / total)
        return score
    }

    /// N1 and N3 for one row or column.
    static func linePenalty(_ line: [Bool]) -> Int {
        var score = 0
        var run = 1
        for i in 1...line.count {
            if i < line.count, line[i] == line[i - 1] {
                run += 1
            } else {
                if run >= 5 { score += 3 + run - 5 }
                run = 1
            }
        }
        let finderLike: [Bool] = [true, false, true, true, true, false, true]
        guard line.count >= 7 else { return score }
        for start in 0...(line.count - 7) where line[start] && line[start + 6] {
            guard (0..<7).allSatisfy({ line[start + $0] == finderLike[$0] }) else { continue }
            if isLight(line, from: start - 4, to: start) || isLight(line, from: start + 7, to: start + 11) { score += 40 }
        }
        return score
    }

    /// Whether line[from..<to] is all light, counting positions outside the line as light.
    private static func isLight(_ line: [Bool], from: Int, to: Int) -> Bool {
        for i in max(from, 0)..<min(to, line.count) where line[i] { return false }
        return true
    }
}
