"""Bot policies over the engine's legal moves (random for now; doctrines build on it)."""

from wargame.core import dice
from wargame.core.actions import ActionDef
from wargame.core.legal import holds, static_candidates
from wargame.core.state import State
from wargame.core.world import World


class RandomPolicy:
    """Picks uniformly among an actor's legal moves with the game's own dice.

    Static candidates (kind and target rules) are computed once per actor; the
    dynamic preconditions are checked by rejection sampling, so a pick costs a
    few condition checks rather than a scan of the whole catalogue.
    """

    def __init__(self, world: World) -> None:
        self.world = world
        self._candidates: dict[str, list[tuple[ActionDef, str | None]]] = {
            actor: static_candidates(world, actor) for actor in world.ids
        }

    def pick(self, state: State, actor: str, rng: int) -> tuple[int, str, str | None]:
        """Return ``(new_rng, action_id, target)``: a uniformly chosen legal move."""
        cands = self._candidates[actor]
        world = self.world
        for _ in range(4 * len(cands)):
            rng, k = dice.below(rng, len(cands))
            action, target = cands[k]
            if all(holds(world, state, c, actor, target) for c in action.preconditions):
                return rng, action.id, target
        legal = [
            (a, t)
            for a, t in cands
            if all(holds(world, state, c, actor, t) for c in a.preconditions)
        ]
        rng, k = dice.below(rng, len(legal))
        return rng, legal[k][0].id, legal[k][1]
