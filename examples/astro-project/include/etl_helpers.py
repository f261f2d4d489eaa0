"""Helpers shared by the DAGs (importable as `include.etl_helpers`)."""


def normalise_record(record: dict) -> dict:
    return {key.lower(): value for key, value in record.items() if value is not None}
