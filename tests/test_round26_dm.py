"""Round 26 (dm): peoples named by their country (X人) and named peoples as actors.

- A people named by its country that opens its clause acts as a collective: the country
  (乌克兰人谴责俄罗斯…). Counted (三名美国人), described (年轻的美国人), governed by a word
  before it (有关中国人…), owning what follows (中国人的利益) or inside a longer word (中国人民,
  美国人士) it names people of the country, who do not act for it; nor do opinions (美国人认为).
- Counted people of a country (两名美国人) are the country only for an act that strikes, holds,
  punishes or frees them (打死三名巴勒斯坦人, 扣押了两个加拿大人); met, praised or blamed they
  are some private people.
- Named peoples that no state speaks for (塞族人, 维吾尔族, 犹太人) are actors of their own
  (gazetteer/groups.tsv), as GUIDELINES' "named group".

Sentences are written for these tests, in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

from kg.gazetteer import load_gazetteer


@pytest.mark.parametrize(
    "text, event",
    [
        ("乌克兰人谴责俄罗斯军队的暴行。", ("乌克兰", "ACCUSE", "俄军", "asserted")),
        ("日本人多年来一直向缅甸捐助粮食。", ("日本", "AID", "缅甸", "asserted")),
        ("报道说,“菲律宾人抗议中国在南海的行动”。", ("菲律宾", "PROTEST", "中国", "asserted")),
    ],
)
def test_a_people_opening_its_clause_acts_as_its_country(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国人认为中国是最大的竞争对手。",  # an opinion: no act
        "很多美国人批评中国的政策。",  # some of its people
        "三名美国人批评了中国的政策。",
        "年轻的美国人批评中国的政策。",
        "有关德国人批评法国的报道很多。",
        "中国人的利益受到日本的侵害,他说。",
        "美国人士批评中国的政策。",
    ],
)
def test_people_of_a_country_do_not_act_for_it(text) -> None:
    subjects = {event[0] for event in events_of(text)}
    assert not subjects & {"美国", "德国", "中国"}, events_of(text)


@pytest.mark.parametrize(
    "text, event",
    [
        ("以军打死了三名巴勒斯坦人。", ("以军", "ASSAULT", "巴勒斯坦", "asserted")),
        ("中国扣押了两个加拿大人。", ("中国", "COERCE", "加拿大", "asserted")),
        ("俄罗斯释放了一名美国人。", ("俄罗斯", "RETREAT", "美国", "asserted")),
        ("欧盟制裁了四名中国人。", ("欧盟", "SANCTION", "中国", "asserted")),
    ],
)
def test_counted_people_struck_or_held_are_their_country(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, target",
    [
        ("习近平会见了两名美国人。", "美国"),
        ("日本外相欢迎五名中国人。", "中国"),
        ("美国国务院批评一名俄罗斯人。", "俄罗斯"),
    ],
)
def test_counted_people_met_or_blamed_are_not_their_country(text, target) -> None:
    assert not any(event[2] == target for event in events_of(text)), events_of(text)


def test_a_people_met_uncounted_stays_its_country() -> None:
    assert ("胡塞武装", "SUPPORT", "巴勒斯坦", "asserted") in events_of("胡塞武装支持巴勒斯坦人。")


@pytest.mark.parametrize(
    "text, event",
    [
        ("塞族人集会抗议科索沃当局。", ("塞族人", "PROTEST", "科索沃", "asserted")),
        ("科索沃警方驱离了塞族抗议者。", ("科索沃警方", "COERCE", "塞族人", "asserted")),
        ("美国一直支持犹太人。", ("美国", "SUPPORT", "犹太人", "asserted")),
    ],
)
def test_a_named_people_is_an_actor(text, event) -> None:
    assert event in events_of(text)


def test_named_peoples_are_groups_of_their_own() -> None:
    gaz = load_gazetteer()
    for key in ("SERBS", "UYGHURS", "JEWS"):
        actor = gaz.actors[key]
        assert actor.type == "Group" and actor.country is None
        assert gaz.org_kind[key] == "people"
    hit = gaz.match_at("塞尔维亚族人抗议", 0)
    assert hit is not None and hit[1].key == "SERBS"  # not Serbia, the state
