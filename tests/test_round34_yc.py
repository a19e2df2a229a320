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
