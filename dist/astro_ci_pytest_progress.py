"""pytest plugin shipped with astro-ci, always loaded by `astro-ci test` (`-p astro_ci_pytest_progress`): records what
pytest is doing (the file it collects, the test it runs: node id, file and line from pytest's own item location) in
the file `--astro-ci-progress` names, and, with `--astro-ci-timeout SECONDS`, stops a run still going after that
long. The stop is faulthandler's watchdog thread (`faulthandler.dump_traceback_later(exit=True)`, the "thread" method
of the pytest-timeout plugin): it fires even in native code or a test that catches every exception, and does not use
SIGALRM, which Airflow's own `timeout()` (DagBag imports in a DAG integrity test) takes over. It writes the stack of
every thread to `<progress>.stack` before it exits, so the report can name the line the test was stuck on (the file
is closed when the run ends: no ResourceWarning in the suite's output). The clock starts before pytest loads the
suite's first conftest.py files (`pytest_load_initial_conftests`, phase "startup"), so a conftest that hangs on import
is stopped at the limit and named by the stack dump too. The last record says whether pytest's
junitxml plugin was on: a suite's `addopts = -p no:junitxml` leaves astro-ci without its report, and says so.
Standard library only; Python 3.8+."""
import faulthandler
import json
import os

_STATE = {"progress": None, "stack": None, "junitxml": True}


def pytest_addoption(parser):
    group = parser.getgroup("astro-ci")
    group.addoption("--astro-ci-progress", dest="astro_ci_progress", default=None, help="file to record the running test in (astro-ci)")
    group.addoption("--astro-ci-timeout", dest="astro_ci_timeout", type=float, default=0.0, help="stop the run after this many seconds (astro-ci)")


def _record(entry):
    path = _STATE["progress"]
    if not path:
        return
    try:
        with open(path, "w") as handle:
            handle.write(json.dumps(entry))
    except OSError:
        pass


def _start_clock(progress, timeout, worker):
    """Start the watchdog once, in the process astro-ci started (pytest-xdist workers load the plugin too)."""
    if _STATE["stack"] is not None or not progress or not timeout or timeout <= 0 or worker:
        return
    try:
        _STATE["stack"] = open(progress + ".stack", "w")
        faulthandler.dump_traceback_later(timeout, exit=True, file=_STATE["stack"])
    except (OSError, ValueError, RuntimeError):
        pass


def pytest_load_initial_conftests(early_config, parser, args):
    # Before the conftest.py files of the test paths are imported: the first point the options are known.
    known = getattr(early_config, "known_args_namespace", None)
    progress = getattr(known, "astro_ci_progress", None)
    if not progress:
        return
    _STATE["progress"] = progress
    _record({"phase": "startup"})
    _start_clock(progress, getattr(known, "astro_ci_timeout", 0) or 0, bool(os.environ.get("PYTEST_XDIST_WORKER")))


def pytest_configure(config):
    _STATE["progress"] = config.getoption("astro_ci_progress")
    _STATE["junitxml"] = not config.pluginmanager.is_blocked("junitxml")
    _start_clock(_STATE["progress"], config.getoption("astro_ci_timeout") or 0, hasattr(config, "workerinput") or bool(os.environ.get("PYTEST_XDIST_WORKER")))


def pytest_collectstart(collector):
    _record({"phase": "collect", "nodeid": collector.nodeid})


def pytest_runtest_logstart(nodeid, location):
    _record({"phase": "test", "nodeid": nodeid, "file": location[0], "line": (location[1] or 0) + 1})


def pytest_unconfigure(config):
    stack = _STATE["stack"]
    if stack is not None:
        faulthandler.cancel_dump_traceback_later()
        _STATE["stack"] = None
        try:
            stack.close()
        except OSError:
            pass
    _record({"phase": "finished", "junitxml": _STATE["junitxml"]})
