"""The Qt-free application service: a scenario, an event log and a cursor over it."""

from wargame.session.changes import Changes
from wargame.session.session import Annotation, Session

__all__ = ["Annotation", "Changes", "Session"]
