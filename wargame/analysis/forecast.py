"""Outlook: many rollouts forward from a state with bot policies, summarised by quantiles.

Each rollout depends only on (seed, run index), so the summary is the same whatever the
number of worker processes.
"""

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from wargame.core import dice
from wargame.core.bots import Doctrine, RandomPolicy, doctrine_move
from wargame.core.engine import Engine
from wargame.core.enums import Controller, Decision, Phase
from wargame.core.errors import CursorError
from wargame.core.escalation import band_of
from wargame.core.events import InjectFired, MoveAdjudicated, MoveSubmitted, PhaseAdvanced
from wargame.core.legal import legal_moves
from wargame.core.scenario import Scenario
from wargame.core.sealing import withdrawn_moves
from wargame.core.state import State
from wargame.session.session import Session

QUANTILES = (5, 25, 50, 75, 95)
BATCH = 10
"""Most rollouts between two progress reports."""
HISTORICAL = "historical"
"""Policy name: pick among the actor's past moves in the session, weighted by use."""


@dataclass(frozen=True)
class Spec:
    """What to forecast."""

    horizon: int = 12
    """Turns to play forward."""
    runs: int = 200
    """Number of rollouts."""
    seed: int = 0
    """Master seed; run k uses a seed derived from (seed, k)."""
    policies: dict[str, str] = field(default_factory=dict)
    """Actor -> doctrine (reciprocity, hawk, dove, tit_for_tat) or ``historical``; an actor
    left out plays the doctrine its scenario gives it."""
    habits: dict[str, dict[str, int]] = field(default_factory=dict)
    """Actor -> action id -> times used so far (for the historical policy)."""
    tremble: float = 0.05
    """Chance that an actor departs from its policy and picks any legal move (the spread)."""


@dataclass(frozen=True)
class Rollout:
    """One run: meters per turn and the first moves."""

    global_: list[float]
    escalation: dict[str, list[float]]
    deterrence: dict[str, list[float]]
    first_moves: list[tuple[str, str, str | None, str]]


def run_seed(seed: int, index: int) -> int:
    """The dice state of run ``index``."""
    _, value = dice.next_u64((seed * 0x9E3779B97F4A7C15 + index) & ((1 << 64) - 1))
    return value


def _doctrines(engine: Engine, spec: Spec) -> dict[str, Doctrine | None]:
    """Actor -> the doctrine it plays in the rollouts, or None for the historical policy
    (an actor with habits; it falls back to its scenario's doctrine)."""
    out: dict[str, Doctrine | None] = {}
    for actor, given in engine.world.doctrine.items():
        policy = spec.policies.get(actor) or given.value
        if policy == HISTORICAL and spec.habits.get(actor):
            out[actor] = None
            continue
        try:
            out[actor] = Doctrine(policy)
        except ValueError:
            out[actor] = given
    return out


def _choose(
    engine: Engine,
    state: State,
    actor: str,
    spec: Spec,
    anything: RandomPolicy,
    doctrine: Doctrine | None,
) -> tuple[str, str | None]:
    state.rng, u = dice.uniform(state.rng)
    if u < spec.tremble:
        state.rng, action, target = anything.pick(state, actor, state.rng)
        return action, target
    if doctrine is None:
        habits = spec.habits[actor]
        legal = [(a, t) for a, t in legal_moves(engine.world, state, actor) if a in habits]
        if legal:
            weights = [habits[a] for a, _ in legal]
            state.rng, u = dice.uniform(state.rng)
            pick = u * sum(weights)
            for move, w in zip(legal, weights, strict=True):
                pick -= w
                if pick < 0:
                    return move
            return legal[-1]
        doctrine = engine.world.doctrine[actor]
    return doctrine_move(engine.world, state, actor, doctrine)


def rollout(
    engine: Engine, start: State, spec: Spec, index: int, anything: RandomPolicy | None = None
) -> Rollout:
    """Play ``spec.horizon`` turns forward from ``start`` (a resolved or fresh state)."""
    anything = anything or RandomPolicy(engine.world)
    state = start.copy()
    state.rng = run_seed(spec.seed, index)
    step = engine.fold  # a rollout needs the states, never the provenance
    advance = PhaseAdvanced()
    glob: list[float] = []
    esc_rows: list[list[float]] = []  # a row per turn, turned into a series per pair below
    det_rows: list[list[float]] = []
    first: list[tuple[str, str, str | None, str]] = []
    doctrines = _doctrines(engine, spec)
    rulings = [MoveAdjudicated(i, Decision.ROLL, reason="forecast") for i in range(8)]
    for turn in range(spec.horizon):
        while state.phase is not Phase.INJECTS:
            step(state, advance)
        for inject in engine.due_injects(state):
            step(state, InjectFired(inject.id))
        step(state, advance)
        for actor in engine.world.ids:
            action, target = _choose(engine, state, actor, spec, anything, doctrines[actor])
            step(state, MoveSubmitted(actor, action, target))
        step(state, advance)
        while len(rulings) < len(state.pending):
            rulings.append(MoveAdjudicated(len(rulings), Decision.ROLL, reason="forecast"))
        for i in range(len(state.pending)):
            step(state, rulings[i])  # events are values: the same ruling serves every turn
        step(state, advance)
        if turn == 0:
            first = [
                (m.actor, m.action, m.target, m.outcome.value if m.outcome else "")
                for m in state.pending
                if m.action != "pass"
            ]
        glob.append(state.global_escalation)
        esc_rows.append(list(state.escalation.values()))
        det_rows.append([m["deterrence"] for m in state.meters.values()])
    return Rollout(
        glob, _series(state.escalation, esc_rows), _series(state.meters, det_rows), first
    )


def _series(keys: Iterable[str], rows: list[list[float]]) -> dict[str, list[float]]:
    """Key -> its value turn by turn, from one row of values (in key order) per turn."""
    columns = list(zip(*rows, strict=True)) if rows else []
    return {k: list(columns[i]) if columns else [] for i, k in enumerate(keys)}


_PLAYERS: dict[str, tuple[Engine, RandomPolicy]] = {}
"""Scenario JSON -> its engine and random policy, built once per worker process (their
legal-move tables fill as the rollouts go, and serve every later batch)."""


def _players(scenario_json: str) -> tuple[Engine, RandomPolicy]:
    found = _PLAYERS.get(scenario_json)
    if found is None:
        engine = Engine(Scenario.model_validate_json(scenario_json))
        found = (engine, RandomPolicy(engine.world))
        _PLAYERS.clear()  # one scenario at a time: an old one is not kept alive
        _PLAYERS[scenario_json] = found
    return found


def _batch(args: tuple[str, State, Spec, list[int]]) -> list[Rollout]:
    scenario_json, start, spec, indices = args
    engine, anything = _players(scenario_json)
    return [rollout(engine, start, spec, i, anything) for i in indices]


_WORKER_SCENARIO: list[str] = []
"""The scenario JSON of a local worker process, set once by :func:`_worker_init`."""


def _worker_init(scenario_json: str) -> None:
    """A local worker receives the scenario once, not with every batch."""
    _WORKER_SCENARIO[:] = [scenario_json]
    _players(scenario_json)


def _local_batch(args: tuple[State, Spec, list[int]]) -> list[Rollout]:
    start, spec, indices = args
    return _batch((_WORKER_SCENARIO[0], start, spec, indices))


@dataclass(frozen=True)
class Summary:
    """Quantiles per turn, band probabilities and the most frequent first moves."""

    start_turn: int
    """Turn the forecast starts after."""
    runs: int
    """Rollouts summarised."""
    quantiles: dict[str, list[list[float]]]
    """Series (``global``, ``esc:DYAD``, ``det:ACTOR``) -> per turn [q5, q25, q50, q75, q95]."""
    highest_band: dict[str, float]
    """Band name -> share of runs whose highest global escalation within the horizon falls
    in that band (the shares add up to 1)."""
    first_moves: list[tuple[str, int, dict[str, int]]]
    """('ACTOR action -> TARGET', count, outcome -> count), most frequent first."""

    def at_least(self, band: str) -> float:
        """Share of runs whose highest global escalation reached ``band`` or above."""
        names = list(self.highest_band)
        return sum(self.highest_band[n] for n in names[names.index(band) :])

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "start_turn": self.start_turn,
            "runs": self.runs,
            "quantiles": self.quantiles,
            "highest_band": self.highest_band,
            "first_moves": [{"move": m, "count": n, "outcomes": o} for m, n, o in self.first_moves],
        }


def summarise(scenario: Scenario, start: State, runs: list[Rollout]) -> Summary:
    """Fold rollouts (in run order) into a :class:`Summary`."""

    def q(rows: list[list[float]]) -> list[list[float]]:
        arr = np.array(rows, dtype=np.float64)
        return [
            [round(float(v), 6) for v in col] for col in np.percentile(arr, QUANTILES, axis=0).T
        ]

    quantiles = {"global": q([r.global_ for r in runs])}
    for k in start.escalation:
        quantiles[f"esc:{k}"] = q([r.escalation[k] for r in runs])
    for a in start.meters:
        quantiles[f"det:{a}"] = q([r.deterrence[a] for r in runs])
    bands = scenario.params.bands
    peaks = [max(r.global_) for r in runs]
    tops = Counter(band_of(bands, p).name for p in peaks)
    highest_band = {b.name: round(tops[b.name] / len(runs), 6) for b in bands}
    counts: Counter[str] = Counter()
    outcomes: dict[str, Counter[str]] = {}
    for r in runs:
        for actor, action, target, outcome in r.first_moves:
            key = f"{actor} {action}" + (f" -> {target}" if target else "")
            counts[key] += 1
            outcomes.setdefault(key, Counter())[outcome] += 1
    first = [
        (k, n, dict(sorted(outcomes[k].items())))
        for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
    ]
    return Summary(start.turn, len(runs), quantiles, highest_band, first)


def _forecast_on_dask(
    scenario: Scenario,
    start: State,
    spec: Spec,
    address: str,
    progress: Callable[[int, int], bool] | None,
) -> Summary | None:
    """The same batches on a Dask distributed cluster (``pip install wargame[cluster]``)."""
    try:
        from distributed import Client, as_completed  # noqa: PLC0415 - optional extra
    except ImportError as exc:
        raise RuntimeError(
            "the Dask backend needs the optional extra: pip install 'wargame[cluster]'"
        ) from exc
    report = progress or (lambda _d, _t: True)
    scenario_json = scenario.model_dump_json()
    batches = list(_chunks(spec.runs, -(-spec.runs // BATCH)))
    done: dict[int, list[Rollout]] = {}
    try:
        client = Client(address)  # type: ignore[no-untyped-call]
    except (ValueError, TypeError) as exc:  # an address Dask cannot parse
        raise RuntimeError(f"cannot use the Dask scheduler {address!r}: {exc}") from exc
    with client:
        futures = {
            client.submit(_batch, (scenario_json, start, spec, indices), pure=False): b
            for b, indices in enumerate(batches)
        }
        for future in as_completed(list(futures)):  # type: ignore[no-untyped-call]
            done[futures[future]] = future.result()
            if not report(sum(len(v) for v in done.values()), spec.runs):
                client.cancel(list(futures))  # type: ignore[no-untyped-call]
                return None
    runs = [r for b in sorted(done) for r in done[b]]
    return summarise(scenario, start, runs)


def _chunks(n: int, parts: int) -> Iterator[list[int]]:
    size = max(1, -(-n // parts))
    for lo in range(0, n, size):
        yield list(range(lo, min(n, lo + size)))


def forecast(
    scenario: Scenario,
    start: State,
    spec: Spec,
    workers: int | None = None,
    progress: Callable[[int, int], bool] | None = None,
    dask: str | None = None,
    start_method: str = "spawn",
) -> Summary | None:
    """Run the rollouts (in ``workers`` processes; 1 runs here; or on the Dask cluster at
    address ``dask``) and summarise them.

    ``progress(done, total)`` is called as batches finish; returning False cancels the
    remaining batches and the function returns None. Worker processes are spawned by
    default (safe beside a GUI's threads); a single-threaded caller may pass "fork",
    which starts them much faster.
    """
    if dask is not None:
        return _forecast_on_dask(scenario, start, spec, dask, progress)
    workers = workers or os.cpu_count() or 1
    scenario_json = scenario.model_dump_json()
    # small batches: progress and cancellation every few rollouts
    batches = list(_chunks(spec.runs, max(max(1, workers) * 4, -(-spec.runs // BATCH))))
    done: dict[int, list[Rollout]] = {}
    report = progress or (lambda _d, _t: True)
    if workers <= 1 or start_method == "fork":
        engine, anything = _players(scenario_json)  # forked workers inherit it, warm
    if workers <= 1:
        for b, indices in enumerate(batches):
            done[b] = [rollout(engine, start, spec, i, anything) for i in indices]
            if not report(sum(len(v) for v in done.values()), spec.runs):
                return None
    else:
        context = multiprocessing.get_context(start_method)
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_worker_init,
            initargs=(scenario_json,),
        ) as pool:
            futures = {
                pool.submit(_local_batch, (start, spec, indices)): b
                for b, indices in enumerate(batches)
            }
            for future in as_completed(futures):
                done[futures[future]] = future.result()
                if not report(sum(len(v) for v in done.values()), spec.runs):
                    for f in futures:
                        f.cancel()
                    return None
    runs = [r for b in sorted(done) for r in done[b]]
    return summarise(scenario, start, runs)


def policies_for(state: State) -> dict[str, str]:
    """Bots keep the doctrine they were given in the session; every other actor plays the
    doctrine its scenario gives it (left out of the mapping)."""
    return {a: who for a, (c, who) in state.control.items() if c is Controller.BOT and who}


def habits_of(events: list[Any]) -> dict[str, dict[str, int]]:
    """Actor -> action -> times submitted, from a log (for the historical policy); a move
    its team withdrew is not a habit (and must not leak into the outlook)."""
    out: dict[str, Counter[str]] = {}
    withdrawn = withdrawn_moves(events)
    for i, e in enumerate(events):
        if isinstance(e, MoveSubmitted) and e.action != "pass" and i not in withdrawn:
            out.setdefault(e.actor, Counter())[e.action] += 1
    return {a: dict(c) for a, c in out.items()}


def start_of(session: Session, turn: int | None = None) -> tuple[State, int]:
    """Where an outlook starts: the state right after ``turn`` resolved (default: the
    last resolved turn, or the start when none has) and its position in the log.

    Raises :class:`~wargame.core.errors.CursorError` when ``turn`` was never resolved."""
    resolved = session.resolved()
    if turn is not None:
        matching = [r for r in resolved if r.turn == turn]
        if not matching:
            raise CursorError(f"turn {turn} was never resolved in this session")
        return matching[-1].state, matching[-1].index
    if resolved:
        return resolved[-1].state, resolved[-1].index
    return session.engine.initial_state(session.seed), 0


def spec_for(
    session: Session,
    upto: int,
    *,
    horizon: int,
    runs: int,
    seed: int,
    historical: bool = False,
) -> Spec:
    """The outlook's policies from a session (the console and the command line both ask
    here): bots keep the doctrine the session gave them; the others play the doctrine
    their scenario gives them, or (``historical``) repeat their own moves so far."""
    state = session.state_at(upto)
    policies = policies_for(state)
    if historical:
        for actor in state.control:
            policies.setdefault(actor, HISTORICAL)
    return Spec(
        horizon=horizon,
        runs=runs,
        seed=seed,
        policies=policies,
        habits=habits_of(list(session.log[:upto])),
    )
