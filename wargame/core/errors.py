"""One exception type per failure; all are ``ValueError`` subclasses."""


class WargameError(ValueError):
    """Base of every domain error."""


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


class ReplayMismatchError(WargameError):
    """A replay that does not reproduce the recorded state digests or rulings."""

    def __init__(self, turn: int, expected: str, actual: str, what: str = "state digest") -> None:
        if what == "state digest":
            expected, actual = expected[:12], actual[:12]
        super().__init__(f"turn {turn}: replayed {what} {actual} differs from recorded {expected}")
        self.turn = turn


class ReadOnlyError(WargameError):
    """An event dispatched to a session opened for replay."""


class BranchError(WargameError):
    """A branch name that is empty, taken or unknown."""
