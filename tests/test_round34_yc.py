"""Round 34, helper yc: constructions of Chinese government spokespeople's answers and readouts
(答记者问, phone calls, counter-measures), in sentences written for the tests in the style of
those pages."""

from tests.data.sentences import events_of


def test_an_answer_restating_the_reported_act_is_given_by_the_other_side() -> None:
    """有记者问:美国商务部宣布…。请问商务部有何评论? 答:美方将…列入…,中方对此坚决反对: the
    answer opens with the act the question reported, but 美方 does not answer; 中方 does, and
    its threat of measures is its own, not a censure of 中方 by 美方."""
    text = (
        "有记者问：美国商务部宣布将12家中国企业列入“军事最终用户清单”，请问商务部有何评论？\n"
        "答：美方将12家中国企业列入所谓清单，中方对此坚决反对。"
        "中方敦促美方立即纠正错误做法，并将采取一切必要措施，坚决维护中国企业的正当权益。"
    )
    events = events_of(text)
    assert ("中国", "THREATEN", "美国", "asserted") in events
    assert not any(e[0] == "美国" and e[1] == "ACCUSE" for e in events)
    # the near miss: an answer that opens with the answering side keeps it as the answerer
    text = (
        "有记者问：欧盟宣布对中国企业实施制裁，请问中方有何回应？\n"
        "答：中方对此坚决反对，并将采取一切必要措施，坚决维护中国企业的正当权益。"
    )
    events = events_of(text)
    assert ("中国", "THREATEN", "欧盟", "asserted") in events
    # nor does the rule move an answer about the answering side's own measures to its target
    text = (
        "有记者问：中方宣布对美国军工企业采取反制措施，外交部能否介绍具体情况？\n"
        "答：中方决定对5家美国军工企业实施制裁。我们敦促美方停止武装台湾。"
    )
    events = events_of(text)
    assert any(e[0] == "中国" and e[1] == "SANCTION" for e in events)
    assert not any(e[0] == "美国" and e[1] == "REQUEST" for e in events)


def test_a_pair_in_a_later_item_of_a_list_of_topics_is_no_side_of_the_talks() -> None:
    """两国元首就乌克兰危机、巴以冲突等问题交换意见: the conflict's sides are in the list of topics
    the talks are about; the heads of state talk, and stay the pair in focus after."""
    text = (
        "国家主席习近平应约同法国总统马克龙通电话。"
        "两国元首就乌克兰危机、巴以冲突等共同关心的国际和地区问题交换了意见。"
        "两国元首同意保持经常性联系。"
    )
    events = events_of(text)
    assert not any(e[1] in {"CONSULT", "AGREE"} and "以色列" in (e[0], e[2]) for e in events)
    assert any(e[1] == "AGREE" and "法国" in (e[0], e[2]) for e in events)
    # the near miss: a pair right after 就 (就中日韩合作) is what is talked about, as before
    events = events_of("双方还就中日韩合作交换了意见。")
    assert not any(e[1] == "CONSULT" and "日本" in (e[0], e[2]) for e in events)
