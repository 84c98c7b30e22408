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

    public func contains(_ other: SearchKey) -> Bool {
        if other.bytes.isEmpty { return true }
        if other.bytes.count > bytes.count { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            other.bytes.withUnsafeBufferPointer { needle in
                let first = needle[0], last = haystack.count - needle.count
                var index = 0
                while index <= last {
                    if haystack[index] == first, memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0 {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }

    public func hasPrefix(_ other: SearchKey) -> Bool {
        bytes.starts(with: other.bytes)
    }
}
