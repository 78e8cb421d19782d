"""Regression guard for the PySide6 6.12.0 / CPython 3.11 None-refcount bug (DESIGN.md)."""

import sys

import PySide6
from PySide6.QtWidgets import QWidget


def test_void_calls_do_not_drain_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(5000):
        widget.setObjectName(f"w{i % 7}")  # void
        widget.setToolTip("")  # void
        widget.update()  # void
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 500, f"None lost {-drift} references over 15,000 void calls"


def test_pinned_binding_is_not_the_broken_release():
    if sys.version_info < (3, 12):
        assert PySide6.__version__ != "6.12.0"
