"""Build the SQL models in ``sql/models``: staging views first, then marts.

Each file holds one ``select``; the model is a view named after the file, so
models always reflect the tables they read and cost nothing to rebuild. A
model may read other models by name (``from stg_quotes``): it is built after
them. Files in ``sql/models/checks`` are queries that must return no rows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import duckdb

from .resources import project_dir

LAYERS = ("staging", "marts")

_READS = re.compile(r"\b(?:from|join)\s+([a-z_][a-z0-9_]*)", re.I)
_CTE = re.compile(r"\b([a-z_][a-z0-9_]*)\s+as\s*\(", re.I)


def model_files() -> list[Path]:
    """Every model file, each after the models it reads; otherwise staging
    before marts and alphabetical within a layer."""
    root = project_dir("sql") / "models"
    files = [path for layer in LAYERS for path in sorted((root / layer).glob("*.sql"))]
    by_name = {path.stem: path for path in files}
    ordered: list[Path] = []
    state: dict[str, str] = {}  # name -> "visiting" or "done"

    def visit(name: str, chain: tuple[str, ...]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            raise ValueError(f"SQL models read each other in a cycle: {' -> '.join(chain + (name,))}")
        state[name] = "visiting"
        for read in models_read(by_name[name].read_text(encoding="utf-8"), by_name):
            visit(read, chain + (name,))
        state[name] = "done"
        ordered.append(by_name[name])

    for path in files:
        visit(path.stem, ())
    return ordered


def models_read(sql: str, models: Iterable[str]) -> list[str]:
    """The names in ``models`` that ``sql`` selects from or joins; comments
    and the query's own CTEs (``speakers as (…)``) left out."""
    sql = re.sub(r"--[^\n]*", "", sql)
    ctes = {name.lower() for name in _CTE.findall(sql)}
    return sorted({name.lower() for name in _READS.findall(sql)} & set(models) - ctes)


def build_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Create or replace the view of every model file that changed; return the model names.

    Each view's comment holds a hash of its file, so a run that changes no
    model file writes nothing to the catalog (a no-op run stays cheap).
    """
    built = dict(con.execute("select view_name, comment from duckdb_views() where not internal").fetchall())
    names = []
    for path in model_files():
        sql = path.read_text(encoding="utf-8")
        stamp = "model " + hashlib.sha256(sql.encode("utf-8")).hexdigest()[:16]
        if built.get(path.stem) != stamp:
            con.execute(f"create or replace view {path.stem} as\n{sql}")
            con.execute(f"comment on view {path.stem} is '{stamp}'")
        names.append(path.stem)
    return names


def run_checks(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Run every check query; return the number of offending rows per check."""
    root = project_dir("sql") / "models" / "checks"
    results = {}
    for path in sorted(root.glob("*.sql")):
        query = path.read_text(encoding="utf-8").strip().rstrip(";")
        results[path.stem] = con.execute(f"select count(*) from ({query})").fetchall()[0][0]
    return results
