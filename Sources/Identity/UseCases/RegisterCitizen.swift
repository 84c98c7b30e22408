import PortalHTTP

/// Registration in two steps. First the FIN and ID card number are matched against the population
/// register; then the person confirms the name the state already knows and adds contact details and a
/// password. The name is never typed (once-only principle).
struct RegisterCitizen {
    typealias FieldIssue = (field: String, issue: ValidationIssue)

    enum LookupOutcome {
        case found(PersonRecord, state: String)
        case invalid([FieldIssue])
        /// FIN and ID card do not match the register (or the card is not the person's current one).
        case noMatch
        case alreadyRegistered
    }

    enum Outcome {
        case registered(UserModel)
        case invalid([FieldIssue])
        case alreadyRegistered
        case emailTaken
        /// The signed state from step one expired or was altered: start again.
        case expired
    }

    /// How long step two may follow step one.
    static let stateLifetime: TimeInterval = 30 * 60

    let app: Application
    let ip: String

    func lookup(fin rawFIN: String, idCard rawCard: String) async throws -> LookupOutcome {
        var issues: [FieldIssue] = []
        let fin: FIN?
        switch FIN.parse(rawFIN) {
        case .success(let value): fin = value
        case .failure(let issue): fin = nil; issues.append((field: "fin", issue: issue))
        }
        let card: IDCardNumber?
        switch IDCardNumber.parse(rawCard) {
        case .success(let value): card = value
        case .failure(let issue): card = nil; issues.append((field: "idCard", issue: issue))
        }
        guard issues.isEmpty, let fin, let card else { return .invalid(issues) }
        guard let person = try await app.portal.registryLookup.person(fin: fin),
              person.documents.contains(where: { $0.kind == .idCard && $0.number == card.description && !isExpired($0) })
        else { return .noMatch }
        if try await UserModel.query(on: app.db).filter(\.$fin == fin.value).first() != nil { return .alreadyRegistered }
        let state = try app.identity.state.sign(["fin": fin.value, "card": card.description, "purpose": "register"],
                                                expires: app.portal.now().addingTimeInterval(Self.stateLifetime))
        return .found(person, state: state)
    }

    func isExpired(_ document: IdentityDocument) -> Bool {
        guard let expires = document.expiresOn else { return false }
        return expires < LocalDate(app.portal.now())
    }

    struct Details {
        var phone: String
        var email: String
        var password: String
        var passwordConfirmation: String
        var language: Language
    }

    /// Re-reads the register (the state only proves step one happened) and creates the account.
    func register(state: String, details: Details) async throws -> Outcome {
        guard let payload = app.identity.state.verify(state, now: app.portal.now()), payload["purpose"] == "register",
              let finValue = payload["fin"], let card = payload["card"] else { return .expired }
        let fin = FIN(uncheckedValue: finValue)
        guard let person = try await app.portal.registryLookup.person(fin: fin),
              person.documents.contains(where: { $0.kind == .idCard && $0.number == card }) else { return .expired }

        var issues: [FieldIssue] = []
        var phone: PhoneNumber?
        switch PhoneNumber.parse(details.phone) {
        case .success(let value): phone = value
        case .failure(let issue): issues.append((field: "phone", issue: issue))
        }
        var email: EmailAddress?
        switch EmailAddress.parse(details.email) {
        case .success(let value): email = value
        case .failure(let issue): issues.append((field: "email", issue: issue))
        }
        if let issue = app.identity.policy.check(details.password, fin: fin.value, email: email?.value) {
            issues.append((field: "password", issue: issue))
        } else if details.password != details.passwordConfirmation {
            issues.append((field: "passwordConfirmation", issue: ValidationIssue("validation.password.mismatch")))
        }
        guard issues.isEmpty, let phone, let email else { return .invalid(issues) }

        let hash = try await app.identity.hasher.hash(details.password, on: app)
        let user = UserModel(person: person, email: email.value, phone: phone.e164, passwordHash: hash,
                             language: details.language.rawValue, now: app.portal.now())
        // The person typed these: they count once the link and the code come back (`VerifyContact`).
        user.emailVerifiedAt = nil
        user.phoneVerifiedAt = nil
        do {
            try await app.db.writeTransaction { db in
                try await user.create(on: db)
                let actor = AuditActor(kind: .citizen, userID: user.id, ip: ip)
                try await app.portal.audit.record(AuditEvent(
                    actor: actor, action: "identity.citizen.registered",
                    subjectFIN: fin.value, objectType: "user", objectID: user.id?.uuidString), on: db)
                try await VerifyContact.send(.email, user: user, actor: actor, app: app, on: db)
                try await VerifyContact.send(.phone, user: user, actor: actor, app: app, on: db)
            }
        } catch where error.isConstraintViolation {
            // The schema decides who won a race: the FIN or the e-mail is already taken.
            if try await UserModel.query(on: app.db).filter(\.$fin == fin.value).first() != nil { return .alreadyRegistered }
            if try await UserModel.query(on: app.db).filter(\.$email == email.value).first() != nil { return .emailTaken }
            throw error
        }
        return .registered(user)
    }
}
