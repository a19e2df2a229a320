"""Round 53 (f53c): a threat someone is said to pose is the speaker's charge against the one
who poses it, never against the one it is posed to; sentences written for these tests."""

from __future__ import annotations

from tests.data.sentences import events_of


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return set(events_of(text))


def _accusations(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, t, o, _ in _events(text) if t == "ACCUSE"}


def test_posed_threat_accuses_the_one_who_poses_it():
    text = "俄罗斯外长拉夫罗夫称，北约东扩对俄罗斯安全构成威胁。"
    assert _accusations(text) == {("拉夫罗夫", "北约")}


def test_posed_threat_to_a_third_side_names_the_doer_not_the_target():
    text = "美国国防部长表示，朝鲜的导弹计划对日本构成威胁。"
    assert _accusations(text) == {("美国", "朝鲜")}


def test_joint_statement_on_a_posed_threat():
    text = "土耳其和伊拉克发表联合声明。声明中表示，库尔德工人党对土耳其和伊拉克两国安全构成威胁。"
    assert _accusations(text) == {("土耳其", "库尔德工人党"), ("伊拉克", "库尔德工人党")}


def test_become_a_threat_and_be_a_threat():
    assert ("俄罗斯", "北约") in _accusations("俄罗斯外长称，北约扩张是对俄罗斯安全的直接威胁。")
    text = "马里、尼日尔和布基纳法索发表联合声明。三国表示，西共体已成为对成员国的威胁。"
    assert ("马里", "西非国家经济共同体") in _accusations(text)


def test_own_side_poses_no_threat_is_silent():
    assert not _accusations("中国外交部发言人毛宁表示，中国的发展不会对任何国家构成威胁。")
    assert not _accusations("俄罗斯总统普京称，俄罗斯对欧洲不构成威胁。")


def test_posed_threat_with_no_speaker_is_silent():
    assert not _accusations("专家指出，气候变化对人类构成威胁。")
    assert not _accusations("报告认为，海平面上升对沿海城市构成威胁。")


def test_group_that_condemns_is_not_judged_by_its_own_words():
    text = (
        "朝鲜周二发射弹道导弹。日本外务省称日美韩三国高官进行了电话磋商。"
        "三方强烈谴责发射对地区和平与安全构成威胁。"
    )
    accused = {o for _, o in _accusations(text)}
    assert "美国" not in accused and "韩国" not in accused
