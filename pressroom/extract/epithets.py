"""What a story calls someone it has already named, instead of the name: an epithet ("the
24-year-old", "the Frenchman", "the striker") or the words it set before the name ("Left-arm pacer
Gurpreet Dhillon" … "the left-arm pacer said"). Each function gives the canonical name of the person meant."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import PARAGRAPH_SEPARATOR
from .lexicon import (CLAUSE_OPENERS, DETERMINERS, NOUN_GENDER, ORG_NOUNS, PEOPLE_NOUNS, PLAYER_POSITIONS, RANKS,
                      RELATIVES, STOPWORDS, VERB_LEMMA, is_person_word, titles_only, words_before_name)
from .missed_names import KIN_BEFORE
from .para import Para, Subject
from .text import sentence_bounds

if TYPE_CHECKING:
    from .speakers import State

# words for people: "the Wisconsin Republican" is not Wisconsin
MEMBERS = PEOPLE_NOUNS | {"republican", "republicans", "democrat", "democrats", "lawmakers"}

# words for a person by age, by family or by where they are from, with their gender: "the Walsall lad",
# "the retired dinner lady", "the teenager"
_PERSON_EPITHETS = {"lad": "m", "lass": "f", "lady": "f", "pensioner": None, "grandmother": "f", "gran": "f",
                    "grandma": "f", "grandfather": "m", "grandad": "m", "grandpa": "m", "teenager": None,
                    "youngster": None, "schoolboy": "m", "schoolgirl": "f", "retiree": None, "widow": "f",
                    "widower": "m", "sexagenarian": None, "septuagenarian": None, "octogenarian": None,
                    "nonagenarian": None, "centenarian": None}
_TEENS = {"teenager", "schoolboy", "schoolgirl"}
_DECADES = {"sexagenarian": 60, "septuagenarian": 70, "octogenarian": 80, "nonagenarian": 90, "centenarian": 100}

# what a sports or a tabloid story calls someone it has just named: "the 24-year-old", "the dad-of-three",
# "the Tallaght native", "the Frenchman", "the Northern Irishman", "the Hungarian" (a nationality), "the
# former Ajax striker"
_EPITHET = re.compile(r"the\s+(?:(?P<age>\d{1,3})-year-old|"
                      r"(?P<kin>(?:great-)*(?:dad|father|mum|mom|mother|gran|granny|nan|nana|grandma|grandmother|grandad|"
                      r"granddad|grandpa|grandfather)-of-[a-z]+)|"
                      r"(?P<native>(?:(?-i:[A-Z])[\w’'-]+\s+){1,3}native)|"  # "the Tallaght native", "the New Jersey native"
                      r"(?P<man>(?:(?-i:[A-Z])[a-z]+\s+)?(?-i:[A-Z])[a-z]+(?:wo)?man)|(?P<nationality>(?-i:[A-Z])[a-z]+(?<!s))|"  # (not "the Russians")
                      r"(?:[\w-]+\s+){0,3}(?P<player>" + "|".join(sorted(PLAYER_POSITIONS, key=len, reverse=True)) + ")|"
                      r"(?:[\w-]+\s+){0,3}(?:great-)*(?P<person>" + "|".join(sorted(_PERSON_EPITHETS, key=len, reverse=True)) + "))",
                      re.I)
# peoples, which the model does not always call one ("the Dane", "the Kazakh" are organisations to it)
_DEMONYMS = set('''
dane swede scot finn pole brit briton kiwi aussie spaniard swiss czech serb croat turk greek norwegian dutchman
kazakh uzbek tajik kyrgyz turkmen afghan pakistani bangladeshi nepali thai filipino filipina vietnamese
kenyan ugandan ethiopian eritrean somali nigerian ghanaian zambian zimbabwean tanzanian rwandan namibian
cameroonian ivorian congolese senegalese malian sudanese egyptian moroccan algerian tunisian libyan
argentine argentinian chilean peruvian colombian venezuelan uruguayan paraguayan bolivian ecuadorian
brazilian mexican cuban jamaican canadian american australian austrian german italian portuguese belgian
slovak slovene slovenian hungarian romanian bulgarian ukrainian russian belarusian lithuanian latvian
estonian georgian armenian azerbaijani iranian iraqi israeli palestinian jordanian lebanese syrian saudi
emirati qatari omani yemeni japanese chinese korean taiwanese indonesian malaysian singaporean indian
mongolian icelander luxembourger maltese cypriot montenegrin bosnian albanian macedonian
frenchman irishman englishman welshman scotsman frenchwoman irishwoman englishwoman welshwoman scotswoman
'''.split())
# people of a city or a region: "the Sydneysider", "the Queenslander", "the Londoner", "the Bostonian"
_PLACE_PEOPLE = re.compile(r"[A-Z][a-z]+(?:sider|lander|oner|onian|burnian|egian)")
# an age given after a name: "Leland Ostrowski, 58, was found guilty"
_AGE_AFTER_NAME = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(\d{1,3}),")
_AGE_WORD = re.compile(r"\d{1,3}-year-old")


def _ages_given(state: State) -> dict[str, str | None]:
    """The age the story gives after each name and surname ("Leland Ostrowski, 58," → {"Leland Ostrowski":
    "58", "Ostrowski": "58"}); a surname given two ages (a couple, "Hannah Briggs, 29" and "Jordan Briggs,
    31") tells neither."""
    ages: dict[str, str | None] = {}
    by_surname: dict[str, set[str]] = {}
    for name, age in _AGE_AFTER_NAME.findall(state.body):
        words = name.split()
        for k in range(len(words) - 1):
            ages[" ".join(words[k:])] = age
        by_surname.setdefault(words[-1], set()).add(age)
    for surname, found in by_surname.items():
        ages[surname] = next(iter(found)) if len(found) == 1 else None
    return ages


def _age_of(ages: dict[str, str | None], name: str) -> str | None:
    """The age given for a person, by the full name or else by the surname."""
    return ages.get(name) or ages.get(name.split()[-1])


def _in_decade(age: str | int, decade: int) -> bool:
    return decade <= int(age) < decade + 10
# a sentence that opens on a capitalised name and its verb or age ("Femi Adeyinka, 19, scored …")
_OPENS_ON_NAME = re.compile(r"\s*[“\"‘']?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=,\s*\d{1,3},|\s+[a-z])")
# one or two words in lower case between a capitalised word and a name: the words describe the person
# ("Brewers starter Owen Takahashi", "Left-arm pacer Gurpreet Dhillon")
_QUALIFIES_NAME = re.compile(r"(?:\s+[a-z][\w-]*){1,2}\s+")
_NOT_NAMES = DETERMINERS | CLAUSE_OPENERS | {"he", "she", "they", "it", "we", "i", "but", "and", "his", "her", "their"}


def by_epithet(state: State, p: Para, subj: Subject) -> str | None:
    """The person of the story an epithet points back at: the latest one it fits by gender and by age,
    unless the sentence before opens on someone the story has not named as a person (then the
    epithet is most likely theirs)."""
    m = _EPITHET.fullmatch(subj.text.strip(" ,."))
    if not m:
        return None
    word = (m["man"] or m["nationality"] or "").split()[-1:] or [""]
    if (m["man"] or m["nationality"]) and word[0].lower() in MEMBERS:
        return None  # "the Chairman", "the Republican"
    if m["nationality"] and word[0].lower() not in _DEMONYMS and not _PLACE_PEOPLE.fullmatch(word[0]) \
            and not any(subj.start <= a and b <= subj.end + 1 for a, b in p.nationalities):
        return None  # "the Guardian": a name, not a people
    head = (m["age"] and f"{m['age']}-year-old") or m["kin"] or m["native"] or m["player"] or m["person"] or word[0]
    if _someone_unnamed(state, p, subj, head):
        return None  # "A 15-year-old boy was arrested …": someone the story did not name
    if _after_a_stranger(p, subj):
        return None
    epithet = m.group().lower()
    want = "m" if re.search(r"(?<!wo)man$|dad|father|grandpa", epithet) \
        else "f" if re.search(r"woman$|mum|mom|mother|gran|nan|grandma", epithet) \
        else _PERSON_EPITHETS.get((m["person"] or "").lower())
    teen = (m["person"] or "").lower() in _TEENS
    decade = _DECADES.get((m["person"] or "").lower())
    ages = _ages_given(state) if m["age"] or teen or decade else {}
    people = [name for name in state.last_people + state.mentioned
              if want is None or state.genders.get(name) in (None, want)]
    # the one whose age the story gave first ("Leland Ostrowski, 58, …" for "the 58-year-old", "Femi
    # Adeyinka, 19, …" for "the teenager"), then the latest whose age it did not give
    aged = [name for name in people if (m["age"] and _age_of(ages, name) == m["age"])
            or (teen and 13 <= int(_age_of(ages, name) or 0) <= 19)
            or (decade and _in_decade(_age_of(ages, name) or 0, decade))]  # "the octogenarian"
    # (the story may give an age only so; but "the teenager" is no one whose age it did not give)
    unaged = [name for name in people if _age_of(ages, name) is None] if not teen else []
    return (aged or unaged)[0] if aged or unaged else None


# where the words set before a name stop: "Goals from Ryan Tesfaye and (substitute) Femi Adeyinka"
_DESCRIPTOR_STOP = STOPWORDS | DETERMINERS | CLAUSE_OPENERS | set(VERB_LEMMA)
_WORDS_BEFORE = re.compile(r"(?:[\w’'-]+\s+){1,3}$")
# what a sports story calls a role the second time: "India captain Varun Deshpande" … "the skipper"
_SAME_ROLE = {"skipper": "captain", "goalie": "goalkeeper", "keeper": "goalkeeper", "boss": "manager"}


def descriptor_before(text: str, start: int) -> tuple[str, ...]:
    """The words in front of a name that describe its person, in lower case and ending on a word
    for a person: ("left-arm", "pacer") of "Left-arm pacer Gurpreet Dhillon", ("past", "senators",
    "goalkeeper") of "shot past Senators goalie Jérémie Fontaine" (a role a sports story calls in two
    ways is written one way); none after a verb or a possessive ("said Owen Takahashi"), nor before a
    clause ("in the poll Donald Trump leads")."""
    if kin := KIN_BEFORE.search(text, max(0, start - 40), start):
        # "Her death was confirmed by her son, Samuel Hollander" … "her son said" (not "his son")
        return (kin.group().split()[0].lower(), kin["kin"].lower())
    m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    words: list[str] = []
    for word in reversed(m.group().split() if m else []):
        low = word.lower()
        if low in _DESCRIPTOR_STOP or low.endswith(("’s", "'s")) or not re.search(r"[a-z]", low):
            break
        words.insert(0, _SAME_ROLE.get(low, low))
    return tuple(words) if words and (is_person_word(words[-1]) or words[-1] in _PARTY_MEMBERS | _DEMONYMS) else ()


_OWNERS = ("his", "her", "their", "my", "our")


def by_descriptor(state: State, p: Para, subj: Subject) -> str | None:
    """The person of the story whose name the description's words were set before, its last word
    last: "the left-arm pacer", "the pacer", "the Senators goalie"; not after someone unnamed the
    words fit ("Lorry driver Paul Mason" … "A bus driver who saw the crash" … "the driver said")."""
    words = [w.lower() for w in subj.text.strip(" ,.").split()]
    if not 2 <= len(words) <= 4 or _someone_unnamed(state, p, subj, words[-1]) \
            or words[0] != "the" and not (words[0] in ("his", "her", "their") and words[-1] in RELATIVES):
        return None
    # (an age the story may not have given: "the 34-year-old halfback" of "veteran halfback X", but not
    # of "halfback X, 24,")
    age = next((w.split("-")[0] for w in words if _AGE_WORD.fullmatch(w)), None)
    words = [_SAME_ROLE.get(w, w) for w in words if not _AGE_WORD.fullmatch(w)]
    ages = _ages_given(state) if age else {}
    seen = [name for name in state.people_by_recency() if (_age_of(ages, name) or age) == age]
    # "Kazakh qualifier Timur Abdrakhmanov" … "the Kazakh": a people's name among the words
    demonym = len(words) == 2 and (words[-1] in _DEMONYMS or any(subj.start <= a and b <= subj.end + 1
                                                                 for a, b in p.nationalities))
    return next((name for name in seen for before in state.descriptors.get(name, ())
                 if (before[-1] == words[-1] or demonym and words[-1] in before[:-1]) and set(words[1:]) <= set(before)
                 and (before[0] not in _OWNERS or words[0] in (before[0], "the"))), None)


def _after_a_stranger(p: Para, subj: Subject) -> bool:
    """The sentence before opens on a name the story has not named as a person ("Hibs boss Marta
    Villanueva-Soler was left frustrated", a name the model missed): a description is most likely theirs."""
    k = p.sentence_of(subj.start)
    if k == 0:
        return False
    opening = _OPENS_ON_NAME.match(p.masked, p.sents[k - 1][0])
    return bool(opening) and opening.group(1).split()[0].lower() not in _NOT_NAMES \
        and not any(ps.start <= opening.start(1) < ps.end or opening.start(1) <= ps.start < opening.end(1)
                    for ps in p.people) \
        and not any(_QUALIFIES_NAME.fullmatch(p.masked, opening.end(1), ps.start) for ps in p.people)


# nouns that describe the one a story is about without ending like a doer: "the junior", "the 2019 champion"
_CHARACTER_NOUNS = {"junior", "senior", "sophomore", "freshman", "rookie", "veteran", "champion", "debutant",
                    "favourite", "favorite", "underdog", "newcomer", "youngster", "holder", "star", "hero", "clubman"}
# a title for the office it names: "Justice Folasade Ojo-Ikpeme" … "the judge"
# ("Rev. Fr. Anthony Gbarlea" … "the priest", "Ven. Kotagama Sumanasara Thera" … "the prelate", "Kaumātua Te
# Rangi Pōhatu" … "the elder")
_TITLE_AS = {"justice": ("judge",), "fr": ("priest",), "father": ("priest",), "msgr": ("priest", "prelate"),
             "rev": ("priest", "minister", "pastor", "vicar", "cleric"), "ven": ("prelate", "monk", "cleric"),
             "kaumatua": ("elder",), "kaumātua": ("elder",), "imam": ("cleric",), "rabbi": ("cleric",)}
# members of a party: "the Republican" (a capitalised word, not "the liberal")
_PARTY_MEMBERS = {"republican", "democrat", "tory", "conservative", "liberal", "socialist", "unionist", "nationalist"}
# a description that names a kind of person and nothing more: "the Kazakh", "the Silver Ferns coach"
_CHARACTER = re.compile(r"the\s+((?:[\w’'-]+\s+){0,2})([\w-]+)", re.I)


def by_focus(state: State, p: Para, subj: Subject) -> str | None:
    """The person the sentence before was about, for a description no role, descriptor or epithet
    placed, when it fits them: a word that characterises anyone (a people, a party, a player's
    position, "the junior", "the 2019 champion"), or an office or occupation their role or the words
    before their name give ("Coach Rangimarie Tuhiwai" … "the Silver Ferns coach", "Magistrate Helen
    Papadopoulos" … "the magistrate"; not "the judge" or "the spokesman" after a defendant). Not when
    the sentence before or the paragraph so far names someone else too, nor someone the story brought in
    unnamed ("A bus driver … the driver said") or called so apart from a name ("met the mayor … the
    mayor said")."""
    m = _CHARACTER.fullmatch(subj.text.strip(" ,."))
    if not m or not state.last_people:
        return None
    head, low = m.group(2), m.group(2).lower()
    modifiers = [w.lower() for w in m.group(1).split()]
    nationality = head[:1].isupper() and (low in _DEMONYMS or any(
        subj.start <= a and b <= subj.end + 1 for a, b in p.nationalities))
    party = head[:1].isupper() and low in _PARTY_MEMBERS
    if head[:1].isupper() and not (nationality or party):
        return None  # "the National Guard": a name
    characterises = nationality or party or low in _CHARACTER_NOUNS or low in _PERSON_EPITHETS or low in PLAYER_POSITIONS
    if not (characterises or is_person_word(low)) or low in RELATIVES or low in ORG_NOUNS or low.endswith("s"):
        return None  # (nor "the Republicans", a party; "the retailer" is a firm)
    if _someone_unnamed(state, p, subj, low) or _after_a_stranger(p, subj):
        return None
    before = state.body[: p.offset + subj.start]
    for earlier in re.finditer(rf"\bthe\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(head)}\b(?!,?\s+(?-i:[A-Z]))", before, re.I):
        if not re.search(r"[A-Z][\w’'-]+,\s*$", before[: earlier.start()]):
            return None  # "the mayor" as someone else already, not in apposition to a name
    name = state.last_people[0]
    want = NOUN_GENDER.get(low) or _PERSON_EPITHETS.get(low)
    if want and state.genders.get(name) not in (None, want):
        return None
    # the person is the subject of the sentence before, and the only one it or the paragraph so far names:
    # a subject from paragraphs ago is no focus, nor one beside someone else ("Qualifier Lucas Pouille
    # beat Daniil Medvedev. Pouille hit 40 winners. The former champion said"), nor one named earlier in
    # the same sentence ("Cruz said as the heckler yelled")
    k = p.sentence_of(subj.start)
    if k > 0:
        sentence_before = p.text[p.sents[k - 1][0] : p.sents[k - 1][1]]
    else:
        paragraph_before = state.body[max(0, state.body.rfind(PARAGRAPH_SEPARATOR, 0, max(0, p.offset - 2))) : p.offset]
        a, b = (sentence_bounds(paragraph_before) or [(0, len(paragraph_before))])[-1]
        sentence_before = paragraph_before[a:b]
    words = name.split()[-1:] + name.split()[:1]
    if low in _TEENS and not re.search(r"\b1[3-9]\b", sentence_before):
        return None  # "the teenager" is no one whose teenage years the story did not give
    if low in _DECADES and (given_age := _age_of(_ages_given(state), name)) \
            and not _in_decade(given_age, _DECADES[low]):
        return None  # "the octogenarian" is not "Jane Doe, 45,"
    titles = None  # the words before the name there, nothing but titles: "Justice", "Captain"
    for at in (re.search(rf"\b{re.escape(word)}\b", sentence_before) for word in words):
        before_name = [w for w in words_before_name(sentence_before[: at.start()]) if re.search(r"\w", w)] if at else None
        if before_name is not None and titles_only(before_name):
            titles = [w.lower().strip(".") for w in before_name]
            break
    # what the story called them: their role, the words set before their name
    given = {said for w in [*state.roles.get(name, "").split(), *(titles or []),
                            *(w for found in state.descriptors.get(name, ()) for w in found)]
             for said in _TITLE_AS.get(w, (_SAME_ROLE.get(w, w),))}
    ranks = [w for w in modifiers if w in RANKS]
    if not (characterises or low in given or ranks) or any(w not in given for w in ranks):
        return None  # "the prosecutor" after the defendant; "the shadow minister" after the minister (but
        # after the shadow energy secretary)
    if titles is None \
            or any(re.search(rf"\b{re.escape(other.split()[-1])}\b", sentence_before + p.text[: subj.start])
                   for other in state.roles if other != name and other.split()[-1] != name.split()[-1]) \
            or any(re.search(rf"\b{re.escape(word)}\b", p.text[p.sents[k][0] if p.sents else 0 : subj.start])
                   for word in words):
        return None
    return name


def _someone_unnamed(state: State, p: Para, subj: Subject, head: str) -> bool:
    """Before the description, the story brings in someone it does not name whom the head word fits
    ("A 15-year-old boy was arrested", "Another protester said", "A second witness", "A great-grandmother was
    left trapped", "The boy's great-grandmother, who did not want to be named")."""
    return re.search(rf"(?:\b(?:a|an|another|a\s+second|one)\s+(?:[\w-]+\s+){{0,2}}|[’']s\s+)(?:\w+-)*{re.escape(head)}\b",
                     state.body[: p.offset + subj.start], re.I) is not None
