"""Past one process: --workers (a fork pool), --dask (a real LocalCluster), --push (a real
Oxigraph server speaking the SPARQL 1.1 Graph Store Protocol). Each must give the graph a
single-process build gives."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.exceptions import InputError, KgError, OutputError
from kg.pipeline import OUTPUTS, build
from kg.push import PushError
from kg.query import open_graph, resolve_query, run_query
from kg.workers import Extractor, forked

ROOT = Path(__file__).resolve().parents[1]

MINI = {
    "a.md": "---\ntitle: 甲\ndate: 2025-11-05\n---\n"
    "美国财政部11月4日对朝鲜实施制裁。朝鲜外交部11月5日谴责美国。\n",
    "b.md": "---\ntitle: 乙\ndate: 2025-11-06\n---\n美国财政部11月4日宣布对朝鲜实施制裁。\n",
    "c.md": "---\ntitle: 丙\ndate: 2025-11-07\n---\n"
    "俄罗斯总统普京11月6日会见了朝鲜领导人金正恩。\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds, the development articles and three short ones."""
    folder = tmp_path_factory.mktemp("corpus")
    for source in (ROOT / "seeds", ROOT / "eval" / "dev"):
        for path in sorted(source.iterdir()):
            shutil.copy(path, folder / path.name)
    for name, text in MINI.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single")
    build([corpus], out)
    return out


def _same_outputs(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_two_workers_give_the_same_files_as_one(corpus, single, tmp_path):
    result = build([corpus], tmp_path, workers=2)
    assert result.extracted == len(list(corpus.iterdir()))
    _same_outputs(single, tmp_path)


def test_kg_build_workers_on_the_command_line(corpus, single, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    _same_outputs(single, tmp_path)


def test_an_error_in_a_worker_reaches_the_parent(tmp_path):
    with Extractor(workers=2) as extractor:
        wait = extractor.submit(int, "not a number")
        with pytest.raises(ValueError, match="not a number"):
            wait()
        assert extractor.submit(sum, [1, 2])() == 3  # and the pool goes on


def _where(label: str, parallel: bool) -> tuple[str, int, bool, int]:
    """Which process drew (and the process a forked child of it gives)."""
    return label, os.getpid(), parallel, forked(os.getpid)()


def _fail(label: str, parallel: bool) -> None:
    raise OutputError(f"cannot write {label}", path="/nowhere/graph.html")


def _children() -> set[str]:
    """This process' living children (Linux; empty elsewhere)."""
    listing = Path(f"/proc/self/task/{os.getpid()}/children")
    return set(listing.read_text().split()) if listing.exists() else set()


def test_a_parallel_build_draws_in_a_process_of_its_own_that_may_fork():
    with Extractor(workers=2, outputs=True) as extractor:
        label, pid, parallel, child = extractor.draw(_where, "page")()
        assert extractor.draw(_where, "again")()[1] == os.getpid()  # it draws once, then here
    assert (label, parallel) == ("page", True)
    assert len({pid, child, os.getpid()}) == 3
    with Extractor(workers=1, outputs=True) as extractor:  # one process: here, no fork asked
        assert extractor.draw(_where, "page")()[:3] == ("page", os.getpid(), False)


def test_one_process_extraction_collects_young_objects_less_often_and_restores():
    import gc

    from kg import workers

    before = gc.get_threshold()
    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))
    with Extractor(workers=1) as extractor:
        results = list(extractor.map([str(seed)]))
        assert gc.get_threshold() == (workers._YOUNG_OBJECTS, *before[1:])
    assert gc.get_threshold() == before and len(results) == 1


def test_what_is_loaded_and_extracted_is_frozen_until_the_end():
    """Loading runs with no collection and is frozen before the collector runs again; so
    are the output modules and, once every result is in, what extraction left. The end
    hands everything back to the collector."""
    import gc

    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))
    frozen_before = gc.get_freeze_count()
    with Extractor(workers=1, outputs=True) as extractor:
        results = extractor.map([str(seed)])
        assert gc.isenabled() and gc.get_freeze_count() > frozen_before
        loaded = gc.get_freeze_count()
        extractor.warm_up_outputs()
        assert gc.isenabled() and gc.get_freeze_count() >= loaded
        assert len(list(results)) == 1
        made = [object()]  # an object of extraction: frozen by extracted()
        assert gc.is_tracked(made) and any(o is made for o in gc.get_objects())
        extractor.extracted()
        assert not any(o is made for o in gc.get_objects())
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert any(o is made for o in gc.get_objects())


def test_extracting_here_collects_as_a_one_process_build_and_restores():
    import gc

    from kg import workers

    before = gc.get_threshold()
    with workers.extraction_here():
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert gc.get_threshold() == (workers._YOUNG_OBJECTS, *before[1:])
    assert gc.isenabled() and gc.get_freeze_count() == 0 and gc.get_threshold() == before
    gc.disable()  # a caller that turned the collector off finds it off
    try:
        with workers.extraction_here():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_the_drawing_process_reaches_the_parent():
    with Extractor(workers=2, outputs=True) as extractor:
        wait = extractor.draw(_fail, "graph.html")
        with pytest.raises(OutputError, match="cannot write graph.html") as caught:
            wait()
        assert caught.value.path == "/nowhere/graph.html"
    with pytest.raises(ZeroDivisionError):
        forked(divmod, 1, 0)()


def test_a_parallel_build_that_fails_leaves_no_process_behind(tmp_path):
    before = _children()
    (tmp_path / "empty.txt").write_bytes(b"")  # nothing to read: the build fails
    with pytest.raises(InputError):
        build([tmp_path], tmp_path / "out", workers=2)
    assert _children() == before  # the workers and the drawing process, ended and reaped
    with Extractor(workers=2, outputs=True):
        pass  # a drawing process given nothing to draw ends as well
    assert _children() == before


def _draw_for_long(path: str, parallel: bool) -> None:
    from kg import workers

    child = forked(time.sleep, 60)
    Path(path + ".tmp").write_text(f"{os.getpid()} {max(workers._FORKED)}")
    os.replace(path + ".tmp", path)  # whole when the test sees it
    time.sleep(60)
    child()


def _alive(pid: str) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_build_that_fails_while_drawing_ends_the_drawing_process_and_its_child(tmp_path):
    pids = tmp_path / "pids"
    with pytest.raises(RuntimeError), Extractor(workers=2, outputs=True) as extractor:
        extractor.draw(_draw_for_long, str(pids))
        deadline = time.monotonic() + 60
        while not pids.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        raise RuntimeError("the build failed")
    drawing, child = pids.read_text().split()
    assert not _alive(drawing) and not _alive(child)


def test_dask_on_an_existing_local_cluster_gives_the_same_graph(corpus, single, tmp_path):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        workers = client.run(os.getpid)
        assert len(set(workers.values()) - {os.getpid()}) == 2  # two real worker processes
        build([corpus], tmp_path, dask=cluster.scheduler_address)
        done = client.run(lambda dask_worker: len(dask_worker.state.tasks) + 0)  # noqa: ARG005
        assert sum(1 for n in done.values() if n >= 0) == 2
    _same_outputs(single, tmp_path)


def test_kg_build_dask_local(corpus, single, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path)]
        + ["--dask", "local", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    _same_outputs(single, tmp_path)


def test_an_unreachable_dask_scheduler_is_a_clear_error(corpus, tmp_path):
    """Given up on after --dask-timeout (1 s here, not the default 10 s: a refused connection
    is retried until then, and the error is the same whatever the wait)."""
    port = _free_port()
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path)]
        + ["--dask", f"tcp://127.0.0.1:{port}", "--dask-timeout", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"
    )
    assert lines[0].endswith(" after 1 s"), lines[0]  # the wait asked for, not the default


def test_a_dask_timeout_that_is_not_positive_is_refused(corpus, tmp_path):
    with pytest.raises(KgError, match="--dask-timeout must be a positive number"):
        build([corpus], tmp_path, dask="tcp://127.0.0.1:1", dask_timeout=0)


# --------------------------------------------------------------------------- --push


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real `oxigraph serve` on a free port of 127.0.0.1; yields its base URL."""
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    assert Path(binary).exists(), (
        "the oxigraph server is in the test extras: pip install -e '.[test]'"
    )
    port = _free_port()
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(process.stderr.read().decode()) from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _remote(base: str, sparql: str) -> list[dict]:
    request = urllib.request.Request(
        base + "/query",
        data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.load(response)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


_EVENTS = (
    "PREFIX kgo: <https://w3id.org/kg-events/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n)"
    " (COUNT(DISTINCT ?r) AS ?r2) WHERE { ?e a kgo:Event ; kgo:report ?r }"
)
_GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _remote_counts(base: str) -> tuple[int, int]:
    row = _remote(base, _EVENTS)[0]
    return int(row["n"]), int(row["r2"])


def test_push_fills_a_real_oxigraph_server(corpus, oxigraph_server, tmp_path):
    url = oxigraph_server + "/store"
    result = build([corpus], tmp_path / "out", push=url)
    assert result.pushed.startswith(url)
    assert _remote_counts(oxigraph_server) == (result.counts["events"], result.counts["reports"])
    graphs = {row["g"]: int(row["n"]) for row in _remote(oxigraph_server, _GRAPHS)}
    assert len(graphs) == len(list(corpus.iterdir())) + 1  # one per article, and the ontology
    again = build([corpus], tmp_path / "out", push=url)  # replaced, not added
    assert _remote_counts(oxigraph_server) == (again.counts["events"], again.counts["reports"])
    assert {row["g"]: int(row["n"]) for row in _remote(oxigraph_server, _GRAPHS)} == graphs


def test_push_from_a_store_sends_only_what_changed(corpus, oxigraph_server, tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(corpus, folder)
    store, url = tmp_path / "store", oxigraph_server + "/store"
    first = build([folder], None, store=store, push=url)
    articles = len(list(folder.iterdir()))
    assert f"{articles} article graphs sent, 0 removed" in first.pushed
    assert build([folder], None, store=store, push=url).pushed.endswith("(already up to date)")
    (folder / "c.md").write_text(
        "---\ndate: 2025-11-07\n---\n俄罗斯11月6日谴责美国。\n", encoding="utf-8"
    )
    (folder / "b.md").unlink()
    changed = build([folder], None, store=store, push=url)
    assert "1 article graphs sent, 1 removed" in changed.pushed
    assert _remote_counts(oxigraph_server) == (
        changed.counts["events"],
        changed.counts["reports"],
    )
    assert len(_remote(oxigraph_server, _GRAPHS)) == articles - 1 + 1
    condemned = _remote(
        oxigraph_server,
        "PREFIX kgo: <https://w3id.org/kg-events/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
        ' SELECT ?t WHERE { ?r kgo:condemns ?t ; rdfs:label "俄罗斯"@zh }',
    )
    assert len(condemned) == 1
    # the pairs of names of the conflict events went with their article graphs: the server
    # ranks the conflict pairs as the store does (the ontology's prefixes are in the query)
    ranking = resolve_query("conflict-pairs", {"limit": "0"})
    with open_graph(store) as source:
        local = [[str(term) for term in row[:5]] for row in run_query(source, ranking).rows]
    remote = [
        [row[c] for c in ("actor_a", "actor_b", "events", "a_to_b", "b_to_a")]
        for row in _remote(oxigraph_server, ranking)
    ]
    assert remote == local and local


def test_push_to_nowhere_is_a_clear_error(corpus, tmp_path):
    url = f"http://127.0.0.1:{_free_port()}/store"
    with pytest.raises(PushError, match=f"cannot reach {url}"):
        build([corpus], tmp_path, push=url)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "build",
            str(corpus),
            "-o",
            str(tmp_path),
            "--push",
            "ftp://x",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("Error: --push needs the http(s) URL")


def test_an_organs_label_does_not_depend_on_which_article_a_process_read_first():
    """Workers read articles in any order: 朝鲜外务省 and 朝鲜外交部 are one actor (PRK_MFA)
    with one label, whatever a process composed first."""
    from kg.gazetteer import load_gazetteer

    seen = set()
    for first, second in (("外务省", "外交部"), ("外交部", "外务省")):
        gaz = load_gazetteer.__wrapped__()  # a fresh gazetteer, as in a new worker
        country = gaz.actors["PRK"]
        for suffix in (first, second):
            actor = gaz.compose(country, gaz.institutions[suffix])
            seen.add((actor.key, actor.label))
    assert len(seen) == 1


def test_an_organs_english_name_and_type_do_not_depend_on_read_order():
    """反对党支持者 and 反对党 are both VEN_OPPOSITION: one English name whichever came first."""
    from kg.gazetteer import load_gazetteer

    seen = set()
    for order in (("反对党支持者", "反对党"), ("反对党", "反对党支持者")):
        gaz = load_gazetteer.__wrapped__()
        for suffix in order:
            actor = gaz.compose(gaz.actors["VEN"], gaz.institutions[suffix])
        seen.add((actor.key, actor.label, actor.label_en, actor.type))
    assert len(seen) == 1
