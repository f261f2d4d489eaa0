"""astro-ci dynamic DAG import harness.

Imports Airflow once, then imports each DAG file with Airflow's own DagBag in a forked child process with a hard
timeout, like `astro dev parse` but isolated per file: a DAG that hangs, crashes, exits or eats memory only fails
itself. Standard library only, Python 3.9+.

Protocol: one JSON request on stdin; one JSON line per file on stdout as results complete; then one
{"done": true, ...} line. If Airflow cannot be imported: one {"fatal": ...} line and exit code 3.
"""
import json
import os
import select
import signal
import sys
import time
import traceback

RESULT_CAP = 10 * 1024 * 1024  # a result larger than this is a misbehaving DAG, not data
OUTPUT_CAP = 64 * 1024  # keep this much of a child's stdout/stderr
KILL_MARGIN_SECONDS = 5


def emit(obj):
    sys.__stdout__.write(json.dumps(obj, default=str) + "\n")
    sys.__stdout__.flush()


def install_stubs(airflow_major):
    """Astronomer-style stubs (astro-cli's test_dag_integrity_default.py) so DAGs parse without secrets.

    Each stub is installed on its own: an Airflow version that moved one class must not cost the others."""
    try:
        from airflow.hooks.base import BaseHook
        from airflow.models import Connection

        def get_connection(key, *args, **kwargs):
            return Connection(key)

        BaseHook.get_connection = get_connection
    except Exception:
        pass

    real_getenv = os.getenv

    def getenv(key, *args, **kwargs):
        default = args[0] if args else kwargs.get("default", None)
        value = os.environ.get(key, None)
        if value:
            return value
        if key == "JENKINS_HOME" and default is None:
            return None
        if default:
            return default
        return "MOCKED_%s_VALUE" % key.upper()

    getenv.__wrapped__ = real_getenv
    os.getenv = getenv

    class MagicDict(dict):
        def __getitem__(self, key):
            return {}.get(key, "MOCKED_KEY_VALUE")

    no_default = object()

    def variable_get(key, default_var=no_default, deserialize_json=False, **kwargs):
        if "default" in kwargs and default_var is no_default:
            default_var = kwargs["default"]
        if default_var is not no_default:
            return default_var
        if deserialize_json:
            return MagicDict()
        return "NON_DEFAULT_MOCKED_VARIABLE_VALUE"

    try:
        from airflow.models import Variable

        Variable.get = staticmethod(variable_get)
    except Exception:
        pass
    if airflow_major >= 3:
        try:
            from airflow.sdk import Variable as SdkVariable

            SdkVariable.get = staticmethod(variable_get)
        except Exception:  # the SDK is optional in early 3.x images
            pass


def load_dagbag_class():
    try:
        from airflow.dag_processing.dagbag import DagBag

        return DagBag, "airflow.dag_processing.dagbag"
    except ImportError:
        from airflow.models.dagbag import DagBag

        return DagBag, "airflow.models.dagbag"


def line_in_file(tb_text, path):
    """The line of the deepest traceback frame inside `path`, or of a SyntaxError in it."""
    line = None
    real = os.path.realpath(path)
    for raw in tb_text.splitlines():
        raw = raw.strip()
        if raw.startswith('File "'):
            try:
                name = raw.split('"', 2)[1]
                rest = raw.split('"', 2)[2]
                number = int(rest.split("line ", 1)[1].split(",", 1)[0])
            except (IndexError, ValueError):
                continue
            if os.path.realpath(name) == real:
                line = number
    return line


def describe_value(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def dag_summary(dag):
    default_args = getattr(dag, "default_args", None) or {}
    schedule = None
    for attr in ("schedule", "schedule_interval"):
        if hasattr(dag, attr):
            try:
                schedule = describe_value(getattr(dag, attr))
                break
            except Exception:
                continue
    if schedule is None:
        timetable = getattr(dag, "timetable", None)
        schedule = getattr(timetable, "summary", None)
    return {
        "dag_id": dag.dag_id,
        "fileloc": getattr(dag, "fileloc", None),
        "tags": sorted(str(t) for t in (getattr(dag, "tags", None) or [])),
        "owner": describe_value(default_args.get("owner", getattr(dag, "owner", None))),
        "retries": describe_value(default_args.get("retries")),
        "schedule": schedule,
        "catchup": describe_value(getattr(dag, "catchup", None)),
        "task_ids": list(getattr(dag, "task_ids", []) or []),
    }


def import_one(dagbag_class, path, airflow_major):
    """Runs in the child: import one file with DagBag and describe what Airflow saw."""
    started = time.time()
    try:
        from airflow import settings

        configure = getattr(settings, "configure_orm", None)
        if airflow_major < 3 and configure is not None:
            configure()  # a forked child must not share the parent's DB connections
    except Exception:
        pass
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bag = dagbag_class(dag_folder=path, include_examples=False, safe_mode=False)
    errors = []
    for _file, text in (getattr(bag, "import_errors", {}) or {}).items():
        text = str(text)
        first = [l for l in text.strip().splitlines() if l.strip()]
        errors.append({"message": first[-1] if first else text, "traceback": text, "line": line_in_file(text, path)})
    captured = []
    for values in (getattr(bag, "captured_warnings", {}) or {}).values():
        captured.extend(str(v) for v in values)
    captured.extend(str(w.message) for w in caught if "DeprecationWarning" not in type(w.message).__name__)
    return {
        "status": "ok",
        "import_errors": errors,
        "warnings": captured[:50],
        "dags": [dag_summary(d) for d in bag.dags.values()],
        "duration_ms": int((time.time() - started) * 1000),
    }


def set_memory_limit(megabytes):
    if not megabytes:
        return
    try:
        import resource

        limit = int(megabytes) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except Exception:
        pass


def start_child(dagbag_class, path, request, airflow_major):
    result_r, result_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)  # its own process group: a timeout kills its children too
            os.close(result_r)
            os.close(out_r)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            sys.stdout = os.fdopen(1, "w", buffering=1, errors="replace")
            sys.stderr = sys.stdout
            set_memory_limit(request.get("memory_limit_mb"))
            try:
                result = import_one(dagbag_class, path, airflow_major)
            except BaseException as exc:  # noqa: B902 - the harness itself must report, never die silently
                result = {
                    "status": "error",
                    "import_errors": [{"message": "%s: %s" % (type(exc).__name__, exc), "traceback": traceback.format_exc(), "line": None}],
                    "warnings": [],
                    "dags": [],
                }
            data = json.dumps(result, default=str).encode("utf-8", "replace")
            view = memoryview(data)
            while view:
                written = os.write(result_w, view[:65536])
                view = view[written:]
        finally:
            os._exit(0)
    os.close(result_w)
    os.close(out_w)
    return {"pid": pid, "path": path, "result_fd": result_r, "out_fd": out_r, "result": bytearray(), "output": bytearray(), "output_dropped": 0, "started": time.time(), "killed": None, "open": {result_r, out_r}}


def finish(child, status_code, excepted):
    path = child["path"]
    output = child["output"].decode("utf-8", "replace")
    if child["output_dropped"]:
        output += "\n[... %d more bytes of output dropped]" % child["output_dropped"]
    base = {"file": path, "output": output, "duration_ms": int((time.time() - child["started"]) * 1000)}
    if child["killed"] == "timeout":
        base.update({"status": "timeout", "import_errors": [{"message": "import timed out: the file did not finish importing in time (killed)", "traceback": "", "line": None}], "warnings": [], "dags": []})
    elif child["killed"] == "result-too-large":
        base.update({"status": "crash", "import_errors": [{"message": "the import produced more than %d bytes of results (killed)" % RESULT_CAP, "traceback": "", "line": None}], "warnings": [], "dags": []})
    else:
        try:
            parsed = json.loads(child["result"].decode("utf-8", "replace")) if child["result"] else None
        except ValueError:
            parsed = None
        if parsed is None:
            if os.WIFSIGNALED(status_code):
                signum = os.WTERMSIG(status_code)
                try:
                    name = signal.Signals(signum).name
                except ValueError:
                    name = str(signum)
                why = "the import crashed the interpreter (signal %s)" % name
            else:
                why = "the import ended the process (exit code %s) before Airflow could report" % os.WEXITSTATUS(status_code)
            tail = output.strip().splitlines()[-3:]
            base.update({"status": "crash", "import_errors": [{"message": why + (": " + " | ".join(tail) if tail else ""), "traceback": output[-4000:], "line": None}], "warnings": [], "dags": []})
        else:
            base.update(parsed)
            for error in base.get("import_errors", []):
                if error.get("line") is None:
                    error["line"] = line_in_file(error.get("traceback", ""), path)
    base["excepted"] = excepted
    return base


def main():
    request = json.loads(sys.stdin.read())
    project_root = request["project_root"]
    dags_folder = request["dags_folder"]
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = dags_folder
    # Full tracebacks, so an error raised in a helper module still names the line in the DAG file.
    os.environ.setdefault("AIRFLOW__CORE__DAGBAG_IMPORT_ERROR_TRACEBACK_DEPTH", "50")
    for extra in [project_root, dags_folder, os.path.join(project_root, "plugins")] + list(request.get("extra_sys_path", [])):
        if os.path.isdir(extra) and extra not in sys.path:
            sys.path.insert(0, extra)
    try:
        import airflow

        version = getattr(airflow, "__version__", None) or getattr(__import__("airflow.version").version, "version", "unknown")
        airflow_major = int(str(version).split(".")[0]) if str(version)[:1].isdigit() else 2
        dagbag_class, dagbag_module = load_dagbag_class()
        if request.get("stub_lookups", True):
            install_stubs(airflow_major)
    except BaseException as exc:  # noqa: B902
        emit({"fatal": "airflow-not-importable", "message": "%s: %s" % (type(exc).__name__, exc), "python": sys.version.split()[0]})
        sys.exit(3)

    timeout = float(request.get("timeout_seconds") or 30)
    max_workers = max(1, int(request.get("max_workers") or os.cpu_count() or 1))
    excepted = set(request.get("integrity_exceptions", []))
    queue = list(request["files"])
    running = {}
    while queue or running:
        while queue and len(running) < max_workers:
            child = start_child(dagbag_class, queue.pop(0), request, airflow_major)
            running[child["pid"]] = child
        fds = [fd for c in running.values() for fd in c["open"]]
        readable = select.select(fds, [], [], 0.05)[0] if fds else []
        for fd in readable:
            for child in running.values():
                if fd not in child["open"]:
                    continue
                chunk = os.read(fd, 65536)
                if not chunk:
                    child["open"].discard(fd)
                    os.close(fd)
                elif fd == child["result_fd"]:
                    child["result"].extend(chunk)
                    if len(child["result"]) > RESULT_CAP and not child["killed"]:
                        child["killed"] = "result-too-large"
                        child["killed_at"] = time.time()
                        kill_group(child["pid"])
                else:
                    room = OUTPUT_CAP - len(child["output"])
                    child["output"].extend(chunk[: max(room, 0)])
                    child["output_dropped"] += max(len(chunk) - max(room, 0), 0)
        now = time.time()
        for pid, child in list(running.items()):
            if not child["killed"] and now - child["started"] > timeout + KILL_MARGIN_SECONDS:
                child["killed"] = "timeout"
                child["killed_at"] = now
                kill_group(pid)
            if child["killed"] and child["open"] and now - child.get("killed_at", now) > 2:
                # Something outside its process group still holds the pipes: stop listening.
                for fd in list(child["open"]):
                    os.close(fd)
                child["open"].clear()
            if child["open"]:
                continue
            done, status = os.waitpid(pid, os.WNOHANG)
            if done == 0:
                if child["killed"]:
                    continue
                # Pipes closed but the process lingers (a daemonised grandchild keeps nothing open): wait briefly.
                if now - child["started"] > timeout + KILL_MARGIN_SECONDS:
                    kill_group(pid)
                continue
            kill_group(pid)  # leftovers in its group (forked grandchildren) die with it
            rel = os.path.relpath(child["path"], project_root)
            emit(finish(child, status, rel in excepted or os.path.relpath(child["path"], dags_folder) in excepted))
            del running[pid]
    emit({"done": True, "airflow_version": str(version), "dagbag_module": dagbag_module, "python": sys.version.split()[0]})


def kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


if __name__ == "__main__":
    main()
