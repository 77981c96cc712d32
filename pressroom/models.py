"""Build the SQL models in ``sql/models``: staging views first, then marts.

Each file holds one ``select``; the model is a view named after the file, so
models always reflect the tables they read and cost nothing to rebuild.
Files in ``sql/models/checks`` are queries that must return no rows.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from .resources import project_dir

LAYERS = ("staging", "marts")


def model_files() -> list[Path]:
    """Every model file, staging before marts, alphabetical within a layer."""
    root = project_dir("sql") / "models"
    return [path for layer in LAYERS for path in sorted((root / layer).glob("*.sql"))]


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
