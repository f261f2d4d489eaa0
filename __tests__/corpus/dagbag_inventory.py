"""Print what Airflow's own DagBag finds in Astro projects' dags/ folders, one JSON line per project.

Usage: python3 dagbag_inventory.py PROJECT_DIR [PROJECT_DIR ...]

For each project: puts the project folder, dags/ and plugins/ on sys.path as the Astro runtime image does, builds one
whole-folder DagBag(dag_folder=PROJECT_DIR/dags, include_examples=False) (airflow/models/dagbag.py at 2.10.5), which
applies .airflowignore and safe mode like `astro dev parse` and the DAG integrity test, then forgets the project's
modules before the next one. Each result is printed on a line starting with "ASTRO-CI-DAGBAG ":
{"project": "<dir>", "dags": {"<path relative to the project>": [dag_id, ...]}, "import_errors": {"<path>": "<last line>"}}
"""

import json
import os
import sys

from airflow.models.dagbag import DagBag

for argument in sys.argv[1:]:
    project = os.path.abspath(argument)
    dags_folder = os.path.join(project, "dags")
    added = [os.path.join(project, "plugins"), dags_folder, project]
    for folder in added:
        sys.path.insert(0, folder)
    bag = DagBag(dag_folder=dags_folder, include_examples=False, safe_mode=True)
    out = {"project": argument, "dags": {}, "import_errors": {}}
    for dag_id, dag in sorted(bag.dags.items()):
        out["dags"].setdefault(os.path.relpath(dag.fileloc, project), []).append(dag_id)
    for path, error in sorted(bag.import_errors.items()):
        lines = [line for line in str(error).strip().splitlines() if line.strip()]
        out["import_errors"][os.path.relpath(path, project)] = lines[-1] if lines else ""
    print("ASTRO-CI-DAGBAG " + json.dumps(out, sort_keys=True), flush=True)
    for folder in added:
        sys.path.remove(folder)
    for name, module in list(sys.modules.items()):
        if (getattr(module, "__file__", None) or "").startswith(project + os.sep):
            del sys.modules[name]
