"""The landing zone: content-addressed, and a document is under its address only once complete."""

from __future__ import annotations

import pytest

from pressroom.ids import sha256_hex
from pressroom.landing import Lander, land_bytes, landed_path, read_landed


def test_lander_puts_documents_in_place_only_when_flushed(tmp_path):
    with Lander(tmp_path, group=3) as lander:
        first = lander.land(b"one")
        assert first == sha256_hex(b"one")
        assert not landed_path(tmp_path, first).exists()  # pending: bytes not yet synced
        assert lander.land(b"one") == first  # the same bytes twice are one document
        second = lander.land(b"two")
        assert not landed_path(tmp_path, second).exists()
        third = lander.land(b"three")  # the group is full: all three go in place
        assert [read_landed(tmp_path, sha) for sha in (first, second, third)] == [b"one", b"two", b"three"]
        fourth = lander.land(b"four")
    assert read_landed(tmp_path, fourth) == b"four"  # leaving the block flushes
    assert not list(tmp_path.rglob("*.tmp"))


def test_lander_leaves_nothing_half_landed_on_error(tmp_path):
    with pytest.raises(RuntimeError):
        with Lander(tmp_path) as lander:
            sha = lander.land(b"never finished")
            raise RuntimeError("killed")
    assert not landed_path(tmp_path, sha).exists()
    assert not list(tmp_path.rglob("*.tmp"))


def test_lander_and_land_bytes_agree(tmp_path):
    sha = land_bytes(tmp_path, b"page")
    with Lander(tmp_path) as lander:
        assert lander.land(b"page") == sha  # already there: nothing pending
        assert not lander._pending
