"""Round 49, helper zg: whom a refusal of an act refuses. Sentences written for the tests in the
style of Chinese international news."""

from __future__ import annotations

from tests.data.sentences import events_of


def _rejects(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in events_of(text) if t == "REJECT"}


# -- 拒绝 + an act refuses the side that asked the refuser's side for it, in a sentence before --
# (lc-09: 特朗普希望埃及和约旦接受…巴勒斯坦人。约旦、埃及…拒绝迁移巴勒斯坦人 → 特朗普, not the
# people the act would move; lc-02, qc-09 code the asker the same way where kg misses the ask)


def test_a_refused_act_refuses_who_asked_for_it() -> None:
    found = _rejects("美国要求以色列停止在加沙的军事行动。\n\n以色列拒绝撤军，并继续空袭哈马斯。")
    assert ("以色列", "美国") in found
    assert not any(o == "加沙" for _, o in found)


def test_a_refused_move_of_people_refuses_the_asker() -> None:
    found = _rejects(
        "美国总统25日提出设想，称希望埃及接受并安置来自加沙地带的巴勒斯坦人。\n\n"
        "埃及外交部26日发表声明，拒绝迁移巴勒斯坦人。"
    )
    assert any(s.startswith("埃及") and o == "美国" for s, o in found)
    assert not any(o.startswith("巴勒斯坦") for _, o in found)


def test_no_ask_in_focus_keeps_the_target_found() -> None:
    found = _rejects("以色列拒绝撤出加沙。")
    assert not any(o == "美国" for _, o in found)


def test_an_ask_of_another_side_is_not_answered() -> None:
    found = _rejects("美国要求伊朗停止铀浓缩。\n\n以色列拒绝撤出加沙。")
    assert not any(o == "美国" for _, o in found)


def test_a_refused_side_named_as_such_stays() -> None:
    found = _rejects("日本要求中国撤销禁令。\n\n中方拒绝会见日本外相。")
    assert not any(o == "美国" for _, o in found)
    assert all(o in {"日本", "日本外相"} or o.startswith("日本") for _, o in found)


def test_a_side_the_refused_act_names_stays_the_target() -> None:
    found = _rejects("日本首相要求美国放宽关税。\n\n美国政府一直拒绝承认伊朗为核国家。")
    assert ("美国", "伊朗") in found
    assert ("美国", "日本") not in found


# -- a refusal of an act with no asker in focus: the target focus found stands only when it is
# the other side of the refuser's last dealing (lc-02, ve-02 code no bystander as the target) --


def test_a_bystander_named_last_is_not_refused() -> None:
    found = _rejects(
        "黎巴嫩新闻部长表示，内阁已通过军方提案。\n\n真主党领导人多次重申拒绝解除武装。"
    )
    assert not any(s.startswith("真主党") for s, _ in found)


def test_the_foe_of_a_fight_in_focus_stays_refused() -> None:
    found = _rejects("胡塞武装与沙特军队交战。\n\n胡塞武装最终拒绝撤出边境地区。")
    assert ("胡塞武装", "沙特") in found or any(o.startswith("沙特") for _, o in found)
