"""Round 46, helper bc: CONSULT (meetings, talks, calls, visits). Sentences written for the
tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a trip named by where it goes, and a journey that turns on to the next stop -------------


def test_a_trip_named_by_its_country_is_a_visit() -> None:
    """结束日本之行: the trip (之行) to the country named right before it is a visit to it."""
    events = events_of("德国外长瓦德福结束日本之行。")
    assert ("瓦德富尔", "CONSULT", "日本", "asserted") in events
    events = events_of("王毅此次法国之行取得丰硕成果。")
    assert ("王毅", "CONSULT", "法国", "asserted") in events


def test_a_journey_turned_on_to_a_country_is_a_visit() -> None:
    """转往/转赴印尼访问: travelling on to a country is a visit to it, as 前往 is."""
    for verb in ("转往", "转赴"):
        events = events_of(f"瓦德福结束日本之行后将{verb}印尼访问。")
        assert ("瓦德富尔", "CONSULT", "日本", "asserted") in events, verb
        assert ("瓦德富尔", "CONSULT", "印度尼西亚", "intended") in events, verb


def test_no_trip_without_a_country() -> None:
    """此行, 这次之行: a trip that names no place visits nobody."""
    events = events_of("瓦德福表示，这次之行非常成功。")
    assert not any(t == "CONSULT" for _, t, _, _ in events)


# -- a caretaker head of government is a title -------------------------------------------------


def test_caretaker_prime_minister_is_a_title() -> None:
    """泰国看守总理阿努廷…及柬埔寨总理洪马内: 看守总理 is a post, the name after it a person,
    and the list goes on to the second leader called."""
    events = events_of("特朗普表示，他已与泰国看守总理阿努廷及柬埔寨总理洪马内通话。")
    assert ("特朗普", "CONSULT", "阿努廷", "asserted") in events
    assert ("特朗普", "CONSULT", "洪玛奈", "asserted") in events


# -- talks held under a mediation framed by 在…下 are the pair's --------------------------------


def test_talks_after_a_mediation_frame_are_the_pairs() -> None:
    """以色列与哈马斯在卡塔尔斡旋下,在多哈举行谈判: the frame (and the comma after it) parts the
    pair from its talks; the talks are the pair's, the mediator helps (as without the comma)."""
    events = events_of("以色列与哈马斯在卡塔尔斡旋下，在多哈举行谈判。")
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in events
    events = events_of("以色列与哈马斯在卡塔尔和埃及的调解下举行间接谈判。")
    assert ("以色列", "CONSULT", "哈马斯", "asserted") in events
    assert not any(s == "卡塔尔" and o == "埃及" for s, _, o, _ in events)


def test_a_clause_with_its_own_pair_after_the_frame_keeps_it() -> None:
    """美国和伊朗在卡塔尔斡旋下,俄罗斯与乌克兰举行谈判: the clause names its own sides."""
    events = events_of("美国和伊朗在卡塔尔斡旋下，俄罗斯与乌克兰举行谈判。")
    assert ("俄罗斯", "CONSULT", "乌克兰", "asserted") in events
    assert ("美国", "CONSULT", "伊朗", "asserted") not in events


# -- an actor inside what a time clause's subject does (…后) does not go on as the subject ------


def test_actor_inside_the_object_of_a_time_clause_does_not_go_on() -> None:
    """金正恩出席中国阅兵仪式后,与普京举行会谈: the country inside what he attends does not hold
    the talks; he does. So for any act (观看中国阅兵后,谴责美国)."""
    events = events_of("金正恩出席中国阅兵仪式后，与普京举行会谈。")
    assert ("金正恩", "CONSULT", "普京", "asserted") in events
    assert not any(s == "中国" for s, _, _, _ in events)
    events = events_of("普拉伯沃结束中国访问后，在白宫与拜登见面。")
    assert ("普拉博沃", "CONSULT", "拜登", "asserted") in events
    events = events_of("金正恩观看中国阅兵后，谴责美国。")
    assert ("金正恩", "ACCUSE", "美国", "asserted") in events


def test_a_pair_that_opens_a_time_clause_goes_on() -> None:
    """美国与伊朗举行会谈后,宣布达成协议: 与 joins the subjects, both go on."""
    events = events_of("美国与伊朗举行会谈后，宣布达成协议。")
    assert ("美国", "AGREE", "伊朗", "asserted") in events
