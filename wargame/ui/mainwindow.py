"""The facilitator console: docks around the relations map, menus, files, autosave."""

import secrets
from collections.abc import Callable, Iterable
from functools import partial
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QByteArray, QEventLoop, QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from wargame.analysis.report import render_report
from wargame.analysis.tables import TablesError, export_tables
from wargame.core.enums import Phase
from wargame.core.events import WHITE_CELL, TeamPinSet
from wargame.resources import SCENARIOS
from wargame.session.changes import Changes
from wargame.session.operations import advance, bots_move, bots_waiting, waiting_teams
from wargame.session.session import Session
from wargame.session.teams import pin_hash, teams
from wargame.session.wording import wording
from wargame.storage.atomic import atomic_write
from wargame.storage.files import FileKind
from wargame.ui.about import AboutDialog
from wargame.ui.actors import ActorsPanel
from wargame.ui.bridge import SessionBridge
from wargame.ui.chart import HistoryChart
from wargame.ui.check import CheckDialog
from wargame.ui.composer import ActionComposer
from wargame.ui.curtain import Curtain
from wargame.ui.devices import RoomService
from wargame.ui.devicesdialog import DevicesDialog
from wargame.ui.editor.window import EditorWindow
from wargame.ui.eventlog import EventLogPanel
from wargame.ui.files import (
    Autosaver,
    FileClaim,
    OpenError,
    bundled_scenarios,
    confirm_discard,
    open_file,
    save_session,
    saves_dir,
)
from wargame.ui.guide import GuideDialog
from wargame.ui.injects import InjectsPanel
from wargame.ui.meters import MetersPanel
from wargame.ui.orders import OrdersPanel
from wargame.ui.outlook import OutlookPanel
from wargame.ui.override import OverrideDialog
from wargame.ui.pdf import PdfExport
from wargame.ui.projector import ProjectorWindow
from wargame.ui.relations import RelationsMap
from wargame.ui.replay import ReplayBar
from wargame.ui.screenfit import (
    Arrangement,
    PanelScroll,
    arrangement_for,
    fits,
    window_geometry,
)
from wargame.ui.setup import SetupDialog
from wargame.ui.theme import Theme, apply_theme
from wargame.ui.trainer import BranchesPanel, NotesPanel
from wargame.ui.turnbar import TurnBar

MAX_RECENT = 8


def distinct_keys(*groups: Iterable[QKeySequence | str]) -> list[QKeySequence]:
    """Key sequences without repeats: one sequence bound twice to an action makes Qt call
    the shortcut ambiguous and do nothing."""
    out: list[QKeySequence] = []
    for group in groups:
        for key in group:
            seq = QKeySequence(key)
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


class MainWindow(QMainWindow):
    """The console a facilitator runs an exercise from.

    Attributes:
        bridge: the session bridge every view observes.
        path: the save file the session belongs to (None until saved).
        autosaver: writes the session after every committed event.
        docks: name -> dock widget (each panel in a :class:`PanelScroll`).
        arrangement: how the docks are grouped for the screen the window opened on.
    """

    def __init__(
        self,
        session: Session,
        autosaver: Autosaver,
        path: Path | None = None,
        replay: bool = False,
        available: QRect | None = None,
    ) -> None:
        """``available``: the screen area to fit (without task bars), by default that of
        the screen the window opens on."""
        super().__init__()
        session.read_only = replay
        self.bridge = SessionBridge(session, self)
        self.curtain: Curtain | None = None
        self.guide: GuideDialog | None = None
        self._white_pin_offered = False
        self._shown_once = False
        self.projector: ProjectorWindow | None = None
        self.room = RoomService(self.bridge, self)
        self.devices_dialog: DevicesDialog | None = None
        self.autosaver = autosaver
        self.path = path
        self._saved_mark = self._mark()
        self.setObjectName("MainWindow")
        self._make_actions()
        self._make_menus()
        self.relations = RelationsMap(self.bridge, self)
        self.setCentralWidget(self.relations)
        bar = QToolBar(self.tr("Turn"), self)
        bar.setObjectName("TurnToolBar")
        bar.setMovable(False)
        self.turn_bar = TurnBar(self.bridge, [self.act_undo, self.act_redo, self.act_next], bar)
        bar.addWidget(self.turn_bar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.meters = MetersPanel(self.bridge)
        self.actors = ActorsPanel(self.bridge)
        self.composer = ActionComposer(self.bridge)
        self.orders = OrdersPanel(self.bridge)
        self.room.presenceChanged.connect(self._devices_changed)
        self.room.runningChanged.connect(self._devices_changed)
        self.log_panel = EventLogPanel(self.bridge)
        self.injects = InjectsPanel(self.bridge)
        self.chart = HistoryChart(self.bridge)
        self.docks: dict[str, QDockWidget] = {}
        self._dock("meters", self.tr("Meters"), self.meters)
        self._dock("injects", self.tr("Injects"), self.injects)
        self._dock("composer", self.tr("Action composer"), self.composer)
        self._dock("orders", self.tr("Moves and rulings"), self.orders)
        self._dock("chart", self.tr("History"), self.chart)
        self._dock("log", self.tr("Event log"), self.log_panel)
        self._dock("actors", self.tr("Actors"), self.actors)
        self.notes = NotesPanel(self.bridge)
        self.branches = BranchesPanel(self.bridge)
        self._dock("notes", self.tr("Bookmarks and notes"), self.notes)
        self._dock("branches", self.tr("Branches"), self.branches)
        self.replay_bar = ReplayBar(self.bridge, self)
        replay_tools = QToolBar(self.tr("Replay"), self)
        replay_tools.setObjectName("ReplayToolBar")
        replay_tools.addWidget(self.replay_bar)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, replay_tools)
        self.replay_tools = replay_tools
        self.menu_docks.addAction(replay_tools.toggleViewAction())
        self.outlook = OutlookPanel(self.bridge)
        self._dock("outlook", self.tr("Outlook"), self.outlook)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self._make_autosave_alert()
        self.claim = FileClaim(autosaver.folder)
        if path is not None and not self.claim.claim(path):
            self.path = None  # open in another console: this one works on a copy
            self.status.setText(self.tr("Open in another window: this is a copy (Save as…)"))
        self.bridge.changed.connect(self._on_changed)
        screen = available if available is not None else self.screen().availableGeometry()
        self.arrangement = arrangement_for(screen.size())
        self._arrange(screen)
        self._restore_layout(screen)
        self.set_replay(replay)
        self._follow_phase()
        self._sync_actions()
        self._update_title()

    # -- construction ------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget) -> None:
        """A dock for a panel (placed by :meth:`_arrange`); the panel scrolls when the
        dock is short."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(PanelScroll(widget))
        self.docks[name] = dock
        self.menu_docks.addAction(dock.toggleViewAction())

    def _arrange(self, screen: QRect) -> None:
        """Group the docks by :attr:`arrangement`, fill the screen's available area and
        give each panel room for several rows."""
        docks = self.docks
        left, right, bottom = (
            Qt.DockWidgetArea.LeftDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.setCorner(Qt.Corner.BottomLeftCorner, left)  # the meters run the full height
        self.addDockWidget(left, docks["meters"])
        self.addDockWidget(bottom, docks["chart"])
        wide = self.arrangement is Arrangement.WIDE
        if wide:  # the moves and injects beside the history; the composer on its own
            self.addDockWidget(right, docks["composer"])
            self.splitDockWidget(docks["chart"], docks["orders"], Qt.Orientation.Horizontal)
            groups = [("chart", "log", "actors", "outlook"), ("orders", "injects")]
            groups.append(("composer", "notes", "branches"))
        else:  # a laptop: the phases' panels in one tab group on the right, the rest below
            self.addDockWidget(right, docks["injects"])
            groups = [("chart", "log", "actors", "outlook", "notes", "branches")]
            groups.append(("injects", "orders", "composer"))
        for group in groups:
            for first, then in pairwise(group):
                self.tabifyDockWidget(docks[first], docks[then])
        geometry = window_geometry(screen)
        self.resize(geometry.size())
        self.move(geometry.topLeft())
        width, height = geometry.width(), geometry.height() - 90  # less menu, bars, status
        side = min(max(width // 6, 240), 300)
        column = min(max(width // 4, 440), 520)
        self.resizeDocks(
            [docks["meters"], docks["composer"]], [side, column], Qt.Orientation.Horizontal
        )
        self.resizeDocks([docks["chart"]], [int(height * 0.37)], Qt.Orientation.Vertical)
        if wide:
            rest = width - side
            self.resizeDocks(
                [docks["chart"], docks["orders"]],
                [rest * 11 // 20, rest * 9 // 20],
                Qt.Orientation.Horizontal,
            )
        for name in ("composer", "orders", "chart"):
            docks[name].raise_()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        return act

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_new = self._action(self.tr("Scenario &file…"), self.new_from_scenario, std.New)
        self.act_new_scenario = self._action(
            self.tr("New scenario (&editor)…"),
            self.new_scenario,
            tip=self.tr("Write a new crisis in the scenario editor, from an empty template"),
        )
        self.act_edit_scenario = self._action(
            self.tr("&Edit scenario…"),
            self.edit_scenario,
            tip=self.tr("Open the session's scenario in the scenario editor"),
        )
        self.act_check = self._action(
            self.tr("Check against &history…"),
            self.check_history,
            tip=self.tr("Play the scenario's real track and judge its historical checkpoints"),
        )
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, std.Open)
        self.act_save = self._action(self.tr("&Save"), self.save, std.Save)
        self.act_save_as = self._action(self.tr("Save &as…"), self.save_as, std.SaveAs)
        self.act_report = self._action(self.tr("Export after-action &report…"), self.export_report)
        self.act_pdf = self._action(self.tr("Export report as P&DF…"), self.export_pdf)
        self.act_tables = self._action(
            self.tr("Export &tables for analysts…"),
            self.export_tables,
            tip=self.tr("meters.csv, decisions.csv and events.jsonl, for pandas or a spreadsheet"),
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.act_undo = self._action(self.tr("Undo"), self.undo, std.Undo, self.tr("Undo (Ctrl+Z)"))
        self.act_redo = self._action(
            self.tr("Redo"), self.redo, std.Redo, self.tr("Redo (Ctrl+Shift+Z)")
        )
        self.act_redo.setShortcuts(
            distinct_keys(QKeySequence.keyBindings(std.Redo), ["Ctrl+Shift+Z", "Ctrl+Y"])
        )
        self.act_next = self._action(
            self.tr("Next phase ▶"),
            self.next_phase,
            "F5",
            self.tr("Advance to the next phase (F5)"),
        )
        self.act_override = self._action(self.tr("&Override a meter…"), self.override, "Ctrl+E")
        self.act_dark = self._action(self.tr("&Dark theme (projector)"), self.toggle_theme, "F9")
        self.act_dark.setCheckable(True)
        self.act_full = self._action(self.tr("&Full screen"), self.toggle_full_screen)
        self.act_full.setShortcuts(distinct_keys(["F11"], QKeySequence.keyBindings(std.FullScreen)))
        self.act_reset_map = self._action(self.tr("Reset map &layout"), self._reset_map)
        self.act_replay = self._action(
            self.tr("&Replay mode (read-only)"), self.toggle_replay, "Ctrl+R"
        )
        self.act_replay.setCheckable(True)
        self.act_open_replay = self._action(
            self.tr("Open for re&play…"), self.open_for_replay, "Ctrl+Shift+O"
        )
        self.act_setup = self._action(self.tr("&Teams and control…"), self.setup_teams)
        self.act_curtain = self._action(
            self.tr("&Curtain (sealed orders)"), self.show_curtain, "Ctrl+T"
        )
        self.act_bots = self._action(self.tr("&Bots move"), self.bots_move, "Ctrl+B")
        self.act_projector = self._action(
            self.tr("&Projector window"), self.show_projector, "Ctrl+P"
        )
        self.act_devices = self._action(
            self.tr("Open to players' &devices…"),
            self.show_devices,
            tip=self.tr("Teams join from their phones or laptops on the room's network"),
        )
        self.act_guide = self._action(
            self.tr("Facilitator's &guide"),
            self.show_guide,
            QKeySequence.StandardKey.HelpContents,
            self.tr("How to run a turn, in one page (F1)"),
        )
        self.act_about = self._action(self.tr("&About wargame"), self.show_about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = self._action(self.tr("About &Qt"), QApplication.aboutQt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def _make_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.menu_new = menu.addMenu(self.tr("&New from scenario"))
        for path, title in bundled_scenarios():
            act = self.menu_new.addAction(title)
            act.triggered.connect(partial(self._new_from, path))
        self.menu_new.addSeparator()
        self.menu_new.addAction(self.act_new)
        menu.addActions([self.act_open, self.act_open_replay])
        menu.addActions([self.act_new_scenario, self.act_edit_scenario])
        self.menu_recent = menu.addMenu(self.tr("Open &recent"))
        menu.addSeparator()
        menu.addActions(
            [self.act_save, self.act_save_as, self.act_report, self.act_pdf, self.act_tables]
        )
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addActions([self.act_undo, self.act_redo])
        menu.addSeparator()
        menu.addAction(self.act_override)
        menu = self.menuBar().addMenu(self.tr("&Turn"))
        menu.addAction(self.act_next)
        menu.addSeparator()
        menu.addActions([self.act_curtain, self.act_bots])
        menu = self.menuBar().addMenu(self.tr("&Session"))
        menu.addActions([self.act_setup, self.act_projector, self.act_devices, self.act_replay])
        menu = self.menuBar().addMenu(self.tr("Sce&nario"))
        menu.addAction(self.act_check)
        menu = self.menuBar().addMenu(self.tr("&View"))
        menu.addActions([self.act_dark, self.act_full, self.act_reset_map])
        self.menu_docks = menu.addMenu(self.tr("&Panels"))
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.act_guide)
        menu.addSeparator()
        menu.addActions([self.act_about, self.act_about_qt])
        self._fill_recent()

    def _make_autosave_alert(self) -> None:
        """A red bar over the console while autosaving fails; it goes when a save works."""
        bar = QToolBar(self.tr("Autosave alert"), self)
        bar.setObjectName("AutosaveAlert")
        bar.setMovable(False)
        self.alert_text = QLabel(bar)
        self.alert_text.setWordWrap(True)
        self.alert_text.setStyleSheet("color: white; font-weight: bold; padding: 4px;")
        bar.setStyleSheet("QToolBar { background: #b3261e; }")
        bar.addWidget(self.alert_text)
        bar.addAction(self.tr("Save as…"), self.save_as)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(False)
        self.autosave_alert = bar

    def show_guide(self) -> None:
        """Help ▸ Facilitator's guide: a window that may stay open beside the console."""
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def first_run_hint(self) -> None:
        """The first time the console opens on this computer, say where to start."""
        settings = QSettings()
        if settings.value("hinted"):
            return
        settings.setValue("hinted", True)
        self.statusBar().showMessage(
            self.tr(
                "New here? Press F1 for the facilitator's guide. A turn: fire the due "
                "injects, then Next phase (F5) to enter moves, reveal them, rule, resolve."
            ),
            120_000,  # two minutes, then the status bar is the console's again
        )

    def show_about(self) -> None:
        """Help ▸ About: version, licence, the scenario's sources, components."""
        AboutDialog(self.session.scenario, self).exec()

    # -- state of the window -----------------------------------------------------------

    @property
    def session(self) -> Session:
        """The session being played."""
        return self.bridge.session

    def _mark(self) -> tuple[str, int, int, int]:
        s = self.bridge.session
        return (s.branch, len(s.log), s.cursor, len(s.annotations))

    def set_replay(self, on: bool) -> None:
        """Replay mode: read-only, VCR controls shown, the notes brought forward."""
        self.session.read_only = on
        self.replay_tools.setVisible(on or self.replay_tools.isVisible())
        self.docks["notes" if on else "composer"].raise_()
        for act in (self.act_next, self.act_override, self.act_bots, self.act_curtain):
            act.setEnabled(not on)
        self.act_replay.setChecked(on)
        self._update_title()

    def toggle_replay(self) -> None:
        """Switch replay mode from the menu."""
        self.set_replay(self.act_replay.isChecked())

    def mark_saved(self) -> None:
        """Treat the session as saved (nothing to ask about on close)."""
        self._saved_mark = self._mark()
        self._update_title()

    def mark_unsaved(self) -> None:
        """Treat the session as not saved anywhere (e.g. after recovery)."""
        self._saved_mark = ("", -1, -1, -1)
        self._update_title()

    def is_dirty(self) -> bool:
        """Whether there are changes since the last save (in replay mode, moving through
        the session is not a change)."""
        mark, saved = self._mark(), self._saved_mark
        if self.session.read_only:
            return (mark[0], mark[1], mark[3]) != (saved[0], saved[1], saved[3])
        return mark != saved

    def _on_changed(self, changes: Changes) -> None:
        kept = Changes.ANNOTATIONS | Changes.BRANCHES
        if (
            changes & Changes.BRANCHES
            and not self.session.read_only
            and self.act_replay.isChecked()
        ):
            self.set_replay(False)  # a branch from replay plays on
        replaying = self.session.read_only and not changes & kept
        if changes & (Changes.LOG | Changes.CURSOR | kept) and not replaying:
            if self.autosaver.save(self.session, self.path):
                self.status.setText(self.tr("Autosaved"))
                self.autosave_alert.setVisible(False)
            else:
                self.status.setText(self.tr("Autosave failed"))
                self.alert_text.setText(
                    self.tr(
                        "Autosave failed ({0}): the last changes are not safe on disk. Save "
                        "the session somewhere else now."
                    ).format(self.autosaver.last_error)
                )
                self.autosave_alert.setVisible(True)
        if changes & Changes.PHASE:
            self._follow_phase()
        self._sync_actions()
        self._update_title()

    def _follow_phase(self) -> None:
        """Bring forward the panel the current phase needs."""
        phase = self.session.state.phase
        if phase is Phase.INJECTS:
            self.docks["injects"].raise_()
        elif phase is Phase.ORDERS:
            self.docks["composer"].raise_()  # the White cell enters its own actors' moves
        elif phase in (Phase.ADJUDICATION, Phase.RESOLUTION):
            self.docks["orders"].raise_()

    def _sync_actions(self) -> None:
        self.act_undo.setEnabled(self.session.can_undo())
        self.act_redo.setEnabled(self.session.can_redo())
        state = self.session.state
        self.act_curtain.setEnabled(
            not self.session.read_only and state.phase is Phase.ORDERS and bool(teams(state))
        )

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("unsaved session")
        star = "*" if self.is_dirty() else ""
        mode = self.tr(" [replay]") if self.session.read_only else ""
        branch = "" if self.session.branch == "main" else f" ({self.session.branch})"
        self.setWindowTitle(f"{star}{name}{branch}{mode} — {self.session.scenario.title} — wargame")

    # -- operations ----------------------------------------------------------------------

    def undo(self) -> None:
        """Undo one event."""
        self.bridge.run(self, self.session.undo)

    def redo(self) -> None:
        """Redo one event."""
        self.bridge.run(self, self.session.redo)

    def next_phase(self) -> None:
        """Advance the turn to its next phase.

        Closing the Orders phase while a team has not submitted asks first. Entering
        Review records the turn's narrative in the log.
        """
        if not self._reminded():
            return
        waiting = waiting_teams(self.session)
        if waiting:
            answer = QMessageBox.question(
                self,
                self.tr("Close orders?"),
                self.tr("Still waiting for: {0}. Reveal the moves anyway?").format(
                    ", ".join(waiting)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self.bridge.run(self, partial(advance, self.session)):
            return
        if self.session.state.phase is Phase.ORDERS and teams(self.session.state):
            if self.room.running:  # the teams move on their own devices
                self.status.setText(
                    self.tr(
                        "Orders: the teams move on their devices (a team at this screen: "
                        "Turn ▸ Curtain, Ctrl+T)."
                    )
                )
                return
            self.offer_white_cell_pin()
            self.show_curtain()

    def _reminded(self) -> bool:
        """Before leaving a phase with something left undone (due injects, bots that have
        not moved), say so; False when the facilitator stays."""
        session = self.session
        if session.read_only:
            return True  # nothing moves in replay: the refusal says so
        names = {a.id: a.name for a in session.scenario.actors}
        due = session.engine.due_injects(session.state)
        if session.state.phase is Phase.INJECTS and due:
            answer = QMessageBox.question(
                self,
                self.tr("Injects are due"),
                self.tr(
                    "Not fired yet: {0}. Go on to the Orders phase without them? (Hold an "
                    "inject to bring it back next turn.)"
                ).format(", ".join(f"“{i.title}”" for i in due)),
            )
            return answer == QMessageBox.StandardButton.Yes
        bots = bots_waiting(session)
        if bots:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Bots have not moved"),
                self.tr("No move yet from the bots of {0}.").format(
                    ", ".join(names[a] for a in bots)
                ),
                parent=self,
            )
            first = box.addButton(self.tr("Bots move, then go on"), QMessageBox.ButtonRole.YesRole)
            box.addButton(self.tr("Go on without them"), QMessageBox.ButtonRole.NoRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            clicked = box.clickedButton()
            if clicked is first:
                return self.bridge.run(self, partial(bots_move, session))
            return clicked is not None and box.buttonRole(clicked) is QMessageBox.ButtonRole.NoRole
        return True

    def offer_white_cell_pin(self) -> None:
        """At the start of the Orders phase, once a session: offer the White cell a PIN that
        keeps the teams on the curtain."""
        if WHITE_CELL in self.session.state.pins or self._white_pin_offered:
            return
        self._white_pin_offered = True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Lock the console?"),
            self.tr(
                "Teams are about to take turns at the screen. Without a White-cell PIN, anyone "
                "at the curtain can go back to the console and see the room's picture. Set a "
                "PIN now?"
            ),
            parent=self,
        )
        set_pin = box.addButton(self.tr("Set a White-cell PIN…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not set_pin:
            return
        pin, ok = QInputDialog.getText(
            self, self.tr("White-cell PIN"), self.tr("New PIN:"), QLineEdit.EchoMode.Password
        )
        if not ok or not pin:
            return
        again, ok = QInputDialog.getText(
            self,
            self.tr("White-cell PIN"),
            self.tr("The same PIN again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or again != pin:
            QMessageBox.warning(
                self, self.tr("White-cell PIN"), self.tr("The PINs differ: no PIN set.")
            )
            return
        event = TeamPinSet(WHITE_CELL, pin_hash(pin))
        self.bridge.run(self, partial(self.session.dispatch, event))

    def resume_orders(self) -> None:
        """A session that opens in the Orders phase with teams (recovery, a save) puts the
        curtain back up."""
        state = self.session.state
        if state.phase is Phase.ORDERS and teams(state) and not self.session.read_only:
            self.show_curtain()

    def setup_teams(self) -> None:
        """Assign actors to teams, the White cell or bots; set PINs."""
        SetupDialog(self.bridge, self).exec()

    def show_curtain(self) -> None:
        """Cover the console while teams take turns at the screen (Orders phase only).

        Undone events that hold a team's move are settled first, by the White cell: a
        team at the screen must never be asked about another team's move."""
        state = self.session.state
        if state.phase is not Phase.ORDERS or not teams(state):
            self.status.setText(self.tr("The curtain is for the Orders phase, when teams move."))
            return
        if self.curtain is not None and self.curtain.isVisible():
            return
        if not self._settle_undone():
            return
        state = self.session.state  # a redo may have gone past the reveal
        if state.phase is not Phase.ORDERS or not teams(state):
            return
        if self.curtain is None:
            self.curtain = Curtain(self.bridge, self)
            self.curtain.finished.connect(self._curtain_closed)
        self.curtain.cover(self)
        self.curtain.show()
        self.curtain.raise_()

    def _settle_undone(self) -> bool:
        """Before the teams come back: redo the undone events that hold a team's move, or
        leave them in another branch (the team moves again). False to stay."""
        at_risk = self.session.sealed_at_risk()
        if not at_risk:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Undone moves"),
            self.tr(
                "The undone events hold a sealed move or a withdrawal of {0}. Redo them "
                "before the teams come back, or leave them in another branch (the team "
                "moves again)?"
            ).format(", ".join(at_risk)),
            parent=self,
        )
        redo = box.addButton(self.tr("Redo them"), QMessageBox.ButtonRole.AcceptRole)
        aside = box.addButton(
            self.tr("Leave them in a branch"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        session = self.session
        if box.clickedButton() is redo:
            return self.bridge.run(self, lambda: session.seek(len(session.log)))
        if box.clickedButton() is aside:
            return self.bridge.run(self, lambda: session.set_aside_tail(confirmed=True))
        return False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self.resume_orders)
            self.first_run_hint()

    def _curtain_closed(self) -> None:
        self.curtain = None

    def bots_move(self) -> None:
        """Enter the moves of every bot actor, chosen by its doctrine, and say what they
        chose (bots are not teams: their moves are not sealed)."""
        session = self.session
        before = len(session.state.pending)
        if not self.bridge.run(self, partial(bots_move, session)):
            return
        words = wording(session)
        chosen = [
            f"{words.actor(m.actor)}: {words.action(m.action)}"
            + (f" → {words.actor(m.target)}" if m.target else "")
            for m in session.state.pending[before:]
        ]
        self.status.setText(
            self.tr("Bots moved — {0}").format("; ".join(chosen))
            if chosen
            else self.tr("Every bot has moved already.")
        )

    def show_projector(self) -> None:
        """Open (or bring forward) the projector window."""
        if self.projector is None:
            self.projector = ProjectorWindow(self.bridge, self)
            self.projector.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.projector.destroyed.connect(self._projector_closed)
            room = self.screen().availableGeometry().size()  # never larger than the screen
            self.projector.resize(self.projector.size().boundedTo(room))
        self.projector.show()
        self.projector.raise_()

    def _projector_closed(self) -> None:
        self.projector = None

    def show_devices(self) -> None:
        """Open (or bring forward) the players' devices dialog: serve, links, QR codes."""
        if self.devices_dialog is None:
            self.devices_dialog = DevicesDialog(self.bridge, self.room, self)
            self.devices_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.devices_dialog.destroyed.connect(self._devices_dialog_closed)
        self.devices_dialog.show()
        self.devices_dialog.raise_()

    def _devices_dialog_closed(self) -> None:
        self.devices_dialog = None

    def _devices_changed(self, *_args: object) -> None:
        self.orders.set_presence(self.room.present if self.room.running else None)

    def override(self) -> None:
        """Open the override dialog and apply it."""
        dialog = OverrideDialog(self.session, self.bridge.selection, self)
        if dialog.exec():
            event = dialog.event_value()
            self.bridge.run(self, lambda: self.session.dispatch(event))

    def toggle_theme(self) -> None:
        """Switch between the light and the dark projector theme."""
        theme = Theme.DARK if self.act_dark.isChecked() else Theme.LIGHT
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        QSettings().setValue("theme", theme.value)
        self.relations.restyle()
        self.chart.apply_palette()

    def toggle_full_screen(self) -> None:
        """Full screen for the projector."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _reset_map(self) -> None:
        self.relations.reset_layout()

    # -- files ---------------------------------------------------------------------------

    def _confirm_discard(self) -> bool:
        if not self.is_dirty():
            return True
        return confirm_discard(
            self, self.tr("The session has changes that are not saved. Save them first?"), self.save
        )

    def open_path(self, path: Path) -> bool:
        """Open a scenario or save; on any problem show it and keep the current session.
        A save open in another console opens as a copy (after asking)."""
        copy = self.claim.held_elsewhere(path)
        if copy:
            answer = QMessageBox.question(
                self,
                self.tr("Open in another window"),
                self.tr(
                    "{0} is open in another wargame window. Open a copy here? Saving the "
                    "copy asks for a new file name, so neither window overwrites the other."
                ).format(path.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            opened = open_file(path, secrets.randbelow(2**32))
        except OpenError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot open file"),
                self.tr("{0} could not be opened. The current session is unchanged.").format(
                    path.name
                ),
                parent=self,
            )
            box.setInformativeText("\n".join(exc.lines[:8]))
            box.setDetailedText("\n".join(exc.lines))
            box.exec()
            return False
        self.bridge.replace(opened.session)
        self.path = path if opened.kind is FileKind.SAVE and not copy else None
        self.claim.claim(self.path)
        self._white_pin_offered = False
        QTimer.singleShot(0, self.resume_orders)
        if opened.migrated_from is not None:
            self.status.setText(
                self.tr(
                    "Written by an older wargame: every move and roll replayed, the meters "
                    "recomputed under the current rules"
                )
            )
        self._saved_mark = self._mark()  # a save as read, or a fresh session with no events
        self._remember(path)
        self._sync_actions()
        self._update_title()
        return True

    def _pick_and_open(self, title: str, folder: Path, pattern: str) -> bool:
        """Ask about unsaved changes, let the user pick a file, open it."""
        if not self._confirm_discard():
            return False
        name, _ = QFileDialog.getOpenFileName(self, title, str(folder), pattern)
        return bool(name) and self.open_path(Path(name))

    def _new_from(self, path: Path) -> bool:
        """Start a new session from a bundled scenario (asking about unsaved work)."""
        return self._confirm_discard() and self.open_path(path)

    def new_scenario(self) -> EditorWindow:
        """File ▸ New scenario: the scenario editor on an empty crisis."""
        editor = EditorWindow(play=self.play_scenario, parent=self)
        editor.show()
        return editor

    def edit_scenario(self) -> EditorWindow:
        """File ▸ Edit scenario: the scenario editor on a copy of the session's scenario."""
        editor = self.new_scenario()
        editor.new_from_scenario(self.session.scenario)
        return editor

    def play_scenario(self, path: Path) -> bool:
        """The editor's Play: open its scenario file here, asking about unsaved work."""
        if not (self._confirm_discard() and self.open_path(path)):
            return False
        self.raise_()
        self.activateWindow()
        return True

    def check_history(self) -> None:
        """Scenario ▸ Check against history: the checkpoints table for the open scenario."""
        CheckDialog(self.session.scenario, self).exec()

    def new_from_scenario(self) -> None:
        """Start a new session from a scenario file."""
        self._pick_and_open(
            self.tr("New session from scenario"), SCENARIOS, self.tr("Scenarios (*.json)")
        )

    def open_dialog(self) -> None:
        """Open a save or a scenario."""
        self._pick_and_open(
            self.tr("Open session"), self.start_folder(), self.tr("Sessions and scenarios (*.json)")
        )

    def open_for_replay(self) -> None:
        """Open a save read-only with the replay controls, at its first event."""
        if self._pick_and_open(
            self.tr("Open session for replay"), self.start_folder(), self.tr("Sessions (*.json)")
        ):
            self.set_replay(True)
            self.bridge.run(self, lambda: self.session.seek(0))

    def export_report(self) -> bool:
        """Write the after-action report of the current branch as HTML."""
        suggested = self.start_folder() / f"{self.session.scenario.id}-aar.html"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export after-action report"), str(suggested), self.tr("HTML (*.html)")
        )
        if not name:
            return False
        return self.write_report(Path(name))

    def export_pdf(self) -> bool:
        """Write the after-action report as PDF, with progress and a Cancel button."""
        suggested = self.start_folder() / f"{self.session.scenario.id}-aar.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report as PDF"), str(suggested), self.tr("PDF (*.pdf)")
        )
        return bool(name) and self.write_pdf(Path(name))

    def write_pdf(self, path: Path) -> bool:
        """Write the PDF report to ``path`` behind a window-modal progress dialog that can
        cancel; True once the file is written.

        The report is rendered here; the printing runs in a worker thread while a local
        event loop keeps the window drawn. A failure is shown in a dialog and writes
        nothing; the session is only read.
        """
        dialog = QProgressDialog(self.tr("Exporting the report…"), self.tr("Cancel"), 0, 4, self)
        dialog.setWindowTitle(self.tr("Export report as PDF"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        export = PdfExport(self.session, path, self)
        loop = QEventLoop()
        errors: list[str] = []
        written: list[bool] = []

        def progress(step: int, steps: int, what: str) -> None:
            dialog.setLabelText(what)
            dialog.setMaximum(steps)
            dialog.setValue(step)

        def finished(done: bool) -> None:
            written.append(done)
            loop.quit()

        export.progress.connect(progress)
        export.failed.connect(errors.append)
        export.finished.connect(finished)
        dialog.canceled.connect(export.cancel)
        try:
            export.start()
            loop.exec()
        finally:
            dialog.canceled.disconnect(export.cancel)
            dialog.close()
            dialog.deleteLater()
            export.deleteLater()
        if errors:
            QMessageBox.warning(self, self.tr("Cannot export"), errors[0])
            return False
        done = bool(written) and written[0]
        if done:
            self.status.setText(self.tr("Report written to {0}").format(path.name))
        return done

    def export_tables(self) -> bool:
        """Write the analysts' tables of the current branch into a folder the user picks."""
        start = self.path.parent if self.path is not None else self.start_folder()
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Export tables for analysts: choose a folder"), str(start)
        )
        return bool(name) and self.write_tables(Path(name))

    def write_tables(self, folder: Path) -> bool:
        """Write meters.csv, decisions.csv and events.jsonl into ``folder``; report
        failures in a dialog (nothing is half-written: each file is written whole)."""
        try:
            written = export_tables(self.session, folder)
        except (TablesError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot export the tables"), str(exc))
            return False
        self.status.setText(
            self.tr("Tables written to {0}: {1}").format(
                folder.name, ", ".join(p.name for p in written)
            )
        )
        return True

    def write_report(self, path: Path) -> bool:
        """Write the report to ``path``; report failures in a dialog."""
        try:
            atomic_write(path, render_report(self.session).encode())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), str(exc))
            return False
        self.status.setText(self.tr("Report written to {0}").format(path.name))
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        suggested = (self.path.parent if self.path else self.start_folder()) / (
            self.path.name if self.path else f"{self.session.scenario.id}.json"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save session"), str(suggested), self.tr("Sessions (*.json)")
        )
        if not name:
            return False
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        """Write the session to ``path``; report failures in a dialog. A file open in
        another console is not overwritten."""
        if self.claim.held_elsewhere(path):
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr(
                    "{0} is open in another wargame window: save this session under another "
                    "name (File ▸ Save as)."
                ).format(path.name),
            )
            return False
        try:
            save_session(self.session, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr("{0} could not be written: {1}").format(path, exc.strerror or exc),
            )
            return False
        self.path = path
        self.claim.claim(path)
        self._saved_mark = self._mark()
        self._remember(path)
        self.status.setText(self.tr("Saved {0}").format(path.name))
        self._update_title()
        return True

    def recent_files(self) -> list[str]:
        """The files opened or saved last, newest first (QSettings gives a lone entry back
        as a plain string, not a list of one)."""
        value = QSettings().value("recent")
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list):
            return [str(v) for v in value if v]
        return []

    def _remember(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved] + [p for p in self.recent_files() if p != resolved]
        settings = QSettings()
        settings.setValue("recent", recent[:MAX_RECENT])
        settings.setValue("last_folder", str(path.resolve().parent))
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        recent = self.recent_files()
        for n, entry in enumerate(recent, start=1):
            path = Path(entry)
            act = self.menu_recent.addAction(f"&{n} {path.name}")
            act.setToolTip(entry)
            act.setStatusTip(entry)
            act.triggered.connect(lambda _=False, p=entry: self._open_recent(Path(p)))
        self.menu_recent.setToolTipsVisible(True)
        self.menu_recent.setEnabled(bool(recent))

    def start_folder(self) -> Path:
        """Where file dialogs start: the folder used last, else the saves folder."""
        last = QSettings().value("last_folder")
        if isinstance(last, str) and last and Path(last).is_dir():
            return Path(last)
        return saves_dir()

    def _open_recent(self, path: Path) -> None:
        if self._confirm_discard():
            self.open_path(path)

    # -- layout persistence and closing ---------------------------------------------------

    def _restore_layout(self, screen: QRect) -> None:
        """Put back the window and docks as they were closed, when they were laid out for
        a screen like this one and still fit it: a layout from a bigger screen must not
        push panels and buttons off this one."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        size = f"{screen.width()}x{screen.height()}"
        planned = self.geometry()
        # Qt fits a restored geometry to the real screen: only trusted on the one fitted
        real = self.screen().availableGeometry() == screen
        same = settings.value("window/screen") == size and real
        if (
            isinstance(geometry, QByteArray)
            and same
            and (not self.restoreGeometry(geometry) or not fits(self.geometry(), screen))
        ):
            self.setWindowState(Qt.WindowState.WindowNoState)
            self.resize(planned.size())
            self.move(planned.topLeft())
        arranged_alike = settings.value("window/arrangement") == self.arrangement.value
        if isinstance(state, QByteArray) and arranged_alike:
            arranged = self.saveState()
            if not self.restoreState(state) or not fits(
                QRect(screen.topLeft(), self.minimumSizeHint()), screen
            ):
                self.restoreState(arranged)
        settings.setValue("window/screen", size)
        settings.setValue("window/arrangement", self.arrangement.value)
        dark = settings.value("theme") == Theme.DARK.value
        self.act_dark.setChecked(dark)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._confirm_discard():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.autosaver.clear()
        self.claim.release()
        self.outlook.shutdown()
        if self.curtain is not None:
            self.curtain.accept()  # the console is closing: nothing left to lock
        if self.projector is not None:
            self.projector.close()
        self.room.stop()
        event.accept()
