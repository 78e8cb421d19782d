"""The static rules of a move: flag templates filled for a move, the target rules, and
the (action, target) candidates an actor's kind allows (no state read here)."""

from wargame.core.actions import ActionDef
from wargame.core.enums import ActorKind, TargetRule
from wargame.core.world import World, dyad_key


def fill(template: str, actor: str | None, target: str | None) -> str:
    """Fill ``{actor}``, ``{target}`` and ``{dyad}`` in a flag template (plain replace)."""
    out = template
    if actor is not None:
        out = out.replace("{actor}", actor)
    if target is not None:
        out = out.replace("{target}", target)
        if actor is not None:
            out = out.replace("{dyad}", dyad_key(actor, target))
    return out


def target_fits(world: World, action: ActionDef, actor: str, target: str | None) -> bool:
    """Whether ``target`` suits the action's target rule (static facts only)."""
    rule = action.target
    if rule is TargetRule.NONE:
        return target is None
    if target is None or target == actor or target not in world.kinds:
        return False
    kind = world.kinds[target]
    if action.target_kinds is not None and kind not in action.target_kinds:
        return False
    if rule is TargetRule.STATE:
        return kind is ActorKind.STATE
    if rule is TargetRule.NON_STATE:
        return kind is ActorKind.NON_STATE
    if rule is TargetRule.HOSTED_GROUP:
        host = world.host.get(target)
        return kind is ActorKind.NON_STATE and host is not None and host != actor
    if rule is TargetRule.OWN_GROUP:
        return any(sponsor == actor for sponsor, _ in world.sponsors[target])
    return True


def static_candidates(world: World, actor: str) -> list[tuple[ActionDef, str | None]]:
    """Every (action, target) the actor's kind and the target rules allow (cached per world:
    they depend on the scenario alone)."""
    cached = world.candidates.get(actor)
    if cached is not None:
        return cached
    kind = world.kinds[actor]
    out: list[tuple[ActionDef, str | None]] = []
    for action in world.actions.values():
        if kind not in action.actor_kinds:
            continue
        if action.target is TargetRule.NONE:
            out.append((action, None))
        else:
            out.extend((action, t) for t in world.ids if target_fits(world, action, actor, t))
    world.candidates[actor] = out
    return out
