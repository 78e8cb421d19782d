"""The dialog of Session ▸ Open to players' devices: where to serve, and each team's link.

Each link shows with its QR code, whether the team's page is open and whether the team has
submitted; a link can be copied, or revoked and re-issued when it went to the wrong hands.
The dialog is the facilitator's, on the laptop's screen: the projector never shows it.
"""

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wargame.core.enums import Phase
from wargame.server.app import Link
from wargame.server.tokens import WHITE
from wargame.session.changes import Changes
from wargame.session.teams import submitted_teams
from wargame.ui.bridge import SessionBridge
from wargame.ui.devices import DEFAULT_PORT, LOOPBACK, RoomService, qr_png, room_addresses

QR_SIZE = 176
"""Side of a QR code on screen, in pixels: a phone reads it from a metre away."""


class LinkCard(QFrame):
    """One role's link: its name, its state, the QR code, Copy and Re-issue."""

    def __init__(self, link: Link, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = link
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        title = QLabel(link.team or self.tr("White cell"), self)
        title.setObjectName("turnLabel")
        layout.addWidget(title)
        self.status = QLabel(status, self)
        self.status.setObjectName("muted")
        layout.addWidget(self.status)
        self.qr = QLabel(self)
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(link.url))
        self.qr.setPixmap(
            pixmap.scaled(
                QR_SIZE,
                QR_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,  # sharp modules
            )
        )
        self.qr.setAccessibleName(self.tr("QR code of the link of {0}").format(title.text()))
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.reveal: QPushButton | None = None
        if link.team is None:  # the key to the whole turn: not for a player's camera
            self.qr.hide()
            self.reveal = QPushButton(self.tr("Show the White cell's QR code"), self)
            self.reveal.setToolTip(
                self.tr("Hidden so that a player scanning a team's code cannot take this one")
            )
            self.reveal.setCheckable(True)
            self.reveal.toggled.connect(self.qr.setVisible)
            layout.addWidget(self.reveal, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)  # a hidden code leaves its room below, names stay on top
        self.url = QLineEdit(link.url, self)
        self.url.setReadOnly(True)
        self.url.setCursorPosition(0)  # the address's start, where a reader looks
        self.url.setAccessibleName(self.tr("Link of {0}").format(title.text()))
        layout.addWidget(self.url)
        row = QHBoxLayout()
        self.copy = QPushButton(self.tr("Copy link"), self)
        self.reissue = QPushButton(self.tr("Revoke and re-issue"), self)
        self.reissue.setToolTip(
            self.tr("The old link stops working at once; give the team the new one")
        )
        row.addWidget(self.copy)
        row.addWidget(self.reissue)
        layout.addLayout(row)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(link.url))


class DevicesDialog(QDialog):
    """Start or stop serving the session, and hand each team its link.

    Attributes:
        network: where to listen (this computer only, or one of its networks).
        port: the port to listen on.
        start: starts serving (or stops, while serving).
        cards: the links shown, White cell first.
    """

    def __init__(
        self, bridge: SessionBridge, room: RoomService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.room = room
        self.cards: list[LinkCard] = []
        self.setWindowTitle(self.tr("Players' devices"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Teams can join from a phone or a laptop: start serving, then give each team "
                "its link or let it scan its QR code. Keep this window off the projector: "
                "a link is a team's key."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.network = QComboBox(self)
        for name, address in room_addresses():
            label = (
                self.tr("This computer only ({0})").format(address)
                if address == LOOPBACK
                else f"{name} — {address}"
            )
            self.network.addItem(label, address)
        self.port = QSpinBox(self)
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        form.addRow(self.tr("&Network"), self.network)
        form.addRow(self.tr("&Port"), self.port)
        layout.addLayout(form)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setObjectName("muted")
        layout.addWidget(self.advice)
        self.start = QPushButton(self)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignLeft)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.start.clicked.connect(self._toggle)
        room.runningChanged.connect(self._refresh)
        room.presenceChanged.connect(self._refresh)
        room.linksChanged.connect(self._refresh)
        bridge.changed.connect(self._on_changed)
        self.resize(820, 640)
        self._refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes & (Changes.ORDERS | Changes.PHASE | Changes.CONTROL):
            self._refresh()

    def _toggle(self) -> None:
        if self.room.running:
            self.room.stop()
            return
        address = str(self.network.currentData())
        try:
            self.room.start(address, self.port.value())
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Cannot serve there"),
                self.tr(
                    "The session cannot be served on {0} port {1}: {2}. Choose another port "
                    "(another program may use this one) or another network."
                ).format(address, self.port.value(), exc.strerror or exc),
            )

    def status_of(self, link: Link) -> str:
        """Whether the role's page is open and, in Orders, whether the team submitted."""
        who = link.team or WHITE
        parts = [self.tr("page open") if who in self.room.present else self.tr("page not open")]
        state = self.bridge.session.state
        if link.team is not None and state.phase is Phase.ORDERS:
            done = link.team in submitted_teams(state)
            parts.append(self.tr("submitted") if done else self.tr("waiting to submit"))
        return " · ".join(parts)

    def _refresh(self, *_args: object) -> None:
        running = self.room.running
        self.network.setEnabled(not running)
        self.port.setEnabled(not running)
        self.start.setText(self.tr("&Stop serving") if running else self.tr("&Start serving"))
        if running:
            self.port.setValue(self.room.port)
            where = self.room.address
            self.advice.setText(
                self.tr("Serving on {0}, port {1}.").format(where, self.room.port)
                + " "
                + (
                    self.tr(
                        "Only this computer can open these links. To let phones join, stop "
                        "serving, choose the room's network and start again."
                    )
                    if where == LOOPBACK
                    else self.tr(
                        "Players' devices must be on the same network (Wi-Fi) as this "
                        "computer, and its firewall must let them reach port {0}."
                    ).format(self.room.port)
                )
            )
        else:
            self.advice.setText(
                self.tr(
                    "Choose the network the players' devices are on (the room's Wi-Fi). A "
                    "firewall on this computer must let them reach the port."
                )
            )
        links = self.room.links()
        if [card.link for card in self.cards] == links:  # the same links: their states only
            for card in self.cards:
                card.status.setText(self.status_of(card.link))
            return
        holder = QWidget(self.area)
        grid = QGridLayout(holder)
        self.cards = []
        for i, link in enumerate(links):
            card = LinkCard(link, self.status_of(link), holder)
            card.reissue.clicked.connect(partial(self._reissue, link.team))
            grid.addWidget(card, i // 3, i % 3)
            self.cards.append(card)
        grid.setRowStretch(grid.rowCount(), 1)
        self.area.setWidget(holder)

    def _reissue(self, team: str | None) -> None:
        who = team or self.tr("the White cell")
        answer = QMessageBox.question(
            self,
            self.tr("Revoke the link?"),
            self.tr(
                "The link of {0} stops working at once, on every device that has it. "
                "Give {0} the new link. Revoke it?"
            ).format(who),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.room.reissue(team)
            self._refresh()

    def done(self, result: int) -> None:
        self.room.runningChanged.disconnect(self._refresh)
        self.room.presenceChanged.disconnect(self._refresh)
        self.room.linksChanged.disconnect(self._refresh)
        self.bridge.changed.disconnect(self._on_changed)
        super().done(result)
