#!/usr/bin/env python3
"""Information journey in real Chromium, in az, en and ru: from the home page's tile to the district
portals, Quba's portal (its authority, announcements, news, reception, services, figures), a news item
with its history and an item shown in Azerbaijani with a note where it is not translated, the
authority's information page; the Atom feed and the sitemap parse as XML. Then Gəncə's operator drafts
and submits a news item in the newsroom, Gəncə's head publishes it, and it is on Gəncə's portal and in
its feed. Every page is checked with axe-core (WCAG 2.1 A/AA) at 1280 px and 360 px."""
import os, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
import portal  # noqa: E402
from journey import Journey  # noqa: E402
from reception import sign_in, sign_out  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"
HEADINGS = {"az": "Şəhər və rayonların portalları", "en": "City and district portals", "ru": "Порталы городов и районов"}
NEWS = {"az": "Vətəndaşların qəbulu onlayn yazılma ilə aparılır", "en": "Citizens' receptions now booked online",
        "ru": "Приём граждан — по онлайн-записи"}
UNTRANSLATED = {"en": "has not been translated into English", "ru": "не переведён на русский"}


def main():
    with portal.Server() as server:
        creds = server.demo_credentials()
        journey = Journey(server, name="information", narrow=True)
        http = portal.Client(server.base)
        used = set()
        try:
            journey.open("/language/az?returnTo=/")
            journey.driver.find_element(By.CSS_SELECTOR, "main a[href='/r']").click()
            journey.expect(HEADINGS["az"] in journey.page(), "the home page leads to the district portals")
            for lang in ["az", "en", "ru"]:
                html = journey.open(f"/language/{lang}?returnTo=/r")
                journey.expect(HEADINGS[lang] in html, f"the district portals in {lang}")
                journey.driver.find_element(By.CSS_SELECTOR, "main a[href='/r/AZ-QBA']").click()
                html = journey.page()
                journey.expect("/reception?unit=AZ-QBA" in html, "the portal offers Quba's reception")
                journey.expect(journey.driver.find_elements(By.CSS_SELECTOR, "#services ~ ul a[href^='/services/']"), "Quba's services")
                journey.expect(journey.driver.find_elements(By.CSS_SELECTOR, "#figures ~ dl, #figures ~ p"), "Quba's figures")
                journey.shot(f"district-{lang}")
                journey.driver.find_element(By.LINK_TEXT, NEWS[lang]).click()
                html = journey.page()
                journey.expect(NEWS[lang] in html and "/agencies/ICRA-QBA/news/" in journey.driver.current_url, f"the news item in {lang}")
                journey.shot(f"item-{lang}")
                journey.open("/agencies/ICRA-QBA/information")
                html = journey.open("/agencies/ICRA-QBA/news/merkezi-kucelerde-yol-temiri-basa-catib")
                if lang != "az":
                    journey.expect(UNTRANSLATED[lang] in html, f"the untranslated item says so in {lang}")
                    journey.expect(journey.driver.find_elements(By.CSS_SELECTOR, "h1[lang='az']"), "the Azerbaijani title is marked as such")
            feed = http.get("/r/AZ-QBA/feed.atom?lang=en")
            root = ET.fromstring(feed.content)
            titles = [e.findtext(ATOM + "title") for e in root.findall(ATOM + "entry")]
            journey.expect(feed.status_code == 200 and NEWS["en"] in titles, f"Quba's feed in English ({titles})")
            sitemap = ET.fromstring(http.get("/sitemap.xml").content)
            locations = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
            journey.expect(any(loc.endswith("/r/AZ-MAS") for loc in locations), f"the sitemap lists the portals ({len(locations)} pages)")

            journey.open("/language/az?returnTo=/")
            editor = creds["3GNC4A1"]
            sign_in(journey, "3GNC4A1", editor["password"], editor["totp"], used)
            journey.open("/office/information/new")
            journey.driver.find_element(By.CSS_SELECTOR, "#agency option[value='ICRA-GA']").click()
            journey.driver.find_element(By.ID, "kind-news").click()
            journey.fill("title_az", "Gəncədə yeni park açılır")
            journey.fill("body_az", "Parkın açılışı **şənbə** günü olacaq.")
            journey.fill("title_en", "A new park opens in Ganja")
            journey.fill("body_en", "The park opens on *Saturday*.")
            journey.submit()
            journey.expect("/office/information/" in journey.driver.current_url, "the draft is saved")
            item = journey.driver.current_url
            journey.submit("Dərc üçün göndərin")
            sign_out(journey)
            head = creds["4GNC5B2"]
            sign_in(journey, "4GNC5B2", head["password"], head["totp"], used)
            journey.driver.get(item)
            journey.page()
            journey.submit("Dərc edin")
            sign_out(journey)
            html = journey.open("/r/AZ-GA")
            journey.expect("Gəncədə yeni park açılır" in html, "the published item is on Gəncə's portal")
            entries = ET.fromstring(http.get("/r/AZ-GA/feed.atom").content).findall(ATOM + "entry")
            journey.expect(any(e.findtext(ATOM + "title") == "Gəncədə yeni park açılır" for e in entries), "and in Gəncə's feed")
        finally:
            journey.quit()
        print(f"information journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations; {journey.shots} screenshots")


if __name__ == "__main__":
    main()
