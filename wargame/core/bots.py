"""Bot policies over the engine's legal moves (random for now; doctrines build on it)."""

from enum import StrEnum

from wargame.core import dice
from wargame.core.actions import ActionDef, DyadPulse
from wargame.core.legal import holds, legal_moves, static_candidates
from wargame.core.resolve import impulse_base
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


class Doctrine(StrEnum):
    """Simple doctrines a bot actor plays by."""

    HAWK = "hawk"
    DOVE = "dove"
    TIT_FOR_TAT = "tit_for_tat"


def doctrine_move(
    world: World, state: State, actor: str, doctrine: Doctrine
) -> tuple[str, str | None]:
    """The move a doctrine picks now, from the engine's legal moves (deterministic).

    - hawk: the highest-rung hostile act against the pair it is most at odds with;
    - dove: the most cooperative act toward the pair it is most at odds with;
    - tit-for-tat: answer an open grievance with the act closest to proportionate,
      otherwise cooperate where a pair is heated, otherwise pass.
    """
    legal = legal_moves(world, state, actor)
    actions = world.actions

    def heat(target: str | None) -> float:
        if target is None:
            return -1.0
        key = world.key[actor][target]
        return state.escalation[key] - world.baseline[key]

    hostile = [(a, t) for a, t in legal if t is not None and actions[a].goldstein < 0]
    calm = [
        (a, t)
        for a, t in legal
        if t is not None and actions[a].goldstein > 0 and actions[a].pulse is not DyadPulse.NONE
    ]
    if doctrine is Doctrine.HAWK and hostile:
        a, t = max(hostile, key=lambda m: (heat(m[1]), actions[m[0]].rung, m[0], m[1] or ""))
        return a, t
    if doctrine is Doctrine.TIT_FOR_TAT:
        owed = {
            offender: amount
            for (victim, offender), amount in state.ledger.items()
            if victim == actor and amount > world.params.grievance_epsilon
        }
        replies = [(a, t) for a, t in hostile if t in owed]
        if replies:

            def gap(move: tuple[str, str | None]) -> tuple[float, str]:
                action = actions[move[0]]
                size = impulse_base(world, action, ())
                return (abs(size - owed[move[1] or ""]), move[0])

            a, t = min(replies, key=gap)
            return a, t
    if doctrine in (Doctrine.DOVE, Doctrine.TIT_FOR_TAT) and calm:
        hottest = max(calm, key=lambda m: (heat(m[1]), actions[m[0]].goldstein, m[0]))
        if heat(hottest[1]) > 1.0 or doctrine is Doctrine.DOVE:
            return hottest
    return "pass", None
