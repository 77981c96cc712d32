"""The warehouse's tables as Arrow-backed polars frames, built per batch.

Extraction workers turn each batch of documents into these frames and write
them as Parquet; validation checks them; the loader bulk-loads them. Column
names and types here match the migrations in ``sql/migrations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import polars as pl

from .ids import person_id, short_id
from .model import CleanPage, Extraction, Quote

SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "articles": {
        "article_id": pl.String,
        "source_uri": pl.String,
        "site": pl.String,
        "title": pl.String,
        "body": pl.String,
        "published_at": pl.String,
        "byline": pl.String,
        "language": pl.String,
        "canonical_url": pl.String,
        "word_count": pl.Int32,
        "paragraph_count": pl.Int32,
        "raw_sha256": pl.String,
        "encoding": pl.String,
        "ingested_at": pl.Datetime("us", "UTC"),
    },
    "article_people": {
        "article_id": pl.String,
        "person_id": pl.String,
        "name": pl.String,
        "role": pl.String,
        "mention_count": pl.Int32,
        "quoted": pl.Boolean,
    },
    "mentions": {
        "mention_id": pl.String,
        "article_id": pl.String,
        "person_id": pl.String,
        "name": pl.String,
        "surface": pl.String,
        "start_char": pl.Int32,
        "end_char": pl.Int32,
        "paragraph_index": pl.Int32,
        "caption_index": pl.Int32,
    },
    "quotes": {
        "quote_id": pl.String,
        "quotation_id": pl.String,
        "article_id": pl.String,
        "text": pl.String,
        "kind": pl.String,
        "speaker": pl.String,
        "speaker_kind": pl.String,
        "speaker_person_id": pl.String,
        "verb": pl.String,
        "start_char": pl.Int32,
        "end_char": pl.Int32,
        "paragraph_index": pl.Int32,
    },
    "quote_speakers": {
        "quote_id": pl.String,
        "article_id": pl.String,
        "position": pl.Int32,
        "speaker": pl.String,
        "speaker_kind": pl.String,
        "speaker_person_id": pl.String,
    },
    "captions": {
        "caption_id": pl.String,
        "article_id": pl.String,
        "text": pl.String,
        "credit": pl.String,
        "position": pl.Int32,
        "people": pl.List(pl.String),
    },
}


@dataclass
class Document:
    """What ingest knows about one input document."""

    source_uri: str
    raw_sha256: str
    article_id: str
    ingested_at: datetime
    encoding: str | None = None


def empty_frames() -> dict[str, pl.DataFrame]:
    """One empty frame per table, with the right columns and types."""
    return {table: pl.DataFrame(schema=schema) for table, schema in SCHEMAS.items()}


def batch_frames(items: list[tuple[Document, CleanPage, Extraction]]) -> dict[str, pl.DataFrame]:
    """Turn a batch of extracted articles into one frame per table."""
    rows: dict[str, list[dict]] = {table: [] for table in SCHEMAS}
    for doc, page, extraction in items:
        aid = doc.article_id
        body = page.body
        rows["articles"].append(
            {
                "article_id": aid,
                "source_uri": doc.source_uri,
                "site": page.site,
                "title": page.title,
                "body": body,
                "published_at": page.published_at,
                "byline": page.byline,
                "language": page.meta.get("language"),
                "canonical_url": page.meta.get("canonical_url"),
                "word_count": len(body.split()),
                "paragraph_count": len(page.paragraphs),
                "raw_sha256": doc.raw_sha256,
                "encoding": doc.encoding,
                "ingested_at": doc.ingested_at,
            }
        )
        rows["article_people"].extend(_people_rows(aid, extraction))
        seen_mentions: set[str] = set()
        for mention in extraction.mentions:
            mid = short_id(aid, mention.caption_index, mention.start_char)
            if mid in seen_mentions:
                continue
            seen_mentions.add(mid)
            rows["mentions"].append(
                {
                    "mention_id": mid,
                    "article_id": aid,
                    "person_id": person_id(mention.name),
                    "name": mention.name,
                    "surface": mention.surface,
                    "start_char": mention.start_char,
                    "end_char": mention.end_char,
                    "paragraph_index": mention.paragraph_index,
                    "caption_index": mention.caption_index,
                }
            )
        seen_quotes: set[str] = set()
        quote_ids = [short_id(aid, q.start_char, q.end_char, q.kind) for q in extraction.quotes]
        for k, quote in enumerate(extraction.quotes):
            qid = quote_ids[k]
            if qid in seen_quotes:  # the same span found twice is one quotation
                continue
            seen_quotes.add(qid)
            rows["quotes"].append(
                {
                    "quote_id": qid,
                    "quotation_id": quote_ids[quote.quotation if quote.quotation is not None else k],
                    "article_id": aid,
                    "text": quote.text,
                    "kind": quote.kind,
                    "speaker": quote.speaker,
                    "speaker_kind": quote.speaker_kind,
                    "speaker_person_id": (
                        person_id(quote.speaker) if quote.speaker and quote.speaker_kind == "person" else None
                    ),
                    "verb": quote.verb,
                    "start_char": quote.start_char,
                    "end_char": quote.end_char,
                    "paragraph_index": quote.paragraph_index,
                }
            )
            rows["quote_speakers"].extend(_speaker_rows(aid, qid, quote))
        for index, caption in enumerate(page.captions):
            people = extraction.caption_people[index] if index < len(extraction.caption_people) else []
            rows["captions"].append(
                {
                    "caption_id": short_id(aid, "caption", index),
                    "article_id": aid,
                    "text": caption.text,
                    "credit": caption.credit,
                    "position": caption.position,
                    "people": people,
                }
            )
    return {table: pl.DataFrame(rows[table], schema=SCHEMAS[table]) for table in SCHEMAS}


def _speaker_rows(aid: str, qid: str, quote: Quote) -> list[dict]:
    """One row per speaker of a quote: its speaker (position 0), then the people who say it with them."""
    if not quote.speaker:
        return []
    names = [quote.speaker] + [name for name in quote.co_speakers if name != quote.speaker]
    rows = []
    for position, name in enumerate(names):
        kind = quote.speaker_kind if position == 0 else "person"  # the others are named people
        rows.append(
            {
                "quote_id": qid,
                "article_id": aid,
                "position": position,
                "speaker": name,
                "speaker_kind": kind,
                "speaker_person_id": person_id(name) if kind == "person" else None,
            }
        )
    return rows


def _people_rows(aid: str, extraction: Extraction) -> list[dict]:
    """One row per person: two entries that fold to the same name are one person."""
    merged: dict[str, dict] = {}
    for person in extraction.people:
        pid = person_id(person.name)
        row = merged.get(pid)
        if row is None:
            merged[pid] = {
                "article_id": aid,
                "person_id": pid,
                "name": person.name,
                "role": person.role,
                "mention_count": person.mention_count,
                "quoted": person.quoted,
            }
            continue
        row["mention_count"] += person.mention_count
        row["quoted"] = row["quoted"] or person.quoted
        row["role"] = row["role"] or person.role
    return list(merged.values())
