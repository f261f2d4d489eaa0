"""Shared default_args for the billing team (a helper module, not a DAG file)."""
import pendulum


def defaults():
    return {"owner": "billing", "retries": 2, "start_date": pendulum.datetime(2024, 5, 1, tz="UTC")}
