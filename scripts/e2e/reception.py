#!/usr/bin/env python3
"""Reception journey in real Chromium: a Quba resident books a reception with a deputy head, sees the
QR code, reschedules; the Quba office checks her in by booking number, calls her and records a
follow-up case; she sees the outcome and the follow-up in her cabinet; the waiting-room board shows
the queue. Every page is checked with axe-core (WCAG 2.1 A/AA), like scripts/e2e/journey.py.

The demo officials receive on fixed weekdays, so the script first gives one of them a one-off
session later today with `onewindow reception extra-session` (check-in is only possible on the day)."""
import datetime, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
import portal  # noqa: E402
from journey import Journey  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

OFFICIAL = "Səidə Qasımova"


def extra_session(server):
    """A session today from the next quarter hour (+15 min) for up to three hours, in Baku time."""
    baku = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=4)))
    start = (baku + datetime.timedelta(minutes=30)).replace(second=0, microsecond=0)
    start -= datetime.timedelta(minutes=start.minute % 15)
    end = min(start + datetime.timedelta(hours=3), baku.replace(hour=23, minute=45, second=0, microsecond=0))
    if start.date() != baku.date() or (end - start).total_seconds() < 45 * 60:
        portal.fail("too close to midnight in Baku for a same-day reception; run again after 00:00 Asia/Baku")
    subprocess.run([server.binary, "reception", "extra-session", "--agency", "ICRA-QBA", "--official", OFFICIAL,
                    "--day", baku.date().isoformat(), "--from", start.strftime("%H:%M"), "--to", end.strftime("%H:%M"),
                    "--slot", "15", "--capacity", "1"], cwd=portal.ROOT, env=server.env, check=True, stdout=subprocess.DEVNULL)
    return baku.date()


def sign_in(journey, fin, password, totp=None, used=None):
    journey.open("/signin")
    journey.fill("identifier", fin)
    journey.fill("password", password)
    journey.submit()
    if totp:
        journey.expect("/signin/verify" in journey.driver.current_url, "the office asks for the code")
        journey.fill("code", portal.fresh_totp(totp, used))
        journey.submit()


def sign_out(journey):
    journey.driver.find_element(By.CSS_SELECTOR, "header form[action='/signout'] button").click()
    journey.page()


def main():
    # Same-day receptions are inside the default 24-hour cut-off: the journey runs with none, so the
    # citizen can still reschedule today's booking (ONEWINDOW_RECEPTION_CUTOFF_HOURS, docs/configuration.md).
    with portal.Server(env={"ONEWINDOW_RECEPTION_CUTOFF_HOURS": "0"}) as server:
        creds = server.demo_credentials()
        today = extra_session(server)
        journey = Journey(server)
        used = set()
        try:
            citizen = creds["5VBK5VR"]
            sign_in(journey, "5VBK5VR", citizen["password"])
            journey.open("/reception?unit=AZ-QBA")
            journey.shot("reception-officials")
            journey.driver.find_element(By.LINK_TEXT, OFFICIAL).click()
            html = journey.page()
            journey.shot("reception-slots")
            slots = journey.driver.find_elements(By.CSS_SELECTOR, ".slot-list a")
            todays = [a for a in slots if today.strftime("%d.%m.%Y") in a.get_attribute("innerHTML")]
            journey.expect(len(todays) >= 2, f"today's extra session offers slots ({len(todays)})")
            todays[0].click()
            journey.page()
            journey.fill("subject", "Evimizin damı axır, təmir üçün kömək istəyirəm")
            html = journey.submit()
            journey.expect("/cabinet/receptions/R-" in journey.driver.current_url, "booked: the booking's page")
            number = journey.driver.find_element(By.ID, "booking-number").text
            journey.expect(journey.driver.find_elements(By.CSS_SELECTOR, "#qr svg"), "a QR code for check-in")
            journey.shot("reception-booked-qr")

            # Reschedule to another slot of today's session.
            journey.driver.find_element(By.ID, "reschedule").click()
            journey.page()
            radios = [r for r in journey.driver.find_elements(By.CSS_SELECTOR, "input[name=start]")]
            journey.expect(len(radios) >= 1, "other times offered")
            radios[0].click()
            html = journey.submit()
            journey.expect(number in html and "/reschedule" in html, "rescheduled, same number")
            journey.shot("reception-rescheduled")
            sign_out(journey)

            # The Quba office: check in by number, call, record a follow-up.
            operator = creds["7QBA8E5"]
            sign_in(journey, "7QBA8E5", operator["password"], operator["totp"], used)
            journey.open("/office/reception")
            journey.fill("number", number.lower())
            form = journey.driver.find_element(By.CSS_SELECTOR, "form[action='/office/reception/check-in']")
            form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
            html = journey.page()
            journey.expect("notice" in html, "checked in")
            journey.shot("office-checked-in")
            buttons = [b for b in journey.driver.find_elements(By.CSS_SELECTOR, "form[action$='/call-next'] button") if b.text.strip().endswith(": 1)")]
            journey.expect(len(buttons) == 1, "one official has a citizen waiting")
            buttons[0].click()
            journey.page()
            board = journey.open("/reception/board/ICRA-QBA")
            journey.expect( re.search(r'board-number">\s*1<', board), "the board shows ticket 1 being served")
            journey.shot("board")
            journey.open(f"/office/reception/bookings/{number}")
            journey.driver.find_element(By.CSS_SELECTOR, "#outcome option[value=follow_up]").click()
            journey.fill("note", "Mənzil-kommunal şöbəsinə damın təmiri tapşırıldı")
            journey.fill("unit", "Mənzil-kommunal təsərrüfatı şöbəsi")
            journey.driver.find_element(By.ID, "record-outcome").click()
            journey.page()
            journey.open("/office/reception/follow-ups")
            journey.shot("office-follow-ups")
            sign_out(journey)

            # The citizen sees the outcome and the follow-up in the cabinet.
            sign_in(journey, "5VBK5VR", citizen["password"])
            html = journey.open(f"/cabinet/receptions/{number}")
            journey.expect("Mənzil-kommunal təsərrüfatı şöbəsi" in html and 'id="follow-up"' in html, "the follow-up case is in the cabinet")
            journey.expect("damın təmiri" in html, "the outcome note is shown")
            for step in ["Yazıldı", "Vaxt dəyişdirildi", "Qeydiyyatdan keçdi", "Qəbula çağırıldı", "Qəbul olundu"]:
                journey.expect(step in html, f"the timeline shows '{step}'")
            journey.shot("cabinet-follow-up")
            journey.open("/cabinet/receptions")
        finally:
            journey.quit()
        print(f"reception journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations; {journey.shots} screenshots")


if __name__ == "__main__":
    main()
