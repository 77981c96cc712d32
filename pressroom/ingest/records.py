"""Read article records from JSONL, CSV/TSV and Parquet files.

Each record needs a text ``content`` field and may have ``url``, ``title``,
``published_at``, ``source`` and ``author``; the names can be mapped with
:class:`RecordFields`. A record that cannot be used becomes a reject naming
the file, the line or row, and the problem; the other records go on.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .discover import Reject

OPTIONAL_FIELDS = ("url", "title", "published_at", "source", "author")


@dataclass(frozen=True)
class RecordFields:
    """Which input field holds each of the record's parts."""

    content: str = "content"
    url: str = "url"
    title: str = "title"
    published_at: str = "published_at"
    source: str = "source"
    author: str = "author"

    @classmethod
    def from_mapping(cls, pairs: list[str]) -> "RecordFields":
        """Build from ``["content=body", "url=link"]`` as given on the command line."""
        overrides = {}
        for pair in pairs:
            ours, _, theirs = pair.partition("=")
            if ours not in cls.__dataclass_fields__ or not theirs:
                raise ValueError(f"field mapping {pair!r}: expected one of {list(cls.__dataclass_fields__)}=NAME")
            overrides[ours] = theirs
        return cls(**overrides)


@dataclass(frozen=True)
class Record:
    """One usable record, its fields already mapped to Pressroom's names."""

    source_uri: str
    fields: dict[str, str]

    def raw_bytes(self) -> bytes:
        """The record as canonical JSON: what is landed and hashed."""
        return json.dumps(self.fields, sort_keys=True, ensure_ascii=False).encode("utf-8")


def read_records(path: Path, mapping: RecordFields = RecordFields()) -> Iterator[Record | Reject]:
    """Yield a :class:`Record` or a :class:`Reject` for every record in ``path``."""
    name = path.name.lower()
    try:
        if name.endswith(".parquet"):
            rows = _parquet_rows(path)
        elif name.endswith((".csv", ".tsv")):
            rows = _csv_rows(path)
        else:
            rows = _jsonl_rows(path)
        for locator, row in rows:
            yield _to_record(path, locator, row, mapping)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        yield Reject(path.as_uri(), f"unreadable records file: {_one_line(error)}")


def _to_record(path: Path, locator: str, row: object, mapping: RecordFields) -> Record | Reject:
    where = f"{path.as_uri()}#{locator}"
    if isinstance(row, Reject):
        return row
    if not isinstance(row, dict):
        return Reject(where, f"record is {type(row).__name__}, expected an object")
    content = row.get(mapping.content)
    if content is None:
        return Reject(where, f"missing field {mapping.content!r}")
    if not isinstance(content, str):
        return Reject(where, f"field {mapping.content!r} is {type(content).__name__}, expected text")
    if not content.strip():
        return Reject(where, f"field {mapping.content!r} is empty")
    fields = {"content": content}
    for ours in OPTIONAL_FIELDS:
        value = row.get(getattr(mapping, ours))
        if value is None or value == "":
            continue
        if isinstance(value, (dict, list)):
            return Reject(where, f"field {getattr(mapping, ours)!r} is {type(value).__name__}, expected text")
        fields[ours] = str(value)
    source_uri = fields.get("url") or where
    return Record(source_uri, fields)


def _jsonl_rows(path: Path) -> Iterator[tuple[str, object]]:
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield f"line={number}", json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as error:
                yield f"line={number}", Reject(f"{path.as_uri()}#line={number}", f"invalid JSON: {_one_line(error)}")


def _csv_rows(path: Path) -> Iterator[tuple[str, object]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig", errors="strict") if _is_utf8(raw) else raw.decode("cp1252", errors="replace")
    default = "\t" if path.name.lower().endswith(".tsv") else ","
    try:
        sniffed = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|")
        delimiter, quotechar = sniffed.delimiter, sniffed.quotechar or '"'
    except csv.Error:
        delimiter, quotechar = default, '"'
    csv.field_size_limit(1 << 30)
    # the sniffer's guess of doublequote is unreliable; doubled quote marks are the CSV norm
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar=quotechar, doublequote=True
    )
    for number, row in enumerate(reader, start=1):
        yield f"row={number}", {key: value for key, value in row.items() if key is not None}


def _parquet_rows(path: Path) -> Iterator[tuple[str, object]]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            number += 1
            yield f"row={number}", row


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:200]
