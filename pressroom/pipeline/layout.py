"""Where a warehouse keeps its landing zone and staging files."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


def new_run_id() -> str:
    """A run's id, which names its staging folder: its UTC start time, sortable, and a random suffix."""
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


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

    def clear_local_staging(self) -> None:
        """Remove every run and batch folder. Called after a load with the
        write lock held: no other run can be using them, so what is left is
        from runs that were killed (their finished batches were reused by
        now, or belong to inputs this run did not see and will be redone)."""
        for folder in (self.staging / "runs", self.staging / "batches"):
            shutil.rmtree(folder, ignore_errors=True)
