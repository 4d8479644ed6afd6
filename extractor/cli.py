"""Command line: `vnextract extract | eval | schema` (SPEC §7)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from extractor import batch, evaluate
from extractor.inputs import iter_inputs
from extractor.schema import write_schema

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
err = Console(stderr=True)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .htm, .jsonl), folders, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write JSONL here (default: stdout).")] = None,
    workers: Annotated[int, typer.Option("-j", "--workers", help="Parallel workers (0: all cores).")] = 0,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
) -> None:
    """Extract one record (or error record) per input, as JSON lines, in input order."""
    failures: Counter[str] = Counter()
    done = 0
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    bar = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} art/s  errors {task.fields[errors]}"),
        TimeElapsedColumn(),
        console=err,
        disable=not (progress and err.is_terminal),
    )
    try:
        with bar:
            task = bar.add_task("extract", total=None, rate=0.0, errors=0)
            for line in batch.run(iter_inputs(paths), workers or None):
                sink.write(line + "\n")
                done += 1
                code = batch.is_error(line)
                if code:
                    failures[code] += 1
                elapsed = bar.tasks[0].elapsed or 1e-9
                bar.update(task, advance=1, rate=done / elapsed, errors=sum(failures.values()))
    finally:
        if output:
            sink.close()
    summary = ", ".join(f"{code} {n}" for code, n in sorted(failures.items())) or "none"
    err.print(f"{done - sum(failures.values())} ok, {sum(failures.values())} failed ({summary})", highlight=False)
    raise typer.Exit(1 if failures else 0)


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
