"""Pressroom: scraped news pages to a tidy DuckDB warehouse.

The library's pure logic lives here (cleaning, extraction, validation,
loading); ``flows/`` orchestrates it with Prefect and ``pressroom.cli`` is the
command line over both.
"""

__version__ = "0.1.0"
