"""Where a warehouse keeps its landing zone and staging files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Layout:
    """Paths beside one warehouse file."""

    warehouse: Path

    @property
    def root(self) -> Path:
        return self.warehouse.parent

    @property
    def landing(self) -> Path:
        return self.root / "landing"

    @property
    def staging(self) -> Path:
        return self.root / "staging"

    def run_dir(self, run_id: str) -> Path:
        return self.staging / "runs" / run_id

    def batch_dir(self, key: str) -> Path:
        return self.staging / "batches" / key

    @property
    def remote_staging(self) -> Path:
        """Where batches travel to and from Dask workers when no shared location is given."""
        return self.staging / "remote"
