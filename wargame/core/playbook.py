"""The ruling a headless run gives a scripted move."""

from wargame.core.enums import Decision
from wargame.core.events import (
    MoveAdjudicated,
)
from wargame.core.scenario import Move
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
