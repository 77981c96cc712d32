"""HTML pages to :class:`pressroom.model.CleanPage`.

    from pressroom.html import parse_html
    page = parse_html(raw_bytes, url="https://example.com/story")

Main text comes from trafilatura; captions and credits are collected before
boilerplate removal and kept out of the body (see :mod:`.captions`).
"""

from pressroom.html.parse import parse_html

__all__ = ["parse_html"]
