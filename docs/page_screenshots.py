"""`make screenshots` (second half): the players' pages in headless Chromium at phone size.

Serves the default scenario on 18 January 2024, in the Orders phase, on a loopback port,
and photographs Team Iran's page (a move composed, the engine's preview showing) and the
White cell's page at 390 x 844. Needs Debian's chromium and chromium-driver.
"""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from selenium.webdriver.support.ui import Select  # noqa: E402

from tests.chromium import start_chromium  # noqa: E402
from wargame.core.events import InjectFired, MoveSubmitted  # noqa: E402
from wargame.resources import DEFAULT_SCENARIO  # noqa: E402
from wargame.server.app import SessionServer  # noqa: E402
from wargame.server.host import DirectHost  # noqa: E402
from wargame.server.thread import ServerThread  # noqa: E402
from wargame.session.headless import play  # noqa: E402
from wargame.session.operations import advance, start_next_turn  # noqa: E402
from wargame.session.session import Session  # noqa: E402
from wargame.storage.files import load_scenario  # noqa: E402


def wait(check, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except Exception:  # still drawing
            pass
        time.sleep(0.05)
    raise TimeoutError("the page did not get there")


def main(out: Path) -> None:
    scenario = load_scenario(DEFAULT_SCENARIO)
    assert scenario.history is not None
    session = Session(scenario, seed=0)
    play(session, scenario.history[:3])
    start_next_turn(session)
    for inject in session.engine.due_injects(session.state):
        session.dispatch(InjectFired(inject.id))
    advance(session)
    pak = next(m for m in scenario.history[3].moves if m.actor == "PAK")
    session.dispatch(MoveSubmitted(pak.actor, pak.action, pak.target, pak.note))
    server = SessionServer(session, DirectHost())
    thread = ServerThread(server)
    thread.start()
    links = {link.team: link.url for link in thread.call(server.links)}
    with tempfile.TemporaryDirectory() as profile:
        driver = start_chromium(Path(profile))
        try:
            driver.get(links["Team Iran"])
            wait(lambda: driver.find_element("id", "orders").is_displayed())
            Select(driver.find_element("id", "action")).select_by_value("strike_militant_camps")
            wait(lambda: driver.find_element("id", "target-row").is_displayed())
            Select(driver.find_element("id", "target")).select_by_value("JAA")
            wait(lambda: "If it succeeds" in driver.find_element("id", "preview").text)
            driver.find_element("id", "note").send_keys("Answer Rask: camps only, no state.")
            driver.execute_script("document.getElementById('orders').scrollIntoView()")
            driver.save_screenshot(str(out / "team-page-390.png"))
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(out / "team-page-390-top.png"))
            driver.get(links[None])
            wait(lambda: "Orders phase" in driver.find_element("id", "picture").text)
            driver.save_screenshot(str(out / "white-page-390.png"))
        finally:
            driver.quit()
            thread.stop()
            server.detach()
    for name in ("team-page-390.png", "team-page-390-top.png", "white-page-390.png"):
        print(out / name)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
