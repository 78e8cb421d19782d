"""The turn narrative: who did what, what moved and why, from the provenance records."""

from collections import defaultdict

from wargame.core.enums import Decision, Phase
from wargame.core.escalation import band_of
from wargame.core.events import NarrativeRecorded, PhaseAdvanced
from wargame.i18n import _
from wargame.session.session import Session
from wargame.session.wording import wording


def latest_narrative(session: Session) -> str:
    """The narrative recorded in this phase (Review), if any; empty elsewhere."""
    log = session.log
    for i in range(session.cursor - 1, -1, -1):
        event = log[i]
        if isinstance(event, NarrativeRecorded):
            return event.text
        if isinstance(event, PhaseAdvanced):
            break
    return ""


def turn_narrative(session: Session) -> str:
    """A short account of the turn that resolved last (empty before any resolution).

    Moves are told as the White cell's rulings left them (a modified move by its final
    action and target), with actor names, action labels and pair names, never ids.
    """
    resolved = session.resolved()
    if not resolved:
        return ""
    last = resolved[-1]
    state = last.state
    scenario = session.scenario
    words = wording(session)
    date = scenario.date_of(last.turn).strftime("%d %B %Y").lstrip("0")
    lines = [_("Turn {0}, {1}.").format(last.turn, date)]
    for m in state.pending:
        actor = words.actor(m.actor)
        if m.action == "pass" and m.outcome is not None:
            lines.append(_("{0} passed.").format(actor))
            continue
        if m.outcome is None or m.final_action is None:
            told = _told(session, m.action, m.target)
            lines.append(_("{0}: {1} was rejected ({2}).").format(actor, told, m.reason))
            continue
        told = _told(session, m.final_action, m.final_target)
        ruling = m.outcome.value
        if m.decision is Decision.ROLL and m.roll is not None:
            ruling = _("{0}, roll {1:.2f}").format(ruling, m.roll)
        elif m.decision is Decision.SET:
            ruling = _("{0}, set by the White cell").format(ruling)
        if m.final_action != m.action:
            ruling = _("{0}; changed by the White cell from {1}").format(
                ruling, words.action(m.action).lower()
            )
        elif m.final_target != m.target and m.target:
            ruling = _("{0}; target changed by the White cell from {1}").format(
                ruling, words.actor(m.target)
            )
        lines.append(_("{0}: {1} ({2}).").format(actor, told, ruling))
    if len(lines) == 1:
        lines.append(_("No moves this turn."))
    before = session.state_at(last.index - 1)
    applied = session.applied(last.index - 1)
    assert applied.phase is Phase.ADJUDICATION
    impulses: dict[str, list[str]] = defaultdict(list)
    for c in applied.changes:
        if c.meter == "escalation" and c.cause and c.rule in ("impulse", "territorial", "calming"):
            impulses[c.subject].append(f"{c.amount:+.1f} {words.cause(c)}")
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
        pair = words.pair(dyad)
        lines.append(moved_text.format(pair, old, new, band_of(bands, new).name, why))
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


def _told(session: Session, action: str, target: str | None) -> str:
    """An action and its target as the narrative tells it: "strike militant camps across
    the border against Jaish al-Adl" (a hostile act) or "... toward ..." (any other)."""
    words = wording(session)
    label = words.action(action).lower()
    if not target:
        return label
    acts = session.engine.world.actions
    hostile = action in acts and acts[action].goldstein < 0
    way = _("against {0}") if hostile else _("toward {0}")
    return label + " " + way.format(words.actor(target))
