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


def test_people_pattern_finds_what_the_old_one_found():
    import re

    from kg.lexicon import words

    nouns = set(words("private")) | set(words("person_noun"))
    ordered = sorted(nouns - {"人"}, key=lambda w: (-len(w), w))
    alternatives = "|".join(map(re.escape, ordered))
    old = re.compile(rf"(?:[^他我她它你咱]们|(?:{alternatives})|员)(?!国)")
    new = extract._people_pattern()
    rng = random.Random(530)
    alphabet = [*"们国他我她它你咱员人民学工成，。a\n", *ordered]
    for _ in range(30000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        since = rng.randint(0, len(text))
        start = rng.randint(since, len(text))
        expected = old.search(text, since, start) is not None
        assert (new.search(text[since:start]) is not None) == expected, (text, since, start)
