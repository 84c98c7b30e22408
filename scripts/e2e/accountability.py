#!/usr/bin/env python3
"""Accountability journey in real Chromium, in az, en and ru: the overview (figures, the ranking with its
method, the units compared as a chart and a table), an authority's page with its months, a unit's and a
service's page, the CSV beside a table; then Quba's head sees the authority's overdue cases by official
and is refused Masallı's. Every page is checked with axe-core (WCAG 2.1 A/AA) at 1280 px and 360 px,
like scripts/e2e/journey.py. The demo's four months of handled cases give the figures."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
import portal  # noqa: E402
from journey import Journey  # noqa: E402
from reception import sign_in, sign_out  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

HEADINGS = {"az": "Qurumların göstəriciləri", "en": "How agencies perform", "ru": "Показатели ведомств"}


def main():
    with portal.Server() as server:
        creds = server.demo_credentials()
        journey = Journey(server, narrow=True)
        http = portal.Client(server.base)
        used = set()
        try:
            for lang in ["az", "en", "ru"]:
                html = journey.open(f"/language/{lang}?returnTo=/accountability")
                journey.expect(HEADINGS[lang] in html, f"the overview in {lang}")
                rows = journey.driver.find_elements(By.CSS_SELECTOR, "#ranking ~ .table-region tbody tr")
                journey.expect(len(rows) >= 3, f"authorities are ranked ({len(rows)})")
                journey.expect(journey.driver.find_elements(By.CSS_SELECTOR, "#method li"), "the method is on the page")
                journey.expect(journey.driver.find_elements(By.CSS_SELECTOR, "figure svg[aria-hidden='true']"), "the units' chart is decoration")
                journey.shot(f"accountability-{lang}")
                rows[0].find_element(By.CSS_SELECTOR, "th a").click()
                html = journey.page()
                journey.expect("/accountability/agencies/" in journey.driver.current_url, "an authority's page")
                months = journey.driver.find_elements(By.CSS_SELECTOR, "#months ~ .table-region tbody tr")
                journey.expect(len(months) == 12, f"twelve months in the table ({len(months)})")
                journey.shot(f"accountability-agency-{lang}")
                journey.open("/accountability/units/AZ-QBA")
                journey.open("/accountability/services/" + http.get("/api/v1/accountability/services").json()["items"][0]["code"])
            csv = http.get("/accountability/agencies.csv")
            journey.expect(csv.status_code == 200 and csv.text.startswith("rank,agency_code,agency,"), "the ranking as CSV")
            journey.open("/language/az?returnTo=/")
            head = creds["8QBA9F6"]
            sign_in(journey, "8QBA9F6", head["password"], head["totp"], used)
            journey.open("/office/accountability")
            html = journey.open("/office/accountability/agencies/ICRA-QBA")
            journey.expect("Gecikən müraciətlər" in html, "the head's overdue cases")
            journey.shot("accountability-overdue")
            http_head = portal.Client(server.base)
            http_head.sign_in("8QBA9F6", head["password"], head["totp"], used)
            refused = http_head.get("/office/accountability/agencies/ICRA-MAS", allow_redirects=False)
            journey.expect(refused.status_code == 404, f"another authority's overdue cases are refused ({refused.status_code})")
            sign_out(journey)
        finally:
            journey.quit()
        print(f"accountability journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations; {journey.shots} screenshots")


if __name__ == "__main__":
    main()
