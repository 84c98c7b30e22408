import Foundation
import PortalHTTP
import VaporTesting

/// Everyone the authorization matrix calls a route as. Agency Y is the Ministry of Justice (`EN`), a
/// central agency whose officials hold roles scoped to a territorial unit: region R is Quba (`AZ-QBA`),
/// where citizen A lives and every object is made, region S is Masallı (`AZ-MAS`).
enum Actor: String, CaseIterable, Sendable, CustomStringConvertible {
    case anonymous
    /// Owner of every citizen object; also the director of company X.
    case citizenA
    case citizenB
    /// An authorised representative of company X (A is its director).
    case representativeX
    /// The director of another company, Z.
    case representativeZ
    case operatorR, reviewerR, headR, adminR
    case operatorS, headS
    /// An operator of agency Y in R who has not set up the second factor yet (tokens made without it).
    case unenrolledR
    /// Operator, head and agency administrator of another agency (the Quba executive authority, in R).
    case otherAgency
    /// A reviewer of ASAN, which keeps the State Services Registry (publishes other agencies' services).
    case registryEditor
    case platformAdmin

    var description: String { rawValue }

    static let citizens: [Actor] = [.citizenA, .citizenB, .representativeX, .representativeZ]
    static let agencyY: [Actor] = [.operatorR, .reviewerR, .headR, .adminR, .operatorS, .headS, .unenrolledR]
    /// Officials who passed the second factor (all but the unenrolled operator).
    static let enrolledOfficials: [Actor] = [.operatorR, .reviewerR, .headR, .adminR, .operatorS, .headS, .otherAgency, .registryEditor, .platformAdmin]
    static let signedIn: [Actor] = allCases.filter { $0 != .anonymous }
}

/// What a call must answer. "Allowed" is always the specific success status or redirect.
enum Expect: Equatable, Sendable, CustomStringConvertible {
    /// Exactly this status (and not a redirect to sign in).
    case status(UInt)
    /// 303 to exactly this place (`{name}` is replaced by the call's values), with this flash message when given.
    case see(String, flash: String? = nil)
    /// 303 to a place starting with this (a new object's own page), with this flash message when given.
    case seeUnder(String, flash: String? = nil)
    /// 303 to `/signin?next=<the path>`.
    case signIn
    /// 200, and the page shows this text (`{name}` replaced): the object is there for this person.
    case okShowing(String)
    /// 200, and the page does not show this text: a list or search without the other person's object.
    case okHiding(String)
    /// A public route whose answer depends only on the input, never on who asks (the reason is written here).
    case anyAnswer(String)

    static let ok = Expect.status(200)
    static let created = Expect.status(201)
    static let noContent = Expect.status(204)
    static let badRequest = Expect.status(400)
    static let unauthorized = Expect.status(401)
    static let forbidden = Expect.status(403)
    static let notFound = Expect.status(404)
    static let conflict = Expect.status(409)
    static let unprocessable = Expect.status(422)
    static let tooManyRequests = Expect.status(429)
    /// The office sends an official without a second factor to set one up.
    static let enrolTOTP = Expect.see("/cabinet/security/totp?reason=office", flash: "flash.totp_required_for_office")

    /// A call expected to do what it asks (it consumes a fresh object when the row says so).
    var isSuccess: Bool {
        switch self {
        case .status(let code): return (200..<300).contains(code)
        case .see, .seeUnder, .okShowing, .okHiding: return true
        case .signIn, .anyAnswer: return false
        }
    }

    var description: String {
        switch self {
        case .status(let code): return String(code)
        case .see(let place, let flash): return "303 → \(place)" + (flash.map { " (\($0))" } ?? "")
        case .seeUnder(let place, let flash): return "303 → \(place)…" + (flash.map { " (\($0))" } ?? "")
        case .signIn: return "303 → sign in"
        case .okShowing(let text): return "200 showing «\(text)»"
        case .okHiding(let text): return "200 without «\(text)»"
        case .anyAnswer(let why): return "any (\(why))"
        }
    }
}

/// How an API call is authenticated. Web calls use the actor's browser (signed in, second factor done).
enum TokenKind: String, CaseIterable, Sendable {
    /// Every scope the person may be given (office scopes only where the portal issues them).
    case full
    /// Exactly the scope the route needs.
    case exact
    /// Every scope the person may be given except the one the route needs.
    case without
}

/// Which object a row's path points at.
enum ObjectUse: Sendable, Equatable {
    /// The route takes no object.
    case none
    /// A real object made by its owner through the portal (who owns it and what it is).
    case owned(String)
    /// A public object anyone may read (an agency, a published service): real, owned by nobody.
    case publicObject(String)
    /// An id that names nothing (why the row exists: e.g. a bad activation link).
    case missing(String)
}

/// Whether the call uses the actor's long-lived browser or a new sign-in of its own.
enum SessionUse: Sendable {
    case shared
    /// The call changes or ends the session (sign out, language, acting for a company…).
    case fresh
}

/// One concrete request.
struct Call: Sendable {
    var path: String
    var form: [(String, String)] = []
    var json: String?
    var headers: [(String, String)] = []
    /// A multipart upload (field, file name, bytes, content type).
    var upload: (field: String, name: String, bytes: Data, type: String)?
    /// Values for `{name}` placeholders in the expected redirect.
    var values: [String: String] = [:]

    init(_ path: String, form: [(String, String)] = [], json: String? = nil, headers: [(String, String)] = [], values: [String: String] = [:]) {
        self.path = path
        self.form = form
        self.json = json
        self.headers = headers
        self.values = values
    }
}

/// What a row's call builder is told.
struct CallContext: Sendable {
    let actor: Actor
    let world: MatrixWorld
    /// True when the call is expected to succeed on a row that consumes its object: make a new one.
    let fresh: Bool
    let token: TokenKind?
}

/// One route, every actor. `expect` is the answer with the actor's browser (web) or full token (API).
struct Row: Sendable {
    var method: HTTPMethod
    var route: String
    var object: ObjectUse = .none
    /// API: the scope the route needs (nil for public API routes and web pages).
    var scope: String?
    var expect: [Actor: Expect]
    /// API answers that differ from `expect` for a token kind (default: `exact` as `full`, `without` 403).
    var tokenExpect: [TokenKind: [Actor: Expect]] = [:]
    /// Successful calls change the object: each gets a fresh one (refused calls share one).
    var consumes = false
    var session: SessionUse = .shared
    var call: (@Sendable (CallContext) async throws -> Call)?

    var isAPI: Bool { route.hasPrefix("/api/v1/") }

    /// The expected answer of `actor` with this token kind (nil: the web page, or no token).
    func expected(_ actor: Actor, _ token: TokenKind?) -> Expect? {
        guard let token, token != .full else { return expect[actor] }
        if let special = tokenExpect[token]?[actor] { return special }
        switch token {
        case .full, .exact: return expect[actor]
        case .without: return .forbidden
        }
    }
}

extension Dictionary where Key == Actor, Value == Expect {
    /// Everyone the same.
    static func all(_ e: Expect) -> Self { Dictionary(uniqueKeysWithValues: Actor.allCases.map { ($0, e) }) }

    /// A page for signed-in people: anonymous visitors are sent to sign in.
    static func signedIn(_ e: Expect) -> Self { all(e).with([.anonymous], .signIn) }

    /// An API route: 401 without a token.
    static func api(_ e: Expect) -> Self { all(e).with([.anonymous], .unauthorized) }

    /// An office page: sign in first; citizens 403; the official without a second factor is sent to set
    /// one up; every other official `officials` (403 unless `allowed` says otherwise).
    static func office(_ allowed: [Actor: Expect], officials: Expect = .forbidden) -> Self {
        var map = all(officials).with([.anonymous], .signIn).with(Actor.citizens, .forbidden).with([.unenrolledR], .enrolTOTP)
        for (actor, e) in allowed { map[actor] = e }
        return map
    }

    func with(_ actors: [Actor], _ e: Expect) -> Self {
        var copy = self
        for actor in actors { copy[actor] = e }
        return copy
    }
}
