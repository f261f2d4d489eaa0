from airflow.operators.empty import EmptyOperator

from include.dag_defaults import team_DAG

with team_DAG(dag_id="inc_with", schedule="@daily"):
    EmptyOperator(task_id="start")

inc_assigned = team_DAG(dag_id="inc_assigned", schedule=None)
