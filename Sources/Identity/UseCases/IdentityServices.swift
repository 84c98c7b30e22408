import PortalHTTP

/// What Identity's use cases need, built once when the module is configured.
public struct IdentityServices: Sendable {
    public let hasher: PasswordHasher
    public let policy: PasswordPolicy
    let box: SecretBox
    let state: SignedState
    /// A hash of a random password, verified against when an identifier is unknown so that unknown
    /// and known accounts take the same time to refuse.
    let dummyHash: String

    init(config: PortalConfig, portal: PortalServices) throws {
        hasher = PasswordHasher(cost: config.bcryptCost)
        policy = try PasswordPolicy.bundled()
        box = SecretBox(key: portal.encryptionKey)
        state = SignedState(key: portal.signingKey)
        dummyHash = try hasher.hash(Tokens.random())
    }
}

struct IdentityServicesKey: StorageKey { typealias Value = IdentityServices }

extension Application {
    public var identity: IdentityServices {
        guard let services = storage[IdentityServicesKey.self] else { fatalError("IdentityModule not configured") }
        return services
    }
}

extension Request {
    var identity: IdentityServices { application.identity }
}

/// Looks up accounts by what people type to sign in: a FIN or an e-mail address.
enum AccountIdentifier {
    case fin(FIN)
    case email(EmailAddress)
    case unparseable(String)

    init(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("@") {
            switch EmailAddress.parse(trimmed) {
            case .success(let email): self = .email(email)
            case .failure: self = .unparseable(trimmed.lowercased())
            }
        } else {
            switch FIN.parse(trimmed) {
            case .success(let fin): self = .fin(fin)
            case .failure: self = .unparseable(trimmed.uppercased())
            }
        }
    }

    /// The throttling key for an identifier that matches no account.
    var throttleKey: String {
        switch self {
        case .fin(let fin): return fin.value
        case .email(let email): return email.value
        case .unparseable(let text): return String(text.prefix(64))
        }
    }

    func find(on db: any Database) async throws -> UserModel? {
        switch self {
        case .fin(let fin): return try await UserModel.query(on: db).filter(\.$fin == fin.value).first()
        case .email(let email): return try await UserModel.query(on: db).filter(\.$email == email.value).first()
        case .unparseable: return nil
        }
    }
}
