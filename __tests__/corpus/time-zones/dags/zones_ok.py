"""Valid zones, in every form: pendulum's "utc" in any case, "local" for tz=, links (US/Eastern), three-part names, a zone only used
inside a task (it runs later, in the worker) or under __main__."""
import pendulum

from airflow.decorators import dag, task
from airflow.timetables.interval import CronDataIntervalTimetable

ARGS = {"owner": "platform", "retries": 2}
EASTERN = pendulum.timezone("US/Eastern")
# pendulum's tz= parameters also take "local" (the machine's zone); pendulum.timezone("local") does not.
LOCAL_START = pendulum.datetime(2024, 1, 1, tz="local")


@dag(
    schedule=CronDataIntervalTimetable("0 6 * * *", "utc"),
    start_date=pendulum.datetime(2024, 1, 1, tz="America/Argentina/Buenos_Aires"),
    default_args=ARGS,
    tags=["tz"],
    catchup=False,
)
def zones_ok():
    @task
    def stamp():
        return pendulum.now("Mars/Base").isoformat()

    stamp()


zones_ok()

if __name__ == "__main__":
    print(pendulum.now("Europe/Parris"))
