"""Decide what each landed document needs: load, skip, or mark as a duplicate."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from ..warehouse import connect_reader

NEW, CHANGED, UNCHANGED, DUPLICATE = "new", "changed", "unchanged", "duplicate"


def to_load(manifest: pl.DataFrame) -> pl.DataFrame:
    """The manifest's documents this run cleans, extracts and loads: the new and the changed."""
    return manifest.filter(pl.col("status").is_in([NEW, CHANGED]))


@dataclass
class KnownState:
    """What the warehouse already holds, keyed for the planner."""

    seen: set[tuple[str, str]]  # (source_uri, raw_sha256) of every document ever seen
    article_by_sha: dict[str, str]  # raw_sha256 -> article_id of loaded articles
    sha_by_article: dict[str, str]  # article_id -> raw_sha256 of loaded articles
    # source_uri -> (size_bytes, mtime_ns, raw_sha256) of input files as last read
    files: dict[str, tuple[int, int, str]] = field(default_factory=dict)

    @classmethod
    def read(cls, warehouse: Path, files: bool = True) -> "KnownState":
        """What ``warehouse`` holds; ``files=False`` leaves out the input files' stats (a ``--rehash`` run)."""
        if not warehouse.exists():
            return cls(set(), {}, {})
        con = connect_reader(warehouse)
        try:
            seen = {tuple(row) for row in con.execute("select source_uri, raw_sha256 from documents").fetchall()}
            loaded = con.execute("select article_id, raw_sha256 from articles").fetchall()
            stats = con.execute("select source_uri, size_bytes, mtime_ns, raw_sha256 from input_files").fetchall() if (
                files and _has_table(con, "input_files")) else []
        finally:
            con.close()
        return cls(seen, {sha: aid for aid, sha in loaded}, {aid: sha for aid, sha in loaded},
                   {uri: (size, mtime, sha) for uri, size, mtime, sha in stats})

    def unchanged_file(self, uri: str, size: int, mtime_ns: int) -> str | None:
        """The sha256 of a file known to be unchanged by its stat alone, else None.

        The file must have the size and modification time it had when a run
        read it, and that run's (source, sha256) must be in the warehouse.
        """
        known = self.files.get(uri)
        if known is None or known[0] != size or known[1] != mtime_ns or (uri, known[2]) not in self.seen:
            return None
        return known[2]


def _has_table(con, name: str) -> bool:
    # a warehouse not yet migrated to version 5 (read-only here: the next load migrates it)
    return con.execute("select count(*) from information_schema.tables where table_name = ?", [name]).fetchall()[0][0] > 0


def classify(source_uri: str, sha: str, article_id: str, state: KnownState) -> tuple[str, str | None]:
    """Return ``(status, duplicate_of)`` for one landed document and remember it.

    Identity is the source: the same source with new bytes replaces its
    article. The same bytes under another source are a duplicate of the
    article that has them.
    """
    if (source_uri, sha) in state.seen:
        return UNCHANGED, None
    owner = state.article_by_sha.get(sha)
    if owner is not None and owner != article_id:
        return DUPLICATE, owner
    status = CHANGED if article_id in state.sha_by_article else NEW
    state.seen.add((source_uri, sha))
    state.article_by_sha[sha] = article_id
    return status, None
