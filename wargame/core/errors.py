"""One exception type per failure of the domain.

They derive from :class:`WargameError`, which derives from :class:`Exception` and not from
``ValueError``: a caller that shows refusals to the user catches ``WargameError`` only, so
a programming error (a ``ValueError``, ``KeyError`` or ``IndexError`` from a bug) is never
mistaken for a refusal and reaches the crash handler and the log instead.
"""


class WargameError(Exception):
    """Base of every domain error: a refusal or a bad input, with a message for the user."""


class ScenarioError(WargameError):
    """A scenario is inconsistent (unknown ids, duplicate ids, bad references)."""

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class UnknownActorError(WargameError):
    """An actor id that the scenario does not define."""


class UnknownActionError(WargameError):
    """An action id that the scenario's catalogue does not define."""


class IllegalMoveError(WargameError):
    """A move that the rules do not allow in the current state."""


class PhaseError(WargameError):
    """An event that does not belong in the current phase."""


class SaveFormatError(WargameError):
    """A save, scenario or moves file that cannot be read; carries the JSON path."""

    def __init__(self, message: str, path: str = "$") -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class ReplayError(WargameError):
    """A save whose log does not reproduce, or whose record departs from it; ``path``
    locates the problem in the file and ``turn`` names the turn (``None`` for a part of
    the file that belongs to no turn, such as the notes and bookmarks)."""

    def __init__(self, message: str, turn: int | None, path: str = "$.events") -> None:
        super().__init__(message if turn is None else f"turn {turn}: {message}")
        self.turn = turn
        self.path = path


class ReplayMismatchError(ReplayError):
    """A replay that does not reproduce the recorded state digests or rulings."""

    def __init__(
        self,
        turn: int,
        expected: str,
        actual: str,
        what: str = "state digest",
        path: str = "$.digests",
    ) -> None:
        if what == "state digest":
            expected, actual = expected[:12], actual[:12]
        super().__init__(f"replayed {what} {actual} differs from recorded {expected}", turn, path)


class EventNotReplayableError(ReplayError):
    """An event of a save that the rules refuse when its log is played again."""


class RulingMismatchError(ReplayMismatchError):
    """A replayed ruling that differs from the recorded one; the message sets what was
    recorded beside what the replay drew."""

    def __init__(self, turn: int, recorded: str, replayed: str, path: str = "$.rulings") -> None:
        ReplayError.__init__(
            self, f"the ruling differs: recorded {recorded}, replayed {replayed}", turn, path
        )


class EvidenceError(ReplayError):
    """A save whose tamper evidence shows a part dropped, reordered, cut, added or edited
    after saving (the chain over the turns, the counts, the rulings, the notes and
    bookmarks, the timelines or the scenario)."""


class ReadOnlyError(WargameError):
    """An event dispatched to a session opened for replay."""


class BranchError(WargameError):
    """A branch name that is empty, taken or unknown."""


class CursorError(WargameError):
    """A point outside the current timeline (seek, annotate)."""


class DeclinedError(WargameError):
    """The user declined an operation when asked (nothing was changed; nothing to report)."""
