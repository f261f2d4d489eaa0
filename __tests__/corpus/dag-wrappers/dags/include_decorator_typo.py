"""An Airflow DAG made with the team's decorator from include/ (safe mode needs the word airflow)."""
from include.dag_defaults import team_dag


@team_dag(scheduel="@daily")
def inc_misspelt():
    pass


inc_misspelt()
