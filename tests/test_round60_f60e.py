"""Round 60 (f60e): actors the gazetteer lacked, checked on sentences written for these tests."""

from __future__ import annotations

from sentences import events_of

# -- people named in the news whom the matcher cut short or never found ------------------------


def test_an_assistant_minister_is_not_cut_into_the_verb_after_him() -> None:
    found = events_of("外交部部长助理农融约见英国驻华大使，就英方近日的言论提出严正交涉。")
    assert not any("农融约" in (e[0], e[2]) for e in found)


def test_a_leaders_own_chinese_name_is_his() -> None:
    found = events_of("艾博年发文批评印尼政府。")
    assert ("阿尔巴尼斯", "ACCUSE", "印度尼西亚", "asserted") in found


def test_another_spelling_of_a_foreign_minister() -> None:
    found = events_of("韩国外长赵泰烈谴责朝鲜发射导弹。")
    assert ("赵兑烈", "ACCUSE", "朝鲜", "asserted") in found


def test_an_ambassador_named_bare_is_known() -> None:
    found = events_of("韩国外交部召见邢海明，表示强烈抗议。")
    assert any(e[2] == "邢海明" and e[0] in {"韩国", "韩国外交部"} for e in found)


def test_an_envoy_named_bare_is_known() -> None:
    found = events_of("霍赫斯坦敦促以色列停止空袭。")
    assert ("霍赫斯坦", "REQUEST", "以色列", "asserted") in found
