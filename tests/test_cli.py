"""The kg command as a user runs it: outputs, summaries, exit statuses and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import cli
from kg.pipeline import OUTPUTS

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_build_writes_the_five_outputs(built) -> None:
    out, output = built
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0, name
    assert "articles read     2" in output
    assert "articles skipped  0" in output
    assert "SANCTION" in output
    assert not list(out.glob("*.tmp"))


def test_build_events_jsonl_follow_guidelines(built) -> None:
    out, _ = built
    records = [json.loads(line) for line in (out / "events.jsonl").read_text("utf-8").splitlines()]
    events = [r for r in records if r["event_type"] != "ROLE"]
    assert events and all(
        {"subject", "object", "event_type", "status", "source", "sentence"} <= r.keys()
        for r in events
    )
    assert all({"label", "mention", "type"} <= r["subject"].keys() for r in events)
    assert any(r["event_type"] == "ROLE" for r in records)


def test_build_is_stable_across_runs(built, tmp_path) -> None:
    import rdflib
    from rdflib.compare import isomorphic

    out, _ = built
    again = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path)])
    assert again.exit_code == 0, again.output
    first = rdflib.Graph().parse(out / "graph.ttl")
    second = rdflib.Graph().parse(tmp_path / "graph.ttl")
    assert isomorphic(first, second)


def test_extract_jsonl_on_stdout() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEEDS / "004_3a6c66ea2a701dcc.txt")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["event_type"] == "SANCTION" and r["object"]["label"] == "朝鲜" for r in records)
    assert all(r["source"].endswith("004_3a6c66ea2a701dcc.txt") for r in records)


def test_extract_table() -> None:
    result = CliRunner().invoke(cli, ["extract", str(SEEDS), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split("\t")[:3] == ["date", "subject", "type"]


def test_eval_on_seeds_meets_the_pipeline_target() -> None:
    result = CliRunner().invoke(
        cli, ["eval", str(ROOT / "eval" / "seeds.gold.jsonl"), "--articles", str(SEEDS)]
    )
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("events "))
    f1 = float(line.split("F1")[1].split()[0])
    assert f1 >= 0.60


def test_query_saved_and_formats(built) -> None:
    out, _ = built
    graph = str(out / "graph.ttl")
    result = CliRunner().invoke(
        cli, ["query", "who-sanctions-whom", "-g", graph, "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert "朝鲜" in result.output
    result = CliRunner().invoke(
        cli,
        ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "-g", graph, "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    assert int(json.loads(result.output)["results"]["bindings"][0]["n"]["value"]) > 100


def test_query_syntax_error_is_one_line(built) -> None:
    out, _ = built
    result = CliRunner().invoke(cli, ["query", "SELEC ?x WHERE {", "-g", str(out / "graph.ttl")])
    assert result.exit_code == 1
    assert result.output.startswith("Error: query text: syntax error at line 1")
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


# -- bad input ---------------------------------------------------------------------------------


def _build(tmp_path: Path, *paths: str):
    return CliRunner().invoke(cli, ["build", *paths, "-o", str(tmp_path / "out")])


def test_missing_path_is_reported_and_batch_goes_on(tmp_path) -> None:
    result = _build(tmp_path, str(tmp_path / "nope"), str(SEEDS))
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope'}: no such file or directory" in result.output
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_only_bad_input_writes_nothing(tmp_path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = _build(tmp_path, str(empty))
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "binary file"),
        ("broken.md", "---\ntitle: [unclosed\n---\n美国制裁朝鲜。".encode(), "broken front matter"),
    ],
)
def test_bad_file_is_one_line_and_others_are_read(tmp_path, name, content, reason) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(content)
    (folder / "good.txt").write_text("欧盟宣布制裁俄罗斯。", encoding="utf-8")
    result = _build(tmp_path, str(folder))
    assert result.exit_code == 1, result.output
    assert "articles read     1" in result.output
    line = next(x for x in result.output.splitlines() if name in x)
    assert reason in line
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("encoding", "text"), [("gb18030", "欧盟宣布制裁俄罗斯。"), ("big5", "歐盟宣布制裁俄羅斯。")]
)
def test_legacy_encodings_are_read(tmp_path, encoding, text) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(text.encode(encoding))
    result = CliRunner().invoke(cli, ["extract", str(folder), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "SANCTION" in result.output


def test_usage_error_exits_2() -> None:
    assert CliRunner().invoke(cli, ["build"]).exit_code == 2
    assert CliRunner().invoke(cli, ["extract", "x", "--format", "xml"]).exit_code == 2


def test_version_and_examples_in_help() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert __version__ in result.output
    for command in cli.commands:
        help_text = CliRunner().invoke(cli, [command, "--help"]).output
        assert "Example:" in help_text, command


def test_eval_all_gold_sets_in_one_run() -> None:
    golds = sorted(str(p) for p in (ROOT / "eval").glob("*.gold.jsonl"))
    result = CliRunner().invoke(cli, ["eval", *golds])
    assert result.exit_code == 0, result.output
    assert result.output.count("== ") == len(golds) + 1
    assert "== all gold sets" in result.output


@pytest.mark.parametrize("make", ["missing", "empty_folder"])
def test_nothing_readable_names_the_path_and_reason(tmp_path, make) -> None:
    target = tmp_path / "in"
    reason = "no such file or directory"
    if make == "empty_folder":
        target.mkdir()
        reason = "no article files"
    result = CliRunner().invoke(cli, ["build", str(target), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert f"Error: {target}: {reason}" in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_eval_against_scores_a_second_annotation(tmp_path) -> None:
    """--against measures agreement: the gold against itself is perfect, a thinner copy not."""
    gold = ROOT / "eval" / "seeds.gold.jsonl"
    same = CliRunner().invoke(cli, ["eval", str(gold), "--against", str(gold)])
    assert same.exit_code == 0, same.output
    assert "events  P 1.000  R 1.000  F1 1.000" in same.output
    articles = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    dropped = articles[0]["events"].pop(0)
    thinner = tmp_path / "second.gold.jsonl"
    thinner.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles))
    result = CliRunner().invoke(cli, ["eval", str(gold), "--against", str(thinner), "--show"])
    assert result.exit_code == 0, result.output
    strict = next(line for line in result.output.splitlines() if line.startswith("strict"))
    assert "P 1.000" in strict and "R 1.000" not in strict  # its status is no longer there
    assert dropped["evidence"][:10] in result.output  # the missed event is listed


def test_eval_against_takes_one_gold_file() -> None:
    gold = str(ROOT / "eval" / "seeds.gold.jsonl")
    result = CliRunner().invoke(cli, ["eval", gold, gold, "--against", gold])
    assert result.exit_code == 2
    assert "--against compares one gold file" in result.output


def _kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """kg as a user runs it: the console entry point in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def _kg_together(*commands: list[str]) -> list[subprocess.CompletedProcess]:
    """:func:`_kg` for independent commands, run at once: the test waits for the slowest."""
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "kg", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for args in commands
    ]
    finished = []
    for process in started:
        stdout, stderr = process.communicate(timeout=300)
        finished.append(
            subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
        )
    return finished


def test_the_command_ends_with_its_output_flushed_and_its_exit_status(tmp_path) -> None:
    """kg build and kg extract end without Python's teardown (cli.main): every line they
    printed must still arrive, with the exit statuses 0, 1 and 2."""
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    good, skipped, usage, extracted = _kg_together(
        ["build", str(SEEDS), "-o", str(tmp_path / "out")],
        ["build", str(SEEDS), str(tmp_path / "bad.txt"), "-o", str(tmp_path / "o2")],
        ["build", "--no-such-option"],
        ["extract", str(SEEDS)],
    )
    assert good.returncode == 0, good.stderr
    assert good.stdout.splitlines()[-5:] == [f"wrote {tmp_path / 'out' / n}" for n in OUTPUTS]
    assert skipped.returncode == 1
    assert f"{tmp_path / 'bad.txt'}: binary file, not text" in skipped.stdout
    assert usage.returncode == 2
    assert extracted.returncode == 0
    records = [json.loads(line) for line in extracted.stdout.splitlines()]
    assert len(records) == len((tmp_path / "out" / "events.jsonl").read_text().splitlines())


def test_a_build_imports_neither_rdflib_nor_ipython(tmp_path) -> None:
    """A build writes N-Triples text and renders pyvis' template itself: importing rdflib or
    pyvis' Network (which imports IPython) would cost it 0.1 s for nothing."""
    script = (
        "import sys\nfrom kg.pipeline import build\n"
        f"build([{str(SEEDS)!r}], {str(tmp_path)!r})\n"
        "print(sorted(m for m in ('rdflib', 'IPython', 'pyvis.network') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("given, expected", [(None, "1"), ("4", "4")])
def test_the_command_gives_openblas_one_thread_unless_told(monkeypatch, given, expected) -> None:
    """kg's numpy work calls no BLAS routine: one OpenBLAS thread saves its start-up, and a
    user's own setting wins."""
    import kg.cli

    if given is None:
        monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OPENBLAS_NUM_THREADS", given)
    monkeypatch.setattr(sys, "argv", ["kg", "--version"])
    with pytest.raises(SystemExit):
        kg.cli.main()
    assert os.environ["OPENBLAS_NUM_THREADS"] == expected
