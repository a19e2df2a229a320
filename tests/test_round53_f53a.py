"""Round 53, branch f53a: misses of the dc/dd development sets whose cause recurs.

Forces shown off a country's coast or near it (在X外海|近海|海岸附近…部署/巡逻/盘旋, 在邻近X的
…水域部署, 抵达X外海) are deployed against it (MOBILIZE, as dc, vb and wf code it); a host country
(在日本部署) and patrol craft (巡逻舰) stay silent. Extraditing someone to a state (引渡至X) or
handing suspects over to it is judicial cooperation with it (COOPERATE: dc, nb, wf), and a
person's government (她的政府) is that person's country. The sentences are written for these
tests."""

from __future__ import annotations

import pytest
from sentences import events_of


def _plain(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, o) for s, t, o, _ in events_of(text) if t != "ROLE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("美国在古巴外海部署了5艘驱逐舰。", ("美国", "MOBILIZE", "古巴")),
        ("俄罗斯在邻近挪威的巴伦支海水域部署一支舰队。", ("俄罗斯", "MOBILIZE", "挪威")),
        ("英国军舰正在伊朗海岸附近的海域巡逻。", ("英国", "MOBILIZE", "伊朗")),
        ("三架俄罗斯轰炸机在日本近海上空盘旋两小时。", ("俄罗斯", "MOBILIZE", "日本")),
        ("法国两艘护卫舰已抵达利比亚外海。", ("法国", "MOBILIZE", "利比亚")),
    ],
)
def test_forces_off_a_coast_or_near_a_country_are_deployed_against_it(text, expected) -> None:
    assert expected in _plain(text)


@pytest.mark.parametrize(
    "text",
    [
        "美国在韩国部署了新的导弹。",  # a host country, not near it
        "日本海上自卫队在日本近海巡逻。",  # its own waters
        "印度向斯里兰卡海军提供一艘巡逻舰。",  # a patrol craft given, no patrol
        "俄罗斯向叙利亚运送了巡航导弹。",  # a cruise missile is a thing
        "警察在巴黎街头巡逻。",
    ],
)
def test_no_deployment_against_a_host_own_waters_or_a_thing(text: str) -> None:
    assert not any(t == "MOBILIZE" for _, t, _ in _plain(text))


def test_a_countrys_coast_is_the_country_not_a_sea() -> None:
    assert ("美国", "MOBILIZE", "古巴") in _plain("美国在古巴海岸附近部署了军舰。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("哥伦比亚上月将三名毒枭引渡至美国。", ("哥伦比亚", "COOPERATE", "美国")),
        ("危地马拉警方逮捕了他,并将他引渡到美国受审。", ("危地马拉警方", "COOPERATE", "美国")),
        ("厄瓜多尔政府将12名被通缉的嫌犯移交给美国。", ("厄瓜多尔", "COOPERATE", "美国")),
    ],
)
def test_extradition_and_suspects_handed_over_are_cooperation(text, expected) -> None:
    found = events_of(text)
    assert any((s, t, o) == expected and st == "asserted" for s, t, o, st in found)


@pytest.mark.parametrize(
    "text",
    [
        "该毒枭被引渡到美国。",  # the one extradited does nothing
        "美国将主办权移交给南非。",  # a right handed over, no suspect
        "孟加拉要求印度将她引渡回国。",  # a demand; nobody named is extradited to
    ],
)
def test_no_cooperation_by_the_extradited_or_for_a_right(text: str) -> None:
    assert not any(t == "COOPERATE" for _, t, _ in _plain(text))


def test_a_persons_government_is_their_country() -> None:
    found = _plain("墨西哥总统辛鲍姆表示反对。她的政府随后制裁了古巴。")
    assert ("墨西哥", "SANCTION", "古巴") in found
    assert ("辛鲍姆", "SANCTION", "古巴") not in found


def test_the_person_alone_stays_the_person() -> None:
    assert ("辛鲍姆", "ACCUSE", "古巴") in _plain("墨西哥总统辛鲍姆表示反对。她随后谴责了古巴。")
