"""The after-action report as PDF: the same report, charts rendered to images, printed by Qt."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from wargame.analysis.report import render_report
from wargame.session.session import Session

Progress = Callable[[int, int, str], bool]
"""Called with (step, steps, what); returns False to cancel."""

CHART_SCALE = 2  # charts are rasterised at twice their size, for print


def write_pdf(session: Session, path: Path, progress: Progress | None = None) -> bool:
    """Write the report as a PDF; False if ``progress`` asked to cancel (nothing written)."""
    report = progress or (lambda _s, _n, _w: True)
    svgs: list[str] = []

    def as_image(svg: str) -> str:
        svgs.append(svg)
        return f"<p><img src='chart-{len(svgs) - 1}.png' width='640'></p>"

    if not report(0, 4, "collecting the session"):
        return False
    html = render_report(session, embed=as_image)
    doc = QTextDocument()
    for i, svg in enumerate(svgs):
        if not report(1, 4, f"drawing chart {i + 1} of {len(svgs)}"):
            return False
        renderer = QSvgRenderer(QByteArray(svg.encode()))
        size = renderer.defaultSize() * CHART_SCALE
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{i}.png"), image)
    if not report(2, 4, "laying out the pages"):
        return False
    doc.setHtml(html)
    tmp = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(f"After-action report — {session.scenario.title}")
    writer.setCreator("wargame")
    if not report(3, 4, "printing"):
        return False
    doc.print_(writer)
    del writer  # flushes the file
    tmp.replace(path)
    report(4, 4, "done")
    return True
