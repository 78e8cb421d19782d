"""The relations map: actors and pairs drawn from the state; clicking selects."""

from PySide6.QtCore import Qt


def test_clicking_the_map_selects(qtbot, window):
    view = window.relations
    node = view.nodes["PAK"]
    point = view.mapFromScene(node.scenePos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.bridge.selection == "PAK"
