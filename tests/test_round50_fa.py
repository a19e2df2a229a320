"""Round 50, helper fa: requests. Sentences written for the tests in the style of Chinese
international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


# -- a causative verb before a compound of two sides and their pair noun (推动|泰柬两国|停战) ----
# asks both sides, as it does when they are named apart (推动泰国和柬埔寨停火)


def test_pushing_a_compound_pair_to_a_ceasefire_asks_both() -> None:
    found = _events("美国和马来西亚推动泰柬两国停战。")
    for side in ("美国", "马来西亚"):
        assert (side, "REQUEST", "泰国", "asserted") in found
        assert (side, "REQUEST", "柬埔寨", "asserted") in found


def test_pushing_a_compound_pair_in_traditional_script() -> None:
    found = _events("日本推動印巴雙方盡快恢復和談。")
    assert ("日本", "REQUEST", "印度", "asserted") in found
    assert ("日本", "REQUEST", "巴基斯坦", "asserted") in found


def test_pushing_a_compound_pairs_relations_asks_nobody() -> None:
    found = _events("中国推动中美两国关系发展。")
    assert not any(t == "REQUEST" for _, t, _, _ in found)


def test_pushing_a_compound_pairs_noun_asks_nobody() -> None:
    found = _events("联合国推动巴以两国间的和平进程。")
    assert not any(t == "REQUEST" for _, t, _, _ in found)


def test_a_compound_without_a_pair_noun_still_asks_nobody() -> None:
    found = _events("中国推动中美关系发展。")
    assert not any(t == "REQUEST" for _, t, _, _ in found)
