"""Teams play from real browsers: headless Chromium opens two team pages on loopback,
submits, withdraws and replaces moves; the console sees who submitted, reveals, and both
pages follow without a reload.

The test spins the Qt event loop while it waits on the pages, since the console's session
answers the pages' requests on the Qt thread.
"""

from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt

from tests.chromium import needs_chromium, start_chromium, wait_on_page
from tests.ui.facilitator import next_phase
from tests.ui.test_devices import free_port
from wargame.core.enums import Phase

pytestmark = needs_chromium

IRAN_NOTE = "Iran's page rationale 51c0"
PAKISTAN_NOTE = "Pakistan's page rationale 9d2e"


def wait_for(qtbot, check, timeout: float = 20.0):
    """Spin Qt until ``check()`` gives something true."""
    return wait_on_page(check, timeout, pause=lambda: qtbot.wait(50))


@pytest.fixture
def browser(tmp_path):
    driver = start_chromium(tmp_path / "profile")
    yield driver
    driver.quit()


def text(driver, element_id: str) -> str:
    return driver.find_element("id", element_id).text


def choose(driver, element_id: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", element_id)).select_by_value(value)


def submit(qtbot, driver, action: str, target: str, note: str) -> None:
    wait_for(qtbot, lambda: driver.find_element("id", "orders").is_displayed())
    choose(driver, "action", action)
    wait_for(qtbot, lambda: driver.find_element("id", "target-row").is_displayed())
    choose(driver, "target", target)
    wait_for(qtbot, lambda: "If it succeeds" in text(driver, "preview"))  # the engine's preview
    driver.find_element("id", "note").send_keys(note)
    button = driver.find_element("id", "submit")
    wait_for(qtbot, button.is_enabled)
    before = text(driver, "message")
    button.click()
    said = wait_for(qtbot, lambda: text(driver, "message") != before and text(driver, "message"))
    assert said.startswith("Submitted, sealed"), said


def test_two_teams_play_from_browsers_and_the_console_reveals(qtbot, team_window, browser):
    window = team_window
    window.show_devices()
    dialog = window.devices_dialog
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    links = {card.link.team: card.link.url for card in dialog.cards}
    next_phase(qtbot, window)  # the console opens the Orders phase
    assert window.session.state.phase is Phase.ORDERS

    browser.get(links["Team Iran"])
    iran = browser.current_window_handle
    wait_for(qtbot, lambda: text(browser, "team") == "Team Iran")
    assert urlsplit(browser.current_url).fragment  # the token stays in the fragment
    assert "Orders phase" in text(browser, "picture")
    assert text(browser, "link-state") == "live"
    submit(qtbot, browser, "strike_militant_camps", "JAA", IRAN_NOTE)

    browser.switch_to.new_window("tab")
    pakistan = browser.current_window_handle
    browser.get(links["Team Pakistan"])
    wait_for(qtbot, lambda: text(browser, "team") == "Team Pakistan")
    wait_for(qtbot, lambda: "Team Iran ✔" in text(browser, "picture"))  # who, never what
    submit(qtbot, browser, "condemn", "IRN", "first thoughts")
    # withdraw it (asked first), then submit another and replace that one
    browser.find_element("css selector", "#own-moves button").click()  # Withdraw
    wait_for(qtbot, lambda: browser.switch_to.alert).accept()
    wait_for(qtbot, lambda: not browser.find_element("id", "own").is_displayed())
    assert [m.actor for m in window.session.state.pending] == ["IRN"]
    submit(qtbot, browser, "condemn", "IRN", PAKISTAN_NOTE)
    buttons = browser.find_elements("css selector", "#own-moves button")
    buttons[1].click()  # Replace…: the form comes back filled, the old move stays in
    wait_for(qtbot, lambda: text(browser, "message").startswith("Change the move and submit"))
    assert browser.find_element("id", "note").get_attribute("value") == PAKISTAN_NOTE
    assert browser.find_element("id", "replacing").is_displayed()
    assert [m.action for m in window.session.state.pending] == [
        "strike_militant_camps",
        "condemn",
    ]
    choose(browser, "action", "summon_envoy")
    wait_for(qtbot, lambda: browser.find_element("id", "target-row").is_displayed())
    choose(browser, "target", "IRN")
    browser.find_element("id", "submit").click()
    wait_for(qtbot, lambda: text(browser, "message").startswith("Replaced, sealed"))
    assert not browser.find_element("id", "replacing").is_displayed()
    assert IRAN_NOTE not in browser.page_source

    # the console: both teams submitted, sealed
    rows = window.orders.rows()
    assert [r[:2] for r in rows] == [["Team Iran", "sealed"], ["Team Pakistan", "sealed"]]
    qtbot.waitUntil(lambda: "Team Pakistan: page open, submitted" in window.orders.devices.text())

    next_phase(qtbot, window)  # the reveal (bots reminded, gone on without them)
    assert window.session.state.phase is Phase.ADJUDICATION
    for handle in (pakistan, iran):
        browser.switch_to.window(handle)
        wait_for(qtbot, lambda: "Adjudication phase" in text(browser, "picture"))
        assert browser.find_element("id", "closed").is_displayed()
    assert PAKISTAN_NOTE not in browser.page_source  # Iran's page, after the reveal too
    moves = [(m.actor, m.action, m.note) for m in window.session.state.pending]
    assert moves == [
        ("IRN", "strike_militant_camps", IRAN_NOTE),
        ("PAK", "summon_envoy", PAKISTAN_NOTE),
    ]
    window.room.stop()
