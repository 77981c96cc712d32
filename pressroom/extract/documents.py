"""Documents that speak for their authors: a statement, a report, a tweet, and how
they come out ("issued a statement", "said in a letter", "a report published by …").

Patterns only; :mod:`pressroom.extract.speakers` and :mod:`pressroom.extract.inverted`
use them to give a document's words to whoever put it out.
"""

from __future__ import annotations

import re

from .lexicon import DOCUMENT_PARTICIPLES

DOCUMENT_WORDS = "statement|letter|report|release|memo|email|e-mail|tweet|post|note"
# how a document comes out: "issued a statement", "said in a statement"
PUT_OUT = r"issued|released|sent|posted|published|put out"
ISSUED = re.compile(
    r"(?P<owner>\b(?:His|Her|Their|Its|his|her|their|its)\s+[a-z]+\s+|\b[A-Z][\w&.’'-]*\s+(?:(?:(?:of|for|and|&)\s+)?"
    r"[A-Z][\w&.’'-]*\s+){0,4})(?:\w+ly\s+)?"
    r"(?:(?:" + PUT_OUT + r"|tweeted|wrote)|(?P<said>said\s+in))\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<doc>" + DOCUMENT_WORDS + r")s?\b"
    # "In a statement signed by its President, Comrade Babatunde Oyekanmi, the NLC said"
    r"|\bIn\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<doc2>" + DOCUMENT_WORDS + r")\b[^.;:]*?,\s+"
    r"(?P<owner2>(?:the\s+)?(?:[A-Z][\w&.’'-]*\s+){1,5})(?:said|says|added)\b")
# a document put out, whoever by: "The family of the victim also released a statement"
A_DOCUMENT_OUT = re.compile(r"\b(?:" + PUT_OUT + r"|said\s+in)\s+(?:a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?P<doc>" + DOCUMENT_WORDS + r")s?\b")

# papers that say things: a report, a complaint
PAPERS = (r"report|letter|statement|study|survey|release|memo|document|paper|analysis|poll|complaint|lawsuit|"
          r"filing|indictment|motion|affidavit|ruling")
# a document is "it", never "they" (nor are an ad, a tweet or an article)
DOCUMENT_NOUNS = (r"(?:" + PAPERS + r"|ad|advert|spot|video|tweet|post|email|editorial|article|story|book|"
                  r"website|page|notice|message)")

# a document and how it came out: whoever did it "by" is who speaks through it
DOCUMENT_DONE = re.compile(r"\b(?:" + PAPERS + r"|data|figures|estimates?|suit)s?\s+(?:"
                           + "|".join(DOCUMENT_PARTICIPLES) + r")$", re.I)
WRITTEN_BY = re.compile(r"\s+by\s+(?P<author>(?:the\s+)?(?:[\w.&’'-]+\s+){0,4}?[\w.&’'-]+?)(?=\s*(?:[,.;:]|\s+"
                        r"(?:in|on|at|last|this|earlier|said|says|shows?|showed|found|finds)\b|$))")
