#!/usr/bin/env python3
"""Browser journey in real Chromium: register, sign in, turn on TOTP and sign in with it, switch
language, see an official's look-up in "who looked at my data", sign out. Every page visited is
checked with axe-core (WCAG 2.1 A/AA rules) at 1280 and at 360 px, and at 360 px for sideways
scrolling and the header's height; screenshots are kept in artifacts/e2e/."""
import os, re, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402
from browser import ARTIFACTS, NARROW, Journey  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402


def header_click(journey, selector):
    """Clicks a control of the header menu at 1280 px. There the menu's content is shown in place of a
    closed <details> (CSS ::details-content), which a person sees and clicks but WebDriver's
    displayedness rule calls hidden; so the journey proves it is on screen and takes the click
    (elementFromPoint at its centre), then clicks it."""
    element = journey.driver.find_element(By.CSS_SELECTOR, selector)
    on_screen = journey.driver.execute_script(
        "const el = arguments[0], r = el.getBoundingClientRect();"
        "if (r.width === 0 || r.height === 0) return false;"
        "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
        "return hit === el || el.contains(hit);", element)
    journey.expect(on_screen, f"{selector} is on screen in the header and takes a click")
    journey.driver.execute_script("arguments[0].click()", element)


def main():
    password = "Quba almaları ən dadlısıdır"
    with portal.Server() as server:
        creds = server.demo_credentials()
        official_fin = "7QBA8E5"  # a Quba executive authority operator from the demo cast
        official = creds[official_fin]
        journey = Journey(server, narrow=True)
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
            journey.expect('id="overview-applications"' in html and 'id="overview-receptions"' in html, "the cabinet overview's sections")

            # On a phone the header is a bar with a "Menu" button; the menu opens without script and holds
            # the navigation, the person and the language switch.
            journey.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                           {"width": NARROW, "height": 780, "deviceScaleFactor": 1, "mobile": True})
            sign_out = journey.driver.find_element(By.CSS_SELECTOR, "header form[action='/signout'] button")
            journey.expect(not sign_out.is_displayed(), "the menu starts closed on a phone")
            journey.driver.find_element(By.CSS_SELECTOR, "header .site-menu > summary").click()
            journey.expect(sign_out.is_displayed(), "the menu opens and shows sign-out")
            journey.expect(journey.driver.find_element(By.CSS_SELECTOR, "header [lang='en']").is_displayed(), "and the language switch")
            journey.check_accessibility(suffix=f" at {NARROW} px, menu open")
            journey.shot("menu-open-360")
            journey.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

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
            header_click(journey, "header form[action='/signout'] button")
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
            header_click(journey, "header [lang='en']")
            html = journey.page()
            journey.expect('<html lang="en">' in html and "My documents" in html, "English cabinet")
            journey.open("/cabinet/security")
            journey.expect('<html lang="en">' in journey.driver.page_source, "English persists")
            header_click(journey, "header [lang='ru']")
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

            header_click(journey, "header form[action='/signout'] button")
            html = journey.page()
            journey.expect("/signin" in html and "/signout" not in html, "signed out")
            journey.open("/cabinet")
            journey.expect("/signin" in journey.driver.current_url, "the cabinet needs signing in again")
            journey.shot("signed-out")

            # The catalog: find the ID-card service with a lenient query and open it in each language.
            for lang, query, expected in [("az", "sexsiyyet vesiqesi", "Şəxsiyyət vəsiqəsi"), ("en", "ID card", "identity card"),
                                          ("ru", "удостоверение", "удостоверени")]:
                journey.open("/")
                header_click(journey, f"header [lang='{lang}']")
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
        print(f"journey passed: {len(journey.checked)} pages checked with axe-core (at 1280 and {NARROW} px), 0 violations; "
              f"no sideways scrolling at {NARROW} px; header at most {max(journey.narrow_headers):.0f} px high there; "
              f"{journey.shots} screenshots in {ARTIFACTS}")


if __name__ == "__main__":
    main()
