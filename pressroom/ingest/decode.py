"""Turn a text file's bytes into text, or say in one line why they are not text."""

from __future__ import annotations

import codecs
import unicodedata

# signatures of files that are often renamed or saved with the wrong extension
_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
]


class BadInput(ValueError):
    """An input that cannot become an article; the message is the reason."""


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary content ``data`` starts with, or None if it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data (NUL bytes)"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a scraped text page; return ``(text, encoding)``.

    UTF-8 first (with or without a byte-order mark), then UTF-16 with a BOM,
    then Windows-1252, which is what most mislabelled Western pages are, then
    Latin-1. Raises :class:`BadInput` for empty, blank, binary or undecodable
    input.
    """
    if not data:
        raise BadInput("empty file")
    binary = sniff_binary(data)
    if binary:
        raise BadInput(f"not text: {binary}")
    text, encoding = _decode(data)
    if not text.strip():
        raise BadInput("only white space")
    if _control_ratio(text) > 0.02:
        raise BadInput(f"not text: bytes decode as control characters ({encoding})")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if ch not in "\n\r\t\f" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn")
    )
    return controls / max(len(sample), 1)
