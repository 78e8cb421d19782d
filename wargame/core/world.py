"""The static part of a game, compiled once from a scenario for fast lookups."""

from itertools import combinations
from typing import TYPE_CHECKING

from wargame.core.actions import ActionDef
from wargame.core.checks import scenario_problems
from wargame.core.enums import ALIGNED, SPONSORING, ActorKind, RelationType
from wargame.core.errors import ScenarioError
from wargame.core.scenario import Scenario

if TYPE_CHECKING:  # pragma: no cover - the tables are filled by wargame.core.precompiled
    from wargame.core.bots import Menus
    from wargame.core.precompiled import Candidate, Check


DyadRow = tuple[str, str, str, float, float, tuple[str, str], tuple[str, str], str, frozenset[str]]
"""A dyad as the end of turn reads it: key, ids, baseline, floor, both pairs, talks flag,
and the two ids as a set."""


def dyad_key(a: str, b: str) -> str:
    """Key of the unordered pair ``{a, b}``: the ids sorted and joined by ``-``."""
    return f"{a}-{b}" if a < b else f"{b}-{a}"


def dyad_ids(key: str) -> tuple[str, str]:
    """The two actor ids of a pair key (ids never contain ``-``)."""
    a, _, b = key.partition("-")
    return a, b


class World:
    """Scenario facts the engine reads on every move, precomputed.

    Attributes:
        scenario: the source scenario.
        ids: actor ids in display order.
        kinds: actor id -> kind.
        actions: action id -> definition.
        host: hosted group id -> host id.
        aligned: actor id -> ids aligned with it (ally, partner, patron-client).
        sponsors: group id -> (host or patron, link strength).
        relation: dyad key -> relation type.
        baseline: dyad key -> E0 for every pair of actors.
        weight: dyad key -> weight in global escalation.
        key: ``key[a][b]`` is the dyad key of ``a`` and ``b``.
    """

    def __init__(self, scenario: Scenario) -> None:
        problems = scenario_problems(scenario)
        if problems:
            path, message = problems[0]
            raise ScenarioError(message, path)
        self.scenario = scenario
        self.params = scenario.params
        self.ids: tuple[str, ...] = tuple(a.id for a in scenario.actors)
        self.kinds: dict[str, ActorKind] = {a.id: a.kind for a in scenario.actors}
        self.nuclear: dict[str, bool] = {a.id: a.nuclear for a in scenario.actors}
        self.nuclear_status = {a.id: a.nuclear_status for a in scenario.actors}
        self.doctrine = {a.id: a.doctrine for a in scenario.actors}
        self.major: dict[str, bool] = {a.id: a.nuclear or a.great_power for a in scenario.actors}
        self.actions: dict[str, ActionDef] = {a.id: a for a in scenario.actions}
        self.key: dict[str, dict[str, str]] = {
            a: {b: dyad_key(a, b) for b in self.ids if b != a} for a in self.ids
        }
        self.host: dict[str, str] = {}
        self.aligned: dict[str, frozenset[str]] = {}
        self.relation: dict[str, RelationType] = {}
        self.baseline: dict[str, float] = {}
        self.weight: dict[str, float] = {}
        aligned: dict[str, set[str]] = {i: set() for i in self.ids}
        sponsors: dict[str, list[tuple[str, float]]] = {i: [] for i in self.ids}
        for rel in scenario.relations:
            k = dyad_key(rel.a, rel.b)
            self.relation[k] = rel.type
            self.baseline[k] = rel.baseline
            if rel.type is RelationType.HOST:
                self.host[rel.b] = rel.a
            if self.kinds[rel.b] is ActorKind.NON_STATE and rel.type in SPONSORING:
                sponsors[rel.b].append((rel.a, rel.strength))
            if rel.type in ALIGNED:
                aligned[rel.a].add(rel.b)
                aligned[rel.b].add(rel.a)
        self.aligned = {i: frozenset(s) for i, s in aligned.items()}
        self.sponsors: dict[str, tuple[tuple[str, float], ...]] = {
            i: tuple(v) for i, v in sponsors.items()
        }
        """Group id -> its host and patrons with the strength of each link."""
        p = self.params
        for a, b in combinations(self.ids, 2):
            k = dyad_key(a, b)
            self.baseline.setdefault(k, 0.0)
            major = self.major[a] or self.major[b]
            group = ActorKind.NON_STATE in (self.kinds[a], self.kinds[b])
            self.weight[k] = (
                p.non_state_weight if group else p.major_weight if major else p.minor_weight
            )
        self.dyads: tuple[str, ...] = tuple(sorted(self.baseline))
        self.dyad_rows: tuple[tuple[str, str, str, float, float], ...] = tuple(
            (k, *dyad_ids(k), self.baseline[k], self.baseline[k] * p.floor_fraction)
            for k in self.dyads
        )
        """Per dyad: key, first id, second id, baseline, floor."""
        self.dyad_table: tuple[DyadRow, ...] = tuple(
            (k, a, b, e0, floor, (a, b), (b, a), f"talks:{k}", frozenset((a, b)))
            for k, a, b, e0, floor in self.dyad_rows
        )
        """Per dyad: as :attr:`dyad_rows`, then the pair both ways, its talks flag and its
        two ids as a set (the end of turn reads them for every dyad, every turn)."""
        self.floor: dict[str, float] = {k: v * p.floor_fraction for k, v in self.baseline.items()}
        days = float(scenario.turn_days)
        self.days = days
        """Days per turn: every rate of the model is per day."""
        speeds = (1.0, p.balanced_speedup, p.talks_speedup, p.balanced_speedup * p.talks_speedup)
        self.decay: tuple[list[float], list[dict[str, float | str]]] = (
            [2.0 ** (-s * days / p.half_life_days) for s in speeds],
            [{"half_life_days": p.half_life_days / s} for s in speeds],
        )
        self.grievance_fade = 2.0 ** (-days / p.grievance_half_life_days)
        """Per-turn factor of an unanswered grievance when nothing new happens."""
        self.erosion = 1.0 - 2.0 ** (-days / p.erosion_half_life_days)
        """Per-turn share of the gap to the floor that waiting erodes."""
        self.reversion = min(1.0, p.eta * days)
        """Per-turn mean reversion of deterrence."""
        """Per-turn decay factor and its provenance detail, for the four speeds
        (plain, balanced ledger, talks, both)."""
        self.points = {c: float(v) for c, v in p.category_points.items()}
        self.ledger_categories = frozenset(p.ledger_categories)
        self.d0: dict[str, float] = {a.id: a.deterrence for a in scenario.actors}
        self.candidates: dict[str, list[tuple[ActionDef, str | None]]] = {}
        """Actor -> static (action, target) candidates, filled by ``legal.static_candidates``."""
        self.move_checks: dict[tuple[str, str, str | None], tuple[bool, Check | None]] = {}
        """(actor, action, target) -> whether the static rules allow it, and its compiled
        preconditions; filled by ``precompiled.move_check``."""
        self.compiled_candidates: dict[str, list[Candidate]] = {}
        """Actor -> its candidates with their compiled preconditions; filled by
        ``precompiled.candidates``."""
        self.flag_names: dict[tuple[str, str, str | None], tuple[tuple[str, ...], ...]] = {}
        """(action, actor, target) -> the flags the move clears and sets, filled; filled by
        ``resolve``."""
        self.menus: dict[str, Menus] = {}
        """Actor -> the candidates each doctrine looks at; filled by ``bots``."""
        self.cache: dict[str, object] = {}
        """Objects other layers derive from the world and keep with it (the session's wording);
        a dict, since a compiled World takes no weak references."""
        self.allies: dict[str, tuple[str, ...]] = {i: tuple(sorted(s)) for i, s in aligned.items()}
        """Actor id -> the ids aligned with it, sorted (a fixed order for the records)."""
