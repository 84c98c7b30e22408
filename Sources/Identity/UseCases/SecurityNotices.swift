import PortalHTTP

/// The account-security notices Identity sends through `app.portal.notify`, each inside the
/// transaction of the change it reports. A sign-in is reported when it comes from an address none of
/// the account's other live sessions uses (a first sign-in, or one from a known address, is not news).
enum SecurityNotices {
    static func signIn(_ user: UserModel, session: SessionModel, ip: String, app: Application, on db: any Database) async throws {
        let others = try await SessionModel.query(on: db).filter(\.$userID == user.id!).filter(\.$secondFactorPending == false)
            .filter(\.$id != session.id!).all()
        guard !others.isEmpty, !others.contains(where: { $0.ip == ip }) else { return }
        try await app.portal.notify(OutgoingNotice(.newSignIn(SecurityNotice(at: session.createdAt, ip: ip)), to: user.id!,
                                           dedupeKey: "security.sign_in:\(session.publicID)"), on: db)
    }

    /// A change to the account (password, second factor); `id` makes the dedupe key of this one change.
    static func changed(_ event: NoticeEvent, user: UserModel, id: String, app: Application, on db: any Database) async throws {
        try await app.portal.notify(OutgoingNotice(event, to: user.id!, dedupeKey: "\(event.kind):\(id)"), on: db)
    }
}
