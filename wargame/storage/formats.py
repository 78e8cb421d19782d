"""The save and moves file models (the scenario model lives in ``wargame.core``)."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from wargame.core.conditions import Id
from wargame.core.events import Event
from wargame.core.scenario import Scenario, TurnMoves

SAVE_SCHEMA_VERSION = 3
"""Version of the save format written by this release."""

Digest = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
"""SHA-256 hex digest (of a state, a link of the chain or a part of the file)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class TurnDigest(_Model):
    """Digest of the state right after a turn resolved."""

    turn: int = Field(ge=0)
    """Turn number."""
    digest: Digest
    """State digest."""


class Ruling(_Model):
    """One ruling as it came out: the dice it drew and what was decided (for the record;
    a replay must reproduce it)."""

    event: int = Field(ge=0)
    """Position of the ruling in the log."""
    turn: int = Field(ge=0)
    """Turn of the ruling."""
    actor: str = Field(max_length=40)
    """Whose move was ruled on."""
    action: str = Field(max_length=40)
    """The action that resolves (after any modification)."""
    decision: str = Field(max_length=20)
    """accept, roll, set, modify or reject."""
    outcome: str = Field(max_length=20)
    """Outcome decided (``rejected`` for a rejection)."""
    engine: str = Field(max_length=20)
    """The engine's own outcome from the roll."""
    roll: float = Field(ge=0.0, lt=1.0)
    """The die drawn."""


class Counts(_Model):
    """How long a timeline was when saved (so a cut or an addition shows)."""

    turns: int = Field(ge=0)
    """Turns resolved in the whole log."""
    events: int = Field(ge=0)
    """Events in the log."""
    rulings: int = Field(ge=0)
    """Rulings in the log."""


class Evidence(_Model):
    """Digests of the parts of a save that lie outside the chain over the turns. Tamper
    *evidence* against accidental or casual edits, not a signature: wargame itself can
    rewrite a whole save consistently."""

    scenario: Digest
    """The embedded scenario and the seed."""
    timelines: Digest
    """Which timeline is current, and each timeline's name, parent, fork, cursor, counts
    and chain, in the order of the file."""
    annotations: Digest
    """The bookmarks and notes (they live beside the log, so the chain does not hold them)."""


class TimelineRecord(_Model):
    """A branch: a named line of play."""

    name: str = Field(min_length=1, max_length=80)
    """Branch name."""
    parent: str | None = None
    """Branch it was forked from."""
    fork: int = Field(default=0, ge=0)
    """Leading events shared with the parent."""
    cursor: int = Field(ge=0)
    """Events applied when saved."""
    events: list[Event]
    """The branch's whole log."""
    digests: list[TurnDigest] = Field(default_factory=list)
    """Per-turn state digests."""
    rulings: list[Ruling] = Field(default_factory=list)
    """Every ruling with its roll."""
    chain: list[Digest] = Field(default_factory=list)
    """Digest chain over the turns of the log: link k is SHA-256 over link k-1, the
    events applied in turn k, the state digest of turn k (if it resolved) and the rulings
    of turn k; one link for each turn the log reaches."""
    counts: Counts | None = None
    """How long the log was when saved (absent only in saves older than schema 3)."""


class AnnotationRecord(_Model):
    """A bookmark or note beside the log."""

    branch: str = Field(min_length=1, max_length=80)
    """Timeline."""
    index: int = Field(ge=0)
    """Events applied at the annotated point."""
    text: str = Field(max_length=4000)
    """Note text."""
    bookmark: bool = False
    """Whether it is a bookmark."""


class SaveFile(_Model):
    """A whole session: open it anywhere, replay it, prove it."""

    schema_version: int = SAVE_SCHEMA_VERSION
    """Save format version."""
    app_version: str = Field(max_length=40)
    """wargame version that wrote it."""
    saved_at: str = Field(default="", max_length=40)
    """ISO 8601 time of saving."""
    scenario: Scenario
    """The scenario, embedded."""
    seed: int = Field(ge=0, lt=2**64)
    """Dice seed."""
    branch: str = Field(default="main", min_length=1, max_length=80)
    """Name of the current timeline."""
    parent: str | None = None
    """Branch the current timeline was forked from."""
    fork: int = Field(default=0, ge=0)
    """Leading events the current timeline shares with its parent."""
    cursor: int = Field(ge=0)
    """Events applied (the rest can be redone)."""
    events: list[Event]
    """The event log of the current timeline."""
    digests: list[TurnDigest] = Field(default_factory=list)
    """Per-turn state digests of the current timeline."""
    rulings: list[Ruling] = Field(default_factory=list)
    """Every ruling of the current timeline with the die it drew."""
    chain: list[Digest] = Field(default_factory=list)
    """Digest chain over the turns of the current log: link k is SHA-256 over link k-1, the
    events applied in turn k, the state digest of turn k (if it resolved) and the rulings
    of turn k; one link for each turn the log reaches."""
    counts: Counts | None = None
    """How long the log was when saved (absent only in saves older than schema 3)."""
    branches: list[TimelineRecord] = Field(default_factory=list)
    """The other timelines."""
    annotations: list[AnnotationRecord] = Field(default_factory=list)
    """Bookmarks and notes."""
    migrated_from: int | None = Field(default=None, ge=1)
    """Set on load when the file was written under an older schema whose digests were taken
    under older rules: the meters are recomputed and only the rolls can be checked."""
    evidence: Evidence | None = None
    """Digests of the scenario, the timelines and the annotations (absent only in saves
    older than schema 3; a missing one in a newer save is reported)."""
    legacy_schema: int | None = Field(default=None, ge=1)
    """Set on load when the file was written under a schema older than 3, before saves
    carried tamper evidence: only the replay of its log proves it."""


class MovesFile(_Model):
    """Moves to play headless: entry k of ``turns`` is turn k of the scenario."""

    scenario: Id
    """Id of the scenario these moves are for."""
    turns: list[TurnMoves]
    """Moves per turn."""
