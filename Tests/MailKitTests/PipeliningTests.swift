import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PortalCore
import Testing
@testable import MailKit

/// A scripted SMTP server that answers each command only after a pause and notes any command that
/// arrives before its previous reply was sent: the client must never pipeline, even when PIPELINING
/// is offered.
final class SlowSMTPServer: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let log = NIOLockedValueBox<(commands: [String], early: [String])>(([], []))
    private var buffer = ByteBuffer()
    private var waitingForReply = false
    private var inData = false

    func channelActive(context: ChannelHandlerContext) { reply(context, "220 slow.test ESMTP") }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        while let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) {
            var line = buffer.readString(length: newline - buffer.readerIndex) ?? ""
            buffer.moveReaderIndex(forwardBy: 1)
            if line.hasSuffix("\r") { line.removeLast() }
            if inData {
                if line == "." {
                    inData = false
                    command(context, ".", answer: "250 queued")
                }
                continue
            }
            let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
            switch verb {
            case "EHLO": command(context, line, answer: "250-slow.test\r\n250-PIPELINING\r\n250 8BITMIME")
            case "DATA": command(context, line, answer: "354 go on") { self.inData = true }
            case "QUIT": command(context, line, answer: "221 bye")
            default: command(context, line, answer: "250 ok")
            }
        }
    }

    private func command(_ context: ChannelHandlerContext, _ line: String, answer: String, then: (() -> Void)? = nil) {
        log.withLockedValue {
            $0.commands.append(line)
            if waitingForReply { $0.early.append(line) }
        }
        waitingForReply = true
        then?()
        context.eventLoop.scheduleTask(in: .milliseconds(30)) {
            self.waitingForReply = false
            self.reply(context, answer)
        }
    }

    private func reply(_ context: ChannelHandlerContext, _ text: String) {
        var out = context.channel.allocator.buffer(capacity: text.utf8.count + 2)
        out.writeString(text + "\r\n")
        context.writeAndFlush(wrapOutboundOut(out), promise: nil)
    }
}

@Suite struct PipeliningTests {
    @Test func neverSendsACommandBeforeTheReplyEvenWhenPipeliningIsOffered() async throws {
        let server = SlowSMTPServer()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.pipeline.addHandler(server) }
            .bind(host: "127.0.0.1", port: 0).get()
        defer { channel.close(promise: nil) }
        let configuration = try SMTPConfiguration.parse(url: "smtp://127.0.0.1:\(channel.localAddress!.port!)?starttls=never",
                                                        from: "noreply@onewindow.example.az")
        let mail = OutgoingMail(from: "noreply@onewindow.example.az", to: "ali@example.az", subject: "Salam", text: "x",
                                messageID: "<p-1@onewindow.example.az>")
        try await SMTPClient(configuration: configuration).send(mail)
        let log = server.log.withLockedValue { $0 }
        #expect(log.commands.map { String($0.prefix(4)) } == ["EHLO", "MAIL", "RCPT", "DATA", ".", "QUIT"])
        #expect(log.commands[1] == "MAIL FROM:<noreply@onewindow.example.az> BODY=8BITMIME")
        #expect(log.early.isEmpty, "sent before the previous reply: \(log.early)")
    }
}
