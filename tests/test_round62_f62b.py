"""Round 62 (f62b): names of blame a speaker gives a leader or a state (“独裁者”, “失败国家”,
“政治迫害”) are the speaker's accusation of whom they are about; the same words with no
speaker, or in a question about nobody, accuse no one. Checked on sentences written for
these tests."""

from __future__ import annotations

from sentences import events_of

# -- a leader called a dictator: the speaker accuses the leader --


def test_leader_called_a_dictator_is_accused() -> None:
    found = events_of("拜登称普京是“独裁者”。")
    assert ("拜登", "ACCUSE", "普京", "asserted") in found


def test_dictator_with_no_speaker_accuses_no_one() -> None:
    found = events_of("这部电影讲述了一个独裁者的故事。")
    assert not any(e[1] == "ACCUSE" for e in found)


# -- a state called a failed state --


def test_state_called_failed_state_is_accused() -> None:
    found = events_of("特朗普称委内瑞拉为“失败国家”。")
    assert ("特朗普", "ACCUSE", "委内瑞拉", "asserted") in found


def test_failed_state_in_a_study_accuses_no_one() -> None:
    found = events_of("学者们研究了失败国家的治理问题。")
    assert not any(e[1] == "ACCUSE" for e in found)


# -- political persecution: the speaker accuses the state said to persecute --


def test_political_persecution_accuses_the_persecutor() -> None:
    found = events_of("特朗普认为阿根廷对反对派领袖进行“政治迫害”。")
    assert ("特朗普", "ACCUSE", "阿根廷", "asserted") in found


def test_persecution_in_history_accuses_no_one() -> None:
    found = events_of("历史上的政治迫害留下了深刻教训。")
    assert not any(e[1] == "ACCUSE" for e in found)
