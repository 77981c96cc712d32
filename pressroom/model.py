"""Plain data passed between the pipeline's stages.

Cleaning turns raw page text (or HTML) into a :class:`CleanPage`; extraction
turns a :class:`CleanPage` into an :class:`Extraction`. Both are plain
dataclasses so that the library can be tested without Prefect or DuckDB.

Offsets (``start_char``/``end_char``) always index into :attr:`CleanPage.body`,
which is the paragraphs joined by :data:`PARAGRAPH_SEPARATOR`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class Caption:
    """A photo caption kept apart from the body."""

    text: str
    credit: str | None = None
    # number of body paragraphs that come before the caption on the page
    position: int = 0


@dataclass
class CleanPage:
    """One article with the site chrome removed."""

    title: str | None
    paragraphs: list[str]
    captions: list[Caption] = field(default_factory=list)
    site: str | None = None
    byline: str | None = None
    published_at: str | None = None  # ISO 8601 date or datetime, when the page says
    # anything else a source knows: author, canonical_url, language, ...
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def paragraph_starts(self) -> list[int]:
        """Character offset in :attr:`body` where each paragraph starts."""
        starts, offset = [], 0
        for paragraph in self.paragraphs:
            starts.append(offset)
            offset += len(paragraph) + len(PARAGRAPH_SEPARATOR)
        return starts


@dataclass
class Mention:
    """One place a person is named, in the body or in a caption."""

    name: str  # canonical full name of the person mentioned
    surface: str  # the words as written ("Borith", "Hun Sen’s")
    start_char: int  # into the body, or into the caption text when caption_index is set
    end_char: int
    paragraph_index: int | None = None
    caption_index: int | None = None


@dataclass
class Person:
    """A person named in one article."""

    name: str  # canonical full name
    role: str | None = None  # as written: "Deputy Foreign Affairs Minister"
    mention_count: int = 0
    quoted: bool = False
    aliases: list[str] = field(default_factory=list)


@dataclass
class Quote:
    """A quotation with its speaker."""

    text: str  # body[start_char:end_char]; the words inside the quotation marks
    kind: str  # "direct", "partial" or "indirect"
    start_char: int
    end_char: int
    paragraph_index: int
    speaker: str | None = None  # canonical person name, or the organisation as named
    speaker_kind: str | None = None  # "person" (named), "organization", "description" ("an officer"), None: unknown
    verb: str | None = None  # the speech verb or cue: "said", "according to"
    # index (in the article's quotes) of the first piece of the quotation this
    # piece belongs to: “…,” he said. “…” is one quotation in two pieces
    quotation: int | None = None
    # other people who say it with the speaker ("said Ann Ruiz and Tom Hale"), in text order
    co_speakers: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one :class:`CleanPage`."""

    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # canonical names of the people each caption names, by caption index
    caption_people: list[list[str]] = field(default_factory=list)
