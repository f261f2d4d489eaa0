from datetime import datetime

from airflow import DAG


def make(dag_id, schedule):
    with DAG(dag_id, schedule=schedule, start_date=datetime(2024, 1, 1), tags=["dup"], default_args={"owner": "data", "retries": 2}, catchup=False) as made:
        pass
    return made


daily = make("same_file_id", "@daily")
hourly = make("same_file_id", "@hourly")  # replaces the daily one, silently
