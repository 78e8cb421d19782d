"""Headless command line: validate, check, run, replay, report, export, msel, forecast,
serve, schema; ``gui`` opens the console."""

import argparse
import asyncio
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from wargame import logs
from wargame.about import LICENCE, components, version_line
from wargame.analysis.checkpoints import check_history, verdict_line
from wargame.analysis.forecast import Summary, forecast, spec_for, start_of
from wargame.analysis.report import render_report
from wargame.analysis.tables import TablesError, export_tables
from wargame.analysis.timeline import turn_record
from wargame.analysis.track_problems import history_problem, track_problem
from wargame.core.errors import CursorError, ReplayError
from wargame.core.scenario import Scenario, TurnMoves
from wargame.core.state import State
from wargame.i18n import ngettext
from wargame.resources import DEFAULT_SCENARIO
from wargame.server.serve import default_out, parse_bind, serve
from wargame.session.documents import open_document
from wargame.session.headless import ScriptError, play
from wargame.session.persist import to_save, verify_save
from wargame.session.session import Session
from wargame.storage.atomic import atomic_write
from wargame.storage.files import (
    FileKind,
    detect_kind,
    load_moves,
    load_scenario,
    moves_from_doc,
    quick_save,
    read_save,
    save_from_doc,
    scenario_from_doc,
    write_save,
)
from wargame.storage.msel import MselError, read_msel, scenario_bytes, scenario_source, write_msel
from wargame.storage.problems import InvalidFileError, parse_json, read_bytes
from wargame.storage.schema import json_schema

EXIT_OK, EXIT_INVALID, EXIT_MISMATCH, EXIT_INTERNAL, EXIT_FAILED = 0, 2, 3, 1, 4


def _err(line: str) -> None:
    print(line, file=sys.stderr)


def _problems(exc: InvalidFileError, file: str) -> int:
    exc.file = exc.file or file
    for line in exc.lines():
        _err(line)
    return EXIT_INVALID


def cmd_validate(args: argparse.Namespace) -> int:
    """Check a scenario, save or moves file; one line per problem."""
    path = str(args.file)
    note = ""
    try:
        quick = quick_save(Path(args.file))  # a clean save of this schema, in one pass
        doc = None if quick is not None else parse_json(read_bytes(Path(args.file)))
        kind = FileKind.SAVE if quick is not None else detect_kind(doc)
        if kind is FileKind.SCENARIO:
            found = history_problem(scenario_from_doc(doc))
            if found is not None:
                _err(f"{path}: {found[0]}: {found[1]}")
                return EXIT_INVALID
        elif kind is FileKind.MOVES:
            moves_from_doc(doc)
        else:
            save = quick or save_from_doc(doc)
            verify_save(save)
            if save.legacy_schema is not None:
                note = f" (schema {save.legacy_schema}: no tamper evidence, its log replays)"
    except InvalidFileError as exc:
        return _problems(exc, path)
    except ReplayError as exc:
        _err(f"{path}: {exc.path}: {exc}")
        return EXIT_INVALID
    print(f"{path}: valid {kind.value} file{note}")
    return EXIT_OK


def _track_line(
    file: str, scenario: Scenario, turns: list[TurnMoves], exc: ScriptError, source: str = ""
) -> str:
    """``FILE: $.history[2].moves[1]: 17 January 2024, move 2 (…): why``."""
    path, message = track_problem(scenario, turns, exc, source or "$.history")
    return f"{file}: {path}: {message}"


def cmd_check(args: argparse.Namespace) -> int:
    """Play a scenario's history and judge its checkpoints: one PASS/FAIL line each."""
    try:
        scenario = load_scenario(Path(args.scenario))
    except InvalidFileError as exc:
        return _problems(exc, str(args.scenario))
    if scenario.history is None or not scenario.expectations:
        _err(f"{args.scenario}: $.expectations: this scenario has no historical checkpoints")
        return EXIT_INVALID
    try:
        verdicts = check_history(scenario)
    except ScriptError as exc:
        _err(_track_line(str(args.scenario), scenario, scenario.history, exc))
        return EXIT_INVALID
    for v in verdicts:
        print(verdict_line(v))
    failed = sum(not v.passed for v in verdicts)
    print(f"{len(verdicts) - failed} of {len(verdicts)} checkpoints hold")
    return EXIT_FAILED if failed else EXIT_OK


def _print_records(scenario: Scenario, session: Session) -> None:
    for r in session.resolved():
        print(json.dumps(turn_record(scenario, r.state), ensure_ascii=False), flush=False)
    sys.stdout.flush()


def cmd_run(args: argparse.Namespace) -> int:
    """Play a scenario headless from its history or a moves file and write a save."""
    try:
        scenario = load_scenario(Path(args.scenario))
        if args.history:
            if scenario.history is None:
                _err(f"{args.scenario}: $.history: this scenario has no historical track")
                return EXIT_INVALID
            turns: list[TurnMoves] = scenario.history
            source = "$.history"
        else:
            moves = load_moves(Path(args.moves))
            if moves.scenario != scenario.id:
                _err(
                    f"{args.moves}: $.scenario: moves are for {moves.scenario!r}, "
                    f"not {scenario.id!r}"
                )
                return EXIT_INVALID
            turns = moves.turns
            source = "$.turns"
    except InvalidFileError as exc:
        return _problems(exc, "")
    session = Session(scenario, args.seed)
    try:
        play(session, turns)
    except ScriptError as exc:
        where = args.scenario if args.history else args.moves
        _err(_track_line(str(where), scenario, turns, exc, source))
        return EXIT_INVALID
    out = _default_out(scenario.id, Path(args.out) if args.out else Path("saves"))
    if args.out and not _is_folder(args.out):
        out = Path(args.out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_save(out, to_save(session))
    except OSError as exc:
        _err(f"{out}: cannot write save: {exc.strerror or exc}")
        return EXIT_INVALID
    if args.jsonl:
        _print_records(scenario, session)
    else:
        print(f"played {len(turns)} turns of {scenario.id}; saved to {out}")
    return EXIT_OK


def _default_out(scenario_id: str, folder: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{scenario_id}-{stamp}.json"


def _is_folder(out: str) -> bool:
    """Whether ``--out`` names a folder: it ends with a separator or is one already."""
    ends = ("/", "\\") if sys.platform == "win32" else ("/",)
    return out.endswith(ends) or Path(out).is_dir()


def cmd_replay(args: argparse.Namespace) -> int:
    """Re-derive every turn of a save (every branch) from its log and prove the record."""
    path = str(args.save)
    try:
        save = read_save(Path(args.save))
    except InvalidFileError as exc:
        return _problems(exc, path)

    def print_turn(branch: str, state: State) -> None:
        if branch == save.branch:
            print(json.dumps(turn_record(save.scenario, state), ensure_ascii=False))

    try:
        turns = verify_save(save, on_resolved=print_turn if args.jsonl else None)
    except ReplayError as exc:
        _err(f"{path}: {exc.path}: the save departs from its record: {exc}")
        return EXIT_MISMATCH
    if args.jsonl:
        return EXIT_OK
    if save.migrated_from is not None:
        print(
            f"{path}: written under schema {save.migrated_from} and older rules: every event "
            "and every roll replayed; the meters are recomputed under the current rules "
            "(save it again to record their digests)"
        )
    else:
        print(f"{path}: {turns} turns replayed, every digest matches")
    if save.legacy_schema is not None:
        print(
            f"{path}: written under schema {save.legacy_schema}, before saves carried tamper "
            "evidence: edits to its notes, bookmarks or a cut at the end cannot be told "
            "(save it again to add the evidence)"
        )
    else:
        print(f"{path}: tamper evidence intact: chain over the turns, rulings, notes and bookmarks")
    return EXIT_OK


def _open_session(path: str, seed: int, saves_only: bool = False) -> Session | int:
    """A proved session from a save (or a fresh one from a scenario), at the end of its
    log; or the exit status after saying what is wrong."""
    try:
        session = open_document(Path(path), seed, saves_only=saves_only).session
    except InvalidFileError as exc:
        return _problems(exc, path)
    except ReplayError as exc:
        _err(f"{path}: {exc.path}: the save does not reproduce: {exc}")
        return EXIT_MISMATCH
    session.seek(len(session.log))
    return session


def cmd_report(args: argparse.Namespace) -> int:
    """Write the after-action report of a save as one self-contained HTML file."""
    if _is_folder(args.output):
        _err(f"{args.output}: is a folder: give the HTML file to write (e.g. report.html in it)")
        return EXIT_INVALID
    session = _open_session(str(args.save), 0, saves_only=True)
    if isinstance(session, int):
        return session
    out = Path(args.output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, render_report(session).encode())
    except OSError as exc:
        _err(f"{out}: cannot write report: {exc.strerror or exc}")
        return EXIT_INVALID
    print(f"after-action report written to {out}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write the analysts' tables of a save into a folder."""
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        _err(f"{out}: is a file: give the folder to write the tables into")
        return EXIT_INVALID
    session = _open_session(str(args.save), 0, saves_only=True)
    if isinstance(session, int):
        return session
    try:
        paths = export_tables(session, out)
    except TablesError as exc:
        _err(str(exc))
        return EXIT_INVALID
    print(f"tables written to {out}: {', '.join(p.name for p in paths)}")
    return EXIT_OK


def cmd_msel_import(args: argparse.Namespace) -> int:
    """Replace a scenario's injects by those of an MSEL spreadsheet; write the scenario
    only when every row reads."""
    try:
        source = scenario_source(Path(args.scenario))
    except InvalidFileError as exc:
        return _problems(exc, str(args.scenario))
    read = read_msel(Path(args.file), source.scenario)
    for line in read.warnings:
        _err(f"{args.file}: warning: {line}")
    for line in read.problems:
        _err(f"{args.file}: {line}")
    if read.problems:
        count = len(read.problems)
        _err(
            f"{args.file}: "
            + ngettext("nothing written ({0} problem)", "nothing written ({0} problems)", count)
            .format(count)
        )  # fmt: skip
        return EXIT_INVALID
    out = Path(args.output)
    try:
        data, scenario = scenario_bytes(source, read.injects)
    except InvalidFileError as exc:
        return _problems(exc, f"{out} (not written)")
    found = history_problem(scenario)
    if found is not None:
        _err(f"{out} (not written): {found[0]}: {found[1]}")
        return EXIT_INVALID
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, data)
    except OSError as exc:
        _err(f"{out}: cannot write scenario: {exc.strerror or exc}")
        return EXIT_INVALID
    count = len(read.injects)
    print(
        ngettext(
            "{0} inject read from {1}; scenario written to {2}",
            "{0} injects read from {1}; scenario written to {2}",
            count,
        ).format(count, args.file, out)
    )
    return EXIT_OK


def cmd_msel_export(args: argparse.Namespace) -> int:
    """Write a scenario's injects and historical days as an MSEL spreadsheet."""
    try:
        scenario = scenario_source(Path(args.scenario), saves=True).scenario
        rows = write_msel(scenario, Path(args.output))
    except InvalidFileError as exc:
        return _problems(exc, str(args.scenario))
    except MselError as exc:
        _err(str(exc))
        return EXIT_INVALID
    print(f"{rows} events ({len(scenario.injects)} injects) written to {args.output}")
    return EXIT_OK


def cmd_forecast(args: argparse.Namespace) -> int:
    """Play many rollouts forward from a scenario or a save and print their spread."""
    path = str(args.file)
    if args.runs < 1 or args.horizon < 1 or args.workers < 0:
        _err("--runs and --horizon must be at least 1, --workers at least 0")
        return EXIT_INVALID
    session = _open_session(path, args.seed)
    if isinstance(session, int):
        return session
    try:
        start, upto = start_of(session, args.turn)
    except CursorError as exc:
        _err(f"{path}: {exc}")
        return EXIT_INVALID
    spec = spec_for(
        session,
        upto,
        horizon=args.horizon,
        runs=args.runs,
        seed=args.seed,
        historical=args.historical,
    )
    try:
        summary = forecast(
            session.scenario,
            start,
            spec,
            workers=args.workers,
            dask=args.dask,
            start_method=args.start_method,
        )
    except (RuntimeError, OSError) as exc:
        _err(f"forecast: {exc}")
        return EXIT_INVALID
    assert summary is not None
    if args.json:
        print(json.dumps(summary.to_json()))
    else:
        _print_forecast(session.scenario, summary)
    return EXIT_OK


def _print_forecast(scenario: Scenario, summary: Summary) -> None:
    print(
        f"{summary.runs} rollouts from turn {summary.start_turn} "
        f"({scenario.date_of(summary.start_turn):%d %b %Y})"
    )
    print("date         global escalation  q5 / q25 / median / q75 / q95")
    for k, row in enumerate(summary.quantiles["global"], start=1):
        date = scenario.date_of(summary.start_turn + k)
        print(f"{date:%d %b %Y}  " + " / ".join(f"{v:5.1f}" for v in row))
    print("highest band reached within the horizon (share of rollouts):")
    for band, p in summary.highest_band.items():
        print(f"  {band:<24} {p:6.1%}")
    print("most frequent first moves:")
    for move, count, outcomes in summary.first_moves[:6]:
        print(f"  {count:4d}  {move}  {outcomes}")


def cmd_serve(args: argparse.Namespace) -> int:
    """Open a scenario or a save to players' devices: one JSON line per link, a save after
    every change, until SIGINT or SIGTERM."""
    try:
        bind = parse_bind(args.bind)
    except ValueError as exc:
        _err(f"--bind {exc}")
        return EXIT_INVALID
    session = _open_session(str(args.file), args.seed)
    if isinstance(session, int):
        return session
    out = Path(args.out) if args.out else default_out(Path(args.file))
    if out.resolve() == Path(args.file).resolve():
        _err(f"{out}: --out would overwrite the file being served: name another file")
        return EXIT_INVALID

    def say(line: str) -> None:
        print(line, flush=True)

    try:
        asyncio.run(serve(session, bind, out, say, tell=_err))
    except OSError as exc:
        _err(f"{args.bind}: cannot serve there: {exc.strerror or exc}")
        return EXIT_INVALID
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of a file kind."""
    print(json.dumps(json_schema(FileKind(args.kind)), indent=2))
    return EXIT_OK


def cmd_about(args: argparse.Namespace) -> int:
    """Print the version, the licence and the run-time components (for bug reports)."""
    print(version_line())
    print(f"licence: {LICENCE}")
    print(f"python {sys.version.split()[0]}")
    for component in components():
        print(f"{component.name} {component.version} ({component.licence})")
    return EXIT_OK


def cmd_edit(args: argparse.Namespace) -> int:
    """Open the scenario editor (on a scenario file, or on an empty crisis)."""
    from wargame.ui.editor.standalone import run_editor  # noqa: PLC0415 - Qt only for the GUI

    return run_editor(Path(args.file) if args.file else None)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the facilitator console."""
    from wargame.ui.app import run_gui  # noqa: PLC0415 - Qt is imported only for the GUI

    path = Path(args.file) if args.file else DEFAULT_SCENARIO
    screenshot = Path(args.screenshot) if args.screenshot else None
    return run_gui(
        path, replay=args.replay, screenshot=screenshot, debug=getattr(args, "debug", False)
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``wargame``."""
    parser = argparse.ArgumentParser(prog="wargame", description=__doc__)
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument(
        "--debug", action="store_true", help="show tracebacks and log debug messages"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("validate", help="check a scenario, save or moves file")
    p.add_argument("file")
    p.set_defaults(fn=cmd_validate)
    p = sub.add_parser("check", help="play a scenario's history and judge its checkpoints")
    p.add_argument("scenario")
    p.set_defaults(fn=cmd_check)
    p = sub.add_parser("run", help="play a scenario headless and write a save")
    p.add_argument("scenario")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--history", action="store_true", help="play the historical track")
    src.add_argument("--moves", help="play the moves in this moves file")
    p.add_argument("--seed", type=int, default=0, help="dice seed (default 0)")
    p.add_argument("--out", help="save file to write (default saves/<id>-<time>.json)")
    p.add_argument("--jsonl", action="store_true", help="print one JSON object per turn")
    p.set_defaults(fn=cmd_run)
    p = sub.add_parser("replay", help="replay a save and check its digests")
    p.add_argument("save")
    p.add_argument("--jsonl", action="store_true", help="print one JSON object per turn")
    p.set_defaults(fn=cmd_replay)
    p = sub.add_parser("report", help="write the after-action report of a save (HTML)")
    p.add_argument("save")
    p.add_argument("-o", "--output", required=True, help="HTML file to write")
    p.set_defaults(fn=cmd_report)
    p = sub.add_parser("export", help="write a save's tables for analysts (CSV, JSON lines)")
    p.add_argument("save")
    p.add_argument("-o", "--output", required=True, help="folder for the tables")
    p.set_defaults(fn=cmd_export)
    p = sub.add_parser("msel", help="injects from or to an MSEL spreadsheet (.xlsx, .csv)")
    msel = p.add_subparsers(dest="msel", required=True)
    p = msel.add_parser("import", help="replace a scenario's injects by an MSEL's rows")
    p.add_argument("file", help="the MSEL spreadsheet (.xlsx or .csv)")
    p.add_argument("--scenario", required=True, help="the scenario file to take the injects")
    p.add_argument("-o", "--output", required=True, help="scenario file to write")
    p.set_defaults(fn=cmd_msel_import)
    p = msel.add_parser("export", help="write a scenario's injects and history as an MSEL")
    p.add_argument("scenario", help="scenario (or save) file")
    p.add_argument("-o", "--output", required=True, help="spreadsheet to write (.xlsx or .csv)")
    p.set_defaults(fn=cmd_msel_export)
    p = sub.add_parser("forecast", help="Monte Carlo outlook from a scenario or a save")
    p.add_argument("file")
    p.add_argument("--turn", type=int, help="start after this resolved turn (default: the last)")
    p.add_argument("--runs", type=int, default=200, help="rollouts (default 200)")
    p.add_argument("--horizon", type=int, default=12, help="turns ahead (default 12)")
    p.add_argument("--seed", type=int, default=0, help="master seed (default 0)")
    p.add_argument("--workers", type=int, default=0, help="processes (default: all cores)")
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on this Dask distributed scheduler (needs wargame[cluster])",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--historical",
        action="store_true",
        help="actors other than bots repeat their own moves so far instead of their doctrine",
    )
    p.add_argument(
        "--start-method",
        choices=["fork", "spawn"],
        default="fork",  # the command line runs no other threads, so fork is safe and quick
        help="how worker processes start (default fork; the console uses spawn)",
    )
    p.set_defaults(fn=cmd_forecast)
    p = sub.add_parser("serve", help="open a session to players' devices (no console)")
    p.add_argument("file", help="scenario or save to serve")
    p.add_argument(
        "--bind",
        default="127.0.0.1:8765",
        metavar="HOST:PORT",
        help="where to listen (default 127.0.0.1:8765, this computer only; 0.0.0.0:8765 "
        "for the room's network; port 0 picks a free one)",
    )
    p.add_argument("--seed", type=int, default=0, help="dice seed of a new session (default 0)")
    p.add_argument("--out", help="save after every change to this file (default FILE-served.json)")
    p.set_defaults(fn=cmd_serve)
    p = sub.add_parser("schema", help="print the JSON Schema of a file kind")
    p.add_argument("kind", choices=[k.value for k in FileKind])
    p.set_defaults(fn=cmd_schema)
    p = sub.add_parser("about", help="print the version, licence and components")
    p.set_defaults(fn=cmd_about)
    p = sub.add_parser("gui", help="open the facilitator console")
    p.add_argument("file", nargs="?", help="scenario or save to open")
    p.add_argument("--replay", action="store_true", help="open a save read-only for replay")
    p.add_argument(
        "--screenshot",
        metavar="PNG",
        help="draw the console into this PNG file and exit (checks a display-less install)",
    )
    p.set_defaults(fn=cmd_gui)
    p = sub.add_parser("edit", help="open the scenario editor")
    p.add_argument("file", nargs="?", help="scenario file to edit (default: an empty crisis)")
    p.set_defaults(fn=cmd_edit)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    seed = getattr(args, "seed", 0)
    if seed is not None and not 0 <= seed < 2**64:
        _err("--seed must be a whole number from 0 to 2**64 - 1")
        return EXIT_INVALID
    try:
        folder: Path | None = logs.data_dir()
    except RuntimeError:  # no home folder to be found: log nowhere
        folder = None
    logs.configure(folder, args.debug)
    logger = logging.getLogger(__name__)
    logger.debug("wargame %s", " ".join(sys.argv[1:] if argv is None else argv))
    try:
        code: int = args.fn(args)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: the traceback goes to the log
        # With --debug the log is copied to stderr, so this prints the traceback there too.
        logger.exception("internal error in 'wargame %s'", args.command)
        _err(f"wargame: internal error: {type(exc).__name__}: {exc}")
        if not args.debug:
            log = logs.log_file()
            _err(
                f"wargame: the full report is in {log}"
                if log is not None
                else "wargame: run it again with --debug to see the full report"
            )
        return EXIT_INTERNAL
    finally:
        logs.unconfigure()  # leave an embedding process's logging as it was
    return code
