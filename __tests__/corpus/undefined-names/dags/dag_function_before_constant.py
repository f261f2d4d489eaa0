"""An @dag function called above the constant its body reads: the call runs the body, so the import fails."""
from datetime import datetime

from airflow.decorators import dag
from airflow.operators.empty import EmptyOperator


@dag(schedule=None, start_date=datetime(2024, 1, 1), catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})
def dag_function_before_constant():
    EmptyOperator(task_id=FIRST_TASK)


dag_function_before_constant()
FIRST_TASK = "start"
