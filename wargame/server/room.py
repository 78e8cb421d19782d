"""The server's operations on the session; every function here runs on the session thread.

Each checks who asks (a team may move only its own actors), refuses while the White cell
looks at an earlier moment or replays, and goes through the same session operations as
the console (:mod:`wargame.session.operations`), so a turn played from phones leaves the
same events as one played on the shared screen.
"""

from wargame.core.enums import Decision, Phase
from wargame.core.errors import WargameError
from wargame.core.events import MoveAdjudicated, MoveSubmitted, MoveWithdrawn
from wargame.core.legal import check_move
from wargame.i18n import _
from wargame.server.requests import PreviewBody, RuleBody, SubmitBody, WithdrawBody
from wargame.server.views import writable
from wargame.session import operations
from wargame.session.briefing import signed, summarize
from wargame.session.headless import fire_due_injects
from wargame.session.session import Session
from wargame.session.teams import team_of
from wargame.session.wording import wording


class RefusedError(WargameError):
    """A request the session cannot take now; ``status`` is its HTTP status."""

    def __init__(self, message: str, status: int = 409) -> None:
        super().__init__(message)
        self.status = status


def _open(session: Session) -> None:
    reason = writable(session)
    if reason is not None:
        raise RefusedError(reason)


def _own(session: Session, team: str, actor: str) -> None:
    if team_of(session.state, actor) != team:
        name = wording(session).actor(actor)
        raise RefusedError(_("{0} is not one of {1}'s actors").format(name, team), status=403)


def preview(session: Session, team: str, body: PreviewBody) -> list[dict[str, str]]:
    """The engine's preview of a move of one of ``team``'s actors (nothing changes)."""
    _own(session, team, body.actor)
    t = session.engine.preview(session.state, body.actor, body.action, body.target)
    words = wording(session)
    return [{"what": what, "change": signed(v)} for what, v in summarize(t.changes, words)[:10]]


def submit(session: Session, team: str, body: SubmitBody) -> str:
    """Enter ``team``'s sealed move."""
    _open(session)
    _own(session, team, body.actor)
    check_move(session.engine.world, session.state, body.actor, body.action, body.target)
    session.dispatch(MoveSubmitted(body.actor, body.action, body.target, body.note or None))
    words = wording(session)
    target = f" → {words.actor(body.target)}" if body.target else ""
    return _("Submitted, sealed until the reveal: {0}: {1}{2}").format(
        words.actor(body.actor), words.action(body.action), target
    )


def withdraw(session: Session, team: str, body: WithdrawBody) -> str:
    """Take back one of ``team``'s moves before the reveal."""
    _open(session)
    _own(session, team, body.actor)
    pending = session.state.pending
    same = [
        i
        for i, m in enumerate(pending)
        if (m.actor, m.action, m.target) == (body.actor, body.action, body.target)
    ]
    if not same:
        raise RefusedError(_("that move is not among your moves any more: look again"))
    # another team's withdrawal may have moved it up since the page looked: the move is
    # found by what it is (identical moves are interchangeable), its place only preferred
    index = body.index if body.index in same else same[-1]
    session.dispatch(MoveWithdrawn(team, index))
    return _("Withdrawn. Nobody will see it.")


def pass_turn(session: Session, team: str) -> str:
    """``team`` passes with every actor that has not moved."""
    _open(session)
    if session.state.phase is not Phase.ORDERS:
        raise RefusedError(_("teams pass in the Orders phase"))
    operations.pass_team(session, team)
    return _("{0} passes this turn.").format(team)


def advance(session: Session) -> str:
    """The White cell's Next phase (from Orders: the reveal)."""
    _open(session)
    operations.advance(session)
    return _("Now in the {0} phase.").format(session.state.phase.value.capitalize())


def fire_injects(session: Session) -> str:
    """Fire every inject due now."""
    _open(session)
    if session.state.phase is not Phase.INJECTS:
        raise RefusedError(_("injects are fired in the Injects phase"))
    due = len(session.engine.due_injects(session.state))
    fire_due_injects(session)
    return _("{0} injects fired.").format(due)


def bots_move(session: Session) -> str:
    """Every bot that has not moved enters its doctrine's move."""
    _open(session)
    if session.state.phase is not Phase.ORDERS:
        raise RefusedError(_("bots move in the Orders phase"))
    waiting = len(operations.bots_waiting(session))
    operations.bots_move(session)
    return _("{0} bots moved.").format(waiting)


def rule(session: Session, body: RuleBody) -> str:
    """Accept a revealed move or roll for it (a reason for a roll)."""
    _open(session)
    decision = Decision(body.decision)
    if decision is not Decision.ACCEPT and not body.reason:
        raise RefusedError(_("give a reason for this ruling"), status=422)
    session.dispatch(MoveAdjudicated(body.index, decision, reason=body.reason))
    return _("Move {0} ruled.").format(body.index + 1)
