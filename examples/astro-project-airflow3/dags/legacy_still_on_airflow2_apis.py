# AIRFLOW 3: days_ago was removed (breaks the import); PythonOperator moved to the standard provider (still works).
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.utils.dates import days_ago


def _hello():
    print("hello")


with DAG("legacy_hello", schedule="@daily", start_date=days_ago(1), tags=["legacy"],
         default_args={"owner": "platform", "retries": 2}) as dag:
    PythonOperator(task_id="hello", python_callable=_hello)
