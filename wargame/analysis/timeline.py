"""Per-turn records of a session, in the shape the CLI prints as JSON lines."""

from typing import Any

from wargame.core.escalation import band_of
from wargame.core.scenario import Scenario
from wargame.core.state import State


def turn_record(scenario: Scenario, state: State, ndigits: int = 4) -> dict[str, Any]:
    """The JSONL record of a resolved turn."""
    flags = sorted(state.flags)
    flags.extend(f"redline:{a}>{b}" for a, b in sorted(state.red_lines))
    return {
        "turn": state.turn,
        "date": scenario.date_of(state.turn).isoformat(),
        "escalation": {k: round(v, ndigits) for k, v in sorted(state.escalation.items())},
        "global": round(state.global_escalation, ndigits),
        "band": band_of(scenario.params.bands, state.global_escalation).name,
        "deterrence": {
            a.id: round(state.meters[a.id]["deterrence"], ndigits) for a in scenario.actors
        },
        "ledger": [
            {"victim": v, "offender": o, "amount": round(x, ndigits)}
            for (v, o), x in sorted(state.ledger.items())
            if x > scenario.params.grievance_epsilon
        ],
        "flags": flags,
    }
