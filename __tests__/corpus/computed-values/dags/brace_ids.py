import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

# In an f-string "{{" is one brace: the dag_id is "{team}_sync", which is not a valid key.
with DAG(f"{{team}}_sync", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), schedule=None):
    EmptyOperator(task_id="t")
