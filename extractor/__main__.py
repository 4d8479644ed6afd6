"""`python -m extractor …` is `vnextract …`."""

from extractor.cli import app

app(prog_name="vnextract")
