"""A helper importing under version, find_spec and environment checks; a failing helper imported only under a flag, also
in a function called only under it."""
import os
from datetime import datetime

from airflow import DAG
from include.conditional import VALUE

if os.getenv("ASTRO_CI_CORPUS_FLAG") == "1":
    from include.needs_missing import VALUE as OTHER

with DAG("conditional_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass


def load_extra():
    from include.needs_missing import VALUE as EXTRA

    return EXTRA


if os.getenv("ASTRO_CI_CORPUS_FLAG") == "1":
    load_extra()
