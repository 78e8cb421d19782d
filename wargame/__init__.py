"""wargame: a desktop tabletop assistant for crisis-escalation exercises."""

__version__ = "0.1.0"
