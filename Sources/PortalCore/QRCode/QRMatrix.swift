/// A symbol under construction: module colours plus which modules belong to function patterns (and so are
/// neither data nor masked). Coordinates are (x: column, y: row) from the top-left corner.
struct QRMatrix: Sendable {
    let version: Int
    let size: Int
    private(set) var dark: [Bool]
    private(set) var isFunction: [Bool]

    /// A blank symbol with its finder, separator, timing and alignment patterns, the dark module, version
    /// information (7+) and room reserved for the format information.
    init(version: Int) {
        self.version = version
        size = QRTables.size(version: version)
        dark = Array(repeating: false, count: size * size)
        isFunction = dark
        for index in 0..<size { // timing patterns (the finders overwrite their ends)
            setFunction(6, index, index % 2 == 0)
            setFunction(index, 6, index % 2 == 0)
        }
        drawFinder(centreX: 3, centreY: 3)
        drawFinder(centreX: size - 4, centreY: 3)
        drawFinder(centreX: 3, centreY: size - 4)
        let centres = QRTables.alignmentCentres(version: version)
        for (i, y) in centres.enumerated() {
            for (j, x) in centres.enumerated() where !isFinderCorner(i, j, centres.count) {
                drawAlignment(centreX: x, centreY: y)
            }
        }
        drawFormat(bits: 0) // reserve the areas; the real bits are drawn with the mask
        drawVersion()
    }

    subscript(x: Int, y: Int) -> Bool { dark[y * size + x] }

    func isFunction(_ x: Int, _ y: Int) -> Bool { isFunction[y * size + x] }

    /// Draws the 15 format bits (level and mask, BCH-protected) in both copies, plus the dark module.
    mutating func drawFormat(bits: Int) {
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0..<6 { setFunction(8, i, bit(i)) } // first copy, around the top-left finder
        setFunction(8, 7, bit(6))
        setFunction(8, 8, bit(7))
        setFunction(7, 8, bit(8))
        for i in 9..<15 { setFunction(14 - i, 8, bit(i)) }
        for i in 0..<8 { setFunction(size - 1 - i, 8, bit(i)) } // second copy, split between the other finders
        for i in 8..<15 { setFunction(8, size - 15 + i, bit(i)) }
        setFunction(8, size - 8, true) // the dark module, always dark
    }

    /// Places the codewords in two-module columns from the bottom-right corner, zig-zagging up and down and
    /// skipping function modules and the vertical timing column (§7.7.3). Remainder modules stay light.
    mutating func placeData(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for vertical in 0..<size {
                let y = upward ? size - 1 - vertical : vertical
                for x in stride(from: right, through: right - 1, by: -1) where !isFunction[y * size + x] && bitIndex < bitCount {
                    dark[y * size + x] = (codewords[bitIndex >> 3] >> (7 - (bitIndex & 7))) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
    }

    /// XORs every non-function module with the mask pattern; applying the same mask twice undoes it.
    mutating func applyMask(_ mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !isFunction[y * size + x] && QRMask.isInverted(mask: mask, x: x, y: y) {
                dark[y * size + x].toggle()
            }
        }
    }

    private mutating func setFunction(_ x: Int, _ y: Int, _ isDark: Bool) {
        dark[y * size + x] = isDark
        isFunction[y * size + x] = true
    }

    private func isFinderCorner(_ i: Int, _ j: Int, _ count: Int) -> Bool {
        (i == 0 && j == 0) || (i == 0 && j == count - 1) || (i == count - 1 && j == 0)
    }

    /// A 7×7 finder with its light separator (clipped at the symbol's edge).
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x, y, ring != 2 && ring != 4)
            }
        }
    }

    private mutating func drawAlignment(centreX: Int, centreY: Int) {
        for dy in -2...2 {
            for dx in -2...2 { setFunction(centreX + dx, centreY + dy, max(abs(dx), abs(dy)) != 1) }
        }
    }

    /// Versions 7 and up carry their number (BCH(18,6)) in two 6×3 blocks beside the top-right and
    /// bottom-left finders.
    private mutating func drawVersion() {
        guard version >= 7 else { return }
        let bits = QRFormat.versionBits(version)
        for i in 0..<18 {
            let isDark = (bits >> i) & 1 == 1
            let a = size - 11 + i % 3, b = i / 3
            setFunction(a, b, isDark)
            setFunction(b, a, isDark)
        }
    }
}

/// The BCH-protected format (§7.9) and version (§7.10) information.
enum QRFormat {
    /// 5 data bits (level, mask), 10 BCH bits with generator 0x537, XORed with 0x5412 so it is never all light.
    static func formatBits(level: QRCode.ErrorCorrection, mask: Int) -> Int {
        let data = level.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        return (data << 10 | remainder & 0x3FF) ^ 0x5412
    }

    /// 6 bits of version number followed by 12 BCH bits with generator 0x1F25.
    static func versionBits(_ version: Int) -> Int {
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        return version << 12 | remainder & 0xFFF
    }
}
