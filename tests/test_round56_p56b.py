"""Round 56, p56b: the warm-up loads the tagger of unknown words before a pool forks."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from kg import workers
from kg.segment import segmenter


def test_the_warm_up_word_is_unknown_to_the_dictionary():
    """WARM_UNKNOWN reaches the hidden Markov model: the dictionary does not hold it, nor
    any word the tagger cuts it into (a dictionary word would be tagged from the dictionary
    and leave the model's tables unloaded)."""
    seg = segmenter()
    assert not seg.has_word(workers.WARM_UNKNOWN)
    assert all(not seg.has_word(word) for word, _ in seg.tag(workers.WARM_UNKNOWN))


def test_the_warm_up_tags_the_unknown_word(monkeypatch):
    """warm_up_extraction asks the segmenter to tag WARM_UNKNOWN (so a pool's workers
    inherit the model's tables)."""
    import kg.segment

    real = kg.segment.segmenter()
    asked: list[str] = []

    def tag(text: str) -> list[tuple[str, str]]:
        asked.append(text)
        return real.tag(text)

    spy = real._replace(tag=tag)
    monkeypatch.setattr(kg.segment, "segmenter", lambda name=None: spy)
    workers.warm_up_extraction()
    assert workers.WARM_UNKNOWN in asked


@pytest.mark.skipif(segmenter().name != "rjieba", reason="rjieba's tables")
def test_a_worker_tags_unknown_words_as_the_parent_does(tmp_path):
    """Tagging in the warm-up changes no later result: the same tags for a text of unknown
    words in a fresh process, tagged with and without the warm-up's word first."""
    code = textwrap.dedent(
        """
        import sys
        from kg.segment import segmenter
        from kg.workers import WARM_UNKNOWN
        if sys.argv[1] == "warm":
            segmenter().tag(WARM_UNKNOWN)
        print(segmenter().tag("泽连斯基会见蓬佩奥和布林肯，龘靐齉爩"))
        """
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, how], capture_output=True, text=True, check=True
        ).stdout
        for how in ("warm", "cold")
    ]
    assert runs[0] == runs[1] and runs[0]
