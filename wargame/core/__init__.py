"""The pure domain: scenario models, events, the rules engine and seeded dice.

Nothing in this package touches Qt, files or the clock.
"""
