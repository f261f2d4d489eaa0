"""Defaults that meet their schemas (nothing to report): const= equal (1.0 for 1), items of the right type, required
keys present, properties that hold, counts within minItems=/maxItems=, a pattern searched anywhere (`$` before a final newline, `\\s` across lines), a schema= dict,
keywords python-jsonschema ignores; and an unscheduled DAG whose default breaks const= (not validated)."""
from datetime import datetime

from airflow import DAG
from airflow.models.param import Param
from airflow.operators.empty import EmptyOperator

with DAG(
    "params_schemas_ok",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    params={
        "version": Param(1.0, const=1),
        "region": Param("us", const="us"),
        "tables": Param(["orders", "customers"], type="array", items={"type": "string", "minLength": 1}, minItems=1, maxItems=5),
        "target": Param({"table": "orders", "rows": 10}, type="object", required=["table"], properties={"rows": {"type": "integer"}}),
        "code": Param("xAB1", type="string", pattern="[A-Z]+"),
        "footer": Param("end\n", type="string", pattern="d$"),
        "block": Param("x = 1\ny = 2", type="string", pattern="^x.*\\s+y"),
        "mode": Param("full", schema={"type": "string", "enum": ["full", "incremental"]}),
        "ratio": Param(2.0, type="integer", multipleOf=0.5),
        "note": Param("x", type="string", title="Note", section="Extra", values_display={"x": "X"}),
    },
):
    EmptyOperator(task_id="start")

with DAG("params_manual_const", start_date=datetime(2024, 1, 1), schedule=None, params={"region": Param("eu", const="us")}):
    EmptyOperator(task_id="start")
