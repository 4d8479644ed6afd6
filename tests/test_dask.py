"""The Dask engine on a LocalCluster writes exactly what a local run writes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed")

from extractor import batch
from extractor.inputs import iter_inputs

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "seeds"


def test_dask_local_cluster_matches_local_run(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")  # an error record must come through the cluster too
    paths = [str(SEEDS), missing, str(SEEDS / "seed-002.txt")]
    local = list(batch.run(iter_inputs(paths), 1))
    clustered = list(batch.run(iter_inputs(paths), 2, engine="dask"))
    assert clustered == local
    assert len(local) == 7
