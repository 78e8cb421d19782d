"""The after-action report as PDF: the expected pages, and a cancel that writes nothing."""

from pypdf import PdfReader

from wargame.session.headless import play
from wargame.ui.pdf import write_pdf


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
