"""Properties that must hold for any text: the cleaner and the quote finder never raise,
cleaning is idempotent, and quote offsets always point at the text they claim."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pressroom.clean import clean_text
from pressroom.extract.text import find_quote_spans, mask_quotes

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKS = ["“", "”", '"', "„", "«", "»", "``", "''", "‘", "’", "'"]
WORDS = ["The", "council", "said", "Mr.", "Smith", "voted", "on", "Tuesday", "—", "it", "was", "a", "plan",
         "Photo:", "Reuters", "Share", "Subscribe", "Advertisement", "2016", "|", "By", "Jane", "Doe"]

# text that looks like scraped pages: words, punctuation, quotation marks, line and paragraph breaks
token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from([" ", " ", "\n", "\n\n", ".", ",", "!", "?"]))
page_like = st.lists(token, max_size=120).map("".join)
any_text = st.one_of(st.text(max_size=400), page_like)


def _render(page) -> str:
    """A cleaned page written back as a plain-text page: title, blank line, paragraphs."""
    parts = ([page.title] if page.title else []) + page.paragraphs
    return "\n\n".join(parts)


@SETTINGS
@given(any_text)
def test_clean_text_never_raises(text):
    page = clean_text(text)
    assert all(isinstance(p, str) and p.strip() for p in page.paragraphs)


@SETTINGS
@given(page_like)
@example("The The\nThePhoto:The\n\n”")  # found by hypothesis: a two-line title that reads as a caption on one line
@example("TheTheTheTheAdvertisementAdvertisement\nThe\n\ncouncil”")  # a two-line title, once on one line, ran on into the story
def test_cleaning_is_idempotent(text):
    page = clean_text(text)
    if not page.paragraphs:
        return
    again = clean_text(_render(page))
    assert (again.title, again.paragraphs) == (page.title, page.paragraphs)


@SETTINGS
@given(any_text, st.booleans())
def test_quote_spans_point_at_their_text(text, starts_inside):
    spans = find_quote_spans(text, starts_inside=starts_inside)
    for span in spans:
        assert 0 <= span.open_at <= span.start < span.end <= span.close_end <= len(text)
        quoted = text[span.start:span.end]
        assert quoted and quoted == quoted.strip()
    masked = mask_quotes(text, spans)
    assert len(masked) == len(text)


_NLP = []


def _nlp():
    if not _NLP:
        from pressroom.extract import load_nlp

        _NLP.append(load_nlp())
    return _NLP[0]


quote_page = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from([" ", " ", " ", "\n\n", ".", ","])),
    min_size=5, max_size=80,
).map(lambda tokens: "Council votes on the plan\n\n" + " ".join(tokens))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_page)
def test_extracted_quotes_and_mentions_point_at_the_body(text):
    from pressroom.extract import extract_pages

    page = clean_text(text)
    if not page.paragraphs:
        return
    [extraction] = extract_pages([page], _nlp())
    body = page.body
    for quote in extraction.quotes:
        if quote.start_char is not None:
            assert body[quote.start_char:quote.end_char] == quote.text
    for mention in extraction.mentions:
        if mention.caption_index is None:
            assert body[mention.start_char:mention.end_char] == mention.surface


@SETTINGS
@given(page_like)
def test_rewriting_quotation_marks_changes_only_marks(text):
    from pressroom.extract.marks import nicknames_unquoted, single_marks_as_double

    marks = set("“”‘’\"'`")
    for rewritten in (single_marks_as_double(text), single_marks_as_double(text, starts_inside=True)):
        assert len(rewritten) == len(text)
        assert all(a == b or {a, b} <= marks for a, b in zip(text, rewritten))
    unquoted = nicknames_unquoted(text)
    assert len(unquoted) == len(text) and all(a == b or (a in marks and b == " ") for a, b in zip(text, unquoted))
