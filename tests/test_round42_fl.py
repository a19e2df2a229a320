"""Round 42, helper fl: South Asia and Africa — actors of the field the gazetteer lacked (the
Taiwan forms of capitals, armed groups, the leaders of Nepal, Sri Lanka, Bangladesh), a
country left that is no deal quit, a bloc that only describes the country after it, a threat
faced that nobody makes. Sentences written for the tests."""

from __future__ import annotations

from tests.data.sentences import events_of, roles_of


def test_taiwan_capital_of_pakistan_is_no_compound() -> None:
    """伊斯蘭馬巴德 (the Taiwan form of Islamabad) is Pakistan acting, not 马 + 巴 + 德 read as
    Malaysia, Pakistan and Germany."""
    events = events_of("伊斯蘭馬巴德指責巴基斯坦塔利班運動(TTP)策劃襲擊。")
    assert ("巴基斯坦", "ACCUSE", "巴基斯坦塔利班运动", "asserted") in events
    assert not any(s in {"马来西亚", "德国"} for s, _, _, _ in events)


def test_armed_groups_of_the_field() -> None:
    """猛虎組織 (LTTE), 印度維和部隊 (IPKF), 華格納集團 are actors of their own."""
    events = events_of("猛虎組織拒絕向印度維和部隊交出武器。")
    assert ("泰米尔伊拉姆猛虎解放组织", "REJECT", "印度维和部队", "asserted") in events
    events = events_of("華格納集團宣布將撤出馬利。")
    assert ("瓦格纳集团", "RETREAT", "马里", "intended") in events


def test_bare_shabaab_after_the_full_name() -> None:
    """青年党 alone names al-Shabaab once the article has named 索马里青年党; before that (or
    with no such name) it is any youth party."""
    text = "索马里青年党控制了多个村庄。政府军称,青年党袭击了索马里军队的哨所。"
    events = events_of(text)
    assert ("索马里青年党", "ASSAULT", "索马里军队", "asserted") in events
    events = events_of("青年党袭击了索马里军队的哨所。")
    assert not any(s == "索马里青年党" for s, _, _, _ in events)


def test_leaders_of_the_field_hold_their_posts() -> None:
    """总统鲍德尔 is Nepal's president, 外长维吉塔·赫拉特 Sri Lanka's foreign minister: the whole
    name, and a role."""
    roles = roles_of("尼泊尔总统鲍德尔接受了总理的辞呈。")
    assert any(p == "鲍德尔" and o == "尼泊尔" for p, o, _ in roles)
    events = events_of("斯里兰卡外长维吉塔·赫拉特表示,双方已同意加强合作。")
    assert not any("吉塔" in s or "吉塔" in o for s, _, o, _ in events)


def test_a_country_left_is_a_withdrawal() -> None:
    """退出马里 leaves a country (RETREAT), while 退出伊核协议 and 退出北约 quit a deal or a
    body (REJECT)."""
    events = events_of("瓦格纳集团宣布退出马里。")
    assert ("瓦格纳集团", "RETREAT", "马里", "asserted") in events
    assert not any(t == "REJECT" for _, t, _, _ in events)
    events = events_of("美国宣布退出伊核协议,伊朗表示遗憾。")
    assert not any(t == "RETREAT" for _, t, _, _ in events)
    events = events_of("美国宣布退出伊朗核协定。")
    assert not any(t == "RETREAT" for _, t, _, _ in events)


def test_bloc_before_a_country_describes_it() -> None:
    """非洲国家尼日利亚 is Nigeria, the African country: no event with Africa."""
    events = events_of("特朗普扬言可能进入非洲国家尼日利亚打击恐怖分子。")
    assert not any(o == "非洲" for _, _, o, _ in events)
    assert any(o == "尼日利亚" for _, _, o, _ in events)


def test_a_threat_faced_is_made_by_nobody() -> None:
    """称当地基督徒面临生存威胁: the threat faced is a noun, no one threatens the accuser."""
    events = events_of("特朗普指控尼日利亚违反宗教自由,称当地基督徒面临生存威胁。")
    assert not any(t == "THREATEN" for _, t, _, _ in events)
    assert ("特朗普", "ACCUSE", "尼日利亚", "asserted") in events


def test_hinduism_is_no_india() -> None:
    """印度教 (Hinduism), 印度教徒, 印度裔 begin with 印度 and name no India."""
    events = events_of("孟加拉国警方逮捕了一名印度教僧侣。")
    assert not any(o == "印度" for _, _, o, _ in events)
    assert ("美国", "ACCUSE", "印度", "asserted") in events_of("美国谴责印度。")


def test_post_in_a_state_named_otherwise() -> None:
    """刚果(金)…前总统约瑟夫·卡比拉: the post's state (no span of its own) is written with the
    name the page gives it (刚果(金)), not the label 刚果民主共和国 the page never writes."""
    from kg.extract import extract_article
    from tests.data.sentences import article

    text = "刚果(金)军事法庭宣布判决。法庭称,前总统约瑟夫·卡比拉未出庭。"
    result = extract_article(article(text))
    records = [r.to_json() for r in result.roles]
    assert any(r["object"]["label"] == "刚果(金)" for r in records)


def test_taiwan_capitals_of_the_field() -> None:
    """摩加迪休, 可倫坡 (Taiwan's Mogadishu, Colombo) act for their governments; after 在 they
    are places."""
    events = events_of("摩加迪休指責青年黨。可倫坡與新德里簽署協議。")
    assert ("索马里", "ACCUSE", "索马里青年党", "asserted") in events
    assert ("斯里兰卡", "AGREE", "印度", "asserted") in events
    assert events_of("他在摩加迪休會見了總統。") == set()
