#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A lenient search key kept as UTF-8 bytes, for fast substring matching: both sides are normalised
/// and folded the same way, so a byte-level search is a correct "contains" (and avoids Foundation's
/// slow Unicode `contains` on Linux).
public struct SearchKey: Sendable, Hashable {
    public let bytes: [UInt8]

    public init(_ text: String) { bytes = Array(AzerbaijaniText.lenientKey(text).utf8) }

    public init(precomputed key: String) { bytes = Array(key.utf8) }

    public var isEmpty: Bool { bytes.isEmpty }

    public func contains(_ other: SearchKey) -> Bool { firstMatch(of: other) != nil }

    /// Byte offset of the first occurrence of `other` at or after `start`.
    public func firstMatch(of other: SearchKey, from start: Int = 0) -> Int? {
        if other.bytes.isEmpty { return start <= bytes.count ? start : nil }
        if other.bytes.count > bytes.count - start { return nil }
        return bytes.withUnsafeBufferPointer { haystack in
            other.bytes.withUnsafeBufferPointer { needle in
                let first = needle[0], last = haystack.count - needle.count
                var index = start
                while index <= last {
                    if haystack[index] == first, memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 {
                        return index
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// True when `other` occurs at the start of a word (after a space or punctuation, or at the start).
    public func matchesWordStart(_ other: SearchKey) -> Bool {
        var from = 0
        while let index = firstMatch(of: other, from: from) {
            if index == 0 || Self.separators.contains(bytes[index - 1]) { return true }
            from = index + 1
        }
        return false
    }

    static let separators: Set<UInt8> = Set(" -(/,.\"«“'".utf8)

    public func hasPrefix(_ other: SearchKey) -> Bool {
        bytes.starts(with: other.bytes)
    }
}
