"""Round 24 (t): missed gold events whose evidence sentence gave no event though its actors
are named there.

- A court named after the place it sits in (得克萨斯州西区法院, 大连市中级人民法院, 北京市
  海淀区人民法院) was no actor: only a country's courts were (美国法院). A place jieba tags
  that ends in a place unit (words.tsv place_unit) before a court noun (court_noun) now names
  one; a court named by no place (向法院起诉, 二审法院) still names none. The court a suit is
  brought to (起诉至…法院) is where, not whom.
- 判处美国公民乔尔·斯通: a country, a citizen noun (words.tsv citizen) and a name right after it:
  the person is the target, not the country (with no name, 逮捕两名美国公民, the country is).

Sentences are written for these tests (new names and details), in the style of wire reports.
"""

from __future__ import annotations

import pytest
from sentences import article, events_of

from kg.extract import extract_article

D = "2024-05-10"


def _labels(found: set) -> set[str]:
    return {s for s, _, _, _ in found} | {o for _, _, o, _ in found}


# --- courts named after their place ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "court", "target"),
    [
        (
            "2016年,得克萨斯州西区法院判处美国公民卡尔·霍夫曼入狱30个月。",
            "得克萨斯州西区法院",
            "卡尔·霍夫曼",
        ),
        (
            "去年3月,佛罗里达州南区法院判处俄罗斯公民伊万·彼得连科入狱5年。",
            "佛罗里达州南区法院",
            "伊万·彼得连科",
        ),
        ("纽约州联邦法院周二判处英国公民马克·汤普森入狱18个月。", "纽约州联邦法院", "马克·汤普森"),
    ],
)
def test_a_court_named_by_its_place_sentences(text: str, court: str, target: str) -> None:
    assert (court, "COERCE", target, "asserted") in events_of(text, D)


def test_a_chinese_court_named_by_city_and_district_is_one_actor() -> None:
    text = "上海市第二中级人民法院判处英国公民彼得·汉弗莱入狱两年。"
    found = events_of(text, D)
    assert ("上海市第二中级人民法院", "COERCE", "彼得·汉弗莱", "asserted") in found
    assert "中国" not in _labels(found)  # 上海 begins the court's name: no act of China


def test_a_judge_holds_a_post_in_the_court_of_a_county() -> None:
    text = "2012年,湖南省岳阳市平江县法院法官王建国因受贿被判刑。"
    roles = extract_article(article(text, D)).roles
    posts = {(r.person.actor.label, r.org.actor.label) for r in roles}
    assert ("王建国", "湖南省岳阳市平江县法院") in posts


@pytest.mark.parametrize(
    "text",
    [
        "他已于上周向法院起诉,要求对方赔偿。",  # a court named by no place
        "二审法院维持原判,驳回了上诉。",
        "该公司将三名网友起诉至杭州市西湖区人民法院。",  # where the suit goes, not whom
    ],
)
def test_a_court_named_by_no_place_or_only_as_the_venue_is_silent(text: str) -> None:
    assert not any("法院" in label for label in _labels(events_of(text, D)))


# --- a citizen named after his country -------------------------------------------------------


def test_the_named_citizen_is_the_target_not_his_country() -> None:
    found = events_of("伊朗当局上月逮捕了法国公民马克·杜布瓦。", D)
    assert ("伊朗", "COERCE", "马克·杜布瓦", "asserted") in found
    assert ("伊朗", "COERCE", "法国", "asserted") not in found


def test_citizens_with_no_name_leave_their_country_the_target() -> None:
    found = events_of("伊朗当局上月逮捕了两名法国公民。", D)
    assert ("伊朗", "COERCE", "法国", "asserted") in found


# --- a penalty paid was imposed by the one it is paid to -------------------------------------


@pytest.mark.parametrize(
    ("text", "imposer", "payer"),
    [
        ("汇丰银行周三向美国财政部缴纳了1.5亿美元罚款。", "美国财政部", "汇丰银行"),
        ("美国商务部去年宣布制裁中兴通讯。最终,中兴只能乖乖缴纳罚款。", "美国商务部", "中兴通讯"),
    ],
)
def test_a_penalty_paid_is_a_sanction_of_who_imposed_it(
    text: str, imposer: str, payer: str
) -> None:
    found = events_of(text, D)
    assert (payer, "CONCEDE", imposer, "asserted") in found
    assert (imposer, "SANCTION", payer, "asserted") in found
    assert (payer, "SANCTION", imposer, "asserted") not in found  # the fine is not the payer's


@pytest.mark.parametrize(
    "text",
    [
        "华为表示不会向美国缴纳罚款。",  # refused: nothing was imposed by a payment
        "如果华为向美国缴纳罚款,美国将撤销指控。",
        "华为同意向美国财政部缴纳罚款。",  # agreed, not yet paid
    ],
)
def test_a_penalty_not_paid_tells_no_sanction(text: str) -> None:
    assert not [e for e in events_of(text, D) if e[1] == "SANCTION"]


# --- 对方 is the partner the sentence's first actor dealt with -------------------------------


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("以色列宣布暂停与哈马斯的谈判,理由是对方一再违反停火协议。", "以色列", "哈马斯"),
        (
            "苏丹武装部队周日宣布,中止同快速支援部队的对话,理由是对方屡次违反停火。",
            "苏丹军队",
            "快速支援部队",
        ),
    ],
)
def test_the_other_side_is_the_partner_named_after_a_coverb(
    text: str, accuser: str, accused: str
) -> None:
    assert (accuser, "ACCUSE", accused, "asserted") in events_of(text, D)


@pytest.mark.parametrize(
    "text",
    [
        # two courts listed with 和 are no pair of sides: 对方 is neither of them
        "某公益组织向杭州市西湖区人民法院和上海市徐汇区人民法院提起诉讼,要求对方恢复账号。",
        # a pair named as co-subjects (美国同日本) leaves 对方 open
        "美国同日本举行会谈,对方一再违反协议。",
    ],
)
def test_a_listed_pair_gives_no_other_side(text: str) -> None:
    found = events_of(text, D)
    assert not [e for e in found if e[1] in {"REQUEST", "ACCUSE"}]
