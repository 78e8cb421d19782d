"""The relations map: actors as a graph, pairs coloured and thickened by escalation."""

import networkx as nx
from PySide6.QtCore import QLineF, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from wargame.core.enums import ActorKind, DiploStatus, RelationType
from wargame.core.escalation import band_of
from wargame.core.world import dyad_ids, dyad_key
from wargame.session.changes import Changes
from wargame.session.wording import wording
from wargame.ui.bridge import SessionBridge

NODE_R = 28.0
SCALE = 230.0


class EdgeItem(QGraphicsLineItem):
    """A pair of actors; easy to click thanks to a wide hit area."""

    def __init__(self, dyad: str) -> None:
        super().__init__()
        self.dyad = dyad
        self.setZValue(-1)
        self.setAcceptHoverEvents(True)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        line = self.line()
        path.moveTo(line.p1())
        path.lineTo(line.p2())
        stroker = QPainterPathStroker()
        stroker.setWidth(max(14.0, self.pen().widthF()))
        return stroker.createStroke(path)


class NodeItem(QGraphicsPathItem):
    """An actor; shape by kind, draggable."""

    def __init__(self, actor_id: str, name: str, kind: ActorKind, on_move: "RelationsMap") -> None:
        super().__init__(_shape(kind))
        self.actor_id = actor_id
        self._map = on_move
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setToolTip(f"{name} ({kind.value.replace('_', '-')})")
        label = QGraphicsSimpleTextItem(actor_id, self)
        font = QFont()
        font.setBold(True)
        label.setFont(font)
        rect = label.boundingRect()
        label.setPos(-rect.width() / 2, -rect.height() / 2)
        self.label = label
        caption = QGraphicsSimpleTextItem(name, self)
        small = QFont()
        small.setPointSizeF(8.0)
        caption.setFont(small)
        crect = caption.boundingRect()
        caption.setPos(-crect.width() / 2, NODE_R + 4)
        self.caption = caption

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:  # noqa: N802
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._map.node_moved()
        return super().itemChange(change, value)


def _shape(kind: ActorKind) -> QPainterPath:
    path = QPainterPath()
    r = NODE_R
    if kind is ActorKind.STATE:
        path.addEllipse(QPointF(0, 0), r, r)
    elif kind is ActorKind.NON_STATE:
        path.addPolygon(QPolygonF([QPointF(0, -r), QPointF(r, 0), QPointF(0, r), QPointF(-r, 0)]))
        path.closeSubpath()
    else:
        path.addRoundedRect(QRectF(-r, -r * 0.75, 2 * r, 1.5 * r), 8, 8)
    return path


class RelationsMap(QGraphicsView):
    """Actors and pairs drawn in a scene; click to select, drag to arrange.

    Attributes:
        nodes: actor id -> node item.
        edges: dyad key -> edge item (pairs with a relation or any escalation).
    """

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Relations map"))
        self.setMinimumSize(320, 260)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self._building = False
        self._build()
        bridge.changed.connect(self._on_changed)
        bridge.sessionReplaced.connect(self._build)
        bridge.selectionChanged.connect(lambda _k: self.restyle())

    # -- layout ---------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"map/{self.bridge.session.scenario.id}"

    def _layout(self) -> dict[str, tuple[float, float]]:
        scenario = self.bridge.session.scenario
        graph = nx.Graph()
        graph.add_nodes_from(a.id for a in scenario.actors)
        for rel in scenario.relations:
            strength = 2.0 if rel.type in (RelationType.HOST, RelationType.PATRON_CLIENT) else 1.0
            graph.add_edge(rel.a, rel.b, weight=strength)
        pos = nx.spring_layout(graph, seed=7, weight="weight", iterations=200)
        out = {k: (float(v[0]) * SCALE, float(v[1]) * SCALE) for k, v in pos.items()}
        saved = QSettings().value(self._settings_key())
        if isinstance(saved, dict):
            for k, v in saved.items():
                if k in out and isinstance(v, list | tuple) and len(v) == 2:
                    out[k] = (float(v[0]), float(v[1]))
        return out

    def _build(self) -> None:
        self._building = True
        scene = self.scene()
        scene.clear()
        self.nodes, self.edges = {}, {}
        session = self.bridge.session
        pos = self._layout()
        for actor in session.scenario.actors:
            node = NodeItem(actor.id, actor.name, actor.kind, self)
            node.setPos(*pos[actor.id])
            scene.addItem(node)
            self.nodes[actor.id] = node
        related = {dyad_key(r.a, r.b) for r in session.scenario.relations}
        for dyad in session.engine.world.dyads:
            edge = EdgeItem(dyad)
            edge.setData(0, dyad in related)
            scene.addItem(edge)
            self.edges[dyad] = edge
        self._building = False
        self._place_edges()
        self.restyle()
        self._fit()

    def node_moved(self) -> None:
        """Keep edges attached and remember positions."""
        if self._building:
            return
        self._place_edges()
        QSettings().setValue(
            self._settings_key(), {k: [n.pos().x(), n.pos().y()] for k, n in self.nodes.items()}
        )

    def reset_layout(self) -> None:
        """Forget saved positions and lay the graph out again."""
        QSettings().remove(self._settings_key())
        self._build()

    def _place_edges(self) -> None:
        for dyad, edge in self.edges.items():
            a, b = dyad_ids(dyad)
            edge.setLine(QLineF(self.nodes[a].pos(), self.nodes[b].pos()))

    # -- styling ----------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.METERS | Changes.RELATIONS):
            self.restyle()

    def restyle(self) -> None:
        """Colour the map from the current state, selection and palette."""
        session = self.bridge.session
        state = session.state
        words = wording(session)
        bands = session.scenario.params.bands
        sel = self.bridge.selection
        text = self.palette().windowText().color()
        base = self.palette().base().color()
        for dyad, edge in self.edges.items():
            e = state.escalation[dyad]
            visible = bool(edge.data(0)) or e >= 1.0
            edge.setVisible(visible)
            if not visible:
                continue
            band = band_of(bands, e)
            quiet = e < bands[1].min if len(bands) > 1 else False
            shade = QColor(text)
            shade.setAlpha(70)
            pen = QPen(shade if quiet else QColor(band.color), 1.2 + e / 8.0)
            status = state.status.get(dyad, DiploStatus.NORMAL)
            if status is DiploStatus.DOWNGRADED:
                pen.setStyle(Qt.PenStyle.DashLine)
            elif status is DiploStatus.SEVERED:
                pen.setStyle(Qt.PenStyle.DotLine)
            if dyad == sel:
                pen.setColor(QColor(band.color).darker(140))
            edge.setPen(pen)
            edge.setToolTip(
                self.tr("{0}: escalation {1:.1f} — {2} · relations {3}").format(
                    words.pair(dyad), e, band.name, status.value
                )
            )
        for actor_id, node in self.nodes.items():
            d = state.meters[actor_id]["deterrence"]
            fill = QColor(base)
            node.setBrush(QBrush(fill))
            width = 4.0 if actor_id == sel or actor_id in dyad_ids(sel) else 2.0
            node.setPen(QPen(text, width))
            node.label.setBrush(text)
            node.caption.setBrush(text)
            node.setToolTip(f"{node.toolTip().split(' · ')[0]} · deterrence {d:.0f}")

    # -- interaction -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, NodeItem | EdgeItem):
            item = item.parentItem()
        if isinstance(item, NodeItem):
            self.bridge.select(item.actor_id)
        elif isinstance(item, EdgeItem):
            self.bridge.select(item.dyad)
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        rect = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
