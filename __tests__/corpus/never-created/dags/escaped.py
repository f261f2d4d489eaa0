"""@dag functions that escape as values and are called elsewhere: under another name, from a registry, and returned
by a factory whose result is called. All are created; none is 'never created'."""
import pendulum
from airflow.decorators import dag, task

START = pendulum.datetime(2024, 5, 1, tz="UTC")
ARGS = {"owner": "growth", "retries": 2}


@dag(schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def cohort_refresh():
    @task
    def refresh():
        return 1

    refresh()


launch = cohort_refresh
launch()


@dag(schedule="@daily", start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
def funnel_rollup():
    @task
    def rollup():
        return 1

    rollup()


PIPELINES = {"funnel_rollup": funnel_rollup}
for pipeline_name, pipeline in PIPELINES.items():
    globals()[pipeline_name] = pipeline()


def campaign_dag(channel):
    @dag(dag_id=f"campaign_{channel}", schedule=None, start_date=START, catchup=False, default_args=ARGS, tags=["growth"])
    def campaign():
        @task
        def send():
            return channel

        send()

    return campaign


email_campaign = campaign_dag("email")()
