# Reads airflow settings for a DAG elsewhere: no DAG here.
from include.team_dag import Settings

cfg = Settings(dag_id="not_a_dag", schedule="@daily")
