"""Seeded dice: deterministic, in range, roughly uniform."""

from wargame.core import dice


def test_same_seed_same_rolls_different_seed_different_rolls():
    def rolls(seed: int) -> list[float]:
        s, out = dice.seed_state(seed), []
        for _ in range(20):
            s, u = dice.uniform(s)
            out.append(u)
        return out

    assert rolls(7) == rolls(7)
    assert rolls(7) != rolls(8)


def test_uniform_stays_in_unit_interval_and_spreads():
    s = dice.seed_state(1)
    values = []
    for _ in range(4000):
        s, u = dice.uniform(s)
        values.append(u)
    assert all(0.0 <= u < 1.0 for u in values)
    # each tenth of the interval gets roughly its share
    counts = [sum(1 for u in values if k / 10 <= u < (k + 1) / 10) for k in range(10)]
    assert min(counts) > 300 and max(counts) < 500


def test_below_covers_range():
    s = dice.seed_state(3)
    seen = set()
    for _ in range(200):
        s, k = dice.below(s, 5)
        seen.add(k)
    assert seen == {0, 1, 2, 3, 4}
