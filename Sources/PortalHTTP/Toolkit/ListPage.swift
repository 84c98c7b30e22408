import Vapor

/// The one shape of every list the API returns: `{"items": […], "total": n, "limit": l, "offset": o}`
/// (`total` counts the whole list, `items` holds the page `offset..<offset+limit`). The OpenAPI
/// document describes each list with these four members (`Resources/OpenAPI/*.json`).
public struct ListPage<Item> {
    public var items: [Item]
    public var total: Int
    public var limit: Int
    public var offset: Int

    /// A page the query already cut (`items` is the page, `total` the count before paging).
    public init(items: [Item], total: Int, paging: Paging) {
        self.items = items
        self.total = total
        self.limit = paging.limit
        self.offset = paging.offset
    }

    /// The page of a list held whole in memory.
    public init(all: [Item], paging: Paging) {
        let start = min(paging.offset, all.count)
        self.init(items: Array(all[start..<min(all.count, start + paging.limit)]), total: all.count, paging: paging)
    }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> ListPage<T> {
        ListPage<T>(items: try items.map(transform), total: total, limit: limit, offset: offset)
    }

    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }
}

extension ListPage: Encodable where Item: Encodable {}
extension ListPage: Sendable where Item: Sendable {}
