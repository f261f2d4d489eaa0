#!/usr/bin/env python3
"""Regenerate src/dags/data/operator-signatures.json from Airflow's own operator classes.

Run with a python3 that imports Airflow 2.10 (e.g. `. /opt/airflow-2.10.5/env.sh`):

    python3 scripts/generate-operator-signatures.py --source "apache/airflow airflow/operators, airflow/sensors at 2.10.5"

Every operator and sensor class of Airflow core (`airflow.operators.*`, `airflow.sensors.*`, and the deprecated alias
modules those packages still serve through `add_deprecated_classes`, when they point into core) is imported and read
the way BaseOperatorMeta does (airflow/models/baseoperator.py `_apply_defaults`): each class of the MRO that defines
its own `__init__` carries `__param_names` (its named parameters) and `__non_optional_args` (those without a default,
task_id excepted). What the JSON records is then checked by building each class inside a DAG:

- `required`: a parameter of the chain is kept only if leaving it out (the others given) raises
  "missing keyword argument '<name>'";
- `open`: passing an unknown keyword does NOT raise "Invalid arguments were passed" (a class keeps `**kwargs` for
  itself), so unknown keywords are no error;
- `callable`: passing a string as this parameter raises "`<name>` param must be callable";
- `functionOnly`: passing a string as this parameter raises "<Class> only supports functions for <name> arg" (the
  virtualenv and external python operators, which want a plain function);
- `droppedWhenTrue`: an Airflow 1 keyword (`provide_context`) the class accepts when true but not when false.

Provider operators are left out: their signatures change with each provider release.

`taskGroup` records TaskGroup's signature the same way (airflow/utils/task_group.py): its parameters in order, the
required ones, and `types`, the TASKGROUP_ARGS_EXPECTED_TYPES entries that building a group with a value of another
type really refuses (TypeError from validate_instance_args).
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import inspect
import json
import pathlib
import pkgutil
import warnings

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "dags" / "data" / "operator-signatures.json"
CORE = ("airflow.operators.", "airflow.sensors.")
#: Keywords of Airflow 1 operators that some 2.x classes still drop when given as true (probed per class).
LEFTOVERS = ("provide_context",)


def probe_function(*args, **kwargs):
    return True


def sample(name: str, variant: int):
    """A plausible value for a required parameter, so that building the task reaches the check being probed."""
    if name.endswith("callable"):
        return probe_function
    if name == "delta":
        return datetime.timedelta(minutes=1)
    if name == "target_time":
        return datetime.time(1, 0) if variant == 0 else "2024-01-01T00:00:00"
    if name == "subdag":
        return None
    if name.startswith("follow_task_ids"):
        return ["a"]
    if name == "week_day":
        return "Monday"
    return "x"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    import airflow
    import airflow.operators
    import airflow.sensors
    from airflow.exceptions import AirflowException
    from airflow.models.baseoperator import BaseOperator
    from airflow.models.dag import DAG

    paths: dict[str, type] = {}
    for package in (airflow.operators, airflow.sensors):
        for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
            try:
                module = importlib.import_module(info.name)
            except Exception:  # a module needing an extra that is not installed
                continue
            for name, value in vars(module).items():
                if inspect.isclass(value) and issubclass(value, BaseOperator) and value.__module__.startswith(CORE):
                    paths[f"{info.name}.{name}"] = value
        deprecated = vars(package).get("__deprecated_classes", {})
        for module_name, names in deprecated.items():
            for name, target in names.items():
                if not target.startswith(CORE):
                    continue
                module = importlib.import_module(f"{package.__name__}.{module_name}")
                value = getattr(module, name)
                if inspect.isclass(value) and issubclass(value, BaseOperator):
                    paths[f"{package.__name__}.{module_name}.{name}"] = value

    base_params = sorted(BaseOperator.__init__._BaseOperatorMeta__param_names)
    classes: dict[str, dict] = {}
    canonical_of: dict[type, str] = {}
    probe_dag = DAG("operator_signature_probe", schedule=None, start_date=datetime.datetime(2024, 1, 1))
    counter = [0]

    def build(cls: type, kwargs: dict) -> str | None:
        counter[0] += 1
        try:
            with probe_dag:
                cls(task_id=f"probe_{counter[0]}", **kwargs)
        except Exception as error:  # noqa: BLE001 - the message is what is probed
            return f"{type(error).__name__}: {error}"
        return None

    for cls in sorted(set(paths.values()), key=lambda c: f"{c.__module__}.{c.__qualname__}"):
        if inspect.isabstract(cls):
            continue
        params: list[str] = []
        candidates: list[str] = []
        for klass in cls.mro():
            init = vars(klass).get("__init__")
            if init is None or klass is BaseOperator:
                continue
            for name in sorted(getattr(init, "_BaseOperatorMeta__param_names", set())):
                if name not in params and name not in base_params:
                    params.append(name)
            for name in sorted(getattr(init, "_BaseOperatorMeta__non_optional_args", set())):
                if name not in candidates:
                    candidates.append(name)
        for variant in (0, 1):
            full = {name: sample(name, variant) for name in candidates}
            if build(cls, full) is None:
                break
        required = []
        for name in candidates:
            message = build(cls, {k: v for k, v in full.items() if k != name})
            if message == f"AirflowException: missing keyword argument {name!r}":
                required.append(name)
        baseline = build(cls, full)
        unknown = build(cls, {**full, "astro_ci_probe_keyword": 1})
        entry: dict = {"parameters": params}
        if required:
            entry["required"] = required
        if baseline is not None:
            entry["buildError"] = baseline  # the probe could not build it: open/callable unverified
        if baseline is None and not (unknown or "").startswith("AirflowException: Invalid arguments were passed"):
            entry["open"] = True
        callables = []
        function_only = []
        for name in params:
            if name.endswith("callable") and baseline is None:
                message = build(cls, {**full, name: "my_function"})
                if message == f"AirflowException: `{name}` param must be callable":
                    callables.append(name)
                # The virtualenv and external python operators want a plain function (no lambda, no other callable).
                elif message == f"ValueError: {cls.__name__} only supports functions for {name} arg":
                    function_only.append(name)
        if callables:
            entry["callable"] = callables
        if function_only:
            entry["functionOnly"] = function_only
        # Airflow 1 leftovers a class drops itself when they are true (PythonOperator: `provide_context`).
        dropped = [
            name
            for name in LEFTOVERS
            if baseline is None and "open" not in entry and build(cls, {**full, name: True}) is None and build(cls, {**full, name: False}) is not None
        ]
        if dropped:
            entry["droppedWhenTrue"] = dropped
        canonical = f"{cls.__module__}.{cls.__qualname__}"
        classes[canonical] = entry
        canonical_of[cls] = canonical

    # Airflow's own task decorators (airflow/decorators/__init__.py TaskDecoratorCollection): `@task.<kind>(...)` keeps
    # its keywords and hands them to the decorated operator class when the decorated function is called (the task is
    # made then), where BaseOperator refuses unknown ones. Each kind's keywords are that class chain's, probed below.
    from airflow.decorators import task as task_collection

    def probe_callable():
        return "echo"

    decorators: dict[str, dict] = {}
    for kind in ("python", "virtualenv", "external_python", "branch", "branch_virtualenv", "branch_external_python", "short_circuit", "sensor", "bash"):
        factory = getattr(task_collection, kind)
        needs = {"python": "/usr/bin/python3"} if "external_python" in kind else {}
        operator_class = factory(**needs)(probe_callable).operator_class
        params: list[str] = []
        for klass in operator_class.mro():
            init = vars(klass).get("__init__")
            if init is None or klass is BaseOperator:
                continue
            for name in sorted(getattr(init, "_BaseOperatorMeta__param_names", set())):
                if name not in params and name not in base_params:
                    params.append(name)
        counter[0] += 1
        made = factory(astro_ci_probe_keyword=1, **needs)(probe_callable)
        try:
            with probe_dag:
                made.override(task_id=f"probe_{counter[0]}")()
            refused = None
        except Exception as error:  # noqa: BLE001 - the message is what is probed
            refused = f"{type(error).__name__}: {error}"
        entry = {"operator": operator_class.__name__, "parameters": sorted(params)}
        if not (refused or "").startswith("AirflowException: Invalid arguments were passed"):
            entry["open"] = True
        decorators[kind] = entry

    # TaskGroup (airflow/utils/task_group.py): a plain class, so CPython binds its arguments (TypeError for an unknown
    # keyword, a missing group_id, too many positional ones), and `@task_group(...)`/`.override(...)` bind theirs to the
    # same signature (bind_partial). `__init__` ends with validate_instance_args(TASKGROUP_ARGS_EXPECTED_TYPES): the
    # `types` kept are those a value of another type (not None) is refused for, as probed (group_id is a key, judged
    # by validate_group_key first; a parameter the group does not keep as an attribute is never checked).
    from airflow.utils.task_group import TASKGROUP_ARGS_EXPECTED_TYPES, TaskGroup

    signature = inspect.signature(TaskGroup.__init__)
    group_params = [name for name in signature.parameters if name != "self"]
    group_required = [name for name in group_params if signature.parameters[name].default is inspect.Parameter.empty]
    group_types: dict[str, str] = {}
    for name, expected in TASKGROUP_ARGS_EXPECTED_TYPES.items():
        if name == "group_id":
            continue
        counter[0] += 1
        wrong = 12345 if expected is not int else "x"
        try:
            with probe_dag:
                TaskGroup(group_id=f"probe_group_{counter[0]}", **{name: wrong})
            refused = None
        except Exception as error:  # noqa: BLE001 - the message is what is probed
            refused = f"{type(error).__name__}: {error}"
        if (refused or "").startswith(f"TypeError: '{name}' has an invalid type"):
            group_types[name] = expected.__name__
    task_group = {"parameters": group_params, "required": group_required, "types": group_types}

    aliases = {path: canonical_of[cls] for path, cls in sorted(paths.items()) if cls in canonical_of and path != canonical_of[cls]}
    out = {
        "$comment": (
            f"Keyword parameters of Airflow core operators and sensors ({args.source}), read from the classes' __init__ "
            "chains as BaseOperatorMeta._apply_defaults does and checked by building each class in a DAG; generated by "
            "scripts/generate-operator-signatures.py. parameters: the class chain's own keywords (BaseOperator's are in "
            "baseOperator); required: missing ones raise 'missing keyword argument'; open: unknown keywords are no error; "
            "callable: a string there raises '`<name>` param must be callable'; functionOnly: a string there raises "
            "'<Class> only supports functions for <name> arg'; droppedWhenTrue: accepted only when true. Provider operators are not listed. "
            "decorators: per `@task.<kind>` of airflow.decorators, the decorated operator class and its chain's own keywords (checked when the decorated function is called). "
            "taskGroup: TaskGroup.__init__'s parameters in order (self left out), the required ones, and the types validate_instance_args refuses other values for."
        ),
        "airflow": airflow.__version__,
        "baseOperator": base_params,
        "classes": classes,
        "aliases": aliases,
        "decorators": decorators,
        "taskGroup": task_group,
    }
    DATA.write_text(json.dumps(out, indent=1) + "\n")
    print(f"{len(classes)} classes, {len(aliases)} aliases -> {DATA}")


if __name__ == "__main__":
    main()
