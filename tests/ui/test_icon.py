"""The application icon: PNGs in step with the SVG, and used by the application."""

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QGuiApplication, QImage

from wargame.resources import APP_ID
from wargame.ui.app import init_application
from wargame.ui.icon import PNG_SIZES, SVG, app_icon, png_path, render


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 4].copy()  # the copy outlives the QImage


def test_every_png_is_the_svg_at_its_size(qapp):
    assert SVG.name == f"{APP_ID}.svg"
    for size in PNG_SIZES:
        shipped = QImage(str(png_path(size)))
        assert (shipped.width(), shipped.height()) == (size, size), png_path(size)
        diff = np.abs(pixels(shipped).astype(int) - pixels(render(size)).astype(int))
        assert diff.max() <= 2, f"{png_path(size)} is stale: run `make icons`"


def test_the_icon_is_not_blank_and_has_a_transparent_corner(qapp):
    px = pixels(render(64)).reshape(64, 64, 4)
    assert px[0, 0, 3] == 0  # rounded corner
    assert px[32, 32, 3] == 255
    assert len({tuple(p) for p in px.reshape(-1, 4)[::7]}) > 20  # drawn, not a flat fill


def test_the_application_uses_the_icon_and_names_its_desktop_entry(qapp):
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        app = init_application()
        sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
        assert {(n, n) for n in PNG_SIZES} <= sizes
        assert QGuiApplication.desktopFileName() == APP_ID
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert not app_icon().pixmap(QSize(48, 48)).isNull()
