"""Round 52, helper f52e: membership of a body denied, or weighed by others, is no cooperation
with it; a side's own wish to join stays intended. Sentences written for the tests in the style
of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- membership of a body denied, or weighed by others, is no COOPERATE with it


def _cooperations(text: str) -> set[tuple[str, str, str]]:
    return {(s, o, st) for s, kind, o, st in events_of(text) if kind == "COOPERATE"}


def test_a_membership_put_off_is_no_cooperation() -> None:
    found = _cooperations("塞尔维亚总统武契奇宣布，塞尔维亚将推迟寻求加入欧盟。")
    assert not any(o == "欧盟" for _, o, _ in found)


def test_a_membership_ruled_out_is_no_cooperation() -> None:
    found = _cooperations("肯尼亚外长宣布，乌干达军队将不能加入联合国维和部队。")
    assert not any(o == "联合国" for _, o, _ in found)


def test_a_sides_own_wish_to_join_stays_intended() -> None:
    found = _cooperations("格鲁吉亚总统表示，格鲁吉亚希望加入北约。")
    assert ("格鲁吉亚", "北约", "intended") in found


def test_joining_states_done_is_still_cooperation() -> None:
    found = _cooperations("东盟十国加入中国、日本和韩国，组成新的自由贸易区。")
    assert any(o in {"中国", "日本", "韩国"} for _, o, _ in found)
