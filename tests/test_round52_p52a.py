"""Round 52, helper p52a: _Boilerplate.candidate_lines finds a line's index by bisection in
the offsets where the lines start, not by counting the line breaks before each find; the
lines it finds must be those the count found, whether the caller gives the lines or not."""

from __future__ import annotations

import random

from test_round51_p51c import _lines

from kg.articles import _boilerplate


def _counted(pattern, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """candidate_lines as round 51 wrote it: line breaks counted before each find."""
    found: set[int] = set()
    line = pos = 0
    joined = "\n" + text
    for match in pattern._candidates.finditer(joined):
        start = match.start()
        line += joined.count("\n", pos, start)
        pos = start
        found.add(line)
    for ch in pattern._reached_chars:
        line = pos = 0
        at = text.find(ch)
        while at != -1:
            line += text.count("\n", pos, at)
            found.add(line)
            pos = text.find("\n", at)
            if pos == -1:
                break
            at = text.find(ch, pos)
    return sorted(found)


def test_bisected_lines_are_the_counted_ones() -> None:
    pattern = _boilerplate()
    assert pattern is not None and pattern._candidates is not None
    assert pattern._reached_chars  # the loop over them is tested too
    lines = [line.replace("\n", "") for line in _lines()]
    reached = list(pattern._reached_chars)
    rng = random.Random(52)
    for _ in range(400):
        chosen = rng.sample(lines, rng.randint(1, 40))
        # lines that end or begin with a reached character, and several in one line
        for _ in range(rng.randint(0, 4)):
            index = rng.randrange(len(chosen))
            ch = rng.choice(reached)
            chosen[index] = rng.choice([ch + chosen[index], chosen[index] + ch, ch * 3])
        text = "\n".join(chosen)
        expected = _counted(pattern, text)
        assert pattern.candidate_lines(text) == expected, text
        assert pattern.candidate_lines(text, chosen) == expected, text


def test_edges() -> None:
    pattern = _boilerplate()
    assert pattern is not None
    for text in ["", "\n", "\n\n", "分享到", "\n分享到\n", "x\n\n未经", "未经\n"]:
        assert pattern.candidate_lines(text, text.split("\n")) == _counted(pattern, text)
