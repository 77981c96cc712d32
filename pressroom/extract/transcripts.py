"""Transcripts: in an article whose paragraphs open on who speaks and a colon ("WALLACE: …", "SEN.
MARCUS WHITFIELD: …", "Tariq Osei: …"), each such paragraph is that person's words, quotation marks
or not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pressroom.model import Quote

if TYPE_CHECKING:
    from .para import Para
    from .speakers import State

# who speaks, then a colon: a name in capitals or as written, with its title
LABEL = re.compile(r"\s*[\"“]?(?P<label>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+):\s+(?=[\"“‘']?[^\W\d_])")
# what a line of talk has that a list of facts does not: a first or second person, or a question
_TALK = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’ll|I'll|we|We|you|You)\b|\?")


def transcript_lines(texts: list[str]) -> set[int]:
    """The paragraphs, by index, that are lines of a transcript: ones that open on a label, when at
    least two speakers' surnames label them and at least a third of the lines talk (an I, a you, a
    question). Not a dateline ("WASHINGTON: Actor Denzel Washington said …"), subheads ("BILL SHOCK:
    …"), nor a list of people with a line each ("Rishi Sunak: Promised …", "Ted Cruz: Just hang on.")."""
    labelled = {i: m for i, text in enumerate(texts) if (m := LABEL.match(text))}
    surnames = {m.group("label").split()[-1].upper() for m in labelled.values()}
    talking = sum(1 for i, m in labelled.items() if _TALK.search(texts[i], m.end()))
    if len(surnames) < 2 or 3 * talking < len(labelled):
        return set()
    return set(labelled)


def transcript_line(p: Para, state: State, lines: set[int]) -> Quote | None:
    """The words of a transcript's paragraph (one of ``lines``), said by the one person of the
    article the label names: by its surname in capitals ("WHITFIELD:", "JAKE TAPPER:") or as written
    ("Tariq Osei:", "Osei:"). A label that names no one of the article ("Northside Weekly:",
    "UPDATE:") makes no quotation, and neither does a Q&A's "Q:" or "A:" (PolNeAR leaves a Q&A's
    answers unannotated)."""
    m = LABEL.match(p.text) if p.index in lines else None
    speaker = _named_by(p, state, m) if m else None
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
        named = [name for name in state.roles if name.split()[-1].upper() == last]  # (roles: the article's people)
        return named[0] if len(named) == 1 else None
    person = next((ps for ps in p.people if m.start("label") <= ps.start and ps.end == m.end("label")), None)
    return person.name if person else None
