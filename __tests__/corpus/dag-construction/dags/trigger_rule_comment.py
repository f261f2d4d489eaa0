"""A default_args trigger_rule in capitals (TriggerRule's values are lower case), which every task gets:
AirflowException. The comment beside it writes the key as a keyword; no task sets it."""
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("trigger_rule_comment", schedule=None, start_date=pendulum.datetime(2024, 1, 1), default_args={'owner': 'billing', 'retries': 2, 'trigger_rule': 'ALL_DONE'}, tags=['billing']):  # trigger_rule='ALL_DONE'
    BashOperator(task_id="t", bash_command="echo")
