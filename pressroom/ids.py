"""Stable identifiers: the same input always gets the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of raw bytes (the content address of a landed document)."""
    return hashlib.sha256(data).hexdigest()


def short_id(*parts: object) -> str:
    """A 16-hex-digit id derived from the parts, stable across runs and machines."""
    joined = "\x1f".join(str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def name_key(name: str) -> str:
    """Fold a person's name so that spellings of one name compare equal.

    Case, accents, curly apostrophes and punctuation do not make two people.
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^\w\s-]", "", folded.lower())
    return " ".join(folded.split())


def article_id(source_uri: str) -> str:
    """An article is identified by where it came from: changed content replaces it."""
    return short_id("article", source_uri)


def person_id(name: str) -> str:
    """One person across articles: the canonical name, folded."""
    return short_id("person", name_key(name))
