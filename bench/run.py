"""`make bench`: measure the engine, loading and seeking; print one JSON object of figures."""

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

import wargame.core  # noqa: E402
from bench.room import bench_room  # noqa: E402
from wargame.analysis.forecast import Spec, forecast, policies_for  # noqa: E402
from wargame.core.bots import RandomPolicy  # noqa: E402
from wargame.core.engine import Engine  # noqa: E402
from wargame.core.enums import Decision, Phase  # noqa: E402
from wargame.core.events import (  # noqa: E402
    InjectFired,
    MoveAdjudicated,
    MoveSubmitted,
    Override,
    PhaseAdvanced,
)
from wargame.core.playbook import adjudication_for  # noqa: E402
from wargame.core.scenario import Move, TurnMoves  # noqa: E402
from wargame.session.headless import play  # noqa: E402
from wargame.session.persist import from_save, to_save  # noqa: E402
from wargame.session.session import Session  # noqa: E402
from wargame.storage.files import load_save, load_scenario, write_save  # noqa: E402
from wargame.storage.formats import MovesFile  # noqa: E402
from wargame.ui.app import init_application  # noqa: E402
from wargame.ui.files import Autosaver  # noqa: E402
from wargame.ui.mainwindow import MainWindow  # noqa: E402

SCENARIO = ROOT / "assets" / "scenarios" / "iran_pakistan_2024.json"
ADVANCE = PhaseAdvanced()
ROLLS = [MoveAdjudicated(i, Decision.ROLL, reason="dice") for i in range(64)]
"""The rulings of a turn: events are values, built once like ADVANCE (the Outlook's
rollouts do the same), so the engine's figure does not count building them."""


def random_turn(engine, policy, state, rng, apply):
    """Play one turn in place with every actor making a random legal move; ``apply`` is the
    engine's fold (the hot path: replays, forecasts) or a recording step."""
    apply(state, ADVANCE)
    for actor in engine.world.ids:
        rng, action, target = policy.pick(state, actor, rng)
        apply(state, MoveSubmitted(actor, action, target))
    apply(state, ADVANCE)
    for i in range(len(state.pending)):
        apply(state, ROLLS[i])
    apply(state, ADVANCE)  # resolution: every move and the dynamics
    apply(state, ADVANCE)  # review
    apply(state, ADVANCE)  # next turn's injects
    return rng


def bench_engine(scenario, seconds=2.0):
    """Turns a second on the hot path (the fold, no provenance); then the same turns again
    with every step recording its provenance, which counts the effects applied."""
    engine = Engine(scenario)
    policy = RandomPolicy(engine.world)
    state = engine.initial_state(1)
    rng, turns = 12345, 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for _ in range(50):
            rng = random_turn(engine, policy, state, rng, engine.fold)
            turns += 1
    elapsed = time.perf_counter() - start
    effects = 0

    def record(st, event):
        nonlocal effects
        effects += sum(c.meter != "ruling" for c in engine.step(st, event))

    state, rng = engine.initial_state(1), 12345
    start = time.perf_counter()
    for _ in range(turns):
        rng = random_turn(engine, policy, state, rng, record)
    recorded = time.perf_counter() - start
    return turns / elapsed, elapsed / max(effects, 1), effects, turns / recorded


def bench_dict_limit(n):
    """Cost of one plain dict update (read, add, write), the floor for an effect."""
    d = {f"k{i}": float(i) for i in range(64)}
    keys = list(d)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for i in range(n):
            k = keys[i & 63]
            d[k] = d[k] + 0.5
        best = min(best, time.perf_counter() - start)
    return best / n


def random_session(scenario, turns, seed=7):
    session = Session(scenario, seed)
    policy = RandomPolicy(session.engine.world)
    rng = seed
    for _ in range(turns):
        session.dispatch(ADVANCE)
        for actor in session.engine.world.ids:
            rng, action, target = policy.pick(session.state, actor, rng)
            session.dispatch(MoveSubmitted(actor, action, target))
        session.dispatch(ADVANCE)
        for i in range(len(session.state.pending)):
            session.dispatch(MoveAdjudicated(i, Decision.ROLL, reason="dice"))
        session.dispatch(ADVANCE)
        session.dispatch(ADVANCE)
        session.dispatch(ADVANCE)
    return session


def bench_load(path, repeats=7):
    data = path.read_bytes()
    loads = []
    for _ in range(repeats):
        start = time.perf_counter()
        load_save(path)
        loads.append(time.perf_counter() - start)
    raw = []
    for _ in range(repeats):
        start = time.perf_counter()
        json.loads(data)
        raw.append(time.perf_counter() - start)
    return statistics.median(loads), statistics.median(raw), len(data)


def bench_seek(path, samples=300):
    session = from_save(load_save(path), verify=False)
    resolved_at = [r.index for r in session.resolved()]
    session.seek(0)
    rnd = random.Random(5)
    times = []
    for _ in range(samples):
        target = rnd.choice(resolved_at) - rnd.randrange(0, 12)
        start = time.perf_counter()
        session.seek(max(target, 0))
        _ = session.state.escalation
        times.append(time.perf_counter() - start)
    times.sort()
    return times[int(0.95 * len(times)) - 1]


def bench_gui(scenario, samples=120):
    """GUI start-up against a bare QMainWindow, and dispatch-to-redraw latency."""
    QStandardPaths.setTestModeEnabled(True)
    app = init_application([])
    starts, bares = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(5):
            start = time.perf_counter()
            bare = QMainWindow()
            bare.resize(1600, 1000)
            bare.show()
            app.processEvents()
            bares.append(time.perf_counter() - start)
            bare.close()
            start = time.perf_counter()
            window = MainWindow(Session(scenario, i), Autosaver(Path(tmp)))
            window.resize(1600, 1000)
            window.show()
            app.processEvents()
            starts.append(time.perf_counter() - start)
            if i < 4:
                window.close()
                window.deleteLater()
                app.processEvents()
        session = window.session
        times = []
        for k in range(samples):
            event = Override("escalation", float(20 + k % 50), "bench", dyad=("IRN", "PAK"))
            start = time.perf_counter()
            session.dispatch(event)  # every view redraws from the change notice
            QApplication.processEvents()
            times.append(time.perf_counter() - start)
        window._saved_mark = window._mark()
        window.close()
    times.sort()
    start_s, bare_s = statistics.median(starts), statistics.median(bares)
    return start_s, bare_s, times[int(0.95 * len(times)) - 1]


def bench_forecast(scenario, runs=1000):
    """12-turn rollouts of the default scenario from 18 January, 1,000 of them (the size of
    the console's Outlook): on 2 processes, and the speed-up of 2 over 1."""
    session = Session(scenario, 0)
    play(session, scenario.history[:4])
    start = session.resolved()[-1].state
    spec = Spec(horizon=12, runs=runs, seed=1)
    timings = {}
    for workers in (1, 2):
        t = time.perf_counter()
        forecast(scenario, start, spec, workers=workers, start_method="fork")
        timings[workers] = time.perf_counter() - t
    return runs / timings[2], timings[1] / timings[2]


def bench_outlook_realism(scenario):
    """What the Outlook says from real states (200 rollouts, 12 days, scenario doctrines):
    from 18 January 2024; after mutual restraint on 17 January; from each other bundled
    crisis's peak day."""
    session = Session(scenario, 0)
    play(session, scenario.history)
    track = {r.turn: r.state for r in session.resolved()}

    def outlook(scn, start):
        spec = Spec(horizon=12, runs=200, seed=0, policies=policies_for(start))
        return forecast(scn, start, spec, workers=2, start_method="fork")

    jan18 = outlook(scenario, track[3])
    restraint = Session(scenario, 0)
    play(restraint, scenario.history[:2])
    both = [
        Move(actor=a, action="call_for_de_escalation", target=t)
        for a, t in (("PAK", "IRN"), ("IRN", "PAK"))
    ]
    play(restraint, [TurnMoves(moves=both)])
    calm = outlook(scenario, restraint.resolved()[-1].state)
    figures = {
        "outlook_18jan_median_26jan": round(jan18.quantiles["global"][8][2], 1),
        "history_26jan_global": round(track[11].global_escalation, 1),
        "outlook_18jan_p_war_or_worse": jan18.at_least("war"),
        "outlook_18jan_p_nuclear": jan18.at_least("nuclear"),
        "outlook_restraint_p_war_or_worse": calm.at_least("war"),
    }
    for path in sorted(SCENARIO.parent.glob("*.json")):
        scn = load_scenario(path)
        if scn.id == scenario.id:
            continue
        s = Session(scn, 0)
        play(s, scn.history)
        peak = max(s.resolved(), key=lambda r: r.state.global_escalation)
        week = outlook(scn, peak.state).quantiles["global"][6][2]
        figures[f"outlook_{scn.id}_peak_global"] = round(peak.state.global_escalation, 1)
        figures[f"outlook_{scn.id}_median_a_week_on"] = round(week, 1)
    return figures


def long_moves(scenario, turns, seed=0):
    """A moves file of ``turns`` random plausible legal moves for every actor, as
    ``wargame run`` plays them (rolled where the action has a chance)."""
    engine = Engine(scenario)
    policy, world, fold = RandomPolicy(engine.world), engine.world, engine.fold
    state, rng = engine.initial_state(seed), seed + 99
    out = []
    for _ in range(turns):
        while state.phase in (Phase.RESOLUTION, Phase.REVIEW):
            fold(state, ADVANCE)
        for inject in engine.due_injects(state):
            fold(state, InjectFired(inject.id))
        fold(state, ADVANCE)
        moves = []
        for actor in world.ids:
            rng, action, target = policy.pick(state, actor, rng)
            moves.append(Move(actor=actor, action=action, target=target))
            fold(state, MoveSubmitted(actor, action, target))
        fold(state, ADVANCE)
        for i, move in enumerate(moves):
            fold(state, adjudication_for(world, i, move))
        fold(state, ADVANCE)
        out.append(TurnMoves(moves=moves))
    return MovesFile(scenario=scenario.id, turns=out)


MEASURED = (
    "import json, sys\n"
    "from wargame.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1]\n"
    "print(json.dumps({'mb': int(peak) / 1024}), file=sys.stderr)\n"
    "sys.exit(code)\n"
)
"""A command-line run that reports its peak resident memory (MB, Linux: ``VmHWM``, which
starts afresh with the process, unlike ``ru_maxrss``, which a forked child inherits) as
its last line."""


def command(*args):
    """Wall seconds and peak MB of one ``wargame`` command in a fresh process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    elapsed = time.perf_counter() - start
    return elapsed, json.loads(done.stderr.strip().splitlines()[-1])["mb"]


def bench_long(turns=10_000):
    """``wargame run`` of a ``turns``-turn moves file, then ``validate`` and ``replay`` of
    the save it writes: wall seconds and peak memory of each, in a fresh process."""
    scenario = load_scenario(SCENARIO)
    with tempfile.TemporaryDirectory() as tmp:
        moves, save = Path(tmp) / "moves.json", Path(tmp) / "save.json"
        moves.write_text(long_moves(scenario, turns).model_dump_json(exclude_defaults=True))
        run = command("run", SCENARIO, "--moves", moves, "--out", save)
        validate = command("validate", save)
        replay = command("replay", save)
        size = save.stat().st_size
    return run, validate, replay, size


def main():
    scenario = load_scenario(SCENARIO)
    turns_per_s, per_effect, effects, recorded_per_s = bench_engine(scenario)
    per_dict = bench_dict_limit(200_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.json"
        session = random_session(scenario, 1000)
        write_save(path, to_save(session))
        load_s, json_s, size = bench_load(path)
        seek_s = bench_seek(path)
    gui_start, bare_start, update = bench_gui(scenario)
    room = bench_room()  # players' devices: 50 clients for 60 s against the console
    rollouts, scaling = bench_forecast(scenario)
    run, validate, replay, long_size = bench_long()
    figures = {
        "engine_compiled": wargame.core.COMPILED,
        "engine_turns_per_s": round(turns_per_s),
        "engine_recorded_turns_per_s": round(recorded_per_s),
        "engine_effects_measured": effects,
        "engine_us_per_effect": round(per_effect * 1e6, 3),
        "dict_update_us": round(per_dict * 1e6, 4),
        "engine_vs_limit_ratio": round(per_effect / per_dict, 1),
        "save_bytes_1000_turns": size,
        "load_ms_1000_turns": round(load_s * 1e3, 1),
        "json_loads_ms_same_bytes": round(json_s * 1e3, 1),
        "load_vs_json_ratio": round(load_s / json_s, 2),
        "seek_ms_p95": round(seek_s * 1e3, 2),
        "gui_start_ms": round(gui_start * 1e3, 1),
        "bare_window_start_ms": round(bare_start * 1e3, 1),
        "gui_start_vs_bare_ratio": round(gui_start / bare_start, 1),
        "meter_update_ms_p95": round(update * 1e3, 2),
        "forecast_rollouts_per_s": round(rollouts, 1),
        "forecast_scaling_2_workers": round(scaling, 2),
        "save_bytes_10000_turns": long_size,
        "run_s_10000_turns": round(run[0], 2),
        "run_mb_10000_turns": round(run[1]),
        "validate_s_10000_turns": round(validate[0], 2),
        "validate_mb_10000_turns": round(validate[1]),
        "replay_s_10000_turns": round(replay[0], 2),
        "replay_mb_10000_turns": round(replay[1]),
        **room,
        **bench_outlook_realism(scenario),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
