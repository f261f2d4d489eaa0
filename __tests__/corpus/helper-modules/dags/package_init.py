"""include/pkg/__init__.py fails (a module nothing installs): importing include.pkg.mod runs it first."""
from datetime import datetime

from airflow import DAG
from include.pkg.mod import M

with DAG("package_init", start_date=datetime(2024, 1, 1), schedule=None):
    pass
