"""Round 37 (rw): bugs found reviewing the round's merge (m37). Each test fails on m37."""

from __future__ import annotations

from tests.data.sentences import events_of


def test_a_bare_regional_organ_does_not_hang_on_the_articles_read_before() -> None:
    """国安局 on a page that names no place is Taiwan's bureau (the one region organizations.tsv
    lists it for), also after another article composed Hong Kong's (香港国安局): the organs
    composed in a run are no listed ones, else the reading hangs on the order of articles."""
    alone = ("台湾国家安全局", "ACCUSE", "中国", "asserted")
    assert alone in events_of("国安局周三批评中国。")
    assert ("香港国家安全局", "ACCUSE", "美国", "asserted") in events_of("香港国安局周三批评美国。")
    assert alone in events_of("国安局周三批评中国。")
