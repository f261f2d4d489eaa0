"""A schedule without a start_date anywhere: DAG() refuses, for `with DAG` and `@dag` alike."""
from airflow import DAG
from airflow.decorators import dag, task
from airflow.operators.empty import EmptyOperator

ARGS = {"owner": "billing", "retries": 2}

with DAG("invoice_mailer", schedule="0 9 * * 1", catchup=False, default_args=ARGS, tags=["billing"]):
    EmptyOperator(task_id="mail")


@dag(schedule="@monthly", catchup=False, default_args=ARGS, tags=["billing"])
def dunning_run():
    @task
    def remind():
        return 1

    remind()


dunning_run()
