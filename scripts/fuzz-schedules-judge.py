#!/usr/bin/env python3
"""Judge schedule strings with a real Airflow 2.10: what a DagBag and the scheduler do with each.

Reads a JSON list of cases on stdin, `[{"expr": str, "keyword": "schedule" | "schedule_interval"}, ...]`, and writes a
JSON list of verdicts on stdout, one per case in order:

    {"outcome": "error" | "ok", "error": str | None, "at": "construct" | "validate" | None,
     "sometimes": bool, "random": bool, "fires": bool | None, "next_error": str | None}

- "construct": `DAG(dag_id, <keyword>=expr, start_date=START)` raised (the DagBag records an import error for the file).
- "validate": `dag.validate()` raised, the call DagBag makes before bagging (apache/airflow airflow/models/dagbag.py at
  2.10.5, `_process_modules`); the error is written as the DagBag writes it, "<ExceptionType>: <message>".
- "random": the croniter expansion differs between parses (an `R` field): such a string is parsed DRAWS times by
  croniter as `CronMixin.validate` parses it; "error" when any draw fails ("sometimes" when others pass).
- "fires": for an accepted cron schedule, whether the timetable finds a first run (`next_dagrun_info`, catchup on,
  from START, as `dag.next_dagrun_info(None)` asks it); croniter raises CroniterBadDateError when no date in 50 years
  matches ("next_error" keeps its words; the scheduler logs it and creates no run).

Run it with a python3 that imports Airflow 2.10.x (croniter 5.0.1, Airflow's pin), with AIRFLOW_HOME and a SQLite
metadata database configured (no database access happens). scripts/fuzz-schedules.mjs drives it.
"""
from __future__ import annotations

import json
import sys
import warnings

DRAWS = 600


def main() -> int:
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    import pendulum
    from croniter import croniter
    from croniter.croniter import CroniterError, hash_expression_re

    from airflow.models.dag import DAG
    from airflow.timetables._cron import CronMixin

    start = pendulum.datetime(*json.loads(sys.argv[1]) if len(sys.argv) > 1 else (2026, 11, 30), tz="UTC")
    cases = json.load(sys.stdin)

    def once(expr: str, keyword: str) -> dict:
        try:
            dag = DAG("fuzz", start_date=start, **{keyword: expr})
        except Exception as error:  # noqa: BLE001 - every failure is a verdict
            return {"outcome": "error", "at": "construct", "error": f"{type(error).__name__}: {error}"}
        try:
            dag.validate()
        except Exception as error:  # noqa: BLE001
            return {"outcome": "error", "at": "validate", "error": f"{type(error).__name__}: {error}"}
        return {"outcome": "ok", "at": None, "error": None, "dag": dag}

    from airflow.exceptions import AirflowTimetableInvalid
    from airflow.utils.dates import cron_presets

    def draw(expression: str) -> str:
        """One croniter parse as `CronMixin.validate` makes it: "ok <expansion>" or the DagBag's error text."""
        try:
            cron = croniter(expression)
        except Exception as error:  # noqa: BLE001
            if isinstance(error, CroniterError):
                return f"error {AirflowTimetableInvalid.__name__}: {error}"
            return f"error {type(error).__name__}: {error}"
        return f"ok {cron.expanded!r} {cron.nth_weekday_of_month!r}"

    results = []
    for case in cases:
        expr, keyword = case["expr"], case["keyword"]
        first = once(expr, keyword)
        verdict, random_, sometimes = first, False, False
        cron = cron_presets.get(expr, expr)
        if first["at"] != "construct" and any(hash_expression_re.match(field) for field in cron.lower().split()):
            # An R field draws anew at every parse: parse it many times (croniter alone, as validate() does).
            # Stop early once both a passing and a failing draw are seen; else draw on, for rare failures.
            outcomes: set[str] = set()
            for _ in range(DRAWS):
                outcomes.add(draw(cron))
                if any(o.startswith("ok ") for o in outcomes) and any(o.startswith("error ") for o in outcomes):
                    break
            random_ = len(outcomes) > 1
            errors = sorted(o[len("error "):] for o in outcomes if o.startswith("error "))
            sometimes = bool(errors) and any(o.startswith("ok ") for o in outcomes)
            if first["outcome"] == "ok" and errors:
                verdict = {"outcome": "error", "at": "validate", "error": errors[0]}
        result = {
            "outcome": verdict["outcome"],
            "error": verdict["error"],
            "at": verdict["at"],
            "sometimes": sometimes,
            "random": random_,
            "fires": None,
            "next_error": None,
        }
        dag = verdict.get("dag")
        if verdict["outcome"] == "ok" and dag is not None and isinstance(dag.timetable, CronMixin) and not random_:
            try:
                # What dag.next_dagrun_info(None) asks, without its catch-all (which logs and returns None).
                info = dag.timetable.next_dagrun_info(last_automated_data_interval=None, restriction=dag._time_restriction)
                result["fires"] = info is not None
            except Exception as error:  # noqa: BLE001
                result["fires"] = False
                result["next_error"] = f"{type(error).__name__}: {error}"
        results.append(result)
    json.dump(results, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
