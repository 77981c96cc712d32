"""One body paragraph as the extraction rules see it: its text, the same
text with quotations masked, its sentences, the people and organisations the
model found in it, and its speech verbs with their subjects."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Subject:
    """Who a speech verb's subject is, before pronouns are resolved."""

    kind: str  # "person", "pronoun", "np"
    start: int
    end: int
    text: str
    name: str | None = None  # canonical name for kind "person"


def person_subject(span: "PersonSpan") -> Subject:
    """A subject that is a named person."""
    return Subject("person", span.start, span.end, span.name, span.name)


@dataclass
class VerbHit:
    """A speech verb (or 'according to') in a paragraph."""

    start: int
    end: int
    form: str
    sentence: int
    subject: Subject | None = None
    inverted: bool = False  # subject after the verb ("said Smith")
    passive: bool = False  # "was denied by Smith": Smith speaks, the subject is what was spoken of
    needs_parse: bool = False
    # "X said … and insisted": the earlier verb whose subject this one shares (once it is known)
    shares: VerbHit | None = None


@dataclass
class PersonSpan:
    start: int
    end: int
    name: str
    possessive: bool


@dataclass
class Para:
    """One body paragraph and everything found in it."""

    index: int
    text: str
    offset: int
    spans: list = field(default_factory=list)
    masked: str = ""
    sents: list[tuple[int, int]] = field(default_factory=list)
    people: list[PersonSpan] = field(default_factory=list)
    orgs: list[tuple[int, int, str]] = field(default_factory=list)
    nationalities: list[tuple[int, int]] = field(default_factory=list)  # "Hungarian", "French" (NORP entities)
    verbs: list[VerbHit] = field(default_factory=list)

    def sentence_of(self, pos: int) -> int:
        for k, (a, b) in enumerate(self.sents):
            if a <= pos < b:
                return k
        return max(0, len(self.sents) - 1)
