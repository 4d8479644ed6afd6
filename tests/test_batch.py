"""Inputs of every kind, parallel runs in input order, and the output formats chosen by suffix."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import batch
from extractor.cli import app
from extractor.inputs import count_inputs, iter_inputs, read_ids
from extractor.outputs import guess_format

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"
runner = CliRunner()


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder with a plain page, a gzipped page in a subfolder, a JSONL.gz archive and a stray file."""
    texts = seed_texts()
    (tmp_path / "a.txt").write_text(texts[0], encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt.gz").write_bytes(gzip.compress(texts[1].encode("utf-8")))
    lines = [json.dumps({"id": f"{n}", "source": f"arch/{n}.txt", "text": t}) for n, t in enumerate(texts[2:], 7)]
    (tmp_path / "sub" / "c.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    return tmp_path


def test_folder_is_read_recursively_with_gzip_and_archives(tree: Path) -> None:
    sources = [i.source for i in iter_inputs([str(tree)])]
    assert sources == [str(tree / "a.txt"), str(tree / "sub" / "b.txt.gz"), "arch/7.txt", "arch/8.txt", "arch/9.txt"]
    assert count_inputs([str(tree)]) == 5
    assert all(i.data for i in iter_inputs([str(tree)]))


def test_ids_keep_listed_archive_lines_and_file_stems(tree: Path, tmp_path: Path) -> None:
    ids_file = tmp_path / "ids.txt"
    ids_file.write_text("# chosen\n8\na\n\n", encoding="utf-8")
    ids = read_ids(ids_file)
    assert ids == {"8", "a"}
    assert [i.source for i in iter_inputs([str(tree)], ids)] == [str(tree / "a.txt"), "arch/8.txt"]
    assert count_inputs([str(tree)], ids) == 2


def test_warc_responses_are_inputs(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n, (mime, body) in enumerate([("text/html; charset=utf-8", seed_texts()[0]), ("image/png", "x")]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", mime)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"http://example.org/{n}", "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    items = list(iter_inputs([str(path)]))
    assert [i.source for i in items] == ["http://example.org/0"]
    assert items[0].data == seed_texts()[0].encode()


def test_parallel_run_keeps_input_order(tree: Path) -> None:
    serial = list(batch.run(iter_inputs([str(tree)]), 1))
    parallel = list(batch.run(iter_inputs([str(tree)]), 2))
    assert parallel == serial
    assert [json.loads(line)["source"] for line in parallel][-1] == "arch/9.txt"


def test_stdin_is_one_page() -> None:
    result = runner.invoke(app, ["extract", "-", "-j", "1"], input=seed_texts()[0])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["source"] == "<stdin>" and record["status"] == "ok"


def test_missing_input_is_an_error_line_and_exit_status(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(SEEDS / "seed-000.txt"), str(tmp_path / "gone.txt"), "-o", str(out)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["status"] for r in lines] == ["ok", "error"]


@pytest.mark.parametrize(
    ("output", "fmt", "expected"),
    [
        (None, None, "jsonl"),
        ("x.parquet", None, "parquet"),
        ("x.sqlite", None, "sqlite"),
        ("postgresql://u@h/db", None, "postgresql"),
        ("x.out", "parquet", "parquet"),
    ],
)
def test_format_from_suffix_or_option(output: str | None, fmt: str | None, expected: str) -> None:
    assert guess_format(output, fmt) == expected


def test_parquet_output_has_one_row_per_input(tree: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "records.parquet"
    result = runner.invoke(app, ["extract", str(tree), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    table = pq.read_table(out)
    assert table.num_rows == 5
    assert table.column("source").to_pylist()[-1] == "arch/9.txt"
    assert set(table.column("status").to_pylist()) == {"ok"}


def test_parquet_refuses_resume(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(tmp_path / "x.parquet"), "--resume"])
    assert result.exit_code == 2
