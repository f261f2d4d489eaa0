"""A plugins/ module (plugins/ is on sys.path) that imports a module nothing installs."""
from datetime import datetime

import plug_helpers
from airflow import DAG

with DAG("plugin_helper", start_date=datetime(2024, 1, 1), schedule=None):
    pass
