"""Content-addressed landing zone for raw documents.

Every raw document (a fetched page, a local file handed to ingest) is stored
once under its sha256: ``<root>/<sha[:2]>/<sha>``. The same bytes always land
at the same path, so re-fetching or re-ingesting is idempotent, and a document
id derived from the hash never goes stale.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pressroom.ids import sha256_hex


def landed_path(root: Path | str, sha: str) -> Path:
    """Where the document with this sha256 lives (whether or not it exists)."""
    sha = sha.lower()
    if len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha):
        # guards against a caller passing a path or a short id by mistake
        raise ValueError(f"not a sha256 hex digest: {sha!r}")
    return Path(root) / sha[:2] / sha


def land_bytes(root: Path | str, data: bytes) -> str:
    """Store ``data`` in the landing zone and return its sha256.

    The bytes go to a temporary file in the target directory first and are
    then renamed into place: a crash never leaves half a document under a
    valid content address, and concurrent writers of the same bytes are
    harmless (the rename is atomic and the content identical).
    """
    sha = sha256_hex(data)
    target = landed_path(root, sha)
    if target.exists():
        return sha
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{sha[:8]}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    return sha


def read_landed(root: Path | str, sha: str) -> bytes:
    """The bytes stored under ``sha``; raises FileNotFoundError when absent."""
    return landed_path(root, sha).read_bytes()
