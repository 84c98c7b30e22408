#!/usr/bin/env python3
"""Forgotten-password journey in real Chromium, with real e-mail: a real SMTP server (aiosmtpd,
scripts/lib/smtp_sink.py) listens on 127.0.0.1 and the portal sends through it (ONEWINDOW_SMTP_URL).
A demo citizen asks for a new password on /signin/forgot (reached from the sign-in page), the
e-mail arrives at the SMTP server, the link is read from the message, a new password is set, the old
one no longer works and the new one signs in. Unknown identifiers get the same page. Every page is
checked with axe-core (WCAG 2.1 A/AA) at 1280 and 360 px; the forgot page also in en and ru."""
import glob, json, os, re, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
import portal  # noqa: E402
from browser import ARTIFACTS, NARROW, Journey  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

NEW_PASSWORD = "Şəki halvası çox şirindir"


class SMTPServer:
    """smtp_sink.py on a free loopback port, writing each accepted message as JSON into a directory."""

    def __enter__(self):
        self.out = tempfile.mkdtemp(prefix="onewindow-mail-")
        self.process = subprocess.Popen([sys.executable, os.path.join(HERE, "..", "lib", "smtp_sink.py"), "--out", self.out],
                                        stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        m = re.match(r"READY (\d+)", line)
        if not m:
            raise RuntimeError(f"the SMTP server did not start: {line!r}")
        self.port = int(m.group(1))
        return self

    def messages(self):
        found = []
        for path in sorted(glob.glob(os.path.join(self.out, "*.json"))):
            with open(path, encoding="utf-8") as f:
                found.append(json.load(f))
        return found

    def wait_for(self, predicate, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.messages():
                if predicate(message):
                    return message
            time.sleep(0.5)
        portal.fail(f"no matching e-mail reached the SMTP server in {timeout} s ({len(self.messages())} messages)")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)


def text_of(message):
    return "\n".join(p["content"] for p in message["parts"] if p["content_type"] == "text/plain")


def main():
    with SMTPServer() as smtp:
        env = {"ONEWINDOW_SMTP_URL": f"smtp://127.0.0.1:{smtp.port}?starttls=never", "ONEWINDOW_NOTIFY_WORKER_INTERVAL": "1"}
        with portal.Server(env=env) as server:
            creds = server.demo_credentials()
            fin, citizen = next((f, c) for f, c in creds.items() if not c["totp"])
            journey = Journey(server, name="recovery", narrow=True)
            try:
                # The forgot page in each language, reached from the sign-in page.
                for lang in ["en", "ru"]:
                    html = journey.open(f"/language/{lang}?returnTo=/signin/forgot")
                    journey.expect(f'<html lang="{lang}">' in html and 'action="/signin/forgot"' in html, f"the forgot page in {lang}")
                    journey.shot(f"forgot-{lang}")
                journey.open("/language/az?returnTo=/signin")
                journey.driver.find_element(By.CSS_SELECTOR, "main a[href='/signin/forgot']").click()
                html = journey.page()
                journey.expect('<html lang="az">' in html and "/signin/forgot" in journey.driver.current_url, "the sign-in page links to it")

                # A mistake first: nothing typed.
                journey.fill("identifier", " ")
                html = journey.submit()
                journey.expect("error-summary" in html, "an empty identifier is refused with a message")

                # An unknown FIN: the same answer as for a real one, and no e-mail.
                journey.fill("identifier", "2QWRT8Z")
                unknown = journey.submit()
                journey.expect("/signin/forgot" in journey.driver.current_url and "<h1" in unknown, "an answer page")
                journey.open("/signin/forgot")
                journey.fill("identifier", fin)
                html = journey.submit()
                strip = lambda page: re.sub(r'value="[^"]*"', "", page)  # noqa: E731
                journey.expect(strip(html) == strip(unknown), "the same page whether or not the account exists")
                journey.shot("sent")

                message = smtp.wait_for(lambda m: citizen["email"] in m["rcpt_tos"] and "/signin/reset/" in text_of(m))
                link = re.search(r"(https?://\S+/signin/reset/[A-Za-z0-9_-]+)", text_of(message)).group(1)
                journey.expect(link.startswith(server.base), "the link points at this portal")
                journey.expect(message["list_unsubscribe"] is None, "a security message has no unsubscribe link")

                html = journey.open(link[len(server.base):])
                journey.shot("reset")
                journey.fill("password", "123")
                journey.fill("passwordConfirmation", "123")
                html = journey.submit()
                journey.expect("error-summary" in html, "a weak password is refused with a reason")
                journey.fill("password", NEW_PASSWORD)
                journey.fill("passwordConfirmation", NEW_PASSWORD)
                html = journey.submit()
                journey.expect("/signin" in journey.driver.current_url, "the reset leads to sign-in")
                journey.shot("reset-done")

                # The old password is refused, the new one signs in; the link works no more.
                journey.fill("identifier", fin)
                journey.fill("password", citizen["password"])
                html = journey.submit()
                journey.expect("error-summary" in html, "the old password no longer works")
                journey.fill("identifier", fin)
                journey.fill("password", NEW_PASSWORD)
                html = journey.submit()
                journey.expect("/cabinet" in journey.driver.current_url, "signed in with the new password")
                journey.shot("cabinet")
                html = journey.open(link[len(server.base):])
                journey.expect("/signin/forgot" in html and 'name="password"' not in html, "the link works once")
                notice = smtp.wait_for(lambda m: citizen["email"] in m["rcpt_tos"] and "/signin/reset/" not in text_of(m)
                                       and "/cabinet/security" in text_of(m))
                journey.expect(notice is not None, "the password-changed notice arrived")
            finally:
                journey.quit()
            print(f"recovery journey passed: {len(journey.checked)} pages checked with axe-core (at 1280 and {NARROW} px), 0 violations; "
                  f"{len(smtp.messages())} e-mails through the SMTP server on 127.0.0.1:{smtp.port}; {journey.shots} screenshots in {ARTIFACTS}")


if __name__ == "__main__":
    main()
