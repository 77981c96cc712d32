"""Pieces of one quotation.

A quotation is often written in pieces: split by its attribution in one
paragraph (“…,” he said. “…”), or running over several paragraphs, opened in
each and closed only at the end. Extraction finds the pieces (each with its
own offsets into the body); this module says which pieces make one
quotation, so that the ``quotes`` table can carry a ``quotation_id`` and the
``quotations`` model can put them back together.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .lexicon import SPEECH_VERB_RE, SUBORDINATORS
from .text import sentence_bounds

_OPEN_MARKS = "“\"'`‘„«"
_CLOSE_MARKS = "”\"'’»"
_ANY_MARK = re.compile(r"[“”\"„«»]|''|``")


def _has_a_sentence(middle: str) -> bool:
    """The writer's words between two pieces hold a sentence break ("Putin. He didn't …")."""
    return len(sentence_bounds(middle.strip().rstrip(" .:,;"))) > 1


_CLAUSE_START = re.compile(r"\b(?:" + "|".join(sorted(SUBORDINATORS | {"but", "and", "whereas"})) + r")\b")


def _own_tail_attribution(body: str, end: int, verb: str | None = None) -> bool:
    """The quote ending at ``end`` is followed by its own attribution in the
    same sentence (“…,” she added) -- by ``verb`` when it is given (not “…,”
    adding that talks would resume, after “…,” Mwangi said)."""
    m = re.match(r"[ \t”\"'’»]*[,—–-]?[^.?!“”\"\n]{0,80}", body[end:])
    if body[:end].rstrip()[-1:] == "." or not m:
        return False  # the quotation ended its sentence
    words = " ".join(m.group().split()[:7])
    if verb:
        # up to a clause of its own: not "“…,” but the board said nothing further"
        words = _CLAUSE_START.split(words)[0]
        return re.search(rf"\b{re.escape(verb)}\b", words, re.I) is not None
    return SPEECH_VERB_RE.search(words) is not None


def _continues(prev: Mapping, q: Mapping, body: str) -> bool:
    """``q`` is the next piece of the quotation ``prev`` (same speaker):

    * in the same paragraph, split by one attribution that introduces no
      new one (“…,” he said. “…”) -- the second piece has no attribution of
      its own, before or after it;
    * in the next paragraph, when ``prev`` was left open (a quotation over
      several paragraphs opens each one and closes once), or when that
      paragraph is one closed quotation that nothing attributes
      (“…,” he said. ⏎ “…”; see :func:`_next_paragraph_goes_on`)."""
    gap = body[prev["end_char"] : q["start_char"]]
    if "\n\n" in gap:
        if gap.count("\n\n") != 1:
            return False
        if re.fullmatch(r"\s*[\"“'`‘]*\s*", gap):
            return not _block_quote_marker(prev, q, body)
        return _next_paragraph_goes_on(prev, q, body, *gap.split("\n\n"))
    inner = gap.strip()
    # closing mark, the attribution, opening mark -- and no third quotation
    # (any mark may close: “It's unusual,“ said …, with an opening mark typed for the closing one)
    if not inner or inner[0] not in _CLOSE_MARKS + _OPEN_MARKS + ".,;:?!—–-" or inner[-1] not in _OPEN_MARKS:
        return False
    middle = inner.strip(_CLOSE_MARKS + _OPEN_MARKS + "`").strip()
    if not middle.strip(" \xa0.,;:—–-"):
        return True  # “…” “…”: quoted pieces with nothing between them
    if len(middle.split()) > 40:
        return False
    # a piece that no attribution claims goes on past a quoted title
    # (“…,” she said on “The Late Show.” “…”)
    carried = "verb" in q and q["verb"] is None and _stands_alone(q, body) and not middle.endswith(":")
    if _ANY_MARK.search(middle) and not carried:
        return False
    if _has_a_sentence(middle):
        return False  # a sentence of its own in between
    if prev["text"].rstrip(_CLOSE_MARKS + " ")[-1:] == "." and not middle[0].islower():
        return False  # “….” He added, “…” -- but a question may go on: “…?” she asked. “…”
    verb = q.get("verb")
    if verb and prev.get("verb") and verb.lower() != prev["verb"].lower():
        return False  # “…,” Trump said, adding later, “…”: the second piece has an attribution of its own
    if "verb" in q:
        # the extractor says which verb attributes the piece: it must be
        # the one in between (or none, when the piece just continues) -- not the same
        # word after the piece (“…,” she said, but “…,” said Kunin)
        if verb and _own_tail_attribution(body, q["end_char"], verb):
            return False
        return verb is None or re.search(rf"\b{re.escape(verb)}\b", middle, re.I) is not None
    return not _own_tail_attribution(body, q["end_char"])


def _block_quote_marker(prev: Mapping, q: Mapping, body: str) -> bool:
    """``prev`` opens with a straight mark it never closes and holds curly
    quotations, and ``q`` opens with a curly one: the straight mark marks a
    block quote (some sites open each of its paragraphs so), the curly marks
    are this page's quotations, and ``q`` is a new one ("Trump walked onto the
    stage, chanting “U-S-A!” ⏎ “That’s right, Donald,” Melanie said)."""
    return _mark_style(body, prev["start_char"]) == "straight" and _mark_style(body, q["start_char"]) == "curly" \
        and re.search(r"[“”]", prev["text"]) is not None


def _mark_style(body: str, start: int) -> str:
    """'straight' or 'curly': the opening mark just before ``start`` ('' for none)."""
    before = body[max(0, start - 3) : start].rstrip()
    if before.endswith(("\"", "''", "``")):
        return "straight"
    return "curly" if before.endswith(("“", "‘‘", "„", "«")) else ""


def _next_paragraph_goes_on(prev: Mapping, q: Mapping, body: str, tail: str, opening: str) -> bool:
    """“…,” he said. ⏎ “…”: the next paragraph's quotation, closed there and
    with no attribution of its own, goes on in the same voice. Not when a
    sentence of the writer's comes between (“…,” Trump added. He then had a
    question. ⏎ “…”), nor when the attribution of ``prev`` introduces the
    next one (She went on to say: ⏎ “…”), nor when ``q`` is followed by words
    of its own (“…,” an angry Hollande retaliated)."""
    if "verb" not in q or q["verb"] is not None or not re.fullmatch(r"\s*[\"“'`‘]+", opening):
        return False
    if q["text"].rstrip(_CLOSE_MARKS + " ")[-1:] == "?":
        return False  # “…,” the minister said. ⏎ “Are you resigning?”: most likely someone else asks
    middle = tail.strip().lstrip(_CLOSE_MARKS).strip()
    if len(middle.split()) > 25 or middle.endswith(":"):
        return False
    if _has_a_sentence(middle):
        return False
    if prev["text"].rstrip(_CLOSE_MARKS + " ")[-1:] == "." and middle.strip(" ."):
        return False
    return _stands_alone(q, body)


def _stands_alone(q: Mapping, body: str) -> bool:
    """``q`` is closed and ends its paragraph: no words of the writer's run on
    from it (not “…,” an angry Hollande retaliated; not “…” Tom Hale, a shop
    owner, said he was leaving)."""
    end = q["end_char"]
    if body[end : end + 1] not in _CLOSE_MARKS or q["text"].rstrip()[-1:] in (",", "—", "–"):
        return False
    rest = body[end + 1 :].split("\n\n", 1)[0]
    return not rest.strip(_CLOSE_MARKS + " \xa0")


def quotation_groups(pieces: list[Mapping], body: str | None) -> list[int]:
    """For each piece (dicts with ``text``, ``kind``, ``speaker``,
    ``start_char``, ``end_char`` and optionally ``verb``), the index of the
    first piece of its quotation. Without a body every piece stands alone.

    A ``verb`` per piece (the extractor's attribution cue) makes the split
    test exact; without it the text after the second piece is checked for an
    attribution of its own."""
    first = list(range(len(pieces)))
    if body is None:
        return first
    order = sorted(range(len(pieces)), key=lambda i: pieces[i].get("start_char") or 0)
    last_direct: int | None = None
    end_of: dict[int, int] = {}  # first piece -> end of its quotation so far
    for i in order:
        q = pieces[i]
        if last_direct is not None:
            head = first[last_direct]
            prev = {**pieces[last_direct], "end_char": end_of[head]}
            if q.get("kind") == "direct" and prev.get("speaker") == q.get("speaker") \
                    and q.get("start_char") is not None and prev.get("end_char") is not None \
                    and prev["end_char"] <= q["start_char"] and _continues(prev, q, body):
                first[i] = head
                end_of[head] = q["end_char"]
                last_direct = i
                continue
        end_of[i] = q.get("end_char") or 0
        # a partial or reported piece in between does not end the quotation: it may be
        # a title quoted inside the attribution (“…,” he said on “Meet the Press.” “…”),
        # and _continues reads the text between the direct pieces
        if q.get("kind") == "direct":
            last_direct = i
    return first


def join_pieces(pieces: list[Mapping], groups: list) -> list[dict]:
    """One dict per quotation, in body order: the pieces that share a group
    (``groups[i]`` for ``pieces[i]``; None stands alone) with their texts
    joined by a space and ``end_char`` the end of the last piece."""
    out: dict[object, dict] = {}
    for i in sorted(range(len(pieces)), key=lambda i: pieces[i].get("start_char") or 0):
        group = ("piece", i) if groups[i] is None else groups[i]
        if group in out:
            out[group]["text"] += " " + pieces[i]["text"]
            out[group]["end_char"] = pieces[i].get("end_char")
        else:
            out[group] = dict(pieces[i])
    return list(out.values())


def join_split_quotes(preds: list[Mapping], body: str | None = None) -> list[dict]:
    """The quotations that ``preds`` (pieces, see :func:`quotation_groups`) make."""
    return join_pieces(preds, quotation_groups(preds, body))
