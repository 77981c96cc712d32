"""The article-extraction benchmark scoring rule on hand-made cases."""

from __future__ import annotations

import pytest

from pressroom.evaluate.aeb import score_page, score_pages, shingles


def test_shingles_are_four_word_multisets():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    # punctuation is not a word; case is kept
    assert shingles("A, b. c! d") == {("A", "b", "c", "d"): 1}
    # repeats count
    assert shingles("x y z w x y z w")[("x", "y", "z", "w")] == 2


def test_short_text_is_one_shingle_and_empty_is_none():
    assert shingles("just two") == {("just", "two"): 1}
    assert shingles("") == {} and shingles(None) == {} and shingles(" ... ") == {}


def test_perfect_and_disjoint():
    assert score_page("one two three four five", "one two three four five") == (1.0, 1.0)
    assert score_page("one two three four", "five six seven eight") == (0.0, 0.0)


def test_extra_text_costs_precision_missing_text_costs_recall():
    gold = "a b c d e f"  # 3 shingles
    p, r = score_page("a b c d e f g h", gold)  # 5 shingles, 3 shared
    assert (p, r) == (pytest.approx(3 / 5), 1.0)
    p, r = score_page("a b c d e", gold)  # 2 shingles, both shared
    assert (p, r) == (1.0, pytest.approx(2 / 3))


def test_multiset_overlap_is_clipped():
    # the prediction repeats a passage the gold has once
    p, r = score_page("q w e r q w e r", "q w e r")
    assert r == 1.0 and p == pytest.approx(1 / 5)


def test_empty_prediction_scores_zero():
    assert score_page("", "some gold text here now") == (0.0, 0.0)
    assert score_page(None, "some gold text here now") == (0.0, 0.0)


def test_score_pages_averages_per_page_then_f1():
    gold = {"a": "one two three four five", "b": "six seven eight nine ten"}
    preds = {"a": "one two three four five", "b": ""}  # perfect, then empty
    score = score_pages(preds, gold)
    assert score.pages == 2
    assert score.precision == pytest.approx(0.5) and score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)
    # a page missing from the predictions counts as empty
    assert score_pages({"a": gold["a"]}, gold).f1 == pytest.approx(0.5)


def test_f1_is_from_averages_not_average_of_f1():
    gold = {"a": "a b c d e f", "b": "a b c d e f"}
    preds = {"a": "a b c d e f g h", "b": "a b c d e"}  # (0.6, 1) and (1, 2/3)
    score = score_pages(preds, gold)
    p, r = (0.6 + 1) / 2, (1 + 2 / 3) / 2
    assert score.f1 == pytest.approx(2 * p * r / (p + r))
