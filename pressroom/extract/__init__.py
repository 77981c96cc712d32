"""People and quotations (with their speakers) from cleaned news pages.

    from pressroom.extract import load_nlp, extract_pages
    nlp = load_nlp()
    extractions = extract_pages(pages, nlp)   # one Extraction per CleanPage
"""

from .nlp import load_nlp
from .pipeline import extract_pages

__all__ = ["load_nlp", "extract_pages"]
