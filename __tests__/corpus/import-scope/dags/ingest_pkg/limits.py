"""Limits of the ingest package."""
ROWS = 1000
