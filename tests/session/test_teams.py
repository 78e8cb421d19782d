"""Teams, PINs, sealed moves."""

from wargame.core.enums import Controller, Phase
from wargame.core.events import ControlAssigned, MoveSubmitted, PhaseAdvanced, TeamPinSet
from wargame.session.session import Session
from wargame.session.teams import (
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
    session.dispatch(TeamPinSet("Team India", pin_hash("4711")))
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


def test_each_pin_gets_its_own_salt_and_old_saves_still_open(default_scenario):
    import hashlib

    first, second = pin_hash("4711"), pin_hash("4711")
    assert first != second  # a random salt per PIN: equal PINs do not look equal
    kind, n, r, p, salt, digest = first.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", 2**15, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(digest) == 64 and "4711" not in first
    session = Session(default_scenario)
    # a PIN written by version 0.1: PBKDF2 with the team's name as the salt
    legacy = hashlib.pbkdf2_hmac("sha256", b"2468", b"wargame-team:Team Iran", 60_000).hex()
    session.dispatch(TeamPinSet("Team Iran", legacy))
    assert pin_ok(session.state, "Team Iran", "2468")
    assert not pin_ok(session.state, "Team Iran", "2469")


def test_wrong_pins_wait_longer_each_time_and_are_logged_without_the_pin(default_scenario, caplog):
    import logging

    from wargame.session.teams import PinGuard

    session = Session(default_scenario)
    session.dispatch(TeamPinSet("Team Iran", pin_hash("2468")))
    now = [100.0]
    guard = PinGuard(clock=lambda: now[0])
    with caplog.at_level(logging.INFO, logger="wargame.session.teams"):
        assert not guard.check(session.state, "Team Iran", "1111")
        assert guard.wait("Team Iran") == 1.0
        assert not guard.check(session.state, "Team Iran", "2468")  # right, but too soon
        now[0] += 1.0
        assert not guard.check(session.state, "Team Iran", "2222")
        assert guard.wait("Team Iran") == 2.0
        for _ in range(10):
            now[0] += 60.0
            guard.check(session.state, "Team Iran", "0000")
        assert guard.wait("Team Iran") == 60.0  # the delay stops growing at a minute
        now[0] += 60.0
        assert guard.check(session.state, "Team Iran", "2468")
        assert guard.wait("Team Iran") == 0.0
        assert guard.wait("Team Pakistan") == 0.0  # one team's mistakes do not lock another
    logged = caplog.text
    assert "wrong PIN for Team Iran" in logged and "PIN accepted for Team Iran" in logged
    assert not any(pin in logged for pin in ("1111", "2468", "2222", "0000"))
