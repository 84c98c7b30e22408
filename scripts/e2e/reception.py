#!/usr/bin/env python3
"""Reception journey in real Chromium: a Quba resident books a reception with a deputy head, sees the
QR code, reschedules; the Quba office checks her in by booking number, calls her and records a
follow-up case; she sees the outcome and the follow-up in her cabinet; the waiting-room board shows
the queue. She downloads each booking's calendar file (.ics, parsed here) and books a video reception,
whose page gives a meeting link and no QR code. Every page is checked with axe-core (WCAG 2.1 A/AA),
like scripts/e2e/journey.py.

The demo officials receive on fixed weekdays, so the script first gives one of them a one-off
session later today with `onewindow reception extra-session` (check-in is only possible on the day)."""
import datetime, os, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
sys.path.insert(0, HERE)
import portal  # noqa: E402
from journey import Journey, header_click  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

OFFICIAL = "Səidə Qasımova"
VIDEO_OFFICIAL = "Namiq Hacıyev"  # the demo's official who receives by video (Quba)


def download_ics(journey, path):
    """GET a calendar file with the browser's session cookies; answers the response."""
    import requests
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in journey.driver.get_cookies())
    return requests.get(journey.server.base + path, headers={"Cookie": cookies}, allow_redirects=False, timeout=30)


def parse_ics(journey, text):
    """Checks the RFC 5545 framing (CRLF, 75-octet lines, one VEVENT) and answers the event's properties."""
    journey.expect(text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n"), "a VCALENDAR with CRLF line ends")
    journey.expect("\n" not in text.replace("\r\n", ""), "no bare line feeds")
    raw = text.split("\r\n")[:-1]
    journey.expect(all(len(line.encode("utf-8")) <= 75 for line in raw), "lines folded at 75 octets")
    lines = text.replace("\r\n ", "").split("\r\n")
    journey.expect(lines.count("BEGIN:VEVENT") == 1 and lines.count("END:VEVENT") == 1, "one event")
    props = {}
    for line in lines:
        if ":" in line:
            name, value = line.split(":", 1)
            props[name] = value
    for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION"]:
        journey.expect(name in props, f"the event has {name}")
    for name in ["DTSTAMP", "DTSTART", "DTEND"]:
        journey.expect(re.fullmatch(r"\d{8}T\d{6}Z", props[name]) is not None, f"{name} is a UTC time: {props[name]}")
    return props


def session_window(baku):
    """Start, end and slot length (minutes) of a session today after `baku` (a Baku time)."""
    last = baku.replace(hour=23, minute=55, second=0, microsecond=0)
    for slot, lead in ((15, 30), (5, 10)):
        start = (baku + datetime.timedelta(minutes=lead)).replace(second=0, microsecond=0)
        start -= datetime.timedelta(minutes=start.minute % slot)
        end = min(start + datetime.timedelta(hours=3), last)
        if start.date() == baku.date() and end - start >= datetime.timedelta(minutes=3 * slot):
            break
    return start, end, slot


def extra_session(server):
    """A session today from the next quarter hour (+15 min) for up to three hours, in Baku time.

    Check-in is only possible on the day, so the session must be today's. Late in the evening the
    slots shrink to five minutes (three are needed: book, reschedule, one spare); in the last half
    hour before midnight the journey waits for the new day (at most 30 minutes, said on stdout)."""
    baku_zone = datetime.timezone(datetime.timedelta(hours=4))
    baku = datetime.datetime.now(baku_zone)
    midnight = (baku + datetime.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    if midnight - baku < datetime.timedelta(minutes=30):
        wait = (midnight - baku).total_seconds() + 30
        print(f"note: {wait:.0f} s to midnight in Baku; waiting for the new day so the session is today's", flush=True)
        time.sleep(wait)
        baku = datetime.datetime.now(baku_zone)
    start, end, slot = session_window(baku)
    if start.date() != baku.date() or (end - start) < datetime.timedelta(minutes=3 * slot):
        portal.fail(f"no room for a same-day reception between {start:%H:%M} and {end:%H:%M} Baku time")
    subprocess.run([server.binary, "reception", "extra-session", "--agency", "ICRA-QBA", "--official", OFFICIAL,
                    "--day", baku.date().isoformat(), "--from", start.strftime("%H:%M"), "--to", end.strftime("%H:%M"),
                    "--slot", str(slot), "--capacity", "1"], cwd=portal.ROOT, env=server.env, check=True, stdout=subprocess.DEVNULL)
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
    header_click(journey, "header form[action='/signout'] button")
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
            # Add to calendar: the booking as an .ics file with the room's address.
            link = journey.driver.find_element(By.ID, "add-to-calendar").get_attribute("href")
            journey.expect(link.endswith(f"/cabinet/receptions/{number}/calendar.ics"), "the page links its calendar file")
            res = download_ics(journey, f"/cabinet/receptions/{number}/calendar.ics")
            journey.expect(res.status_code == 200 and res.headers.get("Content-Type", "").startswith("text/calendar"), f"the .ics downloads ({res.status_code})")
            journey.expect(res.headers.get("Content-Disposition", "").startswith("attachment;"), "as a file to save")
            props = parse_ics(journey, res.content.decode("utf-8"))
            journey.expect(number in props["DESCRIPTION"] and "204" in props["LOCATION"], f"number and room in the event: {props}")
            first_uid = props["UID"]

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
            for step in ["Yazıldı", "Vaxt dəyişdirildi", "Gəlişi qeydə alındı", "Qəbula çağırıldı", "Qəbul olundu"]:
                journey.expect(step in html, f"the timeline shows '{step}'")
            journey.shot("cabinet-follow-up")
            journey.open("/cabinet/receptions")

            # A video reception: a meeting link, no QR code; its calendar file's location is the link.
            journey.open("/reception?unit=AZ-QBA")
            journey.driver.find_element(By.LINK_TEXT, VIDEO_OFFICIAL).click()
            journey.page()
            slots = journey.driver.find_elements(By.CSS_SELECTOR, ".slot-list a")
            journey.expect(len(slots) >= 1, "the video official has free slots")
            slots[0].click()
            journey.page()
            journey.fill("subject", "Kəndimizə gedən yolun təmiri haqqında")
            journey.submit()
            journey.expect("/cabinet/receptions/R-" in journey.driver.current_url, "booked by video")
            video_number = journey.driver.find_element(By.ID, "booking-number").text
            journey.expect(not journey.driver.find_elements(By.ID, "qr"), "no QR code for a video reception")
            meeting = journey.driver.find_element(By.ID, "meeting-link").get_attribute("href")
            journey.expect(re.fullmatch(r"https://\S+/[a-z2-7]{26}", meeting) is not None, f"a per-booking meeting link: {meeting}")
            journey.expect("10" in journey.driver.find_element(By.ID, "meeting-heading").find_element(By.XPATH, "following-sibling::p").text,
                           "the page says when the meeting opens")
            journey.shot("reception-video-booked")
            journey.driver.set_window_size(360, 800)
            journey.check_accessibility(suffix=" at 360 px")
            journey.shot("reception-video-booked-360")
            journey.driver.set_window_size(1280, 1000)
            props = parse_ics(journey, download_ics(journey, f"/cabinet/receptions/{video_number}/calendar.ics").content.decode("utf-8"))
            journey.expect(props["LOCATION"] == meeting, f"the event's location is the meeting link: {props['LOCATION']}")
            journey.expect(props["UID"] != first_uid, "each booking has its own UID")
            sign_out(journey)

            # The office sees the same link; another citizen gets 404 for the calendar file.
            sign_in(journey, "7QBA8E5", operator["password"], operator["totp"], used)
            journey.open(f"/office/reception/bookings/{video_number}")
            journey.expect(journey.driver.find_element(By.ID, "meeting-link").get_attribute("href") == meeting, "the office has the link")
            sign_out(journey)
            other = next((fin for fin, c in creds.items() if fin not in ("5VBK5VR", "7QBA8E5") and not c.get("totp")), None)
            if other:
                sign_in(journey, other, creds[other]["password"])
                res = download_ics(journey, f"/cabinet/receptions/{video_number}/calendar.ics")
                journey.expect(res.status_code == 404 and b"VCALENDAR" not in res.content, f"another citizen's calendar file is 404 ({res.status_code})")
        finally:
            journey.quit()
        print(f"reception journey passed: {len(journey.checked)} pages checked with axe-core, 0 violations; {journey.shots} screenshots")


if __name__ == "__main__":
    main()
