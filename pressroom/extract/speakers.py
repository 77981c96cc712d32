"""Turning a verb's subject into a speaker, with pronouns and nominal
references ("the ambassador") resolved against what came before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .documents import A_DOCUMENT_OUT, DOCUMENT_DONE, DOCUMENT_NOUNS, ISSUED, WRITTEN_BY
from .epithets import MEMBERS, by_descriptor, by_epithet, by_focus
from .lexicon import (DETERMINERS, MONTHS, NOUN_GENDER, ORG_NOUNS, PARTY_WORDS, PEOPLE_NOUNS,
                      PERSONAL_TITLES, RANKS, RELATIVES, ROLE_HEADS, WEEKDAYS, WHEN_PHRASE, is_person_word)
from .org_names import full_org_name, introduced_as, named_after_noun, the_one_company
from .para import Para, Subject

_NOT_ISSUERS = DETERMINERS | set(WEEKDAYS) | {"the", "on", "in", "at", "but", "and", "then", "later", "they", "he",
                                              "she", "we", "it", "i", "you", "yesterday", "today", "earlier", "also",
                                              "when", "after"}
_NP_OWNER = re.compile(
    r"^(?:.*?\b)?(?P<noun>statement|statements|spokesman|spokeswoman|spokesperson|representative|"
    r"representatives|official|officials|source|sources|notice|notices|letter|report|post|"
    r"posting|release|memo|document|documents|email|tweet|message|website|page|account|"
    r"one|member|members|leader|leaders|head|chief)\s+(?:from|of|for|at|with|close to|in)\s+(?P<owner>.+)$",
    re.I,
)


@dataclass
class Speaker:
    name: str
    kind: str  # "person" (named), "organization", or "description" (unnamed people: "an officer")
    others: tuple[str, ...] = ()  # people who say it with this person ("said Ann Ruiz and Tom Hale")


@dataclass
class State:
    """What the reader remembers while going through the article."""

    body: str
    roles: dict[str, str]  # canonical name -> role (lower case)
    genders: dict[str, str]
    last_people: list[str] = field(default_factory=list)  # most recent subject first
    last_group: Speaker | None = None
    mentioned: list[str] = field(default_factory=list)  # anyone named, most recent first
    # "Big Machine Records issued a statement": who "the statement" speaks for, and the paragraph it does
    # so only in (None: the rest of the story)
    document_owners: dict[str, tuple[Speaker, int | None]] = field(default_factory=dict)
    # someone unnamed who just spoke ("A mother in Rinkeby … told The Local"), the gender the words
    # give and the (paragraph, sentence) they spoke in, whom "he" or "she" may be next: memory.note_described
    described: tuple[Speaker, str | None, tuple[int, int]] | None = None
    # canonical name -> the words set before the person's name ("left-arm", "pacer"): epithets.descriptor_before
    descriptors: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)

    def note_documents(self, p: Para) -> None:
        """Remember who issued which statement, letter or report in this paragraph: for the rest of the
        story ("Drax Group issued a statement"), or only for this paragraph when the owner said
        something in it ("Police said in a statement that …", "In a statement signed by …, the NLC said");
        a document issued by someone it does not name here is no longer the one remembered."""
        for m in A_DOCUMENT_OUT.finditer(p.masked):
            self.document_owners.pop(m.group("doc").lower(), None)
        for m in ISSUED.finditer(p.masked):
            group = "owner" if m.group("owner") else "owner2"
            doc = (m.group("doc") or m.group("doc2")).lower()
            until = p.index if m.group("said") or m.group("doc2") else None
            words = m.group(group).split()
            if words[0].lower() in ("his", "her", "their", "its") and len(words) > 1:
                # "His family said in a statement": the family's statement
                noun = " ".join(words[1:])
                self.document_owners[doc] = (Speaker(
                    noun, "description" if _describes_people(noun) or noun in ("family", "relatives") else "organization"),
                    until)
                continue
            # the name right before the verb: not "On Friday", "But", "They"
            k = next((i for i, w in enumerate(words) if w.lower().strip(",") not in _NOT_ISSUERS), len(words))
            owner = " ".join(words[k:])
            if not owner:
                continue
            owner_at = m.start(group) + m.group(group).find(owner)
            person = next((s for s in p.people if s.start <= owner_at < s.end
                           or (m.start(group) <= s.start and s.end <= m.end(group))), None)
            speaker = Speaker(person.name, "person") if person else Speaker(owner, "organization")
            self.document_owners[doc] = (speaker, until)

    def people_by_recency(self) -> list[str]:
        """Everyone the story has named: the latest subjects first, then the others, latest first."""
        return self.last_people + [name for name in self.mentioned if name not in self.last_people]

    def saw_person(self, name: str) -> None:
        self.described = None
        if name in self.last_people:
            self.last_people.remove(name)
        self.last_people.insert(0, name)

    def pronoun(self, word: str, besides: str | None = None) -> Speaker | None:
        """Who a pronoun points at; ``besides`` is someone it cannot be ("he told Hannity")."""
        if word in ("he", "she", "him", "her"):
            want = "m" if word in ("he", "him") else "f"
            if self.described and self.described[1] in (None, want) and self.described[0].name != besides:
                return self.described[0]
            for name in self.last_people:
                g = self.genders.get(name)
                if (g is None or g == want) and name != besides:
                    return Speaker(name, "person")
            # no subject fits: the most recent person of that gender at all
            for name in self.mentioned:
                if self.genders.get(name) == want and name != besides:
                    return Speaker(name, "person")
            # nor anyone of that gender: the most recent person who may be
            for name in self.mentioned:
                if self.genders.get(name) is None and name != besides:
                    return Speaker(name, "person")
            return None
        # "we" outside quotation marks is the page's own voice ("As we've said …")
        if word in ("they", "it", "which") and self.last_group:
            head = self.last_group.name.split()[-1]
            if word == "they" and re.fullmatch(DOCUMENT_NOUNS, head):
                return None  # "a civil complaint" is "it"; "they wrote" is someone else
            return self.last_group
        return None


def _by_role(state: State, text: str) -> Speaker | None:
    """"the ambassador", "the Florida senator": the person with that role,
    most recent subject first."""
    words = text.strip(" ,.").split()
    if len(words) < 2:
        return None
    owner = re.sub(r"['’]s$", "", words[0]) if words[0].endswith(("'s", "’s")) else None
    if words[0].lower() not in ("the", "this", "that") and not owner:
        return None
    head = words[-1].lower().strip(".,")
    if " of " in text:  # "the 34-year-old mother of three"
        head = text.split(" of ")[0].split()[-1].lower()
    if head in _POLICE_WORDS and not owner:
        # "the senior cop": the latest police officer of the story, whatever the rank (unless the story
        # tells of a police officer it does not name: "One cop, who asked not to be named, …")
        if _UNNAMED_OFFICER.search(state.body):
            return None
        for name in state.people_by_recency():
            role = set(state.roles.get(name, "").replace(",", " ").split())
            if _POLICE_RANKS & role:
                return Speaker(name, "person")
        return None
    if len(words) == 2 and not owner and re.fullmatch(r"[A-Z]{2,5}", words[1].strip(".,")):
        # "the CS" for the Health Cabinet Secretary, "the MCE" for the Municipal Chief Executive
        if found := _by_initials(state, words[1].strip(".,").lower()):
            return found
    if head not in ROLE_HEADS and head not in _PROMINENT:
        return None
    owned_by = owner or (words[1] if words[0].lower() == "the" and len(words) > 2 and words[1].endswith(("'s", "’s")) else "")
    if head in RELATIVES and (re.search(r" of (?:the|a|an|one\s+\w+|\w+['’]s)\b", text) or owned_by[:1].islower()):
        return None  # "The daughter of one victim", "The boy's mother": someone new, not a person of the story
    # "the former secretary of state": someone the story knows, as a prominent description does
    prominent = head in _PROMINENT or (head in ROLE_HEADS and any(w.lower() in ("former", "then-") for w in words))
    # "the Vermont senator": a capitalised qualifier the person's role must share
    # (a nationality or a party is not: "the British prime minister", "the Republican governor")
    qualifiers = {w.lower().strip(".,") for w in words[1:-1]
                  if w[:1].isupper() and not re.search(r"(?:an|ish|ese|ic|ch|ss|ai|ek|i)$", w.lower().strip(".,"))
                  and w.lower().strip(".,") not in _PARTY_WORDS}
    # "the shadow minister" is not the energy minister: a rank the role must share too
    qualifiers |= {w.lower() for w in words[1:-1] if w.lower() in RANKS}
    if not owner:
        for name in state.people_by_recency() + list(state.roles):
            role = [_ABBREVIATED.get(w.strip(".,"), w.strip(".,")) for w in state.roles.get(name, "").split()]
            if head in role and qualifiers <= set(role):
                return Speaker(name, "person")
    if not prominent:
        return None
    # "the New York businessman", "Obama's former campaign strategist": a
    # description of someone the story is about -- the latest subject that
    # fits (never the owner, and of the noun's gender when it has one)
    want = NOUN_GENDER.get(head)
    for name in state.last_people:
        if owner and owner in name.split():
            continue
        if want and state.genders.get(name) not in (None, want):
            continue
        return Speaker(name, "person")
    return None


def _by_initials(state: State, letters: str) -> Speaker | None:
    """The person of the story, latest first, some of whose role's words have these initials
    ("Health Cabinet Secretary" for "the CS", "Municipal Chief Executive (MCE) for …" for "the MCE")."""
    n = len(letters)
    for name in state.people_by_recency():
        words = [w.strip("(),.") for w in state.roles.get(name, "").split()]
        words = [w for w in words if w and w not in ("of", "for", "and", "the", "&")]
        # the run ends on the title's head (not an organisation's initials the role holds: "the IMF" is no
        # "IMF chief economist", "the FBI" no "Director of the Federal Bureau of Investigation")
        if any("".join(w[0] for w in words[k : k + n]) == letters and words[k + n - 1] in ROLE_HEADS
               for k in range(len(words) - n + 1)):
            return Speaker(name, "person")
    return None


# what the press calls a police officer of any rank, and the ranks
_POLICE_WORDS = frozenset({"cop", "policeman", "policewoman", "lawman"})
_POLICE_RANKS = frozenset({"police", "superintendent", "supt", "inspector", "insp", "constable", "sergeant", "sgt",
                           "detective", "det", "sheriff", "garda", "commissioner", "officer"})
_UNNAMED_OFFICER = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:cop|policeman|policewoman)"
                              r"(?:,?\s+who\b|\s+at\b|\s+from\b)|\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:cop|policeman|policewoman)\b")
_TITLED_NAME = re.compile(r"(?i:" + "|".join(sorted(PERSONAL_TITLES)) + r")\.?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")
_OFFICE_OF = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<head>[\w-]+)\s+(?:of|for|at)\s+\S", re.I)


# Descriptions that point back at a person of the story rather than at an
# unnamed functionary ("the spokesman", "an official" stay as they are).
_PROMINENT = set("""
senator governor candidate nominee president congressman congresswoman mayor businessman
businesswoman billionaire mogul tycoon strategist lawmaker mother father wife husband daughter
son frontrunner front-runner hopeful contender president-elect president-elect star
actor actress singer rapper musician comedian novelist filmmaker athlete chef entrepreneur
""".split())
_ABBREVIATED = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
                "lt": "lieutenant", "col": "colonel", "capt": "captain", "prof": "professor", "dr": "doctor",
                "cllr": "councillor", "cr": "councillor", "ald": "alderman", "supt": "superintendent",
                "insp": "inspector", "det": "detective", "sgt": "sergeant"}
# a party is no part of a role: "the Lib Dem councillor" is the councillor the story named ("Cllr Pete Oakes")
_PARTY_WORDS = PARTY_WORDS | {"labor", "conservative", "liberal", "green", "greens", "democratic", "democrat", "reform",
                              "congress"}


_PREPOSITIONS = frozenset({"in", "at", "on", "with", "from", "for", "against", "inside", "outside", "near", "behind"})


_PEOPLE_BY_OWNER = re.compile(r"spokes(?:man|woman|person)|representatives?|officials?|sources?|one|members?|"
                              r"leaders?|head|chief", re.I)


def resolve(state: State, p: Para, subj: Subject | None, besides: str | None = None) -> Speaker | None:
    """The speaker a subject refers to, or None when it cannot be told; a pronoun is never
    ``besides``, the person its verb is said to."""
    if subj is None:
        return None
    if subj.kind == "person":
        return Speaker(subj.name, "person")
    if subj.kind == "pronoun":
        return state.pronoun(subj.text, besides)
    text = subj.text.strip(" ,.").lstrip("([“\"‘'")  # "(Politico responded ... saying that": no bracket
    if not re.search(r"[^\W_]", text):
        return None  # a stray quotation mark is no one (a number is: "43 said the same")
    if re.fullmatch(r"[A-Z][\w’'-]+", text):
        # "…,”Ruiz said": a surname the model missed, glued to a quotation mark, names the one person it ends
        named = [n for n in state.roles if n.split()[-1] == text]
        if len(named) == 1:
            return Speaker(named[0], "person")
    by = WRITTEN_BY.match(p.masked, subj.end) if DOCUMENT_DONE.search(text) else None
    if by:
        # "data released by MOTIE", "the letter signed by seven physicians": who put it out
        author = by.group("author").strip()
        person = next((ps for ps in p.people if by.start("author") <= ps.start < by.end("author")), None)
        if person:
            return Speaker(person.name, "person")
        return Speaker(author, "description" if _describes_people(author) else "organization")
    if DOCUMENT_DONE.search(text):
        # "a 52-count civil complaint filed (by a name too long to read)": the document speaks
        text = text.rsplit(None, 1)[0]
    if titled := _TITLED_NAME.fullmatch(text):
        # "Mr. O'Hanlon", "Mr Lim Boon Huat": a name the model did not read, with its title: the one person
        # of the story whose name ends so
        named = [n for n in state.roles if n == titled["name"] or n.endswith(" " + titled["name"])]
        if len(named) == 1:
            return Speaker(named[0], "person")
    # "the Lincoln actor": a name inside the phrase makes it someone else than the story's people
    named_inside = any(subj.start <= ps.start and ps.end <= subj.end and not ps.possessive for ps in p.people)
    if not named_inside and (role_person := _by_role(state, subj.text)):
        return role_person
    if not named_inside and (name := by_descriptor(state, p, subj) or by_epithet(state, p, subj)
                             or by_focus(state, p, subj)):
        return Speaker(name, "person")
    office = _OFFICE_OF.match(text)
    if office and not named_inside and office["head"].lower() in ROLE_HEADS \
            and not re.fullmatch(r"spokes\w+|representatives?|officials?", office["head"], re.I):
        # "The chief executive of fintech start-up Paywise has said", "The Minister for Housing has said":
        # a person by office, not the organisation or the place (but a spokeswoman speaks for the bank)
        return Speaker(text.split(None, 1)[1], "description")
    # an organisation entity inside the phrase names the group
    for a, b, org in p.orgs:
        if subj.start <= a and b <= subj.end + 1:
            if any(subj.start <= ps.start and ps.end <= a for ps in p.people):
                continue  # "aides to Chris Christie of New Jersey": the place is the person's
            if org.islower():
                continue  # "the secretary of state": the model's mistake; organisations' names are capitalised
            after = p.masked[b : subj.end].split()
            if after and after[0][:1].isupper() and p.masked[b : b + 1] == " " and not org.endswith(("’s", "'s")):
                break  # "the U.S. Attorney’s Office for the Southern District": a longer name speaks, whole
            if after and after[0].lower().strip(",.") in MEMBERS:
                break  # "a New Hampshire Republican", "the Wisconsin Democrat": a person, described (and no
                # organisation later in the phrase speaks either)
            if after and after[0][:1].islower() and after[0].lower() not in ("of", "and", "in", "at") \
                    and not after[0].endswith("ed"):
                continue  # "one Democratic source": the entity only qualifies the noun
                # (not "The Committee released a statement, saying": the entity is the clause's subject)
            if (re.match(r"(?:['’]s?|-\w)", p.masked[b : b + 2]) or org.endswith(("'s", "’s"))) \
                    and p.masked[b : subj.end].strip(" ,.'’s"):
                continue  # "South Dakota's Department of …", "a London-based think tank"
            if re.search(r"\b[A-Za-z]+\s+(?:in|on|at|near|across|outside|inside|around|throughout|to)\s+(?:the\s+)?$",
                         p.masked[subj.start : a]):
                continue  # "health authorities in Inner Mongolia", "one user on Weibo", "ambassador to Britain"
            role_of = re.search(r"\b([a-z]+)\s+of\s+(?:the\s+(?:state|city|county|province|people)\s+of\s+)?(?:the\s+)?$",
                                p.masked[subj.start : a])
            if role_of and role_of.group(1) in ROLE_HEADS:
                continue  # "the attorney general of the state of New York": the place is whose the office is
            if re.match(r"\s+and\s+[A-Z][\w-]*\s+[a-z]", p.masked[b : subj.end]):
                continue  # "the Russian and Syrian defense ministries": the entity is one of the adjectives
            owner = p.masked[subj.start : a].strip()
            if re.fullmatch(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s", owner):
                org = f"{owner} {org}"  # "China's commerce ministry"
            org_words = org.split()
            if org_words and org_words[0].lower() == "the":
                org = " ".join(org_words[1:])
            return Speaker(org, "organization")
    if _WHEN_ONLY.fullmatch(text) or WHEN_PHRASE.fullmatch(text):
        return None  # "on April 18, 1977, declaring", "the March (states account)", "Six months ago": a date says nothing
    if re.fullmatch(r"(?:one|some|many|most|several|two|three|a\s+few|each|any|none)\s+of\s+(?:them|us|those)", text, re.I):
        return Speaker(text, "description")  # "what one of them described as": someone of a group, unnamed
    words = text.split()
    while words and (words[0].lower() in DETERMINERS or words[0].lower() == "of") \
            and not (len(words) > 1 and words[1].lower() in _PREPOSITIONS):
        words = words[1:]  # "one of the notices" (but "those in favor of punishment" keeps "those")
    if not words:
        return None
    owner, until = state.document_owners.get(words[0].lower(), (None, None)) if len(words) == 1 else (None, None)
    if text.split()[0].lower() == "the" and owner is not None and (
            until is None or until == p.index or (p.index == until + 1 and p.text.lstrip()[:1] in "“\"‘'")):
        # "the statement read": who issued it (said in it here, or in the paragraph before when this
        # one is the statement's words: "“…,” the statement read.")
        return owner
    m = _NP_OWNER.match(" ".join(words))
    if m:
        owner = m.group("owner").split()
        while owner and owner[0].lower() in DETERMINERS:
            owner = owner[1:]
        person = next((ps for ps in p.people if subj.start <= ps.start and ps.end <= subj.end + 1), None)
        if owner and person is not None:
            # a person's statement is the person's words; a person's spokesman or aides speak for
            # him and are the speakers ("a spokesman for Hun Sen", not Hun Sen as an organisation)
            if _PEOPLE_BY_OWNER.fullmatch(m.group("noun")):
                return Speaker(" ".join(words), "description")
            return Speaker(person.name, "person")
        if owner and _PEOPLE_BY_OWNER.fullmatch(m.group("noun")) and (
                is_person_word(owner[-1].strip(".,")) or re.search(r"\bclose\s+to\s", " ".join(words), re.I)):
            # "a source close to the player", "sources close to the club": who they are near does not speak
            return Speaker(" ".join(words), "description")
        if owner:
            words = owner
    noun = " ".join(words)
    if noun[:1].islower():
        noun = full_org_name(state.body, noun, of_a_name=not _describes_people(noun.split()[-1]))
    before = state.body[: p.offset + subj.start]
    last_org = state.last_group.name if state.last_group is not None and state.last_group.kind == "organization" else None
    if noun.lower() in ORG_NOUNS and text.split()[0].lower() == "the" and (named := introduced_as(before, noun, last_org)):
        return Speaker(named, "organization")
    if noun.lower() in ("company", "firm") and text.split()[0].lower() == "the" and (company := the_one_company(before)):
        return Speaker(company, "organization")  # "Frontenac Nickel Corp. says …" … "the company said"
    if named := named_after_noun(noun):
        return Speaker(named, "organization")  # "Passenger group Transport Focus said"
    return Speaker(noun, "description" if _describes_people(noun) else "organization")


_WHEN_ONLY = re.compile(r"(?:(?:the|on|in|of|last|this|early|late|mid)\s+)*(?:(?:" + "|".join(sorted(MONTHS - {"may"})) +
                        r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|" + "|".join(WEEKDAYS) +
                        r"|(?:19|20)\d\d)[,.]?", re.I)


def _describes_people(noun: str) -> bool:
    """"officer", "senior administration officials", "Trump supporters", "people familiar
    with the matter", "Swift's rep": people without a name."""
    words = noun.split()
    if len(words) > 1 and words[0].endswith(("’s", "'s")):
        words = words[1:]  # "China’s ambassador to Britain": the owner does not name the head
    # the head noun comes before what qualifies it ("people familiar with …", "sources close to …")
    # (not in a name: "Americans for Prosperity", "Students for Fair Admissions")
    # (and a participle after a person: "engineer affected by the cuts", "residents evacuated from …")
    lower = bool(words) and words[0][:1].islower()
    cut = next((k for k, w in enumerate(words) if k and (
        lower and w.lower() in _QUALIFIER_STARTS or _qualifying_participle(words, k))), len(words))
    return _people_head(words[cut - 1])


def _qualifying_participle(words: list[str], k: int) -> bool:
    """``words[k]`` is a participle with its preposition after a person noun ("engineer affected by the
    cuts", "Residents evacuated from …"; not "a women led charity")."""
    w = words[k]
    return w.islower() and len(w) > 4 and w.endswith("ed") and k + 1 < len(words) \
        and words[k + 1].lower() in _PARTICIPLE_PREPOSITIONS and _people_head(words[k - 1].lower())


_PARTICIPLE_PREPOSITIONS = {"by", "from", "in", "on", "at", "with", "to", "for", "about", "over", "under", "after",
                            "during", "near", "across", "into", "off", "out"}


def _people_head(word: str) -> bool:
    # ("a dog walker" is someone; "the regulator", "the broadcaster" and "Twitter" are organisations)
    head = word.lower().strip(".,")
    return head in PEOPLE_NOUNS or (head.endswith("s") and head[:-1] in PEOPLE_NOUNS) \
        or (word.islower() and is_person_word(head) and head not in ORG_NOUNS)


_QUALIFIER_STARTS = {"familiar", "close", "with", "of", "from", "at", "in", "for", "on", "to", "who", "involved",
                     "briefed", "knowledgeable", "aware", "inside", "near"}
