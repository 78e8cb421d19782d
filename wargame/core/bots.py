"""Bot policies over the engine's legal moves: doctrines, and a uniform pick for the spread.

The default doctrine, reciprocity, reads the same ledger the meters do (Huth 1988; Leng
1993): answer what is owed in proportion, otherwise calm the pairs it is square with, take
up mediation when square, and as a bystander offer mediation where a pair runs hot.
"""

from wargame.core import dice
from wargame.core.actions import ActionDef, DyadPulse
from wargame.core.enums import Category, Doctrine
from wargame.core.legal import holds, legal_moves, static_candidates
from wargame.core.resolve import impulse_base, severity
from wargame.core.state import State
from wargame.core.world import World

__all__ = ["Doctrine", "RandomPolicy", "doctrine_move", "predicted"]

HEATED = 2.0
"""A pair this far above its baseline is worth calming."""
BYSTANDER_HEAT = 15.0
"""A third party offers mediation where a pair runs this far above its baseline."""


def within_reach(
    world: World, state: State, actor: str, action: ActionDef, target: str | None
) -> bool:
    """Whether a stray move is plausible. Escalation climbs Kahn's ladder one rung at a
    time, so a hostile act goes at most one rung above what the pair has already seen (in
    either direction); and violence needs a motive, an open grievance against the target.
    Anything else is always within reach."""
    if target is None or action.goldstein >= 0 or action.rung == 0:
        return True
    seen = max(state.max_rung.get((actor, target), 0), state.max_rung.get((target, actor), 0))
    if action.rung > seen + 1:
        return False
    if action.category in world.ledger_categories:
        return state.ledger.get((actor, target), 0.0) > world.params.grievance_epsilon
    return True


class RandomPolicy:
    """Picks uniformly among an actor's plausible legal moves with the game's own dice: the
    spread of the Outlook (a hostile act at most one rung above what its pair has seen).

    Static candidates (kind and target rules) are computed once per actor; the
    dynamic conditions are checked by rejection sampling, so a pick costs a
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
            if within_reach(world, state, actor, action, target) and all(
                holds(world, state, c, actor, target) for c in action.preconditions
            ):
                return rng, action.id, target
        legal = [
            (a, t)
            for a, t in cands
            if within_reach(world, state, actor, a, t)
            and all(holds(world, state, c, actor, t) for c in a.preconditions)
        ]
        rng, k = dice.below(rng, len(legal))
        return rng, legal[k][0].id, legal[k][1]


def predicted(
    world: World, state: State, actor: str, action: ActionDef, target: str
) -> tuple[float, float]:
    """``(signal, harm)`` a hostile act would have on its target now, if it succeeds."""
    signal, harm = severity(world, action, ())
    if action.rung > state.max_rung.get((actor, target), 0):
        signal *= world.params.first_of_kind
        harm *= world.params.first_of_kind
    return signal, harm


def _heat(world: World, state: State, actor: str, other: str | None) -> float:
    if other is None:
        return -1.0
    key = world.key[actor][other]
    return state.escalation[key] - world.baseline[key]


def _owed(world: World, state: State, actor: str) -> dict[str, float]:
    eps = world.params.grievance_epsilon
    return {o: b for (v, o), b in state.ledger.items() if v == actor and b > eps}


def _reply(
    world: World, state: State, actor: str, legal: list[tuple[str, str | None]], hawk: bool
) -> tuple[str, str | None] | None:
    """The military reply to the largest grievance: in kind (no rung above what the pair
    has seen) and proportionate, or for a hawk the heaviest; None when no act fits."""
    owed = _owed(world, state, actor)
    if not owed:
        return None
    p = world.params
    best: tuple[tuple[float, ...], str, str] | None = None
    for a, t in legal:
        act = world.actions[a]
        if t not in owed or act.category not in world.ledger_categories or act.goldstein >= 0:
            continue
        signal, harm = predicted(world, state, actor, act, t)
        amount = owed[t]
        in_kind = max(state.max_rung.get((t, actor), 0), state.max_rung.get((actor, t), 0))
        if hawk:
            key: tuple[float, ...] = (amount, harm, act.rung)
        elif harm <= p.proportionality * amount and act.rung <= in_kind:
            key = (amount, min(signal, amount), -harm, -act.rung)
        else:
            continue
        if best is None or key > best[0] or (key == best[0] and (a, t) < (best[1], best[2])):
            best = (key, a, t)
    return (best[1], best[2]) if best else None


def _calming(
    world: World, state: State, actor: str, legal: list[tuple[str, str | None]]
) -> tuple[str, str | None] | None:
    """The most cooperative act toward the hottest pair the actor is square with."""
    owed = _owed(world, state, actor)
    actions = world.actions
    accepts = [(a, t) for a, t in legal if a == "accept_mediation"]
    calm = [
        (a, t)
        for a, t in legal
        if t is not None
        and t not in owed
        and actions[a].goldstein > 0
        and actions[a].pulse is DyadPulse.ACTOR_TARGET
        and actions[a].category is Category.DE_ESCALATION
        and _heat(world, state, actor, t) > HEATED
    ]
    if not calm:
        return None
    if accepts and not owed:
        return min(accepts, key=lambda m: m[1] or "")
    return max(
        calm, key=lambda m: (_heat(world, state, actor, m[1]), actions[m[0]].goldstein, m[0])
    )


def _bystander(
    world: World, state: State, actor: str, legal: list[tuple[str, str | None]]
) -> tuple[str, str | None] | None:
    """A third party with no hot pair of its own offers mediation where a pair runs hot."""
    if any(_heat(world, state, actor, o) > HEATED for o in world.key[actor]):
        return None
    offers = [(a, t) for a, t in legal if a == "offer_mediation" and t is not None]
    if not offers:
        return None

    def hottest(target: str) -> float:
        return max(
            state.escalation[k] - world.baseline[k]
            for o, k in world.key[target].items()
            if o != actor
        )

    a, t = max(offers, key=lambda m: (hottest(m[1] or ""), m[1] or ""))
    return (a, t) if t is not None and hottest(t) > BYSTANDER_HEAT else None


def doctrine_move(
    world: World, state: State, actor: str, doctrine: Doctrine
) -> tuple[str, str | None]:
    """The move a doctrine picks now, from the engine's legal moves (deterministic).

    - reciprocity: answer the largest grievance with the military act that settles most
      without exceeding proportionality; otherwise calm the hottest pair it is square
      with (accepting mediation first); otherwise, as a bystander, offer mediation;
    - hawk: answer with the heaviest act; otherwise strike where it is most at odds;
    - dove: never strike; calm the hottest pair;
    - tit-for-tat: answer an open grievance with the act closest to it in size,
      otherwise cooperate where a pair is heated, otherwise pass.
    """
    legal = legal_moves(world, state, actor)
    actions = world.actions
    if doctrine is Doctrine.RECIPROCITY:
        move = (
            _reply(world, state, actor, legal, hawk=False)
            or _calming(world, state, actor, legal)
            or _bystander(world, state, actor, legal)
        )
        return move or ("pass", None)
    hostile = [(a, t) for a, t in legal if t is not None and actions[a].goldstein < 0]
    calm = [
        (a, t)
        for a, t in legal
        if t is not None and actions[a].goldstein > 0 and actions[a].pulse is not DyadPulse.NONE
    ]
    if doctrine is Doctrine.HAWK:
        reply = _reply(world, state, actor, legal, hawk=True)
        if reply is not None:
            return reply
        if hostile:
            a, t = max(
                hostile,
                key=lambda m: (
                    _heat(world, state, actor, m[1]),
                    actions[m[0]].rung,
                    m[0],
                    m[1] or "",
                ),
            )
            return a, t
    if doctrine is Doctrine.TIT_FOR_TAT:
        owed = _owed(world, state, actor)
        replies = [(a, t) for a, t in hostile if t in owed]
        if replies:

            def gap(move: tuple[str, str | None]) -> tuple[float, str]:
                size = impulse_base(world, actions[move[0]], ())
                return (abs(size - owed[move[1] or ""]), move[0])

            a, t = min(replies, key=gap)
            return a, t
    if doctrine in (Doctrine.DOVE, Doctrine.TIT_FOR_TAT) and calm:
        hottest = max(
            calm, key=lambda m: (_heat(world, state, actor, m[1]), actions[m[0]].goldstein, m[0])
        )
        if _heat(world, state, actor, hottest[1]) > 1.0 or doctrine is Doctrine.DOVE:
            return hottest
    return "pass", None
