"""Batch settings for the ingest files: a plain module beside them, imported as the top-level module ingest_common."""
from .shared_limits import LIMIT

BATCH = LIMIT // 10
