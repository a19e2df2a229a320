"""Round 34, helper ya: constructions that recurred on fresh pages about Iran's nuclear file,
Syria after Assad, Iraq, the Houthis and Gulf mediation (sentences written for the tests, in
the style of those pages)."""

from tests.data.sentences import events_of, roles_of


def test_a_dotted_name_ending_in_a_known_family_name_is_one_person() -> None:
    """外交部长安德烈·西比加, 总统赛义德·易卜拉欣·莱希: the gazetteer knows the family name (or a
    shorter dotted form) only; the given name before the dot is no second person after the title."""
    roles = roles_of("乌克兰外交部长安德烈·西比加12日在基辅表示,乌方将继续争取援助。")
    assert not any(r[0] == "安德烈" for r in roles)
    events = events_of("伊朗总统赛义德·易卜拉欣·莱希17日在德黑兰会见到访的沙特外交大臣。")
    assert not any("赛义德" in (e[0], e[2]) for e in events)
    events = events_of("乌克兰总统弗拉基米尔·泽伦斯基10日在基辅会见了到访的英国首相。")
    assert not any("弗拉基米尔" in (e[0], e[2]) for e in events)
    assert any(e[0] == "泽连斯基" and e[1] == "CONSULT" for e in events)
