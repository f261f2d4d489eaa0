from datetime import datetime

from airflow.decorators import dag


@dag(start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False, tags=["t"], default_args={"owner": "o", "retries": 2})
def in_dag_function():
    # The @dag function runs while the file is imported: a NameError here fails the import.
    EmptyOperator(task_id="start")


in_dag_function()
