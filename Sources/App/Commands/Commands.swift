import Applications
import Audit
import Identity
import PortalHTTP

/// `onewindow migrate [--revert]`: applies pending migrations without asking (scripts and CI run it).
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "revert", help: "Revert the last batch instead")
        var revert: Bool
        init() {}
    }

    var help: String { "Apply pending database migrations" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        if signature.revert {
            let batch = try await app.migrator.previewRevertLastBatch().get()
            try await app.migrator.revertLastBatch().get()
            context.console.print("reverted \(batch.count) migrations")
            return
        }
        try await app.migrator.setupIfNeeded().get()
        let pending = try await app.migrator.previewPrepareBatch().get()
        try await app.migrator.prepareBatch().get()
        for (migration, _) in pending { context.console.print("applied \(migration.name)") }
        context.console.print("\(pending.count) migrations applied; database is up to date")
    }
}

/// `onewindow seed --demo`: demo data on an empty development database.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "demo", help: "Seed the demo data set")
        var demo: Bool
        @Option(name: "cases", help: "Also add this many synthetic submitted applications (load measurements)")
        var cases: Int?
        init() {}
    }

    var help: String { "Seed demo data (development only)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard signature.demo else { throw CommandError.missingRequiredArgument("--demo") }
        guard app.portal.config.mode != .production else {
            context.console.error("production seeds nothing")
            throw CommandError.invalidArgumentType("--demo", type: Bool.self)
        }
        try await DemoSeeder.seed(app)
        if let cases = signature.cases, cases > 0 {
            try await SyntheticCases.insert(count: cases, app: app)
            context.console.info("\(cases) synthetic applications added")
        }
    }
}

/// `onewindow user create-admin --fin … --email …`
struct UserCommands: AsyncCommandGroup {
    var help: String { "Manage accounts" }
    var commands: [String: any AnyAsyncCommand] { ["create-admin": CreateAdminCommand()] }
}

struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "fin", help: "FIN of the administrator")
        var fin: String?
        @Option(name: "email", help: "E-mail of the administrator")
        var email: String?
        @Option(name: "first-name", help: "First name, when the register does not know the FIN")
        var firstName: String?
        @Option(name: "last-name", help: "Last name, when the register does not know the FIN")
        var lastName: String?
        @Flag(name: "generate-password", help: "Generate a password and print it once instead of asking")
        var generatePassword: Bool
        init() {}
    }

    var help: String { "Create (or promote) the platform administrator; asks for a password or generates one" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let fin = signature.fin, let email = signature.email else {
            throw CommandError.missingRequiredArgument("--fin and --email")
        }
        let password: String
        if signature.generatePassword {
            password = "ow-" + CSRF.randomToken().prefix(24)
        } else {
            password = context.console.ask("Password for the administrator (at least 8 characters)", isSecure: true)
            guard password == context.console.ask("Repeat the password", isSecure: true) else {
                context.console.error("the passwords differ")
                throw CommandError.invalidArgumentType("password", type: String.self)
            }
        }
        let names = signature.firstName.flatMap { first in signature.lastName.map { (first: first, last: $0) } }
        switch try await CreatePlatformAdmin(app: context.application).run(fin: fin, email: email, password: password, names: names) {
        case .created(let id):
            context.console.print("platform administrator created (\(id))")
            if signature.generatePassword { context.console.print("password (shown once): \(password)") }
            context.console.print("sign in at /signin; the office will ask you to set up an authenticator app")
        case .promoted(let id):
            context.console.print("existing account \(id) is now platform administrator (its password is unchanged)")
        case .alreadyAdmin:
            context.console.print("this account is already a platform administrator")
        case .invalid(let reason):
            context.console.error(reason)
            throw CommandError.invalidArgumentType("input", type: String.self)
        }
    }
}

/// `onewindow audit verify`
struct AuditCommands: AsyncCommandGroup {
    var help: String { "Audit trail tools" }
    var commands: [String: any AnyAsyncCommand] { ["verify": AuditVerifyCommand()] }
}

struct AuditVerifyCommand: AsyncCommand {
    struct Signature: CommandSignature { init() {} }

    var help: String { "Check the audit trail's chain; report the first edited, inserted or deleted entry" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let result = try await AuditModule.trail(for: context.application).verify(on: context.application.db)
        if result.isIntact {
            context.console.print(result.description)
        } else {
            context.console.error(result.description)
            throw AuditBroken(result: result)
        }
    }
}

/// `audit verify` found the chain broken (the process exits non-zero with the first break).
public struct AuditBroken: Error, CustomStringConvertible {
    public let result: AuditVerification
    public var description: String { result.description }
}
