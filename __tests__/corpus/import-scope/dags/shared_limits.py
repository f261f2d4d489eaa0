"""Limits shared by the ingest files (a helper module, not a DAG file)."""
LIMIT = 500
