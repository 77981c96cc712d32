"""What the command line prints: query results, totals, run status."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rich.console import Console
from rich.table import Table

from .warehouse import connect_reader

TOTALS = ["articles", "people", "quotes", "captions", "rejects"]


def _rows(path: Path, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    con = connect_reader(path)
    try:
        result = con.execute(sql, params or [])
        columns = [d[0] for d in result.description] if result.description else []
        return columns, result.fetchall()
    finally:
        con.close()


def _table(title: str | None, columns: list[str], rows: list[tuple]) -> Table:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*("NULL" if value is None else str(value) for value in row))
    return table


def print_query(path: Path, sql: str, fmt: str = "table") -> None:
    """Run ``sql`` read-only and print it as a table, CSV or JSON lines."""
    columns, rows = _rows(path, sql)
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt == "json":
        for row in rows:
            print(json.dumps(dict(zip(columns, row)), default=str, ensure_ascii=False))
    else:
        Console().print(_table(None, columns, rows))


def print_totals(path: Path) -> None:
    """Rows in the main tables."""
    sql = " union all ".join(f"select '{t}', count(*) from {t}" for t in TOTALS)
    _, rows = _rows(path, sql)
    console = Console()
    console.print(f"warehouse: {path}")
    console.print(_table(None, ["table", "rows"], rows))


def print_status(path: Path, recent: int) -> None:
    """Recent runs, rows per table, the last run's validation results."""
    console = Console()
    columns, rows = _rows(
        path,
        "select run_id, status, round(epoch(finished_at - started_at), 1) as secs, inputs_seen as seen, "
        "loaded, unchanged, duplicates as dups, rejected, quotes from runs order by started_at desc limit ?",
        [recent],
    )
    console.print(_table("recent runs (seen = loaded + unchanged + dups + rejected)", columns, rows))
    tables = ["articles", "people", "article_people", "mentions", "quotes", "quote_speakers", "captions",
              "documents", "rejects", "runs", "validation_results"]
    _, rows = _rows(path, " union all ".join(f"select '{t}', count(*) from {t}" for t in tables))
    console.print(_table("rows per table", ["table", "rows"], rows))
    columns, rows = _rows(
        path,
        """
        with last_run as (
            select run_id from validation_results order by checked_at desc limit 1
        )
        select suite, replace(expectation_type, 'expect_', '') as expectation, "column",
               bool_and(success) as passed, sum(unexpected_count) as failed_rows
        from validation_results
        where run_id = (select run_id from last_run)
        group by all
        order by passed, suite, expectation
        """,
    )
    console.print(_table("last validation results", columns, rows))
