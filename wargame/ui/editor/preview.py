"""A live preview of the relations map: the actors by kind, their relations by type."""

from typing import Any

import networkx as nx
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from wargame.ui.editor.document import Doc, actor_names

R = 22.0
SCALE = 160.0
COLOURS = {
    "ally": "#2e7d32",
    "partner": "#7cb342",
    "patron_client": "#1565c0",
    "host": "#6a1b9a",
    "rival": "#c62828",
    "neutral": "#9e9e9e",
}
"""Edge colour by relation type."""


def _shape(kind: Any) -> QPainterPath:
    path = QPainterPath()
    if kind == "non_state":
        path.addPolygon(QPolygonF([QPointF(0, -R), QPointF(R, 0), QPointF(0, R), QPointF(-R, 0)]))
        path.closeSubpath()
    elif kind == "organization":
        path.addRoundedRect(QRectF(-R, -R * 0.75, 2 * R, 1.5 * R), 6, 6)
    else:
        path.addEllipse(QPointF(0, 0), R, R)
    return path


class MapPreview(QGraphicsView):
    """The actors (circle: state, diamond: group, box: organization) and their relations
    (coloured by type, thicker with a higher baseline), laid out as the console lays out
    its map; redrawn as the scenario changes.

    Attributes:
        nodes: actor id -> its position in the scene. edges: the relations drawn (a, b, type).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Relations map preview"))
        self.setMinimumSize(200, 160)
        self.nodes: dict[str, tuple[float, float]] = {}
        self.edges: list[tuple[str, str, str]] = []

    def show_doc(self, doc: Doc) -> None:
        """Draw the actors and relations of ``doc``."""
        scene = self.scene()
        scene.clear()
        names = actor_names(doc)
        kinds = {
            a.get("id"): a.get("kind") for a in doc.get("actors", []) or [] if isinstance(a, dict)
        }
        graph = nx.Graph()
        graph.add_nodes_from(names)
        self.edges = []
        for rel in doc.get("relations", []) or []:
            if not isinstance(rel, dict):
                continue
            a, b, kind = rel.get("a"), rel.get("b"), str(rel.get("type"))
            if a in names and b in names and a != b:
                graph.add_edge(a, b, weight=2.0 if kind in ("host", "patron_client") else 1.0)
                self.edges.append((str(a), str(b), kind))
        pos = nx.spring_layout(graph, seed=7, weight="weight", iterations=200) if names else {}
        self.nodes = {k: (float(v[0]) * SCALE, float(v[1]) * SCALE) for k, v in pos.items()}
        text = self.palette().windowText().color()
        base = self.palette().base().color()
        for a, b, kind in self.edges:
            rel = next(
                (
                    r
                    for r in doc.get("relations", [])
                    if isinstance(r, dict) and {r.get("a"), r.get("b")} == {a, b}
                ),
                {},
            )
            baseline = rel.get("baseline", 0.0)
            width = 1.5 + (float(baseline) / 4.0 if isinstance(baseline, int | float) else 0.0)
            pen = QPen(QColor(COLOURS.get(kind, "#9e9e9e")), width)
            if rel.get("status") == "downgraded":
                pen.setStyle(Qt.PenStyle.DashLine)
            elif rel.get("status") == "severed":
                pen.setStyle(Qt.PenStyle.DotLine)
            (x1, y1), (x2, y2) = self.nodes[a], self.nodes[b]
            line = scene.addLine(x1, y1, x2, y2, pen)
            line.setZValue(-1)
            line.setToolTip(f"{names[a]} – {names[b]}: {kind.replace('_', '-')}")
        small = QFont()
        small.setPointSizeF(8.0)
        bold = QFont()
        bold.setBold(True)
        for ident, (x, y) in self.nodes.items():
            node = scene.addPath(_shape(kinds.get(ident)), QPen(text, 2.0), QBrush(base))
            node.setPos(x, y)
            node.setToolTip(names[ident])
            label = scene.addSimpleText(ident, bold)
            label.setBrush(text)
            rect = label.boundingRect()
            label.setPos(x - rect.width() / 2, y - rect.height() / 2)
            caption = scene.addSimpleText(names[ident], small)
            caption.setBrush(text)
            crect = caption.boundingRect()
            caption.setPos(x - crect.width() / 2, y + R + 3)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
