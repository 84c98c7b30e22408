import Crypto
import Foundation

/// The tamper-evident chain: every entry's MAC covers the previous entry's MAC and the entry's own
/// fields, keyed with a secret that is not in the database — so editing, inserting or deleting a row
/// breaks the chain, and recomputing it needs the key.
public struct AuditChain: @unchecked Sendable {
    public static let genesis = String(repeating: "0", count: 64)
    let key: SymmetricKey

    public init(key: SymmetricKey) { self.key = key }

    /// The fields that are sealed, in a fixed order.
    public struct Fields: Sendable, Equatable {
        public var seq: Int64
        public var occurredAtMicros: Int64
        public var actorKind: String
        public var actorUserID: String
        public var actorAgencyID: String
        public var ip: String
        public var action: String
        public var subjectFIN: String
        public var objectType: String
        public var objectID: String
        public var purpose: String
        public var details: String
        public var personalDataRead: Bool

        var ordered: [String] {
            [String(seq), String(occurredAtMicros), actorKind, actorUserID, actorAgencyID, ip, action, subjectFIN,
             objectType, objectID, purpose, details, personalDataRead ? "1" : "0"]
        }
    }

    /// MAC over `previous` and the length-prefixed fields (no separator ambiguity).
    public func seal(_ fields: Fields, previous: String) -> String {
        var message = Data(previous.utf8)
        for field in fields.ordered {
            message.append(contentsOf: Array("\(field.utf8.count):".utf8))
            message.append(contentsOf: Array(field.utf8))
        }
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        return mac.map { String(format: "%02x", $0) }.joined()
    }
}

/// What `onewindow audit verify` found.
public enum AuditVerification: Equatable, Sendable, CustomStringConvertible {
    case intact(entries: Int64)
    case edited(seq: Int64)
    case inserted(seq: Int64)
    case deleted(afterSeq: Int64, missing: ClosedRange<Int64>)
    case truncated(lastSeq: Int64, headSeq: Int64)

    public var isIntact: Bool { if case .intact = self { return true } else { return false } }

    public var description: String {
        switch self {
        case .intact(let n): return "audit trail intact: \(n) entries verified"
        case .edited(let seq): return "entry \(seq) was edited: its content no longer matches its seal"
        case .inserted(let seq): return "entry \(seq) was inserted or replaced: it does not follow the entry before it"
        case .deleted(let after, let missing): return "entries \(missing.lowerBound)–\(missing.upperBound) were deleted (after entry \(after))"
        case .truncated(let last, let head): return "entries after \(last) were deleted (the chain head records \(head))"
        }
    }
}
