"""The speed pass of round 19 around extraction: each fast path gives the bytes (or the
answer) of the slow one it replaced, which is kept here as the reference."""

from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg import articles, export
from kg import sentences as sentences_module
from kg.model import Sentence
from kg.network import merged_events, network_of
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]

# --------------------------------------------------------------------------- GraphML, GEXF


def _graphml_reference(tables: export._Tables) -> bytes:
    """The GraphML document as networkx wrote it before (the writer kg's replaces)."""
    nodes, edges, _ = tables
    ids = {row["id"]: export._nmtoken(row["id"]) for row in nodes}
    flat = nx.MultiDiGraph()
    flat.add_nodes_from(
        (ids[row["id"]], {"key": row["id"], **export._without(row, ("id",))}) for row in nodes
    )
    flat.add_edges_from(
        (
            ids[row["source"]],
            ids[row["target"]],
            export._nmtoken(row["id"]),
            export._without(row, ("id", "source", "target")),
        )
        for row in edges
    )
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", named_key_ids=False)
    return buffer.getvalue()


def _gexf_reference(tables: export._Tables) -> bytes:
    """The GEXF document as lxml wrote it from a tree of elements before."""
    nodes, edges, intervals = tables
    root = etree.Element("gexf", nsmap={None: export.GEXF_NAMESPACE}, version="1.2")
    meta = etree.SubElement(root, "meta")
    etree.SubElement(meta, "creator").text = "kg"
    etree.SubElement(meta, "description").text = "Actors and the events between them"
    body = etree.SubElement(
        root, "graph", mode="dynamic", defaultedgetype="directed", timeformat="date"
    )
    node_ids = _attributes(body, "node", nodes, ("id", "label"))
    edge_ids = _attributes(body, "edge", edges, export._EDGE_RESERVED)
    node_spells = export._node_intervals(edges, intervals)
    node_list = etree.SubElement(body, "nodes", count=str(len(nodes)))
    for row in nodes:
        element = etree.SubElement(node_list, "node", id=row["id"], label=row["label"])
        _values(element, row, node_ids)
        _time(element, node_spells.get(row["id"], []))
    edge_list = etree.SubElement(body, "edges", count=str(len(edges)))
    for row in edges:
        element = etree.SubElement(
            edge_list,
            "edge",
            id=row["id"],
            source=row["source"],
            target=row["target"],
            label=row["label"],
            weight=repr(row["weight"]),
        )
        _values(element, row, edge_ids)
        _time(element, intervals[row["id"]])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _attributes(graph, kind, rows, reserved):
    block = etree.SubElement(graph, "attributes", mode="static", **{"class": kind})
    ids = {}
    for number, name in enumerate(export._columns(rows, reserved)):
        kind_of = type(next(row[name] for row in rows if name in row))
        ids[name] = str(number)
        etree.SubElement(
            block,
            "attribute",
            id=str(number),
            title=name,
            type=export._GEXF_TYPES.get(kind_of, "string"),
        )
    return ids


def _values(element, row, ids):
    present = [(ids[name], row[name]) for name in ids if name in row]
    if not present:
        return
    values = etree.SubElement(element, "attvalues")
    for attr_id, value in present:
        text = ("true" if value else "false") if isinstance(value, bool) else export._text(value)
        etree.SubElement(values, "attvalue", value=text, **{"for": attr_id})


def _time(element, intervals):
    if len(intervals) == 1:
        element.set("start", intervals[0][0])
        element.set("end", intervals[0][1])
    elif intervals:
        spells = etree.SubElement(element, "spells")
        for start, end in intervals:
            etree.SubElement(spells, "spell", start=start, end=end)


def _same_documents(graph: nx.MultiDiGraph) -> None:
    tables = export._tables(graph)
    assert export._graphml_document(tables) == _graphml_reference(tables)
    assert export._gexf_document(tables) == _gexf_reference(tables)


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    """The events and roles kg extracts from the articles of the gold sets."""
    from kg.pipeline import extract_corpus

    folders = {"seeds": ROOT / "seeds", "dev": ROOT / "eval" / "dev"}
    folders["terminus-dev"] = ROOT / "eval" / "terminus-dev"
    return {name: list(extract_corpus([folder]).records()) for name, folder in folders.items()}


def _network(records: list[dict], aggregate: bool = False) -> nx.MultiDiGraph:
    events = [r for r in records if r["event_type"] != "ROLE"]
    roles = [r for r in records if r["event_type"] == "ROLE"]
    return network_of(merged_events(events, roles), aggregate=aggregate)


@pytest.mark.parametrize("name", ["seeds", "dev", "terminus-dev"])
@pytest.mark.parametrize("aggregate", [False, True])
def test_gephi_documents_of_extracted_events_are_the_reference_bytes(
    records: dict[str, list[dict]], name: str, aggregate: bool
) -> None:
    graph = _network(records[name], aggregate)
    assert graph.number_of_edges() > 10
    _same_documents(graph)


def test_gephi_documents_of_an_empty_graph_are_the_reference_bytes() -> None:
    _same_documents(nx.MultiDiGraph())
    lonely = nx.MultiDiGraph()
    lonely.add_node("USA")  # a node with nothing but its id and label
    _same_documents(lonely)


def test_gephi_documents_escape_text_as_libxml2_does() -> None:
    graph = nx.MultiDiGraph()
    awkward = "a & b < c > d \"e\" 'f' \tg\nh\ri ]]> 中国 😀 &amp;"
    graph.add_node("A&B", label=awkward, type="Country", rank=3, known=True)
    graph.add_node("中国", label="中国", share=0.25, known=False)
    graph.add_node("has space", label="")
    graph.add_edge(
        "A&B",
        "中国",
        key='ev-"1"',
        label=awkward,
        predicate="sanctions",
        weight=2,
        date="2024-03",
        sentence=awkward,
        confidence=0.8,
        flag=True,
    )
    graph.add_edge("中国", "A&B", key="ev-2", events=[{"date": "2024-01-02"}, {"date": "2024-05"}])
    graph.add_edge("中国", "has space", key="ev-3", weight=1.5)
    _same_documents(graph)


def test_graphml_keeps_one_key_per_name_type_and_scope() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("X", label="x", n=1)
    graph.add_node("Y", label="y", n=2.5)  # _tables gives the column one type: float
    graph.add_edge("X", "Y", key="e1", n="text")  # same name, another scope and type
    _same_documents(graph)


def test_characters_xml_cannot_hold_are_dropped_once() -> None:
    dirty, clean = nx.MultiDiGraph(), nx.MultiDiGraph()
    for graph, mark in ((dirty, "\x01\ufffe"), (clean, "")):
        graph.add_node(f"A{mark}", label=f"美{mark}国", tags=[f"x{mark}", 2])
        graph.add_node("B", label=None, type=f"Country{mark}")
        graph.add_edge(f"A{mark}", "B", key=f"ev{mark}", label=f"制{mark}裁", note=f"n{mark}")
    assert export._tables(dirty) == export._tables(clean)
    _same_documents(dirty)


# --------------------------------------------------------------------------- boilerplate


def _union(boilerplate_file: Path) -> re.Pattern[str]:
    """The one regex of every pattern that judged a line before (the reference)."""
    lines = boilerplate_file.read_text(encoding="utf-8").splitlines()
    patterns = [
        f"(?:{articles._normalise_pattern(line.strip())})"
        for line in lines
        if line.strip() and not line.strip().startswith("#")
    ]
    return re.compile("|".join(patterns))


def _lines_of(folder: Path) -> list[str]:
    keys = []
    for path in sorted(folder.iterdir()):
        text = articles._decode(path.read_bytes(), str(path))[0]
        _, rest = articles._split_front_matter(text, str(path))
        _, rest = articles._split_header_lines(rest)
        lines, _ = articles._to_lines(rest, articles._detect_format(str(path), rest))
        keys += articles._fold_lines(lines)[0]
    return keys


def _judged_alike(boilerplate: articles._Boilerplate, union: re.Pattern, keys: list[str]) -> int:
    found = 0
    for key in keys:
        if key.strip() and len(key) <= articles._MAX_BOILERPLATE_LINE:
            expected = union.fullmatch(" ".join(key.split())) is not None
            assert articles._is_boilerplate(key, boilerplate) == expected, key
            found += expected
    return found


@pytest.mark.parametrize("folder", ["seeds", "eval/dev", "eval/terminus-dev"])
def test_boilerplate_lines_are_those_the_one_regex_found(folder: str) -> None:
    boilerplate = articles._boilerplate()
    union = _union(ROOT / "ontology" / "boilerplate.txt")
    keys = _lines_of(ROOT / folder)
    made = [
        "分享到：微信 微博",
        "  版权所有 ©2024 某网",
        "本文未经授权不得转载",
        "文章来源:新华社",
        "请扫描下方二维码关注",
        "点击这里查看原文",
        "责任编辑:张三",
        "[责任编辑: 李四]",
        "（ 责编：王五）",
        "相关阅读",
        "美国宣布对朝鲜实施新一轮制裁,未经授权不得转载。",
        "外交部发言人表示,中方坚决反对。",
        "顶",
        "踩一下",
    ]
    _judged_alike(boilerplate, union, keys + [articles._fold(line) for line in made])


def test_boilerplate_patterns_of_any_shape_judge_as_the_one_regex(tmp_path: Path) -> None:
    file = tmp_path / "boilerplate.txt"
    file.write_text(
        "\n".join(
            [
                "# each shape: literal start, class, optional start, any start, no firsts",
                "(?i:subscribe).*",  # flags: tried on every line
                r"(\d+)人阅读\1?",  # a class by category, a back-reference
                r"\s*广告\s*",  # white space first
                r"(相关)?推荐.{0,10}",  # an optional first group
                r".{2,5}独家.*",  # any characters first, not from the start
                r".*转载.*",  # any characters first, as far as the line goes
                r"[a-c]{2}z",  # a range
                r"x?y?",  # may match an empty line
            ]
        ),
        encoding="utf-8",
    )
    boilerplate = articles._load_boilerplate(file)
    union = _union(file)
    keys = [
        "SUBSCRIBE now",
        "12人阅读1",
        "12人阅读",
        " 广告 ",
        "推荐阅读",
        "相关推荐:更多",
        "本报独家报道",
        "独家报道",
        "ab独家",
        "abcdef独家",
        "未经允许禁止转载",
        "abz",
        "adz",
        "x",
        "xy",
        "y",
        "美国对伊朗实施制裁",
    ]
    assert _judged_alike(boilerplate, union, keys) >= 10


# --------------------------------------------------------------------------- sentences, gate


def _sentences_reference(text: str) -> list[Sentence]:
    """split_sentences as it was: a generator of raw spans, each cut and stripped."""
    from kg.sentences import _SENTENCE_END, _cut_long, _strip

    def raw_spans():
        pos = 0
        for match in _SENTENCE_END.finditer(text):
            start, end = match.span()
            yield (pos, start, 1) if text[start] == "\n" else (pos, end, 0)
            pos = end
        if pos < len(text):
            yield pos, len(text), 0

    sentences: list[Sentence] = []
    paragraph = 0
    for start, end, breaks in raw_spans():
        long = end - start > sentences_module._MAX_SENTENCE
        for s, e in _cut_long(text, start, end) if long else ((start, end),):
            if s < e and (text[s].isspace() or text[e - 1].isspace()):
                s, e = _strip(text, s, e)
            if s < e:
                sentences.append(Sentence(text[s:e], s, e, len(sentences), paragraph))
        paragraph += breaks
    return sentences


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The text of every article of seeds, dev and terminus-dev."""
    folders = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev"]
    return [articles.read_article(path).text for f in folders for path in sorted(f.iterdir())]


def test_sentences_are_those_of_the_reference(texts: list[str]) -> None:
    made = [
        "",
        "  \n\n ",
        "。。！",
        "美国制裁朝鲜。朝方谴责美国！\n\n次日,双方会谈",
        " 北约重申支持乌克兰 正式邀请芬兰加入 ",
        "美国，" * 300 + "。\n  中国回应。  ",
        "a" * 1001,
        "他说：“我们反对。”然后离开",
    ]
    for text in texts + made:
        assert split_sentences(text) == _sentences_reference(text)


def test_trigger_or_title_gate_passes_the_sentences_its_regex_finds(texts: list[str]) -> None:
    from kg.extract import _trigger_or_title_gate, _trigger_or_title_pattern
    from kg.gazetteer import load_gazetteer

    gate = _trigger_or_title_gate(load_gazetteer())
    regex = _trigger_or_title_pattern(load_gazetteer())
    sentences = [s.text for text in texts for s in split_sentences(text)]
    passed = [gate.search(s) for s in sentences]
    assert passed == [regex.search(s) is not None for s in sentences]
    assert 0 < sum(passed) < len(sentences)
