"""The default scenario's historical track must tell the January 2024 story (RULES.md)."""

import datetime as dt

import pytest

from wargame.session.headless import play
from wargame.session.session import Session


@pytest.fixture(scope="module")
def track(default_scenario):
    session = Session(default_scenario, seed=0)
    play(session, default_scenario.history)
    by_date = {default_scenario.date_of(r.turn): r.state for r in session.resolved()}
    return default_scenario, by_date


def day(n: int) -> dt.date:
    return dt.date(2024, 1, n)


def esc(by_date, n, dyad="IRN-PAK"):
    return by_date[day(n)].escalation[dyad]


def test_the_track_covers_15_to_31_january(track):
    _, by_date = track
    assert sorted(by_date) == [day(n) for n in range(15, 32)]


def test_irn_pak_jumps_on_the_16th_and_peaks_on_the_18th(track):
    _, by_date = track
    assert esc(by_date, 16) - esc(by_date, 15) >= 15.0
    peak_day = max(by_date, key=lambda d: by_date[d].escalation["IRN-PAK"])
    assert peak_day == day(18)


def test_irn_pak_falls_sharply_on_the_19th(track):
    _, by_date = track
    e0 = 6.0
    assert esc(by_date, 19) <= esc(by_date, 18) - 0.3 * (esc(by_date, 18) - e0)


def test_irn_pak_back_near_baseline_26_to_29(track):
    _, by_date = track
    e0, peak = 6.0, esc(by_date, 18)
    for n in range(26, 30):
        assert abs(esc(by_date, n) - e0) <= 0.1 * (peak - e0), n


def test_pakistan_deterrence_holds_after_its_reply(track):
    scn, by_date = track
    d0 = next(a.deterrence for a in scn.actors if a.id == "PAK")
    for n in range(18, 32):
        assert by_date[day(n)].meters["PAK"]["deterrence"] >= d0, n


def test_iran_is_not_owed_a_reply_after_the_18th(track):
    _, by_date = track
    assert by_date[day(17)].ledger.get(("PAK", "IRN"), 0.0) > 0.0  # Pakistan was owed one
    for n in range(18, 32):
        assert by_date[day(n)].ledger.get(("IRN", "PAK"), 0.0) == 0.0, n


def test_us_iran_rises_on_the_17th(track):
    _, by_date = track
    assert esc(by_date, 17, "IRN-USA") > esc(by_date, 16, "IRN-USA")


def test_china_mediation_active_from_the_18th(track):
    _, by_date = track
    assert "mediation:CHN" not in by_date[day(17)].flags
    for n in range(18, 32):
        assert "mediation:CHN" in by_date[day(n)].flags, n
