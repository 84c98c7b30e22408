extension QRCode {
    /// How much of a symbol may be damaged and still read: about 7 % (L), 15 % (M), 25 % (Q), 30 % (H).
    public enum ErrorCorrection: Int, CaseIterable, Sendable, Hashable, CustomStringConvertible {
        case low, medium, quartile, high

        /// The two bits the format information carries for this level (ISO/IEC 18004 Table 12: L 01, M 00, Q 11, H 10).
        var formatBits: Int { [0b01, 0b00, 0b11, 0b10][rawValue] }

        public var description: String { ["L", "M", "Q", "H"][rawValue] }
    }

    /// The largest payload in bytes (byte mode) that fits the given version at the given level.
    public static func byteCapacity(version: Int, errorCorrection: ErrorCorrection) -> Int {
        precondition((1...40).contains(version), "QR versions are 1 to 40")
        let dataBits = QRTables.dataCodewords(version: version, level: errorCorrection) * 8
        return (dataBits - 4 - QRTables.countBits(version: version)) / 8
    }
}

/// The symbol structure of ISO/IEC 18004:2015 Table 9 (error-correction blocks) and Annex E (alignment
/// patterns). The total codeword count of a version is computed from its function patterns instead of
/// tabulated; the tests compare the resulting capacities with Table 7.
enum QRTables {
    /// Error-correction codewords per block, by level (L, M, Q, H) and version (index 0 unused).
    static let eccCodewordsPerBlock: [[Int]] = [
        [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    /// Number of error-correction blocks, by level (L, M, Q, H) and version (index 0 unused).
    static let blockCount: [[Int]] = [
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    static func size(version: Int) -> Int { 17 + 4 * version }

    /// Bits of the byte-mode character count indicator (Table 3): 8 up to version 9, 16 from 10.
    static func countBits(version: Int) -> Int { version < 10 ? 8 : 16 }

    /// Modules left for codewords once the function patterns, format and version information are drawn.
    static func dataModules(version: Int) -> Int {
        let size = size(version: version)
        var modules = size * size - 3 * 64 - 2 * (size - 16) - 31 // finders with separators, timing, format + dark module
        let alignment = alignmentCentres(version: version).count
        if alignment > 0 {
            let patterns = alignment * alignment - 3
            let onTiming = 2 * (alignment - 2) // alignment patterns crossing the timing lines share 5 modules each
            modules -= patterns * 25 - onTiming * 5
        }
        if version >= 7 { modules -= 36 }
        return modules
    }

    static func totalCodewords(version: Int) -> Int { dataModules(version: version) / 8 }

    static func dataCodewords(version: Int, level: QRCode.ErrorCorrection) -> Int {
        totalCodewords(version: version)
            - eccCodewordsPerBlock[level.rawValue][version] * blockCount[level.rawValue][version]
    }

    /// Row/column coordinates of alignment pattern centres (Annex E): 6, then evenly spaced from the far
    /// edge with an even step, the first gap taking the remainder.
    static func alignmentCentres(version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let last = size(version: version) - 7
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (2 * count - 2) * 2
        return [6] + (0..<(count - 1)).map { last - $0 * step }.reversed()
    }
}
