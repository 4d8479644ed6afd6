"""The one exception the pipeline raises on purpose: an input it cannot read."""

from __future__ import annotations

from extractor.models import ErrorCode


class ExtractionError(Exception):
    """An input that yields an error record (SPEC §6) rather than a record."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message
