"""Kept for reference, ignored by .airflowignore (glob): its dag_id is no key and its cron is invalid."""
import pendulum

from airflow import DAG

with DAG("x y", start_date=pendulum.datetime(2024, 1, 1), schedule="bad"):
    pass
