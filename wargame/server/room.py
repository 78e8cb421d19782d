"""The server's operations on the session; every function here runs on the session thread.

Each checks who asks (a team may move only its own actors), refuses while the White cell
looks at an earlier moment or replays, and goes through the same session operations as
the console (:mod:`wargame.session.operations`), so a turn played from phones leaves the
same events as one played on the shared screen. The engine's refusals reach the pages in
words (names, not ids).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from wargame.core.enums import Decision, Phase
from wargame.core.errors import WargameError
from wargame.core.events import MoveAdjudicated, MoveSubmitted, MoveWithdrawn
from wargame.i18n import _, ngettext
from wargame.server.requests import (
    MoveRef,
    PreviewBody,
    RuleBody,
    SubmitBody,
    WithdrawBody,
)
from wargame.server.views import writable
from wargame.session import operations
from wargame.session.briefing import signed, summarize
from wargame.session.headless import fire_due_injects
from wargame.session.session import Session
from wargame.session.teams import team_of, teams
from wargame.session.wording import wording

T = TypeVar("T")


class RefusedError(WargameError):
    """A request the session cannot take now; ``status`` is its HTTP status."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def _worded(session: Session) -> Iterator[None]:
    """The engine's refusals as the room reads them: ids put in words, capitalised."""
    try:
        yield
    except RefusedError:
        raise
    except WargameError as exc:
        text = wording(session).text(str(exc))
        raise RefusedError(text[:1].upper() + text[1:], status=422) from exc


def _run(session: Session, fn: Callable[[], T]) -> T:
    with _worded(session):
        return fn()


def _open(session: Session) -> None:
    reason = writable(session)
    if reason is not None:
        raise RefusedError(reason)


def _own(session: Session, team: str, actor: str) -> None:
    if team_of(session.state, actor) != team:
        name = wording(session).actor(actor)
        raise RefusedError(_("{0} is not one of {1}'s actors").format(name, team), status=403)


def _find(session: Session, team: str, ref: MoveRef) -> int:
    """The place of one of ``team``'s moves this turn, found by what it is.

    Another team's withdrawal may have moved it up since the page looked: its place is
    only preferred (identical moves are interchangeable)."""
    _own(session, team, ref.actor)
    same = [
        i
        for i, m in enumerate(session.state.pending)
        if (m.actor, m.action, m.target) == (ref.actor, ref.action, ref.target)
    ]
    if not same:
        raise RefusedError(_("That move is not among your moves any more: look again."))
    return ref.index if ref.index in same else same[-1]


def preview(session: Session, team: str, body: PreviewBody) -> list[dict[str, str]]:
    """The engine's preview of a move of one of ``team``'s actors (nothing changes)."""
    _own(session, team, body.actor)
    t = _run(
        session, lambda: session.engine.preview(session.state, body.actor, body.action, body.target)
    )
    words = wording(session)
    return [{"what": what, "change": signed(v)} for what, v in summarize(t.changes, words)[:10]]


def submit(session: Session, team: str, body: SubmitBody) -> str:
    """Enter ``team``'s sealed move; with ``replaces``, in place of one of its moves (both
    or neither: a refused new move leaves the old one in)."""
    _open(session)
    _own(session, team, body.actor)
    move = MoveSubmitted(body.actor, body.action, body.target, body.note or None)
    words = wording(session)
    target = f" → {words.actor(body.target)}" if body.target else ""
    told = f"{words.actor(body.actor)}: {words.action(body.action)}{target}"
    if body.replaces is not None:
        index = _find(session, team, body.replaces)
        _run(session, lambda: session.dispatch_all([MoveWithdrawn(team, index), move]))
        return _("Replaced, sealed until the reveal: {0}").format(told)
    _run(session, lambda: session.dispatch(move))  # the engine checks the move's legality
    return _("Submitted, sealed until the reveal: {0}").format(told)


def withdraw(session: Session, team: str, body: WithdrawBody) -> str:
    """Take back one of ``team``'s moves before the reveal."""
    _open(session)
    index = _find(session, team, body)
    _run(session, lambda: session.dispatch(MoveWithdrawn(team, index)))
    return _("Withdrawn. Nobody will see it.")


def pass_turn(session: Session, team: str) -> str:
    """``team`` passes with every actor that has not moved."""
    _open(session)
    state = session.state
    if state.phase is not Phase.ORDERS:
        raise RefusedError(_("Teams pass in the Orders phase."))
    moved = {m.actor for m in state.pending}
    if all(actor in moved for actor in teams(state).get(team, [])):
        raise RefusedError(
            _("Every one of your actors has moved already: withdraw a move to pass instead.")
        )
    _run(session, lambda: operations.pass_team(session, team))
    return _("{0} passes this turn.").format(team)


def advance(session: Session) -> str:
    """The White cell's Next phase (from Orders: the reveal)."""
    _open(session)
    _run(session, lambda: operations.advance(session))
    return _("Now in the {0} phase.").format(session.state.phase.value.capitalize())


def fire_injects(session: Session) -> str:
    """Fire every inject due now."""
    _open(session)
    if session.state.phase is not Phase.INJECTS:
        raise RefusedError(_("Injects are fired in the Injects phase."))
    due = len(session.engine.due_injects(session.state))
    _run(session, lambda: fire_due_injects(session))
    return ngettext("{0} inject fired.", "{0} injects fired.", due).format(due)


def bots_move(session: Session) -> str:
    """Every bot that has not moved enters its doctrine's move."""
    _open(session)
    if session.state.phase is not Phase.ORDERS:
        raise RefusedError(_("Bots move in the Orders phase."))
    waiting = len(operations.bots_waiting(session))
    _run(session, lambda: operations.bots_move(session))
    return ngettext("{0} bot moved.", "{0} bots moved.", waiting).format(waiting)


def rule(session: Session, body: RuleBody) -> str:
    """Accept a revealed move or roll for it (a reason for a roll)."""
    _open(session)
    decision = Decision(body.decision)
    if decision is not Decision.ACCEPT and not body.reason:
        raise RefusedError(_("Give a reason for this ruling."), status=422)
    _run(
        session, lambda: session.dispatch(MoveAdjudicated(body.index, decision, reason=body.reason))
    )
    return _("Move {0} ruled.").format(body.index + 1)
