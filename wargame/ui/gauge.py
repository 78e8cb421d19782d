"""Custom-painted meters: the global escalation gauge and horizontal meter bars."""

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wargame.core.escalation import band_of
from wargame.core.params import Band

START_DEG, SPAN_DEG = 210.0, -240.0


class _Explained(QWidget):
    """A meter that explains itself: a tooltip computed when the pointer enters it (not
    on every redraw) and a click that asks for the full record.

    Signals:
        clicked(): the user clicked the meter (opens the "why" popup).
    """

    clicked = Signal()
    tip_provider: Callable[[], str] | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.tip_provider is not None:
            self.setToolTip(self.tip_provider())
        super().enterEvent(event)


class GlobalGauge(_Explained):
    """A dial from 0 to 100 with the display bands as coloured arcs."""

    def __init__(self, bands: list[Band], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bands = bands
        self._value = 0.0
        self.setMinimumSize(200, 150)  # shrinks on a laptop before its dock scrolls
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Global escalation gauge"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(280, 220)

    def set_bands(self, bands: list[Band]) -> None:
        """Use another scenario's bands."""
        self._bands = bands
        self.update()

    def set_value(self, value: float) -> None:
        """Show a new value."""
        if value != self._value:
            self._value = value
            band = band_of(self._bands, value)
            self.setAccessibleDescription(f"{value:.1f} — {band.name}")
            self.update()

    def value(self) -> float:
        """The value shown."""
        return self._value

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width() - 16.0, self.height() * 1.05)
        thick = max(10.0, side * 0.08)
        rect = QRectF(0, 0, side - thick - 8, side - thick - 8)
        rect.moveCenter(QPointF(self.width() / 2, thick / 2 + 6 + rect.height() / 2))
        edges = [b.min for b in self._bands] + [100.0]
        for band, lo, hi in zip(self._bands, edges, edges[1:], strict=False):
            pen = QPen(QColor(band.color), thick, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            start = START_DEG + SPAN_DEG * lo / 100
            p.drawArc(rect, int(start * 16), int(SPAN_DEG * (hi - lo) / 100 * 16))
        # needle
        angle = math.radians(START_DEG + SPAN_DEG * self._value / 100)
        center = rect.center()
        r = rect.width() / 2 - thick
        tip = QPointF(center.x() + r * math.cos(angle), center.y() - r * math.sin(angle))
        text = self.palette().windowText().color()
        p.setPen(QPen(text, max(3.0, thick / 3), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(center, tip)
        p.setBrush(text)
        p.drawEllipse(center, thick / 2.5, thick / 2.5)
        # value and band
        band = band_of(self._bands, self._value)
        font = QFont(self.font())
        font.setPointSizeF(max(14.0, side / 11))
        font.setBold(True)
        p.setFont(font)
        value_rect = QRectF(0, center.y() + thick * 0.6, self.width(), side / 7)
        p.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, f"{self._value:.0f}")
        font.setPointSizeF(max(9.0, side / 22))
        p.setFont(font)
        p.setPen(QColor(band.color).darker(110) if band.min < 85 else text)
        band_rect = QRectF(0, value_rect.bottom(), self.width(), side / 10)
        p.drawText(band_rect, Qt.AlignmentFlag.AlignCenter, band.name.upper())
        p.end()


class MeterBar(_Explained):
    """A labelled horizontal bar on 0-100, coloured by band (or by the accent colour)."""

    def __init__(
        self, label: str, bands: list[Band], parent: QWidget | None = None, colored: bool = True
    ) -> None:
        super().__init__(parent)
        self._label = label
        self._bands = bands
        self._value = 0.0
        self._marker: float | None = None
        self._colored = colored
        self._label_width: int | None = None
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(260, 28)

    def set_label(self, label: str) -> None:
        """Change the label."""
        self._label = label
        self.setAccessibleName(label)
        self.update()

    def set_label_width(self, width: int | None) -> None:
        """Room for the label, in pixels, up to half the bar (bars in a column share one so
        that their tracks line up); None: 42 % of the bar, at most 170 px."""
        self._label_width = width
        self.update()

    def label_room(self, labels: list[str]) -> int:
        """The label width that shows each of ``labels`` whole in this bar's font."""
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(label) for label in labels), default=0) + 10

    def _label_area(self) -> int:
        if self._label_width is None:
            return min(170, int(self.width() * 0.42))
        return min(self._label_width, self.width() // 2)

    def shown_label(self) -> str:
        """The label as drawn: elided when the bar lacks the room."""
        room = self._label_area() - 6
        return self.fontMetrics().elidedText(self._label, Qt.TextElideMode.ElideRight, room)

    def set_value(self, value: float, marker: float | None = None) -> None:
        """Show a value and an optional marker (e.g. the starting value)."""
        self._value, self._marker = value, marker
        self.setAccessibleDescription(f"{value:.1f}")
        self.update()

    def value(self) -> float:
        """The value shown."""
        return self._value

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        label_w = self._label_area()
        p.setPen(pal.windowText().color())
        label = self.shown_label()
        p.drawText(
            QRectF(0, 0, label_w - 6, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            label,
        )
        track = QRectF(label_w, 5, self.width() - label_w - 48, self.height() - 10)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.alternateBase().color().darker(108))
        p.drawRoundedRect(track, 4, 4)
        fill = QRectF(track)
        fill.setWidth(track.width() * max(0.0, min(self._value, 100.0)) / 100)
        band = band_of(self._bands, self._value)
        p.setBrush(QColor(band.color) if self._colored else pal.highlight().color())
        p.drawRoundedRect(fill, 4, 4)
        if self._marker is not None:
            x = track.left() + track.width() * self._marker / 100
            p.setPen(QPen(pal.windowText().color(), 2))
            p.drawLine(QPointF(x, track.top() - 3), QPointF(x, track.bottom() + 3))
        p.setPen(pal.windowText().color())
        p.drawText(
            QRectF(track.right() + 4, 0, 44, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            f"{self._value:.1f}",
        )
        p.end()
