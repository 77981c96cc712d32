"""Printing evaluation figures: a rich table, or JSON, and the worst misses."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone


def worst_errors(errors: list[dict], per_kind: int) -> list[dict]:
    """The ``per_kind`` worst entries of every kind (heaviest first: ``weight``
    when given, else the length of the text), kinds in order of appearance."""
    if per_kind <= 0:
        return []
    kinds: dict[str, list[dict]] = {}
    for error in errors:
        kinds.setdefault(error["kind"], []).append(error)
    out = []
    for entries in kinds.values():
        ranked = sorted(entries, key=lambda e: -(e.get("weight") or len(str(e.get("text", "")).split())))
        out.extend(ranked[:per_kind])
    return out


def error_counts(errors: list[dict]) -> dict[str, int]:
    """How many errors of each kind."""
    counts: dict[str, int] = {}
    for error in errors:
        counts[error["kind"]] = counts.get(error["kind"], 0) + 1
    return counts


def document(benchmark: str, source: str, figures: Mapping, run: Mapping, errors: list[dict],
             per_kind: int, articles: list[dict] | None = None) -> dict:
    """Everything an evaluation reports, as plain JSON-ready data."""
    out = {
        "benchmark": benchmark,
        "source": source,
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "figures": dict(figures),
        "run": dict(run),
        "error_counts": error_counts(errors),
    }
    if articles is not None:
        out["articles"] = articles
    if per_kind:
        out["errors"] = worst_errors(errors, per_kind)
    return out


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if value is None:
        return "—"
    return str(value)


def print_report(report: Mapping, as_json: bool = False) -> None:
    """Print the report: JSON on one document, or tables for a person."""
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"{report['benchmark']}: {report['source']}", title_justify="left")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for key, value in report["figures"].items():
        if isinstance(value, (list, dict)):
            continue
        table.add_row(key, _fmt(value))
    console.print(table)
    for key, value in report["figures"].items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            console.print(_rows_table(key, value))
    if report.get("articles"):
        console.print(_columns_table("per article", report["articles"]))
    run = report.get("run") or {}
    console.print("run: " + ", ".join(f"{k} {v}" for k, v in run.items()))
    if report.get("error_counts"):
        console.print("errors: " + ", ".join(f"{k} {v}" for k, v in report["error_counts"].items()))
    if report.get("errors"):
        errors = Table(title="worst misses", title_justify="left", show_lines=True, expand=True)
        columns = ["kind", "document", "text"] + (["detail"] if any(e.get("detail") for e in report["errors"]) else [])
        for column in columns:
            errors.add_column(column, overflow="fold", ratio=3 if column == "text" else 1)
        for e in report["errors"]:
            cells = [e["kind"], str(e["doc"]), str(e.get("text", "")), str(e.get("detail", ""))]
            errors.add_row(*cells[: len(columns)])
        console.print(errors)


def _rows_table(title: str, rows: list[dict]):
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    columns = list(rows[0].keys())
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    for row in rows:
        table.add_row(*(_fmt(row.get(c)) for c in columns))
    return table


def _columns_table(title: str, rows: list[dict], key: str = "file"):
    """One column per row (article), one line per figure: per-article figures stay readable."""
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("figure")
    for row in rows:
        table.add_column(str(row.get(key, "")), justify="right", overflow="fold")
    for figure in rows[0]:
        if figure != key:
            table.add_row(figure, *(_fmt(row.get(figure)) for row in rows))
    return table
