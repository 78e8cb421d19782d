"""A keyboard-friendly table over a list in the scenario: one row per entry, edited in
place, with buttons and keys to add (Insert), duplicate (Ctrl+D) and delete (Delete) rows."""

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wargame.ui.editor.columns import Column, Kind, parse, show, shown, value_of, with_value
from wargame.ui.editor.document import Path_
from wargame.ui.editor.model import ScenarioModel


class _Delegate(QStyledItemDelegate):
    """Edits a cell with a line edit or a list of choices; the value goes to the table."""

    def __init__(self, table: "RowTable") -> None:
        super().__init__(table.table)
        self.rows = table

    def createEditor(  # noqa: N802 - Qt's name
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        col = self.rows.columns[index.column()]
        if col.kind is Kind.CHOICE and col.choices is not None:
            box = QComboBox(parent)
            if col.optional:
                box.addItem("—", None)
            for label, data in col.choices():
                box.addItem(label, data)
            box.activated.connect(lambda _i: self._done(box))
            return box
        return QLineEdit(parent)

    def _done(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(  # noqa: N802 - Qt's name
        self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        col = self.rows.columns[index.column()]
        value = value_of(col, self.rows.entry(index.row()))
        if isinstance(editor, QComboBox):
            found = next((i for i in range(editor.count()) if editor.itemData(i) == value), -1)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText(show(col, value))

    def setModelData(  # noqa: N802 - Qt's name
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        col = self.rows.columns[index.column()]
        if isinstance(editor, QComboBox):
            self.rows.commit(index.row(), index.column(), editor.currentData())
        elif isinstance(editor, QLineEdit):
            self.rows.commit(index.row(), index.column(), parse(col, editor.text()))


class RowTable(QWidget):
    """The entries of a list in the scenario, one per row, every edit one undo step.

    Attributes:
        table: the table itself. columns: its columns.
        add, duplicate, delete: the row buttons (also Insert, Ctrl+D and Delete).

    Signals:
        currentRowChanged(int): another entry was selected (-1: none).
    """

    currentRowChanged = Signal(int)  # noqa: N815 - Qt's camelCase for signals

    def __init__(
        self,
        model: ScenarioModel,
        path: Path_ | None,
        columns: list[Column],
        new_entry: Callable[[], Any],
        what: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.path = path
        self.columns = columns
        self.new_entry = new_entry
        self.what = what
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        for i, col in enumerate(columns):
            if col.tip:
                header_item = self.table.horizontalHeaderItem(i)
                if header_item is not None:
                    header_item.setToolTip(col.tip)
        self.table.setAccessibleName(what)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegate(_Delegate(self))
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(
            lambda row, _c, old, _oc: self.currentRowChanged.emit(row) if row != old else None
        )
        self.table.currentCellChanged.connect(lambda *_: self.refresh_buttons())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("&Add"), self)
        self.add.setToolTip(self.tr("Add a row (Insert)"))
        self.duplicate = QPushButton(self.tr("D&uplicate"), self)
        self.duplicate.setToolTip(self.tr("Duplicate the selected row (Ctrl+D)"))
        self.delete = QPushButton(self.tr("De&lete"), self)
        self.delete.setToolTip(self.tr("Delete the selected row (Delete)"))
        for button in (self.add, self.duplicate, self.delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons = buttons
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_row)
        self.duplicate.clicked.connect(self.duplicate_row)
        self.delete.clicked.connect(self.delete_row)
        self.table.installEventFilter(self)
        self._filling = False
        model.changed.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Insert adds a row, Ctrl+D duplicates it, Delete deletes it (outside editing)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            ctrl = mods & Qt.KeyboardModifier.ControlModifier
            if key == Qt.Key.Key_Insert:
                self.add_row()
                return True
            if key == Qt.Key.Key_D and ctrl:
                self.duplicate_row()
                return True
            if key == Qt.Key.Key_Delete and not ctrl:
                self.delete_row()
                return True
        return super().eventFilter(watched, event)

    # -- data -------------------------------------------------------------------------

    def entries(self) -> list[Any]:
        """The entries shown (a copy)."""
        return self.model.list_at(self.path) if self.path is not None else []

    def entry(self, row: int) -> Any:
        """One entry."""
        entries = self.entries()
        return entries[row] if 0 <= row < len(entries) else {}

    def set_path(self, path: Path_ | None) -> None:
        """Show another list (the effects of another action, say)."""
        self.path = path
        self.setEnabled(path is not None)
        self.refresh()

    def _store(self, entries: list[Any], text: str) -> None:
        if self.path is not None:
            self.model.set(self.path, entries, text)

    def commit(self, row: int, column: int, value: Any) -> None:
        """Put a typed value into an entry, as one undo step."""
        entries = self.entries()
        if not 0 <= row < len(entries):
            return
        col = self.columns[column]
        new = with_value(col, entries[row], value)
        if new != entries[row]:
            entries[row] = new
            self._store(entries, self.tr("Edit {0}").format(col.header.lower()))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        col = self.columns[item.column()]
        if col.kind is Kind.BOOL:
            self.commit(item.row(), item.column(), item.checkState() == Qt.CheckState.Checked)

    # -- rows -------------------------------------------------------------------------

    def add_row(self) -> None:
        """Add an entry after the selected one (or at the end) and start editing it."""
        if self.path is None:
            return
        entries = self.entries()
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else len(entries)
        entries.insert(row, self.new_entry())
        self._store(entries, self.tr("Add {0}").format(self.what))
        self.focus_cell(row, self.columns[0].key)

    def duplicate_row(self) -> None:
        """Copy the selected entry below itself."""
        row = self.table.currentRow()
        entries = self.entries()
        if not 0 <= row < len(entries):
            return
        entries.insert(row + 1, copy.deepcopy(entries[row]))
        self._store(entries, self.tr("Duplicate {0}").format(self.what))
        self.focus_cell(row + 1, self.columns[self.table.currentColumn()].key)

    def delete_row(self) -> None:
        """Delete the selected entry."""
        row = self.table.currentRow()
        entries = self.entries()
        if not 0 <= row < len(entries):
            return
        column = max(self.table.currentColumn(), 0)
        del entries[row]
        self._store(entries, self.tr("Delete {0}").format(self.what))
        if entries:
            self.table.setCurrentCell(min(row, len(entries) - 1), column)

    # -- view -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the entries as they are in the document."""
        entries = self.entries()
        self._filling = True
        self.table.setRowCount(len(entries))
        grey = self.palette().placeholderText().color()
        for r, entry in enumerate(entries):
            for c, col in enumerate(self.columns):
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(r, c, item)
                applies = col.applies is None or col.applies(entry)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not applies:
                    item.setFlags(flags)
                    item.setText("—")
                    item.setForeground(grey)
                    item.setData(Qt.ItemDataRole.CheckStateRole, None)
                    continue
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
                value = value_of(col, entry)
                if col.kind is Kind.BOOL:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setText("")
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
                    text = shown(col, value)
                    item.setText(text)
                    item.setToolTip(text if len(text) > 8 else "")
                    if (
                        col.kind is Kind.CHOICE
                        and col.choices is not None
                        and value is not None
                        and all(data != value for _l, data in col.choices())
                    ):
                        item.setForeground(QColor("#c62828"))  # a value the choices lack
        self._filling = False
        self.refresh_buttons()

    def focus_cell(self, row: int, key: str) -> None:
        """Select the cell of entry ``row`` whose column edits ``key`` (or the first) and
        give the table the keyboard focus."""
        column = 0
        for i, col in enumerate(self.columns):
            if key == col.key or key.startswith(col.key + "."):
                column = i
                break
        if self.table.rowCount() > 0:
            row = min(max(row, 0), self.table.rowCount() - 1)
            self.table.setCurrentCell(row, column)
            item = self.table.item(row, column)
            if item is not None:
                self.table.scrollToItem(item)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh_buttons()

    def set_widths(self, *widths: int) -> None:
        """The first columns' widths, in pixels (the last column takes the rest)."""
        for i, width in enumerate(widths):
            self.table.setColumnWidth(i, width)

    def refresh_buttons(self) -> None:
        """Enable Duplicate and Delete only with a row selected."""
        has = 0 <= self.table.currentRow() < self.table.rowCount()
        self.duplicate.setEnabled(has)
        self.delete.setEnabled(has)
