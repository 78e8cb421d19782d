"""Analysts' tables of a session: ``meters.csv``, ``decisions.csv`` and ``events.jsonl``.

They cover what the after-action report covers: the session's current branch up to its
cursor. The CSV files are plain (comma, one header row, UTF-8, ``.`` decimals, dates in ISO
form) so that ``pandas.read_csv`` or a spreadsheet reads them without options.

- ``meters.csv``: one row per resolved turn: ``turn``, ``date``, ``global_escalation``,
  ``band``, then ``E:A-B`` for every pair (its escalation; the key as in ``wargame run
  --jsonl``) and ``D:A`` for every actor (its deterrence), at full precision.
- ``decisions.csv``: one row per ruling: ``turn``, ``date``, the move's ``actor``,
  ``action`` and ``target`` as ids (stable, for joins and filters) each beside its
  ``actor_name``, ``action_label`` and ``target_name`` (for reading), the ``ruling``, the
  ``outcome`` that applied, the ``engine_result`` and its ``roll`` when the die was drawn,
  the ``final_action`` and ``final_target`` that resolved (they differ after a modify), the
  facilitator's ``reason`` and the team's ``rationale``. A text a spreadsheet would run as a
  formula (beginning with ``=``, ``+``, ``-`` or ``@``) starts with an apostrophe.
- ``events.jsonl``: one JSON object per event of the log: its ``position`` in the log
  (from 0), the ``turn``, ``date`` and ``phase`` it was applied in, its ``kind`` and its
  own fields (a ruling's or a withdrawal's ``index`` is the move's place among the turn's
  submissions). A move still sealed (a team's move before
  its reveal, or one its team withdrew) says only ``"sealed": true`` and its team; a PIN is
  never written, only whether one was set.
"""

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from wargame.core.errors import WargameError
from wargame.core.escalation import band_of
from wargame.core.events import Event, MoveAdjudicated, MoveSubmitted, TeamPinSet
from wargame.session.session import Session
from wargame.storage.atomic import atomic_write
from wargame.storage.msel_sheet import guarded

METERS = "meters.csv"
"""Meters per resolved turn."""
DECISIONS = "decisions.csv"
"""Rulings on the moves."""
EVENTS = "events.jsonl"
"""The event log."""

DECISION_COLUMNS = (
    "turn",
    "date",
    "actor",
    "actor_name",
    "action",
    "action_label",
    "target",
    "target_name",
    "ruling",
    "outcome",
    "engine_result",
    "roll",
    "final_action",
    "final_target",
    "reason",
    "rationale",
)
"""The columns of ``decisions.csv``."""

_EVENT: TypeAdapter[Event] = TypeAdapter(Event)


class TablesError(WargameError, OSError):
    """The tables could not be written (also an :class:`OSError`, as a failed write is)."""


def export_tables(session: Session, directory: Path) -> list[Path]:
    """Write the three tables of ``session`` (its current branch, up to its cursor) into
    ``directory``, created if missing; each file atomically. Returns their paths.

    Raises :class:`TablesError` when the folder or a file cannot be written."""
    directory = Path(directory)
    tables = {
        METERS: meters_csv(session),
        DECISIONS: decisions_csv(session),
        EVENTS: events_jsonl(session),
    }
    written = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for name, data in tables.items():
            atomic_write(directory / name, data)
            written.append(directory / name)
    except OSError as exc:
        where = exc.filename or directory
        raise TablesError(f"{where}: cannot write: {exc.strerror or exc}") from exc
    return written


def _csv(rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode()


def meters_csv(session: Session) -> bytes:
    """``meters.csv``: a row per resolved turn, every pair's escalation and every actor's
    deterrence."""
    scenario = session.scenario
    resolved = session.resolved()
    pairs = sorted((resolved[0].state if resolved else session.state).escalation)
    actors = [a.id for a in scenario.actors]
    rows: list[list[object]] = [
        [
            "turn",
            "date",
            "global_escalation",
            "band",
            *(f"E:{p}" for p in pairs),
            *(f"D:{a}" for a in actors),
        ]
    ]
    for r in resolved:
        state = r.state
        rows.append(
            [
                r.turn,
                scenario.date_of(r.turn).isoformat(),
                state.global_escalation,
                band_of(scenario.params.bands, state.global_escalation).name,
                *(state.escalation[p] for p in pairs),
                *(state.meters[a]["deterrence"] for a in actors),
            ]
        )
    return _csv(rows)


def decisions_csv(session: Session) -> bytes:
    """``decisions.csv``: a row per ruling, the move as submitted beside what resolved."""
    scenario = session.scenario
    names = {a.id: a.name for a in scenario.actors}
    labels = {a.id: a.label for a in session.engine.world.actions.values()}
    rows: list[list[object]] = [list(DECISION_COLUMNS)]
    for i, event in enumerate(session.log[: session.cursor]):
        if not isinstance(event, MoveAdjudicated):
            continue
        applied = session.applied(i)
        move = session.state_at(i + 1).pending[event.index]  # with the ruling's result
        ruling = next((c for c in applied.changes if c.meter == "ruling"), None)
        detail = ruling.detail if ruling is not None and ruling.detail else {}
        roll = detail.get("roll")
        outcome = detail.get("outcome", move.outcome.value if move.outcome else "")
        rows.append(
            [
                applied.turn,
                scenario.date_of(applied.turn).isoformat(),
                move.actor,
                guarded(names.get(move.actor, move.actor)),
                move.action,
                guarded(labels.get(move.action, move.action)),
                move.target or "",
                guarded(names.get(move.target, move.target)) if move.target else "",
                event.decision.value,
                str(outcome),
                str(detail.get("engine", "")),
                roll if isinstance(roll, float) else "",
                move.final_action or "",
                move.final_target or "",
                guarded(event.reason),
                guarded(move.note or ""),
            ]
        )
    return _csv(rows)


def events_jsonl(session: Session) -> bytes:
    """``events.jsonl``: an object per event, sealed moves saying only that they are."""
    scenario = session.scenario
    sealed = session.sealed()
    lines = []
    for i, event in enumerate(session.log[: session.cursor]):
        applied = session.applied(i)
        record: dict[str, Any] = {
            "position": i,
            "turn": applied.turn,
            "date": scenario.date_of(applied.turn).isoformat(),
            "phase": applied.phase.value,
            "kind": event.kind.value,
        }
        fields: dict[str, Any] = _EVENT.dump_python(event, mode="json")
        fields.pop("kind", None)
        if isinstance(event, MoveSubmitted):
            if i in sealed:  # who moved, never what, at whom or why
                fields = {"sealed": True, "team": session.team_of_move(i) or ""}
            else:
                fields["sealed"] = False
        elif isinstance(event, TeamPinSet):
            fields = {"team": event.team, "pin_set": bool(event.pin_hash)}
        record.update(fields)
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines).encode()
