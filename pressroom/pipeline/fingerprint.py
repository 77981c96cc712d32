"""A fingerprint of the code and suites that shape a batch's output.

Batch folders are named by their content and by this fingerprint, so a batch
finished by a killed run is reused only if the same code would produce it
again; after an upgrade the work is redone instead of loading stale output.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from ..resources import project_dir

_PACKAGE = Path(__file__).resolve().parent.parent
# what decides the rows a batch produces; the orchestration around it does not
_SHAPING = ("clean", "html", "extract", "ingest", "model.py", "tables.py", "ids.py", "validate.py", "pipeline/pages.py")


@functools.cache
def code_fingerprint() -> str:
    """sha256 over the source files that turn raw bytes into validated rows."""
    digest = hashlib.sha256()
    files: list[Path] = []
    for name in _SHAPING:
        path = _PACKAGE / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    try:
        files.extend(sorted(project_dir("expectations").glob("*.json")))
    except FileNotFoundError:
        pass
    for path in files:
        digest.update(str(path.relative_to(path.parents[1])).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
