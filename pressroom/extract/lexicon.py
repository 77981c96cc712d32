"""Word lists shared by the extraction rules.

Kept in one place so that rules stay general: nothing here names a document,
a person or a site; these are ordinary English words for speech, titles and
organisations.
"""

from __future__ import annotations

import re
from pathlib import Path

# Irregular past forms; the regular ones are generated below.
_IRREGULAR = {
    "say": ["says", "said", "saying", "say"],
    "tell": ["tells", "told", "telling", "tell"],
    "write": ["writes", "wrote", "written", "writing", "write"],
    "sing": ["sings", "sang", "sung", "singing"],
    "speak": ["speaks", "spoke", "speaking"],
    "think": ["thinks", "thought", "thinking"],
    "predict": ["predicts", "predicted", "predicting"],
    "admit": ["admits", "admitted", "admitting", "admit"],
    "deadpan": ["deadpans", "deadpanned", "deadpanning"],
    "quip": ["quips", "quipped", "quipping"],
    "beg": ["begs", "begged", "begging"],
    "plead": ["pleads", "pleaded", "pled", "pleading"],
    "read": ["reads", "reading"],
    "cry": ["cries", "cried", "crying"],
    "submit": ["submits", "submitted", "submitting"],
}

# Verbs that report speech: a subject + one of these + content is an
# attribution. Used for quotes and for reported speech without marks.
CORE_SPEECH = """
say tell add state explain note claim insist argue assert announce declare reply
respond answer warn write report confirm deny acknowledge admit recall suggest
predict complain concede contend continue emphasise emphasize stress remark
observe comment caution agree ask urge tweet testify maintain reiterate mention
promise vow pledge boast joke quip estimate recount reveal allege disclose
repeat speak explain counter retort concur inform advise recommend propose
""".split()

# Further cues that introduce a quotation but are too loose to mark reported
# speech on their own ("described it as", "called for").
QUOTE_CUES = """
call describe criticise criticize accuse defend demand request label dub term
praise condemn blast slam charge brand threaten dismiss decry lament scoff
tout question wonder read sing shout chant post thank plead beg cry exclaim
whisper mutter yell scream sigh laugh hail welcome order instruct direct
bark snap growl gush muse marvel interject scold beam
conclude proclaim react opine fume gripe grumble exult chuckle tease submit
assure reassure brag deadpan speculate theorize theorise elaborate clarify
""".split()


def _forms(lemma: str) -> list[str]:
    """Inflected forms of a regular English verb (good enough for a lexicon)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", lemma) and len(lemma) <= 4:
        past, ing = lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    third = lemma + "es" if re.search(r"(s|sh|ch|x|z)$", lemma) else (
        lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2] not in "aeiou" else lemma + "s")
    return [lemma, third, past, ing]


VERB_LEMMA: dict[str, str] = {}
for _lemma in CORE_SPEECH + QUOTE_CUES:
    for _form in _forms(_lemma):
        VERB_LEMMA.setdefault(_form, _lemma)
# bare forms like "say"/"call" are too often nouns or infinitives in news
# ("have a say", "a call for"); keep only the ones that are unambiguous.
_AMBIGUOUS_BARE = ("call", "question", "charge", "post", "read", "term", "order", "direct",
                   "cry", "answer", "request", "comment", "report", "estimate", "demand",
                   "counter", "label", "brand", "promise", "pledge", "vow", "joke", "quip",
                   "whisper", "laugh", "sigh", "welcome", "hail", "continue", "tout",
                   "state", "note", "claim", "stress", "remark", "warn", "reply", "respond",
                   "ask", "write", "speak", "sing", "tweet", "repeat", "advise", "brag")
for _bare in _AMBIGUOUS_BARE:
    VERB_LEMMA.pop(_bare, None)
# ... unless a modal makes it a verb of answering: "he’d respond, “…”", "she would reply"
# (after a modal, "warn", "claim", "continue" mostly plan or predict, not quote)
_BARE_AFTER_MODAL = frozenset({"respond", "reply", "answer", "quip", "joke", "write"})
# ("should respond", "can reply" advise or allow: no one has answered yet)
# and it introduces the quotation right after it ("would respond in a “different manner”" is no answer)
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[Q“\"‘]")
_MODAL_BEFORE = re.compile(r"(?:\b(?:would|will|could|did)|\w[’']d|\w[’']ll)"
                           r"(?:\s+\w+ly)?\s+$", re.IGNORECASE)
# ... or, for the verbs of saying among them, "that" and a clause follow it with no determiner,
# possessive or modal before it: "advocacy groups note that" (not "the claim that", "a federal
# court order that", "would warn that", "the New York Post that")
_BARE_BEFORE_THAT = frozenset({"note", "claim", "warn", "stress", "state", "remark", "counter", "write"})
_THAT_NEXT = re.compile(r"\s+that\s+(?:(?:the|a|an|he|she|they|it|we|I|there|his|her|their|its)\b|[A-Z])")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|no|any|every|each|"
                          r"one)\s+(?:[\w-]+\s+){0,2}$|['’]s\s+(?:[\w-]+\s+){0,2}$", re.I)
CORE_LEMMAS = frozenset(CORE_SPEECH)

SPEECH_VERB_RE = re.compile(
    r"\b(" + "|".join(sorted(VERB_LEMMA, key=len, reverse=True)) + r")\b"
    r"|\b(according to|pointed out|points out|pointing out|went on|goes on|shot back|shoots back|"
    r"fired back|fires back|firing back|put it|puts it)\b",
    re.IGNORECASE,
)

_WORD_RE = re.compile(r"[A-Za-z]+")
_PHRASES = {"according": "to", "pointed": "out", "points": "out", "pointing": "out", "went": "on", "goes": "on",
            "shot": "back", "shoots": "back", "fired": "back", "fires": "back", "firing": "back",
            "put": "it", "puts": "it"}


def speech_verbs(text: str):
    """(start, end, form, single) for every match of :data:`SPEECH_VERB_RE`
    in ``text`` -- the same matches, found by a word scan and a dictionary
    look-up, which is many times faster than the regex's long alternation.
    ``single`` is the verb form (group 1), or None for a phrase (group 2)."""
    words = list(_WORD_RE.finditer(text))
    n = len(text)
    i = 0
    while i < len(words):
        m = words[i]
        a, b = m.start(), m.end()
        if (a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_")) or (b < n and (text[b].isalnum() or text[b] == "_")):
            i += 1
            continue  # part of a longer word ("said2", "résumé")
        low = m.group().lower()
        nxt = _PHRASES.get(low)
        if nxt and i + 1 < len(words):
            m2 = words[i + 1]
            gap = text[b : m2.start()]
            if m2.group().lower() == nxt and gap == " " and (
                    m2.end() >= n or not (text[m2.end()].isalnum() or text[m2.end()] == "_")):
                yield a, m2.end(), text[a : m2.end()], None
                i += 2
                continue
        if low == "states" and not _states_is_a_verb(text, a, b):
            i += 1
            continue  # "swing states", "in key states means": the noun
        if low in VERB_LEMMA or (low in _BARE_AFTER_MODAL and _MODAL_BEFORE.search(text, max(0, a - 20), a)
                                 and _QUOTE_NEXT.match(text, b)) \
                or (low in _BARE_BEFORE_THAT and m.group().islower() and _THAT_NEXT.match(text, b)
                    and not _DETERMINER_BEFORE.search(text, max(0, a - 40), a) and not _MODAL_BEFORE.search(text, max(0, a - 20), a)):
            yield a, b, m.group(), m.group()
        i += 1


_CLOSED_QUOTE_BEFORE = re.compile(r"[Q”\"][,.]?\s+[^.?!Q”\"]{0,50}$")
# (after a determiner, quantifier or number find_verbs drops every plural-looking form: verbs._NOUN_BEFORE)
_STATES_NOUN_BEFORE = re.compile(r"\b(?:key|swing|in|of|across|from|to|for|among|dozen)\s+$", re.I)
# "states that vote on March 1", "states that held primaries": a relative clause after the noun
_STATES_THAT = re.compile(r"\s*(?:,\s*in\s+part,\s*)?that\s+(?P<word>[\w’'-]+)")
_RELATIVE_VERBS = frozenset("""vote voted have has had hold held host hosted are were is was will would can could do did
allow allows require requires use used border lean leaned went backed favor favored""".split())


def _states_is_a_verb(text: str, a: int, b: int) -> bool:
    """"states" is far more often the noun in news ("swing states", "states that vote on March 1"):
    a verb only before "that" and a clause, a quotation or a colon, or ending an attribution after
    a quotation ("“…,” the document states."), and never after a preposition ("in states that …")."""
    if _STATES_NOUN_BEFORE.search(text, max(0, a - 20), a):
        return False
    that = _STATES_THAT.match(text, b)
    if that:
        word = that.group("word")
        return not (word.islower() and (word in _RELATIVE_VERBS or word.endswith("ed")))
    if _QUOTE_NEXT.match(text, b) or re.match(r"\s*:", text[b:]):
        return True
    return re.match(r"\s*[.,]", text[b:]) is not None and _CLOSED_QUOTE_BEFORE.search(text, max(0, a - 70), a) is not None


PERSON_PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}
GROUP_PRONOUNS = {"they", "we", "it", "i", "you", "which", "who"}

# Honorifics and titles dropped from the front of a name.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative",
    "gov", "governor", "president", "gen", "general", "lt", "col", "colonel",
    "capt", "captain", "sgt", "prof", "professor", "rev", "reverend", "sir", "dame",
    "lord", "lady", "judge", "justice", "mayor", "secretary", "minister", "prime",
    "ambassador", "vice", "chairman", "chief", "king", "queen", "prince", "princess",
    "pope", "samdech", "excellency", "adm", "admiral", "maj", "major", "sheikh",
    "gen.", "mr.", "ms.", "mrs.", "dr.", "sen.", "rep.", "gov.", "lt.", "col.",
    "former", "deputy", "speaker", "commissioner", "attorney", "candidate", "nominee",
    "democrat", "republican", "sec", "pres", "hon", "saint", "st", "father", "brother",
    "sister", "uncle", "aunt", "officer", "detective", "sergeant", "corporal",
    "private", "coach", "director", "agent",
    # British and Commonwealth ranks and styles: "Det Supt Karen Blake", "Cllr Martin Oakes", "PC Amy Hollis"
    "det", "supt", "insp", "inspector", "superintendent", "constable", "cllr", "councillor", "pc", "dc", "dci",
    "dcs", "baroness", "baron", "datuk", "dato", "datin", "tun",
    "ald", "cr", "madam", "mdm",  # "Ald. Desmond Kwarteng", "Cr Jodie Hanrahan" (an Australian councillor)
    "sp", "seri",  # "SP Musa Garba-Ladan" (a superintendent of police), "Datuk Seri Siti Hasnah"
    "taoiseach", "tanaiste", "garda",  # "Taoiseach Cathal Ó Briain", "Garda Ciarán Hegarty"
    "alhaji", "alhaja", "opanin",  # West African styles: "Alhaji Yusuf Abubakar-Lawal", "Opanin Kwame Asante"
    "cde",  # "Cde Tendai Mhlanga-Chigumba" (comrade, in Zimbabwe)
    "atty", "engr",  # Philippine styles: "Atty. Jose Emmanuel Ocampo III", "Engr. Ramon Cruz"
    "hj", "hjh", "haji", "hajah", "hajjah", "ustaz", "ustazah",  # "Hj Azman bin Abdul Rahim"
    "fr", "msgr", "pastor", "imam", "rabbi", "bishop", "archbishop",  # "Fr Anton Cassar"
    "magistrate", "barrister",  # "Magistrate Ishmail Bangura-Kamara", "Barrister Faisal Khan Tanoli" (a style in Pakistan)
    "kgosi", "kaumatua",  # a Setswana chief, a Māori elder: "Kgosi Tshepo Mothibi", "Kaumātua Te Rangi Pōhatu"
    "awang", "encik",  # Bruneian and Malay styles: "Awang Muhammad Hazim" (not Tuan, Puan, Dayang: given names too)
    "brig", "ir", "smt", "adv", "ratu",  # "Brig. Saeed Al Hammadi", "Datuk Ir Mohd Zulkifli Hashim" (an engineer,
    # in Malaysia), "Smt. Kamala Devi", "Adv. Thomas Varghese", "Ratu Meli Nakarawa" … "Ratu Meli" (a Fijian chief)
    "advocate", "shaikh", "lyonpo", "dasho", "acp", "asp", "dsp",  # "Advocate Lumka Jafta" (South Africa), "Shaikh
    # Jassim bin Ahmed", "Lyonpo Sonam Yangchen" (a Bhutanese minister), "ACP Marlon Cayetano" (police ranks)
}
# a title only before another title: "Pol Maj Gen Surachai Thongkham" (Thai police ranks; "Pol Espargaró" is a name)
TITLE_BEFORE_TITLE = {"pol"}
# a title only before a given name and a surname: "Shri Om Prakash Sharma", "Dona Amélia Saize" (Portuguese) -- but
# "Rep. Shri Thanedar": a given name too (not the Ethiopian "Ato": a Ghanaian given name, "Ato Kwamina Essel")
TITLE_BEFORE_FULL_NAME = {"shri", "dona"}
# the words of parties' names, which the model reads as people ("Lib Dem", "Fine Gael") and which no role contains
# ("the Lib Dem councillor" is the councillor the story named)
PARTY_WORDS = frozenset({"lib", "dem", "dems", "tory", "tories", "labour", "sinn", "féin", "fein", "fianna", "fáil",
                         "fine", "gael", "snp", "ukip", "dup", "anc", "eff", "bjp", "ppp", "pti", "apc", "pdp", "ndc",
                         "npp"})
# titles of a person, never of an office or a place ("Mr", "Cllr"; not "President", "St", "Prince")
PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "cllr", "cr", "ald",
                             "madam", "mdm", "datuk", "dato", "datin", "det", "supt", "insp", "rev", "sheikh"})
# letters after a name: "Aoife Breathnach TD", "Sir Keith Marlow KC"
POST_NOMINALS = {"TD", "KC", "QC", "MP", "MEP", "MSP", "MLA", "MPP", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "FRS",
                 "SC", "BL", "Esq"}  # and an Irish barrister's: "Eoin Fitzgerald-Byrne SC", "Seán Ó Dálaigh BL"
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "sister", "aunt"}
MALE_HONORIFICS = {"mr", "sir", "lord", "king", "prince", "father", "brother", "uncle", "fr", "msgr"}

# Nouns that head a role or title ("senior minister", "spokesman").
ROLE_HEADS = set("""
minister secretary spokesman spokeswoman spokesperson ambassador counsellor counselor counsel
lawmaker leader analyst general president director chairman chairwoman chair chief
commander commander-in-chief fellow researcher professor academic reporter journalist
editor official officer governor senator representative congressman congresswoman
mayor judge lawyer attorney adviser advisor economist expert activist founder ceo
executive manager head deputy strategist pollster consultant candidate nominee host
anchor correspondent columnist author historian scientist diplomat envoy monk worker
member coordinator investigator prosecutor colonel captain sergeant lieutenant admiral
king queen prince princess premier chancellor speaker whip staffer aide assistant
president-elect vice-president secretary-general coach owner partner student teacher
doctor nurse villager farmer campaigner organiser organizer legislator councillor
councilman councilwoman councilmember assemblyman assemblywoman assemblymember alderman alderwoman commissioner administrator superintendent inspector
ombudsman rapporteur negotiator mediator delegate chairperson vice-chairman
governor-general lecturer scholar specialist observer monitor blogger commentator
presenter producer director-general deputy-director undersecretary mp mep msp mla mpp
actor actress singer rapper musician comedian novelist poet playwright filmmaker artist
designer player athlete chef entrepreneur physician psychiatrist surgeon
sheriff mmc pastor priest vicar imam rabbi bishop
""".split())

# who a person may be to someone: "his aunt, Jane Starner,", "Her son, Marco,", "The boy's mother said"
RELATIVES = frozenset({"aunt", "uncle", "mother", "father", "brother", "sister", "son", "daughter", "wife", "husband",
                       "friend", "cousin", "grandmother", "grandfather", "grandson", "granddaughter", "niece", "nephew",
                       "partner", "neighbor", "neighbour", "fiancé", "fiancée", "girlfriend", "boyfriend"})

# nouns for people that tell their gender: "the businesswoman", "His sister, Amara Obi,", "A mother in Rinkeby"
NOUN_GENDER = {**dict.fromkeys(("woman", "mother", "mum", "mom", "girl", "wife", "daughter", "sister", "aunt", "niece",
                                "grandmother", "granddaughter", "girlfriend", "fiancée", "lady", "widow",
                                "businesswoman", "congresswoman", "actress"), "f"),
               **dict.fromkeys(("man", "father", "dad", "boy", "husband", "son", "brother", "uncle", "nephew",
                                "grandfather", "grandson", "boyfriend", "fiancé", "widower", "businessman",
                                "congressman"), "m")}

# a first mention followed by who the person is: ", president of …", ", a 41-year-old …"
ROLE_APPOSITION = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:[a-z0-9-]+\s+){0,2}?(?:" +
                             "|".join(sorted(ROLE_HEADS)) + r")\b")

# Nouns for people who are not named ("an officer", "witnesses", "the insider"): a speaker
# described by one of these (or by a role head) is kind "description", not an organisation.
PEOPLE_NOUNS = ROLE_HEADS | set("""
man woman surrogate surrogates men women person people resident residents neighbour neighbor witness witnesses
protester protesters supporter supporters critic critics voter voters source sources insider
friend friends relative relatives mother father parent parents wife husband son daughter
brother sister child children family victim victims survivor survivors passenger passengers
driver officer officers agent agents trooper deputy deputies soldier soldiers employee employees
staffer staffers fan fans attendee attendees participant participants customer customers
patient patients eyewitness bystander onlooker shopper neighbours neighbors
americans citizens locals demonstrators marchers organizers organisers volunteers
suspect suspects rep reps user users commenter commenters viewer viewers reader readers
listener listeners worker workers student students parent teacher teachers nurse nurses
doctor doctors physicians scientists researchers experts analysts economists officials
""".split())

# Heads a person's name can qualify ("a senior Cruz adviser", "one Clinton ad", "the Trump
# campaign"): the phrase names who speaks, and it is not the person.
QUALIFIED_HEADS = PEOPLE_NOUNS | set("""
ally confidant veteran loyalist constituent backer donor surrogate insider aide adviser
campaign camp team ad advert spot administration transition statement spokesman
""".split())

# Words that make a capitalised name an organisation, not a person.
ORG_WORDS = set("""
party ministry committee council institute university association union unions
inspectorate directorate secretariat commissariat prefecture
department agency bank company corporation corp inc ltd group foundation commission
court post times news network assembly congress senate parliament government embassy
army navy police forces force centre center organization organisation federation
confederation alliance coalition front movement society club league board office
bureau service authority fund trust school college academy hospital church journal
magazine radio tv television press media campaign democrats republicans republic
kingdom province district city county state states nations watch international
airlines airways industries holdings partners capital times telegraph herald tribune
guardian daily weekly monthly review gazette chronicle sentinel express mail report
project program programme initiative council's sector ministry's unit division
brigade battalion regiment corps guard guards exercise exercises training
coal energy oil gas mining mines motors pharmaceuticals technologies systems communications plc llc limited
ventures enterprises studios entertainment foods brands labs laboratories
productions records pictures films games software solutions networks stores hotel hotels
resort airport stadium arena festival awards cup championship championships tournament prize
ysgol coleg escuela colegio liceo lycée gymnasium universidad université universität
twitter facebook instagram youtube tiktok snapchat reddit linkedin whatsapp wechat weibo tumblr
pinterest netflix spotify google politico breitbart buzzfeed brexit
""".split())
# (the last two lines: platforms, outlets and an event known by one word, which the small
# model takes for a surname: "said on Twitter", "told Politico", "the Brexit vote"; the line
# before them: schools and colleges named in their own language, "Ysgol Nant Eos")

# Words that open a clause or an introductory phrase rather than a name: "While
# Obama had …", "When pressed on …", "With Clinton …".
CLAUSE_OPENERS = frozenset("""
how that whether why when after before because while if until although though as since once
with without despite unlike like for in on at by during but and so yet asked pressed speaking
later earlier
""".split())

# words that open a clause of its own inside a sentence; each rule adds the few it also stops at
SUBORDINATORS = frozenset({"when", "after", "before", "because", "while", "since", "though", "although"})

DETERMINERS = {"the", "a", "an", "one", "another", "some", "several", "many", "two",
               "three", "four", "his", "her", "its", "their", "our", "this", "that",
               "these", "those", "both", "all", "each", "other", "most", "few", "any"}

# Words that can sit between a subject and its speech verb ("he reportedly said").
AUX_ADVERBS = set("""
has have had was were is are be been being would will could should may might must
can did does do also later then again once yesterday today tonight recently earlier
previously reportedly repeatedly simply only just still already further often even
publicly privately quickly flatly openly angrily strongly firmly explicitly
has also had also however though too not never always now finally first initially
both all each jointly together
subsequently separately similarly likewise meanwhile last week month year morning
evening afternoon night monday tuesday wednesday thursday friday saturday sunday
""".split())

STOPWORDS = set("""
a about above after again against all am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for
from further had has have having he her here hers herself him himself his how i if in
into is it its itself me more most my myself no nor not of off on once only or other
our ours out over own same she should so some such than that the their theirs them
then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your yours said says told
""".split())

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# a time that a sentence may open with: "Six months ago", "Last week", "Earlier this year", "Yesterday"
WHEN_PHRASE = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|few|many)\s+"
    r"(?:second|minute|hour|day|week|month|year|decade)s?\s+(?:ago|earlier|later|before)|"
    r"(?:(?:earlier|later)\s+)?(?:last|this|next|that)\s+(?:week|month|year|weekend|morning|afternoon|evening|night|"
    r"spring|summer|fall|autumn|winter)|yesterday|today|tonight|recently|earlier|later|previously)[,.]?", re.I)

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

# Common English given names with a clear gender, for pronoun agreement
# ("she said" after "Karen Smith"); names that are often both are left out.
MALE_NAMES = set("""
aaron adam alan albert alex alexander andrew angelo anthony antonio arnold arthur 
ben benjamin bernard bernie bill billy bob bobby brad bradley brandon brett brian bruce
bryan carl carlos charles charlie chris christopher chuck clarence claude colin craig
curtis dale dan daniel danny darrell dave david dean dennis derek dick don donald doug
douglas duncan dwight earl ed eddie edward edwin elijah eric ernest eugene frank franklin
fred frederick gabriel gary gene geoffrey george gerald glenn gordon greg gregory harold
harry hank henry herbert howard hugh ian isaac jack jacob jake james jared jason jay 
jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jorge jose
joseph josh joshua juan julian justin keith ken kenneth kevin kurt larry lawrence 
leon leonard louis luis luke marco mario mark martin matt matthew maurice max
michael mike mitch mitchell mohammed muhammad nathan neil nicholas nick noah norman
oliver oscar patrick paul peter phil philip ralph randy ray raymond reggie richard
rick rob robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergei seth
stephen steve steven stuart ted thomas tim timothy todd tom tommy tony travis troy
vincent vladimir walter warren wayne william willie zach zachary
""".split())
FEMALE_NAMES = set("""
abigail alice alicia allison amanda amber amy andrea angela angelique ann anna anne
annie barbara betty beverly brenda caroline carol carolyn catherine cathy charlotte
cheryl christina christine claire clara cynthia deborah debbie debra denise diana
diane donna doris dorothy edith elaine eleanor elizabeth ellen emily emma erica erin
esther evelyn frances gloria grace hannah heather heidi helen irene jacqueline
jane janet janice jennifer jessica jill joan joanne josephine joyce judith judy
julia julie karen kate katherine kathleen kathy katie kimberly kristen laura
lauren lily linda lisa lori louise lucy margaret maria marie marilyn martha mary megan
 melanie melissa michelle monica nancy natalie nicole nikki olivia pamela patricia
paula peggy rachel rebecca rita rose ruth sally samantha sandra sara sarah sharon shirley
sonia sophia stephanie susan suzanne teresa theresa tina valerie victoria virginia
wendy
""".split())


def _name_file(gender: str) -> set[str]:
    path = Path(__file__).with_name("data") / f"given_names_{gender}.txt"
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def _given_names() -> tuple[frozenset[str], frozenset[str]]:
    """The hand lists above plus tens of thousands of clearly gendered given
    names from public name data; a name on both sides is left out."""
    male, female = MALE_NAMES | _name_file("male"), FEMALE_NAMES | _name_file("female")
    both = male & female
    return frozenset(male - both), frozenset(female - both)


GIVEN_MALE, GIVEN_FEMALE = _given_names()
# given names of either gender, which the gendered lists leave out: "Jean-Baptiste", "Ama Serwaa" (not those that
# are words, places or firms too, "Angel", "Justice", "Jordan", "Jan", "Morgan Stanley", "Eli Lilly", nor syllables of names written family name first,
# "Kim", "Wei", "Min": "Chee Wei Ling" is no "Wei Ling")
UNISEX_NAMES = frozenset("""
jean robin leslie ashley jamie casey riley avery quinn sasha nikita yuki ama dominique camille claude
rene andrea alexis terry dana lynn jackie jo sidney kerry cameron charlie shannon tracy courtney jessie simone
cody laurence maxime stephane patrice emile jules luca kai sacha ellis rory jody jaime laurie lindsay hayden
kendall frankie remy nicola mika ola noa kris ariel akira hikaru kaoru makoto abena
""".split())
# every given name on the lists, of either or both genders ("Jean", "Montell")
ANY_GIVEN_NAME = frozenset(MALE_NAMES | FEMALE_NAMES | _name_file("male") | _name_file("female") | UNISEX_NAMES)


# the positions of players, which sports stories call them by: "the striker", "Pittsburgh quarterback Mason Rudolph"
PLAYER_POSITIONS = frozenset("""
striker midfielder defender goalkeeper goalie keeper winger playmaker forward skipper golfer right-hander
left-hander lefty righty starter reliever closer fly-half paceman pacer spinner batsman bowler quarterback pitcher linebacker catcher shortstop
outfielder infielder cornerback right-back left-back centre-back center-back full-back wing-back scrum-half
flyhalf flanker flank lock prop halfback half-back fullback five-eighth first-five hooker loosehead tighthead centre-half
""".split())
# what people do for a living, beyond the offices of ROLE_HEADS: "trader Ana Ruiz", "the co-founder"
OCCUPATIONS = PLAYER_POSITIONS | {
    "trader", "broker", "banker", "investor", "engineer", "architect", "co-author", "coauthor", "co-founder",
    "cofounder", "insider", "pilot", "contractor", "planner", "agent", "judge", "writer", "songwriter", "co-writer",
    "veteran", "photographer", "detective", "sheriff", "referee", "umpire", "developer", "programmer", "employee", "driver", "cfo", "coo",
    "receiver", "guard", "magistrate", "jockey", "teammate", "trainer",
    # clergy and guides: "the priest said", "the prelate said", "Veteran guide Dorje Phinjo Sherpa"
    "priest", "prelate", "cleric", "clergyman", "clergywoman", "nun", "imam", "rabbi", "bishop", "archbishop",
    "vicar", "chaplain", "deacon", "abbot", "mufti", "ayatollah", "swami", "guide",
    # what a story calls the people it meets: "a retired schoolteacher", "Invercargill retiree", "Pollokshaws mum"
    "pupil", "retiree", "pensioner", "vendor", "labourer", "laborer", "schoolteacher", "headteacher", "volunteer",
    "graduate", "homeowner", "shopkeeper", "accountant", "mechanic", "electrician", "plumber", "carpenter", "cleaner",
    "caretaker", "housewife", "homemaker", "tutor", "commuter", "motorist", "tenant", "landlord", "landlady", "resident",
    "mum", "mom", "dad", "convener", "convenor", "depute", "solicitor", "grower"}
# what a story calls an organisation it has named: "the company", "the union"
ORG_NOUNS = {"company", "firm", "group", "union", "charity", "retailer", "carrier", "airline", "bank", "lender",
                 "insurer", "broadcaster", "publisher", "label", "developer", "manufacturer", "startup", "start-up",
                 "chain", "club", "team", "agency", "regulator", "watchdog", "operator", "supplier", "distributor"}
# how a document came out, "by" whom: "a report released by MOTIE", "the lawsuit, filed by Gloria Allred,"
DOCUMENT_PARTICIPLES = ("released", "published", "signed", "issued", "written", "sent", "compiled", "conducted",
                        "commissioned", "obtained", "posted", "filed", "brought", "unsealed")
# ranks an office shares with its holder's role: "the shadow minister" is not the energy minister
RANKS = {"shadow", "deputy", "assistant", "vice", "associate", "junior", "acting", "interim"}
# a word for someone who does something: "starter", "scientist", "fisherman"
_DOER = re.compile(r"[a-z-]+(?:er|or|ist|ian|man|woman)")
# words that end so and are no one
_NOT_DOERS = MONTHS | {"later", "never", "whether", "however", "whatever", "whenever", "together", "another",
                       "rather", "either", "neither", "other", "ever", "over", "under", "after", "further",
                       "summer", "winter", "border", "number", "paper", "water", "matter", "order", "letter",
                       "power", "corner", "poster", "cover", "center", "centre", "chapter", "quarter", "river",
                       "weather", "former", "major", "minor", "senior", "junior", "interior", "prior", "sector",
                       "factor", "error", "floor", "door", "color", "colour", "honor", "honour", "favor",
                       "favour", "labor", "labour", "motor", "mirror", "terror", "horror", "median", "latter"}
# things named like doers, a word of their own at the end: "newspaper", "headwater" are no one
_THING_ENDINGS = re.compile(r"[a-z-]+(?:paper|letter|water|order|center|centre|computer|tower|poster|number|"
                            r"power|cover|quarter|corner|floor|door|mirror|motor|sector|factor|error|colou?r)")


def is_person_word(word: str) -> bool:
    """A noun for a person: a role, an occupation, a word for people ("resident", "witness") or for a
    doer ("starter")."""
    low = word.lower()
    return low in PEOPLE_NOUNS or low in OCCUPATIONS or (
        _DOER.fullmatch(low) is not None and low not in STOPWORDS and low not in _NOT_DOERS
        and not _THING_ENDINGS.fullmatch(low))


# ("boss": "Hibs boss Marta Villanueva-Soler was left frustrated" opens on its subject)
_NP_WORDS = frozenset(DETERMINERS | ROLE_HEADS | {"of", "former", "then", "acting", "deputy", "senior", "top", "boss"})


def words_before_name(before: str) -> list[str]:
    """The words between the opening of a sentence (after a comma, or a dash that ends a time or a
    dateline: "12:30 p.m. — Gov. Leah Corwin") and a name, whose titles :func:`titles_only` tests."""
    return re.split(r",|\s[—–-]{1,2}\s", before)[-1].split()


def titles_only(words: list[str]) -> bool:
    """Nothing but titles and modifiers before a name ("House Speaker", "Brewers starter"), no
    word that opens a clause ("While", "With")."""
    return all((w[:1].isupper() and w.lower() not in CLAUSE_OPENERS) or w.lower().strip(".") in _NP_WORDS
               or is_person_word(w) for w in words)
