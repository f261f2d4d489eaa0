# Ignored by dags/.airflowignore: never parsed by Airflow, so not checked.
from airflow import DAG

dag = DAG("wip", schedule="not a schedule")
