"""Round 38, helper rx: bugs found reviewing the round's merged change (m38 at e6a5d0a).
Sentences written for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from kg.actors import taiwan_voice
from kg.extract import extract_article
from kg.gazetteer import load_gazetteer
from tests.data.sentences import article

ROOT = Path(__file__).resolve().parent.parent


def _records(text: str) -> list[dict]:
    return [e.to_json() for e in extract_article(article(text)).events]


def _pairs(text: str, event_type: str) -> set[tuple[str, str]]:
    return {
        (r["subject"]["label"], r["object"]["label"])
        for r in _records(text)
        if r["event_type"] == event_type
    }


# -- a one-way war keeps its attacker when the other side's attack is denied or supposed -------


def test_a_denied_counterattack_leaves_the_war_its_attacker() -> None:
    """俄乌开战后 is Russia's attack (wars.tsv); 乌克兰没有袭击… reports no Ukrainian attack, so
    it neither takes Russia's war away nor gives Ukraine one."""
    text = "俄乌开战后，欧盟宣布新的出口禁令。乌克兰没有袭击俄罗斯的炼油厂。"
    compound = {
        (r["subject"]["label"], r["object"]["label"])
        for r in _records(text)
        if r["event_type"] == "ASSAULT" and r["status"] == "asserted"
    }
    assert compound == {("俄罗斯", "乌克兰")}


def test_a_supposed_counterattack_leaves_the_war_its_attacker() -> None:
    text = "俄乌开战后，欧盟宣布新的出口禁令。如果乌克兰袭击俄罗斯的炼油厂，后果严重。"
    compound = {
        (r["subject"]["label"], r["object"]["label"])
        for r in _records(text)
        if r["event_type"] == "ASSAULT" and r["status"] == "asserted"
    }
    assert compound == {("俄罗斯", "乌克兰")}


# -- 共军 (taiwan_voice) only on its own, not inside 中共军队 ---------------------------------


def test_the_party_army_of_any_press_does_not_make_the_page_taiwans() -> None:
    """中共军队 holds 共军, but every press writes it: a bare 外交部 there stays China's."""
    text = "中共军队昨日在台海举行演习。外交部发言人表示，美国应停止对台军售。"
    records = [r for r in _records(text) if r["event_type"] == "REQUEST"]
    assert records and all(r["subject"]["canonical"] != "台湾外交部" for r in records)


def test_the_party_organ_paper_does_not_make_the_page_taiwans() -> None:
    """中共机关报 holds 共机 (Taiwan's word for PLA aircraft); 共机 alone still tells."""
    gaz = load_gazetteer()
    assert taiwan_voice("中共机关报人民日报发表评论。", gaz) is None
    assert taiwan_voice("共机昨日再度扰台。", gaz) is not None


# -- gazetteer rows of the round that fire on other words ---------------------------------


def test_the_league_of_nations_is_not_the_anti_is_coalition() -> None:
    """国际联盟 alone is the League of Nations or any coalition; the anti-IS one is named
    以美国为首的国际联盟 or 打击“伊斯兰国”的国际联盟."""
    assert not any("伊斯兰国" in label for _, label in _pairs("日本宣布退出国际联盟。", "REJECT"))
    assert ("伊拉克", "打击伊斯兰国国际联盟") in _pairs(
        "伊拉克批评以美国为首的国际联盟。", "ACCUSE"
    )


def test_sharaf_is_not_al_sharaa() -> None:
    """沙拉 (al-Sharaa) begins 沙拉夫 (Egypt's prime minister Essam Sharaf)."""
    subjects = {r["subject"]["label"] for r in _records("埃及前总理沙拉夫批评以色列。")}
    assert "沙拉" not in subjects
    assert "沙拉" in {r["subject"]["label"] for r in _records("叙利亚总统沙拉批评以色列。")}


def test_the_convener_title_is_not_the_whip_and_a_name() -> None:
    """总召 (a caucus whip, this round) begins 总召集人 (convener): not a person 集人廖."""
    subjects = {r["subject"]["label"] for r in _records("建制派总召集人廖长江批评美国。")}
    assert not any(label.startswith("集人") for label in subjects)


# -- tools/mypyc_hook.py: fall back where it cannot compile, never fail for it --------------


def _hook_module():
    pytest.importorskip("hatchling")
    path = ROOT / "tools" / "mypyc_hook.py"
    spec = importlib.util.spec_from_file_location("kg_mypyc_hook38rx", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["kg_mypyc_hook38rx"] = module
    spec.loader.exec_module(module)
    return module


def _fresh_build_data() -> dict:
    return {"force_include": {}, "infer_tag": False, "pure_python": True}


def test_a_compile_that_cannot_start_installs_pure_python(monkeypatch, capsys) -> None:
    """An OSError before the compile (no scratch folder, a full disk) is a failed compile:
    with KG_BUILD unset kg installs as pure Python rather than not at all."""
    module = _hook_module()
    monkeypatch.delenv("KG_BUILD", raising=False)
    monkeypatch.setattr(module, "why_not_compiled", lambda version: None)

    def no_scratch(self, build_data: dict) -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(module.MypycHook, "_compile_into", no_scratch)
    hook = module.MypycHook.__new__(module.MypycHook)
    hook._BuildHookInterface__target_name = "wheel"
    data = _fresh_build_data()
    hook.initialize("standard", data)
    assert data == _fresh_build_data()
    assert "No space left" in capsys.readouterr().err


def test_no_compiler_named_lets_setuptools_find_one(monkeypatch, tmp_path) -> None:
    """Where neither CC nor Python's build names a compiler (Windows, MSVC), setuptools finds
    one itself: the hook must not report 'no C compiler' by looking for a 'cc' on PATH."""
    module = _hook_module()
    monkeypatch.delenv("CC", raising=False)
    monkeypatch.setattr(module.sysconfig, "get_config_var", lambda name: None)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert module.why_not_compiled("standard") is None


def test_the_army_after_a_time_word_is_not_a_means() -> None:
    """以 before 军 is 'by means of' after an actor (中国以军事演训手段…, this round), but
    after a time word 以军 opens the clause: 周三以军机空袭… is Israel's army."""
    for text in (
        "周三以军机空袭黎巴嫩南部的真主党目标。",
        "周三以军队空袭黎巴嫩南部的真主党目标。",
    ):
        assert ("以军", "真主党") in _pairs(text, "ASSAULT")


def test_a_bare_central_government_on_a_hong_kong_page_is_chinas() -> None:
    """中央政府 is the state itself this round; bare, it took the country in focus, a British
    critic of Hong Kong's government: on a page naming Hong Kong it is China's."""
    text = "英国外交大臣批评香港特区政府。中央政府坚定支持香港特区政府。"
    assert ("中国", "香港") in _pairs(text, "SUPPORT")
    assert ("英国", "香港") not in _pairs(text, "SUPPORT")
