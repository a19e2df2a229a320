"""kg.views: the offline network page, safe on hostile article text, fast for big graphs."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import network_sample as sample
import pytest
from pyvis.network import Network

from kg.network import to_networkx
from kg.views import POLARITY_COLORS, TYPE_COLORS, layout_positions, render_page, write_page

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
OUR_TAGS = re.compile(r"</?(?:b|i)>|<br>|<hr>")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> str:
    graph = to_networkx(sample.sample_events(), sample.sample_roles(), aggregate=True)
    path = tmp_path_factory.mktemp("page") / "graph.html"
    write_page(graph, path, title="事件 <网络>")
    return path.read_bytes().decode("utf-8")  # strict: the file is UTF-8


def _data(page: str, name: str) -> list[dict]:
    match = re.search(rf"{name} = new vis\.DataSet\((\[.*?\])\);\n", page, re.DOTALL)
    return json.loads(match.group(1))


def _options(page: str) -> dict:
    return json.loads(re.search(r"var options = (\{.*?\});\n", page, re.DOTALL).group(1))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_page_is_offline_and_utf8(page):
    assert not REMOTE.search(page)
    assert '<meta charset="utf-8">' in page
    assert "Content-Security-Policy" in page and "connect-src 'none'" in page
    assert "bootstrap" not in page
    assert "vis.Network" in page and "vis-network" in page  # inlined from pyvis' package
    assert "<title>事件 &lt;网络&gt;</title>" in page


def test_chinese_labels_and_predicates(page):
    labels = {n["label"] for n in _data(page, "nodes")}
    assert {"美国财政部", "朝鲜", "特朗普", "金正恩", "皮特·赫格塞思"} <= labels
    edge_labels = {e["label"] for e in _data(page, "edges")}
    assert {"制裁 ×2", "会晤[意图]", "批评[否定]", "国防部长"} <= edge_labels


def test_every_article_text_is_escaped(page):
    nodes, edges = _data(page, "nodes"), _data(page, "edges")
    for item in nodes + edges:
        assert "<" not in item["label"] and ">" not in item["label"], item["label"]
        bare = OUR_TAGS.sub("", item["title"])
        assert "<" not in bare and ">" not in bare and '"' not in bare, item["title"]
        assert "href" not in item["title"].lower()  # pyvis would use its innerHTML popup
    for item in nodes + edges:
        for text in _strings({k: v for k, v in item.items() if k != "title"}):
            assert "<" not in text and ">" not in text, text
    odd = next(n for n in nodes if "公司" in n["label"])
    assert odd["label"] == "&lt;b&gt;X&amp;Y&lt;/b&gt; 公司"
    hostile = next(e for e in edges if "onerror" in e["title"])
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile["title"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile["title"]
    assert "&lt;img src=x onerror=alert(1)&gt;" in hostile["ev"][0]["x"]
    assert "popup.innerHTML" not in page  # pyvis' link-tooltip mode stayed off


def test_raw_markup_never_in_the_file(page):
    assert "<img" not in page
    assert "alert(1)</script>" not in page and "<script>alert" not in page
    assert "<b>X&Y" not in page


def test_only_http_urls_become_links(page):
    events = [e for edge in _data(page, "edges") for e in edge["ev"]]
    urls = {e["u"] for e in events}
    assert "https://example.com/a?x=1&amp;y=2" in urls
    assert "http://example.org/b" in urls
    assert not any("javascript" in u for u in urls)
    hostile = next(e for e in events if "onerror" in e["x"])
    assert hostile["u"] == "" and hostile["ti"] == "&lt;script&gt;alert(2)&lt;/script&gt;"
    assert hostile["src"] == "seeds/&quot;odd&quot;.html"


def test_events_keep_dates_for_filters(page):
    listed = [e for edge in _data(page, "edges") for e in edge["ev"]]
    events = {e["d"]: e for e in listed}
    assert (events["2025-05"]["d0"], events["2025-05"]["d1"]) == ("2025-05-01", "2025-05-31")
    assert (events["2025"]["d0"], events["2025"]["d1"]) == ("2025-01-01", "2025-12-31")
    assert events[""]["d0"] == ""
    assert {e["s"] for e in listed} == {"asserted", "intended", "negated"}
    assert {e["t"] for e in listed} == {"SANCTION", "CONSULT", "ACCUSE", "SUPPORT", "ROLE"}


def test_colours_sizes_positions_and_physics(page):
    nodes, edges = _data(page, "nodes"), _data(page, "edges")
    by_label = {n["label"]: n for n in nodes}
    assert by_label["朝鲜"]["color"] == TYPE_COLORS["Country"]
    assert by_label["特朗普"]["color"] == TYPE_COLORS["Person"]
    assert by_label["朝鲜"]["value"] > by_label["特朗普"]["value"]  # size by events
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    colours = {e["label"]: e["color"]["color"] for e in edges}
    assert colours["制裁 ×2"] == POLARITY_COLORS["conflict"]
    assert colours["支持"] == POLARITY_COLORS["cooperation"]
    assert colours["国防部长"] == POLARITY_COLORS["neutral"]
    options = _options(page)
    assert options["physics"]["enabled"] is False
    assert options["edges"]["arrows"]["to"]["enabled"] is True
    assert 'id="kg-physics"' in page


def test_legend_and_filters(page):
    for text in ("国家 Country", "人物 Person", "合作 cooperation", "冲突 conflict"):
        assert text in page
    for value in ("SANCTION", "CONSULT", "ROLE"):
        assert f'name="kg-type" value="{value}"' in page
    for value in ("asserted", "intended", "negated"):
        assert f'name="kg-status" value="{value}"' in page
    assert 'id="kg-from" min="2024-02-01" max="2025-12-31"' in page
    assert 'id="kg-actor"' in page and 'id="kg-events"' in page


def test_page_is_deterministic():
    graph = to_networkx(sample.sample_events())
    assert render_page(graph) == render_page(graph)


def test_per_event_graph_and_empty_graph(tmp_path):
    write_page(to_networkx(sample.sample_events()), tmp_path / "events.html")
    edges = _data((tmp_path / "events.html").read_text(encoding="utf-8"), "edges")
    assert len(edges) == 6
    # 美国财政部 and 朝鲜 have three edges: the second and third curve apart
    curves = sorted((e["smooth"]["type"], e["smooth"]["roundness"]) for e in edges if "smooth" in e)
    assert curves == [("curvedCCW", 0.15), ("curvedCW", 0.15)]
    write_page(to_networkx([]), tmp_path / "empty.html")
    assert _data((tmp_path / "empty.html").read_text(encoding="utf-8"), "nodes") == []


def test_layout_separates_components():
    graph = to_networkx(sample.sample_events(), sample.sample_roles())
    positions = layout_positions(graph)
    assert set(positions) == set(graph)
    assert len(set(positions.values())) == len(positions)


def test_nodes_of_small_components_do_not_cover_each_other():
    """Hubs are drawn big (size by events): their discs are pushed apart, not stacked."""
    import math

    from kg.views import _node_radii

    records = sample.big_records(120, 400)
    graph = to_networkx(records, aggregate=True)
    positions, radii = layout_positions(graph), _node_radii(graph)
    assert max(radii.values()) == 40 and min(radii.values()) == 8
    nodes = list(positions)
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            assert math.dist(positions[a], positions[b]) >= radii[a] + radii[b] - 1, (a, b)


@pytest.mark.parametrize("href", [False, True])
def test_the_page_is_what_pyvis_would_render_for_the_same_lists(href):
    """The page is rendered from pyvis' template without its Network class (which imports
    IPython and compiles the template for every page): the same lists and options give
    exactly what Network.generate_html gives."""
    from kg.views import _options, _pyvis_page

    nodes = [
        {"id": "n0", "label": "美国", "title": "<b>美国</b>" + (" href" if href else "")},
        {"id": "n1", "label": "朝鲜", "x": 10.5, "y": -3.0},
    ]
    edges = [{"id": "e0", "from": "n0", "to": "n1", "title": "制裁", "arrows": "to"}]
    for options in (_options(2), {"physics": {"enabled": False}}, {}):
        net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
        net.nodes, net.edges, net.options = nodes, edges, options
        assert _pyvis_page(nodes, edges, options) == net.generate_html()


def test_large_components_get_a_fast_deterministic_layout():
    graph = to_networkx(sample.big_records(400, 800))
    positions = layout_positions(graph)
    assert positions == layout_positions(graph)
    assert len(set(positions.values())) == 400


def test_big_page_is_written_in_bulk(tmp_path, monkeypatch):
    def one_by_one(*args, **kwargs):
        raise AssertionError("pyvis' Network scans its lists in add_node/add_edge: bypass it")

    monkeypatch.setattr(Network, "__init__", one_by_one)
    graph = to_networkx(sample.big_records(2000, 4000))
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (2000, 4000)
    write_page(graph, tmp_path / "big.html")  # its time is benchmarks/run.py's, not a test's
    page = (tmp_path / "big.html").read_text(encoding="utf-8")
    assert len(_data(page, "nodes")) == 2000
    assert not REMOTE.search(page)


@pytest.mark.skipif(not shutil.which("node"), reason="node not installed")
def test_page_scripts_parse(page, tmp_path):
    ours = [
        s
        for s in re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
        if "kgPrepare" in s or "applyFilter" in s
    ]
    assert len(ours) == 2
    for number, script in enumerate(ours):
        path = tmp_path / f"script{number}.js"
        path.write_text(script, encoding="utf-8")
        result = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


_PROBE = """() => {
  function shown() {
    return edges.get({filter: function (e) { return !e.hidden; }}).length + "/" +
      nodes.get({filter: function (n) { return !n.hidden; }}).length;
  }
  var out = {all: shown()};
  document.querySelector('input[name="kg-type"][value="SANCTION"]').checked = false;
  kg.applyFilter();
  out.noSanction = shown();
  document.querySelector('input[name="kg-type"][value="SANCTION"]').checked = true;
  document.getElementById("kg-from").value = "2025-03-05";
  document.getElementById("kg-undated").checked = false;
  kg.applyFilter();
  out.fromMarch = shown();
  document.getElementById("kg-reset").click();
  document.getElementById("kg-actor").value = "金正";
  kg.applyFilter();
  out.actor = shown();
  document.getElementById("kg-reset").click();
  var odd = nodes.get({filter: function (n) { return n.q.indexOf("公司") >= 0; }})[0];
  out.canvasLabel = odd.label;
  kg.showEvents(odd.e, network.getConnectedEdges(odd.id));
  out.listText = document.getElementById("kg-events-list").textContent;
  out.links = Array.from(document.querySelectorAll("#kg-events a")).map(function (a) {
    return a.href; });
  out.markup = document.querySelectorAll("img, #kg-events script, #kg-events b b").length;
  return out;
}"""


def test_page_works_in_headless_chromium(page, tmp_path, tab):
    """Filters change what is shown; hostile text reaches the DOM only as text."""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    tab.goto(path.as_uri())
    tab.wait_for_function("() => window.kg && window.network")
    out = tab.evaluate(_PROBE)
    assert out["all"] == "6/9"
    assert out["noSanction"] == "5/9"
    # 谴责 2025-03-06, 制裁 2025-05 (not 03-04), 会晤 2025 (the year overlaps); none undated
    assert out["fromMarch"] == "3/4"
    assert out["actor"] == "1/2"
    assert out["canvasLabel"] == "<b>X&Y</b> 公司"  # decoded for the canvas only
    assert "<img src=x onerror=alert(1)>" in out["listText"]  # shown as text
    assert out["links"] == []  # javascript: URL is not a link
    assert out["markup"] == 0


def _separate_over_pairs(coords, radii, gap: float = 30.0, iterations: int = 80):
    """The disc separation written over (i, j, axis) arrays: the reference for _separate."""
    import math

    import numpy as np

    pos = coords.astype(float).copy()
    need = radii[:, None] + radii[None, :] + gap
    np.fill_diagonal(need, 0.0)
    for step in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta**2).sum(axis=2))
        overlap = np.clip(need - dist, 0.0, None)
        if not overlap.any():
            break
        same = dist < 1e-6
        delta[same] = (math.cos(step + 1.0), math.sin(step + 1.0))
        dist[same] = 1.0
        np.fill_diagonal(overlap, 0.0)
        pos += (delta / dist[:, :, None] * (overlap / 2)[:, :, None]).sum(axis=1)
    return pos - pos.mean(axis=0)


def test_separation_gives_the_same_bits_as_over_pairs_of_nodes():
    """The page must not change when the separation gets faster: same floats, bit for bit,
    with nodes on the same spot and at every scale."""
    import numpy as np

    from kg.views import _separate

    rng = np.random.default_rng(11)
    for trial in range(24):
        n = int(rng.integers(3, 120))
        coords = rng.random((n, 2)) * float(rng.choice([1.0, 50.0, 400.0, 3000.0]))
        if trial % 3 == 0:
            coords[: n // 4] = coords[0]
        radii = 8 + 32 * rng.random(n)
        expected = _separate_over_pairs(coords, radii)
        assert _separate(coords, radii).tobytes() == expected.tobytes()


def test_compiled_templates_give_the_same_page(tmp_path, monkeypatch):
    """The page template's compiled code is kept in kg's cache folder: the page is the same
    with the cache off, cold, warm (nothing compiled) or damaged (compiled anew)."""
    import jinja2

    from kg import views

    graph = to_networkx(sample.sample_events(), aggregate=True)

    def page(cache: str) -> str:
        monkeypatch.setenv("KG_CACHE_DIR", cache)
        views._template_environment.cache_clear()
        return render_page(graph)

    try:
        expected = page("off")
        assert page(str(tmp_path)) == expected  # cold: compiled and stored
        stored = sorted((tmp_path / "templates").glob("*.jinja"))
        assert stored
        with monkeypatch.context() as patch:
            patch.setattr(jinja2.Environment, "compile", lambda *a, **k: pytest.fail("compiled"))
            assert page(str(tmp_path)) == expected  # warm: loaded, not compiled
        for frame in (tmp_path / "templates").glob("*.html"):
            frame.unlink()  # the page rendered into a frame (kg.views._page_frame), and the
            # frame finished (_finished_frame): none
        for path in stored:
            path.write_bytes(b"not a jinja2 cache file")
        assert page(str(tmp_path)) == expected  # damaged: compiled again and replaced
        assert all(path.read_bytes() != b"not a jinja2 cache file" for path in stored)
        (tmp_path / "file").touch()
        assert page(str(tmp_path / "file" / "cache")) == expected  # no folder can be made there
    finally:
        views._template_environment.cache_clear()
