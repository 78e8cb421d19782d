"""A scripted track that will not play (the historical track, or a moves file), in the
words of the scenario.

The session's headless play refuses a move with the engine's message, in ids and counted
from 0 (``turn 2, move 1: IRN conventional_offensive -> PAK: conventional_offensive needs
escalation of IRN-PAK at least 40 (it is 27.9) (precondition 0)``). :func:`track_problem`
gives the same refusal as a person reads it in the scenario editor's History tab: the day's
date, the move counted from 1 as the table's rows are, and names and labels instead of ids
(``17 January 2024, move 2 (Iran: Conventional offensive → Pakistan): “Conventional
offensive” needs escalation of Iran – Pakistan at least 40 (it is 27.9)``). The JSON path
before it stays as tools read it, counted from 0 (``$.history[2].moves[1]``).
"""

from wargame.core.scenario import Scenario, TurnMoves
from wargame.core.world import World
from wargame.i18n import _
from wargame.session.headless import ScriptError, play
from wargame.session.session import Session
from wargame.session.wording import Wording


def track_path(source: str, exc: ScriptError) -> str:
    """The JSON path of the refused move: ``$.history[2].moves[1]`` (``source`` names the
    list of turns: ``$.history`` or a moves file's ``$.turns``)."""
    move = f".moves[{exc.move}]" if exc.move is not None else ""
    return f"{source}[{exc.turn}]{move}"


def track_message(scenario: Scenario, turns: list[TurnMoves], exc: ScriptError) -> str:
    """Why the track does not play, in words: the day, the move (from 1) and the refusal."""
    words = Wording(World(scenario))
    date = scenario.date_of(exc.turn)
    day = f"{date.day} {date:%B %Y}"
    cause = exc.__cause__
    if exc.move is None or cause is None:
        reason = str(exc).split(": ", 1)[-1]  # "turn N: why": the why alone
        return _("{day}: {reason}").format(day=day, reason=words.text(reason))
    move = None
    if 0 <= exc.turn < len(turns) and 0 <= exc.move < len(turns[exc.turn].moves):
        move = turns[exc.turn].moves[exc.move]
    reason = words.void(str(cause))
    if move is None:
        return _("{day}, move {number}: {reason}").format(
            day=day, number=exc.move + 1, reason=reason
        )
    return _("{day}, move {number} ({move}): {reason}").format(
        day=day,
        number=exc.move + 1,
        move=words.move(move.actor, move.action, move.target),
        reason=reason,
    )


def track_problem(
    scenario: Scenario, turns: list[TurnMoves], exc: ScriptError, source: str = "$.history"
) -> tuple[str, str]:
    """The refusal as a located problem: (JSON path, message in words)."""
    return track_path(source, exc), track_message(scenario, turns, exc)


def history_problem(scenario: Scenario) -> tuple[str, str] | None:
    """Play the scenario's historical track (as ``wargame validate`` does); the located
    refusal if it will not play, None if it plays or there is none."""
    if scenario.history is None:
        return None
    try:
        play(Session(scenario, 0), scenario.history)
    except ScriptError as exc:
        return track_problem(scenario, scenario.history, exc)
    return None
