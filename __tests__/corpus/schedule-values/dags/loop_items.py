from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator

SCHEDS = {
    "weekdays": "0 9 * * mon-fri",
    "last_day": "0 0 L * *",
    "reboot": "@reboot",
    "nearest_weekday": "0 0 1W * *",
    "step_zero": "*/0 * * * *",
}
for name, cron in SCHEDS.items():
    with DAG(f"sched_{name}", start_date=datetime(2024, 1, 1), schedule=cron, catchup=False) as d:
        EmptyOperator(task_id="t")
    globals()[name] = d
