"""Where the story starts on a page whose menus hold prose of their own.

A scrape of a whole page can show a cookie notice, the site's blurb or other
stories' summaries long before the article. The first paragraph that reads
like prose is then not the story's first. The story is the stretch of the page
where prose outweighs menus, headlines and teasers; it is found as the
highest-scoring run of units (each prose word counts for it, each menu line
and headline against it).
"""

from __future__ import annotations

import re

from .chrome import is_chrome_line
from .text import Unit, ends_sentence
from .title import PROSE_WORDS, is_prose
from .vocab import is_footer_heading

# Prose this far (in units of menus and teasers) above the story belongs to the
# page, not to the story; nearer, it is the story's opening (a box of related
# links often follows the first paragraph).
GAP_UNITS = 8


def _weight(unit: Unit) -> float:
    if unit.kind == "caption":
        return 0.0
    text = unit.text
    if is_footer_heading(text) or any(is_chrome_line(line) for line in text.split("\n", 3)[:3]):
        return -5.0  # an ad slot, a share bar, an embedded post's label
    lines = text.count("\n") + 1
    count = unit.words
    if lines >= 3 and (count < 4 * lines or not is_prose(unit)):
        return -2.0 * lines  # a block of menu lines, a tag cloud
    if glued_teaser(text):
        return -2.0 - min(count, 10)
    if is_prose(unit) or _dialogue(unit):
        return float(count)
    if not unit.bullet and count >= 3 and ends_sentence(text):
        return float(count)  # a short paragraph of the story
    return -2.0 - min(count, 10)  # a menu entry, a headline, a teaser


# a headline glued to the summary under it: a lower-case letter (maybe with its ? or !) straight
# before the capital that starts the summary, three lower-case letters into the word at least
# ("...Student-AthleteA 24-year-old...", "...On The Rise?Violence is...", not "iPhone", "McDonald")
_GLUE = re.compile(r"(?<=[a-z]{3})[?!]?(?=[A-Z][a-z ])")


def glued_teaser(text: str) -> bool:
    """A teaser card scraped as one line: its headline (in title case, three words or more)
    glued to its summary."""
    match = _GLUE.search(text, 0, 160)
    if match is None:
        return False
    words = [word for word in text[: match.start()].split() if word[0].isalpha()]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.75 * len(words)


def _weights(units: list[Unit], runs: list[list[int]]) -> list[float]:
    weights = [_weight(unit) for unit in units]
    for run in runs:
        # the items of the story's own numbered list, and what each item holds (a link, a photo)
        for index in range(run[0], run[-1] + 1):
            numbered = _NUMBER.match(units[index].text) is not None
            weights[index] = float(units[index].words) if numbered else max(weights[index], 0.0)
    return weights


_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]\s+\S")


def numbered_runs(units: list[Unit]) -> list[list[int]]:
    """Units numbered 1), 2), 3)... (or 1. 2. 3.) in order, three or more: lists the story makes."""
    runs: list[list[int]] = []
    run: list[int] = []
    expected = None
    for index, unit in enumerate(units):
        match = _NUMBER.match(unit.text) if unit.kind == "para" else None
        if not match:
            continue
        number = int(match.group(1))
        if number != expected:
            if len(run) >= 3:
                runs.append(run)
            run = []
        run.append(index)
        expected = number + 1
    if len(run) >= 3:
        runs.append(run)
    return [_with_last_items_tail(run, units) for run in runs]


def _with_last_items_tail(run: list[int], units: list[Unit]) -> list[int]:
    """Every item the same number of units long (the item, its link): the last one is too."""
    steps = {b - a for a, b in zip(run, run[1:])}
    if len(steps) != 1 or (step := steps.pop()) == 1:
        return run
    tail = range(run[-1] + 1, min(run[-1] + step, len(units)))
    if any(units[k].kind != "para" or is_chrome_line(units[k].text) or is_footer_heading(units[k].text) for k in tail):
        return run
    return run + list(tail)


def _best_run(weights: list[float], first: int) -> tuple[int, int]:
    best = run = 0.0
    start = best_start = first
    best_end = len(weights)
    for index in range(first, len(weights)):
        if run <= 0:
            run, start = 0.0, index
        run += weights[index]
        if run > best:
            best, best_start, best_end = run, start, index + 1
    return best_start, best_end


def _story_prose(unit: Unit) -> bool:
    return (is_prose(unit) or _dialogue(unit)) and not glued_teaser(unit.text)


_DASH_LED = re.compile(r"^\s*[–—]\s")


def _dialogue(unit: Unit) -> bool:
    """A paragraph of prose led by a dash: an interview's answer or a line of dialogue (as
    Russian, French or Spanish print them), not a list item, though the dash reads as a bullet."""
    if not unit.bullet or unit.kind != "para" or not _DASH_LED.match(unit.raw or unit.text):
        return False
    return unit.words >= 3 * PROSE_WORDS or (unit.words >= PROSE_WORDS and ends_sentence(unit.text))


def story_end(units: list[Unit]) -> int:
    """End (exclusive) of the story in body units: after it, menus and teasers outweigh prose."""
    runs = numbered_runs(units)
    weights = _weights(units, runs)
    _, end = _best_run(weights, 0)
    # furthest[i]: the end j >= i that maximises the sum of weights[:j], so that a run
    # resumed at unit i reaches furthest[i + 1] (one pass, not one search per resumption)
    total, sums = 0.0, [0.0]
    for weight in weights:
        total += weight
        sums.append(total)
    furthest = list(range(len(sums)))
    for index in range(len(sums) - 2, -1, -1):
        if sums[furthest[index + 1]] > sums[index]:
            furthest[index] = furthest[index + 1]
    while end < len(units):
        later = next((k for k in range(end, min(end + GAP_UNITS + 1, len(units))) if _story_prose(units[k])), None)
        if later is None:
            break
        end = max(furthest[later + 1], later + 1)
    for run in runs:
        if run[0] < end <= run[-1]:
            end = run[-1] + 1  # the story's list goes to its last item's end
    return end


def story_start(units: list[Unit], first_prose: int) -> int:
    """Index of the story's first unit: ``first_prose`` unless prose far above the story came first."""
    if first_prose >= len(units):
        return first_prose
    best_start, _ = _best_run(_weights(units, numbered_runs(units)), first_prose)
    while best_start > first_prose:
        earlier = next((k for k in range(best_start - 1, first_prose - 1, -1) if _story_prose(units[k])), None)
        if earlier is None or best_start - earlier - 1 > GAP_UNITS:
            break
        best_start = earlier
    return best_start if best_start > first_prose else first_prose
