"""Checking a scenario against history: play its historical track and judge each checkpoint.

One function, :func:`check_history`, serves ``wargame check``, the test suite and the
console's check table.
"""

import datetime as dt
from dataclasses import dataclass

from wargame.core.expectations import Checkpoint, Criterion, MetricKind, MetricRef
from wargame.core.scenario import Scenario
from wargame.core.state import State
from wargame.core.world import dyad_key
from wargame.session.headless import play
from wargame.session.session import Session

NIL = 1e-9
"""A value at or below this is nil (no grievance open)."""


@dataclass(frozen=True)
class Verdict:
    """One checkpoint's outcome."""

    checkpoint: Checkpoint
    """What was checked."""
    passed: bool
    """Whether history's expectation holds."""
    measured: str
    """The values it was judged on, for a person to read."""


class Track:
    """The meters of a played historical track, by date."""

    def __init__(self, scenario: Scenario, start: State, days: dict[dt.date, State]) -> None:
        self.scenario = scenario
        self.start = start
        self.days = days
        self.dates = sorted(days)
        self.baselines = {dyad_key(r.a, r.b): r.baseline for r in scenario.relations}
        self.names = {a.id: a.name for a in scenario.actors}

    def value(self, ref: MetricRef, state: State) -> float:
        """The metric's value in ``state``."""
        match ref.metric:
            case MetricKind.ESCALATION:
                a, b = ref.pair or ("", "")
                return state.escalation[dyad_key(a, b)]
            case MetricKind.DETERRENCE:
                return state.meters[ref.actor or ""]["deterrence"]
            case MetricKind.GLOBAL:
                return state.global_escalation
            case MetricKind.OWED:
                return state.ledger.get((ref.victim or "", ref.offender or ""), 0.0)
            case MetricKind.FLAG:
                return 1.0 if (ref.flag or "") in state.flags else 0.0

    def on(self, ref: MetricRef, day: dt.date) -> float:
        """The value at the end of ``day``."""
        return self.value(ref, self.days[day])

    def baseline(self, ref: MetricRef) -> float:
        """A pair's baseline E0; for other metrics the value at the start."""
        if ref.metric is MetricKind.ESCALATION and ref.pair is not None:
            return self.baselines.get(dyad_key(*ref.pair), 0.0)
        return self.value(ref, self.start)

    def reference(self, cp: Checkpoint, ref_of: MetricRef, day: dt.date) -> tuple[float, str]:
        """The reference value of a checkpoint for ``day`` and how to name it."""
        if cp.ref == "start":
            return self.value(ref_of, self.start), "start"
        if cp.ref == "baseline":
            return self.baseline(ref_of), "baseline"
        if isinstance(cp.ref, dt.date):
            return self.on(ref_of, cp.ref), _d(cp.ref)
        before = day - dt.timedelta(days=self.scenario.turn_days)
        if before in self.days:
            return self.on(ref_of, before), _d(before)
        return self.value(ref_of, self.start), "start"


def _d(day: dt.date) -> str:
    return day.strftime("%d %b").lstrip("0")


def _f(x: float) -> str:
    return f"{x:.1f}"


def play_history(scenario: Scenario, seed: int = 0) -> Track:
    """Play the scenario's historical track headless and keep every day's state."""
    session = Session(scenario, seed=seed)
    start = session.state.copy()
    play(session, scenario.history or [])
    days = {scenario.date_of(r.turn): r.state for r in session.resolved()}
    return Track(scenario, start, days)


def _judge(cp: Checkpoint, track: Track) -> Verdict:
    first, last = cp.days()
    checked = [d for d in track.dates if first <= d <= last]
    if not checked:
        return Verdict(cp, False, f"no played day between {first} and {last}")
    values = [(d, track.on(cp, d)) for d in checked]
    if cp.test is Criterion.PEAKS:
        peak_day = max(track.dates, key=lambda d: (track.on(cp, d), -d.toordinal()))
        ok = first <= peak_day <= last
        return Verdict(cp, ok, f"peak {_f(track.on(cp, peak_day))} on {_d(peak_day)}")
    if cp.test is Criterion.RECOVERS:
        base = track.baseline(cp)
        fails, shown = [], []
        for d, v in values:
            upto = [track.on(cp, x) for x in track.dates if x <= d]
            peak = max(upto)
            given_back = (peak - v) / (peak - base) if peak > base else 1.0
            shown.append(f"{_d(d)} {_f(v)} ({given_back:.0%} of peak {_f(peak)} over {_f(base)})")
            if given_back < (cp.share or 0.0):
                fails.append(d)
        return Verdict(cp, not fails, _summary([d not in fails for d, _ in values], shown))
    oks, shown = [], []
    for d, v in values:
        ok, text = _compare(cp, track, d, v)
        oks.append(ok)
        shown.append(text)
    return Verdict(cp, all(oks), _summary(oks, shown))


def _summary(oks: list[bool], shown: list[str]) -> str:
    """Every day when there are few; else the failing days, or the first and the last."""
    if len(shown) <= 3:
        return "; ".join(shown)
    failing = [t for ok, t in zip(oks, shown, strict=True) if not ok]
    if failing:
        more = f" and {len(failing) - 3} more days" if len(failing) > 3 else ""
        return "fails on " + "; ".join(failing[:3]) + more
    return f"{shown[0]} … {shown[-1]} ({len(shown)} days)"


def _compare(cp: Checkpoint, track: Track, day: dt.date, v: float) -> tuple[bool, str]:
    ref, ref_name = track.reference(cp, cp, day)
    by = cp.by
    here = f"{_d(day)} {_f(v)}"
    match cp.test:
        case Criterion.RISES:
            rise = v - ref
            ok = rise >= by if by is not None else rise > 0
            return ok, f"{here}, {rise:+.1f} since {ref_name}"
        case Criterion.FALLS:
            drop = ref - v
            if cp.share is not None:
                need = cp.share * (ref - track.baseline(cp))
                return (
                    drop >= need and drop > 0,
                    f"{here}, {-drop:+.1f} since {ref_name} (needs {-need:+.1f})",
                )
            ok = drop >= by if by is not None else drop > 0
            return ok, f"{here}, {-drop:+.1f} since {ref_name}"
        case Criterion.ABOVE:
            return v > ref, f"{here} vs {_f(ref)} ({ref_name})"
        case Criterion.BELOW:
            return v < ref, f"{here} vs {_f(ref)} ({ref_name})"
        case Criterion.NOT_BELOW:
            return v >= ref - (by or 0.0) - NIL, f"{here} vs {_f(ref)} ({ref_name})"
        case Criterion.NOT_ABOVE:
            return v <= ref + (by or 0.0) + NIL, f"{here} vs {_f(ref)} ({ref_name})"
        case Criterion.ZERO:
            return v <= NIL, here
        case Criterion.NONZERO:
            return v > NIL, here
        case Criterion.RISES_LESS_THAN:
            other = cp.other or cp
            o_ref, _ = track.reference(cp, other, day)
            mine, theirs = v - ref, track.on(other, day) - o_ref
            return (
                mine < theirs,
                f"{here}, {mine:+.1f} vs {other.label(track.names)} {theirs:+.1f} since {ref_name}",
            )
        case Criterion.PEAKS | Criterion.RECOVERS:  # pragma: no cover - judged above
            raise AssertionError(cp.test)


def check_history(scenario: Scenario, seed: int = 0) -> list[Verdict]:
    """Play the historical track and judge every checkpoint of the scenario, in order."""
    if not scenario.expectations:
        return []
    track = play_history(scenario, seed)
    return [_judge(cp, track) for cp in scenario.expectations]


def verdict_line(v: Verdict) -> str:
    """``PASS|FAIL name: measured values``."""
    return f"{'PASS' if v.passed else 'FAIL'} {v.checkpoint.name}: {v.measured}"
