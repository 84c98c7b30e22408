/// A QR code (ISO/IEC 18004:2015, model 2) in byte mode: versions 1–40, levels L/M/Q/H, the mask chosen by
/// the standard's penalty rules. Pure Swift, so the portal needs no system library to draw one.
public struct QRCode: Sendable, Equatable {
    /// 1–40; the symbol is 17 + 4·version modules wide.
    public let version: Int
    public let errorCorrection: ErrorCorrection
    /// The data mask applied, 0–7.
    public let mask: Int
    /// Modules per side, without the quiet zone.
    public let size: Int
    /// Row-major module colours, true = dark.
    let modules: [Bool]

    /// Encodes the text's UTF-8 bytes (without an ECI header, as most readers expect for UTF-8).
    public init(text: String, errorCorrection: ErrorCorrection = .medium, minimumVersion: Int = 1, mask: Int? = nil) throws {
        try self.init(bytes: Array(text.utf8), errorCorrection: errorCorrection, minimumVersion: minimumVersion, mask: mask)
    }

    /// Encodes bytes in the smallest version from `minimumVersion` that holds them; the mask with the
    /// lowest penalty unless one is given (the lowest-numbered on a tie).
    public init(bytes: [UInt8], errorCorrection: ErrorCorrection = .medium, minimumVersion: Int = 1, mask: Int? = nil) throws {
        guard (1...40).contains(minimumVersion) else { throw QRCodeError.versionOutOfRange(minimumVersion) }
        if let mask, !(0...7).contains(mask) { throw QRCodeError.maskOutOfRange(mask) }
        guard let version = (minimumVersion...40).first(where: { Self.byteCapacity(version: $0, errorCorrection: errorCorrection) >= bytes.count })
        else {
            throw QRCodeError.dataTooLong(byteCount: bytes.count, capacity: Self.byteCapacity(version: 40, errorCorrection: errorCorrection),
                                          errorCorrection: errorCorrection)
        }
        var matrix = QRMatrix(version: version)
        matrix.placeData(Self.codewords(bytes, version: version, level: errorCorrection))
        let candidates = mask.map { [$0] } ?? Array(0...7)
        var chosen = (mask: candidates[0], matrix: matrix, penalty: Int.max)
        for candidate in candidates {
            var masked = matrix
            masked.applyMask(candidate)
            masked.drawFormat(bits: QRFormat.formatBits(level: errorCorrection, mask: candidate))
            let penalty = candidates.count == 1 ? 0 : QRMask.penalty(masked.dark, size: masked.size)
            if penalty < chosen.penalty { chosen = (candidate, masked, penalty) }
        }
        self.version = version
        self.errorCorrection = errorCorrection
        self.mask = chosen.mask
        size = matrix.size
        modules = chosen.matrix.dark
    }

    /// Whether the module at column x, row y (from the top-left, without the quiet zone) is dark.
    public subscript(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// The module matrix, one array per row, true = dark.
    public var rows: [[Bool]] { (0..<size).map { y in Array(modules[(y * size)..<((y + 1) * size)]) } }

    /// The penalty of this symbol by the rules of §7.8.3 (what the mask choice minimised).
    public var penalty: Int { QRMask.penalty(modules, size: size) }

    /// The final codeword sequence: byte-mode segment, terminator, padding, split into blocks, each block
    /// followed by its Reed–Solomon codewords, then data and error correction interleaved (§7.4–7.6).
    static func codewords(_ bytes: [UInt8], version: Int, level: ErrorCorrection) -> [UInt8] {
        let data = dataCodewords(bytes, version: version, level: level)
        let blockCount = QRTables.blockCount[level.rawValue][version]
        let eccLength = QRTables.eccCodewordsPerBlock[level.rawValue][version]
        let total = QRTables.totalCodewords(version: version)
        let shortBlocks = blockCount - total % blockCount // later blocks carry one data codeword more
        let shortData = total / blockCount - eccLength
        let generator = QRReedSolomon.generator(degree: eccLength)
        var blocks: [(data: ArraySlice<UInt8>, ecc: [UInt8])] = []
        var offset = 0
        for index in 0..<blockCount {
            let length = shortData + (index < shortBlocks ? 0 : 1)
            let slice = data[offset..<(offset + length)]
            blocks.append((slice, QRReedSolomon.errorCorrection(for: slice, generator: generator)))
            offset += length
        }
        var result: [UInt8] = []
        result.reserveCapacity(total)
        for i in 0...shortData {
            for block in blocks where i < block.data.count { result.append(block.data[block.data.startIndex + i]) }
        }
        for i in 0..<eccLength {
            for block in blocks { result.append(block.ecc[i]) }
        }
        return result
    }

    /// Mode 0100, the byte count, the bytes, up to four 0 bits of terminator, 0 bits to the byte boundary,
    /// then the pad codewords 0xEC 0x11 alternately to fill the version's data capacity.
    static func dataCodewords(_ bytes: [UInt8], version: Int, level: ErrorCorrection) -> [UInt8] {
        let capacity = QRTables.dataCodewords(version: version, level: level)
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: QRTables.countBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        bits.append(0, count: min(4, capacity * 8 - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var result = bits.bytes
        var pad: UInt8 = 0xEC
        while result.count < capacity {
            result.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return result
    }
}

/// Why a QR code could not be made.
public enum QRCodeError: Error, Equatable, Sendable {
    /// The payload is larger than version 40 holds at this level (`capacity` bytes).
    case dataTooLong(byteCount: Int, capacity: Int, errorCorrection: QRCode.ErrorCorrection)
    case versionOutOfRange(Int)
    case maskOutOfRange(Int)
}

/// Bits appended most significant first, packed into bytes.
struct BitBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    mutating func append(_ value: Int, count length: Int) {
        for shift in stride(from: length - 1, through: 0, by: -1) {
            if count % 8 == 0 { bytes.append(0) }
            if (value >> shift) & 1 == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8) }
            count += 1
        }
    }
}
