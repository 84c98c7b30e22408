#!/usr/bin/env python3
"""Browser journey for payments in real Chromium: a demo citizen signs in, sees her traffic fine, pays it
on the payment provider simulator's hosted page, comes back and sees it paid, and opens the payment's
receipt (its page, the printable copy, and the page as printed: no header or footer). Every page (the portal's
and the simulator's) is checked with axe-core (WCAG 2.1 A/AA rules); screenshots in artifacts/e2e/.

    python3 scripts/e2e/payments.py      (after `swift build`; starts the portal and onewindow-paysim on loopback)
"""
import os, sys, time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import portal  # noqa: E402
from browser import Journey  # noqa: E402
from journey import header_click  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "reliability"))
from crash import PaySimProcess, SECRET  # noqa: E402

CITIZEN = "5VBK5VR"


def check_receipt(journey):
    """The receipt from the paid invoice's page: the amount, the provider's reference, a printable copy;
    axe at 1280 and 360 px; printed (print media), the site's header and footer are not shown."""
    journey.driver.find_element(By.XPATH, "//a[text()='DYP-2026-118902']").click()
    journey.page()
    journey.driver.find_element(By.ID, "open-receipt").click()
    html = journey.page()
    journey.expect("/cabinet/payments/" in journey.driver.current_url and journey.driver.current_url.endswith("/receipt"), "the receipt page")
    journey.expect("20,00 ₼" in journey.driver.find_element(By.ID, "receipt-amount").text, "the receipt shows the amount")
    reference = journey.driver.find_element(By.ID, "receipt-reference").text
    journey.expect(reference.strip() not in ("", "—"), "the receipt names the provider's reference")
    journey.shot("payments-receipt")
    journey.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = journey.driver.execute_script(
        "return ['.site-header', '.site-footer', '#print-receipt'].map(s => document.querySelector(s))"
        ".every(e => !e || e.getClientRects().length === 0)")  # not rendered (itself or a parent hidden)
    journey.expect(hidden, "printed, the receipt has no header, footer or print link")
    journey.shot("payments-receipt-print-media")
    journey.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    journey.driver.set_window_size(360, 800)
    journey.check_accessibility(suffix=" at 360 px")
    journey.shot("payments-receipt-360")
    journey.driver.set_window_size(1280, 1000)
    journey.driver.find_element(By.ID, "print-receipt").click()
    html = journey.page()
    journey.expect("print=1" in journey.driver.current_url and reference in html and "site-header" not in html, "the printable copy")
    journey.shot("payments-receipt-printable")
    journey.open("/cabinet/payments")


def main():
    build = os.path.join(portal.ROOT, ".build", "debug")
    paysim_port = int(os.environ.get("PAYSIM_PORT", "8184"))
    env = {"ONEWINDOW_PAYMENTS_PROVIDER_URL": f"http://127.0.0.1:{paysim_port}", "ONEWINDOW_PAYMENTS_SECRET": SECRET}
    with PaySimProcess(paysim_port, os.path.join(build, "onewindow-paysim")):
        with portal.Server(env=env, port=int(os.environ.get("PORTAL_PORT", "8185"))) as server:
            creds = server.demo_credentials()
            journey = Journey(server)
            try:
                journey.open("/signin")
                journey.fill("identifier", CITIZEN)
                journey.fill("password", creds[CITIZEN]["password"])
                journey.submit()
                html = journey.open("/cabinet/payments")
                journey.expect("DYP-2026-118902" in html and "20,00 ₼" in html, "the demo fine and its amount are listed")
                journey.shot("payments-cabinet")
                journey.driver.find_element(By.LINK_TEXT, "DYP-2026-118902").click()
                html = journey.page()
                journey.expect('id="pay"' in html, "the invoice offers Pay")
                journey.shot("payments-invoice")
                journey.driver.find_element(By.ID, "pay").click()
                html = journey.page()
                journey.expect("/payments/go/" in journey.driver.current_url, "the portal explains the next step")
                journey.driver.find_element(By.ID, "continue-to-provider").click()
                html = journey.page()
                journey.expect(f"127.0.0.1:{paysim_port}/pay/" in journey.driver.current_url, "on the provider's hosted page")
                journey.expect("20,00 ₼" in html, "the hosted page shows the amount")
                journey.shot("paysim-hosted-page")
                journey.driver.find_element(By.ID, "pay").click()
                html = journey.page()
                journey.expect("/payments/return/" in journey.driver.current_url, "back at the portal")
                for _ in range(50):  # the signed callback is asynchronous; the page offers "check again"
                    if 'id="refresh"' not in html:
                        break
                    time.sleep(0.2)
                    journey.driver.find_element(By.ID, "refresh").click()
                    html = journey.page()
                journey.expect("Uğurlu" in html, "the payment succeeded")
                journey.shot("payments-return")
                journey.driver.find_element(By.ID, "continue").click()
                html = journey.page()
                journey.expect("/cabinet/payments" in journey.driver.current_url, "continue leads back to the cabinet")
                row = journey.driver.find_element(By.XPATH, "//tr[td/a[text()='DYP-2026-118902']]").text
                journey.expect("Ödənilib" in row, f"the fine is paid: {row}")
                journey.shot("payments-paid")
                check_receipt(journey)
                # English and Russian pages of the same flow pass the same checks.
                for lang in ["en", "ru"]:
                    header_click(journey, f"header [lang='{lang}']")
                    journey.page()
                    journey.open("/cabinet/payments")
            finally:
                journey.quit()
    print(f"payments journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations")


if __name__ == "__main__":
    main()
