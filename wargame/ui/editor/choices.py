"""The choices the editor's lists offer: actors by name, actions by label, the closed sets
of the model in words, the days of the historical track."""

from enum import StrEnum
from typing import Any

from wargame.core.actions import ACTOR_METERS, Op, Scope
from wargame.core.enums import (
    ActorKind,
    Category,
    DiploStatus,
    Doctrine,
    Modifier,
    NuclearStatus,
    Outcome,
    RelationType,
    TargetRule,
)
from wargame.core.expectations import Criterion, MetricKind
from wargame.ui.editor.days import day_name
from wargame.ui.editor.document import actor_names, merged_actions, track_dates
from wargame.ui.editor.model import ScenarioModel

Choice = list[tuple[str, Any]]

_WORDS = {
    "non_state": "non-state group",
    "patron_client": "patron and client",
    "non_violent_escalation": "non-violent escalation",
    "de_escalation": "de-escalation",
    "status_quo": "status quo",
    "allies_of_target": "allies of target",
    "tit_for_tat": "tit for tat",
    "not_below": "not below",
    "not_above": "not above",
    "rises_less_than": "rises less than",
    "hosted_group": "a group it hosts",
    "own_group": "its own group",
    "actor": "any actor",
    "none": "none",
}


def words(value: str) -> str:
    """A value of a closed set in plain words."""
    return _WORDS.get(value, value.replace("_", " "))


def of(enum: type[StrEnum], skip: tuple[str, ...] = ()) -> Choice:
    """Every member of ``enum`` as a choice."""
    return [(words(m.value), m.value) for m in enum if m.value not in skip]


KINDS = of(ActorKind)
NUCLEAR = of(NuclearStatus)
CONTROLLERS = [("White cell", "facilitator"), ("player team", "player"), ("bot", "bot")]
DOCTRINES = of(Doctrine)
RELATION_TYPES = of(RelationType)
STATUSES = of(DiploStatus)
CATEGORIES = of(Category)
TARGETS = [("no target", "none"), *of(TargetRule, skip=("none",))]
SCOPES = of(Scope)
VARIABLES: Choice = [(v, v) for v in (*ACTOR_METERS, "escalation")]
METERS: Choice = [(v, v) for v in ACTOR_METERS]
OPS = [("add", Op.ADD.value), ("multiply", Op.MUL.value), ("set", Op.SET.value)]
OUTCOMES = of(Outcome)
MODIFIERS = of(Modifier)
METRICS = of(MetricKind)
CRITERIA = of(Criterion)
CONDITION_KINDS: Choice = [
    ("dyad status", "dyad_status"),
    ("pair escalation", "escalation"),
    ("global escalation", "global"),
    ("variable", "variable"),
    ("flag", "flag"),
    ("grievance", "grievance"),
    ("nuclear", "nuclear"),
    ("turn", "turn"),
]
WHO_MAY_ACT: Choice = [
    ("anyone", ["state", "non_state", "organization"]),
    ("states", ["state"]),
    ("non-state groups", ["non_state"]),
    ("organizations", ["organization"]),
    ("states and organizations", ["state", "organization"]),
    ("states and groups", ["state", "non_state"]),
]


def actors(model: ScenarioModel) -> Choice:
    """The actors by name."""
    return [(name, ident) for ident, name in actor_names(model.doc).items()]


def actions(model: ScenarioModel) -> Choice:
    """Every action the scenario offers, by label."""
    out: Choice = []
    for entry in merged_actions(model.doc):
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            out.append((str(entry.get("label") or entry["id"]), entry["id"]))
    return out


def days(model: ScenarioModel) -> Choice:
    """The days of the historical track by number and date (``Day 1 · Tue 10 Jun 2025``);
    their values are the dates."""
    return [
        (day_name(model.doc, k), day.isoformat()) for k, day in enumerate(track_dates(model.doc))
    ]
