import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Why a dialogue ended without a reply: the connection failed, closed or a step took too long.
enum SMTPConnectionError: Error, CustomStringConvertible {
    case closed
    case timeout(String)
    case lineTooLong
    case malformed(String)
    case tls(String)

    var description: String {
        switch self {
        case .closed: return "the server closed the connection"
        case let .timeout(step): return "no answer within the timeout (\(step))"
        case .lineTooLong: return "the server sent a reply line over 2048 octets"
        case let .malformed(text): return text
        case let .tls(text): return "TLS: \(text)"
        }
    }
}

/// Splits the server's bytes into lines and lines into replies, and hands each reply to the one waiting
/// for it. Only ever touched on its channel's event loop.
final class SMTPReplyHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private var buffer = ByteBuffer()
    private var parser = SMTPReplyParser()
    private var replies = CircularBuffer<SMTPReply>()
    private var waiting = CircularBuffer<EventLoopPromise<SMTPReply>>()
    private var failure: Error?
    private var context: ChannelHandlerContext?
    /// Set when a timer closes the connection, so waiters learn which step timed out.
    var timedOutStep: String?

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        while let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            let length = newline - buffer.readerIndex
            var line = buffer.readString(length: length) ?? ""
            buffer.moveReaderIndex(forwardBy: 1)
            if line.hasSuffix("\r") { line.removeLast() }
            do {
                if let reply = try parser.feed(line) { deliver(reply) }
            } catch {
                fail(SMTPConnectionError.malformed("\(error)"), context: context)
                return
            }
        }
        if buffer.readableBytes > 2048 {
            fail(SMTPConnectionError.lineTooLong, context: context)
            return
        }
        buffer.discardReadBytes()
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(timedOutStep.map { SMTPConnectionError.timeout($0) } ?? SMTPConnectionError.closed, context: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        let reported: Error
        if let tls = error as? NIOSSLError { reported = SMTPConnectionError.tls("\(tls)") }
        else if let tls = error as? BoringSSLError { reported = SMTPConnectionError.tls("\(tls)") }
        else { reported = error }
        fail(reported, context: context)
    }

    private func deliver(_ reply: SMTPReply) {
        if let promise = waiting.popFirst() { promise.succeed(reply) } else { replies.append(reply) }
    }

    private func fail(_ error: Error, context: ChannelHandlerContext?) {
        if failure == nil { failure = timedOutStep.map { SMTPConnectionError.timeout($0) } ?? error }
        while let promise = waiting.popFirst() { promise.fail(failure!) }
        context?.close(promise: nil)
    }

    /// The next reply, in order. Call on the event loop.
    func nextReply(on eventLoop: EventLoop) -> EventLoopFuture<SMTPReply> {
        if let reply = replies.popFirst() { return eventLoop.makeSucceededFuture(reply) }
        if let failure { return eventLoop.makeFailedFuture(failure) }
        let promise = eventLoop.makePromise(of: SMTPReply.self)
        waiting.append(promise)
        return promise.futureResult
    }

    /// Why the connection failed, if it did (a TLS handshake error says more than the write it broke).
    var recordedFailure: Error? { failure }

    /// True when the server has sent a reply nobody asked for yet (a server that talks out of turn).
    var hasUnreadReply: Bool { !replies.isEmpty || parser.isInsideReply || buffer.readableBytes > 0 }
}

/// One SMTP connection: strict command → reply turns, each step bounded by a timeout.
final class SMTPConnection: @unchecked Sendable {
    let channel: Channel
    private let handler: SMTPReplyHandler
    private(set) var isTLS: Bool

    private init(channel: Channel, handler: SMTPReplyHandler, isTLS: Bool) {
        self.channel = channel
        self.handler = handler
        self.isTLS = isTLS
    }

    static func connect(host: String, port: Int, tls: NIOSSLContext?, timeout: Double,
                        group: EventLoopGroup) async throws -> SMTPConnection {
        let handler = SMTPReplyHandler()
        let sniHost = SMTPConnection.sniName(host)
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.milliseconds(Int64(timeout * 1000)))
            .channelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: sniHost))
                    }
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
            .connect(host: host, port: port).get()
        return SMTPConnection(channel: channel, handler: handler, isTLS: tls != nil)
    }

    /// SNI carries host names only, never an address.
    static func sniName(_ host: String) -> String? {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if bare.contains(":") { return nil }
        if bare.split(separator: ".").count == 4, bare.split(separator: ".").allSatisfy({ UInt8($0) != nil }) { return nil }
        return bare
    }

    /// Waits for the next reply; past `timeout` seconds the connection is closed and the step named.
    func readReply(step: String, timeout: Double) async throws -> SMTPReply {
        let handler = self.handler
        let channel = self.channel
        return try await channel.eventLoop.flatSubmit {
            let future = handler.nextReply(on: channel.eventLoop)
            let timer = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(timeout * 1000))) {
                handler.timedOutStep = step
                channel.close(promise: nil)
            }
            future.whenComplete { _ in timer.cancel() }
            return future
        }.get()
    }

    /// Sends one command line and waits for its reply. Never called before the previous reply arrived:
    /// the client does not pipeline, so it is safe whether or not the server offers PIPELINING.
    func command(_ line: String, step: String, timeout: Double) async throws -> SMTPReply {
        try await write(Array((line + "\r\n").utf8))
        return try await readReply(step: step, timeout: timeout)
    }

    func write(_ bytes: [UInt8]) async throws {
        var buffer = channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        do {
            try await channel.writeAndFlush(buffer).get()
        } catch {
            // The handler has heard why (e.g. the TLS handshake failed); close, then ask it.
            let handler = self.handler
            try? await channel.close().get()
            throw (try? await channel.eventLoop.submit { handler.recordedFailure }.get()) ?? error
        }
    }

    /// After `220` to STARTTLS: TLS goes in front of everything, and the handshake must finish before EHLO.
    func startTLS(_ context: NIOSSLContext, host: String) async throws {
        let channel = self.channel
        let sniHost = SMTPConnection.sniName(host)
        let unread = try await channel.eventLoop.submit { self.handler.hasUnreadReply }.get()
        // Bytes the server sent before the handshake would be plaintext injected into the TLS session.
        guard !unread else { throw SMTPConnectionError.malformed("the server sent data after its STARTTLS reply") }
        try await channel.eventLoop.submit {
            let tls = try NIOSSLClientHandler(context: context, serverHostname: sniHost)
            try channel.pipeline.syncOperations.addHandler(tls, position: .first)
        }.get()
        isTLS = true
    }

    func close() async {
        try? await channel.close().get()
    }
}
