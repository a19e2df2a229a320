"""Round 40 (ks): speech acts kg did not read, found by frequency in terminus + ir + the
readable dev articles (/work/notes/scratch40/ks/forms.md). The sentences are written for the
tests in the constructions the pages used."""

from __future__ import annotations

from tests.data.sentences import events_of

# -- 1. a statement that opens a paragraph goes on in the next one ----------------------------


def test_leaders_statement_goes_on_in_the_next_paragraph() -> None:
    """习近平指出,…。(new paragraph) 尽管…没有变。希望美方同中方相向而行 (Xinhua, oa-09): the
    paragraph after one that opens with its speaker names no speech of its own, so its wish
    is the leader's."""
    text = (
        "国家主席习近平在北京会见美国总统国家安全事务助理沙利文。\n"
        "习近平指出，面对变乱交织的国际形势，各国需要团结协作。中美作为两个大国，应该对历史负责。\n"
        "尽管中美关系发生了很大变化，但是中方致力于中美关系稳定发展的目标没有变。"
        "希望美方同中方相向而行，以积极理性的态度看待中国。"
    )
    assert ("习近平", "REQUEST", "美国", "asserted") in events_of(text)


def test_ministrys_statement_goes_on_with_its_judgement() -> None:
    """商务部新闻发言人表示,…。(new paragraph) 长期以来,美方…滥用出口管制措施: the spokesman's
    answer goes on, and its judgement criticises the side it names."""
    text = (
        "美国商务部将37家中国实体列入出口管制实体清单。\n"
        "商务部新闻发言人表示，中方对此坚决反对。\n"
        "长期以来，美方泛化国家安全概念，滥用出口管制措施，打压遏制他国企业。"
    )
    assert ("中国商务部", "ACCUSE", "美国", "asserted") in events_of(text)


def test_quoted_statement_goes_on_in_the_next_paragraph() -> None:
    """萨莱姆说:「…」(new paragraph)「…并要求其交出武器。」: the quotation on its own is still
    the speaker's."""
    text = (
        "黎巴嫩总理萨莱姆说：「内阁决定禁止真主党的军事活动。」\n"
        "「这意味必须立即禁止真主党的一切军事活动，并要求其交出武器。」"
    )
    assert ("萨莱姆", "REQUEST", "真主党", "asserted") in events_of(text)
