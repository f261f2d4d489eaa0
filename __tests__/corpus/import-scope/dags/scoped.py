from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from airflow.decorators import dag, task

if TYPE_CHECKING:
    from corpus_types_only import Frame  # noqa: F401

try:
    import corpus_optional_speedup
except ImportError:
    corpus_optional_speedup = None


@dag(schedule=None, start_date=datetime(2024, 1, 1), tags=["corpus"], default_args={"owner": "data", "retries": 2})
def scoped():
    @task.external_python(python="/opt/venvs/reporting/bin/python")
    def in_venv():
        import corpus_venv_only

        return corpus_venv_only.VERSION

    @task
    def in_task():
        import corpus_task_only

        return corpus_task_only.VERSION

    in_venv()
    in_task()


scoped()
