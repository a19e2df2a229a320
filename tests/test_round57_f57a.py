"""Round 57, branch f57a: the South and Southeast Asia and Pacific set (dk) and the Middle East
and North Africa set (dl).

Pakistan's information minister and air chief, the ISI's head, Bangladesh's army chief and
interim foreign adviser, the Taliban's defence minister, the prime ministers of Papua New
Guinea, Fiji and Solomon Islands, Nauru's president and India's army chief are known; so are
the posts 新闻与广播部长, 外交顾问 and 情报首长. A verb of backing after a title (秘书长|力挺)
names nobody. The sentences are written for these tests."""

from __future__ import annotations

import pytest
from sentences import events_of, roles_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


def _orgs(text: str) -> set[tuple[str, str]]:
    return {(person, org) for person, org, _ in roles_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("巴基斯坦新闻与广播部长阿陶拉·塔拉尔周五会见了伊朗大使。", ("阿陶拉·塔拉尔", "巴基斯坦")),
        ("孟加拉国临时政府外交顾问图希德周一会见了印度外交秘书。", ("图希德·侯赛因", "孟加拉国")),
        ("塔利班发言人说，国防部长雅库布已前往多哈。", ("穆罕默德·雅库布", "塔利班")),
    ],
)
def test_south_asian_officials(text: str, expected: tuple[str, str]) -> None:
    found = {(p, o) for p, o in _orgs(text)}
    assert expected[0] in {p for p, _ in found}
    assert expected in found or expected[0] in {s for s, _, _ in _plain(text)}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("巴新总理马拉佩周四与澳大利亚总理会谈。", "马拉佩"),
        ("斐济总理兰布卡周四会见了中国大使。", "兰布卡"),
        ("所罗门群岛总理马内莱周四会见了新西兰外长。", "马内莱"),
    ],
)
def test_pacific_prime_ministers(text: str, person: str) -> None:
    assert any(s == person for s, t, _ in _plain(text) if t == "CONSULT")


@pytest.mark.parametrize(
    "text",
    [
        # a longer Bengali name that holds 扎曼, and Navjot Sidhu: no Bangladeshi or Pakistani chief
        "孟加拉国前部长阿萨杜扎曼周一会见了印度大使。",
        "印度政客西杜周一批评了巴基斯坦。",
    ],
)
def test_bare_surnames_left_out(text: str) -> None:
    labels = {s for s, _, _ in _plain(text)} | {o for _, _, o in _plain(text)}
    assert "瓦克尔-乌兹-扎曼" not in labels
    assert "扎希尔·艾哈迈德·巴巴尔·西杜" not in labels


def test_saddam_haftar_full_name() -> None:
    plain = _plain("萨达姆·哈利法·哈夫塔尔周一在拉瓦尔品第会见了巴基斯坦陆军参谋长。")
    assert any(s == "萨达姆·哈夫塔尔" for s, _, _ in plain)
    assert not any(s == "哈夫塔尔" for s, _, _ in plain)


def test_backing_verb_after_title_is_no_name() -> None:
    # two secretaries-general 力挺 (back) the statement: no person named 力挺
    text = "该倡议也获得非洲联盟及东南亚国家联盟两位秘书长力挺。"
    assert not any(p.startswith("力挺") for p, _, _ in roles_of(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("瑙鲁总统阿迪昂周二在堪培拉会见了澳大利亚外长。", "阿迪昂"),
        ("柬埔寨總理洪瑪內週二會見了泰國外長。", "洪玛奈"),
    ],
)
def test_current_leaders_known(text: str, person: str) -> None:
    assert any(s == person for s, t, _ in _plain(text) if t == "CONSULT")
