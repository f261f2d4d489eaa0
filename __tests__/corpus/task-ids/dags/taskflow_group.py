"""A @task_group with a spaced group_id, called in the DAG: AirflowException when the file is imported."""
from datetime import datetime

from airflow.decorators import dag, task, task_group


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "dw", "retries": 2}, tags=["dw"], catchup=False)
def warehouse_cleanup():
    @task_group(group_id="clean up")
    def cleanup():
        @task
        def vacuum():
            return 1

        vacuum()

    cleanup()


warehouse_cleanup()
