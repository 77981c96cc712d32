"""Decide what each landed document needs: load, skip, or mark as a duplicate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..warehouse import connect_reader

NEW, CHANGED, UNCHANGED, DUPLICATE = "new", "changed", "unchanged", "duplicate"


@dataclass
class KnownState:
    """What the warehouse already holds, keyed for the planner."""

    seen: set[tuple[str, str]]  # (source_uri, raw_sha256) of every document ever seen
    article_by_sha: dict[str, str]  # raw_sha256 -> article_id of loaded articles
    sha_by_article: dict[str, str]  # article_id -> raw_sha256 of loaded articles

    @classmethod
    def read(cls, warehouse: Path) -> "KnownState":
        if not warehouse.exists():
            return cls(set(), {}, {})
        con = connect_reader(warehouse)
        try:
            seen = {tuple(row) for row in con.execute("select source_uri, raw_sha256 from documents").fetchall()}
            loaded = con.execute("select article_id, raw_sha256 from articles").fetchall()
        finally:
            con.close()
        return cls(seen, {sha: aid for aid, sha in loaded}, {aid: sha for aid, sha in loaded})


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
