from airflow.decorators import task

from include import dag_defaults
from include.dag_defaults import fixed_dag, named_dag, retried, sched_dag, team_dag


@team_dag(schedule="@daily", catchup=False)
def nightly_load():
    @task
    def load():
        print("loading")

    load()


nightly_load()


@team_dag(dag_id="inc_custom_id", schedule=None)
def inc_custom():
    pass


inc_custom()


@dag_defaults.team_dag(schedule=None)
def through_module():
    pass


through_module()


@sched_dag("@hourly")
def inc_by_position():
    pass


inc_by_position()


@fixed_dag(schedule="not a cron")
def inc_overridden():
    pass


inc_overridden()


@named_dag()
def inc_renamed():
    pass


inc_renamed()


@retried(times=3)
def helper():
    pass


helper()


@team_dag(schedule=None)
def inc_never_called():
    pass
