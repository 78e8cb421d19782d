"""The after-action report as PDF: the same report, charts rendered to images, printed by Qt.

The report's HTML is rendered on the GUI thread, which owns the session (:func:`prepare`);
rasterising the charts, laying out the pages and printing use only QImage, QPainter,
QSvgRenderer, QTextDocument and QPdfWriter, so they run in a worker thread
(:class:`PdfExport`) or inline (:func:`write_pdf`). The file is written through a
QSaveFile: it appears whole when the job succeeds and not at all when it is cancelled or
fails.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QSaveFile,
    QThread,
    QUrl,
    Signal,
    Slot,
)
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
from wargame.i18n import _
from wargame.session.session import Session

Progress = Callable[[int, int, str], bool]
"""Called with (step, steps, what); returns False to cancel."""

STEPS = 4
"""Steps of an export: 0 collect, 1 draw each chart, 2 lay out, 3 print, 4 save."""
CHART_SCALE = 2  # charts are rasterised at twice their size, for print


class PdfExportError(OSError):
    """The PDF could not be written; the message says which file and why."""


def _always(_step: int, _steps: int, _what: str) -> bool:
    return True


@dataclass(frozen=True)
class PdfJob:
    """A rendered report waiting to be printed: plain data, nothing of the session, so it
    can travel to a worker thread."""

    html: str
    """The report, with ``<img src='chart-N.png'>`` where the charts go."""
    title: str
    """Document title."""
    charts: list[str] = field(default_factory=list)
    """The charts' SVG, in the order of their ``chart-N.png`` names."""

    def run(self, path: Path, progress: Progress = _always) -> bool:
        """Draw the charts, lay out the pages and print them to ``path`` (steps 1 to 4).

        Returns False, with nothing written, when ``progress`` asks to cancel; raises
        :class:`PdfExportError`, with nothing written, when the file cannot be written.
        """
        doc = QTextDocument()
        for i, svg in enumerate(self.charts):
            what = QCoreApplication.translate("PdfExport", "drawing chart {0} of {1}").format(
                i + 1, len(self.charts)
            )
            if not progress(1, STEPS, what):
                return False
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(f"chart-{i}.png"), rasterise(svg)
            )
        if not progress(2, STEPS, QCoreApplication.translate("PdfExport", "laying out the pages")):
            return False
        doc.setHtml(self.html)
        if not progress(3, STEPS, QCoreApplication.translate("PdfExport", "printing")):
            return False
        out = QSaveFile(str(path))
        if not out.open(QIODevice.OpenModeFlag.WriteOnly):
            raise PdfExportError(_cannot_write(path, out.errorString()))
        try:
            print_document(doc, self.title, out)
            keep = progress(STEPS, STEPS, QCoreApplication.translate("PdfExport", "saving"))
        except BaseException:
            _discard(out)
            raise
        if not keep:
            _discard(out)
            return False
        if not out.commit():  # a failed commit removes the temporary file itself
            raise PdfExportError(_cannot_write(path, out.errorString()))
        return True


def _cannot_write(path: Path, reason: str) -> str:
    return QCoreApplication.translate("PdfExport", "Cannot write {0} in {1}: {2}").format(
        path.name, path.parent, reason
    )


def _discard(out: QSaveFile) -> None:
    """Drop what was written so far, temporary file included."""
    out.cancelWriting()
    out.commit()  # refuses after cancelWriting(), and removes the temporary file


def prepare(session: Session) -> PdfJob:
    """The report of ``session`` as a job to print; reads the session, so GUI thread only."""
    charts: list[str] = []

    def as_image(svg: str) -> str:
        charts.append(svg)
        return f"<p><img src='chart-{len(charts) - 1}.png' width='640'></p>"

    html = render_report(session, embed=as_image)
    title = f"{_('After-action report')} — {session.scenario.title}"
    return PdfJob(html, title, charts)


def rasterise(svg: str) -> QImage:
    """A chart's SVG as an image on white, at :data:`CHART_SCALE` times its size."""
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QImage(renderer.defaultSize() * CHART_SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def print_document(doc: QTextDocument, title: str, device: QIODevice) -> None:
    """Print ``doc`` as A4 PDF pages into ``device`` (left open, for the caller to commit)."""
    writer = QPdfWriter(device)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle(title)
    writer.setCreator("wargame")
    doc.print_(writer)  # ends its painter: the PDF is complete in ``device``


def write_pdf(session: Session, path: Path, progress: Progress | None = None) -> bool:
    """Write the report as a PDF on the calling thread; False if ``progress`` asked to
    cancel (nothing written). Raises :class:`PdfExportError` when the file cannot be
    written (nothing written either)."""
    report = progress or _always
    if not report(0, STEPS, QCoreApplication.translate("PdfExport", "collecting the session")):
        return False
    return prepare(session).run(path, report)


class _Worker(QObject):
    """Runs a :class:`PdfJob` in the thread it is moved to.

    Signals:
        progress(int, int, str): step, steps, what.
        failed(str): the file could not be written.
        done(bool): the job ended: True when the file was written. Always last.
    """

    progress = Signal(int, int, str)
    failed = Signal(str)
    done = Signal(bool)

    def __init__(self, job: PdfJob, path: Path, cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._path = path
        self._cancel = cancel

    def _step(self, step: int, steps: int, what: str) -> bool:
        if self._cancel.is_set():
            return False
        self.progress.emit(step, steps, what)
        return True

    @Slot()
    def run(self) -> None:
        """Do the job; tell how it went."""
        written = False
        try:
            written = self._job.run(self._path, self._step)
        except OSError as exc:
            self.failed.emit(str(exc))
        finally:
            app = QCoreApplication.instance()
            if app is not None:  # back to the GUI thread, where its owner drops it
                self.moveToThread(app.thread())
            self.done.emit(written)


class PdfExport(QObject):
    """Writes the report of a session as PDF in a worker thread.

    :meth:`start` renders the HTML on the calling (GUI) thread, then hands the charts,
    the layout and the printing to a worker thread; :meth:`cancel` stops it at the next
    step. Every signal arrives on the GUI thread.

    Attributes:
        path: the PDF file to write.

    Signals:
        progress(int, int, str): step, steps and what is being done.
        failed(str): the file could not be written, with a message for the user;
            nothing was written.
        finished(bool): the worker has stopped: True when the file was written, False
            when it was cancelled or failed. Always the last signal.
    """

    progress = Signal(int, int, str)
    failed = Signal(str)
    finished = Signal(bool)

    def __init__(self, session: Session, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._session = session
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker: _Worker | None = None

    def start(self) -> None:
        """Render the report (here, on the GUI thread) and start the worker."""
        self.progress.emit(
            0, STEPS, QCoreApplication.translate("PdfExport", "collecting the session")
        )
        worker = _Worker(prepare(self._session), self.path, self._cancel)
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_done)
        self._worker = worker
        self._thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop at the next step; nothing is written."""
        self._cancel.set()

    @Slot(int, int, str)
    def _on_progress(self, step: int, steps: int, what: str) -> None:
        self.progress.emit(step, steps, what)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(message)

    @Slot(bool)
    def _on_done(self, written: bool) -> None:
        self._thread.quit()
        self._thread.wait()
        self._worker = None
        self.finished.emit(written)
