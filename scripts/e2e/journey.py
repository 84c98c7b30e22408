#!/usr/bin/env python3
"""Browser journey in real Chromium: register, sign in, turn on TOTP and sign in with it, switch
language, see an official's look-up in "who looked at my data", sign out. Every page visited is
checked with axe-core (WCAG 2.1 A/AA rules); screenshots are kept in artifacts/e2e/."""
import json, os, re, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

ARTIFACTS = os.path.join(portal.ROOT, "artifacts", "e2e")
AXE = None


def axe_source():
    global AXE
    if AXE is None:
        import axe_playwright_python
        with open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8") as f:
            AXE = f.read()
    return AXE


class Journey:
    def __init__(self, server):
        self.server = server
        self.checked = []
        self.shots = 0
        options = webdriver.ChromeOptions()
        for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=az"]:
            options.add_argument(arg)
        options.add_experimental_option("prefs", {"intl.accept_languages": "az,az-AZ"})
        options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
        self.driver = webdriver.Chrome(options=options, service=service)
        self.driver.set_page_load_timeout(30)

    def open(self, path):
        self.driver.get(self.server.base + path)
        return self.page()

    def page(self):
        self.check_accessibility()
        return self.driver.page_source

    def check_accessibility(self):
        """Runs axe-core's WCAG 2.1 A/AA rules on the current page; any violation fails the journey."""
        url = self.driver.current_url
        self.driver.execute_script(axe_source())
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))})))))"
            ".catch(e => done(JSON.stringify([{id: 'axe-error', impact: String(e), nodes: []}])));")
        violations = json.loads(result)
        self.checked.append((url, len(violations)))
        if violations:
            self.shot("axe-violation")
            portal.fail(f"accessibility violations on {url}: {json.dumps(violations, ensure_ascii=False)}")

    def shot(self, name):
        self.shots += 1
        os.makedirs(ARTIFACTS, exist_ok=True)
        self.driver.save_screenshot(os.path.join(ARTIFACTS, f"{self.shots:02d}-{name}.png"))

    def fill(self, field_id, value):
        element = self.driver.find_element(By.ID, field_id)
        element.clear()
        element.send_keys(value)

    def submit(self, button_text=None):
        forms = self.driver.find_elements(By.CSS_SELECTOR, "main form")
        form = forms[-1] if button_text is None else next(
            f for f in forms if any(button_text in b.text for b in f.find_elements(By.CSS_SELECTOR, "button")))
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        return self.page()

    def expect(self, condition, message):
        if not condition:
            self.shot("failure")
            portal.fail(message + f" (at {self.driver.current_url})")

    def quit(self):
        self.driver.quit()


def main():
    password = "Quba almaları ən dadlısıdır"
    with portal.Server() as server:
        creds = server.demo_credentials()
        official_fin = "7QBA8E5"  # a Quba executive authority operator from the demo cast
        official = creds[official_fin]
        journey = Journey(server)
        used_steps = set()
        try:
            html = journey.open("/")
            journey.expect('<html lang="az">' in html, "Azerbaijani by default")
            journey.shot("home")

            # Register: FIN and ID card, then confirm the name the register holds.
            journey.open("/register")
            journey.fill("fin", "2qwrt8z")
            journey.fill("idCard", "AA 3456789")
            html = journey.submit()
            journey.expect("Quliyev Elvin Natiq oğlu" in html, "the register's name is shown")
            journey.shot("register-confirm")
            journey.fill("phone", "050 555 12 34")
            journey.fill("email", "elvin@example.az")
            journey.fill("password", "123")
            journey.fill("passwordConfirmation", "123")
            html = journey.submit()
            journey.expect("error-summary" in html and "8 simvol" in html, "a short password is refused with a reason")
            journey.shot("register-error")
            journey.fill("password", password)
            journey.fill("passwordConfirmation", password)
            html = journey.submit()
            journey.expect("/signin" in journey.driver.current_url, "registration leads to sign-in")

            # Sign in with the password.
            journey.fill("identifier", "2QWRT8Z")
            journey.fill("password", password)
            html = journey.submit()
            journey.expect("/cabinet" in journey.driver.current_url and "Elvin" in html, "signed in to the cabinet")
            journey.shot("cabinet")

            # Turn on the authenticator app (re-authentication first).
            journey.open("/cabinet/security/totp")
            journey.fill("password", password)
            html = journey.submit()
            secret = journey.driver.find_element(By.ID, "totp-secret").get_attribute("data-secret")
            journey.shot("totp-setup")
            journey.fill("code", portal.fresh_totp(secret, used_steps))
            html = journey.submit()
            codes = re.findall(r"<li><code>([^<]+)</code></li>", html)
            journey.expect(len(codes) == 10, "ten recovery codes shown once")
            journey.shot("recovery-codes")

            # Sign out and back in with the code.
            journey.open("/cabinet")
            journey.driver.find_element(By.CSS_SELECTOR, "header form[action='/signout'] button").click()
            journey.page()
            journey.open("/signin")
            journey.fill("identifier", "2QWRT8Z")
            journey.fill("password", password)
            html = journey.submit()
            journey.expect("/signin/verify" in journey.driver.current_url, "the code is asked for")
            journey.fill("code", portal.fresh_totp(secret, used_steps))
            html = journey.submit()
            journey.expect("/cabinet" in journey.driver.current_url, "signed in with TOTP")
            journey.shot("signed-in-with-totp")

            # Switch language: English, then Russian; the choice sticks.
            journey.driver.find_element(By.CSS_SELECTOR, "header [lang='en']").click()
            html = journey.page()
            journey.expect('<html lang="en">' in html and "My documents" in html, "English cabinet")
            journey.open("/cabinet/security")
            journey.expect('<html lang="en">' in journey.driver.page_source, "English persists")
            journey.driver.find_element(By.CSS_SELECTOR, "header [lang='ru']").click()
            html = journey.page()
            journey.expect('<html lang="ru">' in html, "Russian")
            journey.shot("russian")

            # An official of the Quba executive authority looks the citizen up (their own browser session).
            official_client = portal.Client(server.base)
            official_client.sign_in(official_fin, official["password"], official["totp"], set())
            official_client.get("/office/people")
            r = official_client.post("/office/people", {"fin": "2QWRT8Z", "purpose": "reception", "reference": "Q-17"})
            if r.status_code != 200 or "Quliyev" not in r.text:
                portal.fail(f"official look-up failed: {r.status_code}")

            # The citizen sees it in "who looked at my data".
            html = journey.open("/cabinet/data-access")
            journey.expect("Губа" in html and "Q-17" in html, "the look-up is in the data-access log, in Russian")
            journey.expect("Nəbiyev" not in html, "not the official's name")
            journey.shot("data-access-log")

            journey.driver.find_element(By.CSS_SELECTOR, "header form[action='/signout'] button").click()
            html = journey.page()
            journey.expect("/signin" in html and "/signout" not in html, "signed out")
            journey.open("/cabinet")
            journey.expect("/signin" in journey.driver.current_url, "the cabinet needs signing in again")
            journey.shot("signed-out")

            # The catalog: find the ID-card service with a lenient query and open it in each language.
            for lang, query, expected in [("az", "sexsiyyet vesiqesi", "Şəxsiyyət vəsiqəsi"), ("en", "ID card", "identity card"),
                                          ("ru", "удостоверение", "удостоверени")]:
                journey.open("/")
                journey.driver.find_element(By.CSS_SELECTOR, f"header [lang='{lang}']").click()
                journey.page()
                journey.open("/services")
                journey.fill("q", query)
                html = journey.submit()
                journey.expect("<mark>" in html, f"matches are highlighted ({lang})")
                first = journey.driver.find_element(By.CSS_SELECTOR, ".service-list li h2 a")
                journey.expect(expected.lower() in first.text.lower(), f"the ID-card service comes first for '{query}' ({lang}): {first.text}")
                first.click()
                html = journey.page()
                journey.expect(f'<html lang="{lang}">' in html and "/history" in html, f"the service page in {lang}")
                journey.shot(f"service-{lang}")
            journey.open("/services?event=starting_family&online=1")
            journey.open("/registry/report")
            journey.shot("registry-report")

            # The remaining public pages, for the accessibility check.
            for path in ["/agencies", "/agencies/ICRA-QBA", "/search?q=seki", "/register", "/no-such-page"]:
                journey.open(path)
        finally:
            journey.quit()
        print(f"journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations; {journey.shots} screenshots in {ARTIFACTS}")


if __name__ == "__main__":
    main()
