"""The turn narrative: who did what, what moved and why, from the provenance records."""

from collections import defaultdict

from wargame.core.enums import Phase
from wargame.core.escalation import band_of
from wargame.session.session import Session


def turn_narrative(session: Session) -> str:
    """A short account of the turn that resolved last (empty before any resolution)."""
    resolved = session.resolved()
    if not resolved:
        return ""
    last = resolved[-1]
    state = last.state
    scenario = session.scenario
    names = {a.id: a.name for a in scenario.actors}
    actions = session.engine.world.actions
    date = scenario.date_of(last.turn).strftime("%d %B %Y").lstrip("0")
    lines = [f"Turn {last.turn}, {date}."]
    for m in state.pending:
        actor = names[m.actor]
        label = actions[m.action].label.lower()
        hostile = actions[m.final_action or m.action].goldstein < 0
        target = f" {'against' if hostile else 'toward'} {names[m.target]}" if m.target else ""
        if m.outcome is None:
            lines.append(f"{actor}: {label}{target} was rejected ({m.reason}).")
            continue
        if m.final_action and m.final_action != m.action:
            label = f"{label}, changed by the White cell to {actions[m.final_action].label.lower()}"
        ruling = f"{m.outcome.value}" + (f", roll {m.roll:.2f}" if m.roll is not None else "")
        lines.append(f"{actor}: {label}{target} ({ruling}).")
    if len(lines) == 1:
        lines.append("No moves this turn.")
    before = session.state_at(last.index - 1)
    applied = session.applied(last.index - 1)
    assert applied.phase is Phase.ADJUDICATION
    impulses: dict[str, list[str]] = defaultdict(list)
    for c in applied.changes:
        if c.meter == "escalation" and c.cause and c.rule in ("impulse", "territorial", "calming"):
            impulses[c.subject].append(f"{c.amount:+.1f} {c.cause}")
    moved = sorted(
        state.escalation,
        key=lambda k: -abs(state.escalation[k] - before.escalation[k]),
    )[:3]
    bands = scenario.params.bands
    for dyad in moved:
        old, new = before.escalation[dyad], state.escalation[dyad]
        if abs(new - old) < 0.5:
            continue
        why = "; ".join(impulses.get(dyad, [])[:3]) or "end-of-turn dynamics"
        lines.append(
            f"Escalation {dyad} {'rose' if new > old else 'fell'} from {old:.1f} to {new:.1f} "
            f"({band_of(bands, new).name}): {why}."
        )
    for who in scenario.actors:
        old_d = before.meters[who.id]["deterrence"]
        new_d = state.meters[who.id]["deterrence"]
        if abs(new_d - old_d) >= 1.0:
            lines.append(f"{who.name}'s deterrence {old_d:.0f} → {new_d:.0f}.")
    g_old, g_new = before.global_escalation, state.global_escalation
    lines.append(f"Global escalation {g_old:.0f} → {g_new:.0f} ({band_of(bands, g_new).name}).")
    return "\n".join(lines)
