"""Studying with the library: asking it with citations, and review cards."""
