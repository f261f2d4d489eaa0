"""Imported as ingest_pkg.settings: a package module, so its relative import works."""
from .limits import ROWS

CHUNK = ROWS // 4
