"""The scenario editor's window: seven tabs, the problems list, the map preview, and the
file, undo, check and play actions."""

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wargame.core.errors import WargameError
from wargame.core.scenario import Scenario
from wargame.resources import SCENARIOS
from wargame.storage.problems import InvalidFileError
from wargame.ui.check import CheckDialog
from wargame.ui.editor.actions import ActionsTab
from wargame.ui.editor.actors import ActorsTab
from wargame.ui.editor.document import Doc, from_scenario, parse_path, read_doc, template, write_doc
from wargame.ui.editor.expectations import ExpectationsTab
from wargame.ui.editor.history import HistoryTab
from wargame.ui.editor.injects import InjectsTab
from wargame.ui.editor.model import ScenarioModel
from wargame.ui.editor.overview import OverviewTab
from wargame.ui.editor.preview import MapPreview
from wargame.ui.editor.problems import ProblemsList, tab_of
from wargame.ui.editor.recent import RecentMenu
from wargame.ui.editor.relations import RelationsTab
from wargame.ui.editor.validation import Checked, check
from wargame.ui.files import bundled_scenarios, confirm_discard, saves_dir
from wargame.ui.i18n import plural
from wargame.ui.screenfit import window_geometry

_Tab = (
    OverviewTab | ActorsTab | RelationsTab | ActionsTab | InjectsTab | HistoryTab | ExpectationsTab
)

LARGEST = QSize(1600, 1000)
"""The editor's first size at most (on a larger screen it need not fill it)."""

SIDE_WIDTH = 290
"""Width of the map preview and the problems list beside the tabs."""

VALIDATE_MS = 250
"""Quiet time after an edit before the scenario is checked again."""


class EditorWindow(QMainWindow):
    """Builds or changes a scenario through forms and tables; every edit is one undo step.

    Attributes:
        model: the scenario being edited and its undo stack.
        path: the file it is saved in (None until saved).
        tabs: the seven tabs; overview, actors, relations, actions, injects, history,
        actions_tab, expectations: each of them.
        problems: the problems list. preview: the relations-map preview.
        checked: the last validation (its problems and, without any, the loaded scenario).
        act_save, act_save_as, act_undo, act_redo, act_check, act_play: the main actions.
    """

    def __init__(
        self,
        doc: Doc | None = None,
        path: Path | None = None,
        play: Callable[[Path], bool] | None = None,
        parent: QWidget | None = None,
        available: QRect | None = None,
    ) -> None:
        """``play``: opens a saved scenario file in a console (None: no Play)."""
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("ScenarioEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.model = ScenarioModel(doc if doc is not None else template(), self)
        self.path = path
        self.play_in = play
        self.checked = Checked([], None)
        self.overview = OverviewTab(self.model)
        self.actors = ActorsTab(self.model)
        self.relations = RelationsTab(self.model)
        self.actions_tab = ActionsTab(self.model)
        self.injects = InjectsTab(self.model, lambda: self.current().scenario, folder=self._folder)
        self.history = HistoryTab(self.model)
        self.expectations = ExpectationsTab(self.model)
        self.tabs = QTabWidget(self)
        self.tab_names: dict[str, _Tab] = {
            "Overview": self.overview,
            "Actors": self.actors,
            "Relations": self.relations,
            "Actions": self.actions_tab,
            "Injects": self.injects,
            "History": self.history,
            "Expectations": self.expectations,
        }
        titles = [
            self.tr("&Overview"),
            self.tr("A&ctors"),
            self.tr("&Relations"),
            self.tr("Ac&tions"),
            self.tr("&Injects"),
            self.tr("&History"),
            self.tr("E&xpectations"),
        ]
        for title, tab in zip(titles, self.tab_names.values(), strict=True):
            self.tabs.addTab(tab, title)
        self.problems = ProblemsList(self.model)
        self.preview = MapPreview()
        side = QWidget(self)
        side_layout = self.side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for title, widget, stretch in (
            (self.tr("Relations map"), self.preview, 3),
            (self.tr("Problems"), self.problems, 2),
        ):
            box = QGroupBox(title, self)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(widget)
            side_layout.addWidget(box, stretch)
        self.problems_box = box
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tabs)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setSizes([1060, SIDE_WIDTH])
        self.setCentralWidget(split)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status, 1)
        self._make_actions()
        self._make_menus()
        self.problems.chosen.connect(self.go_to)
        self.injects.message.connect(self.status.setText)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_MS)
        self._timer.timeout.connect(self.validate_now)
        self.model.changed.connect(self._timer.start)
        self.model.stack.cleanChanged.connect(self._clean_changed)
        screen = available if available is not None else self.screen().availableGeometry()
        geometry = window_geometry(screen)
        self.resize(geometry.size().boundedTo(LARGEST))
        self.move(geometry.topLeft())
        self.validate_now()
        self._update_title()

    # -- construction ------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], shortcut: object = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))  # type: ignore[call-overload]
        act.triggered.connect(slot)
        return act

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_template = self._action(self.tr("&Empty crisis (template)"), self.new_template)
        self.act_open = self._action(self.tr("&Open scenario…"), self.open_dialog, std.Open)
        self.act_save = self._action(self.tr("&Save"), self.save, std.Save)
        self.act_save_as = self._action(self.tr("Save &as…"), self.save_as, std.SaveAs)
        self.act_close = self._action(self.tr("&Close editor"), self.close, std.Close)
        stack = self.model.stack
        self.act_undo = self._action(self.tr("&Undo"), stack.undo, std.Undo)
        self.act_redo = self._action(self.tr("&Redo"), stack.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.indexChanged.connect(self._undo_texts)
        self._undo_texts()
        self.act_check = self._action(
            self.tr("Check against &history"), self.check_history, "Ctrl+Shift+H"
        )
        self.act_play = self._action(self.tr("&Play ▶"), self.play, "F5")
        bar = QToolBar(self.tr("Editor"), self)
        bar.setObjectName("EditorToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.act_open, self.act_save, self.act_save_as])
        bar.addSeparator()
        bar.addActions([self.act_undo, self.act_redo])
        bar.addSeparator()
        bar.addActions([self.act_check, self.act_play])
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _undo_texts(self, _index: int = 0) -> None:
        """Undo and Redo keep their short names (the toolbar must not grow); their tips say
        what they would undo or redo."""
        stack = self.model.stack
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        self.act_undo.setToolTip(self.tr("Undo: {0} (Ctrl+Z)").format(stack.undoText()))
        self.act_redo.setToolTip(self.tr("Redo: {0} (Ctrl+Shift+Z)").format(stack.redoText()))

    def _make_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.menu_new = menu.addMenu(self.tr("&New scenario"))
        self.menu_new.addAction(self.act_template)
        self.menu_new.addSeparator()
        for path, title in bundled_scenarios():
            act = self.menu_new.addAction(self.tr("From {0}").format(title))
            act.triggered.connect(partial(self.new_from, path))
        menu.addAction(self.act_open)
        self.menu_recent = RecentMenu(self.tr("Open &recent"), self, self._open_recent)
        menu.addMenu(self.menu_recent)
        menu.addSeparator()
        menu.addActions([self.act_save, self.act_save_as])
        menu.addSeparator()
        menu.addAction(self.act_close)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addActions([self.act_undo, self.act_redo])
        menu = self.menuBar().addMenu(self.tr("Sce&nario"))
        menu.addActions([self.act_check, self.act_play])

    # -- validation and problems --------------------------------------------------------

    def current(self) -> Checked:
        """The validation of the document as it is now (run at once if an edit waits)."""
        if self._timer.isActive():
            self.validate_now()
        return self.checked

    def validate_now(self) -> None:
        """Check the scenario as ``wargame validate`` would; list the problems; allow Play
        and Check only without any."""
        self._timer.stop()
        self.checked = check(self.model.doc)
        self.problems.show_problems(self.checked.problems)
        # without problems, the map takes the room
        self.side_layout.setStretchFactor(self.problems_box, 2 if self.checked.problems else 0)
        self.preview.show_doc(self.model.doc)
        self._update_title()
        ok = self.checked.scenario is not None
        for act in (self.act_play, self.act_check):
            act.setEnabled(ok and (act is not self.act_play or self.play_in is not None))
        if ok:
            self.act_play.setToolTip(self.tr("Play this scenario in the console (F5)"))
            self.act_check.setToolTip(self.tr("Play the real track and judge the checkpoints"))
        else:
            n = len(self.checked.problems)
            why = plural(self.tr("Fix the %n problem(s) listed first: {0}", "", n), n).format(
                self.checked.problems[0].line()
            )
            self.act_play.setToolTip(self.tr("Cannot play yet. {0}").format(why))
            self.act_check.setToolTip(self.tr("Cannot check yet. {0}").format(why))
        if self.play_in is None:
            self.act_play.setToolTip(self.tr("Play needs a console"))

    def go_to(self, path: str) -> None:
        """Bring forward the tab, the entry and the field of JSON path ``path``."""
        tab = self.tab_names[tab_of(path)]
        self.tabs.setCurrentWidget(tab)
        tab.focus(parse_path(path))

    # -- files --------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        """Whether there are edits not saved."""
        return not self.model.stack.isClean()

    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        title = self.model.doc.get("title") or self.tr("Untitled")
        name = self.path.name if self.path else self.tr("not saved")
        self.setWindowTitle(self.tr("Scenario editor — {0} ({1})[*]").format(title, name))
        self.setWindowModified(self.is_dirty())

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        return confirm_discard(
            self,
            self.tr("The scenario has changes that are not saved. Save them first?"),
            self.save,
        )

    def load(self, doc: Doc, path: Path | None) -> None:
        """Start editing another document (its undo history starts afresh)."""
        self.path = path
        self.model.replace(doc)
        self.validate_now()
        self._update_title()

    def new_template(self) -> None:
        """File ▸ New scenario ▸ Empty crisis."""
        if self._confirm_discard():
            self.load(template(), None)

    def new_from(self, path: Path) -> None:
        """File ▸ New scenario ▸ From a bundled scenario: a copy, saved under a new name."""
        if self._confirm_discard():
            self.open_path(path, as_copy=True)

    def new_from_scenario(self, scenario: Scenario) -> None:
        """A copy of a loaded scenario (the console's)."""
        self.load(from_scenario(scenario), None)

    def open_dialog(self) -> None:
        """File ▸ Open scenario…"""
        if not self._confirm_discard():
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open scenario"), str(self._folder()), self.tr("Scenarios (*.json)")
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path, as_copy: bool = False) -> bool:
        """Open a scenario file, drafts with problems included."""
        try:
            doc = read_doc(path)
        except InvalidFileError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot open scenario"),
                self.tr("{0} could not be opened.").format(path.name),
                parent=self,
            )
            box.setInformativeText("\n".join(exc.lines()[:8]))
            box.exec()
            return False
        self.load(doc, None if as_copy else path)
        if not as_copy:
            self._remember(path)
        return True

    def _folder(self) -> Path:
        """Where file dialogs start: the edited scenario's folder, else the folder of the
        file last opened or saved in the editor, else the saves folder. Never the bundled
        scenarios' folder: a copy is saved elsewhere."""
        places = [self.path] if self.path is not None else []
        places += [Path(name) for name in self.recent_files()]
        for place in places:
            folder = place.parent
            if folder.is_dir() and folder.resolve() != SCENARIOS.resolve():
                return folder
        return saves_dir()

    def save(self) -> bool:
        """Save (a draft with problems too); ask for a file the first time."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        suggested = self._folder() / f"{self.model.doc.get('id') or 'scenario'}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save scenario"), str(suggested), self.tr("Scenarios (*.json)")
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".json":
            path = path.with_suffix(".json")
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the scenario to ``path``."""
        try:
            write_doc(self.model.doc, path)
        except (OSError, WargameError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), f"{path}: {exc}")
            return False
        self.path = path
        self.model.stack.setClean()
        self._remember(path)
        draft = self.tr(" (a draft: it has problems)") if self.current().problems else ""
        self.status.setText(self.tr("Saved {0}{1}").format(path.name, draft))
        self._update_title()
        return True

    def recent_files(self) -> list[str]:
        """Scenario files opened or saved in the editor, newest first."""
        return self.menu_recent.files()

    def _remember(self, path: Path) -> None:
        self.menu_recent.remember(path)

    def _open_recent(self, path: Path) -> None:
        if self._confirm_discard():
            self.open_path(path)

    # -- check and play -----------------------------------------------------------------

    def check_history(self) -> None:
        """The console's Check against history table, for the scenario as it is now."""
        self.validate_now()
        if self.checked.scenario is not None:
            CheckDialog(self.checked.scenario, self, session=False).exec()

    def play(self) -> bool:
        """Open the scenario in the console, saving it first."""
        self.validate_now()
        if self.checked.scenario is None or self.play_in is None:
            return False
        if self.is_dirty() or self.path is None:
            answer = QMessageBox.question(
                self,
                self.tr("Save before playing"),
                self.tr("The console plays the scenario file: save it now?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save or not self.save():
                return False
        assert self.path is not None
        return self.play_in(self.path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._confirm_discard():
            event.ignore()
            return
        event.accept()
