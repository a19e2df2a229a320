"""The lead's own changes of the thirtieth round (session 32)."""

from tests.data.sentences import events_of


def test_a_list_joined_by_yiji_is_a_list_like_one_joined_by_he() -> None:
    """An attack asked to stop goes on, on every member of the list it names. ``_list_ends``
    compared the gap between two actors with a string of join characters (a second definition
    of ``_LIST_JOINERS`` shadowed the set), so 以及 did not join and no attack was read."""
    for joined in ("巴林以及卡塔尔", "巴林、科威特以及卡塔尔"):
        events = events_of(f"沙特要求伊朗停止对{joined}的攻击。")
        assert ("伊朗", "ASSAULT", "巴林", "asserted") in events
        assert ("伊朗", "ASSAULT", "卡塔尔", "asserted") in events


def test_the_same_list_joined_by_he_keeps_its_events() -> None:
    """The near miss that worked before: a list joined by 、 and 和."""
    events = events_of("沙特要求伊朗停止对巴林、科威特和卡塔尔的攻击。")
    assert {"巴林", "科威特", "卡塔尔"} <= {e[2] for e in events if e[1] == "ASSAULT"}
    assert ("沙特阿拉伯", "REQUEST", "伊朗", "asserted") in events
