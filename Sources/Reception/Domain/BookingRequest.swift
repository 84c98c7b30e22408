import Foundation

/// What the citizen asks for.
public struct BookingRequest: Sendable {
    public var officialID: UUID
    public var start: Date
    public var topic: String
    public var subject: String
    public var attachmentName: String?
    public var attachment: Data?

    public init(officialID: UUID, start: Date, topic: String, subject: String, attachmentName: String? = nil, attachment: Data? = nil) {
        self.officialID = officialID
        self.start = start
        self.topic = topic
        self.subject = subject
        self.attachmentName = attachmentName
        self.attachment = attachment
    }
}
