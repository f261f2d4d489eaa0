"""pytest plugin shipped with astro-ci, always loaded by `astro-ci test` (`-p astro_ci_pytest_paths`): puts the
project's dags/ and plugins/ folders on sys.path AFTER the standard library and site-packages, where Airflow itself
appends them (settings.prepare_syspath_for_dags_folder and prepare_syspath_for_config_and_plugins, apache/airflow
airflow/settings.py at 2.10.5). On PYTHONPATH they would come first: a `dags/logging.py` or `dags/json.py` would
shadow the standard library before pytest itself had started. Suites that do not import Airflow (`--airflow none`)
still find modules in dags/ and plugins/ this way."""
import os
import sys


def _append(folder):
    if folder and os.path.isdir(folder) and folder not in sys.path:
        sys.path.append(folder)


_append(os.environ.get("AIRFLOW__CORE__DAGS_FOLDER"))
_append(os.environ.get("AIRFLOW__CORE__PLUGINS_FOLDER") or os.path.join(os.environ.get("AIRFLOW_HOME") or os.getcwd(), "plugins"))
