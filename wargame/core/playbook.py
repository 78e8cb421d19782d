"""Turning a turn's list of moves into the events a facilitator would log."""

from collections.abc import Iterator

from wargame.core.enums import Decision, Phase
from wargame.core.errors import IllegalMoveError
from wargame.core.events import (
    Event,
    InjectFired,
    MoveAdjudicated,
    MoveSubmitted,
    PhaseAdvanced,
)
from wargame.core.scenario import Move, TurnMoves
from wargame.core.world import World


def adjudication_for(world: World, index: int, move: Move) -> MoveAdjudicated:
    """The ruling a headless run makes: a fixed outcome is set, a chance is rolled."""
    if move.outcome is not None:
        return MoveAdjudicated(
            index, Decision.SET, move.outcome, reason="outcome fixed in moves file"
        )
    if world.actions[move.action].success < 1.0:
        return MoveAdjudicated(index, Decision.ROLL, reason="rolled against success chance")
    return MoveAdjudicated(index, Decision.ACCEPT)


def turn_events(
    world: World, turn: TurnMoves, due_injects: list[str], phase: Phase = Phase.INJECTS
) -> Iterator[Event]:
    """Events of one whole turn from the Injects phase to Resolution, in order."""
    if phase is not Phase.INJECTS:
        raise IllegalMoveError(f"a scripted turn starts in the injects phase, not {phase.value}")
    for inject in due_injects:
        yield InjectFired(inject)
    yield PhaseAdvanced()
    for mv in turn.moves:
        yield MoveSubmitted(mv.actor, mv.action, mv.target, mv.note, tuple(mv.modifiers))
    yield PhaseAdvanced()
    for i, mv in enumerate(turn.moves):
        yield adjudication_for(world, i, mv)
    yield PhaseAdvanced()
