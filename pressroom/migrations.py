"""Create and upgrade the warehouse schema from the versioned files in ``sql/migrations``.

Each file is named ``NNN_description.sql``; the highest applied version is kept
in ``schema_migrations``. Upgrading an old warehouse applies the missing files
in order, each in its own transaction, keeping the data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from .resources import project_dir

_FILE_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def available_migrations(folder: Path | None = None) -> list[Migration]:
    """The migration files, lowest version first."""
    folder = folder or project_dir("sql") / "migrations"
    found = []
    for path in folder.glob("*.sql"):
        match = _FILE_NAME.match(path.name)
        if match:
            found.append(Migration(int(match.group(1)), path))
    return sorted(found, key=lambda migration: migration.version)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open warehouse (0 for an empty one)."""
    exists = con.execute(
        "select count(*) from information_schema.tables where table_name = 'schema_migrations'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    return con.execute("select coalesce(max(version), 0) from schema_migrations").fetchall()[0][0]


def migrate(con: duckdb.DuckDBPyConnection, up_to: int | None = None) -> list[int]:
    """Apply every migration newer than the warehouse's version; return those applied."""
    con.execute(
        "create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null)"
    )
    version = current_version(con)
    applied = []
    for migration in available_migrations():
        if migration.version <= version or (up_to is not None and migration.version > up_to):
            continue
        con.execute("begin transaction")
        try:
            con.execute(migration.sql)
            con.execute("insert into schema_migrations values (?, now())", [migration.version])
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        applied.append(migration.version)
    return applied
