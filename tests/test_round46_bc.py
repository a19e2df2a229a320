"""Round 46, helper bc: CONSULT (meetings, talks, calls, visits). Sentences written for the
tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a trip named by where it goes, and a journey that turns on to the next stop -------------


def test_a_trip_named_by_its_country_is_a_visit() -> None:
    """结束日本之行: the trip (之行) to the country named right before it is a visit to it."""
    events = events_of("德国外长瓦德福结束日本之行。")
    assert ("瓦德富尔", "CONSULT", "日本", "asserted") in events
    events = events_of("王毅此次欧洲之行取得丰硕成果。")
    assert ("王毅", "CONSULT", "欧洲", "asserted") in events


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
