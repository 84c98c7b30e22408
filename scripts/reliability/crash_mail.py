"""The crash test's mail side: a real SMTP server on loopback (aiosmtpd) that the portal's outbox
worker delivers to while the portal is SIGKILLed, and the check that every e-mail in the outbox
arrived, with one Message-ID per (event, channel, recipient).

What is promised (docs/adr/0012-notification-outbox.md): the outbox holds each (event, channel,
recipient) once (schema); every such row is delivered; a repeat on the wire is possible only for a
message the server had accepted when the portal died, and it carries the same Message-ID, so the
receiver drops it. The check counts those repeats and fails when there are more than the kills could
explain (at most one batch in flight per kill).

The server stores a message before it answers DATA, and answers after a short delay, so that a kill
lands between "the server has it" and "the portal recorded it" often enough to be tested.
"""
import asyncio, email, email.policy, threading

from aiosmtpd.controller import Controller


class Sink:
    """Collects (Message-ID, recipients) of every message it is given, in arrival order."""

    def __init__(self, delay):
        self.delay = delay
        self.lock = threading.Lock()
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.received.append((str(message.get("Message-ID", "")).strip(), tuple(envelope.rcpt_tos)))
        await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"

    def messages(self):
        with self.lock:
            return list(self.received)


class SMTPServer:
    def __init__(self, port, delay=0.05):
        self.port, self.sink = port, Sink(delay)

    def __enter__(self):
        self.controller = Controller(self.sink, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def environment(self):
        """What the portal needs to deliver here quickly: a worker every second, a short 'sending' lease
        (a row claimed by a killed portal is taken up again after it), no rate limit in the way."""
        return {"ONEWINDOW_SMTP_URL": f"smtp://127.0.0.1:{self.port}", "ONEWINDOW_NOTIFY_WORKER_INTERVAL": "1",
                "ONEWINDOW_NOTIFY_SENDING_LEASE": "10", "ONEWINDOW_NOTIFY_BACKOFF_SECONDS": "1",
                "ONEWINDOW_NOTIFY_MAX_ATTEMPTS": "50", "ONEWINDOW_NOTIFY_EMAILS_PER_MINUTE": "100000",
                "ONEWINDOW_NOTIFY_PER_RECIPIENT_PER_HOUR": "10000", "ONEWINDOW_NOTIFY_BATCH": "10"}


def check_mail(ctx, db, report, wait_until, timeout=180):
    """Waits for the outbox to drain, then compares it with what the SMTP server received."""
    def pending():
        return int(db.rows("SELECT COUNT(*) FROM notifications_outbox WHERE channel = 'email' "
                           "AND status IN ('queued', 'sending', 'failed')")[0][0])
    try:
        wait_until(lambda: pending() == 0, timeout, "the outbox to drain")
    except RuntimeError:
        report.append(f"{pending()} e-mails still undelivered {timeout} s after the last cycle")
    rows = db.rows("SELECT dedupe_key, recipient_id, reference, status FROM notifications_outbox WHERE channel = 'email'")
    received = ctx.mail.sink.messages()
    counts = {}
    for message_id, _ in received:
        counts[message_id] = counts.get(message_id, 0) + 1
    references = {reference for _, _, reference, _ in rows}
    for key, recipient, reference, status in rows:
        if status != "sent":
            report.append(f"e-mail {key} to {recipient} is {status}")
        if counts.get(reference, 0) == 0:
            report.append(f"e-mail {key} to {recipient} ({reference}) never reached the SMTP server")
    for message_id in counts:
        if message_id not in references:
            report.append(f"the SMTP server received {message_id}, which is no outbox row")
    repeats = sum(n - 1 for n in counts.values())
    allowed = ctx.killer.kills * int(ctx.mail.environment()["ONEWINDOW_NOTIFY_BATCH"])
    if repeats > allowed:
        report.append(f"{repeats} repeated deliveries for {ctx.killer.kills} kills (at most {allowed} can be in flight)")
    ctx.mail_figures = {"emails_in_outbox": len(rows), "emails_received": len(received),
                        "distinct_message_ids": len(counts), "repeats_same_message_id": repeats}
    if not rows:
        report.append("no e-mail was queued: the crash test's events sent nothing to check")
