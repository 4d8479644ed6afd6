"""Command line: `vnextract extract | load | eval | schema` (SPEC §7)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from extractor import batch, evaluate, outputs
from extractor.inputs import count_inputs, iter_inputs, read_ids
from extractor.schema import write_schema

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .htm, .jsonl, .warc, any + .gz), folders, or - for stdin.")
    ],
    output: Annotated[
        str | None, typer.Option("-o", "--output", help="File (.jsonl, .parquet, .sqlite) or database URL.")
    ] = None,
    workers: Annotated[int, typer.Option("-j", "--workers", help="Parallel workers (0: all cores).")] = 0,
    fmt: Annotated[
        str | None, typer.Option("--format", help="jsonl, parquet, sqlite or postgresql (default: from -o).")
    ] = None,
    resume: Annotated[bool, typer.Option(help="Skip inputs already in the output and append the rest.")] = False,
    ids: Annotated[
        Path | None, typer.Option("--ids", help="Keep only inputs whose archive id or file stem is listed here.")
    ] = None,
    engine: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (default: a LocalCluster of -j workers).")
    ] = None,
    progress: Annotated[
        bool | None, typer.Option(help="Progress bar on stderr (default: when stderr is a terminal).")
    ] = None,
) -> None:
    """Extract one record (or error record) per input, in input order."""
    try:
        kind = outputs.guess_format(output, fmt)
        sink, done = outputs.open_sink(output, kind, resume=resume)
    except ValueError as error:
        err.print(f"error: {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from error
    wanted = read_ids(ids) if ids else None
    total = count_inputs(paths, wanted)
    if total is not None:
        total = max(0, total - sum(done.values()))
    failures: Counter[str] = Counter()
    written = 0
    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} art/s  errors {task.fields[errors]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=not (err.is_terminal if progress is None else progress),
    )
    inputs = batch.skip_done(iter_inputs(paths, wanted), done)
    try:
        with bar:
            task = bar.add_task("extract", total=total, rate=0.0, errors=0)
            for line in batch.run(inputs, workers or None, engine=engine, scheduler=scheduler):
                sink.write(line)
                written += 1
                code = batch.is_error(line)
                if code:
                    failures[code] += 1
                elapsed = bar.tasks[0].elapsed or 1e-9
                bar.update(task, advance=1, rate=written / elapsed, errors=sum(failures.values()))
    finally:
        sink.close()
    summary = ", ".join(f"{code} {n}" for code, n in sorted(failures.items())) or "none"
    skipped = f", {sum(done.values())} already done" if resume else ""
    err.print(
        f"{written - sum(failures.values())} ok, {sum(failures.values())} failed ({summary}){skipped}",
        highlight=False,
        soft_wrap=True,
    )
    raise typer.Exit(1 if failures else 0)


@app.command()
def load(
    records: Annotated[list[Path], typer.Argument(help="JSONL written by `vnextract extract`.")],
    db: Annotated[
        str, typer.Option("--db", help="Database URL (sqlite:///x.sqlite, postgresql://...) or .sqlite path.")
    ],
) -> None:
    """Load records into the database tables; loading the same records again changes nothing."""
    from extractor.store import Store

    store = Store(db)
    try:
        for path in records:
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        store.write(line)
        store.flush()
        counts = store.counts()
    finally:
        store.close()
    err.print(", ".join(f"{name} {n}" for name, n in counts.items()), highlight=False, soft_wrap=True)


@app.command("eval")
def evaluate_command(
    records: Annotated[Path, typer.Argument(help="JSONL written by `vnextract extract`.")],
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold JSON files.")],
    details: Annotated[bool, typer.Option(help="List every miss.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Per-field precision, recall and F1 against hand-checked gold files (SPEC §8)."""
    scores = evaluate.score(evaluate.load_records(records), evaluate.load_gold(gold))
    if as_json:
        fields = {f: {"accuracy": scores.accuracy(f)} for f in evaluate.EXACT_FIELDS}
        fields |= {f: dict(zip(("precision", "recall", "f1"), scores.prf(f), strict=True)) for f in evaluate.SET_FIELDS}
        print(json.dumps({"articles": scores.articles, "missing": scores.missing, "fields": fields}, indent=1))
        return
    if details:
        for name, misses in scores.misses.items():
            for miss in misses:
                print(f"{name}\t{miss}")
    print(scores.table())


@app.command()
def schema(
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the schema.")] = Path(
        "schemas/record.schema.json"
    ),
) -> None:
    """Write the JSON Schema of records and error records, generated from the Pydantic models."""
    write_schema(output)
    err.print(f"wrote {output}")
