from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

with DAG("defaults_in_uncalled", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2}):
    EmptyOperator(task_id="start")


def build_report():
    # Only when build_report runs is `def render` run: its default and annotation are not evaluated at import.
    def render(rows: RowList = DEFAULT_ROWS) -> Report:
        return rows

    return render()
