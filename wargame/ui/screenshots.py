"""`make screenshots`: render the console and its docks and dialogs to PNG files.

Run as ``python -m wargame.ui.screenshots OUT_DIR``; the default scenario is played
along its historical track to 18 January 2024 first.
"""

import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QWidget

from wargame.analysis.forecast import Spec, forecast
from wargame.core.enums import Decision
from wargame.core.events import (
    WHITE_CELL,
    InjectFired,
    MoveAdjudicated,
    MoveSubmitted,
    PhaseAdvanced,
    TeamPinSet,
)
from wargame.resources import DEFAULT_SCENARIO, SCENARIOS
from wargame.session.headless import play
from wargame.session.operations import advance, start_next_turn
from wargame.session.session import Session
from wargame.session.teams import pin_hash
from wargame.storage.files import load_scenario
from wargame.ui.about import AboutDialog
from wargame.ui.app import init_application
from wargame.ui.check import CheckDialog
from wargame.ui.curtain import TeamPanel
from wargame.ui.devices import LOOPBACK
from wargame.ui.files import Autosaver
from wargame.ui.mainwindow import MainWindow
from wargame.ui.override import OverrideDialog
from wargame.ui.theme import Theme, apply_theme
from wargame.ui.why import WhyDialog

DAYS_TO_PLAY = 4  # 15, 16, 17 and 18 January
PROJECTOR = QRect(0, 0, 1920, 1080)
"""The screen the console is drawn on: a full-HD projector or monitor."""
LAPTOP = QRect(0, 0, 1366, 768)
"""A small laptop's screen."""


def _grab(widget: QWidget, path: Path) -> Path:
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    return path


def _window(app: QApplication, tmp: Path, screen: QRect = PROJECTOR) -> MainWindow:
    scenario = load_scenario(DEFAULT_SCENARIO)
    session = Session(scenario, seed=0)
    assert scenario.history is not None
    play(session, scenario.history[:DAYS_TO_PLAY])
    session.annotate("Pakistan answers within 48 hours", index=session.cursor, bookmark=True)
    window = MainWindow(session, Autosaver(tmp), available=screen)
    window.bridge.select("IRN-PAK")
    window.show()
    window.docks["chart"].raise_()
    QApplication.processEvents()
    return window


def _laptop(app: QApplication, tmp: Path, out: Path) -> Path:
    """The console on a 1366 x 768 laptop, on 18 January: its docks tabbed."""
    QSettings().clear()  # the layout of a bigger screen would not be restored anyway
    window = _window(app, tmp, LAPTOP)
    written = _grab(window, out / "console-1366x768.png")
    window.mark_saved()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def _shared_screen(tmp: Path, out: Path) -> list[Path]:
    """The curtain, a team's panel, the reveal and the projector on 18 January."""
    scenario = load_scenario(DEFAULT_SCENARIO)
    assert scenario.history is not None
    session = Session(scenario, seed=0)
    play(session, scenario.history[: DAYS_TO_PLAY - 1])
    for who, pin in ((WHITE_CELL, "4711"), ("Team Iran", "1234")):
        session.dispatch(TeamPinSet(who, pin_hash(pin)))
    window = MainWindow(session, Autosaver(tmp), available=PROJECTOR)
    window.show()
    window.next_phase()  # resolution -> review (narrative)
    window.next_phase()  # -> 18 January, injects
    for inject in session.engine.due_injects(session.state):
        session.dispatch(InjectFired(inject.id))
    window.next_phase()  # -> orders: the curtain comes up
    day = scenario.history[DAYS_TO_PLAY - 1].moves
    pak = next(m for m in day if m.actor == "PAK")
    session.dispatch(
        MoveSubmitted(pak.actor, pak.action, pak.target, pak.note, tuple(pak.modifiers))
    )
    written = []
    assert window.curtain is not None
    window.curtain.resize(1280, 720)
    written.append(_grab(window.curtain, out / "curtain.png"))
    panel = TeamPanel(window.bridge, "Team Iran", window)
    found = panel.composer.action_box.findData("summon_envoy")
    panel.composer.action_box.setCurrentIndex(max(found, 0))
    panel.composer.note.setText("Protest formally; keep the door open.")
    panel.show()
    written.append(_grab(panel, out / "team-panel.png"))
    panel.close()
    for m in day:
        if m is not pak:
            session.dispatch(MoveSubmitted(m.actor, m.action, m.target, m.note, tuple(m.modifiers)))
    window.curtain.accept()  # the White cell's hand (its PIN is asked for from the buttons)
    advance(session)  # reveal (as on 18 January, the bots sit the day out: no reminder)
    session.dispatch(MoveAdjudicated(0, Decision.ROLL, reason="strike success uncertain"))
    session.dispatch(MoveAdjudicated(1, Decision.ACCEPT))
    window.docks["orders"].raise_()
    written.append(_grab(window.docks["orders"], out / "reveal-and-rulings.png"))
    for i in range(2, len(session.state.pending)):
        session.dispatch(MoveAdjudicated(i, Decision.ACCEPT))
    window.next_phase()  # resolution
    window.next_phase()  # review, with the narrative
    window.show_projector()
    assert window.projector is not None
    window.projector.resize(1920, 1080)
    written.append(_grab(window.projector, out / "projector.png"))
    window.mark_saved()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def _devices(tmp: Path, out: Path) -> list[Path]:
    """The players' devices dialog, serving on loopback, with Iran's page open and its
    move submitted on 18 January."""
    scenario = load_scenario(DEFAULT_SCENARIO)
    assert scenario.history is not None
    session = Session(scenario, seed=0)
    play(session, scenario.history[: DAYS_TO_PLAY - 1])
    start_next_turn(session)
    for inject in session.engine.due_injects(session.state):
        session.dispatch(InjectFired(inject.id))
    advance(session)  # orders
    window = MainWindow(session, Autosaver(tmp), available=PROJECTOR)
    window.show()
    window.room.start(LOOPBACK, 0)
    window.show_devices()
    dialog = window.devices_dialog
    assert dialog is not None
    iran = next(card.link.url for card in dialog.cards if card.link.team == "Team Iran")
    port, token = urlsplit(iran).port, urlsplit(iran).fragment
    request = Request(
        f"http://127.0.0.1:{port}/api/view", headers={"Authorization": f"Bearer {token}"}
    )
    with urlopen(request, timeout=5) as reply:  # Iran's page is open (read from a snapshot)
        reply.read()
    day = scenario.history[DAYS_TO_PLAY - 1].moves
    irn = next(m for m in day if m.actor == "IRN")
    session.dispatch(MoveSubmitted(irn.actor, irn.action, irn.target, irn.note))
    deadline = time.monotonic() + 5
    while "Team Iran" not in window.room.present and time.monotonic() < deadline:
        QApplication.processEvents()
    dialog.resize(900, 640)
    written = [_grab(dialog, out / "devices-dialog.png")]
    window.docks["orders"].raise_()
    written.append(_grab(window.docks["orders"], out / "orders-with-devices.png"))
    window.room.stop()
    window.mark_saved()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def _replay(tmp: Path, out: Path) -> list[Path]:
    """Replay mode on the whole played crisis, at 19 January, with a trainer's notes."""
    scenario = load_scenario(DEFAULT_SCENARIO)
    assert scenario.history is not None
    session = Session(scenario, seed=0)
    play(session, scenario.history)
    ends = {r.turn: r.index for r in session.resolved()}
    session.annotate("Pakistan answers within 48 hours", index=ends[3], bookmark=True)
    session.annotate("[decision point] both sides call for de-escalation", index=ends[4])
    session.annotate("[lesson] one proportionate round closed the account", index=ends[11])
    session.seek(ends[4])
    window = MainWindow(session, Autosaver(tmp), replay=True, available=PROJECTOR)
    window.show()
    window.docks["notes"].raise_()
    window.docks["chart"].raise_()
    written = [_grab(window, out / "replay-mode.png")]
    # what if Pakistan had held back on 18 January?
    session.seek(ends[2])
    session.branch_from_here("Pakistan holds back")
    for event in (PhaseAdvanced(), PhaseAdvanced(), PhaseAdvanced()):
        session.dispatch(event)
    session.dispatch(MoveSubmitted("PAK", "call_for_de_escalation", "IRN", "no strike"))
    session.dispatch(PhaseAdvanced())
    session.dispatch(MoveAdjudicated(0, Decision.ACCEPT))
    session.dispatch(PhaseAdvanced())
    chart = window.chart
    chart.compare.setCurrentIndex(chart.compare.findData("main"))
    written.append(_grab(window.docks["chart"], out / "compare-branches.png"))
    window.mark_saved()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def _editor(out: Path) -> list[Path]:
    """The scenario editor on a 1366 x 768 laptop, one picture per tab, on the default
    scenario with a row of each table selected."""
    from wargame.ui.editor.document import read_doc  # noqa: PLC0415 - only for these pictures
    from wargame.ui.editor.window import EditorWindow  # noqa: PLC0415

    editor = EditorWindow(
        read_doc(DEFAULT_SCENARIO), DEFAULT_SCENARIO, play=lambda _p: True, available=LAPTOP
    )
    editor.show()
    editor.actors.rows.table.setCurrentCell(6, 1)
    editor.relations.select_pair("IRN", "PAK")
    editor.actions_tab.catalogue.setCurrentCell(0, 0)
    editor.actions_tab.copy.click()  # adapt "Strike militant camps" as the scenario's own
    editor.injects.rows.table.setCurrentCell(6, 1)  # a triggered inject
    editor.history.days.setCurrentRow(1)
    editor.expectations.rows.table.setCurrentCell(0, 0)
    written = []
    for name, tab in editor.tab_names.items():
        editor.tabs.setCurrentWidget(tab)
        written.append(_grab(editor, out / f"editor-{name.lower()}.png"))
    editor.model.stack.setClean()
    editor.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def render_all(out: Path) -> list[Path]:
    """Write every screenshot into ``out``; return the files."""
    out.mkdir(parents=True, exist_ok=True)
    QStandardPaths.setTestModeEnabled(True)
    app = init_application([])
    QCoreApplication.setApplicationName("wargame-screenshots")
    QSettings().clear()
    apply_theme(app, Theme.LIGHT)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        window = _window(app, Path(tmp))
        written.append(_grab(window, out / "console-18-january.png"))
        for name in ("meters", "composer"):
            written.append(_grab(window.docks[name], out / f"dock-{name}.png"))
        start, _ = window.outlook.start_point()
        spec = Spec(horizon=12, runs=200, seed=0)
        summary = forecast(window.session.scenario, start, spec, workers=1)
        assert summary is not None
        window.outlook.results[start.turn] = summary
        window.outlook.runs.setValue(200)
        window.outlook.progress.setRange(0, 200)
        window.outlook.progress.setValue(200)
        window.outlook._show()
        for name in ("orders", "injects", "chart", "log", "actors", "outlook"):
            window.docks[name].raise_()
            written.append(_grab(window.docks[name], out / f"dock-{name}.png"))
        written.append(_grab(window.relations, out / "relations-map.png"))
        why = WhyDialog(window.session, "escalation", "IRN-PAK", "IRN-PAK", window)
        why.show()
        written.append(_grab(why, out / "dialog-why.png"))
        why.close()
        override = OverrideDialog(window.session, "IRN-PAK", window)
        override.reason.setPlainText("The room judges the border calmer than the model says.")
        override.show()
        written.append(_grab(override, out / "dialog-override.png"))
        override.close()
        about = AboutDialog(window.session.scenario, window)
        about.show()
        written.append(_grab(about, out / "dialog-about.png"))
        about.close()
        check = CheckDialog(load_scenario(SCENARIOS / "iran_israel_2024.json"), window)
        check.show()
        written.append(_grab(check, out / "dialog-check-history.png"))
        check.close()
        window.act_dark.setChecked(True)
        window.toggle_theme()
        window.docks["chart"].raise_()
        window.docks["orders"].raise_()
        written.append(_grab(window, out / "console-dark-projector.png"))
        window.mark_saved()
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        apply_theme(app, Theme.LIGHT)
        written.append(_laptop(app, Path(tmp), out))
        written += _shared_screen(Path(tmp), out)
        written += _replay(Path(tmp), out)
        written += _editor(out)
        written += _devices(Path(tmp), out)
    apply_theme(app, Theme.LIGHT)
    QSettings().clear()
    return written


def main() -> int:
    """Entry point: ``python -m wargame.ui.screenshots [OUT_DIR]``."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for path in render_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
