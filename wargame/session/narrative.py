"""The turn narrative: who did what, what moved and why, from the provenance records."""

from collections import defaultdict

from wargame.core.enums import Phase
from wargame.core.escalation import band_of
from wargame.i18n import _
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
    lines = [_("Turn {0}, {1}.").format(last.turn, date)]
    for m in state.pending:
        actor = names[m.actor]
        label = actions[m.action].label.lower()
        hostile = actions[m.final_action or m.action].goldstein < 0
        if m.target:
            way = _("against {0}") if hostile else _("toward {0}")
            target = " " + way.format(names[m.target])
        else:
            target = ""
        if m.outcome is None:
            lines.append(_("{0}: {1} was rejected ({2}).").format(actor, label + target, m.reason))
            continue
        if m.final_action and m.final_action != m.action:
            label = _("{0}, changed by the White cell to {1}").format(
                label, actions[m.final_action].label.lower()
            )
        ruling = m.outcome.value
        if m.roll is not None:
            ruling = _("{0}, roll {1:.2f}").format(ruling, m.roll)
        lines.append(_("{0}: {1} ({2}).").format(actor, label + target, ruling))
    if len(lines) == 1:
        lines.append(_("No moves this turn."))
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
        why = "; ".join(impulses.get(dyad, [])[:3]) or _("end-of-turn dynamics")
        moved_text = (
            _("Escalation {0} rose from {1:.1f} to {2:.1f} ({3}): {4}.")
            if new > old
            else _("Escalation {0} fell from {1:.1f} to {2:.1f} ({3}): {4}.")
        )
        lines.append(moved_text.format(dyad, old, new, band_of(bands, new).name, why))
    for who in scenario.actors:
        old_d = before.meters[who.id]["deterrence"]
        new_d = state.meters[who.id]["deterrence"]
        if abs(new_d - old_d) >= 1.0:
            lines.append(_("{0}'s deterrence {1:.0f} → {2:.0f}.").format(who.name, old_d, new_d))
    g_old, g_new = before.global_escalation, state.global_escalation
    lines.append(
        _("Global escalation {0:.0f} → {1:.0f} ({2}).").format(
            g_old, g_new, band_of(bands, g_new).name
        )
    )
    return "\n".join(lines)
