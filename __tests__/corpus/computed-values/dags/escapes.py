import pendulum
from airflow import DAG
from airflow.operators.empty import EmptyOperator

START = pendulum.datetime(2024, 1, 1, tz="UTC")

# Escapes are decoded as Python decodes them: "caf\u00e9_orders" is the valid key café_orders.
with DAG("caf\u00e9_orders", start_date=START, schedule=None):
    EmptyOperator(task_id="t")

# "\x5f" is "_": this is the dag_id "report_daily", which reports.py also uses.
with DAG("report\x5fdaily", start_date=START, schedule=None):
    EmptyOperator(task_id="t")

