"""The application icon: drawn from the shipped SVG, with PNG renderings for the
desktop's icon theme (``assets/icons/hicolor``)."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from wargame.resources import APP_ID, ICONS

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The sizes the freedesktop icon theme specification lists for application icons."""

SVG = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    """Where the PNG of one size lives in the icon theme layout."""
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn into a transparent square image of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def app_icon() -> QIcon:
    """The window icon: every shipped PNG, so each size is crisp without needing the SVG
    icon-engine plugin."""
    icon = QIcon()
    for size in PNG_SIZES:
        path = png_path(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def write_pngs() -> list[Path]:
    """Render every PNG size from the SVG (``make icons``)."""
    written = []
    for size in PNG_SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([])
    for written in write_pngs():
        print(written)
