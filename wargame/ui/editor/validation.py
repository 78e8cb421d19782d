"""Live validation: the problems ``wargame validate`` prints, for the document being edited.

Nothing here judges a scenario itself: the document goes through the same loader
(:func:`wargame.storage.files.scenario_from_doc`: migrations, catalogue, fields and cross
references) and its historical track through the same headless play as ``wargame
validate``, so the editor lists exactly the messages the command prints.
"""

from dataclasses import dataclass

from wargame.analysis.track_problems import history_problem
from wargame.core.scenario import Scenario
from wargame.storage.files import scenario_from_doc
from wargame.storage.problems import InvalidFileError
from wargame.ui.editor.document import Doc, file_doc


@dataclass(frozen=True)
class Problem:
    """One problem of the scenario, located."""

    path: str
    """Its JSON path, as ``wargame validate`` prints it (``$.actors[1].name``)."""
    message: str
    """What is wrong, word for word as ``wargame validate`` prints it."""

    def line(self) -> str:
        """The line ``wargame validate FILE`` prints, without the file name."""
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Checked:
    """The outcome of validating a document."""

    problems: list[Problem]
    """Every problem found (none: the scenario can be played)."""
    scenario: Scenario | None
    """The loaded scenario when it has no problem."""


def check(doc: Doc) -> Checked:
    """Load ``doc`` as ``wargame validate`` loads a scenario file and play its history."""
    try:
        scenario = scenario_from_doc(file_doc(doc))  # file_doc copies what it keeps
    except InvalidFileError as exc:
        return Checked([Problem(p, m) for p, m in exc.problems], None)
    found = history_problem(scenario)
    if found is not None:
        return Checked([Problem(*found)], None)
    return Checked([], scenario)
