"""A loop indented with a tab whose body is indented with 8 spaces: TabError: inconsistent use of tabs and spaces in indentation."""
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator


def add_tasks(dag):
	for i in range(3):
        EmptyOperator(task_id=f"t{i}", dag=dag)


with DAG("tab_mixed_loop", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "platform", "retries": 2}, tags=["reports"], catchup=False) as dag:
    add_tasks(dag)
