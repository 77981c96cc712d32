"""Regression on PolNeAR dev (84 articles, 67k words): thresholds a little
below the figures measured when this test was written."""

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "bench"))

from polnear_quotes import load_docs, predictions  # noqa: E402

from pressroom.evaluate.quotes import score_documents  # noqa: E402
from pressroom.extract import load_nlp  # noqa: E402


@pytest.fixture(scope="module")
def scores():
    docs = load_docs(HERE / "data" / "polnear" / "dev.jsonl.gz")
    names = json.loads((HERE / "data" / "polnear" / "dev_speaker_names.json").read_text())
    preds, _, _ = predictions(docs, load_nlp())
    return score_documents(docs, preds, names)


def test_direct_quotes(scores):
    assert scores["direct_f1"] >= 0.81
    assert scores["direct_recall"] >= 0.84


def test_speakers(scores):
    assert scores["speaker_accuracy"] >= 0.75
    assert scores["end_to_end_f1"] >= 0.62


def test_partial_and_reported_speech(scores):
    assert scores["partial_recall"] >= 0.90
    assert scores["indirect_precision"] >= 0.75
    assert scores["indirect_recall"] >= 0.52
