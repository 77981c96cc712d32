"""Decoding scraped text files: encodings, and one-line reasons for what is not text."""

import pytest

from pressroom.ingest import BadInput, decode_text

ARTICLE = "Prime Minister’s aide said the talks “went well”, according to reporters. Café owners agreed."


def test_utf8_with_and_without_bom():
    assert decode_text(ARTICLE.encode("utf-8")) == (ARTICLE, "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")) == (ARTICLE, "utf-8-sig")


def test_windows_1252_is_decoded_and_recorded():
    text, encoding = decode_text(ARTICLE.encode("cp1252"))
    assert text == ARTICLE
    assert encoding == "cp1252"


def test_latin1_bytes_that_cp1252_leaves_undefined():
    # 0x81 and 0x8d are undefined in cp1252 but valid Latin-1 (C1 controls); real text around them decodes
    raw = ("Señor Núñez said the vote was fair. " * 5).encode("latin-1") + b"\x81"
    text, encoding = decode_text(raw)
    assert encoding == "latin-1"
    assert text.startswith("Señor Núñez said")


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty file"),
        (b"   \n\t\r\n  ", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"some text\x00\x00\x00 with NUL bytes", "NUL bytes"),
        (bytes(range(1, 9)) * 500, "control characters"),
    ],
)
def test_what_is_not_text_gets_a_one_line_reason(raw, reason):
    with pytest.raises(BadInput) as error:
        decode_text(raw)
    assert reason in str(error.value)
    assert "\n" not in str(error.value)


def test_utf16_with_bom():
    text, encoding = decode_text("\ufeff" .encode("utf-16-le")[:0] + ARTICLE.encode("utf-16"))
    assert text == ARTICLE
    assert encoding == "utf-16"
