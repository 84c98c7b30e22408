"""A person in real Chromium (headless): opens pages, fills and submits forms, and checks every page
with axe-core's WCAG 2.1 A/AA rules (any violation fails). Shared by the browser journeys."""
import json, os, time

import portal

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException

ARTIFACTS = os.path.join(portal.ROOT, "artifacts", "e2e")
AXE = None


def axe_source():
    global AXE
    if AXE is None:
        import axe_playwright_python
        with open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8") as f:
            AXE = f.read()
    return AXE


NARROW = 360
HEADER_MAX = 120


class Journey:
    def __init__(self, server, name="journey", narrow=False):
        """narrow: check every page at 360 px too — no sideways scrolling of the page, a header at most
        HEADER_MAX px high (menu closed), axe again."""
        self.name = name
        self.narrow = narrow
        self.server = server
        self.checked = []
        self.narrow_headers = []
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
        self.wait_for_new_document()
        self.check_accessibility()
        if self.narrow:
            self.check_narrow()
        return self.driver.page_source

    def wait_for_new_document(self, timeout=10):
        """A click returns before the browser has always left the page it was on (a form with a file
        takes longer to send): wait until the document is no longer the one checked last (it carries
        window.__owChecked) and has loaded, so axe and page_source see the page the action led to."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.driver.execute_script(
                        "return !window.__owChecked && document.readyState === 'complete';"):
                    return
            except WebDriverException:
                pass  # the document went away between two looks: the next look sees the new one
            time.sleep(0.05)
        print(f"note: no new page after {timeout} s at {self.driver.current_url}; checking the page as it is")

    def check_narrow(self):
        """The page at 360 px (a phone): the page itself does not scroll sideways, the header stays
        small with its menu closed, and axe finds nothing there either."""
        url = self.driver.current_url
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": NARROW, "height": 780, "deviceScaleFactor": 1, "mobile": True})
        try:
            width, inner, header = self.driver.execute_script(
                "const h = document.querySelector('header.site-header');"
                "return [document.documentElement.scrollWidth, window.innerWidth, h ? h.getBoundingClientRect().height : 0];")
            if width > inner:
                self.shot("overflow-360")
                portal.fail(f"the page scrolls sideways at {NARROW} px on {url}: {width} > {inner}")
            if header > HEADER_MAX:
                self.shot("header-360")
                portal.fail(f"the header is {header:.0f} px high at {NARROW} px on {url} (at most {HEADER_MAX})")
            self.narrow_headers.append(header)
            self.check_accessibility(suffix=f" at {NARROW} px")
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def check_accessibility(self, suffix=""):
        """Runs axe-core's WCAG 2.1 A/AA rules on the current page; any violation fails the journey."""
        url = self.driver.current_url + suffix
        # One script injects axe, marks the document as checked and runs axe, so a navigation cannot
        # fall between injecting and running.
        result = self.driver.execute_async_script(
            axe_source() + ";\nwindow.__owChecked = true;"
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
        self.driver.save_screenshot(os.path.join(ARTIFACTS, f"{self.name}-{self.shots:02d}-{name}.png"))

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


