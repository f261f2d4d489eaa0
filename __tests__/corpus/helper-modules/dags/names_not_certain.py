"""Names that exist or may exist: a submodule and a namespace folder of the package, a module __getattr__, a star
import, a definition under a flag, an imported module's name; nothing to report."""
from datetime import datetime

from airflow import DAG
from include.lib import helpers, nested_ns
from include.lib.dynamic import anything
from include.lib.helpers import TABLE, os
from include.lib.nested_ns.part import PART
from include.lib.starry import make_table

try:
    from include.lib.maybe import only_sometimes
except ImportError:
    only_sometimes = None

with DAG("names_not_certain", start_date=datetime(2024, 1, 1), schedule=None):
    pass
