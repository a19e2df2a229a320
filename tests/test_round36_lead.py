"""Round 36 (lead): the mention kg emits is the words as the article writes them.

GUIDELINES.md: ``mention`` is the words in the sentence, and an annotator lists the forms the
article uses. kg matches on simplified text; on a page in traditional script its mentions
were the simplified forms (俄罗斯 for 俄羅斯), which a gold written from the page lacks.
"""

from __future__ import annotations

import json
from dataclasses import replace

from click.testing import CliRunner
from sentences import article

from kg.actions import _with_lead
from kg.cli import cli
from kg.evaluate import parse_gold, score
from kg.extract import extract_article

TRADITIONAL = "中央社基輔14日綜合外電報導，俄羅斯今天以飛彈襲擊烏克蘭中部城市文尼察。"
ROLE = "聯合國秘書長古特瑞斯表示，他對這次的攻擊感到震驚。"


def _events(text: str) -> list:
    return extract_article(article(text)).events


def test_a_mention_in_traditional_script_is_written_as_the_article_writes_it() -> None:
    (event,) = [e for e in _events(TRADITIONAL) if e.event_type == "ASSAULT"]
    record = event.to_json()
    assert (record["subject"]["mention"], record["subject"]["canonical"]) == ("俄羅斯", "俄罗斯")
    assert (record["object"]["mention"], record["object"]["canonical"]) == ("烏克蘭", "乌克兰")
    assert event.subject.text == "俄罗斯"  # the rules still read the simplified text


def test_a_role_keeps_the_article_s_own_words_too() -> None:
    (role,) = extract_article(article(ROLE)).roles
    record = role.to_json()
    assert record["subject"]["mention"] == "古特瑞斯"
    assert record["object"]["mention"] == "聯合國"
    assert (record["object"]["label"], record["object"]["canonical"]) == ("聯合國", "联合国")


def test_simplified_pages_are_unchanged() -> None:
    simplified = "俄罗斯今天以导弹袭击乌克兰中部城市文尼察。"
    (event,) = [e for e in _events(simplified) if e.event_type == "ASSAULT"]
    assert event.subject.written == "" and event.to_json()["subject"]["mention"] == "俄罗斯"


def test_a_gold_written_from_the_traditional_page_alone_scores_the_event() -> None:
    gold = parse_gold(
        [
            json.dumps(
                {
                    "id": "t1",
                    "file": "test.txt",
                    "date": None,
                    "entities": {
                        "RUS": {"type": "Country", "aliases": ["俄羅斯"]},
                        "UKR": {"type": "Country", "aliases": ["烏克蘭"]},
                    },
                    "events": [{"s": "RUS", "type": "ASSAULT", "o": "UKR", "status": "asserted"}],
                    "roles": [],
                },
                ensure_ascii=False,
            )
        ]
    )
    report = score(gold, [e.to_json() for e in _events(TRADITIONAL)])
    assert report.events.tp == 1


def test_the_built_graph_keeps_the_written_mention(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TRADITIONAL + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()
    mentions = {json.loads(line)["subject"]["mention"] for line in lines}
    assert "俄羅斯" in mentions and "俄罗斯" not in mentions


def test_a_mention_with_a_lead_keeps_its_lead_apart_from_its_written_words() -> None:
    """LedMention adds a field after Mention's: given by name, it cannot land in ``written``."""
    (event,) = [e for e in _events(TRADITIONAL) if e.event_type == "ASSAULT"]
    led = _with_lead(event.subject, {event.subject.start: 3})
    assert led.lead == 3 and led.written == event.subject.written


def test_the_written_words_do_not_change_what_a_mention_equals() -> None:
    """Events and mentions are compared and hashed by the rules: the article's script must not
    make two readings of one mention differ."""
    (event,) = [e for e in _events(TRADITIONAL) if e.event_type == "ASSAULT"]
    plain = replace(event.subject, written="")
    assert event.subject == plain and hash(event.subject) == hash(plain)


PRONOUN = "南韓總統尹錫悅週一抵達東京。他與日本首相岸田文雄舉行會談。"


def test_a_label_is_written_in_the_article_s_script_where_the_article_writes_it() -> None:
    """A mention that is no name (他) is scored on the label: on a page in traditional script
    the label is the actor's name as the page writes it, the graph's beside it."""
    (event,) = [e for e in _events(PRONOUN) if e.event_type == "CONSULT" and e.subject.text == "他"]
    subject = event.to_json()["subject"]
    assert subject["mention"] == "他"
    assert (subject["label"], subject["canonical"]) == ("尹錫悅", "尹锡悦")
    assert event.subject.actor.label == "尹锡悦"  # the graph's actor keeps its own label


def test_a_label_the_article_never_writes_stays_the_graph_s() -> None:
    """A body's or a state's label the page never writes stays the graph's name (美方 is no
    name of 美国), spelt in the page's script (round 38: first gold nc-02 lists 中國, not 中国,
    for a page that writes neither); a person's gives way to the name the page does write
    (round 37: the first golds list only the page's forms, so 川普 where the page says 川普, the
    graph's 特朗普 beside it)."""
    (event,) = [e for e in _events("美方週一表示，將對中國實施制裁。") if e.event_type]
    subject = event.to_json()["subject"]
    assert (subject["label"], subject["canonical"]) == ("美國", "美国")  # the page says 美方
    (event,) = [e for e in _events("川普週一在白宮表示，他將對中國實施制裁。") if e.event_type]
    subject = event.to_json()["subject"]
    assert (subject["label"], subject["canonical"]) == ("川普", "特朗普")


def test_build_store_and_page_agree_on_written_labels(tmp_path) -> None:
    """events.jsonl of a plain build and of a store build carry the same written labels;
    the network's nodes (GraphML) keep the graph's labels."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TRADITIONAL + PRONOUN + "\n", encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(cli, ["build", str(folder), "-o", str(tmp_path / "plain")])
    stored = runner.invoke(
        cli, ["build", str(folder), "-o", str(tmp_path / "s"), "--store", str(tmp_path / "st")]
    )
    assert plain.exit_code == 0 and stored.exit_code == 0, plain.output + stored.output
    lines = (tmp_path / "plain" / "events.jsonl").read_text(encoding="utf-8")
    assert lines == (tmp_path / "s" / "events.jsonl").read_text(encoding="utf-8")
    labels = {json.loads(line)["subject"]["label"] for line in lines.splitlines()}
    assert {"俄羅斯", "尹錫悅"} <= labels
    graphml = (tmp_path / "plain" / "graph.graphml").read_text(encoding="utf-8")
    assert ">俄罗斯<" in graphml and ">俄羅斯<" not in graphml
