import Foundation

/// What an item is; each kind has its own path segment under the authority (`/agencies/EN/news/…`).
enum ItemKind: String, Codable, Sendable, CaseIterable {
    case news, announcement, page, document

    var segment: String {
        switch self {
        case .news: return "news"
        case .announcement: return "announcements"
        case .page: return "pages"
        case .document: return "documents"
        }
    }

    init?(segment: String) {
        guard let kind = Self.allCases.first(where: { $0.segment == segment }) else { return nil }
        self = kind
    }
}
