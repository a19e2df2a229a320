"""Round 53, p53c: the native searches of sorted positions equal the bisect module's."""

import bisect
import random

from kg import extract


def test_bisect_helpers_equal_the_module():
    rng = random.Random(53)
    for _ in range(2000):
        values = sorted(rng.sample(range(200), rng.randint(0, 30)))
        dup = sorted(values + rng.sample(values, min(len(values), 3)))
        for seq in (values, dup):
            for x in range(-2, 203):
                assert extract._bisect_right(seq, x) == bisect.bisect_right(seq, x)
                assert extract._bisect_left(seq, x) == bisect.bisect_left(seq, x)


def test_quotes_opened_before_equals_the_module():
    rng = random.Random(5353)
    for _ in range(2000):
        cuts = sorted(rng.sample(range(300), 2 * rng.randint(0, 12)))
        quotes = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
        for pos in range(-2, 303):
            assert extract._quotes_opened_before(quotes, pos) == bisect.bisect_left(quotes, (pos,))
