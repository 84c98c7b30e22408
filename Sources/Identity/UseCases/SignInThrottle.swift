import PortalHTTP

/// Failed sign-in counters in the database (shared by every server instance).
struct SignInThrottle {
    let db: any Database
    let now: Date

    /// Seconds until `key` may try again, or nil.
    func retryAfter(_ key: String) async throws -> Int? {
        guard let row = try await ThrottleModel.find(key, on: db), row.blockedUntil > now else { return nil }
        return max(1, Int(row.blockedUntil.timeIntervalSince(now).rounded(.up)))
    }

    func recordFailure(_ key: String, policy: ThrottlePolicy) async throws {
        do {
            try await increment(key, policy: policy)
        } catch where error.isConstraintViolation {
            // Another request created the row first (PostgreSQL, READ COMMITTED): count again on it.
            try await increment(key, policy: policy)
        }
    }

    private func increment(_ key: String, policy: ThrottlePolicy) async throws {
        try await db.writeTransaction { db in
            let row = try await ThrottleModel.find(key, on: db) ?? {
                let fresh = ThrottleModel()
                fresh.id = key
                fresh.failures = 0
                fresh.windowStartedAt = now
                fresh.blockedUntil = now
                return fresh
            }()
            if now.timeIntervalSince(row.windowStartedAt) > policy.window {
                row.failures = 0
                row.windowStartedAt = now
            }
            row.failures += 1
            row.blockedUntil = now.addingTimeInterval(policy.delay(afterFailures: row.failures))
            try await row.save(on: db)
        }
    }

    func reset(_ key: String) async throws {
        try await db.writeTransaction { db in try await ThrottleModel.query(on: db).filter(\.$id == key).delete() }
    }
}
