"""The same turn as the devices play it, entered straight into a session, as the console's
team panels and Moves and rulings do on the shared screen."""

from typing import Any

from tests.conftest import DEFAULT_SCENARIO
from tests.server.conftest import three_teams
from wargame.core.enums import Decision
from wargame.core.events import MoveAdjudicated, MoveSubmitted
from wargame.session import operations
from wargame.session.headless import fire_due_injects
from wargame.session.persist import to_save
from wargame.session.session import Session
from wargame.storage.files import load_scenario

Moves = dict[str, tuple[str, str, str | None, str]]


def play_on_shared_screen(moves: Moves, seed: int = 7) -> dict[str, Any]:
    """One turn: due injects, the teams' moves in order, the bots, the reveal, a roll for
    each move with the reason "dice", resolution and review; the save as JSON data."""
    session = Session(load_scenario(DEFAULT_SCENARIO), seed=seed)
    three_teams(session)
    fire_due_injects(session)
    operations.advance(session)
    for actor, action, target, note in moves.values():
        session.dispatch(MoveSubmitted(actor, action, target, note or None))
    operations.bots_move(session)
    operations.advance(session)
    for index in range(len(session.state.pending)):
        session.dispatch(MoveAdjudicated(index, Decision.ROLL, reason="dice"))
    operations.advance(session)
    operations.advance(session)
    return to_save(session).model_dump(mode="json")


def assert_same_save(played: dict[str, Any], expected: dict[str, Any]) -> None:
    """Equal apart from the time stamps (and the app version that wrote them)."""
    for doc in (played, expected):
        for stamp in ("saved_at", "app_version"):
            doc.pop(stamp, None)
    assert played["events"] == expected["events"]
    assert played == expected
