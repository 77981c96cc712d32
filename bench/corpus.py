"""A synthetic corpus of realistic scraped news pages for the pipeline benchmark.

Articles are recombined from the bundled sample pages and the plain test
articles: paragraphs are shuffled (the lead stays first), the people named
are swapped for names from a list, and each page gets some of the chrome the
cleaner handles — logo and repeated title lines, byline and date lines,
photo captions with credits, share bars, teaser lists of other stories, hard
wrapped paragraphs. The generator is deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "pressroom" / "samples",
    ROOT / "tests" / "data" / "plain_articles",
    ROOT / "tests" / "data" / "scrapes",
]

FIRST = """Aisha Bruno Carmen Dmitri Elena Farid Grace Hiroshi Ingrid Jamal Katarina Luis Maya Nikolai Olga
Pedro Quinn Rosa Samuel Tariq Ursula Viktor Wen Ximena Yusuf Zora Adrian Beatriz Chidi Dolores Emeka Fatima
Gustavo Hana Ivan Julia Kwame Leila Mateo Nadia Omar Priya Rafael Sofia Tomas Uma Vera Wilhelm Yara Zeynep""".split()
LAST = """Abadi Bergstrom Castellanos Dlamini Eriksen Fontaine Gallagher Haddad Iwasaki Jovanovic Kowalski
Lindqvist Moreau Nakamura Okonkwo Petrova Quintero Rahman Sandoval Takahashi Umarov Vasquez Whitaker Xu
Yilmaz Zielinski Achebe Brandt Chaudhry Delacroix Esposito Ferreira Grigoryan Holm Ibrahim Jensen Kaur
Lemaire Mbeki Novak Oyelaran Pereira Rossi Suzuki Tran Ueda Valdez Weber Yamamoto Zhang""".split()
SITES = ["The Harbour Courier", "Valley Gazette", "Northern Ledger", "Metro Daily Post", "The Coastal Times"]
CREDITS = ["PHOTO: AFP", "Reuters", "AP Photo", "Supplied", "Getty Images", "Photo: Staff photographer"]
SCENES = [
    "Demonstrators gather outside the ministry building on Monday.",
    "Officials arrive for the meeting at the provincial hall.",
    "Workers leave the factory gates at the end of a shift.",
    "Residents queue for water near the market on Sunday.",
    "Police stand guard at a checkpoint on the main road.",
]
TEASERS = [
    "Court delays ruling on press law",
    "Heatwave warning issued for the south",
    "Central bank holds rates steady",
    "Rail workers threaten strike over pensions",
    "Border crossing to reopen next month",
    "Council approves new bus lanes",
]
MONTHS = "January February March April May June July August September October November December".split()


@dataclass
class Source:
    """One source article: title, body paragraphs, and the people it names."""

    title: str
    paragraphs: list[str]
    people: list[str]


def load_sources(nlp=None) -> list[Source]:
    """Clean every bundled page and find the people it names (one NER pass)."""
    from pressroom.clean import clean_text

    sources = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            page = clean_text(path.read_text(encoding="utf-8"))
            paragraphs = [p for p in page.paragraphs if len(p.split()) >= 12]
            if len(paragraphs) >= 3:
                sources.append(Source(page.title or paragraphs[0][:60], paragraphs, []))
    if nlp is None:
        from pressroom.extract import load_nlp

        nlp = load_nlp()
    disable = [name for name in nlp.pipe_names if name != "ner"]
    for source in sources:
        names = set()
        for doc in nlp.pipe(source.paragraphs + [source.title], disable=disable):
            for ent in doc.ents:
                words = ent.text.replace("’s", "").replace("'s", "").split()
                if ent.label_ == "PERSON" and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
                    names.add(" ".join(words))
        source.people = sorted(names, key=len, reverse=True)
    return sources


def _swap_names(text: str, mapping: dict[str, str]) -> str:
    # full names first, then surnames alone (the later mentions of a person)
    for old, new in mapping.items():
        text = text.replace(old, new)
    for old, new in mapping.items():
        old_last, new_last = old.split()[-1], new.split()[-1]
        if len(old_last) > 3:
            text = re.sub(rf"\b{re.escape(old_last)}\b", new_last, text)
    return text


def make_article(sources: list[Source], rng: random.Random, index: int) -> str:
    """The text of one synthetic scraped page."""
    main = rng.choice(sources)
    paragraphs = list(main.paragraphs)
    if len(paragraphs) > 12:  # keep the length of a news story, not a feature
        start = rng.randrange(1, len(paragraphs) - 10)
        paragraphs = paragraphs[:1] + paragraphs[start : start + rng.randint(8, 14)]
    rest = paragraphs[1:]
    rng.shuffle(rest)
    paragraphs = paragraphs[:1] + rest
    if rng.random() < 0.3:  # a few paragraphs of another story make the pool bigger
        other = rng.choice(sources)
        paragraphs += rng.sample(other.paragraphs[1:], min(2, len(other.paragraphs) - 1))
    mapping = {old: f"{rng.choice(FIRST)} {rng.choice(LAST)}" for old in main.people}
    paragraphs = [_swap_names(p, mapping) for p in paragraphs]
    title = _swap_names(main.title, mapping)
    site = rng.choice(SITES)
    lines: list[str] = []
    if rng.random() < 0.5:
        lines += [f"Logo of {site} newspaper {site} - {title}", title]
    else:
        lines += [f"{title} | {site}"] if rng.random() < 0.5 else []
        lines += [title]
    if rng.random() < 0.6:
        reporter = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        lines += [f"By {reporter}", f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2014, 2024)} {rng.randint(1, 12)}:{index % 60:02d} AM"]
    if rng.random() < 0.3:
        lines += ["Share"]
    body: list[str] = []
    wrap = rng.random() < 0.2
    for k, paragraph in enumerate(paragraphs):
        if k in (1, 4) and rng.random() < 0.5:
            scene = rng.choice(SCENES)
            credit = rng.choice(CREDITS)
            body += [f"{scene}\n{scene} {credit}"] if rng.random() < 0.5 else [f"{scene} {credit}"]
        body.append(textwrap.fill(paragraph, width=72) if wrap else paragraph)
    lines += body
    if rng.random() < 0.5:
        lines += ["Share this article", "Facebook Twitter WhatsApp Email"]
    if rng.random() < 0.5:
        lines += ["Related stories"] + [f"  • {t}" for t in rng.sample(TEASERS, 3)]
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 7, sources: list[Source] | None = None) -> list[Path]:
    """Write ``n`` pages as ``folder/<k // 1000>/<k>.txt``; return their paths."""
    sources = sources or load_sources()
    rng = random.Random(seed)
    paths = []
    for k in range(n):
        path = folder / f"{k // 1000:03d}" / f"{k:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make_article(sources, rng, k), encoding="utf-8")
        paths.append(path)
    return paths


def change_some(paths: list[Path], fraction: float, seed: int = 11) -> list[Path]:
    """Edit ``fraction`` of the pages the way a corrected story is edited; return them."""
    rng = random.Random(seed)
    chosen = rng.sample(paths, max(1, round(len(paths) * fraction)))
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.rstrip("\n") + "\n\nThis story has been updated with a correction to the figures in the fourth paragraph.\n",
            encoding="utf-8",
        )
    return chosen
