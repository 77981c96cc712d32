"""Transcripts: a paragraph that opens on who speaks and a colon ("WALLACE: …", "SEN. MARCUS
WHITFIELD: …", "Tariq Osei: …") is that person's words, quotation marks or not."""

from __future__ import annotations

import re

from pressroom.model import Quote

from .para import Para
from .speakers import State

# who speaks, then a colon: a name in capitals or as written, with its title
_LABEL = re.compile(r"\s*[\"“]?(?P<label>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+):\s+(?=\S)")


def transcript_line(p: Para, state: State) -> Quote | None:
    """The words of a paragraph of a transcript, said by the person the label names: one of the
    article's people, in capitals ("WHITFIELD:", "JAKE TAPPER:"), or as written ("Tariq Osei:",
    "Osei:") when the article labels that person's lines more than once (not a list of candidates
    with a line each: "Jeb Bush: Student loans …", "Trump: 1,501."). A label that names no one of the
    article ("UPDATE:", "CORRECTION:", "NEW DELHI:") makes no quotation, and neither does a Q&A's
    "Q:" or "A:" (PolNeAR leaves a Q&A's answers unannotated)."""
    m = _LABEL.match(p.text)
    if m is None or not re.match(r"[\"“‘']?[^\W\d_]", p.text[m.end() :]):
        return None
    speaker = _named_by(p, state, m)
    if speaker is None:
        return None
    start, end = m.end(), len(p.text.rstrip())
    words = p.text[start:end]
    if words.endswith("”") and words.count("”") > words.count("“") or words.endswith('"') and words.count('"') % 2:
        end -= 1  # the mark that closes a quoted transcript, not one the speaker's words open
    if p.text[start] == "“" and p.text[end - 1] == "”":
        start, end = start + 1, end - 1  # the whole line in marks
    return Quote(text=p.text[start:end], kind="direct", start_char=p.offset + start, end_char=p.offset + end,
                 paragraph_index=p.index, speaker=speaker, speaker_kind="person")


def _named_by(p: Para, state: State, m: re.Match) -> str | None:
    """The person of the article the label names."""
    label = m.group("label")
    if label.isupper():
        last = label.split()[-1]
        named = [name for name in state.roles if name.split()[-1].upper() == last]
        return named[0] if len(named) == 1 else None
    person = next((ps for ps in p.people if m.start("label") <= ps.start and ps.end == m.end("label")), None)
    if person is None:
        return None
    surname = re.escape(person.name.split()[-1])
    lines = re.findall(rf"(?m)^\s*[\"“]?(?:[A-Z][\w.’'-]*\s+){{0,3}}{surname}:\s", state.body)
    return person.name if len(lines) > 1 else None


# the speaker's own voice: a turn of a transcript goes on in the first or second person
_SPEAKERS_VOICE = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|we|We|my|My|our|Our|you|You|your|Your)\b")


def turn_goes_on(p: Para, line: Quote) -> Quote | None:
    """The next paragraph of a transcript speaker's turn: no label, no quotation marks, and the
    speaker's voice ("Specifically I’ve heard from …" after "TAPPER: …"); not the page's own
    words after the transcript ("Follow Pam Key on Twitter")."""
    text = p.text.rstrip()
    if p.spans or not text or text[0] in "([" or not _SPEAKERS_VOICE.search(text):
        return None
    return Quote(text=text, kind="direct", start_char=p.offset, end_char=p.offset + len(text),
                 paragraph_index=p.index, speaker=line.speaker, speaker_kind="person")
