"""Round 25 (lx2): trigger coverage of the conflictual types (ACCUSE … ASSAULT).

A systematic pass over CAMEO roots 11–20 found words a news writer uses for these acts that
``ontology/triggers.tsv`` lacked (blame, false accusation, smears, suits; refusals and ignored
requests; marches at a mission; penalties and a court's order to pay; persecution, bans,
criminal detention; beatings and poisoning). Each was read in Terminus, IR and the dev-side
texts between two actors before it was added. The near misses are the homographs and the
readings the golds do not count (a denial is no REJECT; a court's order to pay is a demand, not
a sanction; 并处罚金 is no 处罚; a bare noun of the act names nobody).

Sentences are written for these tests, in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import events_of

D = "2024-05-10"


@pytest.mark.parametrize(
    "text, expected",
    [
        # ACCUSE: blame, false accusation, exposure, smears, scorn, suits, calling to account
        ("日本外务省官员责怪韩国政府处理不当。", ("日本外务省", "ACCUSE", "韩国", "asserted")),
        ("日本政府诬陷中国企业窃取技术。", ("日本", "ACCUSE", "中国", "asserted")),
        ("美国媒体揭露以色列军方的暴行。", ("美国", "ACCUSE", "以军", "asserted")),
        # 将追究X的责任 warns of an action (THREATEN, made now), as the first golds of nc-11 and
        # qa-04 read it (round 40, ky); 必须追究 stays a charge (test_round40_ky)
        ("伊朗政府表示将追究美国的法律责任。", ("伊朗", "THREATEN", "美国", "asserted")),
        ("菲律宾渔民状告中国海警。", ("菲律宾", "ACCUSE", "中国海警", "asserted")),
        ("俄罗斯媒体向乌克兰泼脏水。", ("俄罗斯", "ACCUSE", "乌克兰", "asserted")),
        ("美国官员对中国冷嘲热讽。", ("美国", "ACCUSE", "中国", "asserted")),
        ("俄罗斯外交部把矛头对准了美国。", ("俄罗斯外交部", "ACCUSE", "美国", "asserted")),
        # REJECT: refusals of what is sent or offered, requests ignored, demands not complied with
        ("日本拒收韩国送来的抗议信。", ("日本", "REJECT", "韩国", "asserted")),
        ("朝鲜谢绝了韩国的援助。", ("朝鲜", "REJECT", "韩国", "asserted")),
        ("以色列根本不理会联合国的呼吁。", ("以色列", "REJECT", "联合国", "asserted")),
        ("华为不遵守美方要求。", ("华为", "REJECT", "美国", "asserted")),
        # PROTEST: a march outside a mission
        (
            "伊朗示威者周日在英国驻德黑兰大使馆外游行。",
            ("伊朗抗议者", "PROTEST", "英国", "asserted"),
        ),
        # SANCTION: penalties; REQUEST: a court's order to pay
        ("美国对中兴公司处罚10亿美元。", ("美国", "SANCTION", "中兴通讯", "asserted")),
        ("欧盟委员会给谷歌开出了罚单。", ("欧盟委员会", "SANCTION", "谷歌", "asserted")),
        ("韩国法院裁定日本企业须赔偿劳工。", ("韩国法院", "REQUEST", "日本", "asserted")),
        ("美国法院判令华为赔偿思科。", ("美国法院", "REQUEST", "华为", "asserted")),
        # COERCE: persecution, bans, criminal detention, approved arrest
        ("缅甸军政府迫害昂山素季。", ("缅甸", "COERCE", "昂山素季", "asserted")),
        ("俄罗斯政府取缔了美国的非政府组织。", ("俄罗斯", "COERCE", "美国", "asserted")),
        ("俄罗斯警方刑拘了两名美国公民。", ("俄罗斯警方", "COERCE", "美国", "asserted")),
        # ASSAULT: forcing a way in, poisoning, beating, violence used on someone
        ("以军攻入黎巴嫩南部。", ("以军", "ASSAULT", "黎巴嫩", "asserted")),
        ("俄罗斯特工对英国前间谍投毒。", ("俄罗斯", "ASSAULT", "英国", "asserted")),
        ("以色列士兵痛打巴勒斯坦青年。", ("以色列", "ASSAULT", "巴勒斯坦", "asserted")),
        ("以军对哈马斯施暴。", ("以军", "ASSAULT", "哈马斯", "asserted")),
    ],
)
def test_a_conflictual_word_reports_its_act(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        # a denial is no REJECT (the dev golds read it as no event)
        "日方否认这一指控。",
        # the fine of a sentence is read by 判处, not by 处罚
        "该公司被判处有期徒刑并处罚金200万元。",
        # a court's award with nobody ordered
        "法院判决无罪释放并给予国家赔偿。",
        # exposing, scorn and marches with no actor on either side
        "他们揭露了事件的真相。",
        "这是一场冷嘲热讽。",
        "第十六届同志游行在台北举行。",
        # the one who does violence, named by the noun, is no act
        "施暴者已被警方控制。",
    ],
)
def test_a_near_miss_stays_silent(text: str) -> None:
    assert events_of(text, D) == set()


@pytest.mark.parametrize(
    "text, kind",
    [
        # a denial of a claim with no author named rejects nobody (but 日方否认韩方的指控 rejects
        # 韩方, as 驳斥 does: the audit golds read a denied accusation as a REJECT of its author)
        ("日方否认向韩方报复的说法。", "REJECT"),
        ("韩国法院裁定日本企业须赔偿劳工。", "SANCTION"),
    ],
)
def test_no_reading_the_golds_do_not_count(text: str, kind: str) -> None:
    assert not any(t == kind for _, t, _, _ in events_of(text, D))
