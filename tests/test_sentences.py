"""kg.sentences: the clause regex, written to let re skip to the next mark, cuts where the
plain alternation it replaces cuts."""

from __future__ import annotations

import random
import re

from kg.model import Sentence
from kg.sentences import _CLAUSE_END, split_clauses

_PLAIN_CLAUSE_END = re.compile(r"[，：:]|——|(?<!\d),|,(?!\d{3})")


def test_clause_marks_are_found_where_the_plain_alternation_finds_them() -> None:
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice("，：:,—1234中a") for _ in range(rng.randint(0, 12)))
        fast = [m.span() for m in _CLAUSE_END.finditer(text)]
        assert fast == [m.span() for m in _PLAIN_CLAUSE_END.finditer(text)], text


def test_clauses_split_at_commas_and_colons_not_in_numbers() -> None:
    text = "他说：美国将对3,250亿美元商品加征关税,中方——坚决反对。"
    clauses = split_clauses(Sentence(text, 0, len(text), 0))
    assert [text[c.start : c.end] for c in clauses] == [
        "他说：",
        "美国将对3,250亿美元商品加征关税,",
        "中方——",
        "坚决反对。",
    ]
