import NIOConcurrencyHelpers
import Vapor

/// Finished HTML of reading pages for visitors who are not signed in, keyed by language, URL and the
/// version of the data behind the page. Such a page is the same for every visitor (no CSRF token, no
/// name, no flash), so popular catalog searches are rendered once per publication instead of on every
/// request. Bounded in entries and bytes; a new data version simply stops matching old entries.
/// Keys use only the query parameters a page declares (`CacheableQuery`), and a page asked for only
/// once is evicted before any page asked for again, so a flood of distinct URLs cannot push popular
/// pages out.
public final class AnonymousPageCache: Sendable {
    struct Entry {
        var body: ByteBuffer
        /// The same body gzipped once, for the clients that accept it (nearly all browsers).
        var gzipped: ByteBuffer?
        var headers: HTTPHeaders
        var tick: UInt64
        /// Served at least once from the cache (kept in preference to pages asked for only once).
        var reused = false

        func response(for req: Request) -> Response {
            if let gzipped, req.headers.first(name: .acceptEncoding)?.contains("gzip") == true {
                var headers = headers
                headers.replaceOrAdd(name: .contentEncoding, value: "gzip")
                headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
                return Response(status: .ok, headers: headers, body: .init(buffer: gzipped))
            }
            var headers = headers
            headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
            return Response(status: .ok, headers: headers, body: .init(buffer: body))
        }
    }

    struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var tick: UInt64 = 0
        var hits = 0
        var misses = 0
        /// Keys being rendered now, with who waits for them (one render per key, not one per request).
        var waiting: [String: [CheckedContinuation<Entry?, Never>]] = [:]
    }

    private let state = NIOLockedValueBox(State())
    let maxEntries: Int
    let maxBytes: Int

    public init(maxEntries: Int = 2_000, maxBytes: Int = 48 * 1_024 * 1_024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    public var counts: (hits: Int, misses: Int, entries: Int) { state.withLockedValue { ($0.hits, $0.misses, $0.entries.count) } }

    func isCacheable(_ req: Request) -> Bool {
        req.method == .GET && req.principal == nil && req.cookies[req.portal.config.flashCookieName] == nil
    }

    func key(_ req: Request, version: String, query: CacheableQuery) -> String {
        "\(version)|\(req.language.rawValue)|\(query.canonicalURL(path: req.url.path, query: req.url.query))"
    }

    /// Synchronous look-up for routes that answer from the cache without leaving the event loop
    /// (only for requests without a session cookie: their principal is known to be nobody).
    public func cachedResponse(for req: Request, version: String, query: CacheableQuery) -> Response? {
        guard isCacheable(req), req.cookies[req.portal.config.sessionCookieName] == nil else { return nil }
        let key = key(req, version: version, query: query)
        return state.withLockedValue { state -> Response? in
            guard var entry = state.entries[key] else { return nil }
            state.tick += 1
            entry.tick = state.tick
            entry.reused = true
            state.entries[key] = entry
            state.hits += 1
            return entry.response(for: req)
        }
    }

    /// The cached page for this request, or renders it (and keeps it when it is cacheable). A page
    /// rendered for the cache sees the canonical URL (only the declared parameters), so what is kept
    /// under a key never depends on anything outside it.
    public func page(for req: Request, version: String, query: CacheableQuery, render: () async throws -> Response) async throws -> Response {
        guard isCacheable(req) else { return try await render() }
        let canonical = query.canonicalURL(path: req.url.path, query: req.url.query)
        if canonical != req.url.string { req.url = URI(string: canonical) }
        let key = "\(version)|\(req.language.rawValue)|\(canonical)"
        enum Lookup { case hit(Entry), render, wait }
        let lookup = state.withLockedValue { state -> Lookup in
            if var entry = state.entries[key] {
                state.tick += 1
                entry.tick = state.tick
                entry.reused = true
                state.entries[key] = entry
                state.hits += 1
                return .hit(entry)
            }
            state.misses += 1
            if state.waiting[key] != nil { return .wait }
            state.waiting[key] = []
            return .render
        }
        switch lookup {
        case .hit(let entry):
            return entry.response(for: req)
        case .wait:
            let entry = await withCheckedContinuation { continuation in
                let enqueued = state.withLockedValue { state -> Bool in
                    guard state.waiting[key] != nil else { return false }
                    state.waiting[key]!.append(continuation)
                    return true
                }
                if !enqueued { continuation.resume(returning: state.withLockedValue { $0.entries[key] }) }
            }
            if let entry { return entry.response(for: req) }
            return try await render()
        case .render:
            break
        }
        let response: Response
        do {
            response = try await render()
        } catch {
            release(key, with: nil)
            throw error
        }
        guard response.status == .ok, !response.headers.contains(name: .setCookie), let buffer = response.body.buffer else {
            release(key, with: nil)
            return response
        }
        response.headers.replaceOrAdd(name: .vary, value: "Accept-Encoding")
        let gzipped = buffer.readableBytes > 1_024 ? Gzip.compress(Array(buffer.readableBytesView)).map { ByteBuffer(bytes: $0) } : nil
        let entry = Entry(body: buffer, gzipped: gzipped, headers: response.headers, tick: 0)
        state.withLockedValue { state in
            state.tick += 1
            var stored = entry
            if let old = state.entries[key] {
                state.bytes -= old.body.readableBytes + (old.gzipped?.readableBytes ?? 0)
                stored.reused = old.reused
            }
            stored.tick = state.tick
            state.entries[key] = stored
            state.bytes += buffer.readableBytes + (gzipped?.readableBytes ?? 0)
            // Evict a quarter when over a bound (rare: amortised): pages never asked for again first,
            // then the least recently used.
            if state.entries.count > maxEntries || state.bytes > maxBytes {
                let victims = state.entries.sorted { a, b in
                    a.value.reused != b.value.reused ? !a.value.reused : a.value.tick < b.value.tick
                }.filter { $0.key != key }.prefix(max(1, state.entries.count / 4))
                for (victim, entry) in victims {
                    state.entries[victim] = nil
                    state.bytes -= entry.body.readableBytes + (entry.gzipped?.readableBytes ?? 0)
                }
            }
        }
        release(key, with: entry)
        return response
    }

    /// Wakes the requests that waited for `key`: with the page, or nil to render their own.
    private func release(_ key: String, with entry: Entry?) {
        let waiters = state.withLockedValue { $0.waiting.removeValue(forKey: key) ?? [] }
        for waiter in waiters { waiter.resume(returning: entry) }
    }
}
