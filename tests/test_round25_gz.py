"""Round 25 (gz): actor coverage of the gazetteer.

- Heads of state and government, foreign and defence ministers 2016–2026, parties, armed
  groups, UN agencies, regional bodies and companies that act in international news were
  missing: a bare name with no title before it (伦齐, 甘茨, 恰武什奥卢) named no actor.
- Bare forms that fire inside ordinary words or name several people stay out (联想 the verb,
  亚马逊 the river and forest, 佩恩, 高克 of 高克毅).
- 民盟 is Myanmar's National League for Democracy in a report on Myanmar and the China
  Democratic League in one on China: a party candidate of an ambiguous form counts as named
  when its country is (ambiguous.tsv), and the form names nothing before either is named.

Sentences are written for these tests (new details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of


@pytest.mark.parametrize(
    "text, event",
    [
        ("伦齐在罗马会见了德拉吉。", ("伦齐", "CONSULT", "德拉吉", "asserted")),
        ("恰武什奥卢当天与拉夫罗夫通电话。", ("恰武什奥卢", "CONSULT", "拉夫罗夫", "asserted")),
        ("佩通坦与洪玛奈举行会谈。", ("佩通坦", "CONSULT", "洪玛奈", "asserted")),
        ("河野太郎会见了王毅。", ("河野太郎", "CONSULT", "王毅", "asserted")),
        ("萨法迪会见了阿拉格齐。", ("萨法迪", "CONSULT", "阿拉格齐", "asserted")),
        ("阮富仲会见习近平。", ("阮富仲", "CONSULT", "习近平", "asserted")),
        ("马哈蒂尔批评纳吉布。", ("马哈蒂尔", "ACCUSE", "纳吉布", "asserted")),
        ("美国商务部制裁长江存储。", ("美国商务部", "SANCTION", "长江存储", "asserted")),
        ("卡桑旅向以色列发射火箭弹。", ("卡桑旅", "ASSAULT", "以色列", "asserted")),
        ("人民防卫军袭击缅甸军方据点。", ("人民防卫军", "ASSAULT", "缅甸军队", "asserted")),
        ("国大党批评莫迪政府。", ("印度国民大会党", "ACCUSE", "印度", "asserted")),
        ("卡加梅会见了齐塞克迪。", ("卡加梅", "CONSULT", "齐塞克迪", "asserted")),
        ("米佐塔基斯与埃尔多安举行会谈。", ("米佐塔基斯", "CONSULT", "埃尔多安", "asserted")),
        (
            "联合国刚果（金）稳定特派团谴责M23运动袭击平民。",
            ("联合国刚果民主共和国稳定特派团", "ACCUSE", "M23运动", "asserted"),
        ),
    ],
)
def test_a_listed_actor_named_bare_acts(text, event) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("巴西政府批评破坏亚马逊雨林的行为。", "亚马逊"),
        ("这让人联想到美国对中国的制裁。", "联想"),
        ("高克毅先生批评了美国政府。", "约阿希姆·高克"),
        ("作者佩恩批评了美国政府。", "玛丽斯·佩恩"),
        ("阿比朵尔能有效抑制病毒，专家批评了美国。", "阿比·艾哈迈德"),
        ("这种独特本色受到中国政府批评。", "特本"),
    ],
)
def test_an_ordinary_word_names_no_new_actor(text, word) -> None:
    assert not any(word in side for event in events_of(text) for side in (event[0], event[2]))


def test_minmeng_in_a_report_on_myanmar_is_the_nld() -> None:
    found = events_of("缅甸军方逮捕了民盟领导人。")
    assert ("缅甸军队", "COERCE", "全国民主联盟", "asserted") in found


def test_minmeng_before_either_country_is_named_names_no_actor() -> None:
    assert events_of("民盟中央主席会见了来访的美国议员。") == set()
