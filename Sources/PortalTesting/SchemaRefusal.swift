import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Testing

/// What a schema invariant refused, told apart the same way on SQLite and PostgreSQL, so a test that says
/// "the schema refuses it" fails when the statement fails for any other reason (a typo, a missing table).
public enum SchemaRefusal: Sendable, CustomStringConvertible {
    /// A UNIQUE, CHECK, NOT NULL or foreign-key constraint (SQLSTATE class 23; SQLite's constraint codes).
    case constraint
    /// A trigger raised an error whose message contains this text (append-only tables).
    case trigger(String)

    public var description: String {
        switch self {
        case .constraint: "a constraint violation"
        case .trigger(let text): "a trigger's error mentioning '\(text)'"
        }
    }

    /// Whether `error` is this refusal.
    public func matches(_ error: any Error) -> Bool {
        switch self {
        case .constraint:
            return (error as? any DatabaseError)?.isConstraintFailure == true
        case .trigger(let text):
            return Self.message(of: error)?.contains(text) == true
        }
    }

    /// The database's own message (PostgreSQL's server message; SQLite's error text).
    static func message(of error: any Error) -> String? {
        if let error = error as? PSQLError { return error.serverInfo?[.message] }
        if let error = error as? SQLiteError { return error.message }
        return nil
    }
}

/// Runs `statement` and records an issue unless the database refuses it with `refusal`.
public func expectSchemaRefuses(_ refusal: SchemaRefusal, sourceLocation: SourceLocation = #_sourceLocation,
                                _ statement: () async throws -> Void) async {
    do {
        try await statement()
        Issue.record("the database accepted what it should refuse with \(refusal)", sourceLocation: sourceLocation)
    } catch {
        #expect(refusal.matches(error), "expected \(refusal), got \(String(reflecting: error))", sourceLocation: sourceLocation)
    }
}
