"""A failing helper imported only under TYPE_CHECKING: never imported at run time."""
from datetime import datetime
from typing import TYPE_CHECKING

from airflow import DAG

if TYPE_CHECKING:
    from include.broken import value

with DAG("type_checking", start_date=datetime(2024, 1, 1), schedule=None):
    pass
