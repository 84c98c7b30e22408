#!/usr/bin/env python3
"""A real SMTP server on loopback (aiosmtpd) for MailKit's integration tests and the mail benchmark.

Each accepted message is parsed with Python's `email` package and written, before the server answers
250, as <out>/<n>.eml (the raw bytes) and <out>/<n>.json (envelope, decoded subject, every leaf part
decoded, parser defects, longest line). Prints "READY <port>" once listening.

    smtp_sink.py --out DIR [--port 0] [--auth USER:PASS] [--auth-mechanisms PLAIN,LOGIN]
                 [--starttls CERT KEY [--require-starttls]] [--implicit-tls CERT KEY] [--no-ehlo]

Recipients starting with "tempfail" get 451 at RCPT TO, "reject" get 550; a body containing
"X-Sink-Reject-Data: yes" gets 554 at the end of DATA.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, out):
        self.out = out
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("tempfail"):
            return "451 4.3.0 Try again later"
        if address.startswith("reject"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        if b"X-Sink-Reject-Data: yes" in raw:
            return "554 5.6.0 Message rejected"
        if self.out is None:
            return "250 OK"
        self.count += 1
        base = os.path.join(self.out, f"{self.count:06d}")
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        defects = [str(d) for d in message.defects]
        for part in message.walk():
            defects += [str(d) for d in part.defects]
            if part.is_multipart():
                continue
            content = part.get_content()
            if isinstance(content, bytes):
                content = content.decode("utf-8", "replace")
            parts.append({"content_type": part.get_content_type(), "filename": part.get_filename(),
                          "charset": part.get_content_charset(), "content": content,
                          "disposition": part.get_content_disposition()})
        lines = raw.split(b"\r\n")
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            # STARTTLS sets session.ssl; implicit TLS shows on the transport.
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "authenticated": bool(getattr(session, "authenticated", False)),
            "auth_mechanism": getattr(session, "onewindow_auth", (None, None))[0],
            "auth_login": getattr(session, "onewindow_auth", (None, None))[1],
            "subject": str(message["subject"]),
            "from": str(message["from"]),
            "to": str(message["to"]),
            "message_id": str(message["message-id"]),
            "date": str(message["date"]),
            "mime_version": str(message["mime-version"]),
            "list_unsubscribe": message["list-unsubscribe"] and str(message["list-unsubscribe"]),
            "list_unsubscribe_post": message["list-unsubscribe-post"] and str(message["list-unsubscribe-post"]),
            "content_type": message.get_content_type(),
            "parts": parts,
            "defects": defects,
            "max_line_length": max(len(line) for line in lines),
            "bare_lf": b"\n" in raw.replace(b"\r\n", b""),
        }
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        return "250 OK queued as %d" % self.count


class NoEHLO(SMTP):
    """A server that only knows HELO (RFC 821), to check the client's fallback."""

    async def smtp_EHLO(self, arg):
        await self.push("502 5.5.1 Command not implemented")


def main():
    parent = os.getppid()
    # A parent may start us with SIGTERM blocked or ignored (Foundation's Process does): stop on it anyway.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--auth")
    parser.add_argument("--auth-mechanisms", default="PLAIN,LOGIN")
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--require-starttls", action="store_true")
    parser.add_argument("--implicit-tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--no-ehlo", action="store_true")
    args = parser.parse_args()

    handler = Handler(args.out)
    users = {}
    if args.auth:
        user, _, password = args.auth.partition(":")
        users[user.encode()] = password.encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and users.get(auth_data.login) == auth_data.password
        session.onewindow_auth = (mechanism, auth_data.login.decode() if ok else None)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    def context(cert, key):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        return ctx

    excluded = [m for m in ("PLAIN", "LOGIN") if m not in args.auth_mechanisms.split(",")]

    def factory():
        cls = NoEHLO if args.no_ehlo else SMTP
        return cls(handler, hostname="sink.test", enable_SMTPUTF8=True,
                   tls_context=context(*args.starttls) if args.starttls else None,
                   require_starttls=args.require_starttls,
                   authenticator=authenticator if args.auth else None,
                   auth_required=bool(args.auth),
                   # The client decides whether credentials may go in clear (loopback development only).
                   auth_require_tls=False,
                   auth_exclude_mechanism=excluded)

    async def serve():
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", args.port))
        loop = asyncio.get_running_loop()
        server = await loop.create_server(factory, sock=sock,
                                          ssl=context(*args.implicit_tls) if args.implicit_tls else None)
        print("READY %d" % sock.getsockname()[1], flush=True)

        async def orphan_watch():
            # A test process killed before it could stop us must not leave the server running.
            while os.getppid() == parent:
                await asyncio.sleep(1)
            os._exit(0)

        watch = asyncio.get_running_loop().create_task(orphan_watch())  # noqa: F841 (kept: tasks are weakly held)
        async with server:
            await server.serve_forever()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
