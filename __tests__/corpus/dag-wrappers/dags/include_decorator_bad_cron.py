"""An Airflow DAG made with the team's decorator from include/ (safe mode needs the word airflow)."""
from include.dag_defaults import team_dag


@team_dag(schedule="61 * * * *")
def inc_bad_cron():
    pass


inc_bad_cron()
