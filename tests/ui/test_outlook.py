"""The Outlook dock: background forecast with progress, cancel, and a fan chart."""

from PySide6.QtCore import Qt

from wargame.session.headless import play


def test_outlook_runs_in_the_background_and_draws_the_fan(qtbot, window, default_scenario):
    play(window.session, default_scenario.history[:4])
    panel = window.outlook
    panel.workers = 1
    panel.runs.setValue(20)
    panel.horizon.setValue(3)
    qtbot.mouseClick(panel.run, Qt.MouseButton.LeftButton)
    assert not panel.run.isEnabled() and panel.cancel.isEnabled()
    window.session.annotate("the window still takes input while it runs")
    qtbot.waitUntil(lambda: 3 in panel.results, timeout=60000)
    assert panel.progress.value() == 20 and panel.run.isEnabled()
    x, y = panel.median.getData()
    assert list(x) == [3.0, 4.0, 5.0, 6.0]
    assert y[0] == window.session.state.global_escalation
    low = panel.curves[0].getData()[1]
    high = panel.curves[3].getData()[1]
    assert all(lo <= hi for lo, hi in zip(low, high, strict=True))
    assert "Highest band reached: " in panel.bands.text()


def test_outlook_can_be_cancelled(qtbot, window, default_scenario):
    play(window.session, default_scenario.history[:4])
    panel = window.outlook
    panel.workers = 1
    panel.runs.setValue(5000)
    qtbot.mouseClick(panel.run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60000)
    qtbot.mouseClick(panel.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel._thread is None, timeout=60000)
    assert panel.results == {} and panel.progress.value() < 5000
    assert "cancelled" in panel.bands.text()
