"""Replay controls: first, previous turn, previous event, play, next event, next turn,
last; a timeline slider over every event; a jump to a date."""

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from wargame.session.changes import Changes
from wargame.ui.bridge import SessionBridge

SPEEDS = (("1 event/s", 1000), ("4 events/s", 250), ("10 events/s", 100), ("1 turn/s", -1000))


def turn_starts(bridge: SessionBridge) -> list[int]:
    """Log positions at which each turn's Injects phase begins (0 for the first)."""
    session = bridge.session
    starts = [0]
    for i in range(len(session.log)):
        if i and session.applied(i).turn != session.applied(i - 1).turn:
            starts.append(i)
    return starts


class ReplayBar(QWidget):
    """VCR controls over the session's cursor; every view follows the cursor.

    Attributes:
        slider: one step per event. position: "event k of n · turn t · date".
        play: starts and pauses playback at the chosen speed.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)

        style = self.style()
        icons = {
            "first": QStyle.StandardPixmap.SP_MediaSkipBackward,
            "prev_turn": QStyle.StandardPixmap.SP_MediaSeekBackward,
            "prev_event": QStyle.StandardPixmap.SP_ArrowBack,
            "play": QStyle.StandardPixmap.SP_MediaPlay,
            "next_event": QStyle.StandardPixmap.SP_ArrowForward,
            "next_turn": QStyle.StandardPixmap.SP_MediaSeekForward,
            "last": QStyle.StandardPixmap.SP_MediaSkipForward,
        }
        self._icons = {k: style.standardIcon(v) for k, v in icons.items()}
        self._pause = style.standardIcon(QStyle.StandardPixmap.SP_MediaPause)

        def button(key: str, name: str, slot: object) -> QToolButton:
            b = QToolButton(self)
            b.setIcon(self._icons[key])
            b.setAccessibleName(name)
            b.setToolTip(name)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.first = button("first", self.tr("First event"), lambda: self.seek(0))
        self.prev_turn = button("prev_turn", self.tr("Previous turn"), self.previous_turn)
        self.prev_event = button("prev_event", self.tr("Previous event"), lambda: self.step(-1))
        self.play = button("play", self.tr("Play or pause"), self.toggle_play)
        self.play.setCheckable(True)
        self.next_event = button("next_event", self.tr("Next event"), lambda: self.step(1))
        self.next_turn = button("next_turn", self.tr("Next turn"), self.following_turn)
        self.last = button(
            "last", self.tr("Last event"), lambda: self.seek(len(bridge.session.log))
        )
        self.speed = QComboBox(self)
        self.speed.setAccessibleName(self.tr("Playback speed"))
        for label, ms in SPEEDS:
            self.speed.addItem(self.tr(label), ms)
        self.speed.setCurrentIndex(1)
        row.addWidget(self.speed)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Timeline"))
        self.slider.setMinimumWidth(300)
        row.addWidget(self.slider, 1)
        self.position = QLabel(self)
        row.addWidget(self.position)
        self.date = QDateEdit(self)
        self.date.setAccessibleName(self.tr("Jump to date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd MMM yyyy")
        row.addWidget(self.date)
        self.go = QToolButton(self)
        self.go.setText(self.tr("Go"))
        self.go.setAccessibleName(self.tr("Jump to the date"))
        self.go.clicked.connect(self.jump_to_date)
        row.addWidget(self.go)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.slider.valueChanged.connect(self._slid)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._refresh)
        self._refresh()

    # -- navigation --------------------------------------------------------------------

    def seek(self, index: int) -> None:
        """Move the cursor to ``index`` events applied."""
        index = max(0, min(index, len(self.bridge.session.log)))
        self.bridge.run(self, lambda: self.bridge.session.seek(index))

    def step(self, delta: int) -> None:
        """One event back or forward."""
        self.seek(self.bridge.session.cursor + delta)

    def previous_turn(self) -> None:
        """To the start of this turn, or of the one before when already there."""
        cursor = self.bridge.session.cursor
        earlier = [s for s in turn_starts(self.bridge) if s < cursor]
        self.seek(earlier[-1] if earlier else 0)

    def following_turn(self) -> None:
        """To the start of the next turn (or the end)."""
        cursor = self.bridge.session.cursor
        later = [s for s in turn_starts(self.bridge) if s > cursor]
        self.seek(later[0] if later else len(self.bridge.session.log))

    def jump_to_date(self) -> None:
        """To the end of the turn on the chosen date (or its start if it never resolved)."""
        session = self.bridge.session
        target = self.date.date().toPython()
        assert isinstance(target, dt.date)
        days = (target - session.scenario.start_date).days
        turn = days // session.scenario.turn_days
        ends = [r.index for r in session.resolved() if r.turn == turn]
        if not ends:
            self._compute_all()
            ends = [r.index for r in session.resolved() if r.turn == turn]
        starts = turn_starts(self.bridge)
        if ends:
            self.seek(ends[-1])
        elif 0 <= turn < len(starts):
            self.seek(starts[turn])

    def _compute_all(self) -> None:
        session = self.bridge.session
        here = session.cursor
        session.seek(len(session.log))
        session.seek(here)

    def toggle_play(self) -> None:
        """Start or pause playback."""
        if self.timer.isActive():
            self.timer.stop()
            self.play.setChecked(False)
            self.play.setIcon(self._icons["play"])
        else:
            ms = int(self.speed.currentData())
            self.timer.start(abs(ms))
            self.play.setChecked(True)
            self.play.setIcon(self._pause)

    def _tick(self) -> None:
        session = self.bridge.session
        if session.cursor >= len(session.log):
            self.toggle_play()
            return
        if int(self.speed.currentData()) < 0:
            self.following_turn()
        else:
            self.step(1)

    # -- display -----------------------------------------------------------------------

    def _slid(self, value: int) -> None:
        if value != self.bridge.session.cursor:
            self.seek(value)

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.LOG | Changes.CURSOR | Changes.BRANCHES):
            self._refresh()

    def _refresh(self) -> None:
        session = self.bridge.session
        n = len(session.log)
        self.slider.blockSignals(True)
        self.slider.setRange(0, n)
        self.slider.setValue(session.cursor)
        self.slider.blockSignals(False)
        state = session.state
        date = session.scenario.date_of(state.turn)
        self.position.setText(
            self.tr("event {0} of {1} · turn {2} · {3}").format(
                session.cursor, n, state.turn, date.strftime("%d %b %Y")
            )
        )
        start = session.scenario.start_date
        end = session.scenario.date_of(max(session.scenario.turns - 1, state.turn))
        self.date.setDateRange(
            QDate(start.year, start.month, start.day), QDate(end.year, end.month, end.day)
        )
        if not self.date.hasFocus():
            self.date.setDate(QDate(date.year, date.month, date.day))
