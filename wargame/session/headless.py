"""Playing scripted turns (a moves file or the historical track) through a session."""

from wargame.core.enums import Phase
from wargame.core.errors import WargameError
from wargame.core.events import InjectFired, MoveSubmitted
from wargame.core.playbook import adjudication_for
from wargame.core.scenario import TurnMoves
from wargame.session.operations import advance, start_next_turn
from wargame.session.session import Session
from wargame.storage.problems import gc_paused


class ScriptError(WargameError):
    """A scripted move that cannot be played, located by turn and move."""

    def __init__(self, turn: int, move: int | None, message: str) -> None:
        where = f"turn {turn}" + (f", move {move}" if move is not None else "")
        super().__init__(f"{where}: {message}")
        self.turn = turn
        self.move = move


def fire_due_injects(session: Session) -> None:
    """Fire every inject due now (scheduled or triggered)."""
    for inject in session.engine.due_injects(session.state):
        session.dispatch(InjectFired(inject.id))


def play_turn(session: Session, turn: TurnMoves) -> None:
    """Play one whole turn from Injects to Resolution as a facilitator would log it."""
    start_next_turn(session)
    index = session.state.turn
    if session.state.phase is not Phase.INJECTS:
        raise ScriptError(index, None, f"cannot start a turn in the {session.state.phase} phase")
    fire_due_injects(session)
    advance(session)
    world = session.engine.world
    moves = [
        MoveSubmitted(mv.actor, mv.action, mv.target, mv.note, tuple(mv.modifiers))
        for mv in turn.moves
    ]
    try:
        session.dispatch_all(moves)  # one operation: the same events in the log, one fold
    except WargameError:
        for m, (mv, event) in enumerate(zip(turn.moves, moves, strict=True)):
            try:  # one at a time, as the room would have met them, to name the refused one
                session.dispatch(event)
            except WargameError as exc:
                where = f"{mv.actor} {mv.action} -> {mv.target}"
                raise ScriptError(index, m, f"{where}: {exc}") from exc
        raise
    advance(session)
    session.dispatch_all([adjudication_for(world, m, mv) for m, mv in enumerate(turn.moves)])
    advance(session)


def play(session: Session, turns: list[TurnMoves]) -> None:
    """Play every turn in order (the cyclic garbage collector paused meanwhile: a long
    script grows the session by objects that are all kept, and a collector that keeps
    walking them costs more than the whole fold; see DESIGN.md)."""
    with gc_paused():
        for turn in turns:
            play_turn(session, turn)
