#!/usr/bin/env python3
"""Crash safety: the portal is killed with SIGKILL at random moments and restarted while people pay
through the payment provider simulator; afterwards every acknowledged request is checked.

    python3 scripts/reliability/crash.py [--cycles 50] [--database-url postgres://…] [--seed N]

Each cycle runs the STEPS in order (a list of functions taking the cycle's context), while a killer
thread SIGKILLs the portal once at a random moment of the cycle and starts it again on the same
database. Every request is retried through the outage exactly as a careful client would: the same
Idempotency-Key, the same form. The checks at the end:

  * every acknowledged payment exists exactly once, and every invoice has exactly one payment attempt
    (retries with the same Idempotency-Key created no duplicates);
  * the same key with the same body answers the same payment; with another body 409;
  * every payment the person paid at the provider is succeeded and its invoice paid (callbacks were
    retried until the portal was back), and no invoice is paid without its succeeded payment;
  * every fine is paid exactly when its invoice is; the audit chain verifies;
  * every e-mail the steps caused (receipts, applications received…) is in the outbox once and reached
    the SMTP server on loopback (aiosmtpd) with its own Message-ID; repeats after a kill carry the same
    Message-ID and are no more than the messages in flight (crash_mail.py).

The Applications module adds its own steps (submit an application, pay its fee) to STEPS and its own
checks to CHECKS. Needs the debug build (`swift build`), PyPI's requests and aiosmtpd, and for PostgreSQL `psql`.
"""
import argparse, json, os, random, signal, sqlite3, subprocess, sys, threading, time
from urllib.parse import urlparse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "lib"))
import portal  # noqa: E402
import requests  # noqa: E402
import crash_mail  # noqa: E402

SECRET = "crash-test-provider-secret-0123456789abcdef"
CITIZEN = "5VBK5VR"       # demo citizen (Aysel Məmmədova)
OFFICIAL = "4ASN5L2"      # demo operator of the Ministry of Internal Affairs (DIN): records traffic fines


class PaySimProcess:
    def __init__(self, port, binary):
        self.port, self.binary = port, binary
        self.base = f"http://127.0.0.1:{port}"

    def __enter__(self):
        self.log = open(f"/tmp/onewindow-paysim-{self.port}.log", "w")
        self.process = subprocess.Popen([self.binary, "--port", str(self.port), "--callback-secret", SECRET,
                                         "--retry-base-seconds", "0.2", "--max-retry-delay-seconds", "2", "--max-attempts", "200"],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        wait_until(lambda: requests.get(self.base + "/health", timeout=1).status_code == 200, 60, "paysim ready")
        return self

    def __exit__(self, *exc):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class CrashingServer(portal.Server):
    """portal.Server that can be SIGKILLed and started again on the same database and port."""

    def start(self):
        self.log = open(os.path.join(self.dir, "server.log"), "a")
        self.process = subprocess.Popen([self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                        cwd=portal.ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout=120):
        wait_until(lambda: requests.get(self.base + "/ready", timeout=2).status_code == 200, timeout, "portal ready",
                   alive=lambda: self.process.poll() is None or fail_log(self))

    def kill(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self.log.close()


def fail_log(server):
    raise RuntimeError("the portal exited on its own:\n" + open(os.path.join(server.dir, "server.log")).read()[-3000:])


def wait_until(predicate, timeout, what, alive=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if alive:
            alive()
        try:
            if predicate():
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError("timed out waiting for " + what)


class Killer:
    """Kills the portal once at a random moment of each cycle and starts it again."""

    def __init__(self, server, rng):
        self.server, self.rng = server, rng
        self.kills = 0
        self.lock = threading.Lock()

    def arm(self, max_delay):
        delay = self.rng.uniform(0.0, max_delay)
        timer = threading.Timer(delay, self.crash)
        timer.daemon = True
        timer.start()
        return timer

    def crash(self):
        with self.lock:
            self.server.kill()
            self.kills += 1
            self.server.start()


def retrying(what, call, attempts=600):
    """Calls until the portal answers (connection errors and 502/503 mean: it is down or restarting)."""
    for _ in range(attempts):
        try:
            response = call()
            if response.status_code not in (502, 503):
                return response
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise RuntimeError("no answer for " + what)


class Context:
    """What the steps share: the people, their HTTP sessions and what the portal acknowledged."""

    def __init__(self, server, sim, rng, run_id):
        self.server, self.sim, self.rng, self.run_id = server, sim, rng, run_id
        self.acknowledged = {}   # idempotency key -> payment id
        self.invoices = {}       # idempotency key -> invoice id
        self.fines = []          # record numbers acknowledged
        self.paid_at_provider = set()
        self.replays = 0
        self.conflicts = 0
        self.cycle = 0
        self.state = {}
        self.submissions = {}    # case number -> case id (acknowledged by the case page)
        self.applications_paid = set()


def record_fine(ctx):
    """The DIN operator records a traffic fine in the office (a form: retried as is after a crash)."""
    number = f"CRASH-{ctx.run_id}-{ctx.cycle:04d}"
    amount = f"{ctx.rng.randint(5, 300)},{ctx.rng.randint(0, 99):02d}"
    ctx.state["fine"] = number
    while True:
        page = retrying("fines form", lambda: ctx.official.get("/office/payments/fines"))
        if page.status_code != 200:
            raise RuntimeError(f"fines form: {page.status_code} {page.url}")
        r = retrying("record fine", lambda: ctx.official.post("/office/payments/fines", {
            "agency": "DIN", "fin": CITIZEN, "amount": amount, "offence": "Sürət həddinin aşılması (crash test)",
            "offence_date": time.strftime("%Y-%m-%d"), "protocol_number": number}, allow_redirects=False))
        if r.status_code == 303:
            break
        if r.status_code == 422 and 'href="#protocol_number"' in r.text:
            break  # an earlier attempt committed before the crash took the answer away
        if r.status_code in (403, 400):
            continue  # the CSRF token of a page rendered before a restart: load the form again
        raise RuntimeError(f"record fine: {r.status_code}")
    ctx.fines.append(number)


def find_invoice(ctx):
    number = ctx.state["fine"]
    r = retrying("fines", lambda: ctx.api.get(ctx.server.base + "/api/v1/fines?limit=100", timeout=10))
    for fine in r.json()["items"]:
        if fine["protocolNumber"] == number:
            ctx.state["invoice"] = fine["invoiceId"]
            return
    raise RuntimeError("the recorded fine is not in the citizen's list: " + number)


def create_payment(ctx):
    """POST /api/v1/payments with an Idempotency-Key, retried with the same key until acknowledged."""
    key = f"crash-{ctx.run_id}-{ctx.cycle:04d}-{ctx.state.get('kind', 'fine')}"
    body = {"invoiceId": ctx.state["invoice"]}
    while True:
        r = retrying("create payment", lambda: ctx.api.post(ctx.server.base + "/api/v1/payments", json=body,
                                                            headers={"Idempotency-Key": key}, timeout=15))
        if r.status_code == 201:
            break
        if r.status_code == 502:
            continue
        raise RuntimeError(f"create payment: {r.status_code} {r.text[:300]}")
    payment = r.json()
    ctx.acknowledged[key] = payment["id"]
    ctx.invoices[key] = ctx.state["invoice"]
    ctx.state["payment"] = payment
    # The same request again (a client that did not see the answer) answers the same payment.
    again = retrying("replay", lambda: ctx.api.post(ctx.server.base + "/api/v1/payments", json=body,
                                                    headers={"Idempotency-Key": key}, timeout=15))
    if again.status_code != 201 or again.json()["id"] != payment["id"]:
        raise RuntimeError(f"a replay with the same key answered {again.status_code} {again.text[:200]}")
    ctx.replays += 1
    if ctx.cycle % 5 == 0:
        other = retrying("conflict", lambda: ctx.api.post(ctx.server.base + "/api/v1/payments", json={"invoiceId": "00000000-0000-0000-0000-000000000000"},
                                                          headers={"Idempotency-Key": key}, timeout=15))
        if other.status_code != 409:
            raise RuntimeError(f"the same key with another body answered {other.status_code}")
        ctx.conflicts += 1


def pay_at_provider(ctx):
    """The person presses Pay on the simulator's hosted page (the simulator is not killed)."""
    url = ctx.state["payment"].get("redirectUrl")
    if not url:
        raise RuntimeError("no hosted page for payment " + ctx.state["payment"]["id"])
    page = requests.get(url, timeout=10)
    if 'id="pay"' in page.text:
        r = requests.post(url, data={"action": "pay"}, allow_redirects=False, timeout=10)
        if r.status_code != 303:
            raise RuntimeError(f"paysim answered {r.status_code}")
    ctx.paid_at_provider.add(ctx.state["payment"]["id"])


APPLICATION_PAGES = [("applicant", {"phone": "0501234567", "email": ""}),
                     ("spouse", {"spouse_fin": "94FMDDD", "spouse_phone": "0551234567"}),
                     ("history", {"married_before": "no"})]


def web(ctx, what, call):
    """A form post of the citizen's session, retried through restarts (a stale token: reload, post again)."""
    for _ in range(50):
        r = retrying(what, call)
        if r.status_code in (403, 400):
            continue
        return r
    raise RuntimeError(f"{what}: refused 50 times")


def submit_application(ctx):
    """Marriage registration (10 AZN) through the pages: start (the open draft is continued after a crash),
    answer every page, upload the medical certificate, submit (a retried submit returns the same case)."""
    ctx.state["kind"] = "application"
    c = ctx.citizen
    def start():
        c.get("/services/EN-0002/apply")
        return c.post("/services/EN-0002/apply", {}, allow_redirects=False)
    r = web(ctx, "start", start)
    case = r.headers["Location"].split("/")[2]
    for page, form in APPLICATION_PAGES:
        def answer(page=page, form=form):
            c.get(f"/applications/{case}/pages/{page}")
            return c.post(f"/applications/{case}/pages/{page}", form, allow_redirects=False)
        r = web(ctx, page, answer)
        if r.status_code != 303:
            raise RuntimeError(f"page {page}: {r.status_code}")
    wished = time.strftime("%Y-%m-%d", time.localtime(time.time() + 40 * 86400))
    def ceremony():
        c.get(f"/applications/{case}/pages/ceremony")
        return c.http.post(f"{c.base}/applications/{case}/pages/ceremony", allow_redirects=False,
                           data={"_csrf": c.token, "wished_date": wished, "ceremony_unit": "AZ-QBA", "surname_choice": "keep"},
                           files={"medical": ("medical.pdf", b"%PDF-1.4 crash test", "application/pdf")})
    r = web(ctx, "ceremony", ceremony)
    if r.status_code != 303:
        raise RuntimeError(f"ceremony page: {r.status_code}")
    def submit():
        c.get(f"/applications/{case}/check")
        return c.post(f"/applications/{case}/submit", {}, allow_redirects=False)
    r = web(ctx, "submit", submit)
    if r.status_code != 303:
        raise RuntimeError(f"submit: {r.status_code}")
    page = retrying("case page", lambda: c.get(f"/applications/{case}")).text
    number = "OW-" + page.split("OW-", 1)[1][:11]
    invoice = page.split("/payments/invoices/", 1)[1][:36] if "/payments/invoices/" in page else None
    ctx.submissions[number] = case
    if not invoice:
        raise RuntimeError(f"{number} offers no payment: {'received' if 'Qəbul edilib' in page else 'unknown state'}")
    ctx.state["invoice"] = invoice
    ctx.state["case"] = case


def application_paid_at_provider(ctx):
    pay_at_provider(ctx)
    ctx.applications_paid.add(ctx.state["case"])


STEPS = [record_fine, find_invoice, create_payment, pay_at_provider, submit_application, create_payment, application_paid_at_provider]


class Database:
    def __init__(self, server, url):
        self.server, self.url = server, url

    def rows(self, sql):
        if self.url:
            out = subprocess.run(["psql", self.url, "-At", "-F", "\t", "-c", sql], capture_output=True, text=True, check=True).stdout
            return [line.split("\t") for line in out.splitlines() if line]
        with sqlite3.connect(self.server.env["ONEWINDOW_SQLITE_PATH"]) as db:
            return [[str(v) if v is not None else "" for v in row] for row in db.execute(sql)]


def check_payments(ctx, db, report):
    ids = list(ctx.acknowledged.values())
    for key, pid in ctx.acknowledged.items():
        n = int(db.rows(f"SELECT COUNT(*) FROM payments_payments WHERE id = '{pid}'")[0][0]) if db.url else \
            int(db.rows(f"SELECT COUNT(*) FROM payments_payments WHERE lower(id) = lower('{pid}') OR id = X'{pid.replace('-', '')}'")[0][0])
        if n != 1:
            report.append(f"acknowledged payment {pid} ({key}) exists {n} times")
    per_invoice = db.rows("SELECT i.number, COUNT(p.id) FROM payments_invoices i LEFT JOIN payments_payments p ON p.invoice_id = i.id "
                          "WHERE i.subject_type IN ('fine', 'application') GROUP BY i.number HAVING COUNT(p.id) > 1")
    for number, n in per_invoice:
        report.append(f"invoice {number} has {n} payment attempts (a retry created a duplicate)")
    orphan = db.rows("SELECT i.number FROM payments_invoices i LEFT JOIN payments_payments p ON p.id = i.paid_payment_id "
                     "WHERE i.status = 'paid' AND (p.id IS NULL OR p.status NOT IN ('succeeded', 'refunded') OR p.invoice_id <> i.id)")
    for (number,) in orphan:
        report.append(f"invoice {number} is paid without its succeeded payment")
    fines = db.rows("SELECT f.protocol_number, f.status, i.status FROM payments_fines f JOIN payments_invoices i ON i.id = f.invoice_id "
                    "WHERE (f.status = 'paid') <> (i.status = 'paid')")
    for number, fine_status, invoice_status in fines:
        report.append(f"fine {number} is {fine_status} but its invoice is {invoice_status}")
    for number in ctx.fines:
        n = int(db.rows(f"SELECT COUNT(*) FROM payments_fines WHERE protocol_number = '{number}'")[0][0])
        if n != 1:
            report.append(f"acknowledged fine {number} exists {n} times")
    return len(ids)


def check_paid(ctx, db, report):
    """Every payment paid at the provider ends up succeeded (callbacks retried through the crashes)."""
    deadline = time.time() + 120
    while True:
        r = retrying("payments", lambda: ctx.api.get(ctx.server.base + "/api/v1/payments?limit=100", timeout=10))
        statuses = {}
        offset = 0
        while True:
            page = retrying("payments page", lambda: ctx.api.get(ctx.server.base + f"/api/v1/payments?limit=100&offset={offset}", timeout=10)).json()
            statuses.update({p["id"]: p["status"] for p in page["items"]})
            offset += 100
            if offset >= page["total"]:
                break
        pending = [pid for pid in ctx.paid_at_provider if statuses.get(pid) != "succeeded"]
        if not pending or time.time() > deadline:
            break
        time.sleep(0.5)
    for pid in pending:
        report.append(f"payment {pid} was paid at the provider but is {statuses.get(pid)} in the portal")
    invoices_unpaid = db.rows("SELECT COUNT(*) FROM payments_invoices i JOIN payments_payments p ON p.invoice_id = i.id "
                              "WHERE p.status = 'succeeded' AND i.status <> 'paid'")[0][0]
    if int(invoices_unpaid) != 0:
        report.append(f"{invoices_unpaid} succeeded payments whose invoice is not paid")


def check_audit(ctx, db, report):
    out = subprocess.run([ctx.server.binary, "audit", "verify"], cwd=portal.ROOT, env=ctx.server.env, capture_output=True, text=True)
    if out.returncode != 0:
        report.append("audit verify failed: " + (out.stdout + out.stderr)[-500:])


def check_applications(ctx, db, report):
    """Every acknowledged submission exists once; none is past the fee without its paid invoice; every one
    paid at the provider has moved to received."""
    for number in ctx.submissions:
        n = int(db.rows(f"SELECT COUNT(*) FROM applications_cases WHERE number = '{number}'")[0][0])
        if n != 1:
            report.append(f"acknowledged application {number} exists {n} times")
    duplicates = db.rows("SELECT number, COUNT(*) FROM applications_cases WHERE number IS NOT NULL GROUP BY number HAVING COUNT(*) > 1")
    for number, n in duplicates:
        report.append(f"application number {number} is used {n} times")
    unpaid_on = db.rows("SELECT c.number FROM applications_cases c LEFT JOIN payments_invoices i ON i.id = c.invoice_id "
                        "WHERE c.fee_qepik > 0 AND c.status NOT IN ('draft', 'submitted', 'awaiting_payment', 'cancelled') "
                        "AND (i.id IS NULL OR i.status NOT IN ('paid', 'refunded'))")
    for (number,) in unpaid_on:
        report.append(f"application {number} moved past its fee without a paid invoice")
    stuck = db.rows("SELECT c.number FROM applications_cases c JOIN payments_invoices i ON i.id = c.invoice_id "
                    "WHERE c.status = 'awaiting_payment' AND i.status = 'paid'")
    for (number,) in stuck:
        report.append(f"application {number} waits for a fee that is paid")
    for case in ctx.applications_paid:
        status = db.rows(f"SELECT status FROM applications_cases WHERE lower(id) = lower('{case}')" if not db.url else
                         f"SELECT status FROM applications_cases WHERE id = '{case}'")
        if not status or status[0][0] != "received":
            report.append(f"application {case} was paid at the provider but is {status[0][0] if status else 'missing'}")


def check_mail(ctx, db, report):
    crash_mail.check_mail(ctx, db, report, wait_until)


CHECKS = [check_paid, check_payments, check_applications, check_audit, check_mail]


def fresh_postgres(url, name):
    subprocess.run(["psql", url, "-q", "-c", f"CREATE DATABASE {name}"], check=True, capture_output=True)
    parts = urlparse(url)
    return parts._replace(path="/" + name).geturl()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cycles", type=int, default=50)
    parser.add_argument("--database-url", help="a PostgreSQL server URL (a fresh database is created on it); SQLite otherwise")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--portal-port", type=int, default=8183)
    parser.add_argument("--paysim-port", type=int, default=8182)
    parser.add_argument("--smtp-port", type=int, default=8184)
    parser.add_argument("--max-kill-delay", type=float, default=1.5, help="seconds into a cycle the kill may land")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    run_id = f"{args.seed % 100000:05d}"
    build = os.path.join(portal.ROOT, ".build", "debug")
    env = {"ONEWINDOW_PAYMENTS_PROVIDER_URL": f"http://127.0.0.1:{args.paysim_port}", "ONEWINDOW_PAYMENTS_SECRET": SECRET,
           "ONEWINDOW_PAYMENTS_CREATIONS_PER_MINUTE": "100000", "ONEWINDOW_BCRYPT_COST": "4", "LOG_LEVEL": "warning"}
    dbname = None
    if args.database_url:
        dbname = f"onewindow_crash_{os.getpid()}"
        env["DATABASE_URL"] = fresh_postgres(args.database_url, dbname)
    engine = "postgresql" if args.database_url else "sqlite"
    started = time.time()
    report = []
    server = CrashingServer(binary=os.path.join(build, "onewindow"), env=env, port=args.portal_port)
    try:
        with PaySimProcess(args.paysim_port, os.path.join(build, "onewindow-paysim")) as sim, \
                crash_mail.SMTPServer(args.smtp_port) as mail:
            server.env.update(mail.environment())
            server.start()
            # The first start migrates and seeds the demo data: on a busy machine that takes minutes.
            server.wait_ready(timeout=600)
            creds = server.demo_credentials()
            ctx = Context(server, sim, rng, run_id)
            ctx.mail = mail
            ctx.citizen = portal.Client(server.base)
            ctx.citizen.sign_in(CITIZEN, creds[CITIZEN]["password"])
            token = ctx.citizen.create_token(creds[CITIZEN]["password"], ["payments:read", "payments:write"], name="crash")
            ctx.api = requests.Session()
            ctx.api.headers["Authorization"] = "Bearer " + token
            ctx.official = portal.Client(server.base)
            ctx.official.sign_in(OFFICIAL, creds[OFFICIAL]["password"], creds[OFFICIAL]["totp"], set())
            killer = Killer(server, rng)
            ctx.killer = killer
            for cycle in range(args.cycles):
                ctx.cycle = cycle
                ctx.state = {}
                timer = killer.arm(args.max_kill_delay)
                for step in STEPS:
                    step(ctx)
                timer.join()
                with killer.lock:
                    pass
                server.wait_ready()
                if cycle % 10 == 9:
                    print(f"  {cycle + 1} cycles, {killer.kills} kills", flush=True)
            db = Database(server, env.get("DATABASE_URL"))
            for check in CHECKS:
                check(ctx, db, report)
            summary = {"engine": engine, "cycles": args.cycles, "kills": killer.kills, "seed": args.seed,
                       "payments_acknowledged": len(ctx.acknowledged), "fines_acknowledged": len(ctx.fines),
                       "applications_submitted": len(ctx.submissions), "applications_paid": len(ctx.applications_paid),
                       "replays_same_key": ctx.replays, "conflicts_other_body": ctx.conflicts,
                       "paid_at_provider": len(ctx.paid_at_provider), **getattr(ctx, "mail_figures", {}), "seconds": round(time.time() - started, 1), "problems": report}
            print(json.dumps(summary, ensure_ascii=False))
    finally:
        server.kill()
        server.log = open(os.path.join(server.dir, "server.log"), "a")
        server.process = None
        server.__exit__(None, None, None)
        if dbname:
            subprocess.run(["psql", args.database_url, "-q", "-c", f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)"], capture_output=True)
    if report:
        print("FAIL:", *report, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print(f"crash test passed on {engine}: {args.cycles} cycles, {killer.kills} SIGKILLs, no problem found")


if __name__ == "__main__":
    main()
