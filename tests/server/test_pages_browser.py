"""Three teams on three browser tabs and the White cell on a fourth play a whole turn of
the default scenario through the headless server; the save equals the same turn played on
the shared screen (the same moves, the same seed)."""

from pathlib import Path

import pytest

from tests.chromium import needs_chromium, start_chromium
from tests.chromium import wait_on_page as wait
from tests.server.conftest import Served
from tests.server.shared_screen import assert_same_save, play_on_shared_screen
from wargame.core.enums import Phase
from wargame.session.persist import to_save

pytestmark = needs_chromium

MOVES = {
    "Team Iran": ("IRN", "strike_militant_camps", "JAA", "answer Rask"),
    "Team Pakistan": ("PAK", "condemn", "IRN", "on the record first"),
    "Team India": ("IND", "call_for_de_escalation", "PAK", "calm both"),
}


@pytest.fixture
def browser(tmp_path: Path):
    driver = start_chromium(tmp_path / "profile")
    yield driver
    driver.quit()


def test_a_turn_from_four_browser_tabs_equals_the_shared_screen(served: Served, browser) -> None:
    from selenium.webdriver.support.ui import Select

    links = {link.team: link.url for link in served.call(served.server.links)}
    text = lambda element_id: browser.find_element("id", element_id).text  # noqa: E731

    browser.get(links[None])  # the White cell's tab
    white = browser.current_window_handle
    wait(lambda: "Injects phase" in text("picture"))
    assert browser.find_element("id", "injects").is_displayed()
    browser.find_element("id", "fire").click()
    wait(lambda: text("message").endswith("injects fired."))
    browser.find_element("id", "next").click()
    wait(lambda: "Orders phase" in text("picture"))
    assert text("next") == "Reveal the moves"

    tabs = {}
    for team, (_actor, action, target, note) in MOVES.items():
        browser.switch_to.new_window("tab")
        tabs[team] = browser.current_window_handle
        browser.get(links[team])
        wait(lambda team=team: text("team") == team)
        wait(lambda: browser.find_element("id", "orders").is_displayed())
        Select(browser.find_element("id", "action")).select_by_value(action)
        wait(lambda: browser.find_element("id", "target-row").is_displayed())
        Select(browser.find_element("id", "target")).select_by_value(target)
        browser.find_element("id", "note").send_keys(note)
        submit = browser.find_element("id", "submit")
        wait(submit.is_enabled)
        before = text("message")
        submit.click()
        said = wait(lambda before=before: text("message") != before and text("message"))
        assert said.startswith("Submitted, sealed"), said
        others = [n for t, (_a, _x, _y, n) in MOVES.items() if t != team]
        assert not any(n in browser.page_source for n in others)

    browser.switch_to.window(white)
    wait(lambda: "Team India ✔" in text("picture"))  # live, no reload
    browser.find_element("id", "bots-move").click()
    wait(lambda: not browser.find_element("id", "bots").is_displayed())
    browser.find_element("id", "next").click()  # the reveal
    wait(lambda: "Adjudication phase" in text("picture"))
    rows = browser.find_elements("css selector", "#moves li")
    assert len(rows) == len(served.call(lambda: served.session.state.pending))
    browser.find_element("id", "reason").send_keys("dice")
    for index in range(len(rows)):
        button = browser.find_elements("css selector", "#moves li")[index].find_elements(
            "css selector", "button"
        )[1]  # Roll
        button.click()
        wait(
            lambda index=index: (
                "ruled: roll" in browser.find_elements("css selector", "#moves li")[index].text
            )
        )
    browser.find_element("id", "next").click()  # resolution
    wait(lambda: "Resolution phase" in text("picture"))
    browser.find_element("id", "next").click()  # review
    wait(lambda: "Review phase" in text("picture"))
    narrative = wait(lambda: browser.find_element("css selector", ".narrative").text)
    assert "Iran" in narrative

    browser.switch_to.window(tabs["Team Pakistan"])  # the teams' pages followed too
    wait(lambda: "Review phase" in text("picture"))
    assert browser.find_element("css selector", ".narrative").text == narrative

    assert served.call(lambda: served.session.state.phase) is Phase.REVIEW
    played = served.call(lambda: to_save(served.session).model_dump(mode="json"))
    assert_same_save(played, play_on_shared_screen(MOVES))
