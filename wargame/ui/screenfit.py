"""Fitting the console to its screen: the dock arrangement for a screen's size, the window's
first geometry, panels that scroll instead of demanding height, and button rows that wrap."""

from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QLayoutItem, QScrollArea, QWidget


class Arrangement(StrEnum):
    """How the console groups its docks."""

    COMPACT = "compact"
    """A laptop: meters on the left; injects, moves and composer in one tab group on the
    right; history, log, actors, outlook, notes and branches in one tab group below."""
    WIDE = "wide"
    """A large screen or a projector: meters on the left; the composer (with notes and
    branches) on the right; below, the history beside the moves and injects."""


WIDE_FROM = QSize(1500, 940)
"""The smallest available screen area that gets the wide arrangement."""

FRAME = QSize(8, 40)
"""Room left around the window for the window manager's borders and title bar."""

PANEL_MIN_HEIGHT = 120
"""A scrolling panel's dock may shrink to this height (its contents then scroll)."""


def arrangement_for(available: QSize) -> Arrangement:
    """The arrangement for a screen whose available area (without task bars) is this size."""
    wide = available.width() >= WIDE_FROM.width() and available.height() >= WIDE_FROM.height()
    return Arrangement.WIDE if wide else Arrangement.COMPACT


def window_geometry(available: QRect) -> QRect:
    """The window's first size (without its frame): the whole available area but the frame;
    its top left corner is where the frame's goes (``QWidget.move``), centred horizontally
    at the top of the area."""
    size = available.size() - FRAME
    left = available.left() + (available.width() - size.width()) // 2
    return QRect(QPoint(left, available.top()), size)


def fits(geometry: QRect, available: QRect) -> bool:
    """Whether a window of this geometry (without its frame) lies on the available area,
    its frame's borders and title bar included (approximately)."""
    frame = QRect(geometry.topLeft(), geometry.size() + QSize(0, FRAME.height() // 2))
    return available.contains(frame)


class PanelScroll(QScrollArea):
    """A dock's panel that scrolls vertically when the dock is short, rather than forcing
    the window's minimum height; its width follows the dock's.

    Unlike a plain resizable scroll area, it keeps the panel at the dock's height whenever
    the panel's minimum fits: its lists and tables shrink before anything scrolls.

    Attributes:
        panel: the panel shown.
    """

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel.installEventFilter(self)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.panel.minimumSizeHint()
        return QSize(inner.width() + self._bar(), min(inner.height(), PANEL_MIN_HEIGHT))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.panel.sizeHint()
        return QSize(inner.width() + self._bar(), inner.height())

    def fit(self) -> None:
        """Give the panel the viewport's size, or the least it needs at that width."""
        panel = self.panel
        view = self.viewport().size()
        width = max(view.width(), panel.minimumSizeHint().width())
        layout = panel.layout()
        if layout is not None and layout.hasHeightForWidth():
            least = layout.totalMinimumHeightForWidth(width)
        else:
            least = panel.minimumSizeHint().height()
        panel.resize(width, max(view.height(), least))

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.panel and event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next row when the width runs out (a row of
    buttons in a narrow dock)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = self._shown()
        gap = self._gap()
        width = sum(i.sizeHint().width() for i in shown) + gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return self._with_margins(size)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (only measuring unless ``move``); the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        x, y, row_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + m.bottom()
