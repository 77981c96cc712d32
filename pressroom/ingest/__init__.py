"""Ingest: find the inputs, read them, and land their raw bytes.

Nothing is lost here: every input found becomes a :class:`Landed` document or
a :class:`Reject` with a one-line reason.
"""

from .decode import BadInput, decode_text
from .discover import Reject, Source, discover
from .records import RecordFields, read_records

__all__ = ["BadInput", "decode_text", "Reject", "Source", "discover", "RecordFields", "read_records"]
