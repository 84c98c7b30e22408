@testable import PortalCore
import Testing

/// The encoder's building blocks against the published tables and worked examples of ISO/IEC 18004:2015.
@Suite("QR code structure")
struct QRCodeStructureTests {
    typealias Level = QRCode.ErrorCorrection

    @Test("Reed–Solomon codewords match published worked examples", arguments: [
        // ISO/IEC 18004:2015 Annex I: "01234567" as 1-M, 16 data codewords, 10 error-correction codewords.
        ([0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11],
         [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]),
        // Thonky's QR tutorial: "HELLO WORLD" as 1-M.
        ([32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17], [196, 35, 39, 119, 235, 215, 231, 226, 93, 23]),
        // Thonky's QR tutorial: 5-Q, group 1 block 1 (18 error-correction codewords).
        ([67, 85, 70, 134, 87, 38, 85, 194, 119, 50, 6, 18, 6, 103, 38],
         [213, 199, 11, 45, 115, 247, 241, 223, 229, 248, 154, 117, 154, 111, 86, 161, 111, 39]),
    ] as [([UInt8], [UInt8])])
    func reedSolomon(data: [UInt8], expected: [UInt8]) {
        #expect(QRReedSolomon.errorCorrection(for: data, degree: expected.count) == expected)
    }

    /// ISO/IEC 18004:2015 Table C.1 (format information after the 101010000010010 mask), by level then mask.
    static let formatTable: [Level: [String]] = [
        .low: ["111011111000100", "111001011110011", "111110110101010", "111100010011101",
               "110011000101111", "110001100011000", "110110001000001", "110100101110110"],
        .medium: ["101010000010010", "101000100100101", "101111001111100", "101101101001011",
                  "100010111111001", "100000011001110", "100111110010111", "100101010100000"],
        .quartile: ["011010101011111", "011000001101000", "011111100110001", "011101000000110",
                    "010010010110100", "010000110000011", "010111011011010", "010101111101101"],
        .high: ["001011010001001", "001001110111110", "001110011100111", "001100111010000",
                "000011101100010", "000001001010101", "000110100001100", "000100000111011"],
    ]

    @Test("format information for every level × mask is the spec's table", arguments: Level.allCases, 0..<8)
    func formatInformation(level: Level, mask: Int) {
        #expect(QRFormat.formatBits(level: level, mask: mask) == Int(Self.formatTable[level]![mask], radix: 2))
    }

    @Test("the format information is drawn in both copies of a finished symbol", arguments: Level.allCases, 0..<8)
    func formatDrawn(level: Level, mask: Int) throws {
        let code = try QRCode(text: "OneWindow", errorCorrection: level, mask: mask)
        let bits = Self.formatTable[level]![mask].map { $0 == "1" } // most significant (bit 14) first
        let n = code.size
        // Copy 1: bits 14…9 along row 8 from the left (skipping the timing column), then up column 8.
        let firstRow = [0, 1, 2, 3, 4, 5, 7].map { code[$0, 8] } + [code[8, 8]]
        let firstColumn = [7, 5, 4, 3, 2, 1, 0].map { code[8, $0] }
        #expect(firstRow + firstColumn == bits)
        // Copy 2: bits 14…8 up column 8 from the bottom, then bits 7…0 along row 8 to the right edge.
        let second = (0..<7).map { code[8, n - 1 - $0] } + (0..<8).map { code[n - 8 + $0, 8] }
        #expect(second == bits)
        #expect(code[8, n - 8], "the dark module")
    }

    /// ISO/IEC 18004:2015 Table D.1: version information bit streams for versions 7 to 40.
    static let versionTable = [
        0x07C94, 0x085BC, 0x09A99, 0x0A4D3, 0x0BBF6, 0x0C762, 0x0D847, 0x0E60D, 0x0F928, 0x10B78, 0x1145D, 0x12A17,
        0x13532, 0x149A6, 0x15683, 0x168C9, 0x177EC, 0x18EC4, 0x191E1, 0x1AFAB, 0x1B08E, 0x1CC1A, 0x1D33F, 0x1ED75,
        0x1F250, 0x209D5, 0x216F0, 0x228BA, 0x2379F, 0x24B0B, 0x2542E, 0x26A64, 0x27541, 0x28C69,
    ]

    @Test("version information for versions 7–40 is the spec's table")
    func versionInformation() {
        #expect((7...40).map(QRFormat.versionBits) == Self.versionTable)
    }

    @Test("alignment pattern centres follow Annex E", arguments: [
        (1, []), (2, [6, 18]), (7, [6, 22, 38]), (10, [6, 28, 50]), (25, [6, 32, 58, 84, 110]),
        (32, [6, 34, 60, 86, 112, 138]), (36, [6, 24, 50, 76, 102, 128, 154]), (40, [6, 30, 58, 86, 114, 142, 170]),
    ])
    func alignment(version: Int, centres: [Int]) {
        #expect(QRTables.alignmentCentres(version: version) == centres)
    }

    @Test("byte-mode capacities match Table 7 (L, M, Q, H)", arguments: [
        (1, [17, 14, 11, 7]), (2, [32, 26, 20, 14]), (7, [154, 122, 86, 64]), (9, [230, 180, 130, 98]), (10, [271, 213, 151, 119]),
        (25, [1273, 997, 715, 535]), (27, [1465, 1125, 805, 625]), (40, [2953, 2331, 1663, 1273]),
    ])
    func capacity(version: Int, bytes: [Int]) {
        #expect(Level.allCases.map { QRCode.byteCapacity(version: version, errorCorrection: $0) } == bytes)
    }

    @Test("every version's codewords split into the blocks of Table 9", arguments: 1...40)
    func blockStructure(version: Int) {
        // Table 9 total codewords per version, e.g. 26 (v1), 44 (v2), 196 (v7), 346 (v10), 1588 (v25), 3706 (v40).
        let totals = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
                      1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034, 3196, 3362, 3532, 3706]
        #expect(QRTables.totalCodewords(version: version) == totals[version - 1])
        for level in Level.allCases {
            let codewords = QRCode.codewords([UInt8](repeating: 0x41, count: 5), version: version, level: level)
            #expect(codewords.count == totals[version - 1])
        }
    }

    @Test("data codewords: mode, count, terminator and alternating pad bytes")
    func dataCodewords() {
        // "Hi" in 1-H (9 data codewords): 0100 00000010 01001000 01101001 0000, then EC 11 EC 11.
        #expect(QRCode.dataCodewords(Array("Hi".utf8), version: 1, level: .high) == [0x40, 0x24, 0x86, 0x90, 0xEC, 0x11, 0xEC, 0x11, 0xEC])
        // Version 10 counts in 16 bits.
        #expect(QRCode.dataCodewords([0xFF], version: 10, level: .low).prefix(4) == [0x40, 0x00, 0x1F, 0xF0])
    }

    /// The check-in link as 4-M with mask 2, drawn by Project Nayuki's qrcodegen 1.8.0 (Python), one
    /// 33-bit row per number, most significant bit = leftmost module.
    static let checkInLinkRows: [UInt64] = [
        0x1FC19727F, 0x104DFD441, 0x1757B395D, 0x175C7F15D, 0x175D2225D, 0x1054B8C41,
        0x1FD55557F, 0x001C66900, 0x17C8E837C, 0x0B361726D, 0x177521556, 0x1D3847C1C,
        0x1D742FDBA, 0x01A572643, 0x0A7C094DE, 0x1DBC968EC, 0x1E57586B1, 0x0E8496EEF,
        0x1FDA701B6, 0x07AA51BBC, 0x1F4E1C1B8, 0x1BB229B49, 0x107474C1A, 0x142FA2B1C,
        0x1245297F1, 0x0019C7317, 0x1FCD79F56, 0x105636F1E, 0x175024DFA, 0x175475A9B,
        0x1751CDE60, 0x104F90C14, 0x1FDCC97E2,
    ]

    @Test("a whole symbol matches an independent implementation module for module")
    func knownSymbol() throws {
        let code = try QRCode(text: "https://portal.test/office/reception/check-in/R-ABC23456", errorCorrection: .medium, mask: 2)
        #expect(code.version == 4 && code.size == 33)
        let rows = code.rows.map { $0.reduce(UInt64(0)) { $0 << 1 | ($1 ? 1 : 0) } }
        #expect(rows == Self.checkInLinkRows)
    }

    @Test("one byte more than version 40 holds is refused with the level's capacity", arguments: Level.allCases)
    func capacityLimit(level: Level) throws {
        let capacity = QRCode.byteCapacity(version: 40, errorCorrection: level)
        #expect(try QRCode(bytes: [UInt8](repeating: 0x61, count: capacity), errorCorrection: level).version == 40)
        #expect(throws: QRCodeError.dataTooLong(byteCount: capacity + 1, capacity: capacity, errorCorrection: level)) {
            try QRCode(bytes: [UInt8](repeating: 0x61, count: capacity + 1), errorCorrection: level)
        }
    }

    @Test("text is measured in UTF-8 bytes, not characters")
    func utf8Capacity() throws {
        let letters = String(repeating: "ə", count: 637) // 637 characters, 1,274 bytes; H holds 1,273
        #expect(throws: QRCodeError.dataTooLong(byteCount: 1274, capacity: 1273, errorCorrection: .high)) {
            try QRCode(text: letters, errorCorrection: .high)
        }
        #expect(try QRCode(text: String(letters.dropLast()) + "a", errorCorrection: .high).version == 40)
    }

    @Test("a version or mask outside the standard is refused")
    func outOfRange() {
        #expect(throws: QRCodeError.versionOutOfRange(41)) { try QRCode(text: "x", minimumVersion: 41) }
        #expect(throws: QRCodeError.versionOutOfRange(0)) { try QRCode(text: "x", minimumVersion: 0) }
        #expect(throws: QRCodeError.maskOutOfRange(8)) { try QRCode(text: "x", mask: 8) }
    }

    @Test("the smallest version that holds the data is chosen, or the minimum asked for")
    func versionChoice() throws {
        #expect(try QRCode(bytes: [UInt8](repeating: 1, count: 14), errorCorrection: .medium).version == 1)
        #expect(try QRCode(bytes: [UInt8](repeating: 1, count: 15), errorCorrection: .medium).version == 2)
        #expect(try QRCode(text: "x", minimumVersion: 5).version == 5)
        #expect(try QRCode(text: "x", minimumVersion: 5).size == 37)
    }
}
