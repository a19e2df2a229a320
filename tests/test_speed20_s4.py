"""The speed pass of round 20 on the fixed cost of a build: each fast path gives what the
slow one it replaced gave, which is kept here as the reference."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
import yaml
from build_kind import pure_only

from kg import articles, views
from kg.network import Network, drawn_network, merged_events, network_of
from kg.pipeline import extract_corpus

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "seeds", ROOT / "eval" / "dev", ROOT / "eval" / "terminus-dev"]


@pytest.fixture(scope="module")
def corpus_records() -> list[list[dict]]:
    """The records of each corpus, extracted once."""
    return [list(extract_corpus([folder]).records()) for folder in CORPORA]


def _drawn(graph) -> tuple:
    return (
        list(graph),
        list(graph.nodes),
        list(graph.nodes(data=True)),
        list(graph.edges()),
        list(graph.edges(data=True)),
        list(graph.edges(keys=True, data=True)),
        graph.graph,
    )


# --------------------------------------------------------------------------- the network


@pytest.mark.parametrize("aggregate", [False, True])
def test_the_drawn_network_is_the_networkx_one_on_every_corpus(corpus_records, aggregate):
    for records in corpus_records:
        merged = merged_events(records)
        assert _drawn(drawn_network(merged, aggregate)) == _drawn(network_of(merged, aggregate))


def test_network_keeps_networkx_order_of_edges_and_updates():
    """Edges come by source node, then by target in the order it was first joined (not in
    the order they were added); a repeated key updates its data; an edge to a new node adds
    it; a node added again keeps its place and gets the new values."""
    ours, theirs = Network(aggregate=False), nx.MultiDiGraph(aggregate=False)
    calls = [
        ("node", "A", {"label": "甲"}),
        ("edge", ("B", "C", "k1"), {"weight": 1}),
        ("edge", ("A", "C", "k2"), {"source": "a.txt"}),
        ("edge", ("A", "B", "k3"), {}),
        ("edge", ("A", "C", "k4"), {"weight": 2}),
        ("edge", ("A", "C", "k2"), {"weight": 3}),
        ("edge", ("C", "C", "loop"), {}),
        ("node", "B", {"label": "乙"}),
    ]
    for graph in (ours, theirs):
        for kind, what, data in calls:
            if kind == "node":
                graph.add_node(what, **data)
            else:
                graph.add_edge(*what[:2], key=what[2], **data)
    assert _drawn(ours) == _drawn(theirs)
    assert ours.nodes["B"] == theirs.nodes["B"] and len(ours) == len(theirs) == 3
    assert ("A" in ours, "Z" in ours) == (True, False)


def test_a_build_imports_no_networkx(tmp_path):
    """A build draws its page and writes its Gephi files from a kg.network.Network."""
    code = (
        "import sys; from kg.pipeline import build; "
        f"build([{str(ROOT / 'seeds')!r}], {str(tmp_path)!r}); "
        "print('networkx' in sys.modules)"
    )
    env = dict(os.environ, KG_CACHE_DIR="off")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "False", result.stderr


# --------------------------------------------------------------------------- the layout


def _layout_reference(graph: nx.Graph, seed: int = 7) -> dict:
    """views.layout_positions as it was, with networkx."""
    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    order = {node: number for number, node in enumerate(simple)}
    sizes = views._node_radii(graph)
    components = sorted(nx.connected_components(simple), key=lambda c: -len(c))
    placed = []
    for component in components:
        nodes = sorted(component, key=order.__getitem__)
        sub = nx.Graph()
        sub.add_nodes_from(nodes)
        sub.add_edges_from(simple.edges(nodes))
        coords = _component_reference(sub, nodes, seed)
        coords *= views._SPACING * math.sqrt(len(nodes)) if len(nodes) > 1 else 0.0
        if 2 < len(nodes) <= views._SMALL_COMPONENT:
            coords = views._separate(coords, np.array([sizes[node] for node in nodes]))
        radius = float(np.sqrt((coords**2).sum(axis=1)).max()) if len(nodes) > 1 else 0.0
        placed.append((nodes, coords, radius))
    return views._pack(placed)


def _component_reference(sub: nx.Graph, nodes: list, seed: int) -> np.ndarray:
    if len(nodes) == 1:
        return np.zeros((1, 2))
    if len(nodes) == 2:
        return np.array([[-0.6, 0.0], [0.6, 0.0]])
    if len(nodes) <= views._SMALL_COMPONENT:
        pos = nx.spring_layout(sub, seed=seed)
        coords = np.array([pos[node] for node in nodes])
    else:
        index = {node: number for number, node in enumerate(nodes)}
        pairs = np.array([(index[u], index[v]) for u, v in sub.edges()])
        coords = views._sampled_fruchterman_reingold(len(nodes), pairs, seed)
    return nx.rescale_layout(coords, scale=1.0)


def _same_floats(ours: dict, reference: dict) -> None:
    assert list(ours) == list(reference)
    assert [repr(v) for v in ours.values()] == [repr(v) for v in reference.values()]


def test_the_layout_is_networkx_float_for_float_on_every_corpus(corpus_records):
    for records in corpus_records:
        merged = merged_events(records)
        reference = _layout_reference(network_of(merged, aggregate=True))
        _same_floats(views.layout_positions(drawn_network(merged, aggregate=True)), reference)
        _same_floats(views.layout_positions(network_of(merged, aggregate=True)), reference)


def _random_network(nodes: int, edges: int, seed: int) -> nx.MultiDiGraph:
    """Actors named out of order, parallel edges, self-loops, isolated nodes."""
    rng = np.random.default_rng(seed)
    graph = nx.MultiDiGraph()
    names = [f"a{(number * 7919) % nodes}" for number in range(nodes)]
    for name in names:
        graph.add_node(name, n_events=int(rng.integers(0, 9)))
    for number in range(edges):
        u, v = rng.integers(0, nodes, size=2)
        graph.add_edge(names[u], names[v], key=f"e{number}")
    return graph


@pytest.mark.parametrize(
    ("nodes", "edges", "seed"),
    [(1, 0, 1), (2, 1, 2), (3, 0, 3), (5, 12, 4), (40, 35, 5), (120, 300, 6), (420, 900, 7)],
)
def test_the_layout_is_networkx_float_for_float_on_odd_graphs(nodes, edges, seed):
    """Single nodes, pairs, components of every size, the sampled layout past 300 nodes."""
    graph = _random_network(nodes, edges, seed)
    _same_floats(views.layout_positions(graph), _layout_reference(graph))


def test_an_empty_graph_has_no_positions():
    assert views.layout_positions(Network()) == {} == _layout_reference(nx.MultiDiGraph())


# --------------------------------------------------------------------------- front matter

FRONT_MATTER_FOLDERS = [*CORPORA, ROOT / "tests" / "data" / "articles"]


def _front_matters() -> list[str]:
    """The front matter of every article of the folders (no held-out one)."""
    found = []
    for folder in FRONT_MATTER_FOLDERS:
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            opening = articles._FM_OPEN.match(text)
            closing = opening and articles._FM_CLOSE.search(text, opening.end())
            if closing:
                found.append(text[opening.end() : closing.start()])
    return found


def _yaml_or_error(source: str):
    try:
        return yaml.load(source, Loader=articles._YAML_LOADER)
    except yaml.YAMLError as exc:
        return type(exc)


def _assert_as_yaml(source: str) -> bool:
    """The fast reading, when it reads ``source``, is the YAML parser's (same keys in the
    same order, same values and types); returns whether it read it."""
    fast = articles._plain_front_matter(source)
    if fast is None:
        return False
    expected = _yaml_or_error(source)
    expected = {} if expected is None else expected
    assert isinstance(expected, dict), (source, expected)
    assert list(fast.items()) == list(expected.items()), source
    assert [type(v) for v in fast.values()] == [type(v) for v in expected.values()]
    return True


def test_front_matter_read_as_yaml_reads_it_in_every_article():
    sources = _front_matters()
    read = [source for source in sources if _assert_as_yaml(source)]
    assert len(sources) > 5 and len(read) >= len(sources) // 2


@pytest.mark.parametrize(
    "source",
    [
        "layout: post\n\ntitle: 美国制裁朝鲜 | 新华社\ndate: 2019-04-14 11:24\n",
        "title: 特朗普会见金正恩\ndate: 2019-04-16\ntags: 朝核\ncategories: Archive\n",
        'image: "https://example.com/a.jpg"\nnote: \'单引号\'\nempty: ""\n',
        "title:\nauthor:   \n",
        'title: a#b c:d 他说"好" [x] {y}, z\n',
        "title: 标题   \ntitle: 再一次\nTitle: 大写\n",
        "date: 2019-05-20\nurl: www.xinhua.net/a\n",
        "\n\n",
        "",
        "k" * 128 + ": 长键\n",
    ],
)
def test_plain_front_matter_is_read_as_yaml_reads_it(source):
    assert _assert_as_yaml(source)


@pytest.mark.parametrize(
    "source",
    [
        "title: 123\n",  # an int
        "title: 1.5\n",  # a float
        "draft: true\n",
        "draft: yes\n",  # a YAML 1.1 boolean
        "author: null\n",
        "author: ~\n",
        "on: 首页\n",  # a boolean key
        "2019: 年份\n",  # an int key
        "<<: x\n",
        "title: =\n",
        "tags:\n- 朝核\n- 制裁\n",
        "tags:\n  - 朝核\n",
        "tags: [朝核, 制裁]\n",
        "title: |\n  两行\n  标题\n",
        "title: 第一行\n  第二行\n",  # a plain scalar on two lines
        "title: a: b\n",  # an error
        "title: 标题 # 注释\n",
        "# a comment\ntitle: 标题\n",
        'title: "转义\\n"\n',
        "title: 'it''s'\n",
        "title: &a 锚\n",
        "title: *a\n",
        "title: !!str 123\n",
        "title:\t制表符\n",
        "title: 制表\t符\n",
        "title: 标题\r\n",
        "title: 控制\x01字符\n",
        "title: \ufeff标题\n",
        "title: 行\u2028分隔\n",
        "title: 结尾冒号:\n",
        "title: \u3000全角空格\n",
        "key:value\n",
        "key : value\n",
        "  title: 缩进\n",
        "a key: 有空格的键\n",
        "k" * 129 + ": 太长的键\n",
        'title: "未闭合\n',
        "title: '后面' 有字\n",
    ],
)
def test_other_yaml_goes_to_the_yaml_parser(source):
    """Whatever YAML would read as something else than text, or might read otherwise, or
    refuses, is not read by the fast path."""
    assert articles._plain_front_matter(source) is None


@pure_only("articles")
def test_an_article_with_plain_front_matter_reads_as_before(tmp_path, monkeypatch):
    text = "---\ntitle: 美国制裁朝鲜\ndate: 2019-04-14 11:24\nurl: https://example.com/a\n---\n正文。\n"
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    fast = articles.read_article(path)
    monkeypatch.setattr(articles, "_plain_front_matter", lambda source: None)
    assert articles.read_article(path) == fast
    assert (fast.title, fast.date, fast.url) == (
        "美国制裁朝鲜",
        "2019-04-14",
        "https://example.com/a",
    )


# --------------------------------------------------------------------------- the page frame


def _jinja_page(nodes: list[dict], edges: list[dict], options: dict) -> str:
    """The page as jinja2 renders pyvis' template with kg's values (the frame's reference)."""
    from jinja2 import Environment, FileSystemLoader

    template = Environment(loader=FileSystemLoader(views._pyvis_templates())).get_template(
        "template.html"
    )
    titles = [node.get("title") for node in nodes]
    return template.render(
        **views._FIXED_VALUES,
        nodes=nodes,
        edges=edges,
        options=json.dumps(options),
        physics_enabled=options.get("physics", {}).get("enabled", True),
        tooltip_link=any(title and "href" in title for title in titles),
    )


_AWKWARD = ["</script><b>&amp;", "it's", "\ufdd1nodes\ufdd1", "\ufdd1edges\ufdd1", "a\r\nb", "😀"]


def _lists(count: int, href: bool) -> tuple[list[dict], list[dict]]:
    nodes = [
        {"id": f"n{i}", "label": _AWKWARD[i % len(_AWKWARD)], "title": "<b>x</b>", "x": i / 3}
        for i in range(count)
    ]
    if href and nodes:
        nodes[-1]["title"] += " href"
    edges = [
        {"id": f"e{i}", "from": f"n{i}", "to": f"n{i + 1}", "title": _AWKWARD[i % 6]}
        for i in range(max(count - 1, 0))
    ]
    return nodes, edges


@pytest.mark.parametrize("count", [0, 2, 100, 101, 150])
@pytest.mark.parametrize("href", [False, True])
@pytest.mark.parametrize("physics", [None, True, False])
def test_the_page_from_its_frame_is_the_page_jinja2_renders(
    count, href, physics, tmp_path, monkeypatch
):
    """Both answers of each test of the template (more than 100 nodes with physics on, a
    link in a tooltip), text with the slots' own marks and what JSON must escape."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nodes, edges = _lists(count, href)
    options = {} if physics is None else {"physics": {"enabled": physics}, "x": "<&'>"}
    expected = _jinja_page(nodes, edges, options)
    assert views._pyvis_page(nodes, edges, options) == expected  # cold: rendered, stored
    assert views._pyvis_page(nodes, edges, options) == expected  # warm: from the file
    monkeypatch.setenv("KG_CACHE_DIR", "off")
    assert views._pyvis_page(nodes, edges, options) == expected


def test_a_frame_is_read_back_and_a_damaged_one_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nodes, edges = _lists(3, False)
    expected = _jinja_page(nodes, edges, {})
    assert views._pyvis_page(nodes, edges, {}) == expected
    (frame,) = (tmp_path / "templates").glob("page-*.html")
    with monkeypatch.context() as patch:
        patch.setattr(views, "_render_frame", lambda *a: pytest.fail("rendered again"))
        assert views._pyvis_page(nodes, edges, {}) == expected
    for damage in (b"no slot here", b"\xff\xfe broken UTF-8"):
        frame.write_bytes(damage)
        assert views._pyvis_page(nodes, edges, {}) == expected
        assert frame.read_bytes() != damage
    monkeypatch.setattr(views, "_split_frame", lambda rendered: None)  # a template kg misreads
    assert views._pyvis_page(nodes, edges, {}) == expected


def test_the_frame_is_named_by_the_template_files(tmp_path, monkeypatch):
    """Another template (a file's size or time) or another test answer: another frame."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "pyvis"
    folder.mkdir()
    (folder / "template.html").write_text("a", encoding="utf-8")
    first = views._frame_path(str(folder), False, False)
    assert first != views._frame_path(str(folder), True, False)
    assert first != views._frame_path(str(folder), False, True)
    (folder / "template.html").write_text("ab", encoding="utf-8")
    assert first != views._frame_path(str(folder), False, False)


def test_a_second_build_imports_no_jinja2(tmp_path):
    """The first build on a machine renders the frame with jinja2; later builds do not
    import it."""
    code = (
        "import sys; from kg.pipeline import build; "
        f"build([{str(ROOT / 'seeds')!r}], {str(tmp_path / 'out')!r}); "
        "print(sorted(m for m in ('jinja2', 'networkx') if m in sys.modules))"
    )
    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)]
    runs.append(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    )
    assert [run.stdout.strip() for run in runs] == ["['jinja2']", "[]"], runs[-1].stderr


@pytest.mark.parametrize("seed", [0, 1, 7, 12345, 2**31, 2**32 - 1])
@pytest.mark.parametrize("count", [0, 1, 2, 623, 624, 625, 1300, 5000])
def test_the_layout_starts_from_random_states_doubles(seed, count):
    """The spring layout's starting positions without numpy.random: the same doubles as
    RandomState(seed).rand, across the twister's refills (624 words, two a double)."""
    expected = np.random.RandomState(seed).rand(count)
    assert np.array(views._random_state_uniforms(seed, count)).tobytes() == expected.tobytes()


# --------------------------------------------------------------------------- kept regexes

_PATTERNS = [
    ("美国|朝鲜", 0),
    (r"(?P<who>[\u4e00-\u9fff]{2,4})(?:总统|总理)", 0),
    (r"(?<=[，。])\s*(?=[A-Za-z])", 0),
    (r"^(?:---|\.\.\.)[ \t]*$", re.M),
    (r"href", re.I),
    (r"a.b # comment", re.X | re.S),
    (r"(?i)[a-z]+\d{3}", 0),
    (r"\w+", re.A),
    (r"(a)(b)?(?(2)c|d)", 0),
    ("", 0),
]


@pytest.fixture
def kept_patterns(tmp_path, monkeypatch):
    """regex_cache's kept patterns in a folder of their own, put back as they were after."""
    from re import _compiler

    from kg import regex_cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    # re's own compile, also when a test before ran kg.cli.main (which keeps patterns)
    monkeypatch.setattr(_compiler, "compile", regex_cache._COMPILE)
    monkeypatch.setattr(regex_cache, "_kept", None)
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_gained", False)
    return regex_cache


def _fresh(kept_module) -> None:
    """As a new process: nothing kept in memory, re's own compile."""
    from re import _compiler

    _compiler.compile = kept_module._COMPILE
    kept_module._kept, kept_module._used, kept_module._gained = None, set(), False


def test_kept_patterns_are_the_patterns_re_compiles(kept_patterns):
    """Compiled anew and kept, then read back by another process: each pattern is equal to
    re's own (Pattern equality compares the engine's code) and finds the same matches."""
    from re import _compiler

    text = "美国总统拜登，Hello 123 abc123\n---\nHREF a\nb"
    expected = [kept_patterns._COMPILE(pattern, flags) for pattern, flags in _PATTERNS]
    for round_ in ("cold", "warm"):
        kept_patterns.keep_compiled_patterns()
        assert _compiler.compile is kept_patterns._compile_kept
        got = [_compiler.compile(pattern, flags) for pattern, flags in _PATTERNS]
        assert got == expected, round_
        for ours, theirs in zip(got, expected, strict=True):
            assert (ours.pattern, ours.flags, ours.groups) == (
                theirs.pattern,
                theirs.flags,
                theirs.groups,
            )
            assert dict(ours.groupindex) == dict(theirs.groupindex)
            assert [m.span() for m in ours.finditer(text)] == [
                m.span() for m in theirs.finditer(text)
            ]
        assert kept_patterns._gained == (round_ == "cold")
        kept_patterns.save_compiled_patterns()
        assert (kept_patterns.cache_dir() / "compiled.marshal").is_file()
        _fresh(kept_patterns)


def test_what_is_not_a_text_pattern_goes_to_re(kept_patterns):
    from re import _compiler, _parser

    kept_patterns.keep_compiled_patterns()
    assert _compiler.compile(b"ab+", 0) == kept_patterns._COMPILE(b"ab+", 0)
    parsed = _parser.parse("ab+", 0)  # what re.Scanner hands over
    assert _compiler.compile(parsed, 0).match("abb")
    assert not kept_patterns._kept


def test_a_damaged_or_foreign_file_is_compiled_anew_and_replaced(kept_patterns):
    import marshal

    kept_patterns.keep_compiled_patterns()
    kept_patterns.save_compiled_patterns()  # nothing gained: no file
    path = kept_patterns.cache_dir() / "compiled.marshal"
    assert not path.exists()
    path.parent.mkdir(parents=True)
    for damage in (b"not marshal", marshal.dumps(("another Python", {})), marshal.dumps([1])):
        _fresh(kept_patterns)
        path.write_bytes(damage)
        kept_patterns.keep_compiled_patterns()
        assert re.compile("新的模式[0-9]") == kept_patterns._COMPILE("新的模式[0-9]", 0)
        re.purge()
        kept_patterns.save_compiled_patterns()
        assert path.read_bytes() != damage


def test_no_pattern_is_kept_with_the_cache_off(kept_patterns, monkeypatch):
    from re import _compiler

    monkeypatch.setenv("KG_CACHE_DIR", "off")
    kept_patterns.keep_compiled_patterns()
    assert _compiler.compile is kept_patterns._COMPILE


def test_a_second_kg_command_compiles_no_regex(tmp_path):
    """The kg program keeps every regex a build compiles: the next build parses none, and
    each pattern it reads back equals re's own."""
    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"))
    first = [sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "-o", str(tmp_path / "a")]
    assert subprocess.run(first, capture_output=True, env=env).returncode == 0
    code = f"""
import sys
from re import _compiler
from kg import regex_cache
from kg.cli import cli  # what the kg program imports before it keeps patterns
regex_cache.keep_compiled_patterns()
compiled = []
regex_cache._compile_parts = lambda *args: compiled.append(args) or 1 / 0
sys.argv = ["kg", "build", {str(ROOT / "seeds")!r}, "-o", {str(tmp_path / "b")!r}]
try:
    cli()
except SystemExit:
    pass
assert not compiled, compiled[:5]
kept = regex_cache._kept
assert len(regex_cache._used) > 100
assert all(
    _compiler.compile(*key) == regex_cache._COMPILE(*key) for key in regex_cache._used
)
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.stdout.splitlines()[-1:] == ["ok"], result.stderr[-2000:]


def test_old_frames_are_pruned(tmp_path, monkeypatch):
    """The frames of older templates go once there are more than a few."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "templates"
    folder.mkdir()
    for number in range(views._MAX_FRAMES + 3):
        (folder / f"page-old{number}.html").write_text("old", encoding="utf-8")
    nodes, edges = _lists(2, False)
    assert views._pyvis_page(nodes, edges, {}) == _jinja_page(nodes, edges, {})
    assert len(list(folder.glob("page-*.html"))) == views._MAX_FRAMES


@pytest.mark.parametrize("shape", [(0, 2), (1, 2), (7, 2), (50, 50, 2), (3, 1, 2)])
def test_the_norms_are_numpys(shape):
    """The layout's 2-d vector lengths: the bits np.linalg.norm(axis=-1) gives, also for
    zero, tiny and huge coordinates."""
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=shape) * rng.choice([0.0, 1e-300, 1.0, 1e150], size=shape)
    assert views._norms(vectors).tobytes() == np.linalg.norm(vectors, axis=-1).tobytes()
