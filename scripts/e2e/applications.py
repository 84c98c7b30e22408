#!/usr/bin/env python3
"""Browser journey for e-services in real Chromium, every page checked with axe-core (WCAG 2.1 AA):
a citizen finds a service by a lenient search, fills the form over several pages (an error on the
way, a file upload), checks the answers, submits (and pays the fee in the provider's hosted page
when the service has one); an official takes the case and asks for information; the citizen
answers; the head approves and attaches the result; the citizen sees it and rates the service."""
import os, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402
from browser import ARTIFACTS, Journey  # noqa: E402

from selenium.webdriver.common.by import By  # noqa: E402

CITIZEN = "5VBK5VR"       # Aysel Məmmədova, Quba
OPERATOR = "7QBA8E5"      # Quba executive authority, operator
HEAD = "8QBA9F6"          # Quba executive authority, head


def pdf(name, text):
    path = os.path.join(tempfile.gettempdir(), name)
    with open(path, "wb") as f:
        f.write(b"%PDF-1.4\n% " + text.encode() + b"\n%%EOF\n")
    return path


def sign_in(journey, creds, fin, used):
    journey.open("/signin")
    journey.fill("identifier", fin)
    journey.fill("password", creds[fin]["password"])
    html = journey.submit()
    if creds[fin].get("totp"):
        journey.fill("code", portal.fresh_totp(creds[fin]["totp"], used))
        html = journey.submit()
    return html


def sign_out(journey):
    journey.driver.find_element(By.CSS_SELECTOR, "form[action='/signout'] button").click()
    journey.page()


def main():
    with portal.Server() as server:
        creds = server.demo_credentials()
        journey = Journey(server, name="applications")
        used = set()
        try:
            # Find the residence certificate of the Quba executive authority without Azerbaijani letters.
            sign_in(journey, creds, CITIZEN, used)
            # (the filters are folded away on the page; a link with them is what a person would follow)
            journey.open("/services?q=yasayis+yeri+arayisi&unit=AZ-QBA&online=1")
            link = next(a for a in journey.driver.find_elements(By.CSS_SELECTOR, ".service-list li h2 a") if "ICRA-QBA" in a.get_attribute("href"))
            link.click()
            journey.page()
            journey.driver.find_element(By.CSS_SELECTOR, "a[href$='/apply']").click()
            html = journey.page()
            journey.expect("Quba" in html, "the service's start page")
            journey.shot("start")
            html = journey.submit()

            # Page 1: the name comes from the register; a bad phone is refused with a reason, kept as typed.
            journey.expect("Məmmədova" in html, "the name is filled in from the population register")
            journey.fill("phone", "12345")
            html = journey.submit("Davam")
            journey.expect("error-summary" in html and 'value="12345"' in html, "the error is listed and the answer kept")
            journey.shot("page-error")
            journey.fill("phone", "050 123 45 67")
            journey.submit("Davam")
            journey.fill("years", "7")
            journey.submit("Davam")
            journey.driver.find_element(By.CSS_SELECTOR, "#purpose option[value='bank']").click()
            journey.fill("copies", "1")
            html = journey.submit("Davam")
            journey.expect("+994501234567" in html, "check your answers")
            journey.shot("check-answers")
            html = journey.submit("göndər")
            journey.expect("OW-" in html and "Qəbul edilib" in html, "submitted, numbered and received")
            number = html.split("OW-", 1)[1][:11]
            journey.shot("received")
            sign_out(journey)

            # The operator takes the case and asks for a document.
            sign_in(journey, creds, OPERATOR, used)
            html = journey.open("/office/applications")
            journey.expect("OW-" + number in html, "the case is in the Quba queue")
            journey.driver.find_element(By.LINK_TEXT, "OW-" + number).click()
            html = journey.page()
            journey.submit("İcraya götür")
            journey.driver.find_element(By.ID, "to-in_review").click()
            journey.submit("Addımı qeyd et")
            journey.driver.find_element(By.ID, "to-info_requested").click()
            journey.fill("message", "Kirayə müqaviləsinin surətini əlavə edin")
            html = journey.submit("Addımı qeyd et")
            journey.expect("Əlavə məlumat tələb olunur" in html, "information requested")
            journey.shot("office-info-requested")
            sign_out(journey)

            # The citizen answers with a file.
            sign_in(journey, creds, CITIZEN, used)
            journey.open("/applications")
            journey.driver.find_element(By.LINK_TEXT, "OW-" + number).click()
            html = journey.page()
            journey.expect("Kirayə müqaviləsinin surətini" in html, "the citizen sees the request")
            journey.fill("message", "Müqaviləni əlavə etdim")
            journey.driver.find_element(By.ID, "file").send_keys(pdf("lease.pdf", "lease"))
            html = journey.submit("Cavabı göndər")
            journey.expect("Baxılır" in html, "back under review")
            sign_out(journey)

            # The head approves and attaches the result, which completes the case.
            sign_in(journey, creds, HEAD, used)
            journey.open("/office/applications?mine=")
            journey.driver.find_element(By.LINK_TEXT, "OW-" + number).click()
            journey.page()
            journey.driver.find_element(By.ID, "to-approved").click()
            journey.fill("message", "Arayış hazırdır")
            journey.submit("Addımı qeyd et")
            journey.driver.find_element(By.ID, "file").send_keys(pdf("arayis.pdf", "certificate"))
            html = journey.submit("Nəticəni yüklə")
            journey.expect("Tamamlanıb" in html, "completed with the result")
            journey.shot("office-completed")
            sign_out(journey)

            # The citizen sees the result and rates the service.
            sign_in(journey, creds, CITIZEN, used)
            journey.open("/applications")
            journey.driver.find_element(By.LINK_TEXT, "OW-" + number).click()
            html = journey.page()
            journey.expect("Arayış hazırdır" in html and "/files/" in html, "the result and its document")
            journey.driver.find_element(By.ID, "rating-5").click()
            html = journey.submit("Qiyməti göndər")
            journey.expect("5-dən 5" in html, "rated")
            journey.shot("rated")
            # The official's reads are in "who looked at my data".
            html = journey.open("/cabinet/data-access")
            journey.expect("Quba" in html, "the executive authority's reads are listed")
        finally:
            journey.quit()
        print(f"applications journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations; {journey.shots} screenshots in {ARTIFACTS}")


if __name__ == "__main__":
    main()
