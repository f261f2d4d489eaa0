"""ExternalTaskSensor keywords refused together (ValueError from its __init__): external_task_id with
external_task_ids, external_task_group_id with external_task_id, execution_delta with execution_date_fn (a lambda, a
function of the file). Each DAG is in a file of its own where the first failure ends the import: here the first."""
from datetime import timedelta

import pendulum
from airflow import DAG
from airflow.sensors.external_task import ExternalTaskSensor

with DAG("external_task_exclusive", schedule="@daily", start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, default_args={"owner": "ops", "retries": 2}, tags=["ops"]):
    ExternalTaskSensor(task_id="wait_ids", external_dag_id="upstream", external_task_id="load", external_task_ids=["load", "report"])
    ExternalTaskSensor(task_id="wait_group", external_dag_id="upstream", external_task_group_id="loads", external_task_id="load")
    ExternalTaskSensor(task_id="wait_delta", external_dag_id="upstream", execution_delta=timedelta(hours=1), execution_date_fn=lambda dt: dt)
