"""Site chrome removal for plain-text scrapes of news pages.

``clean_text`` turns the text of a scraped page into a
:class:`pressroom.model.CleanPage`; ``chrome_lines`` lists what still looks
like chrome in a cleaned body (validation expects it to be empty).
"""

from .chrome import chrome_lines
from .core import clean_text

__all__ = ["clean_text", "chrome_lines"]
