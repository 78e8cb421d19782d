"""Bot policies over the engine's legal moves: doctrines, and a uniform pick for the spread.

The default doctrine, reciprocity, reads the same ledger the meters do (Huth 1988; Leng
1993): answer what is owed in proportion, otherwise calm the pairs it is square with, take
up mediation when square, and as a bystander offer mediation where a pair runs hot.
"""

from collections.abc import Callable

from wargame.core import dice
from wargame.core.actions import ActionDef, DyadPulse
from wargame.core.enums import Category, Doctrine
from wargame.core.precompiled import Candidate, Check, candidates
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


_Pick = tuple[str, str | None, Check | None, bool, int, bool, tuple[str, str], tuple[str, str]]
"""A candidate of the random policy: action id, target, compiled preconditions, whether
it is a hostile act on a target (bounded by the ladder), its rung, whether it is in the
ledger's categories, and the pair both ways (actor first, then target first)."""
_MASK, _GOLDEN, _UNIT = dice.MASK, dice.GOLDEN, dice.UNIT


class RandomPolicy:
    """Picks uniformly among an actor's plausible legal moves with the game's own dice: the
    spread of the Outlook (a hostile act at most one rung above what its pair has seen).

    Static candidates (kind and target rules, with their preconditions compiled) are
    computed once per actor; the dynamic conditions are checked by rejection sampling, so
    a pick costs a few checks rather than a scan of the whole catalogue. The draw is
    :func:`wargame.core.dice.below`, written out here (the same numbers, bit for bit).
    """

    def __init__(self, world: World) -> None:
        self.world = world
        ledger = world.ledger_categories
        self._candidates: dict[str, list[_Pick]] = {}
        for actor in world.ids:
            acts = world.actions
            self._candidates[actor] = [
                (
                    a,
                    t,
                    check,
                    t is not None and acts[a].goldstein < 0 and acts[a].rung != 0,
                    acts[a].rung,
                    acts[a].category in ledger,
                    (actor, t or ""),
                    (t or "", actor),
                )
                for a, t, check in candidates(world, actor)
            ]

    def pick(self, state: State, actor: str, rng: int) -> tuple[int, str, str | None]:
        """Return ``(new_rng, action_id, target)``: a uniformly chosen legal move."""
        cands = self._candidates[actor]
        n = len(cands)
        rungs, ledger = state.max_rung, state.ledger
        eps = self.world.params.grievance_epsilon
        for _ in range(4 * n):
            rng = (rng + _GOLDEN) & _MASK
            z = ((rng ^ (rng >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
            k = int((((z ^ (z >> 31)) >> 11) * _UNIT) * n)
            action, target, check, hostile, rung, in_ledger, pair, back = cands[
                k if k < n else n - 1
            ]
            if hostile:  # within reach (see within_reach), written out
                seen = max(rungs.get(pair, 0), rungs.get(back, 0))
                if rung > seen + 1 or (in_ledger and ledger.get(pair, 0.0) <= eps):
                    continue
            if check is None or check(state):
                return rng, action, target
        world = self.world
        legal = [
            (a, t)
            for a, t, check, *_ in cands
            if within_reach(world, state, actor, world.actions[a], t)
            and (check is None or check(state))
        ]
        rng, k = dice.below(rng, len(legal))
        return rng, legal[k][0], legal[k][1]


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
    ledger = state.ledger
    if not ledger:
        return {}
    eps = world.params.grievance_epsilon
    return {o: b for (v, o), b in ledger.items() if v == actor and b > eps}


Menus = dict[str, list[Candidate]]
"""Name -> the candidates of an actor a doctrine looks at for one purpose, in catalogue
order (each menu is the legal moves of that kind once its preconditions are checked)."""


def _menus(world: World, actor: str) -> Menus:
    """The actor's static menus (cached on the world): replies, calming acts, mediation
    accepted or offered, hostile and cooperative acts toward a target."""
    found = world.menus.get(actor)
    if found is not None:
        return found
    acts, ledger = world.actions, world.ledger_categories

    def where(keep: Callable[[ActionDef, str | None], bool]) -> list[Candidate]:
        return [c for c in candidates(world, actor) if keep(acts[c[0]], c[1])]

    found = {
        "reply": where(lambda a, t: t is not None and a.category in ledger and a.goldstein < 0),
        "calm": where(
            lambda a, t: (
                t is not None
                and a.goldstein > 0
                and a.pulse is DyadPulse.ACTOR_TARGET
                and a.category is Category.DE_ESCALATION
            )
        ),
        "accept": where(lambda a, _t: a.id == "accept_mediation"),
        "offer": where(lambda a, t: a.id == "offer_mediation" and t is not None),
        "hostile": where(lambda a, t: t is not None and a.goldstein < 0),
        "cooperate": where(
            lambda a, t: t is not None and a.goldstein > 0 and a.pulse is not DyadPulse.NONE
        ),
    }
    world.menus[actor] = found
    return found


def _legal(state: State, menu: list[Candidate]) -> list[tuple[str, str | None]]:
    """The moves of a menu that are legal now (the engine's legal moves of that kind)."""
    return [(a, t) for a, t, check in menu if check is None or check(state)]


def _reply(
    world: World,
    state: State,
    actor: str,
    menu: list[Candidate],
    hawk: bool,
    owed: dict[str, float],
) -> tuple[str, str | None] | None:
    """The military reply to the largest grievance: in kind (no rung above what the pair
    has seen) and proportionate, or for a hawk the heaviest; None when no act fits."""
    if not owed:
        return None
    p = world.params
    best: tuple[tuple[float, ...], str, str] | None = None
    for a, t, check in menu:
        if t not in owed or (check is not None and not check(state)):
            continue
        act = world.actions[a]
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
    world: World, state: State, actor: str, menus: Menus, owed: dict[str, float]
) -> tuple[str, str | None] | None:
    """The most cooperative act toward the hottest pair the actor is square with."""
    actions = world.actions
    esc, base = state.escalation, world.baseline
    heat = {o: esc[k] - base[k] for o, k in world.key[actor].items()}
    hot = {o for o, h in heat.items() if h > HEATED and o not in owed}
    if not hot:
        return None
    calm = [(a, t) for a, t, check in menus["calm"] if t in hot and (check is None or check(state))]
    if not calm:
        return None
    accepts = _legal(state, menus["accept"])
    if accepts and not owed:
        return min(accepts, key=lambda m: m[1] or "")
    return max(calm, key=lambda m: (heat[m[1] or ""], actions[m[0]].goldstein, m[0]))


def _bystander(
    world: World, state: State, actor: str, menus: Menus
) -> tuple[str, str | None] | None:
    """A third party with no hot pair of its own offers mediation where a pair runs hot."""
    esc, base = state.escalation, world.baseline
    for k in world.key[actor].values():
        if esc[k] - base[k] > HEATED:
            return None
    offers = _legal(state, menus["offer"])
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

    Only the menus a doctrine looks at are checked for legality, each in catalogue order:
    the same choice as from the whole list of legal moves, for a fraction of the checks.
    """
    menus = _menus(world, actor)
    actions = world.actions
    if doctrine is Doctrine.RECIPROCITY:
        owed = _owed(world, state, actor)
        move = (
            _reply(world, state, actor, menus["reply"], False, owed)
            or _calming(world, state, actor, menus, owed)
            or _bystander(world, state, actor, menus)
        )
        return move or ("pass", None)
    if doctrine is Doctrine.HAWK:
        reply = _reply(world, state, actor, menus["reply"], True, _owed(world, state, actor))
        if reply is not None:
            return reply
        hostile = _legal(state, menus["hostile"])
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
        replies = [(a, t) for a, t in _legal(state, menus["hostile"]) if t in owed]
        if replies:

            def gap(move: tuple[str, str | None]) -> tuple[float, str]:
                size = impulse_base(world, actions[move[0]], ())
                return (abs(size - owed[move[1] or ""]), move[0])

            a, t = min(replies, key=gap)
            return a, t
    calm = (
        _legal(state, menus["cooperate"])
        if doctrine in (Doctrine.DOVE, Doctrine.TIT_FOR_TAT)
        else []
    )
    if doctrine in (Doctrine.DOVE, Doctrine.TIT_FOR_TAT) and calm:
        hottest = max(
            calm, key=lambda m: (_heat(world, state, actor, m[1]), actions[m[0]].goldstein, m[0])
        )
        if _heat(world, state, actor, hottest[1]) > 1.0 or doctrine is Doctrine.DOVE:
            return hottest
    return "pass", None
