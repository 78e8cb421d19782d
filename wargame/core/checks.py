"""Cross-reference checks of a scenario that field validation alone cannot make."""

import datetime as dt
from collections.abc import Iterable

from wargame.core.actions import ACTOR_METERS, Effect, Scope
from wargame.core.conditions import (
    Condition,
    DyadStatusCond,
    EscalationCond,
    GrievanceCond,
    VariableCond,
)
from wargame.core.enums import ActorKind, Attribution, Category, Outcome, RelationType
from wargame.core.expectations import Checkpoint, Criterion, MetricKind, MetricRef
from wargame.core.scenario import Scenario

Problem = tuple[str, str]


def _dupes(items: Iterable[str], path: str) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for i, x in enumerate(items):
        if x in seen:
            out.append((f"{path}[{i}].id", f"duplicate id {x!r}"))
        seen.add(x)
    return out


def _effect(eff: Effect, path: str, ids: set[str], inject: bool) -> list[Problem]:
    out: list[Problem] = []
    if eff.var != "escalation" and eff.var not in ACTOR_METERS:
        out.append((f"{path}.var", f"unknown variable {eff.var!r}"))
    if inject and eff.scope not in (Scope.ACTOR, Scope.PAIR):
        out.append((f"{path}.scope", "an inject's effect names its actor or pair"))
    if eff.scope is Scope.ACTOR and eff.actor not in ids:
        out.append((f"{path}.actor", f"unknown actor {eff.actor!r}"))
    if eff.scope is Scope.PAIR:
        if eff.pair is None or eff.pair[0] == eff.pair[1]:
            out.append((f"{path}.pair", "scope 'pair' needs two different actors"))
        else:
            out.extend((f"{path}.pair", f"unknown actor {a!r}") for a in eff.pair if a not in ids)
    if eff.var == "escalation" and eff.scope not in (Scope.DYAD, Scope.PAIR):
        out.append((f"{path}.scope", "escalation effects use scope 'dyad' or 'pair'"))
    return out


def _condition(cond: Condition, path: str, ids: set[str], inject: bool) -> list[Problem]:
    out: list[Problem] = []
    named: list[str | None] = []
    if isinstance(cond, DyadStatusCond | EscalationCond):
        if cond.dyad is None and inject:
            out.append((f"{path}.dyad", "an inject's condition names its dyad"))
        named.extend(cond.dyad or ())
    if isinstance(cond, VariableCond):
        if cond.var not in ACTOR_METERS:
            out.append((f"{path}.var", f"unknown variable {cond.var!r}"))
        if cond.actor is None and inject:
            out.append((f"{path}.actor", "an inject's condition names its actor"))
        named.append(cond.actor)
    if isinstance(cond, GrievanceCond):
        if inject and (cond.victim is None or cond.offender is None):
            out.append((path, "an inject's grievance condition names victim and offender"))
        named.extend([cond.victim, cond.offender])
    out.extend((path, f"unknown actor {a!r}") for a in named if a is not None and a not in ids)
    return out


def _metric(ref: MetricRef, path: str, ids: set[str]) -> list[Problem]:
    need = {
        MetricKind.ESCALATION: ("pair",),
        MetricKind.DETERRENCE: ("actor",),
        MetricKind.GLOBAL: (),
        MetricKind.OWED: ("victim", "offender"),
        MetricKind.FLAG: ("flag",),
    }[ref.metric]
    out: list[Problem] = []
    for name in need:
        value = getattr(ref, name)
        if value is None:
            out.append((f"{path}.{name}", f"a {ref.metric.value} checkpoint names its {name}"))
        elif name != "flag":
            for who in value if isinstance(value, tuple) else (value,):
                if who not in ids:
                    out.append((f"{path}.{name}", f"unknown actor {who!r}"))
    if ref.pair is not None and ref.pair[0] == ref.pair[1]:
        out.append((f"{path}.pair", "a pair joins two different actors"))
    return out


def _checkpoint(cp: Checkpoint, path: str, scn: Scenario, ids: set[str]) -> list[Problem]:
    out = _metric(cp, path, ids)
    first, last = cp.days()
    if first > last:
        out.append((f"{path}.on", "the first day comes after the last"))
    if scn.history is None:
        out.append((path, "checkpoints need the scenario's historical track ('history')"))
        return out
    end = scn.date_of(len(scn.history) - 1)
    dates = [("on", first), ("on", last)]
    if isinstance(cp.ref, dt.date):
        dates.append(("ref", cp.ref))
    for field, day in dates:
        if not scn.start_date <= day <= end:
            out.append(
                (f"{path}.{field}", f"{day} is outside the track ({scn.start_date} to {end})")
            )
    if cp.test is Criterion.RISES_LESS_THAN:
        if cp.other is None:
            out.append((f"{path}.other", "'rises_less_than' names the other metric"))
        else:
            out += _metric(cp.other, f"{path}.other", ids)
    if cp.test is Criterion.RECOVERS and cp.share is None:
        out.append((f"{path}.share", "'recovers' needs the share given back"))
    return out


def scenario_problems(scn: Scenario) -> list[Problem]:
    """Every inconsistency of ``scn`` as ``(json_path, message)``."""
    ids = {a.id for a in scn.actors}
    kinds = {a.id: a.kind for a in scn.actors}
    out = _dupes((a.id for a in scn.actors), "$.actors")
    if not scn.actions:
        out.append(("$.actions", "the scenario offers no actions (give some, or a 'catalogue')"))
    out += _dupes((a.id for a in scn.actions), "$.actions")
    out += _dupes((i.id for i in scn.injects), "$.injects")
    pairs: set[frozenset[str]] = set()
    hosted: set[str] = set()
    for i, rel in enumerate(scn.relations):
        path = f"$.relations[{i}]"
        for side in ("a", "b"):
            if getattr(rel, side) not in ids:
                out.append((f"{path}.{side}", f"unknown actor {getattr(rel, side)!r}"))
        if rel.a == rel.b:
            out.append((path, "a relation joins two different actors"))
        pair = frozenset((rel.a, rel.b))
        if pair in pairs:
            out.append((path, f"second relation for {rel.a}-{rel.b}"))
        pairs.add(pair)
        if rel.type is RelationType.HOST and rel.a in kinds and rel.b in kinds:
            if kinds[rel.b] is not ActorKind.NON_STATE or kinds[rel.a] is ActorKind.NON_STATE:
                out.append((path, "a host relation has a state 'a' and a non-state group 'b'"))
            if rel.b in hosted:
                out.append((f"{path}.b", f"{rel.b} already has a host"))
            hosted.add(rel.b)
    for i, g in enumerate(scn.grievances):
        for side in ("victim", "offender"):
            if getattr(g, side) not in ids:
                out.append((f"$.grievances[{i}].{side}", f"unknown actor {getattr(g, side)!r}"))
    for i, act in enumerate(scn.actions):
        path = f"$.actions[{i}]"
        for j, eff in enumerate(act.effects):
            out += _effect(eff, f"{path}.effects[{j}]", ids, inject=False)
        for j, cond in enumerate(act.preconditions):
            out += _condition(cond, f"{path}.preconditions[{j}]", ids, inject=False)
    for i, inj in enumerate(scn.injects):
        path = f"$.injects[{i}]"
        if inj.turn is None and not inj.trigger:
            out.append((path, "an inject is scheduled (turn) or triggered (trigger)"))
        for j, eff in enumerate(inj.effects):
            out += _effect(eff, f"{path}.effects[{j}]", ids, inject=True)
        for j, cond in enumerate(inj.trigger):
            out += _condition(cond, f"{path}.trigger[{j}]", ids, inject=True)
    p = scn.params
    missing = [c.value for c in Category if c not in p.category_points]
    if missing:
        out.append(("$.params.category_points", f"missing categories {missing}"))
    for name in ("outcome_effect", "outcome_impulse"):
        lost = [o.value for o in Outcome if o not in getattr(p, name)]
        if lost:
            out.append((f"$.params.{name}", f"missing outcomes {lost}"))
    lost_attr = [a.value for a in Attribution if a not in p.attribution_weight]
    if lost_attr:
        out.append(("$.params.attribution_weight", f"missing attributions {lost_attr}"))
    mins = [b.min for b in p.bands]
    if mins[0] != 0.0 or mins != sorted(mins):
        out.append(("$.params.bands", "bands ascend by 'min' from 0"))
    actions = {a.id for a in scn.actions}
    for t, turn in enumerate(scn.history or []):
        for m, mv in enumerate(turn.moves):
            path = f"$.history[{t}].moves[{m}]"
            if mv.actor not in ids:
                out.append((f"{path}.actor", f"unknown actor {mv.actor!r}"))
            if mv.action not in actions:
                out.append((f"{path}.action", f"unknown action {mv.action!r}"))
            if mv.target is not None and mv.target not in ids:
                out.append((f"{path}.target", f"unknown actor {mv.target!r}"))
    for i, cp in enumerate(scn.expectations):
        out += _checkpoint(cp, f"$.expectations[{i}]", scn, ids)
    return out
