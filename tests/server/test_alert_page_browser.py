"""The public alert page in a real headless Chromium (Debian's chromium and chromium-driver)
at a phone's 390×844: readable without sideways scrolling, nothing loaded but the page
itself, no script, and the page's strict CSP in force (no violation reported).

Set OUTREACH_SCREENSHOT_DIR to keep the screenshot (docs/screenshots/ holds the last one).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from outreach_app.server.db import deliveries
from outreach_app.server.notify.keys import SubscriberKeys
from outreach_app.server.notify.setup import WarningsSetup
from tests.server.notify_support import notify_config
from tests.server_harness import running_server

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(autouse=True)
def _a_real_browser() -> None:
    """dev.py test installs Debian's chromium and chromium-driver; CI must run these tests."""
    if CHROMIUM is not None and CHROMEDRIVER is not None:
        return
    reason = "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the browser tests: {reason}")
    pytest.skip(reason)


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,844"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True},
    )
    yield driver
    driver.quit()


def test_alert_page_reads_on_a_phone_with_nothing_but_itself(tmp_path: Path, browser: object) -> None:
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    setup = WarningsSetup.of(SubscriberKeys(SubscriberKeys.generate()), notify_config(1, 1))

    def hook(app: FastAPI) -> None:
        app.state.warnings = setup

    with running_server(tmp_path, app_hook=hook) as server:
        alert_id = server.publish_alert(
            "Warning: man in a silver Ford Focus",
            body="Reported for the week beginning 2026-03-02.\nHe refused to pay and took a phone."
            " He asked to meet near the station after dark; do not get into the car.",
            phone_numbers=["+447700900123"],
            plates=["AB12CDE"],
        )
        with server.engine.begin() as conn:
            code = deliveries.link_code(conn, alert_id)
        browser.get(f"{server.url}/a/{code}")
        assert browser.title == "Update"
        assert "silver Ford Focus" in browser.find_element("tag name", "h1").text
        width = browser.execute_script("return [innerWidth, document.documentElement.scrollWidth]")
        assert width == [390, 390]  # fits the phone: no sideways scrolling
        size = browser.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 16
        assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
        assert browser.execute_script("return document.scripts.length + document.images.length") == 0
        assert browser.execute_script("return document.cookie") == ""
        problems = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
        assert problems == []  # a blocked inline style would be reported here
        colour = browser.execute_script(
            "return getComputedStyle(document.querySelector('.box')).borderLeftColor"
        )
        assert colour == "rgb(187, 0, 0)"  # the inline style applied: its hash is in the CSP
        shot = tmp_path / "alert_page_390x844.png"
        assert browser.save_screenshot(str(shot))
        keep = os.environ.get("OUTREACH_SCREENSHOT_DIR")
        if keep:
            shutil.copyfile(shot, Path(keep) / shot.name)
