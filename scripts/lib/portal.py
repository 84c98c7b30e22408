"""Shared helpers for the browser journey and the interoperability checks: a OneWindow server on
loopback with a fresh database, RFC 6238 codes, and a plain HTTP client that signs in like a person."""
import base64, hashlib, hmac, os, re, shutil, signal, socket, struct, subprocess, sys, tempfile, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def totp(secret_b32, at=None, step=30, digits=6):
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8))
    counter = int((at if at is not None else time.time()) // step)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 10 ** digits
    return str(code).zfill(digits)


def fresh_totp(secret_b32, used):
    """A code for a time step not used yet (codes are single-use): waits for the next step if needed."""
    while True:
        step = int(time.time() // 30)
        if step not in used:
            used.add(step)
            return totp(secret_b32)
        time.sleep(30 - time.time() % 30 + 0.2)


class Server:
    """`onewindow serve` in development mode on a fresh SQLite file (or DATABASE_URL when given)."""

    def __init__(self, binary=None, env=None, port=None):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.dir = tempfile.mkdtemp(prefix="onewindow-")
        self.binary = binary or os.path.join(ROOT, ".build", "debug", "onewindow")
        self.env = dict(os.environ)
        self.env.update({
            "ONEWINDOW_ENV": "development",
            "ONEWINDOW_PUBLIC_URL": self.base,
            "ONEWINDOW_SQLITE_PATH": os.path.join(self.dir, "onewindow.sqlite"),
            "ONEWINDOW_DEMO_CREDENTIALS_FILE": os.path.join(self.dir, "demo-credentials.txt"),
            "ONEWINDOW_BCRYPT_COST": self.env.get("ONEWINDOW_BCRYPT_COST", "10"),
        })
        self.env.update(env or {})
        self.process = None

    def __enter__(self):
        self.log = open(os.path.join(self.dir, "server.log"), "w")
        self.process = subprocess.Popen([self.binary, "serve", "--hostname", "127.0.0.1", "--port", str(self.port)],
                                        cwd=ROOT, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("server exited:\n" + open(self.log.name).read()[-3000:])
            try:
                with urllib.request.urlopen(self.base + "/ready", timeout=2) as r:
                    if r.status == 200:
                        return self
            except Exception:
                time.sleep(0.3)
        raise RuntimeError("server did not become ready")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        if os.environ.get("KEEP_SERVER_DIR") is None:
            shutil.copy(self.log.name, os.path.join(tempfile.gettempdir(), f"onewindow-server-{self.port}.log"))
            shutil.rmtree(self.dir, ignore_errors=True)

    def demo_credentials(self):
        """{fin: {"email":…, "password":…, "totp":…}} from the credentials the demo seed printed once."""
        creds = {}
        for line in open(self.env["ONEWINDOW_DEMO_CREDENTIALS_FILE"], encoding="utf-8"):
            m = re.search(r"FIN (\w{7})\s+e-mail (\S+)\s+password (\S+)(?:\s+TOTP secret (\w+))?", line)
            if m:
                creds[m.group(1)] = {"email": m.group(2), "password": m.group(3), "totp": m.group(4)}
        return creds


def csrf(html):
    m = re.search(r'name="_csrf" value="([^"]+)"', html)
    return m.group(1) if m else None


def hidden(name, html):
    m = re.search(r'name="%s" value="([^"]*)"' % re.escape(name), html)
    return m.group(1) if m else None


class Client:
    """A person using the portal with plain HTTP (requests): cookies, CSRF tokens, forms."""

    def __init__(self, base):
        import requests
        self.base = base
        self.http = requests.Session()
        self.token = None

    def get(self, path, **kw):
        r = self.http.get(self.base + path, allow_redirects=kw.pop("allow_redirects", True), **kw)
        self.token = csrf(r.text) or self.token
        return r

    def post(self, path, data, **kw):
        r = self.http.post(self.base + path, data=dict(data, _csrf=self.token), allow_redirects=kw.pop("allow_redirects", True), **kw)
        self.token = csrf(r.text) or self.token
        return r

    def sign_in(self, identifier, password, totp_secret=None, used=None):
        self.get("/signin")
        r = self.post("/signin", {"identifier": identifier, "password": password})
        if "/signin/verify" in r.url:
            r = self.post("/signin/verify", {"code": fresh_totp(totp_secret, used if used is not None else set())})
        return r

    def create_token(self, password, scopes, name="interop", totp_secret=None, used=None):
        """A token made through the cabinet: the password again, and a fresh code when the account has TOTP."""
        self.get("/account/confirm-password?next=/cabinet/tokens")
        form = {"password": password, "next": "/cabinet/tokens"}
        if totp_secret:
            form["code"] = fresh_totp(totp_secret, used if used is not None else set())
        self.post("/account/confirm-password", form)
        self.get("/cabinet/tokens")
        r = self.post("/cabinet/tokens", {"name": name, "scopes[]": scopes, "days": "30"})
        m = re.search(r'<code id="new-token">([^<]+)</code>', r.text)
        if not m:
            raise RuntimeError("no token in response: %s" % r.status_code)
        return m.group(1)


def fail(message):
    print("FAIL:", message, file=sys.stderr)
    sys.exit(1)
