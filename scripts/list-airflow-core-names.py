"""List what Airflow core serves to `import` and `from ... import`, for src/dags/data/airflow-core-names.json.

Run it with the Python of a real Airflow installation (the data shipped is from apache/airflow 2.10.5):

    python3 scripts/list-airflow-core-names.py > src/dags/data/airflow-core-names.json

Airflow core is `airflow` and its subpackages, without `airflow.providers` (whose contents depend on the provider
versions installed). For each module that exists (a `.py` file or package folder under airflow/, or a deprecated alias
module Airflow registers in `sys.modules` at import, see airflow/utils/deprecation_tools.py `add_deprecated_classes`),
the names `from module import name` succeeds for:
- its attributes after every core module is imported (a superset of what one DAG file sees: never a false "missing"),
- the names its module-level `__getattr__` serves (PEP 562): the keys of the lazy-import tables it reads
  (`__lazy_imports` in airflow/__init__.py and airflow/models/__init__.py, `_deprecated` in configuration.py,
  `__deprecated_imports` in models/baseoperator.py) and the string constants it compares with, each tried,
- an alias module's table of deprecated names (`airflow.operators.bash_operator` -> BashOperator),
- its submodules (`from airflow.operators import bash`).
A module whose names are unknown (skipped, or its import fails here for want of an extra) is listed with `null`:
it exists, and no name of it is judged. Modules skipped (side effects at import): see SKIP below.

Output: {"$comment", "version", "skipped", "failed", "aliases", "detached", "shadowed", "attributeErrors",
"modules": {module: "name name ..." | null}}, sorted.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import re
import sys
import types
import warnings
from contextlib import redirect_stderr, redirect_stdout

os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
warnings.simplefilter("ignore")

import airflow  # noqa: E402

# Modules not imported: running them has side effects or needs a running context.
SKIP = (
    "airflow.__main__",  # the CLI entry point
    "airflow.migrations",  # alembic's env.py and revisions need an alembic context
    "airflow.example_dags",  # example DAG files: they build DAGs (and some need extras) at import
)
# A module-level __getattr__ that hands any other name to another module (airflow/utils/yaml.py -> yaml).
DELEGATES = {"airflow.utils.yaml": "yaml"}
# airflow/__init__.py __getattr__ serves PY36 ... PY312 (deprecated version flags) besides its lazy imports.
EXTRA = {"airflow": [f"PY3{minor}" for minor in range(6, 13)]}


# Every module has __name__, __doc__, __spec__...: dunder names are left out, and never judged.
DUNDER = re.compile(r"^__\w+__$")


def skipped(name: str) -> bool:
    return any(name == s or name.startswith(s + ".") for s in SKIP)


def core(name: str) -> bool:
    return (name == "airflow" or name.startswith("airflow.")) and not (name == "airflow.providers" or name.startswith("airflow.providers."))


def on_disk() -> list[str]:
    """Every module and package of Airflow core on disk (also the skipped ones)."""
    root = os.path.dirname(airflow.__file__)
    found = ["airflow"]
    for folder, dirs, files in os.walk(root):
        rel = os.path.relpath(folder, root)
        package = "airflow" if rel == "." else "airflow." + rel.replace(os.sep, ".")
        dirs[:] = [d for d in dirs if d != "__pycache__" and d.isidentifier() and core(f"{package}.{d}")]
        if package != "airflow":
            if not any(f.endswith(".py") for f in files) and not dirs:
                continue  # a data folder (templates, static files)
            found.append(package)
        for f in files:
            if f.endswith(".py") and f != "__init__.py" and f[:-3].isidentifier():
                found.append(f"{package}.{f[:-3]}")
    return found


def getattr_names(module: types.ModuleType) -> list[str]:
    """Names a PEP 562 __getattr__ of the module serves, found in its lookup tables and constants, each tried."""
    hook = vars(module).get("__getattr__")
    if hook is None:
        return []
    if hasattr(hook, "args") and isinstance(getattr(hook, "args", None), tuple) and hook.args and isinstance(hook.args[0], dict):
        return list(hook.args[0])  # add_deprecated_classes: functools.partial(getattr_with_deprecation, imports, ...)
    code = getattr(hook, "__code__", None)
    if code is None:
        return []
    candidates: set[str] = set()

    def walk(c: types.CodeType) -> None:
        for const in c.co_consts:
            if isinstance(const, str) and const.isidentifier():
                candidates.add(const)
            elif isinstance(const, (tuple, frozenset)):
                candidates.update(x for x in const if isinstance(x, str) and x.isidentifier())
            elif isinstance(const, types.CodeType):
                walk(const)
        for global_name in c.co_names:
            table = vars(module).get(global_name)
            if isinstance(table, dict):
                candidates.update(k for k in table if isinstance(k, str))

    walk(code)
    served = []
    for name in sorted(candidates):
        try:
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                hook(name)
            served.append(name)
        except Exception:  # noqa: BLE001 - a candidate the hook refuses (or cannot load here: still served)
            if name in vars(module).get("__lazy_imports", {}) or name in vars(module).get("__deprecated_imports", {}):
                served.append(name)
    return served


def main() -> None:
    modules: dict[str, set[str] | None] = {}
    failed: dict[str, str] = {}
    names = on_disk()
    for name in names:
        if skipped(name):
            modules[name] = None
            continue
        try:
            with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                importlib.import_module(name)
        except BaseException as error:  # noqa: BLE001 - SystemExit from a CLI module counts as a failure too
            failed[name] = f"{type(error).__name__}: {error}".splitlines()[0][:200]
            modules[name] = None
    # Deprecated alias modules registered in sys.modules while the packages above were imported.
    for name, module in list(sys.modules.items()):
        if core(name) and module is not None and name not in modules and not skipped(name):
            modules[name] = set()
    for name in sorted(modules):
        if modules[name] is None:
            continue
        module = sys.modules.get(name)
        if module is None:
            modules[name] = None
            failed.setdefault(name, "not in sys.modules after import")
            continue
        served = set(dir(module)) | set(getattr_names(module)) | set(EXTRA.get(name, []))
        if name in DELEGATES:
            served |= set(dir(importlib.import_module(DELEGATES[name])))
        modules[name] = served
    # Submodules: `from package import submodule` imports it.
    for name in list(modules):
        parent, _, last = name.rpartition(".")
        if parent in modules and modules[parent] is not None:
            modules[parent].add(last)
    # Alias modules (no file): where their names moved, as the longest dotted prefix their targets share.
    alias: dict[str, str] = {}
    for name in sorted(modules):
        module = sys.modules.get(name)
        if module is None or getattr(module, "__file__", None) is not None or hasattr(module, "__path__"):
            continue
        hook = vars(module).get("__getattr__")
        targets = [t.rsplit(".", 1)[0].split(".") for t in hook.args[0].values()] if hasattr(hook, "args") else []
        common = targets[0] if targets else []
        for t in targets[1:]:
            n = 0
            while n < min(len(common), len(t)) and common[n] == t[n]:
                n += 1
            common = common[:n]
        alias[name] = ".".join(common)
    # Attribute access differs from `from m import n` in two ways. A submodule that is not an attribute of its package
    # (an alias module is only put in sys.modules: `airflow.operators.dummy.X` fails with "module 'airflow.operators'
    # has no attribute 'dummy'") is "detached"; one whose package attribute of that name is something else
    # (`airflow.decorators.task_group` is a function there) is "shadowed". And a module-level __getattr__ words its
    # own AttributeError: its message, with {} for the name, when it differs from CPython's.
    detached: list[str] = []
    shadowed: list[str] = []
    messages: dict[str, str] = {}
    probe = "AstroCiNoSuchName"
    for name in sorted(modules):
        parent, _, last = name.rpartition(".")
        child, holder = sys.modules.get(name), sys.modules.get(parent)
        if modules[name] is not None and child is not None and holder is not None:
            try:
                value = getattr(holder, last)
                if value is not child:
                    shadowed.append(name)
            except AttributeError:
                detached.append(name)
        module = sys.modules.get(name)
        if modules[name] is not None and module is not None and "__getattr__" in vars(module):
            try:
                getattr(module, probe)
            except AttributeError as error:
                message = str(error).replace(probe, "{}")
                alias_wording = f"The module `'{name}'` has no attribute `'{{}}'`"  # deprecation_tools.getattr_with_deprecation
                if message != f"module '{name}' has no attribute '{{}}'" and not (name in alias and message == alias_wording):
                    messages[name] = message
            except Exception:  # noqa: BLE001 - a hook that fails otherwise: its AttributeError wording is unknown
                pass
    out = {
        "$comment": (
            f"Modules of Airflow core (airflow.*, not airflow.providers.*) in apache/airflow {airflow.__version__} and the names "
            "`from module import name` succeeds for (space-separated, dunder names left out; null: the module exists, its names are not known; aliases: the deprecated alias modules without a file, with the longest module path their names moved to; detached: submodules besides the aliases (which all are) that are no attribute of their package; unlocated: namespace packages; shadowed: submodules whose package attribute of that name is another object; attributeErrors: the AttributeError wording of modules with their own __getattr__, besides the aliases' `The module `'m'` has no attribute `'name'``). "
            "Generated by scripts/list-airflow-core-names.py run with that Airflow's Python; see its docstring."
        ),
        "version": airflow.__version__,
        "skipped": list(SKIP),
        "failed": dict(sorted(failed.items())),
        "aliases": alias,
        "detached": sorted(set(detached) - set(alias)),
        # Namespace packages (a folder without __init__.py): no file either, "(unknown location)" in ImportError.
        "unlocated": sorted(n for n in modules if n not in alias and sys.modules.get(n) is not None and getattr(sys.modules[n], "__file__", None) is None),
        "shadowed": shadowed,
        "attributeErrors": messages,
        "modules": {n: None if v is None else " ".join(sorted(x for x in v if not DUNDER.match(x))) for n, v in sorted(modules.items())},
    }
    json.dump(out, sys.stdout, indent=0, separators=(",", ":"))
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
