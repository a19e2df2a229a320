"""The network page (``graph.html``): pyvis' vis-network page, self-contained and safe offline.

Why it is built the way it is:

* **Offline.** pyvis' ``in_line`` mode inlines vis-network but still links bootstrap from a
  CDN; those tags are removed (the page does not need bootstrap) and a Content-Security-Policy
  forbids any request, so the page opened as a ``file://`` URL touches nothing else.
* **Safe on article text.** Every string from an article is HTML-escaped in Python before it
  goes into the page's data (labels, tooltips, the event list), so it is shown as text
  wherever it ends up: tooltips are HTML built from escaped parts (our own ``<b>``/``<br>``
  only) and handed to vis as elements; labels are decoded for the canvas through a
  ``<textarea>``, which never creates markup. Node and edge ids are generated (``n0``, ``e0``),
  so no raw article text is in the page at all. The literal ``href`` never appears in a
  title (pyvis would switch node tooltips to its ``innerHTML`` popup). Links in the event
  list point only to ``http(s)`` article URLs.
* **Fast for big graphs.** Positions are computed here (networkx' spring layout, run in
  numpy, for small components, a sampled Fruchterman-Reingold for large ones), physics is off until
  the user switches it on, and the node and edge lists go into pyvis' page template in bulk
  (pyvis' ``Network.add_node`` scans its list on every call; its module imports IPython).
* **UTF-8 always.** The HTML string is written by :func:`kg.fileio.atomic_write_text`, not by
  pyvis' ``write_html`` (which uses the platform encoding).

The page has a legend, filters (event type, status, date range, actor name), a physics switch,
node size by number of events, and an event list when a node or edge is clicked. The script
uses the globals pyvis creates: ``nodes`` and ``edges`` (vis DataSets) and ``network``.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import math
import os
import random
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

import numpy as np

from .exceptions import OutputError
from .fileio import atomic_write_bytes, atomic_write_text
from .network import date_bounds, event_type_label
from .regex_cache import cache_root, mark_used, store_cached

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "write_page",
    "render_page",
    "layout_positions",
    "TYPE_COLORS",
    "POLARITY_COLORS",
    "LABEL_FONT",
]

#: Node colour per actor type (Actor.type); other types are grey.
TYPE_COLORS = {
    "Country": "#4e79a7",
    "Organization": "#f28e2b",
    "Person": "#b07aa1",
    "Group": "#9c755f",
    "Location": "#76b7b2",
}
_OTHER_COLOR = "#bab0ac"
#: Edge colour per polarity (ontology/event_types.tsv).
POLARITY_COLORS = {"cooperation": "#2ca02c", "neutral": "#8c8c8c", "conflict": "#d62728"}
_TYPE_ZH = {
    "Country": "国家",
    "Organization": "机构",
    "Person": "人物",
    "Group": "团体",
    "Location": "地点",
}
_STATUS_ZH = {"asserted": "已发生", "intended": "意图", "negated": "否定", "hypothetical": "假设"}
_TYPE_TEXT = {"ROLE": "任职 role", "OTHER": "其他 other"}
_POLARITY_ZH = {"cooperation": "合作", "neutral": "中性", "conflict": "冲突"}

_SMALL_COMPONENT = 300  # up to this many nodes networkx' spring layout is fast enough
_FEW_NODES = 8  # up to this many nodes the spring layout runs on Python floats
_SPACING = 90.0  # pixels per sqrt(node) of a component's radius
_NODE_RADIUS = (8, 40)  # vis' node scaling, min and max pixels
_TOOLTIP_EVENTS = 3  # sentences shown in an edge tooltip; the click list shows all
#: Label fonts, Chinese first; the browser falls back to any CJK font it has.
LABEL_FONT = (
    "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, WenQuanYi Micro Hei, "
    "sans-serif"
)
_CODE = re.compile(r"[^A-Za-z0-9_-]")
_HREF = re.compile("href", re.IGNORECASE)
_UNSAFE_URL_CHAR = re.compile(r"[\s\x00-\x1f\x7f]")
_CDN_TAG = re.compile(
    r"<(link|script)\b[^>]*\b(?:href|src)\s*=\s*[\"']?\s*(?:https?:)?//[^>]*>"
    r"(?:\s*</script>)?",
    re.IGNORECASE,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")
_COMMENTED_LINKS = re.compile(r"<!--\s*<link.*?-->", re.DOTALL)


def write_page(graph: nx.MultiDiGraph, path: str | os.PathLike, *, title: str = "kg") -> None:
    """Write the network page for ``graph`` (built by :func:`kg.network.to_networkx`) as UTF-8.

    Works for per-event and aggregated graphs; an aggregated graph gives a tidier page
    (one edge per actor pair, predicate and status), with every event still in the list.
    """
    parts = _page_parts(graph, title)
    if isinstance(parts, str):
        atomic_write_text(path, parts)
        return
    # the bytes text mode writes: UTF-8, each "\n" as os.linesep (the frame's parts are kept
    # as UTF-8 already, so the page's 0.7 million characters of vis.js are never decoded)
    data = b"".join(part if isinstance(part, bytes) else part.encode("utf-8") for part in parts)
    if os.linesep != "\n":
        data = data.replace(b"\n", os.linesep.encode("ascii"))
    atomic_write_bytes(path, data)


def render_page(graph: nx.MultiDiGraph, *, title: str = "kg") -> str:
    """The page as a string, e.g. for ``IPython.display.HTML`` in an iframe's ``srcdoc``."""
    parts = _page_parts(graph, title)
    if isinstance(parts, str):
        return parts
    return "".join(part.decode("utf-8") if isinstance(part, bytes) else part for part in parts)


def _page_parts(graph: nx.MultiDiGraph, title: str) -> str | list[bytes | str]:
    """The page, or its parts in order (the frame's as UTF-8, the rest as text)."""
    positions = layout_positions(graph)
    ids = {node: f"n{number}" for number, node in enumerate(graph.nodes)}
    nodes = [
        _vis_node(ids[node], str(node), data, positions[node])
        for node, data in graph.nodes(data=True)
    ]
    type_labels = {
        t: event_type_label(t)
        for t in {str(d.get("event_type") or "") for _, _, d in graph.edges(data=True)}
    }
    edges = _vis_edges(graph, ids, type_labels)
    options = _options(len(nodes))
    finished = _finished_frame(*_frame_tests(nodes, options))
    if finished is not None:
        parts = _filled(finished, nodes, edges, options, graph, title)
        if parts is not None:
            return parts
    return _finish(_pyvis_page(nodes, edges, options), graph, title)


def _pyvis_page(nodes: list[dict], edges: list[dict], options: dict[str, Any]) -> str:
    """What pyvis' ``Network(height="100%", width="100%", directed=True,
    cdn_resources="in_line", heading="").generate_html()`` gives for these node and edge
    lists and options, rendered from pyvis' own template.

    Why not through ``Network``: its module imports IPython (0.05-0.07 s, for notebooks),
    its ``add_node`` scans its list on every call, and every Network compiles the template
    again (0.04 s). The template itself is rendered once per machine into a frame with
    slots for the lists and options (:func:`_page_frame`), which are filled here as jinja2's
    filters would fill them.
    """
    physics = options.get("physics", {}).get("enabled", True)
    big, tooltip_link = _frame_tests(nodes, options)
    frame = _page_frame(big, tooltip_link)
    if frame is None:  # a template whose slots are not each written once: jinja2 renders it
        return page_template().render(
            **_FIXED_VALUES,
            nodes=nodes,
            edges=edges,
            options=json.dumps(options),
            physics_enabled=physics,
            tooltip_link=tooltip_link,
        )
    values = {_NODES: _tojson(nodes), _EDGES: _tojson(edges), _OPTIONS: json.dumps(options)}
    return "".join(values[part] if odd else part for odd, part in _alternate(frame))


def _frame_tests(nodes: list[dict], options: dict[str, Any]) -> tuple[bool, bool]:
    """The template's two tests: more than 100 nodes with physics on; a link in a tooltip."""
    physics = options.get("physics", {}).get("enabled", True)
    titles = (node.get("title") for node in nodes)
    tooltip_link = any(title and "href" in title for title in titles)
    return bool(len(nodes) > 100 and physics), tooltip_link


#: what kg gives pyvis' template besides the lists, the options and the two tests below
_FIXED_VALUES = {
    "height": "100%",
    "width": "100%",
    "heading": "",
    "use_DOT": False,
    "dot_lang": "",
    "widget": False,
    "bgcolor": "#ffffff",
    "conf": False,
    "neighborhood_highlight": False,
    "select_menu": False,
    "filter_menu": False,
    "notebook": False,
    "cdn_resources": "in_line",
}
# Slots of the frame: noncharacters around a name (no template holds them; the page's own
# text never goes through a search for them, since the frame is split before it is filled)
_NODES, _EDGES, _OPTIONS = (f"\ufdd1{name}\ufdd1" for name in ("nodes", "edges", "options"))
_SLOTS = (_NODES, _EDGES, _OPTIONS)
_SLOT = re.compile("(" + "|".join(_SLOTS) + ")")
#: changed when the frame files change meaning (a new slot, another way to fill one)
_FRAME_FORMAT = "1"
#: frame files kept (four per template, jinja2 and kg version; the least used go first)
_MAX_FRAMES = 8


def _alternate(frame: list[str]) -> Iterator[tuple[bool, str]]:
    """The frame's parts, each with whether it is a slot (every second part)."""
    return ((number % 2 == 1, part) for number, part in enumerate(frame))


def _tojson(value: Any) -> str:
    """jinja2's ``tojson`` filter with its default policies (sorted keys; ``<``, ``>``, ``&``
    and ``'`` escaped, so the JSON is safe inside a ``<script>``).

    The replacements are made on the JSON's bytes: ``json.dumps`` writes ASCII (it escapes
    every other character), where each character is its byte, and ``bytes.replace`` finds a
    byte with ``memchr`` where ``str.replace`` tests every character (four passes over the
    million characters of a Terminus page's edges: about 20 M instructions)."""
    text = json.dumps(value, sort_keys=True)
    if text.isascii():  # (always: ensure_ascii)
        data = (
            text.encode("ascii")
            .replace(b"<", b"\\u003c")
            .replace(b">", b"\\u003e")
            .replace(b"&", b"\\u0026")
            .replace(b"'", b"\\u0027")
        )
        return data.decode("ascii")
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
    )


def _page_frame(big: bool, tooltip_link: bool) -> list[str] | None:
    """pyvis' template rendered with a slot for each list and the options, split at them
    (static text, slot, static text…), or None if a slot is not written exactly once.

    Why: importing jinja2 and loading the template's compiled code took 150 million
    instructions (0.03-0.05 s) of every build, for a page whose only varying parts are the
    node and edge lists, the options and two tests (more than 100 nodes with physics on, a
    link in a tooltip). The frame depends on nothing but pyvis' template files, jinja2 and
    this module's fixed values: it is kept in kg's cache folder (``templates/``), named by
    a hash of those and of the tests' answers, and made with jinja2 when it is not there.
    """
    folder = _pyvis_templates()
    path = _frame_path(folder, big, tooltip_link)
    if path is not None:
        try:
            frame = _split_frame(path.read_bytes().decode("utf-8"))  # bytes: \r stays \r
        except (OSError, UnicodeDecodeError):
            frame = None  # not made yet, or unreadable
        if frame is not None:
            mark_used(path)
            return frame
    rendered = _render_frame(folder, big, tooltip_link)
    if path is not None:
        store_cached(path, rendered.encode("utf-8"), "page-*.html", _MAX_FRAMES)
    return _split_frame(rendered)


def _split_frame(rendered: str) -> list[str] | None:
    parts = _SLOT.split(rendered)
    return parts if sorted(parts[1::2]) == sorted(_SLOTS) else None


def _render_frame(folder: str, big: bool, tooltip_link: bool) -> str:
    """The page jinja2 renders with the slots for values; the node list is a list of the
    length that gives the template's test its answer."""
    return (
        _template_environment(folder)
        .get_template("template.html")
        .render(
            **_FIXED_VALUES,
            nodes=_Slot(_NODES, 101 if big else 0),
            edges=_Slot(_EDGES, 0),
            options=_OPTIONS,
            physics_enabled=big,
            tooltip_link=tooltip_link,
        )
    )


class _Slot(list):
    """A list of ``length`` items that jinja2's ``tojson`` writes as the slot's name."""

    def __init__(self, name: str, length: int) -> None:
        super().__init__([None] * length)
        self.name = name


def _slot_dumps(value: Any, **kwargs: Any) -> str:
    """jinja2's ``json.dumps_function`` policy: a slot's name, or ``json.dumps`` as usual."""
    return value.name if isinstance(value, _Slot) else json.dumps(value, **kwargs)


def _frame_path(folder: str, big: bool, tooltip_link: bool) -> Path | None:
    """The frame's file in the cache folder (None when the cache is off): named by a hash of
    the template files' and jinja2's names, sizes and times, the fixed values and the tests."""
    root = cache_root()
    if root is None:
        return None
    jinja = importlib.util.find_spec("jinja2")
    files = sorted(Path(folder).rglob("*"))
    files += [Path(jinja.origin)] if jinja is not None and jinja.origin else []
    key = [_FRAME_FORMAT, folder, repr(sorted(_FIXED_VALUES.items())), repr((big, tooltip_link))]
    for file in files:
        stat = file.stat()
        key.append(f"{file}\t{stat.st_size}\t{stat.st_mtime_ns}")
    digest = hashlib.sha256("\n".join(key).encode("utf-8", "surrogatepass")).hexdigest()
    return root / "templates" / f"page-{digest}.html"


def page_template() -> Any:
    """pyvis' page template (``pyvis/templates/template.html``), compiled once per process."""
    return _template_environment(_pyvis_templates()).get_template("template.html")


def _pyvis_templates() -> str:
    """pyvis' template folder, found without importing pyvis (which imports IPython)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: pip install pyvis")
    return os.path.join(list(spec.submodule_search_locations)[0], "templates") + "/"


@lru_cache(maxsize=2)
def _template_environment(folder: str) -> Any:
    """The jinja2 environment pyvis makes for its template folder, kept for the next page."""
    from jinja2 import Environment, FileSystemLoader

    environment = Environment(loader=FileSystemLoader(folder), bytecode_cache=_compiled_templates())
    environment.policies["json.dumps_function"] = _slot_dumps  # json.dumps but for slots
    return environment


def _compiled_templates() -> Any:
    """A jinja2 bytecode cache in kg's cache folder (``templates/``), or None when it is off.

    Why: compiling pyvis' template and the scripts it includes (half a megabyte through
    jinja2's lexer) takes 0.06 s in every process that writes a page; loading the compiled
    code takes 0.003 s. jinja2 keys each file by the template's name and path and checks, on
    loading, its own and Python's version and the checksum of the source, so an upgraded
    pyvis or Python is compiled anew. A file that cannot be read or written means no cache.
    """
    from jinja2 import BytecodeCache

    root = cache_root()
    if root is None:
        return None
    folder = root / "templates"

    class CompiledTemplates(BytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                bucket.bytecode_from_string((folder / f"{bucket.key}.jinja").read_bytes())
            except Exception:  # no file yet, or a damaged one
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(folder / f"{bucket.key}.jinja", bucket.bytecode_to_string())
            except (OSError, OutputError):
                pass

    return CompiledTemplates()


def layout_positions(graph: nx.Graph, *, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Pixel positions: each connected component laid out alone, then packed in rows.

    In components small enough for it, nodes drawn as overlapping discs (a node's size grows
    with its events) are pushed apart, so hubs do not hide each other. Deterministic for a
    given graph and seed, so a rebuilt page looks the same. ``graph`` is a networkx graph or
    a :class:`kg.network.Network`: only its nodes and edges are read.
    """
    order = {node: number for number, node in enumerate(graph)}
    simple = _undirected(graph, ((u, v) for u, v in graph.edges() if u != v))
    sizes = _node_radii(graph)
    components = sorted(_connected_components(simple), key=lambda c: -len(c))
    placed = []
    for component in components:
        nodes = sorted(component, key=order.__getitem__)
        # the component in a fixed order (a set's order changes from one process to the next)
        sub = _undirected(nodes, _edges_from(simple, nodes))
        coords = _component_layout(sub, nodes, seed)
        coords *= _SPACING * math.sqrt(len(nodes)) if len(nodes) > 1 else 0.0
        if 2 < len(nodes) <= _SMALL_COMPONENT:
            coords = _separate(coords, np.array([sizes[node] for node in nodes]))
        radius = float(np.sqrt((coords**2).sum(axis=1)).max()) if len(nodes) > 1 else 0.0
        placed.append((nodes, coords, radius))
    return _pack(placed)


# --- layout --------------------------------------------------------------------------------
#
# The layout was computed with networkx (nx.Graph, connected_components, spring_layout,
# rescale_layout); the functions below do the same steps on plain adjacency dicts, in the
# same order and with the same numpy operations, so the positions are the same floats while
# a build no longer imports networkx (0.12-0.2 s of every build).

_Adjacency = dict[Hashable, dict[Hashable, None]]


def _undirected(
    nodes: Iterable[Hashable], pairs: Iterable[tuple[Hashable, Hashable]]
) -> _Adjacency:
    """The adjacency of ``nx.Graph()`` after ``add_nodes_from(nodes)`` and
    ``add_edges_from(pairs)``: neighbours in the order they were first joined."""
    adjacency: _Adjacency = {node: {} for node in nodes}
    for u, v in pairs:
        adjacency.setdefault(u, {})[v] = None
        adjacency.setdefault(v, {})[u] = None
    return adjacency


def _edges_from(adjacency: _Adjacency, nodes: Iterable[Hashable]) -> Iterator[tuple]:
    """networkx's ``Graph.edges(nodes)``: each edge once, from the first of its ends in
    ``nodes``, neighbours in adjacency order."""
    seen: set[Hashable] = set()
    for node in nodes:
        for neighbour in adjacency[node]:
            if neighbour not in seen:
                yield node, neighbour
        seen.add(node)


def _connected_components(adjacency: _Adjacency) -> Iterator[set[Hashable]]:
    """networkx's ``connected_components``: one set per component, in the order of each
    component's first node."""
    seen: set[Hashable] = set()
    for start in adjacency:
        if start in seen:
            continue
        component = {start}
        level = [start]
        while level:
            reached = []
            for node in level:
                for neighbour in adjacency[node]:
                    if neighbour not in component:
                        component.add(neighbour)
                        reached.append(neighbour)
            level = reached
        seen |= component
        yield component


def _component_layout(sub: _Adjacency, nodes: list[Hashable], seed: int) -> np.ndarray:
    """Coordinates in [-1, 1] for one connected component, rows in ``nodes`` order."""
    if len(nodes) == 1:
        return np.zeros((1, 2))
    if len(nodes) == 2:
        return np.array([[-0.6, 0.0], [0.6, 0.0]])
    if len(nodes) <= _SMALL_COMPONENT:
        coords = _spring_layout(sub, nodes, seed)
    else:
        index = {node: number for number, node in enumerate(nodes)}
        pairs = np.array([(index[u], index[v]) for u, v in _edges_from(sub, sub)])
        coords = _sampled_fruchterman_reingold(len(nodes), pairs, seed)
    return _rescale_layout(coords, scale=1.0)


def _spring_layout(sub: _Adjacency, nodes: Sequence[Hashable], seed: int) -> np.ndarray:
    """``nx.spring_layout(sub, seed=seed)`` as rows in ``nodes`` order (the graph's own order),
    for fewer than 500 nodes (networkx' dense Fruchterman-Reingold, 50 iterations)."""
    index = {node: number for number, node in enumerate(nodes)}
    adjacency = np.zeros((len(nodes), len(nodes)))  # nx.to_numpy_array: 1.0 per edge
    for u, v in _edges_from(sub, nodes):
        adjacency[index[u], index[v]] = adjacency[index[v], index[u]] = 1.0
    if len(nodes) <= _FEW_NODES:
        pos = _few_nodes_fruchterman_reingold(adjacency.tolist(), seed)
    else:
        pos = _fruchterman_reingold(adjacency, seed)
    return _rescale_layout(pos, scale=1) + np.zeros(2)  # networkx adds the centre


def _fruchterman_reingold(
    A: np.ndarray,  # noqa: N803 - networkx' name
    seed: int,
    iterations: int = 50,
    threshold: float = 1e-4,
) -> np.ndarray:
    """networkx 3's ``_fruchterman_reingold`` with its defaults (no fixed nodes, no initial
    positions, k = sqrt(1/n)), step for step, from ``RandomState(seed)``'s positions."""
    nnodes, _ = A.shape
    pos = np.array(_random_state_uniforms(seed, nnodes * 2), dtype=A.dtype).reshape(nnodes, 2)
    k = np.sqrt(1.0 / nnodes)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        displacement = _pushes(pos, A, k)
        length = _norms(displacement)
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / nnodes) < threshold:
            break
    return pos


def _few_nodes_fruchterman_reingold(
    adjacency: list[list[float]], seed: int, iterations: int = 50, threshold: float = 1e-4
) -> np.ndarray:
    """:func:`_fruchterman_reingold` on Python floats, for a component of a few nodes: the
    same floats, bit for bit.

    Why: a page has many components of three to eight nodes (17 on Terminus), and numpy's
    cost per call, some twenty calls a step for 50 steps each, was most of their layout
    (about 100 M instructions of a build) for a few dozen numbers a step.

    The same operations on the same doubles in the same order: node i's push is summed
    over j = 0, 1, … from 0.0 as ``_pushes``' column sums add them, of x[i] - x[j] times
    ``k * k / d**2 - A[j][i] * d / k``; a step is ``0.0 + push * (t / length)`` (einsum
    adds its products to an array of zeros). Only the test against ``threshold`` differs:
    numpy's norm adds the squares in BLAS' order, so a result within rounding of the
    threshold is asked of numpy itself.
    """
    n = len(adjacency)
    drawn = _random_state_uniforms(seed, n * 2)
    xs, ys = drawn[0::2], drawn[1::2]  # the rows of networkx' (n, 2) array
    k = math.sqrt(1.0 / n)
    kk = k * k
    t = max(max(xs) - min(xs), max(ys) - min(ys)) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        steps = []
        for i in range(n):
            xi, yi = xs[i], ys[i]
            push_x = push_y = 0.0
            for j in range(n):
                dx, dy = xi - xs[j], yi - ys[j]
                d = math.sqrt(dx * dx + dy * dy)
                if d < 0.01:
                    d = 0.01
                weight = kk / (d * d) - adjacency[j][i] * d / k
                push_x += dx * weight
                push_y += dy * weight
            length = math.sqrt(push_x * push_x + push_y * push_y)
            scale = t / (length if length >= 0.01 else 0.01)
            steps.append((0.0 + push_x * scale, 0.0 + push_y * scale))
        for i, (step_x, step_y) in enumerate(steps):
            xs[i] += step_x
            ys[i] += step_y
        t -= dt
        if _below_threshold(steps, n, threshold):
            break
    return np.array([xs, ys]).T.copy()


def _below_threshold(steps: list[tuple[float, float]], n: int, threshold: float) -> bool:
    """``np.linalg.norm(steps) / n < threshold``: a sum of squares in another order differs
    by a few roundings, so only a result that close to the threshold is asked of numpy."""
    norm = math.sqrt(sum(a * a + b * b for a, b in steps)) / n
    if abs(norm - threshold) > threshold * 1e-9:
        return norm < threshold
    return bool(np.linalg.norm(np.array(steps)) / n < threshold)


def _pushes(pos: np.ndarray, A: np.ndarray, k: float) -> np.ndarray:  # noqa: N803
    """networkx's displacement of each node, ``einsum("ijk,ij->ik", delta, weights)`` with
    ``delta`` every pair's difference of positions and ``weights`` the pushes and pulls of
    their distances: the same floats, each axis on its own.

    Why: an (n, n, 2) array of differences costs a subtraction of two numbers per inner
    loop, and each axis was then read strided and copied transposed for its sums (about
    310 M instructions for a 195-node component's 50 steps, 86 M this way). Here row j, column i
    holds node i seen from node j (x[i] - x[j], exactly minus delta[i, j]), so the sums over
    j run down contiguous columns from zero, one j after the other, as einsum adds them.
    Distances and weights are symmetric (``A`` is, and a difference squared is the same
    turned round), so they are networkx's own matrices (tests compare the bits with
    networkx's einsum and every corpus layout with networkx's)."""
    x, y = pos[:, 0], pos[:, 1]
    dx = x[np.newaxis, :] - x[:, np.newaxis]
    dy = y[np.newaxis, :] - y[:, np.newaxis]
    distance = np.sqrt(dx * dx + dy * dy)
    np.clip(distance, 0.01, None, out=distance)
    weights = k * k / distance**2 - A * distance / k
    sums = np.empty((pos.shape[0], 2))
    sums[:, 0] = np.add.reduce(dx * weights, axis=0, initial=0.0)
    sums[:, 1] = np.add.reduce(dy * weights, axis=0, initial=0.0)
    return sums


def _norms(vectors: np.ndarray) -> np.ndarray:
    """``np.linalg.norm(vectors, axis=-1)`` of 2-d vectors, the same floats: numpy's norm is
    ``sqrt(add.reduce(x * x, axis=-1))``, and a sum of two terms is their one addition; its
    reduction over a last axis of two ran an inner loop per vector (a third of the spring
    layout's cost on Terminus' largest component, 196 nodes)."""
    x, y = vectors[..., 0], vectors[..., 1]
    return np.sqrt(x * x + y * y)


def _random_state_uniforms(seed: int, count: int) -> list[float]:
    """``numpy.random.RandomState(seed).rand(count)``: networkx's starting positions.

    The numbers ``rand`` draws for a count are the first of those it draws for a larger one
    (one stream, read in order), so the numbers of a seed are drawn once per process, for
    the largest component a spring layout gets, and each layout takes the first ``count``
    (a Terminus page lays out 18 components with the same seed).

    They are drawn by Python's ``random``, not numpy's: both run the Mersenne Twister and
    make a float of two of its words the same way (``genrand_res53``); ``RandomState(seed)``
    fills the twister's state from ``seed`` alone (``init_genrand``), which is given here to
    ``random.Random.setstate``. Importing numpy.random cost about 39 million instructions of
    every build that draws a page (tests compare the numbers with numpy's).
    """
    drawn = _UNIFORMS.get(seed)
    if drawn is None or len(drawn) < count:
        draw = random.Random()
        draw.setstate((3, _mersenne_state(seed), None))
        drawn = [draw.random() for _ in range(max(count, 2 * _SMALL_COMPONENT))]
        _UNIFORMS[seed] = drawn
    return drawn[:count]


def _mersenne_state(seed: int) -> tuple[int, ...]:
    """The twister's 624 words as numpy's ``RandomState(seed)`` sets them (``init_genrand``
    of a seed of 32 bits, as numpy requires), then the position that makes the next draw
    turn them over first: ``random.Random.setstate``'s form."""
    if not 0 <= seed <= 0xFFFFFFFF:
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    words = [seed]
    for position in range(1, 624):
        last = words[-1]
        words.append((1812433253 * (last ^ (last >> 30)) + position) & 0xFFFFFFFF)
    return (*words, 624)


#: seed → the numbers ``RandomState(seed).rand`` draws first (see _random_state_uniforms)
_UNIFORMS: dict[int, list[float]] = {}


def _rescale_layout(pos: np.ndarray, scale: float = 1) -> np.ndarray:
    """``nx.rescale_layout``: centred, the largest coordinate scaled to ``scale`` (in place)."""
    pos -= pos.mean(axis=0)
    lim = np.abs(pos).max()
    if lim > 0:
        pos *= scale / lim
    return pos


def _node_radii(graph: nx.Graph) -> dict[Hashable, float]:
    """The radius vis draws each node with: ``scaling`` maps events linearly to 8–40 px."""
    values = {node: max(int(data.get("n_events") or 0), 1) for node, data in graph.nodes(data=True)}
    low, high = min(values.values(), default=1), max(values.values(), default=1)
    lo, hi = _NODE_RADIUS
    if high == low:
        return {node: (lo + hi) / 2 for node in values}
    return {node: lo + (hi - lo) * (value - low) / (high - low) for node, value in values.items()}


def _separate(
    coords: np.ndarray, radii: np.ndarray, gap: float = 30.0, iterations: int = 80
) -> np.ndarray:
    """Move apart every two nodes whose discs (plus ``gap``) overlap, half the overlap each.

    n² per step, so only for components of up to _SMALL_COMPONENT nodes; nodes at the same
    spot are parted along a fixed direction, so the result stays deterministic.
    """
    pos = coords.astype(float).copy()
    need = radii[:, None] + radii[None, :] + gap
    np.fill_diagonal(need, 0.0)
    near = _NearPairs(need, margin=gap)
    for step in range(iterations):
        # a coordinate at zero takes the sign of a sum of zeros: only the sums over every
        # pair give it (never seen on a page; kept exact all the same)
        moves = (
            _overlap_pushes(pos, *near.pairs(pos), step)
            if pos.all()
            else _overlap_pushes_over_all_pairs(pos, need, step)
        )
        if moves is None:
            break
        pos[:, 0] += moves[0]
        pos[:, 1] += moves[1]
    return pos - pos.mean(axis=0)


class _NearPairs:
    """The pairs of nodes that may overlap in a step of :func:`_separate`: those within
    ``need`` plus twice ``margin`` of each other when the list was made, until a node has
    moved ``margin`` from where it then was (each distance has changed by less than twice
    that). Both bounds are widened by far more than the floats' rounding, so the list
    holds every pair that overlaps, and a few that do not.

    Why: a page's largest component (186 nodes on Terminus) was parted over all its 34,596
    pairs at each of 80 steps, square roots and divisions included (about 140 M
    instructions of a build), where some thirty pairs are near enough to overlap.
    """

    def __init__(self, need: np.ndarray, margin: float) -> None:
        self._need = need
        self._reach = ((need + 2 * margin) * (1.0 + 1e-6)) ** 2
        self._stray = (margin * (1.0 - 1e-6)) ** 2
        self._anchor: np.ndarray | None = None

    def pairs(self, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, columns, need) of the pairs, in the order of the rows (row j, column i:
        node i seen from node j, as :func:`_overlap_pushes_over_all_pairs` has them)."""
        anchor = self._anchor
        if anchor is None or float((((pos - anchor) ** 2).sum(axis=1)).max()) > self._stray:
            n = pos.shape[0]
            x, y = pos[:, 0], pos[:, 1]
            dx = x[None, :] - x[:, None]
            dy = y[None, :] - y[:, None]
            flat = np.flatnonzero(dx * dx + dy * dy < self._reach)
            self._anchor = pos.copy()
            self._listed = (flat // n, flat % n, self._need.take(flat))
        return self._listed


def _overlap_pushes(
    pos: np.ndarray, rows: np.ndarray, columns: np.ndarray, need: np.ndarray, step: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`_overlap_pushes_over_all_pairs` reckoned for the pairs (rows, columns) only,
    which hold every pair that overlaps (``need`` the distance each needs); the same floats.

    Every other pair pushes by a zero, and adding a zero leaves a sum that is not zero as it
    is (a sum that is zero moves a coordinate that is not zero by nothing, whatever the
    zero's sign; :func:`_separate` takes the other way when a coordinate is zero). The pairs
    are in the order of the rows, as the column sums add them, and ``bincount`` adds each
    column's in that order; their differences of coordinates are the same subtractions.
    """
    n = pos.shape[0]
    x, y = pos[:, 0], pos[:, 1]
    dx = x.take(columns) - x.take(rows)
    dy = y.take(columns) - y.take(rows)
    dist = np.sqrt(dx * dx + dy * dy)
    overlap = np.clip(need - dist, 0.0, None)
    if not overlap.any():
        return None
    _part_coincident(dx, dy, dist, step)
    half = overlap / 2
    return (
        np.bincount(columns, dx / dist * half, minlength=n),
        np.bincount(columns, dy / dist * half, minlength=n),
    )


def _part_coincident(dx: np.ndarray, dy: np.ndarray, dist: np.ndarray, step: int) -> None:
    """Two nodes on one spot have no direction apart: give them the step's own (in place),
    so the separation still pushes them apart, the same way at every run."""
    same = dist < 1e-6
    if same.any():
        dx[same], dy[same] = math.cos(step + 1.0), math.sin(step + 1.0)
        dist[same] = 1.0


def _overlap_pushes_over_all_pairs(
    pos: np.ndarray, need: np.ndarray, step: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """How far one step of :func:`_separate` moves each node along x and along y, or None
    where no two nodes overlap.

    Row j, column i: node i seen from node j. Each axis apart and the pushes on node i
    summed down its column, one row after the other: the same sums, in the same order, as
    over (i, j, axis) arrays, for a third of the time (no array of pairs of coordinates,
    no strided sum)."""
    x, y = pos[:, 0], pos[:, 1]
    dx = x[None, :] - x[:, None]
    dy = y[None, :] - y[:, None]
    dist = np.sqrt(dx * dx + dy * dy)
    overlap = np.clip(need - dist, 0.0, None)
    if not overlap.any():
        return None
    _part_coincident(dx, dy, dist, step)
    np.fill_diagonal(overlap, 0.0)
    half = overlap / 2
    return (dx / dist * half).sum(axis=0), (dy / dist * half).sum(axis=0)


def _sampled_fruchterman_reingold(
    n: int, pairs: np.ndarray, seed: int, iterations: int = 50, samples: int = 32
) -> np.ndarray:
    """Fruchterman-Reingold where each node is repelled by a random sample of the others.

    The exact method costs n² per step (13 s for 2,000 nodes in networkx); sampling
    ``samples`` nodes and scaling the force up keeps the picture and costs n·samples.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    k = 1.0 / math.sqrt(n)
    scale = (n - 1) / samples
    src, dst = pairs[:, 0], pairs[:, 1]
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        others = rng.integers(0, n, size=(n, samples))
        delta = pos[:, None, :] - pos[others]
        dist2 = np.maximum((delta**2).sum(axis=2), 1e-9)
        disp = (delta * (k * k / dist2)[:, :, None]).sum(axis=1) * scale
        along = pos[src] - pos[dst]
        pull = along * np.sqrt((along**2).sum(axis=1))[:, None] / k
        for axis in (0, 1):
            disp[:, axis] += np.bincount(dst, pull[:, axis], n) - np.bincount(src, pull[:, axis], n)
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-12)[:, None]
        pos += disp / length * np.minimum(length, temperature)
        temperature -= cooling
    return pos


def _pack(
    placed: list[tuple[list[Hashable], np.ndarray, float]],
) -> dict[Hashable, tuple[float, float]]:
    """Shelf-pack the components (largest first) into rows of about square total shape."""
    margin = _SPACING
    sizes = [2 * radius + margin for _, _, radius in placed]
    row_width = max(max(sizes, default=0.0), math.sqrt(sum(s * s for s in sizes)) * 1.2)
    positions: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for (nodes, coords, _radius), size in zip(placed, sizes, strict=True):
        if x + size > row_width and x > 0:
            x, y, row_height = 0.0, y + row_height, 0.0
        centre = (x + size / 2, y + size / 2)
        for node, (cx, cy) in zip(nodes, coords, strict=True):
            positions[node] = (round(centre[0] + cx, 1), round(centre[1] + cy, 1))
        x += size
        row_height = max(row_height, size)
    return positions


# --- vis data ------------------------------------------------------------------------------


def _vis_node(
    vis_id: str, key: str, data: Mapping[str, Any], xy: tuple[float, float]
) -> dict[str, Any]:
    label = str(data.get("label") or key)
    kind = str(data.get("type") or "")
    n_events = int(data.get("n_events") or 0)
    tip = [
        f"<b>{_esc(label)}</b>",
        _esc(" · ".join(filter(None, (_TYPE_ZH.get(kind, kind), str(data.get("country") or ""))))),
        f"{n_events} 个事件 events",
    ]
    return {
        "id": vis_id,
        "label": _label(label),
        "title": "<br>".join(filter(None, tip)),
        "color": TYPE_COLORS.get(kind, _OTHER_COLOR),
        "value": max(n_events, 1),
        "x": xy[0],
        "y": xy[1],
        "kind": _code(kind),
        "q": _esc(f"{label} {key}".casefold()),  # the actor filter matches name or key
    }


def _vis_edges(
    graph: nx.MultiDiGraph, ids: Mapping[Hashable, str], type_labels: Mapping[str, str]
) -> list[dict[str, Any]]:
    parallel: dict[frozenset[str], int] = {}
    edges = []
    for number, (u, v, data) in enumerate(graph.edges(data=True)):
        pair = frozenset((ids[u], ids[v]))
        rank = parallel[pair] = parallel.get(pair, -1) + 1
        edges.append(_vis_edge(f"e{number}", ids[u], ids[v], data, rank, type_labels))
    return edges


def _vis_edge(
    vis_id: str,
    source: str,
    target: str,
    data: Mapping[str, Any],
    rank: int,
    type_labels: Mapping[str, str],
) -> dict[str, Any]:
    events = [_vis_event(event) for event in _events(data)]
    # weight: articles reporting each event, summed over the events of an aggregated edge
    weight = max(int(data.get("weight") or 0), 1)
    status = str(data.get("status") or "asserted")
    colour = POLARITY_COLORS.get(str(data.get("polarity") or ""), POLARITY_COLORS["neutral"])
    predicate = str(data.get("label") or data.get("predicate") or "")
    label = predicate + ("" if status == "asserted" else f"[{_STATUS_ZH.get(status, status)}]")
    edge = {
        "id": vis_id,
        "from": source,
        "to": target,
        "label": _label(label + (f" ×{weight}" if weight > 1 else "")),
        "title": _edge_tip(data, events, type_labels),
        "color": {"color": colour, "highlight": colour, "hover": colour},
        "width": round(1 + 1.5 * math.log2(weight), 2),
        "dashes": status != "asserted" or data.get("event_type") == "ROLE",
        "pl": _esc(predicate),
        "ev": events,
    }
    if rank:  # parallel edges between the same two actors curve apart, on both sides
        edge["smooth"] = {
            "enabled": True,
            "type": "curvedCW" if rank % 2 else "curvedCCW",
            "roundness": min(0.15 * ((rank + 1) // 2), 0.9),
        }
    return edge


def _events(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The events behind an edge: an aggregated edge lists them, a per-event edge is one."""
    events = data.get("events")
    if isinstance(events, list) and events and all(isinstance(e, Mapping) for e in events):
        return events
    return [data]


def _vis_event(event: Mapping[str, Any]) -> dict[str, str]:
    """One event for tooltips, filters and the click list: escaped text, codes, date bounds."""
    date = str(event.get("date") or "")
    bounds = _day_bounds(date) or ("", "")
    return {
        "d": _esc(date),
        "d0": bounds[0],
        "d1": bounds[1],
        "s": _code(event.get("status") or "asserted"),
        "t": _type_code(event),
        "x": _esc(event.get("sentence")),
        "src": _esc(event.get("source")),
        "u": _safe_url(event.get("url")),
        "ti": _esc(event.get("title")),
    }


def _edge_tip(
    data: Mapping[str, Any], events: list[dict[str, str]], type_labels: Mapping[str, str]
) -> str:
    """Tooltip HTML from escaped parts: predicate, type, status, dates, first sentences."""
    status = str(data.get("status") or "")
    head = " · ".join(
        filter(
            None,
            (
                str(data.get("label") or ""),
                str(data.get("predicate") or ""),
                type_labels.get(str(data.get("event_type") or ""), ""),
                _STATUS_ZH.get(status, status),
            ),
        )
    )
    when = sorted(e["d0"] for e in events if e["d0"])
    span = ""
    if when:
        first = next(e["d"] for e in events if e["d0"] == when[0])
        last = max(events, key=lambda e: e["d1"])["d"]
        span = first if first == last else f"{first} – {last}"
    sources = len({e["src"] for e in events if e["src"]})
    count = f"{len(events)} 条报道 reports · {sources} 篇文章 articles"
    lines = [f"<b>{_esc(head)}</b>", f"{count} · {span or '无日期'}"]
    for event in events[:_TOOLTIP_EVENTS]:
        origin = " · ".join(filter(None, (event["ti"], event["src"])))
        lines.append(f"<hr>{event['d'] or '无日期'} {event['x']}<br><i>{origin}</i>")
    if len(events) > _TOOLTIP_EVENTS:
        lines.append(f"<hr>… +{len(events) - _TOOLTIP_EVENTS}")
    return "<br>".join(lines)


# --- escaping ------------------------------------------------------------------------------


def _esc(value: Any) -> str:
    """Article text → HTML text. ``href`` is spelled with an entity so pyvis never sees it."""
    text = "" if value is None else str(value)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        text = html.escape(text, quote=True)  # (else it gives the text as it is)
    if "f" not in text and "F" not in text:
        return text  # (no character but these two has an "f" in its lower case)
    return _HREF.sub("&#104;ref", text) if "ref" in text.lower() else text


def _label(text: str) -> str:
    """Labels are escaped like all article text; the page decodes them for the canvas only."""
    return _esc(text)


def _code(value: Any) -> str:
    """Vocabulary codes (status, event type, actor type) reduced to safe identifier chars."""
    return _code_of_text("" if value is None else str(value))


@lru_cache(maxsize=4096)
def _code_of_text(text: str) -> str:
    """Kept per text: a page asks the same few codes for each of thousands of events."""
    return _CODE.sub("_", text)


def _day_bounds(date: Any) -> tuple[str, str] | None:
    """:func:`kg.network.date_bounds`, kept for each date text (a page has a few hundred
    dates for thousands of events, each looked at for its event and for the panel)."""
    return _day_bounds_of_text(date) if type(date) is str else date_bounds(date)


@lru_cache(maxsize=4096)
def _day_bounds_of_text(date: str) -> tuple[str, str] | None:
    return date_bounds(date)


def _type_code(event: Mapping[str, Any]) -> str:
    """The filter value of an event's type; an event without one is filtered as OTHER."""
    return _code(event.get("event_type")) or "OTHER"


def _safe_url(value: Any) -> str:
    """An escaped http(s) URL for an ``href``, or '' (no ``javascript:``, no relative paths)."""
    url = "" if value is None else str(value).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if _UNSAFE_URL_CHAR.search(url):
        return ""
    return html.escape(url, quote=True)


# --- page ----------------------------------------------------------------------------------


def _options(n_nodes: int) -> dict[str, Any]:
    big = n_nodes > _SMALL_COMPONENT
    font = {"face": LABEL_FONT}
    return {
        "nodes": {
            "shape": "dot",
            "font": {**font, "size": 14},
            "scaling": {
                "min": _NODE_RADIUS[0],
                "max": _NODE_RADIUS[1],
                "label": {"enabled": True, "min": 12, "max": 28},
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            # "horizontal": vis draws a "middle" label of an edge pointing exactly left at
            # the canvas origin instead of on the edge; level Chinese also reads better
            "font": {**font, "size": 11, "align": "horizontal", "strokeWidth": 3},
            "color": {"inherit": False},
        },
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": False},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
    }


def _finish(page: str, graph: nx.MultiDiGraph, title: str) -> str:
    """Make pyvis' page offline and add the kg panel, legend, event list and script."""
    for cleanup in _CLEANUPS:
        page = cleanup.sub("", page)
    for marker, insertion in zip(_MARKERS, _INSERTIONS, strict=True):
        page = _replace_once(page, marker, insertion(graph, title))
    return page


def _head(graph: nx.MultiDiGraph, title: str) -> str:
    """What _finish puts in place of ``<meta charset="utf-8">``."""
    return f'<meta charset="utf-8">\n{_CSP}\n<title>{_esc(title)}</title>\n<style>{_STYLE}</style>'


def _body(graph: nx.MultiDiGraph, title: str) -> str:
    """What _finish puts in place of ``<body>``: the panel and the script that prepares."""
    return f"<body>\n{_panel(graph, title)}<script>{_PREPARE}</script>"


def _prepared_network_line(graph: nx.MultiDiGraph, title: str) -> str:
    return _PREPARED_NETWORK_LINE


def _script_body_end(graph: nx.MultiDiGraph, title: str) -> str:
    return _SCRIPT_BODY_END


def _replace_once(page: str, marker: str, text: str) -> str:
    if page.count(marker) != 1:
        raise RuntimeError(f"unexpected pyvis template: {marker!r} found {page.count(marker)}×")
    return page.replace(marker, text)


# --- the finished frame ----------------------------------------------------------------------
#
# _finish cleaned the whole page (three regex substitutions, then a count and a replacement
# for each of four markers over 1.7 million characters of a Terminus page: about 90 M
# instructions of a build), though all it changes is in pyvis' template. The frame is finished
# once instead, and kept in kg's cache folder: cleaned, the head and the panel made slots, the
# two fixed insertions made. A page filled into it is the page _finish gives, because:
#
# * the lists and the options hold no "<" (_tojson escapes it; the options are looked at), and
#   every match of the three cleanups starts with "<"; the frame is finished only when each
#   try at a "<" of its text reads no further than its own part (_reads_inside_part), so the
#   matches are the same whatever fills the slots;
# * each marker is in the finished frame's text nowhere but at its slot (looked at when it is
#   made), and _filled counts, at each of _finish's four steps, the marker's occurrences in
#   what fills the slots and across their edges (_count_in_parts): the page goes the old way
#   unless each count is one, the occurrence _finish replaces.


def _finished_frame(big: bool, tooltip_link: bool) -> _Finished | None:
    """The frame finished as _finish finishes a page, split at its slots: static parts as
    UTF-8, slots as text; None when a step cannot be shown to give the same page.

    Kept in kg's cache folder (``templates/finished-*.html``), named by a hash of the
    frame's file name and of what finishing puts in; made from the frame when it is not there.
    """
    frame_path = _frame_path(_pyvis_templates(), big, tooltip_link)
    path = _finished_path(frame_path) if frame_path is not None else None
    if path is not None:
        try:
            finished = _split_finished(path.read_bytes())
        except OSError:
            finished = None  # not made yet, or unreadable
        if finished is not None:
            mark_used(path)
            return finished
    frame = _page_frame(big, tooltip_link)
    text = _finish_frame(frame) if frame is not None else None
    if text is None:
        return None
    data = text.encode("utf-8")
    if path is not None:
        store_cached(path, data, "finished-*.html", _MAX_FRAMES)
    return _split_finished(data)


def _finished_path(frame_path: Path) -> Path:
    """The finished frame's file: named by the frame's and by what finishing puts in."""
    key = [_FINISHED_FORMAT, frame_path.name, *(f"{c.pattern}\t{c.flags}" for c in _CLEANUPS)]
    key += _MARKERS
    key += [_PREPARED_NETWORK_LINE, _SCRIPT_BODY_END]
    digest = hashlib.sha256("\n".join(key).encode("utf-8", "surrogatepass")).hexdigest()
    return frame_path.with_name(f"finished-{digest}.html")


def _split_finished(data: bytes) -> _Finished | None:
    """A finished frame's file, split: static parts (UTF-8) and slots; None if damaged."""
    pieces = data.split(_SLOT_EDGE)  # static, slot name, static, slot name… static
    if len(pieces) != 2 * len(_FINISHED_SLOTS) + 1:
        return None
    parts: list[bytes | str] = [
        f"\ufdd1{piece.decode('ascii', 'replace')}\ufdd1" if number % 2 else piece
        for number, piece in enumerate(pieces)
    ]
    if sorted(parts[1::2]) != sorted(_FINISHED_SLOTS):
        return None
    try:
        ends = [_text_ends(piece) for piece in pieces[0::2]]
    except UnicodeDecodeError:
        return None
    return _Finished(parts, ends)


class _Finished(NamedTuple):
    """A finished frame: ``parts`` (static parts as UTF-8 and slots, alternately) and, for
    each static part, its first and last _EDGE_WIDTH characters or more (for the counts)."""

    parts: list[bytes | str]
    ends: list[tuple[str, str]]


def _text_ends(data: bytes) -> tuple[str, str]:
    """The first and the last _EDGE_WIDTH characters or more of UTF-8 ``data`` (all of it
    when short), without decoding the rest: a character is at most four bytes, and a cut
    through one is left out ("ignore" drops only the cut character's bytes at the cut)."""
    size = 4 * _EDGE_WIDTH
    if len(data) <= 2 * size:
        text = data.decode("utf-8")
        return text, text
    first = data[:size].decode("utf-8", "ignore")
    last = data[-size:].decode("utf-8", "ignore")
    return first, last


def _finish_frame(frame: list[str]) -> str | None:
    """The frame (with its slots) as _finish finishes a page, the head and the panel as
    slots; None when the frame does not let the finished page be shown the same."""
    text = "".join(frame)
    for cleanup in _CLEANUPS:
        parts = _SLOT.split(text)
        last = len(parts) - 1
        if not all(_reads_inside_part(cleanup, part) for part in parts[:last:2]):
            return None
        text = cleanup.sub("", text)
    for marker, slot in zip(_MARKERS, (_HEAD, _BODY, _PREPARED, _BODY_END), strict=True):
        if text.count(marker) != 1:
            return None
        text = text.replace(marker, slot)
    parts = _FINISHED_SLOT.split(text)
    if sorted(parts[1::2]) != sorted(_FINISHED_SLOTS):
        return None
    static = parts[0::2]
    if any("\ufdd1" in part or any(m in part for m in _MARKERS) for part in static):
        return None
    return text


def _reads_inside_part(cleanup: re.Pattern[str], part: str) -> bool:
    """Whether every try of ``cleanup`` at a "<" of ``part`` (a static part that a slot
    follows) reads only characters of the part: the try's furthest reach, bounded from
    above by what each pattern can take, ends before the part does.

    _CDN_TAG reads past ``<link``/``<script`` only to the first ">" (its ``[^>]*`` stop
    there), then the blanks after it and ``</script>``. _EMPTY_HEADING reads past ``<center>`` no
    further than the fourth ">". _COMMENTED_LINKS reads past ``<!--`` only up to the
    first "-->" (none can start in the blanks and ``<link`` before its lazy ``.*?``).
    Otherwise each reads at most the length of what it begins with, plus one."""
    end = len(part)
    start = part.find("<")
    while start >= 0:
        if cleanup is _CDN_TAG:
            if _CDN_TAG_START.match(part, start):
                close = part.find(">", start)
                blanks = _BLANKS.match(part, close + 1) if close >= 0 else None
                reach = blanks.end() + len("</script>") + 1 if blanks else end
            else:
                reach = start + len("<script") + 1
        elif cleanup is _EMPTY_HEADING:
            if part.startswith("<center>", start):
                reach = _nth_after(part, ">", start, 4)
            else:
                reach = start + len("<center>")
        elif cleanup is _COMMENTED_LINKS:
            if part.startswith("<!--", start):
                close = part.find("-->", start + 4)
                reach = close + 3 if close >= 0 else end
            else:
                reach = start + len("<!--")
        else:
            return False
        if reach >= end:
            return False
        start = part.find("<", start + 1)
    return True


#: how _CDN_TAG begins (its case-insensitive names: read as it reads them), and its blanks
_CDN_TAG_START = re.compile(r"<(link|script)\b", re.IGNORECASE)
_BLANKS = re.compile(r"\s*")


def _nth_after(text: str, char: str, start: int, n: int) -> int:
    """The position after the ``n``-th ``char`` at or after ``start`` (len(text) if fewer)."""
    at = start - 1
    for _ in range(n):
        at = text.find(char, at + 1)
        if at < 0:
            return len(text)
    return at + 1


def _filled(
    finished: _Finished,
    nodes: list[dict],
    edges: list[dict],
    options: dict[str, Any],
    graph: nx.MultiDiGraph,
    title: str,
) -> list[bytes | str] | None:
    """The finished frame filled for this page (its parts), or None when one of _finish's
    steps would not find its marker exactly once where the frame has it."""
    values = {_NODES: _tojson(nodes), _EDGES: _tojson(edges), _OPTIONS: json.dumps(options)}
    if any("<" in value for value in values.values()):
        return None  # a cleanup could match in them (never: see above)
    slots = (_HEAD, _BODY, _PREPARED, _BODY_END)
    values.update(zip(slots, _MARKERS, strict=True))
    for slot, marker, insertion in zip(slots, _MARKERS, _INSERTIONS, strict=True):
        if _count_in_parts(finished, values, marker) != 1:
            return None  # (before the insertion is made, as in _finish)
        values[slot] = insertion(graph, title)
    return [values[part] if odd else part for odd, part in _alternate(finished.parts)]


def _count_in_parts(finished: _Finished, values: Mapping[str, str], marker: str) -> int:
    """``page.count(marker)`` of the page the finished frame gives filled with ``values``,
    its static parts holding no marker: the occurrences in the values and those across the
    edges of parts (a marker has no end that is also its beginning, so its occurrences do
    not overlap and each is counted once, at the first edge it crosses)."""
    slots = finished.parts[1::2]
    found = sum(
        0 if marker[0] == "<" and "<" not in values[slot] else values[slot].count(marker)
        for slot in slots
    )
    # each part's first and last characters: a value's are all of it
    firsts: list[str] = []
    lasts: list[str] = []
    for number, (first, last) in enumerate(finished.ends):
        firsts.append(first)
        lasts.append(last)
        if number < len(slots):
            firsts.append(values[slots[number]])
            lasts.append(values[slots[number]])
    width = len(marker) - 1
    for edge in range(1, len(firsts)):
        before = _last_characters(lasts, edge, width)
        window = before + _first_characters(firsts, edge, width)
        earlier_edge = len(before) - len(lasts[edge - 1])  # an occurrence crossing it too
        at = window.find(marker, max(0, earlier_edge))
        while 0 <= at < len(before):
            found += 1
            at = window.find(marker, at + 1)
    return found


def _last_characters(pieces: list[str], edge: int, width: int) -> str:
    """The last ``width`` characters of the pieces before ``edge``."""
    taken: list[str] = []
    for piece in reversed(pieces[:edge]):
        if width <= 0:
            break
        taken.append(piece[-width:])
        width -= len(taken[-1])
    return "".join(reversed(taken))


def _first_characters(pieces: list[str], edge: int, width: int) -> str:
    """The first ``width`` characters of the pieces from ``edge`` on."""
    taken: list[str] = []
    for piece in pieces[edge:]:
        if width <= 0:
            break
        taken.append(piece[:width])
        width -= len(taken[-1])
    return "".join(taken)


def _panel(graph: nx.MultiDiGraph, title: str) -> str:
    """Legend, filters and the (hidden) event list, from the values present in the graph."""
    events = [e for _, _, d in graph.edges(data=True) for e in _events(d)]
    types = sorted({_type_code(e) for e in events})
    statuses = [s for s in _STATUS_ZH if any(e.get("status") == s for e in events)]
    days = sorted(day for e in events for day in (_day_bounds(e.get("date")) or ()))
    kinds = sorted({str(d.get("type") or "") for _, d in graph.nodes(data=True)})
    polarities = [
        p
        for p in POLARITY_COLORS
        if any(d.get("polarity") == p for _, _, d in graph.edges(data=True))
    ]
    date_range = f' min="{days[0]}" max="{days[-1]}"' if days else ""
    return f"""<div id="kg-panel">
<strong class="kg-title">{_esc(title)}</strong> <span id="kg-count" aria-live="polite"></span>
<span class="kg-legend">{"".join(_legend_node(kind) for kind in kinds)}
{"".join(_legend_edge(p) for p in polarities)}
<span class="kg-key"><i class="kg-line kg-dashed"></i>未发生 not asserted</span></span>
<details id="kg-filters" open><summary>筛选 Filters</summary>
<fieldset id="kg-f-type"><legend>事件类型 Type</legend>{
        "".join(_checkbox("kg-type", t, _TYPE_TEXT.get(t) or _type_text(t)) for t in types)
    }</fieldset>
<fieldset id="kg-f-status"><legend>状态 Status</legend>{
        "".join(_checkbox("kg-status", s, _STATUS_ZH[s]) for s in statuses)
    }</fieldset>
<fieldset><legend>日期 Date</legend><input type="date" id="kg-from"{date_range}> –
<input type="date" id="kg-to"{date_range}>
<label><input type="checkbox" id="kg-undated" checked>无日期 undated</label></fieldset>
<fieldset><legend>行为体 Actor</legend><input type="search" id="kg-actor"
 placeholder="名称 name" autocomplete="off"></fieldset>
<fieldset><legend>视图 View</legend><button type="button" id="kg-reset">重置 Reset</button>
<button type="button" id="kg-fit">全图 Fit</button>
<label><input type="checkbox" id="kg-physics">物理 Physics</label></fieldset>
</details>
</div>
<aside id="kg-events" hidden><button type="button" id="kg-events-close"
 aria-label="close">×</button><h2 id="kg-events-title"></h2><ol id="kg-events-list"></ol></aside>
"""


def _type_text(event_type: str) -> str:
    """制裁 SANCTION: the Chinese name for readers, the PLOVER code analysts search for."""
    label = event_type_label(event_type)
    return label if label == event_type else f"{label} {event_type}"


def _legend_node(kind: str) -> str:
    colour = TYPE_COLORS.get(kind, _OTHER_COLOR)
    name = _TYPE_ZH.get(kind, kind or "?")
    return (
        f'<span class="kg-key"><i class="kg-dot" style="background:{colour}"></i>'
        f"{_esc(name)} {_esc(kind)}</span>"
    )


def _legend_edge(polarity: str) -> str:
    return (
        f'<span class="kg-key"><i class="kg-line" style="border-color:'
        f'{POLARITY_COLORS[polarity]}"></i>{_POLARITY_ZH[polarity]} {polarity}</span>'
    )


def _checkbox(name: str, value: str, text: str) -> str:
    return (
        f'<label><input type="checkbox" name="{name}" value="{_code(value)}" checked>'
        f"{_esc(text)}</label>"
    )


_CSP = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; "
    "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'\">"
)

_STYLE = """
html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font: 13px/1.4 sans-serif; }
#kg-panel { flex: none; padding: 4px 8px; border-bottom: 1px solid #ddd; background: #fafafa; }
#kg-panel .kg-title { font-size: 15px; margin-right: 12px; }
#kg-panel fieldset { display: inline-block; border: 1px solid #ddd; margin: 2px 4px 2px 0;
  padding: 2px 6px; vertical-align: top; }
#kg-panel legend { font-size: 11px; color: #555; }
#kg-panel label { margin-right: 6px; white-space: nowrap; }
#kg-filters summary { cursor: pointer; display: inline-block; margin: 2px 0; }
.kg-legend { display: inline; }
.kg-key { margin-right: 10px; white-space: nowrap; }
.kg-dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%;
  margin-right: 3px; vertical-align: middle; }
.kg-line { display: inline-block; width: 18px; border-top: 3px solid #888; margin-right: 3px;
  vertical-align: middle; }
.kg-line.kg-dashed { border-top-style: dashed; }
#kg-count { color: #555; margin-right: 12px; }
.card { flex: 1 1 auto; min-height: 0; position: relative; }
#mynetwork { width: 100% !important; height: 100% !important; float: none !important;
  border: none !important; }
div.vis-tooltip { white-space: normal; max-width: 420px; font-family: sans-serif;
  font-size: 12px; }
div.vis-tooltip hr { border: none; border-top: 1px solid #ccc; margin: 3px 0; }
#kg-events { position: fixed; top: 0; right: 0; width: 400px; max-width: 90vw; height: 100%;
  overflow: auto; background: #fff; border-left: 1px solid #ccc; z-index: 20;
  box-shadow: -2px 0 8px rgba(0,0,0,.15); padding: 8px 12px; box-sizing: border-box; }
#kg-events[hidden] { display: none; }
#kg-events h2 { font-size: 15px; margin: 4px 24px 8px 0; }
#kg-events-close { position: absolute; top: 6px; right: 8px; font-size: 18px;
  border: none; background: none; cursor: pointer; }
#kg-events ol { padding-left: 20px; margin: 0; }
#kg-events li { margin-bottom: 10px; }
#kg-events blockquote { margin: 2px 0; padding-left: 6px; border-left: 3px solid #ddd; }
.kg-ev-date { font-weight: bold; }
.kg-ev-status { font-size: 11px; padding: 0 4px; border-radius: 3px; background: #eee; }
.kg-ev-src { color: #555; font-size: 12px; word-break: break-all; }
"""

# Runs inside pyvis' drawGraph, after the DataSets are made and before the network is, so
# the changes cost no redraw. Titles are escaped HTML and vis shows a string title as plain
# text: it gets elements. Labels are escaped too; the canvas gets their text, decoded through
# a <textarea>, which never creates elements; the escaped label stays in ``e`` for the list.
_PREPARE = r"""
function kgPrepare(nodes, edges) {
  "use strict";
  var decoder = document.createElement("textarea");
  function forCanvas(item) {
    var change = {id: item.id, e: item.label};
    if (typeof item.title === "string") {
      change.title = document.createElement("div");
      change.title.innerHTML = item.title;
    }
    if (typeof item.label === "string" && item.label.indexOf("&") >= 0) {
      decoder.innerHTML = item.label;
      change.label = decoder.value;
    }
    return change;
  }
  nodes.update(nodes.get({fields: ["id", "title", "label"]}).map(forCanvas));
  edges.update(edges.get({fields: ["id", "title", "label"]}).map(forCanvas));
}
"""
_NETWORK_LINE = "network = new vis.Network(container, data, options);"

# The page's behaviour. Every string it puts into innerHTML was escaped in Python; it reads
# the globals pyvis defines (nodes, edges, network) and keeps its own state in a closure.
_SCRIPT = r"""
(function () {
  "use strict";
  var STATUS = {asserted: "已发生", intended: "意图", negated: "否定", hypothetical: "假设"};
  var MAX_LIST = 500;
  var byId = function (id) { return document.getElementById(id); };

  var allEdges = edges.get({fields: ["id", "from", "to", "ev", "pl"]});
  var allNodes = nodes.get({fields: ["id", "e", "q"]});
  var label = {}, search = {}, degree = {};  // label: escaped, for innerHTML
  allNodes.forEach(function (n) { label[n.id] = n.e; search[n.id] = n.q; degree[n.id] = 0; });

  allEdges.forEach(function (e) { degree[e.from] += 1; degree[e.to] += 1; });
  var hiddenNode = {}, hiddenEdge = {};

  function checked(name) {
    var set = {};
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (box) {
      if (box.checked) { set[box.value] = true; }
    });
    return set;
  }
  function escapeText(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/href/g, "&#104;ref");
  }
  function readFilter() {
    var types = checked("kg-type"), statuses = checked("kg-status");
    var from = byId("kg-from").value, to = byId("kg-to").value;
    var actor = escapeText(byId("kg-actor").value.trim().toLowerCase());
    var undated = byId("kg-undated").checked;
    var allTypes = document.querySelectorAll('input[name="kg-type"]:not(:checked)').length === 0;
    var allStatus = document.querySelectorAll('input[name="kg-status"]:not(:checked)').length === 0;
    return {
      types: types, statuses: statuses, from: from, to: to, actor: actor, undated: undated,
      none: allTypes && allStatus && !from && !to && !actor && undated
    };
  }
  function eventPasses(e, f) {
    if (!f.types[e.t] || !f.statuses[e.s]) { return false; }
    if (!e.d0) { return f.undated; }
    return (!f.from || e.d1 >= f.from) && (!f.to || e.d0 <= f.to);
  }
  function actorMatches(id, f) { return !f.actor || search[id].indexOf(f.actor) >= 0; }

  function applyFilter() {
    var f = readFilter();
    var showNode = {}, edgeChanges = [], nodeChanges = [], shownEvents = 0, totalEvents = 0;
    allEdges.forEach(function (edge) {
      var passing = edge.ev.filter(function (e) { return eventPasses(e, f); }).length;
      totalEvents += edge.ev.length;
      var visible = passing > 0 && (actorMatches(edge.from, f) || actorMatches(edge.to, f));
      if (visible) { showNode[edge.from] = showNode[edge.to] = true; shownEvents += passing; }
      if (!!hiddenEdge[edge.id] === visible) {
        hiddenEdge[edge.id] = !visible;
        edgeChanges.push({id: edge.id, hidden: !visible});
      }
    });
    allNodes.forEach(function (node) {
      var visible = showNode[node.id] ||
        (degree[node.id] === 0 && (f.none || (f.actor && actorMatches(node.id, f))));
      if (!!hiddenNode[node.id] === !!visible) {
        hiddenNode[node.id] = !visible;
        nodeChanges.push({id: node.id, hidden: !visible});
      }
    });
    if (edgeChanges.length) { edges.update(edgeChanges); }
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    byId("kg-count").textContent = shownEvents + " / " + totalEvents + " 事件 events";
    return f;
  }

  function eventItem(e, edge) {
    var link = e.u ? ' · <a href="' + e.u + '" target="_blank" rel="noopener noreferrer">' +
      (e.ti || e.u) + "</a>" : (e.ti ? " · " + e.ti : "");
    return '<li><div><span class="kg-ev-date">' + (e.d || "无日期 undated") + "</span> " +
      '<span class="kg-ev-status">' + (STATUS[e.s] || e.s) + "</span></div>" +
      "<div>" + label[edge.from] + " <b>" + edge.pl + "</b> " + label[edge.to] + "</div>" +
      "<blockquote>" + e.x + "</blockquote>" +
      '<div class="kg-ev-src">' + e.src + link + "</div></li>";
  }
  function showEvents(heading, edgeIds) {
    var f = readFilter(), rows = [];
    edgeIds.forEach(function (id) {
      var edge = edges.get(id, {fields: ["id", "from", "to", "ev", "pl"]});
      if (!edge || hiddenEdge[id]) { return; }
      edge.ev.forEach(function (e) { if (eventPasses(e, f)) { rows.push([e, edge]); } });
    });
    rows.sort(function (a, b) { return (a[0].d0 || "9999") < (b[0].d0 || "9999") ? -1 : 1; });
    var items = rows.slice(0, MAX_LIST).map(function (r) { return eventItem(r[0], r[1]); });
    if (rows.length > MAX_LIST) { items.push("<li>… +" + (rows.length - MAX_LIST) + "</li>"); }
    byId("kg-events-title").innerHTML = heading + " · " + rows.length + " 事件 events";
    byId("kg-events-list").innerHTML = items.join("");
    byId("kg-events").hidden = false;
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0];
      showEvents(label[id], network.getConnectedEdges(id));
    } else if (params.edges.length) {
      var edge = edges.get(params.edges[0], {fields: ["from", "to", "pl"]});
      showEvents(label[edge.from] + " → " + label[edge.to], [params.edges[0]]);
    } else {
      byId("kg-events").hidden = true;
    }
  });
  byId("kg-events-close").addEventListener("click", function () {
    byId("kg-events").hidden = true;
  });

  var timer = null;
  byId("kg-panel").addEventListener("change", applyFilter);
  byId("kg-actor").addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilter, 200);
  });
  byId("kg-reset").addEventListener("click", function () {
    document.querySelectorAll('#kg-panel input[type="checkbox"]').forEach(function (box) {
      box.checked = box.id !== "kg-physics";
    });
    ["kg-from", "kg-to", "kg-actor"].forEach(function (id) { byId(id).value = ""; });
    network.setOptions({physics: {enabled: false}});
    applyFilter();
  });
  byId("kg-physics").addEventListener("change", function (event) {
    network.setOptions({physics: {enabled: event.target.checked}});
  });
  byId("kg-fit").addEventListener("click", function () { network.fit(); });

  window.kg = {applyFilter: applyFilter, showEvents: showEvents};
  applyFilter();
})();
"""

# the finished frame's constants (see _finished_frame), after the texts they hold
_CLEANUPS = (_CDN_TAG, _EMPTY_HEADING, _COMMENTED_LINKS)
_MARKERS = ('<meta charset="utf-8">', "<body>", _NETWORK_LINE, "</body>")
_PREPARED_NETWORK_LINE = f"kgPrepare(nodes, edges);\n{_NETWORK_LINE}"
_SCRIPT_BODY_END = f"<script>{_SCRIPT}</script>\n</body>"
#: what _finish puts in place of each of _MARKERS, in their order
_INSERTIONS = (_head, _body, _prepared_network_line, _script_body_end)
#: the slots of the finished frame where each marker was, in _MARKERS' order
_HEAD, _BODY, _PREPARED, _BODY_END = (
    f"\ufdd1{name}\ufdd1" for name in ("head", "body", "prepared", "end")
)
_FINISHED_SLOTS = (*_SLOTS, _HEAD, _BODY, _PREPARED, _BODY_END)
_FINISHED_SLOT = re.compile("(" + "|".join(_FINISHED_SLOTS) + ")")
#: changed when finished frame files change meaning
_FINISHED_FORMAT = "1"
#: (the UTF-8 of the slots' first and last character)
_SLOT_EDGE = "\ufdd1".encode()
#: characters of a static part on either side of a slot that a marker can reach
_EDGE_WIDTH = max(map(len, _MARKERS))
