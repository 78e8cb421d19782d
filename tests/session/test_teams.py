"""Teams, PINs, sealed moves and bot doctrines."""

from wargame.core.bots import Doctrine, doctrine_move
from wargame.core.enums import Controller, Phase
from wargame.core.events import ControlAssigned, MoveSubmitted, PhaseAdvanced, TeamPinSet
from wargame.session.headless import play
from wargame.session.session import Session
from wargame.session.teams import (
    bot_moves,
    is_sealed,
    pin_hash,
    pin_ok,
    submitted_teams,
    teams,
)


def test_default_teams_and_pins(default_scenario):
    session = Session(default_scenario)
    assert teams(session.state) == {"Team Iran": ["IRN"], "Team Pakistan": ["PAK"]}
    session.dispatch(ControlAssigned("IND", Controller.PLAYER, "Team India"))
    session.dispatch(TeamPinSet("Team India", pin_hash("Team India", "4711")))
    assert pin_ok(session.state, "Team India", "4711")
    assert not pin_ok(session.state, "Team India", "1234")
    assert pin_ok(session.state, "Team Iran", "")  # no PIN set
    assert "4711" not in repr(session.log)


def test_player_moves_are_sealed_until_the_reveal(default_scenario):
    session = Session(default_scenario)
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveSubmitted("IRN", "condemn", "PAK", "secret"))
    assert is_sealed(session.state, "IRN") and not is_sealed(session.state, "CHN")
    assert submitted_teams(session.state) == {"Team Iran"}
    session.dispatch(PhaseAdvanced())
    assert session.state.phase is Phase.ADJUDICATION and not is_sealed(session.state, "IRN")


def test_bots_follow_their_doctrines(default_scenario):
    session = Session(default_scenario)
    play(session, default_scenario.history[:2])  # Iran has struck Jaish al-Adl's camps
    world, state = session.engine.world, session.state
    hawk = doctrine_move(world, state, "JAA", Doctrine.HAWK)
    assert world.actions[hawk[0]].goldstein < 0
    # Pakistan is owed by Iran (the strike) and by the Baloch groups: it answers one of them
    reply = doctrine_move(world, state, "PAK", Doctrine.TIT_FOR_TAT)
    assert reply[1] in {"IRN", "BLA"} and world.actions[reply[0]].goldstein < 0
    dove = doctrine_move(world, state, "PAK", Doctrine.DOVE)
    assert world.actions[dove[0]].goldstein > 0 and dove[1] == "IRN"
    session.dispatch(PhaseAdvanced())  # review
    session.dispatch(PhaseAdvanced())  # next day, injects
    session.dispatch(PhaseAdvanced())  # orders
    moves = bot_moves(session)
    assert {m.actor for m in moves} == {"JAA", "BLA"}
    for m in moves:
        session.dispatch(m)  # every bot move is legal
