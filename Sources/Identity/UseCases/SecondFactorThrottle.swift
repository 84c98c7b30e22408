import PortalHTTP

/// The second factor's own throttle, apart from the password's: per account (`totp:<user>`) and per
/// client address (`totp-ip:<address>`). An attempt is counted before its code is evaluated, with the
/// key locked, so parallel requests are counted one after another and none slips past the budget;
/// a right code takes back only its own count.
struct SecondFactorThrottle {
    let db: any Database
    let now: Date

    enum Reservation: Equatable {
        /// Counted: evaluate the code, then `release` these when it was right.
        case counted([UUID])
        /// Nothing counted or evaluated: try again in this many seconds.
        case wait(Int)
    }

    static func keys(userID: UUID, ip: String) -> [(key: String, policy: SecondFactorPolicy)] {
        // Always the account first: every request takes the locks in the same order (no deadlock).
        [(key: "totp:" + userID.uuidString, policy: .account), (key: "totp-ip:" + String(ip.prefix(64)), policy: .clientAddress)]
    }

    func reserve(_ keys: [(key: String, policy: SecondFactorPolicy)]) async throws -> Reservation {
        let now = now
        return try await db.writeTransaction { db in
            var wait = 0
            for (key, policy) in keys {
                try await SecondFactorRecords.lock(key, now: now, on: db)
                let attempts = try await SecondFactorRecords.attempts(key, since: now.addingTimeInterval(-policy.window), on: db)
                if let seconds = policy.wait(failures: attempts, now: now) { wait = max(wait, seconds) }
            }
            guard wait == 0 else { return .wait(wait) }
            var counted: [UUID] = []
            for (key, _) in keys { counted.append(try await SecondFactorRecords.countAttempt(key, at: now, on: db)) }
            return .counted(counted)
        }
    }

    /// The code was right: its own attempts stop counting (the wrong ones before it still count).
    func release(_ counted: [UUID]) async throws {
        try await db.writeTransaction { db in try await SecondFactorRecords.forgive(counted, on: db) }
    }
}
