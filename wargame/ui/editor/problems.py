"""The problems list: what ``wargame validate`` would say, each entry leading to its field."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wargame.ui.editor.days import day_name
from wargame.ui.editor.document import actor_names, parse_path
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.validation import Problem
from wargame.ui.i18n import plural

TABS = {
    "actors": QT_TRANSLATE_NOOP("editor", "Actors"),
    "relations": QT_TRANSLATE_NOOP("editor", "Relations"),
    "grievances": QT_TRANSLATE_NOOP("editor", "Relations"),
    "catalogue": QT_TRANSLATE_NOOP("editor", "Actions"),
    "actions": QT_TRANSLATE_NOOP("editor", "Actions"),
    "injects": QT_TRANSLATE_NOOP("editor", "Injects"),
    "history": QT_TRANSLATE_NOOP("editor", "History"),
    "expectations": QT_TRANSLATE_NOOP("editor", "Expectations"),
}
"""The tab each top-level key of a scenario is edited in (Overview for the rest)."""


def tab_of(path: str) -> str:
    """The name of the tab that edits the field at JSON path ``path``."""
    parts = parse_path(path)
    overview = str(QT_TRANSLATE_NOOP("editor", "Overview"))
    return str(TABS.get(str(parts[0]), overview)) if parts else overview


def where(path: str, model: ScenarioModel) -> str:
    """The place of a problem in words: the tab, the entry (by name where it has one)."""
    parts = parse_path(path)
    tab = QCoreApplication.translate("editor", tab_of(path))
    if len(parts) > 1 and isinstance(parts[1], int):
        entry = model.get(parts[:2])
        label = None
        if isinstance(entry, dict):
            label = entry.get("name") or entry.get("title") or entry.get("label")
            if parts[0] == "relations":
                names = actor_names(model.doc)
                a, b = str(entry.get("a")), str(entry.get("b"))
                label = f"{names.get(a, a)} – {names.get(b, b)}"
        if parts[0] == "history":
            label = day_name(model.doc, parts[1])
        shown = label or QCoreApplication.translate("editor", "row {0}").format(parts[1] + 1)
        return f"{tab} ▸ {shown}"
    return tab


class ProblemsList(QWidget):
    """Every problem of the scenario, as ``wargame validate`` prints it, under the place it
    is in; a click (or Return) on one brings its field forward.

    Attributes:
        summary: the headline. view: one entry per problem. problems: the problems shown.

    Signals:
        chosen(str): the JSON path of the problem clicked.
    """

    chosen = Signal(str)

    def __init__(self, model: ScenarioModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.problems: list[Problem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QListWidget(self)
        self.view.setAccessibleName(self.tr("Problems"))
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.itemClicked.connect(self._chosen)
        self.view.itemActivated.connect(self._chosen)
        layout.addWidget(self.view, 1)

    def show_problems(self, problems: list[Problem]) -> None:
        """List ``problems`` (none: say the scenario can be played)."""
        self.problems = problems
        self.view.clear()
        for problem in problems:
            item = QListWidgetItem(f"{where(problem.path, self.model)}\n{problem.line()}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setToolTip(problem.line())
            self.view.addItem(item)
        if problems:
            summary = self.tr(
                "<b>%n problem(s)</b>: the scenario can be saved as a draft but not "
                "played. Click one to go to it.",
                "",
                len(problems),
            )
            self.summary.setText(plural(summary, len(problems)))
        else:
            self.summary.setText(self.tr("<b>No problems</b>: the scenario can be played."))
        self.view.setVisible(bool(problems))

    def _chosen(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
