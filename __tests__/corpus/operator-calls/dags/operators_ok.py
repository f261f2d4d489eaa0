"""Accepted: each operator's own keywords and BaseOperator's, provide_context=True (dropped with a warning), a ** splat,
a required argument from default_args, project operators (a subclass here and one in include/), TriggerRule members,
mapped operators, and a broken call in a function nothing calls."""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator, ShortCircuitOperator
from airflow.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sensors.filesystem import FileSensor
from airflow.sensors.time_delta import TimeDeltaSensor
from airflow.utils.trigger_rule import TriggerRule

from include.operators import ReportOperator

SHELL = {"bash_command": "echo shared", "env": {"MODE": "batch"}}


def alert(context):
    print(context)


def transform(day, **context):
    return day


class QuietBash(BashOperator):
    def __init__(self, quiet=True, **kwargs):
        super().__init__(**kwargs)
        self.quiet = quiet


with DAG("operators_ok", schedule="@daily", start_date=datetime(2024, 1, 1), default_args={"owner": "data", "retries": 2, "bash_command": "echo default"}, tags=["ok"], catchup=False):
    BashOperator(task_id="with_env", bash_command="echo $MODE", env={"MODE": "full"}, append_env=True, pool="default_pool", doc_md="Runs the export", executor_config={}, on_failure_callback=alert, execution_timeout=timedelta(minutes=5))
    BashOperator(task_id="from_defaults")
    BashOperator(task_id="splat", **SHELL)
    PythonOperator(task_id="py", python_callable=transform, op_kwargs={"day": "{{ ds }}"}, templates_dict={"x": "1"}, provide_context=True, show_return_value_in_logs=False)
    ShortCircuitOperator(task_id="gate", python_callable=lambda: True, ignore_downstream_trigger_rules=False)
    TriggerDagRunOperator(task_id="trigger", trigger_dag_id="nightly_export", wait_for_completion=False, trigger_rule=TriggerRule.ALL_DONE)
    FileSensor(task_id="wait_file", filepath="/data/in.csv", fs_conn_id="fs_default", poke_interval=30, timeout=600, mode="reschedule", soft_fail=True)
    TimeDeltaSensor(task_id="pause", delta=timedelta(minutes=1))
    QuietBash(task_id="quiet", bash_command="echo hi", quiet=False)
    ReportOperator(task_id="report", report_name="daily")
    BashOperator.partial(task_id="mapped", retries=1).expand(bash_command=["echo 1", "echo 2"])


def old_copy():
    BashOperator("never_made", retires=3)
