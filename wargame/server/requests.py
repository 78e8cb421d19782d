"""The bodies the pages may send, validated before anything reaches the session.

Every model forbids unknown fields and bounds every string; the server also caps the
body's size before it is parsed. A request that changes the session carries a fresh
``request_id`` (the page makes one per click), so a replayed request is refused.
"""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Id = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.:-]+$")]
RequestId = Annotated[str, Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
Text = Annotated[str, Field(max_length=2000)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class MoveRef(_Body):
    """One of the team's own moves this turn, as the page saw it.

    The move is named by what it is and by its place in this turn's submissions when the
    page looked: a page that has not yet heard of another change never takes back the
    wrong move."""

    index: Annotated[int, Field(ge=0, le=10_000)]
    actor: Id
    action: Id
    target: Id | None = None


class PreviewBody(_Body):
    """What a move would do now (nothing changes, so the id is optional)."""

    request_id: RequestId | None = None
    actor: Id
    action: Id
    target: Id | None = None


class SubmitBody(PreviewBody):
    """A team's sealed move, with its rationale; in place of one of its moves when it
    ``replaces`` one (the old move stays if the new one is refused)."""

    request_id: RequestId  # required here
    note: Text = ""
    replaces: MoveRef | None = None


class WithdrawBody(MoveRef):
    """Take back one of the team's own moves before the reveal."""

    request_id: RequestId


class PlainBody(_Body):
    """A request with nothing but its id: pass, next phase, fire injects, bots move."""

    request_id: RequestId


class RuleBody(_Body):
    """The White cell's ruling on one revealed move."""

    request_id: RequestId
    index: Annotated[int, Field(ge=0, le=10_000)]
    decision: Literal["accept", "roll"]
    reason: Text = ""
