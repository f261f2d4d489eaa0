"""An object default without a key its required= asks for, and a default its schema= dict refuses: the import fails."""
from datetime import datetime

from airflow.decorators import dag, task
from airflow.models.param import Param


@dag(
    start_date=datetime(2024, 1, 1),
    schedule="@hourly",
    catchup=False,
    params={
        "target": Param({}, type="object", required=["table"]),
        "mode": Param("fast", schema={"type": "string", "enum": ["full", "incremental"]}),
    },
)
def params_required():
    @task
    def load():
        return 1

    load()


params_required()
