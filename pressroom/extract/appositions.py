"""Roles set off by commas around a name: an apposition after it ("Kevin Nauen, senior research fellow at
…, said"), a description before it ("His mother, Ayesha Tariq,", "The NLC President, Festus Ogbonna,"), and
what a relative clause says the person does ("…, who runs a banana leaf rice stall,")."""

from __future__ import annotations

import re

from .lexicon import DETERMINERS, HONORIFICS, POST_NOMINALS, RELATIVES, ROLE_HEADS, STOPWORDS, VERB_LEMMA
from .role_words import (ADVERBIAL, APPOSITION_HEADS, APPOSITION_REACH, AUXILIARIES, NOT_ROLES, ends_sentence,
                         is_role_word, plain, said_form, singular, text_before)


# what opens an apposition after a name: letters after it ("SC"), a bracket ("(R-TX)"), the comma, an age
_APPOSITION_OPENS = re.compile(r"(?:['’]s)?(\s+(?:" + "|".join(sorted(POST_NOMINALS)) + r")\b)?(?:\s*\([^()]{1,30}\))?"
                               r",\s+(?:\d{1,3},\s+)?")


def post_role(text: str, end: int) -> str | None:
    """Apposition right after the name ending at ``end``: ", ROLE, said"."""
    rest = text[end:]
    # "Brian Babin (R-TX), ranking member of …"; an age first: "Lorna Villareal, 52, a vendor at …"
    m = _APPOSITION_OPENS.match(rest)
    if not m:
        return None
    rest = rest[m.end():]
    if re.match(r"(?:and|or|but|nor)\b", rest) or _NEXT_NAME_AND_AGE.match(rest):
        # "The mayor, Lisa Park, and police chief Dan Ortiz said", "Jane Doe, 40, Mark Doe, 42, a mechanic":
        # the next item of a list
        return None
    side = _COUNSEL_SIDE.match(rest)
    if side and (side.group(1) != "defending" or m.group(1) or _COURT.search(text)
                 or re.search(r"\b(?:SC|BL|KC|QC)$", text[:end])):
        # "Pádraig Ó Murchú SC, defending, said" (not "Virgil van Dijk, defending, was caught flat-footed")
        return side.group(1)
    if _WORKS_AS.match(rest) or _WHO_RUNS.match(rest) and not _WHO_HEADS.match(rest):
        return None  # a clause, which :func:`clause_role` reads
    heads = _WHO_HEADS.match(rest)
    if heads:
        # "Scott Paul, who heads the Alliance for American Manufacturing": the office the clause names
        office = heads.group(3)
        if office.endswith(".") and not re.search(r"\b(?:[A-Z]\.)+$|\b(?:Inc|Corp|Co|Ltd)\.$", office):
            office = office[:-1]  # the sentence's full stop
        return f"{_HEAD_OF[heads.group(1)]} {heads.group(2) or ''}{office}"
    stop = next((m for m in re.finditer(r"[.;:!?](?:\s|$)|\s[—–]\s|[“”\"]|$", rest)
                 if not _ABBREVIATION_END.search(rest[: m.start() + 1])), None)
    clause = rest[: stop.start()] if stop else rest
    clause = re.split(r"\s(?:who|whose|which)\s", clause, maxsplit=1)[0]  # "a vendor at the market who was rescued"
    parts = clause.split(", ")
    # the apposition ends before a comma that is followed by the verb
    cut = len(parts)
    for k in range(1, len(parts)):
        first_words = parts[k].split()
        if not first_words:
            continue
        j = 0
        while j < len(first_words) - 1 and ADVERBIAL.match(first_words[j]):
            j += 1
        w = first_words[j].lower().strip(",")
        if w == "and" and 1 < len(first_words) <= 4 and all(x.islower() for x in first_words[1:]):
            continue  # the last item of a list inside the title: "…, human rights, and labor"
        if w in VERB_LEMMA or w in ("who", "which", "has", "had", "was", "is", "will", "would", "and") \
                or re.fullmatch(r"\w+ed", w):
            cut = k
            break
        if w in ("the", "a", "an") and parts[k - 1].split()[-1][:1].isupper():
            cut = k  # "spokesperson for Inherent Resolve, the U.S. military operation …": the name's apposition
            break
    else:
        cut = 1
    role = ", ".join(parts[:cut]).strip()
    words = _one_of(role.split())
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words or len(words) > 20:
        return None
    # the head noun comes before the phrase's first preposition ("expert in …"), however
    # many names qualify it ("the Health and Human Services secretary")
    head_words = next((words[:k] for k, w in enumerate(words) if k and w in ("of", "at", "for", "in", "to", "with", "on", "by")),
                      words)
    if not any(is_role_word(plain(w.strip(","))) or plain(w.strip(",")) in APPOSITION_HEADS for w in head_words[:8]):
        return None
    if plain(words[0]) in VERB_LEMMA or plain(words[0]) in _NOT_APPOSITION_STARTS:
        return None  # a relative clause or a predicate ("Tom, were greeted by an organizer"), not an apposition
    role = " ".join(words)
    if re.search(r"\band\s+(?:a|an|the|his|her|their|two|three|four|\d+)\b", role) and plain(words[0]) in RELATIVES \
            or re.match(r"(?i:his|her|their)\s+\w+\s+and\s", clause):
        return None  # "Tom Hill, his son and a neighbour": more people, not who he is
    if any(is_role_word(m.group(1)) for m in re.finditer(r"\b([a-z-]{3,})\s+[A-Z][a-z]+\s+[A-Z][a-z]+(?=\s+and\b|$)", role)):
        return None  # "Russell Westbrook, Lakers great Magic Johnson and … coach Jason Kidd": more names
    return role


# (not "leads": "Clinton, who leads Sanders in Iowa")
_HEAD_OF = {"heads": "head of", "runs": "head of", "chairs": "chair of",
            "directs": "director of", "founded": "founder of", "co-founded": "co-founder of", "owns": "owner of",
            "manages": "manager of", "coaches": "coach of", "edits": "editor of"}
_WHO_HEADS = re.compile(r"who\s+(?:now\s+|also\s+|currently\s+)?(" + "|".join(_HEAD_OF) + r")\s+(the\s+)?"
                        r"([A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|of|for|and|the|on|in)){0,8})(?=[,.;:)]|\s[—–]|$)")


# what a clause says someone does, kept as written when its object is no named office: "who runs a banana leaf
# rice stall", "who heads the IAA’s youth volunteer program", "who represents Ngāi Tahu on the Recovery Group"
_WHO_RUNS = re.compile(r"who\s+(?:now\s+|also\s+|currently\s+)?((?:heads|runs|chairs|directs|directed|founded|co-founded|"
                       r"owns|manages|coaches|edits|represents|teaches)\s+(?:at\s+)?(?:the|a|an|[A-Z][\w.-]*[’']s)\s+"
                       r"(?=[^,.;:!?()“”\"]{0,80}?(?:\b(?<!named )(?<!called )[A-Z]|\b(?:stall|shop|store|business|company|firm|restaurant|"
                       r"caf[eé]|bakery|farm|school|clinic|charity|salon|bar|pub|hotel|factory|garage|programme|program|"
                       r"project|club|association|union|department|unit|ward|agency|foundation|network|centre|center|"
                       r"practice|studio|gallery|museum|label|brand|chain|team|squad|group)s?\b))"
                       r"[^,.;:!?()“”\"]{2,80}?"
                       # where someone farms or works: "who farms in Karoi"
                       r"|(?:farms|fishes|teaches|works|studies|trains|preaches)\s+(?:in|at|near|for|on)\s+"
                       r"(?=[^,.;:!?()“”\"]{0,60}?\b[A-Z])[^,.;:!?()“”\"]{2,60}?)(?=,|\.(?:\s|$)|;|$)")
# a clause that says what someone works as: "who works as an accountant in Dubai"
_WORKS_AS = re.compile(r"who\s+(?:now\s+|also\s+|currently\s+)?(?:works|worked|serves|served)\s+as\s+(?:an?|the)\s+"
                       r"([^,.;:!?()“”\"]{2,60}?)(?=,|\.(?:\s|$)|;|$)")
# the next name of a list with ages: "…, Mark Doe, 42,"
_NEXT_NAME_AND_AGE = re.compile(r"(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+,\s+\d{1,3}\b")
# what says a report is a court's
_COURT = re.compile(r"\b(?:court|judge|sheriff|magistrate|jury|sentenc\w*|trial|prosecut\w*|counsel|pleaded|pled)\b",
                    re.IGNORECASE)
# counsel named by the side they speak for, in court reports: "Kevin Halloran BL, prosecuting,"
_COUNSEL_SIDE = re.compile(r"(defending|prosecuting|for the (?:defence|defense|prosecution|State|state|Crown))(?=,)")


def clause_role(text: str, end: int) -> str | None:
    """What a relative clause after the name says the person does: "…, who runs a banana leaf rice stall,"
    gives "runs a banana leaf rice stall", "…, who works as an accountant," gives "accountant". A role
    written as a title or an apposition comes first."""
    m = _APPOSITION_OPENS.match(text, end)
    if not m:
        return None
    rest = text[m.end():]
    works_as = _WORKS_AS.match(rest)
    if works_as and is_role_word(plain(re.split(r"\s(?:in|at|for|with|on|of)\s", works_as.group(1))[0].split()[-1])):
        return works_as.group(1)  # (not "who works as a team with her sister", "served as an inspiration")
    runs = _WHO_RUNS.match(rest)
    return runs.group(1) if runs and not _WHO_HEADS.match(rest) else None


def _one_of(words: list[str]) -> list[str]:
    """'one of his editors at Tor' -> 'editor at Tor': the member of a group, by the group's title."""
    if len(words) < 3 or words[0].lower() != "one" or words[1] != "of":
        return words
    rest = words[2:]
    if rest[0].lower() in DETERMINERS or rest[0].lower() in ("his", "her", "their", "its", "our", "the"):
        rest = rest[1:]
    for k, word in enumerate(rest[:4]):
        one = singular(plain(word))
        if one and word.islower():
            return rest[:k] + [one] + rest[k + 1:]
    return words


# a full stop that ends an abbreviation, not the sentence: "the U.S. attorney", "Jr.", "Inc."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.){2,}$|\b(?:Jr|Sr|Inc|Corp|Co|Ltd|St|Dr|Mr|Mrs|Ms|Gov|Sen|Rep)\.$")
_NOT_APPOSITION_STARTS = {"who", "which", "whose", "that", "was", "were", "is", "are", "has", "have", "had", "will",
                          "would", "could", "can", "did", "does", "do",
                          # a clause or a phrase of time after the name: "…, after the novelist Jo Walton explained"
                          "after", "before", "when", "while", "as", "because", "since", "although", "though", "if",
                          "unless", "where", "despite", "during", "like",
                          # a new clause: "…'s, it's ironic that the presidential candidate …"
                          "it's", "it’s", "it", "there", "this", "these", "those", "he", "she", "they", "we", "i",
                          "you"}


def pre_apposition(text: str, start: int, closed: bool = False) -> str | None:
    """Apposition right before the name: "X’s ROLE, [Title] NAME". With ``closed`` (a comma follows the name)
    a description that is the whole clause before it counts too ("His mother, Ayesha Tariq, said")."""
    before = text_before(text, start, APPOSITION_REACH)
    m = re.search(r"(\w+\.?\s+)?$", before)
    if m and m.group(1) and plain(m.group(1).strip()) in HONORIFICS:
        before = before[: m.start()]
    if not before.endswith(", "):
        return None
    seg = before[:-2].rsplit(",", 1)[-1]
    heads = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
    m = re.search(r"(?:\b[A-Z][\w-]*[’']s\s+|\bthe\s+|\b[Ii]ts\s+|\b[Tt]heir\s+)((?:[\w-]+\s+){0,2}?"
                  r"(?:" + heads + r")\b[^,]{0,80})$", seg) \
        or re.search(r"\b[A-Z][\w-]*[’']s\s+((?:[\w-]+\s+){0,2}?(?i:" + heads + r")\b[^,]{0,80})$", seg) \
        or re.search(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){0,2}?(?i:" + heads + r")(?:\s+\([A-Z]{2,6}\))?\s+(?:of|for)\s+[^,]{1,80})$", seg)
    # ("Ontario's Minister of Mines, Claire Desrosiers", "the Minister of Labour, Dr Halima Bello-Usman": a
    # capitalised title after its owner or over an office; not a paper, "Speaking to the Daily Monitor, …")
    if not m:
        return _described_before(seg) if closed else None
    role = m.group(1).strip()
    # what follows the title is a phrase of its own ("director of research"), not a clause with a
    # verb and another person ("As CNN's chief medical correspondent Dr. Sanjay Gupta noted at the time, Trump")
    if any(said_form(w) or plain(w) in NOT_ROLES or plain(w) in AUXILIARIES for w in role.split()) \
            or re.search(r"[a-z]{2,}[.!?]\s+[A-Z]", role):
        return None
    return role


_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my"}
_ROLE_PREPOSITIONS = {"of", "for", "at", "in", "on", "to", "with", "from"}


def _described_before(seg: str) -> str | None:
    """A description set off before the name, in the forms the title patterns leave: "His mother, …",
    "The hospital's chief executive, Dr …", "The NLC President, …", "A Commission spokesperson, …",
    "A clerical officer at a state secretariat in the North-Central, Mrs …", "Campbell’s daughter, …".

    The phrase is an opener (an article, a possessive pronoun or a name's possessive), at most two owner
    words ending in 's, up to five words that qualify the head, the head (a role, an occupation or a
    relative), and what the head is "of", "at" or "for"; it is the whole clause (not "Flanked by his wife,
    President William Ruto said", "Unlike his father, Tomás Herrera, …"). A capitalised head must be an
    office ("The NLC President"), not a word of a name ("The Daily Monitor, …").
    """
    # (after a quotation it attributes: "“…,” the Western Regional Communications Manager of GWL, Mr …, told")
    words = re.split(r"(?<=[.!?])[\"”’]?\s+|[,.!?]?[\"”’]\s+", seg.strip())[-1].split()
    if words and words[0].lower() in ("and", "but"):
        words = words[1:]
    return _description(words) if 0 < len(words) <= 16 else None


# heads that are offices when capitalised ("the NLC President", "The Municipal Police Commander")
_CAPITALISED_OFFICES = {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "minister", "secretary",
                        "governor", "commissioner", "manager", "officer", "spokesperson", "spokesman", "spokeswoman",
                        "chief", "commander", "executive", "leader", "head", "mayor", "ambassador", "coordinator",
                        "superintendent", "inspector", "registrar", "treasurer", "principal", "dean", "rector",
                        "chancellor", "speaker", "judge", "administrator", "controller", "regent", "prefect",
                        "counsel", "attorney", "auditor", "ombudsman", "consul", "deputy", "rapporteur"}


def _description(words: list[str]) -> str | None:
    first = words[0]
    owned_by_name = re.fullmatch(r"[A-Z][\w.-]*[’']s", first) is not None
    if first.lower() not in _OPENERS and not owned_by_name:
        return None
    i = 0 if owned_by_name else 1
    owner_end = i
    for j in range(i, min(i + 3, len(words))):
        if re.fullmatch(r"[\w.&-]+[’']s", words[j]):
            owner_end = j + 1  # "the credit union’s", "The hospital's"
    if any(plain(w) in STOPWORDS or plain(w) in DETERMINERS for w in words[i : owner_end - 1]):
        return None  # "the court the victim's mother": no owner of several phrases
    head_at = next((j for j in range(owner_end, len(words)) if plain(words[j]) in _ROLE_PREPOSITIONS), len(words))
    if head_at <= owner_end or head_at - owner_end > 6 or len(words) - head_at > 14:
        return None
    head = plain(words[head_at - 1])
    if not (is_role_word(head) or is_role_word(singular(head) or "")):
        return None
    if words[head_at - 1][:1].isupper() and head not in _CAPITALISED_OFFICES:
        return None
    for w in words[owner_end:]:
        low = plain(w)
        if said_form(w) or low in AUXILIARIES or low in NOT_ROLES or low in _NOT_APPOSITION_STARTS \
                or (w is not words[-1] and ends_sentence(w)) or not re.search(r"\w", w):
            return None
    for w in words[owner_end:head_at - 1]:
        if plain(w) in STOPWORDS or plain(w) in DETERMINERS:
            return None  # "Speaking outside the court the victim's mother": no qualifier of the head
    if head_at < len(words) and len(words) - head_at < 2:
        return None
    kin = head in RELATIVES
    # a relative keeps whose it is ("Campbell’s daughter"); an office keeps the organisation the story
    # described ("credit union’s chairwoman"), not a name's possessive (as the title patterns do)
    keep_from = 0 if kin and owned_by_name else i if (kin or first.lower() == "the") and owner_end > i else owner_end
    return " ".join(words[keep_from:]) or None
