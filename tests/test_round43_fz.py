"""Round 43, helper fz: Europe and Russia–Ukraine in the Hong Kong and Taiwan press (the we-dev
set). Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- a condemned attack whose 针对-phrase follows a time word or runs past a comma ----------
# (we-dev 08: 谴责昨夜针对乌克兰,特别是其能源设施的攻击 read the victim as the one condemned)


def test_condemned_attack_after_time_word_blames_no_victim() -> None:
    """谴责|昨夜|针对波兰的袭击: what follows the time word is the object, an attack on 波兰;
    波兰 is its victim, not the one condemned (as 谴责针对波兰的袭击 already was)."""
    for text in (
        "德国总理默茨谴责昨夜针对波兰的无人机袭击。",
        "德国总理默茨谴责上周末针对波兰，尤其是其铁路设施的袭击。",
        "德国总理默茨谴责针对波兰的无人机袭击。",
    ):
        events = events_of(text)
        assert not any(o == "波兰" and t == "ACCUSE" for _, t, o, _ in events), text


def test_condemnation_with_named_target_stays() -> None:
    """A time word before a named target leaves the target (谴责|昨日|俄罗斯的袭击)."""
    events = events_of("德国总理默茨谴责俄罗斯昨夜对波兰发动的袭击。")
    assert ("默茨", "ACCUSE", "俄罗斯", "asserted") in events


# -- displeasure (不悦): a criticism, and no negation of the acts after it -------------------


def test_displeasure_criticises_and_does_not_negate() -> None:
    """对X的作为感到不悦 criticises X; its 不 negates nothing (扬言 stays asserted)."""
    events = events_of("美国总统多次表示对俄方作为感到不悦、扬言将让俄方付出代价。")
    assert ("美国", "ACCUSE", "俄罗斯", "asserted") in events
    assert ("美国", "THREATEN", "俄罗斯", "asserted") in events
    assert not any(s == "美国" and st == "negated" for s, _, _, st in events)


# -- the field's actors: Taiwan renderings and bodies ------------------------------------


def test_taiwan_renderings_of_field_people() -> None:
    """薩克納, 科巴伊澤 named bare are the people listed (察赫克纳, 科巴希泽)."""
    assert ("察赫克纳", "ACCUSE", "科巴希泽", "asserted") in events_of("薩克納批評科巴伊澤。")


def test_field_bodies_are_actors() -> None:
    events = events_of("美國戰爭研究所指責俄羅斯干預摩爾多瓦選舉。")
    assert any(s in {"战争研究所", "戰爭研究所"} and t == "ACCUSE" for s, t, _, _ in events)
    events = events_of("喬治亞之夢批評歐盟。")
    assert any(t == "ACCUSE" and o in {"歐盟", "欧盟"} for _, t, o, _ in events)
