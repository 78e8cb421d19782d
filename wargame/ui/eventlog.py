"""The event log: a filterable table of everything that happened, with notes."""

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wargame.core.events import (
    Event,
)
from wargame.session.changes import Changes
from wargame.session.entries import describe
from wargame.session.session import Session
from wargame.ui.bridge import SessionBridge
from wargame.ui.turnbar import phase_label

COLUMNS = (
    QT_TRANSLATE_NOOP("LogModel", "#"),
    QT_TRANSLATE_NOOP("LogModel", "Turn"),
    QT_TRANSLATE_NOOP("LogModel", "Phase"),
    QT_TRANSLATE_NOOP("LogModel", "Actor"),
    QT_TRANSLATE_NOOP("LogModel", "Event"),
    QT_TRANSLATE_NOOP("LogModel", "Outcome"),
    QT_TRANSLATE_NOOP("LogModel", "Reason / note"),
)
Index = QModelIndex | QPersistentModelIndex


class LogModel(QAbstractTableModel):
    """The current timeline's log; undone events are greyed, overrides stand out.

    Rows are built once per event and kept while the log only grows, so a long
    session does not rebuild thousands of rows after every move.
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._events: list[Event] = []
        self._rows: list[tuple[str, ...]] = []
        self._notes: dict[int, str] = {}
        self._overrides: set[int] = set()
        """Rows of facilitator overrides (shown in bold)."""
        self._sealed_rows: frozenset[int] = frozenset()
        """Rows drawn sealed."""
        self._cursor = 0
        self.sync(full=True)

    def sync(self, full: bool = False) -> None:
        """Bring the rows in line with the session (appending where possible)."""
        session = self.session
        log = session.log
        same = 0
        if not full:
            limit = min(len(log), len(self._events))
            while same < limit and log[same] is self._events[same]:
                same += 1
        if same < len(self._rows):
            self.beginRemoveRows(QModelIndex(), same, len(self._rows) - 1)
            del self._rows[same:]
            del self._events[same:]
            self._overrides = {i for i in self._overrides if i < same}
            self.endRemoveRows()
        self._notes = {}
        for a in session.annotations_here():
            if a.index > 0:
                mark = "★ " if a.bookmark else "✎ "
                prev = self._notes.get(a.index - 1)
                self._notes[a.index - 1] = f"{prev} | {mark}{a.text}" if prev else mark + a.text
        if len(log) > same:
            self.beginInsertRows(QModelIndex(), same, len(log) - 1)
            for i in range(same, len(log)):
                self._rows.append(self._row(i))
                self._events.append(log[i])
            self.endInsertRows()
        self._reseal()
        cursor = session.cursor
        if self._rows and cursor != self._cursor:
            lo, hi = sorted(
                (min(cursor, len(self._rows) - 1), min(self._cursor, len(self._rows) - 1))
            )
            self.dataChanged.emit(self.index(max(lo, 0), 0), self.index(max(hi, 0), 6))
        self._cursor = cursor

    def _row(self, i: int) -> tuple[str, ...]:
        applied = self.session.applied(i)
        entry = describe(self.session, i, self.session.log[i])
        if entry.override:
            self._overrides.add(i)
        else:
            self._overrides.discard(i)
        phase = phase_label(applied.phase)
        return (
            str(i + 1),
            str(applied.turn),
            phase,
            entry.actor,
            entry.text,
            entry.outcome,
            entry.reason,
        )

    def _reseal(self) -> None:
        """Redraw the moves whose sealing changed (a reveal, a withdrawal, an undo)."""
        sealed = self.session.sealed()
        for i in sorted(sealed ^ self._sealed_rows):
            if i < len(self._rows):
                self._rows[i] = self._row(i)
                self.dataChanged.emit(self.index(i, 0), self.index(i, 6))
        self._sealed_rows = sealed

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("LogModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        r, col = index.row(), index.column()
        row = self._rows[r]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 6 and r in self._notes:
                return f"{row[6]} | {self._notes[r]}" if row[6] else self._notes[r]
            return row[col]
        if role == Qt.ItemDataRole.ForegroundRole and r >= self.session.cursor:
            return QBrush(QColor("#8a8f98"))
        if role == Qt.ItemDataRole.FontRole and r in self._overrides:
            font = QFont()
            font.setBold(True)
            return font
        return None


class EventLogPanel(QWidget):
    """Filterable log with facilitator notes on any row.

    Attributes:
        view: the table view; model: the log model; proxy: the text filter.
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the log (actor, action, reason…)"))
        self.filter.setAccessibleName(self.tr("Log filter"))
        self.filter.setClearButtonEnabled(True)
        row.addWidget(self.filter, 1)
        self.note_button = QPushButton(self.tr("Add &note…"), self)
        self.note_button.setToolTip(self.tr("Attach a facilitator note to the selected row"))
        row.addWidget(self.note_button)
        layout.addLayout(row)
        self.model = LogModel(bridge.session)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Event log"))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((44, 44, 100, 80, 320, 130)):
            header.resizeSection(col, width)
        layout.addWidget(self.view)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.note_button.clicked.connect(self._add_note)
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._on_replaced)

    def _on_replaced(self) -> None:
        self.model.session = self.bridge.session
        self.model.sync(full=True)

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.LOG | Changes.CURSOR | Changes.ANNOTATIONS | Changes.BRANCHES):
            rows = self.model.rowCount()
            self.model.sync()
            if rows == 0 and self.model.rowCount():
                self.view.resizeColumnsToContents()
            self.follow_cursor()

    def follow_cursor(self) -> None:
        """Keep the last applied event in view (playback and undo move it; new events
        append at the bottom)."""
        cursor = self.bridge.session.cursor
        if cursor <= 0:
            self.view.scrollToTop()
            return
        row = self.proxy.mapFromSource(self.model.index(cursor - 1, 0))
        if row.isValid():
            self.view.scrollTo(row, QTableView.ScrollHint.EnsureVisible)

    def selected_index(self) -> int | None:
        """Log position of the selected row, if any."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.mapToSource(rows[0]).row()

    def _add_note(self) -> None:
        index = self.selected_index()
        if index is None:
            index = self.bridge.session.cursor - 1
        if index < 0:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Facilitator note"), self.tr("Note on log entry {0}:").format(index + 1)
        )
        if ok and text.strip():
            self.bridge.run(self, lambda: self.bridge.session.annotate(text.strip(), index + 1))
