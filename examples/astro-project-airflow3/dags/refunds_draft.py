"""Ignored by `*_draft.py` in .airflowignore."""
from airflow.sdk import DAG

DAG("refunds_draft", schedule="whenever")
