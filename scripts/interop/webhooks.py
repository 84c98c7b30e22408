#!/usr/bin/env python3
"""Agencies' webhooks checked by a third-party client: the `standardwebhooks` library (PyPI, the
Standard Webhooks specification's own) verifies every request the portal sends.

The Quba executive authority's administrator (demo official 9QBA1G7, with the second factor) registers
an endpoint in the office — a receiver on 127.0.0.1 started here — and copies the secret shown once; a
demo citizen submits an application to that authority over the API; the portal's worker posts each
state change of the case. Every request must verify with the library, carry no personal data, and a
body changed by one byte must fail the library's check.

    python3 scripts/interop/webhooks.py      (needs the debug build, requests, standardwebhooks)
"""
import http.server, json, os, re, sys, threading, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402
import requests  # noqa: E402
from standardwebhooks.webhooks import Webhook, WebhookVerificationError  # noqa: E402

ADMIN, CITIZEN = "9QBA1G7", "5VBK5VR"


class Receiver(http.server.BaseHTTPRequestHandler):
    received = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        Receiver.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def main():
    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_address[1]}/onewindow"
    problems = []
    with portal.Server(env={"ONEWINDOW_NOTIFY_WORKER_INTERVAL": "1"}) as server:
        creds = server.demo_credentials()
        admin = portal.Client(server.base)
        admin.sign_in(ADMIN, creds[ADMIN]["password"], creds[ADMIN]["totp"], set())
        admin.get("/office/webhooks/new")
        page = admin.post("/office/webhooks", {"url": url, "events[]": ["application.status_changed"], "description": "interop"})
        secret = re.search(r'id="webhook-secret">(whsec_[^<]+)<', page.text)
        if page.status_code != 201 or not secret:
            portal.fail(f"registering the endpoint answered {page.status_code}")
        hook = Webhook(secret.group(1))

        citizen = portal.Client(server.base)
        citizen.sign_in(CITIZEN, creds[CITIZEN]["password"])
        token = citizen.create_token(creds[CITIZEN]["password"], ["applications:read", "applications:write"])
        auth = {"Authorization": f"Bearer {token}"}
        r = requests.post(server.base + "/api/v1/applications", json={"service": "ICRA-QBA-0002"}, headers=auth, timeout=10)
        r.raise_for_status()
        case = r.json()["id"]
        for page_id, values in [("applicant", {"phone": "0501234567"}), ("residence", {"years": "4"}), ("purpose", {"purpose": "bank", "copies": "1"})]:
            requests.put(f"{server.base}/api/v1/applications/{case}/answers", json={"page": page_id, "answers": {"values": values, "groups": {}}},
                         headers=auth, timeout=10).raise_for_status()
        r = requests.post(f"{server.base}/api/v1/applications/{case}/submit", headers=auth, timeout=10)
        if r.status_code >= 300:
            portal.fail(f"submit answered {r.status_code}: {r.text[:300]}")

        deadline = time.time() + 30
        while time.time() < deadline and len(Receiver.received) < 2:
            time.sleep(0.2)
        if not Receiver.received:
            portal.fail("no webhook arrived within 30 s")
        statuses = []
        for headers, body in Receiver.received:
            try:
                payload = hook.verify(body, headers)
            except WebhookVerificationError as error:
                problems.append(f"a request did not verify: {error}")
                continue
            statuses.append(payload["data"].get("status"))
            if payload["type"] != "application.status_changed" or payload["data"].get("caseId") != case.lower():
                problems.append(f"unexpected event: {payload}")
            if CITIZEN in body.decode("utf-8"):
                problems.append("the citizen's FIN is in an agency event")
            tampered = body.replace(b'"status"', b'"Status"', 1)
            try:
                hook.verify(tampered, headers)
                problems.append("a changed body verified")
            except WebhookVerificationError:
                pass
        ids = [h["webhook-id"] for h, _ in Receiver.received]
        if len(set(ids)) != len(ids):
            problems.append(f"a message was delivered twice: {ids}")
    receiver.shutdown()
    print(json.dumps({"requests": len(Receiver.received), "statuses": statuses, "problems": problems}, ensure_ascii=False))
    if problems:
        sys.exit(1)
    print(f"webhooks verified by the standardwebhooks library: {len(Receiver.received)} requests, states {statuses}")


if __name__ == "__main__":
    main()
