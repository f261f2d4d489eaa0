"""`import yaml` finds the installed PyYAML, not dags/yaml.py; include.pkg3 binds `helpers` itself, so the broken submodule is never imported."""
from datetime import datetime

import yaml
from airflow import DAG
from include.pkg3 import helpers

with DAG("shadowed_name", start_date=datetime(2024, 1, 1), schedule=None):
    pass
