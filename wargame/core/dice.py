"""Seeded dice whose whole state is one integer kept in the game state.

SplitMix64 is used because its state is a single 64-bit word (cheap to copy,
hash and store in a save) and its output is defined bit for bit, so a replay
on any Python version rolls the same dice.
"""

MASK = (1 << 64) - 1
"""A 64-bit word."""
GOLDEN = 0x9E3779B97F4A7C15
"""SplitMix64's increment."""
UNIT = 1.0 / (1 << 53)
"""The step between two uniform values: 53 bits of the output make a double in [0, 1).

The engine's hot paths (a ruling, the random policy) write :func:`uniform` out with these
constants, to the same numbers bit for bit."""
_MASK, _GOLDEN = MASK, GOLDEN


def next_u64(state: int) -> tuple[int, int]:
    """Advance ``state``; return ``(new_state, 64-bit output)``."""
    state = (state + _GOLDEN) & _MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return state, z ^ (z >> 31)


def uniform(state: int) -> tuple[int, float]:
    """Return ``(new_state, u)`` with ``u`` uniform in [0, 1)."""
    state, out = next_u64(state)
    return state, (out >> 11) * UNIT


def below(state: int, n: int) -> tuple[int, int]:
    """Return ``(new_state, k)`` with ``k`` uniform in ``range(n)``."""
    if n <= 0:
        raise ValueError("n must be positive")
    state, u = uniform(state)
    return state, min(int(u * n), n - 1)


def seed_state(seed: int) -> int:
    """Turn a user seed into an initial dice state."""
    return seed & _MASK
