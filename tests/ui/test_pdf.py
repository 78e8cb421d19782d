"""The after-action report as PDF: the expected pages, a cancel that writes nothing, an
export that runs in a worker thread and reports an unwritable folder."""

import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from wargame.session.headless import play
from wargame.ui import pdf
from wargame.ui.pdf import PdfExportError, write_pdf


def test_pdf_has_the_report_and_cancel_leaves_nothing(qtbot, window, default_scenario, tmp_path):
    session = window.session
    play(session, default_scenario.history[:5])
    session.annotate("A lesson about proportionality", bookmark=True)
    path = tmp_path / "aar.pdf"
    steps = []
    assert write_pdf(session, path, lambda s, n, w: steps.append((s, n, w)) or True)
    assert [s for s, _, _ in steps] == [0, 1, 1, 2, 3, 4]
    reader = PdfReader(str(path))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) >= 3
    assert "After-action report" in text and "A lesson about proportionality" in text
    assert "Night strike with missiles" in text and "(roll 0." in text
    assert len(reader.pages[0].images) + len(reader.pages[1].images) >= 1  # the charts
    cancelled = tmp_path / "cancelled.pdf"
    assert not write_pdf(session, cancelled, lambda s, n, w: s < 1)
    assert not cancelled.exists()


def test_export_from_the_menu_shows_progress(qtbot, window, tmp_path):
    path = tmp_path / "menu.pdf"
    assert window.write_pdf(path)
    assert path.read_bytes().startswith(b"%PDF")
    assert "menu.pdf" in window.status.text()


def test_html_report_from_the_menu(qtbot, window, tmp_path):
    window.session.annotate("menu bookmark", bookmark=True)
    path = tmp_path / "aar.html"
    assert window.write_report(path)
    html = path.read_text()
    assert "menu bookmark" in html and html.count("<svg") == 2


def when(ready, act, tries: int = 250) -> None:
    """Run ``act(modal)`` on the GUI thread as soon as ``ready(modal)`` holds for the
    active modal widget (polled every 20 ms)."""

    def poll(left: int = tries) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and ready(modal):
            act(modal)
        elif left > 0:
            QTimer.singleShot(20, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def test_an_unwritable_folder_is_reported_and_nothing_is_written(qtbot, window, tmp_path):
    # a regular file where the folder should be: unwritable for every user, root included
    # (CI runs as root, for whom a read-only folder is writable)
    folder, watched = tmp_path / "out", tmp_path
    folder.write_text("not a folder")
    before = sorted(watched.iterdir())
    session = window.session
    log, cursor, digests = list(session.log), session.cursor, session.digests()
    messages: list[str] = []

    def answer(box: QMessageBox) -> None:
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    when(lambda modal: isinstance(modal, QMessageBox), answer)
    try:
        assert not window.write_pdf(folder / "aar.pdf")
        with pytest.raises(PdfExportError, match=r"aar\.pdf"):
            write_pdf(session, folder / "aar.pdf")
    finally:
        if folder.is_dir():
            folder.chmod(0o755)  # so that pytest can clean up
    assert len(messages) == 1 and "aar.pdf" in messages[0], messages
    assert sorted(watched.iterdir()) == before
    assert "aar.pdf" not in window.status.text()
    assert (list(session.log), session.cursor, session.digests()) == (log, cursor, digests)


@pytest.mark.parametrize("held", ["rasterise", "print_document"])
def test_cancel_from_the_dialog_stops_the_worker_and_leaves_nothing(
    qtbot, window, tmp_path, monkeypatch, held
):
    """The worker is held inside a step until Cancel is clicked: while drawing the first
    chart (before the file is opened) or while printing (into QSaveFile's temporary file)."""
    folder = tmp_path / "out"
    folder.mkdir()
    inside, release = threading.Event(), threading.Event()
    original = getattr(pdf, held)
    workers: set[threading.Thread] = set()

    def hold(*args):
        workers.add(threading.current_thread())
        inside.set()
        release.wait(10)
        return original(*args)

    monkeypatch.setattr(pdf, held, hold)
    seen_during: list[list[str]] = []

    def cancel(dialog: QProgressDialog) -> None:
        seen_during.append(sorted(p.name for p in folder.iterdir()))
        dialog.findChild(QPushButton).click()
        release.set()

    when(lambda modal: isinstance(modal, QProgressDialog) and inside.is_set(), cancel)
    assert not window.write_pdf(folder / "aar.pdf")
    assert seen_during, "the dialog never showed while the worker worked"
    assert threading.main_thread() not in workers  # the job ran in a worker thread
    assert "aar.pdf" not in seen_during[0]  # QSaveFile shows the file only on commit
    assert list(folder.iterdir()) == []
    assert "aar.pdf" not in window.status.text()
