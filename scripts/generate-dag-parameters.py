#!/usr/bin/env python3
"""Regenerate one Airflow version's entry of src/dags/data/dag-parameters.json from Airflow's own code.

Airflow 2 (run with a python3 that imports that Airflow, e.g. 2.10.5):

    python3 scripts/generate-dag-parameters.py airflow2 --minor 2.10 --source "apache/airflow airflow/models/dag.py at 2.10.5"

reads `inspect.signature` of `DAG.__init__`, of the `dag` decorator and of `BaseOperator.__init__` (the task
arguments, for the "put it in default_args" advice).

Airflow 3 (no import needed: the task SDK's DAG is an attrs class, read with `ast`):

    python3 scripts/generate-dag-parameters.py airflow3 --minor 3.1 --dag-py task-sdk/src/airflow/sdk/definitions/dag.py \
        --source "apache/airflow task-sdk/src/airflow/sdk/definitions/dag.py at <commit>"

takes every field of `class DAG` that `attrs` puts in `__init__` (annotated assignments, minus `init=False` fields and
`ClassVar`s); `dag_id` is the only positional (`_all_after_dag_id_to_kw_only`), and the `dag` decorator takes
`dag_id_or_func` positionally and passes every keyword on to `DAG`.

The entry is merged into the JSON file (other versions are kept).
"""
from __future__ import annotations

import argparse
import ast
import json
import pathlib

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "dags" / "data" / "dag-parameters.json"


def airflow2(args: argparse.Namespace) -> dict:
    import inspect

    from airflow.models.baseoperator import BaseOperator
    from airflow.models.dag import DAG, dag

    def names(fn) -> list[str]:
        return [p.name for p in inspect.signature(fn).parameters.values() if p.name != "self" and p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL)]

    def positional(fn) -> int:
        return sum(1 for p in inspect.signature(fn).parameters.values() if p.name != "self" and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))

    return {
        "source": args.source,
        "parameters": names(DAG.__init__),
        "positional": positional(DAG.__init__),
        "decoratorParameters": names(dag),
        "decoratorPositional": positional(dag),
        "taskArguments": sorted(set(names(BaseOperator.__init__)) - set(names(DAG.__init__))),
    }


def airflow3(args: argparse.Namespace) -> dict:
    tree = ast.parse(pathlib.Path(args.dag_py).read_text())
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "DAG")
    fields: list[str] = []
    for node in cls.body:
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        if "ClassVar" in ast.unparse(node.annotation):
            continue
        value = node.value
        if isinstance(value, ast.Call) and ast.unparse(value.func) in ("attrs.field", "attr.ib", "field"):
            if any(k.arg == "init" and isinstance(k.value, ast.Constant) and k.value.value is False for k in value.keywords):
                continue
        fields.append(node.target.id)
    if not fields or fields[0] != "dag_id":
        raise SystemExit("expected dag_id as the first attrs field of class DAG")
    return {
        "source": args.source,
        "parameters": fields,
        "positional": 1,
        "decoratorParameters": fields,
        "decoratorPositional": 1,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="kind", required=True)
    for kind in ("airflow2", "airflow3"):
        p = sub.add_parser(kind)
        p.add_argument("--minor", required=True, help='Airflow minor version of the entry, like "2.10"')
        p.add_argument("--source", required=True, help="public source the entry is derived from")
        if kind == "airflow3":
            p.add_argument("--dag-py", required=True, help="path of task-sdk/src/airflow/sdk/definitions/dag.py")
    args = parser.parse_args()
    entry = airflow2(args) if args.kind == "airflow2" else airflow3(args)
    data = json.loads(DATA.read_text()) if DATA.exists() else {"versions": {}}
    previous = data["versions"].get(args.minor, {})
    if "taskArguments" not in entry and "taskArguments" in previous:
        entry["taskArguments"] = previous["taskArguments"]
    data["versions"][args.minor] = entry
    data["versions"] = dict(sorted(data["versions"].items(), key=lambda kv: [int(x) for x in kv[0].split(".")]))
    DATA.write_text(json.dumps(data, indent=2) + "\n")
    print(f"{DATA}: {args.minor}: {len(entry['parameters'])} parameters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
