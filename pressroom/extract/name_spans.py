"""Names the model cut short: a PERSON entity stretched over the rest of the name around it.

The small model knows English names best and often takes only part of a longer one from
elsewhere: "Justice Arshad (Hussain Bhatti)", "Mayor (Marie-Ève) Deschamps-Laroche", "coach
(Luiz Carlos) (Vasconcelos Filho)", "Kirk-(Anthony Gayle)". A title or role word right before
the capitalised words says where the name starts; the words run on until the first word that
is not part of a name. Without a title, a given name we know, "bin"/"bint" or a role set off by a
comma says so ("(Winnie) Ho Wing-sze", "(Huda bint) Khalfan al-Rawahi"), and a surname's second
half after a hyphen joins it ("Chanda Kabwe(-Mumba)").
"""

from __future__ import annotations

import re

from .lexicon import (ANY_GIVEN_NAME, HONORIFICS, MONTHS, ORG_NOUNS, ORG_WORDS, PERSONAL_TITLES, QUALIFIED_HEADS,
                      RANKS, ROLE_HEADS, STOPWORDS, WEEKDAYS, is_person_word)
from .missed_names import ROLE_BEFORE
from .names import _PARTICLES, GENERATIONS, _norm
from .nlp import Ent

# a word of a name: capitalised, maybe hyphenated or with an apostrophe ("Ochieng'", "O'Neill")
_NAME_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# a double-barrelled surname: both halves capitalised ("Deschamps-Laroche", not "Clinton-era")
_DOUBLE_BARRELLED = re.compile(r"[^\W\d_a-z][^\W\d_]+-[^\W\d_a-z][^\W\d_]+")
# words dropped with the titles that qualify another title, not a name: "Former Marine John …"
_QUALIFIERS = RANKS | {"former", "prime", "chief", "democrat", "republican", "st", "saint"}
_MOST_WORDS = 5  # a longer run is a heading or a list, not one name
_MOST_BEFORE = 2  # given names the model left out before the words it took
_MISREAD_AS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC"})
# what may follow a whole name: a mark, or a verb of saying
_ENDS_A_NAME = re.compile(r"\s*[,.;:)]|\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|asked|warned|insisted)\b")
_NEXT_CAPITAL = re.compile(r" [^\W\d_a-z]")
_PARTY_AND_STATE = re.compile(r"[A-Z]-[A-Z][a-z]{0,3}\.?")
_NEXT_WORD = re.compile(r" (" + _NAME_WORD.pattern + r")")


def _not_a_name_word(word: str) -> bool:
    low = _norm(word.rstrip("’'"))
    return (low in STOPWORDS or low in ORG_WORDS or low in ORG_NOUNS or low in MONTHS or low in WEEKDAYS
            or low in QUALIFIED_HEADS or low in HONORIFICS)


def _is_title(word: str) -> bool:
    """A word that stands before a person's name: "Justice", "Dr", "lawmaker", "coach", "Dato'"."""
    low = _norm(word.rstrip("’'"))
    if low in _QUALIFIERS:
        return False
    return low in ROLE_HEADS or low in HONORIFICS or low in PERSONAL_TITLES or (word.islower() and is_person_word(low))


def _word_before(text: str, at: int) -> re.Match | None:
    """The word that ends one space before ``at``."""
    if at < 2 or text[at - 1] != " ":
        return None
    return re.search(r"(?<![\w’'.-])[^\W\d_][\w’'.-]*\Z", text[: at - 1])


def _given_name_word(word: re.Match, unit_ents: list[Ent]) -> bool:
    text = word.group()
    return (text[0].isupper() and not _not_a_name_word(text) and not _inside_other(unit_ents, word.start(), word.end())
            and (not text.endswith(".") or len(text) == 2))  # an initial, not a sentence's end


# the words up to the next mark, or back to the last one
_CLAUSE_AFTER = re.compile(r"[^.,;:!?\"“”()]*")
_CLAUSE_BEFORE = re.compile(r"[^.,;:!?\"“”()]*\Z")


def _capitalised_throughout(text: str, least: int) -> bool:
    """At least ``least`` words of four letters or more, every one capitalised, as in a heading."""
    long_words = [w for w in text.split() if len(w) >= 4]
    return len(long_words) >= least and all(w[0].isupper() for w in long_words)


def _title_case_follows(text: str, at: int) -> bool:
    """Every long word up to the next mark is capitalised, as in a heading."""
    return _capitalised_throughout(_CLAUSE_AFTER.match(text, at, at + 120).group(), 2)


def _in_title_case(text: str, start: int, end: int) -> bool:
    """The clause around the name is set in Title Case, as a heading is."""
    before = _CLAUSE_BEFORE.search(text, max(0, start - 120), start).group()
    after = _CLAUSE_AFTER.match(text, end, end + 120).group()
    return _capitalised_throughout(" ".join((before, text[start:end], after)), 4)


def _inside_other(unit_ents: list[Ent], start: int, end: int) -> bool:
    return any(x.label != "PERSON" and x.start < end and start < x.end for x in unit_ents)


def _misread_alone(text: str, unit_ents: list[Ent], start: int, end: int) -> bool:
    """The word is an entity on its own of a kind the model gives surnames it does not know
    ("Dr (Otieno Ochieng') (Odhiambo)", an organisation), not a place or a date."""
    return any(x.start == start and x.end == end and x.label in _MISREAD_AS for x in unit_ents) \
        and _ENDS_A_NAME.match(text, end) is not None  # (not "told by Secretary Pete Hegseth Pentagon officials")


# a nickname in marks before the surname: "Siân “Sparky” Llewellyn-Obi", "Héctor "El Tano" Giordano"
_NICKNAME_OPENED = re.compile(r"[“\"‘'][^\W\d_a-z][^“”\"‘’']{0,25}\Z")
_NICKNAME_CLOSED = re.compile(r"[^“”\"‘’']{0,25}[”\"’']\s+(" + _NAME_WORD.pattern + r")")
_NICKNAME_NEXT = re.compile(r"\s+[“\"‘'][^\W\d_a-z][^“”\"‘’']{0,25}[”\"’']\s+(" + _NAME_WORD.pattern + r")")
# what a word after a nickname must not be: a place, a time, a number ("called Clinton “Crooked Hillary” Monday")
_NOT_AFTER_NICKNAME = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                 "QUANTITY"})


def _past_nickname(text: str, e: Ent, end: int, unit_ents: list[Ent]) -> int:
    """Where the name ends when a nickname in marks and then the surname follow the given name, or
    when the model stopped inside the nickname."""
    if end == e.end and _NICKNAME_OPENED.search(e.text):
        m = _NICKNAME_CLOSED.match(text, end)
    else:
        m = _NICKNAME_NEXT.match(text, end)
    if m is None or not m.group(1)[0].isupper() or _not_a_name_word(m.group(1)) or any(
            x.label in _NOT_AFTER_NICKNAME and x.start < m.end(1) and m.start(1) < x.end for x in unit_ents):
        return end
    return m.end(1)


# a given name of syllables joined by a hyphen after the surname: "Winnie Ho (Wing-sze)", "Moon (Jae-in)"
_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]{2,}")
# the second half of a double-barrelled surname (not "Hillary Clinton-Tim Kaine": a name does not run on)
_SURNAME_TAIL = re.compile(r"-[^\W\d_a-z][\w’']*[a-z][\w’']*(?![\w-])(?! [^\W\d_a-z])")
# what joins a given name to a father's name: "Huda bint Khalfan al-Rawahi", "Siti Hasnah binti Othman"
_PATRONYMIC = frozenset({"bin", "binti", "bint", "binte", "ibn", "a/l", "a/p"})


# given names that are also titles or offices :func:`_is_title` does not know: "Canon Oluwaseun Adeyemi",
# "Dean Xolani Mkhize"
_TITLES_TOO = frozenset({"canon", "dean", "elder", "deacon", "chief", "sheriff", "marshal"})


def _left_of_model(text: str, before: list[re.Match], e: Ent, known_start: bool, others: list[Ent]) -> int | None:
    """Where a name starts that the model took only the end of, from its words and the words before
    them (nearest first): a given name we know before words that start with none ("Kenya’s (Collins)
    Kiprono Kemboi", "Director of Housing (Winnie) Ho Wing-sze"); a given name and "bin"/"bint" before
    the father's name ("(Huda bint) Khalfan al-Rawahi"); any name word after a role set off by a comma
    ("The factory’s managing director, (Shafiqul) Islam Chowdhury,")."""
    if not before or len(e.text.split()) < 2:
        return None
    first = before[0]
    if first.group() in _PATRONYMIC and len(before) > 1 and before[1].group()[:1].isupper() \
            and not _not_a_name_word(before[1].group()):
        return before[1].start()
    if not first.group()[:1].isupper() or _not_a_name_word(first.group()) or _is_title(first.group()) \
            or _norm(first.group()) in _TITLES_TOO or _inside_other(others, first.start(), first.end()):
        return None  # (nor a people or a place the model found: "coach, (Argentine) Mauricio Pochettino")
    if not known_start and _norm(first.group()) in ANY_GIVEN_NAME and not first.group().endswith((".", "’s", "'s")):
        return first.start()
    if ROLE_BEFORE.search(text, max(0, first.start() - 80), first.start()) and not first.group().endswith("."):
        return first.start()
    return None


def complete_name(text: str, e: Ent, unit_ents: list[Ent]) -> Ent:
    """``e`` stretched over the parts of the name the model left out, before or after it."""
    start, end = e.start, e.end
    joined = re.search(r"[^\W\d_a-z][^\W\d_]+-\Z", text[max(0, start - 30) : start])
    if joined:  # "Kirk-(Anthony Gayle)": the model starts after a hyphen
        start -= len(joined.group())
    # given names the model left out, between a title and the words it took ("Justice Arshad")
    before: list[re.Match] = []
    while len(before) <= _MOST_BEFORE and (word := _word_before(text, before[-1].start() if before else start)):
        before.append(word)
    titled = _is_title(e.text.split()[0])  # the model took the title in: "(Datuk Mohd) Zulkarnain"
    # after an office, a word that is no given name we know joins only words that do not start with one
    # either: "General Counsel (James A. Baker)" is an office and a name, "Justice Arshad (Hussain Bhatti)"
    # one name; after a person's title ("Madam Rosnani (Abdul Rahman)") every word is the name's
    known_start = _norm(e.text.split()[0]) in ANY_GIVEN_NAME
    # (the model may call the title and the given name an organisation: "(Cllr Aoife) (Nic Giolla Phádraig)")
    misread = [x for x in unit_ents if x.label in _MISREAD_AS and x.end == start - 1]
    others = [x for x in unit_ents if x not in misread]
    left = _left_of_model(text, before, e, known_start, unit_ents)
    if left is not None:
        start = left
        before = []
    for k, word in enumerate(before):
        if _is_title(word.group()):
            titled = True
            personal = _norm(word.group().rstrip("’'")) in PERSONAL_TITLES
            if all(_given_name_word(w, others)
                   and (personal or not known_start or _norm(w.group()) in ANY_GIVEN_NAME) for w in before[:k]) \
                    and all(word.start() <= x.start for x in misread):
                start = before[k - 1].start() if k else start
            break
        if not _given_name_word(word, others):
            break
    # after it: a suffix ("II", "Jr."), a double-barrelled surname, or, after a title, any name words
    # (with the small words between them: "Ruiz de la Fuente")
    words = len(text[start:end].split())
    at = model_end = end
    while words < _MOST_WORDS:
        m = _NEXT_WORD.match(text, at)
        if not m:
            break
        word = m.group(1)
        low = _norm(word)
        generation = word.rstrip(".") in GENERATIONS
        if word.islower() and low in _PARTICLES:
            at = m.end()  # taken only when a name word follows
            continue
        if not word[0].isupper() or _not_a_name_word(word) or _inside_other(unit_ents, m.start(1), m.end(1)) and not (
                titled and _misread_alone(text, unit_ents, m.start(1), m.end(1))):
            break
        if not (titled or generation or _DOUBLE_BARRELLED.fullmatch(word.rstrip("’'")) or _SYLLABLES.fullmatch(word)):
            break
        if word.isupper() and not generation or _PARTY_AND_STATE.fullmatch(word):
            break  # "Roger Goodell NFL owners", "Bernie Sanders I-Vt."
        at = end = m.end()
        words += 1
        if generation:
            end += text.startswith(".", end)  # "Jr."
            break
    if end == model_end and (tail := _SURNAME_TAIL.match(text, end)):
        end = tail.end()  # "Chanda Kabwe(-Mumba)", "Geneviève Thériault(-LeBlanc)": the model stops at the hyphen
    taken_by_model = any(x.label == "PERSON" and x.start <= model_end + 1 and end <= x.end for x in unit_ents)
    if end > model_end and not taken_by_model and (
            _title_case_follows(text, end) or _NEXT_CAPITAL.match(text, end) or _in_title_case(text, start, end)):
        # a heading ("Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump", "Governor Josh
        # Shapiro Signs Budget."), or the capitals run on past the name ("Speaker Mike Johnson House
        # Republicans"): the words after the model's name are not the name's (unless the model read them
        # as a name too: "Finance Minister (Luisa Fernanda) (Ospina Caicedo), who …")
        end = model_end
    end = _past_nickname(text, e, end, unit_ents)
    if (start, end) == (e.start, e.end):
        return e
    return Ent(start, end, e.label, text[start:end])
