"""Round 37, helper ac: the right act on the right pair, accusations and requests. Sentences
written for the tests."""

from __future__ import annotations

from kg.extract import extract_article
from tests.data.sentences import article, events_of

# -- 1. an organ the page names without its country ----------------------------------------


def _subjects(text: str, event_type: str) -> set[tuple[str, str]]:
    records = [e.to_json() for e in extract_article(article(text)).events]
    return {
        (r["subject"]["label"], r["subject"]["mention"])
        for r in records
        if r["event_type"] == event_type
    }


def test_we_of_an_organ_the_page_names_without_its_country_is_labelled_as_written() -> None:
    """我们 read as 中国商务部 on a page that writes only 商务部: the label is the page's 商务部
    (ql-02, yn-11: the annotator lists 外交部, 商务部 and no 中国外交部, 中国商务部)."""
    text = (
        "商务部新闻发言人就日本出口管制答记者问。"
        "发言人表示，我们希望日方保持理性决策，及时纠正错误做法。"
    )
    assert _subjects(text, "REQUEST") == {("商务部", "我们")}
    text = "中国外交部发言人说，我们敦促美方停止干涉中国内政。"  # the page writes its label
    assert _subjects(text, "REQUEST") == {("中国", "我们")}
    # 菲国海警 (a name with its country's) keeps 菲律宾海警: a bare 海警 would be another
    # side's coast guard on a page that writes 中国海警 too
    text = "中国海警指,菲国海警船故意撞击中方舰艇。外交部发言人说,我们敦促菲方立即停止侵权挑衅。"
    assert "海警" not in {label for label, _ in _subjects(text, "ASSAULT")}
    # 美商务部 on the page: a bare 商务部 there may be China's, so the US ministry 中方 objects
    # to keeps 美国商务部 as its label
    text = (
        "有记者问：近日，美商务部宣布将多家中国实体列入实体清单。"
        "商务部新闻发言人表示，中方对此强烈不满、坚决反对。"
    )
    records = [e.to_json() for e in extract_article(article(text)).events]
    assert "商务部" not in {r["object"]["label"] for r in records if r["event_type"] == "ACCUSE"}


# -- 2. a release asked for of people named only by their detention ----------------------------


def test_release_of_all_those_detained_asks_the_last_detainer() -> None:
    """公报呼吁立即无条件释放所有被拘押的官员 (qk-05), 呼吁“立即无条件放人” (qd-04): no one is
    named, the ones freed are those the text last reported detained: their holder is asked."""
    text = "缅甸军方扣押了昂山素季。联合国呼吁立即无条件释放所有被拘押的官员。"
    assert ("联合国", "REQUEST", "缅甸军队", "asserted") in events_of(text)
    text = "胡塞武装拘押了23名联合国人员。联合国秘书长古特瑞斯呼吁“立即无条件放人”。"
    assert ("古特雷斯", "REQUEST", "胡塞武装", "asserted") in events_of(text)
    assert not any(e[1] == "REQUEST" for e in events_of("联合国呼吁立即释放所有被拘押的官员。"))


# -- 3. words of accusation a statement tells of someone ---------------------------------------


def test_stirring_up_trouble_is_the_speakers_charge() -> None:
    """挑起事端 (yc-13, qj-07), with 片面 between the one charged and the charge (qj-07)."""
    text = "毛宁指出，一段时间以来，菲律宾利用仁爱礁等问题频繁挑起事端。"
    assert ("毛宁", "ACCUSE", "菲律宾", "asserted") in events_of(text)
    text = "中国外交部声称这项决定源于美方片面挑起事端。"
    assert ("中国外交部", "ACCUSE", "美国", "asserted") in events_of(text)


def test_making_up_stories_is_the_speakers_charge() -> None:
    """编造 (yo-11, ql-01, qc-05): the speaker charges whoever made it up; no speaker, no one."""
    text = "发言人汪文斌说，美方无视事实，编造“间谍气球”叙事。"
    assert ("汪文斌", "ACCUSE", "美国", "asserted") in events_of(text)
    assert not events_of("这名男子编造了身份。")


def test_blame_laid_on_the_one_named_after_is_the_speakers_charge() -> None:
    """责任在于/责任完全在 X (qb-10, wb-04, qj-07): whoever says it accuses X; it attacks no one."""
    text = "伊朗外长阿拉格齐还表示，袭击事件的主要责任在于美国。"
    assert ("阿拉格齐", "ACCUSE", "美国", "asserted") in events_of(text)
    assert not any(e[1] == "ASSAULT" for e in events_of(text))
    text = "林剑说，“菲方蓄意侵权挑衅行径性质恶劣，发生擦碰的责任完全在菲方。”"
    assert ("林剑", "ACCUSE", "菲律宾", "asserted") in events_of(text)


# -- 4. a bare spokesman opening a paragraph goes on with the statement before -----------------


def test_a_bare_spokesman_opening_a_paragraph_speaks_for_the_organ_before() -> None:
    """yn-11: 商务部新闻发言人…回应说…。(new paragraph) 发言人表示,…。日方…措施,将严重干扰…: the
    judgement in the second paragraph is the ministry's."""
    text = (
        "商务部新闻发言人3日回应说，中方注意到有关情况。\n"
        "发言人表示，中日两国在半导体领域产业互补性强。"
        "日方相关出口管制措施，将严重干扰企业间正常商业往来，损害两国企业利益。"
    )
    assert _subjects(text, "ACCUSE") == {("商务部", "商务部新闻发言人")}
