"""astro-ci dynamic DAG import harness.

Imports Airflow once and warms it (the modules a DAG file's import touches, plus one representative DAG parsed with
DagBag), then imports each DAG file with Airflow's own DagBag in a child forked from that warm process, as Airflow's
scheduler does (one process per file): a DAG that hangs, crashes, exits or eats memory only fails itself. Airflow's
own `timeout()` inside DagBag judges the import time (the project's `[core] dagbag_import_timeout`); the parent's
kill is only a backstop. Standard library only, Python 3.9+.

Protocol: one JSON request on stdin; on stdout, one {"warm": true, ...} line once Airflow is imported and warm (from
then on, a death of this process is a DAG file's doing: run-harness.ts blames the file and starts it again), one
{"started": path} line as a worker is given a file, one JSON line per file as results complete (a later one with
"amended": true replaces a file's result), then one {"done": true, ...} line. If Airflow cannot be imported: one
{"fatal": ...} line and exit code 3.

Every process a file's import starts is killed when the import ends (end_file_processes), and signals the import
sends to processes it did not start are refused (guard_signal).
"""
import json
import os
import select
import signal
import sys
import time
import traceback
import zipfile

RESULT_CAP = 10 * 1024 * 1024  # a result larger than this is a misbehaving DAG, not data
OUTPUT_CAP = 64 * 1024  # keep this much of a child's stdout/stderr
TIMEOUT_MARKER = "DagBag import timeout for "  # the first words of DagBag's own timeout message (models/dagbag.py)


def backstop_seconds(timeout):
    """When the parent kills a child whose own timeout did not fire (native code ignoring SIGALRM): generous."""
    return max(2 * timeout, timeout + 10)


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


def line_in_file(tb_text, path, most_recent_first=False):
    """The line of the deepest traceback frame inside `path`, or of a SyntaxError in it. A traceback lists the most
    recent call last; faulthandler's dump (`File "x.py", line 5 in <module>`) lists it first."""
    line = None
    real = os.path.realpath(path)
    for raw in tb_text.splitlines():
        raw = raw.strip()
        if raw.startswith('File "'):
            try:
                name = raw.split('"', 2)[1]
                rest = raw.split('"', 2)[2]
                number = int(rest.split("line ", 1)[1].split(",", 1)[0].split(" ", 1)[0])
            except (IndexError, ValueError):
                continue
            if os.path.realpath(name) == real:
                line = number
                if most_recent_first:
                    break
    return line


def raised_in_project(tb_text, path, project_root):
    """(file, line) where an import error was raised when that is another file of the project than the DAG file
    `path`: the innermost traceback frame inside the project (a SyntaxError's own `File "...", line N` comes last, as
    Python prints the file and line it could not compile), unless that frame is the DAG file's own or a package
    installed inside the project (a virtualenv). (None, None) otherwise: raised in the DAG file, in Airflow or a
    library called from the DAG file, or a message without a traceback."""
    if not project_root:
        return None, None
    prefix = os.path.realpath(project_root) + os.sep
    dag = os.path.realpath(path)
    found = (None, None)
    for raw in tb_text.splitlines():
        raw = raw.strip()
        if not raw.startswith('File "'):
            continue
        try:
            name = raw.split('"', 2)[1]
            number = int(raw.split('"', 2)[2].split("line ", 1)[1].split(",", 1)[0].split(" ", 1)[0])
        except (IndexError, ValueError):
            continue
        # Only real files: "<frozen os>" or "<string>" would resolve against the working directory (the project).
        if not os.path.isabs(name):
            continue
        real = os.path.realpath(name)
        if not real.startswith(prefix) or os.sep + "site-packages" + os.sep in real or os.sep + "dist-packages" + os.sep in real:
            continue
        found = (None, None) if real == dag else (name, number)
    return found


def describe_value(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


# The project root, as the request names it (set in each worker by enter_project).
CURRENT_PROJECT = {"root": None}

# Lines where DAG objects are created, recorded while a child imports its file (see record_dag_lines).
CURRENT_FILE = {"path": None, "real": None, "zip": None}
CREATED_DAGS = []


def record_dag_lines(dag_class):
    """Record, for every DAG created while a file is imported, the line in that file where it was created.

    Hooks `DAG.__new__` rather than `__init__`: `type.__call__` is C code, so DAG.__init__ still sees the DAG file
    as its caller (it takes `fileloc` from its caller's frame). The line is the deepest frame in the file being
    imported: the `DAG(...)` call (in a loop body for loop-generated DAGs) or the call of a `@dag` function."""
    if getattr(dag_class, "_astro_ci_lines", False):
        return
    original_new = dag_class.__dict__.get("__new__")

    def __new__(cls, *args, **kwargs):
        obj = original_new(cls, *args, **kwargs) if original_new else object.__new__(cls)
        real = CURRENT_FILE["real"]
        if real is not None:
            frame = sys._getframe(1)
            line = None
            while frame is not None:
                if frame.f_code.co_filename == CURRENT_FILE["path"] or os.path.realpath(frame.f_code.co_filename) == real:
                    line = frame.f_lineno
                    break
                frame = frame.f_back
            CREATED_DAGS.append((obj, line))
        return obj

    dag_class.__new__ = staticmethod(__new__)
    dag_class._astro_ci_lines = True


# Where in the DAG file each warning was raised, by the text Airflow's DagBag records for it (see record_warning_sites).
WARNING_SITES = {}


def airflow_warning_text(msg):
    """A warning as DagBag.process_file formats it into `captured_warnings` (airflow/models/dagbag.py at 2.10.5)."""
    category = msg.category.__name__
    module = msg.category.__module__
    if module != "builtins":
        category = "%s.%s" % (module, category)
    return "%s:%s: %s: %s" % (msg.filename, msg.lineno, category, msg.message)


def site_in_current_file(frame):
    """(member, line) of the innermost frame in the file being imported (member: the name inside a zip, else None)."""
    path, prefix = CURRENT_FILE["path"], CURRENT_FILE["zip"]
    while frame is not None:
        name = frame.f_code.co_filename
        if name == path:
            return None, frame.f_lineno
        if prefix is not None and name.startswith(prefix):
            return name[len(prefix):], frame.f_lineno
        frame = frame.f_back
    return None, None


def reset_decorator_warning_stack():
    """Undo what Airflow's `@dag` decorator does to the process the first time it is used: it replaces the `warnings`
    global of airflow.models.dag with an object that adds 2 to every stacklevel (fixup_decorator_warning_stack,
    airflow/utils/decorators.py at 2.10.5), so from then on a warning DAG() raises, such as the schedule_interval
    deprecation, names the caller's caller (DagBag's own dagbag.py:383) instead of the DAG file, and Python's
    default filters (DeprecationWarning shown for modules named airflow*) then let DagBag record it. In the scheduler
    each file is parsed in a fresh process, so only a file that uses @dag itself sees that; here the warm-up's DAG,
    and any earlier file in the same worker, would have done it for every later file. Called after the warm-up and
    after each file (a dictionary lookup)."""
    module = sys.modules.get("airflow.models.dag")
    real = sys.modules.get("warnings")
    if module is None or real is None:
        return
    current = module.__dict__.get("warnings")
    if current is not None and current is not real and type(current).__name__ == "_autostacklevel_warn":
        module.__dict__["warnings"] = real


def record_warning_sites():
    """Remember, for each warning shown while a file is imported, the line of the DAG file that was running: a
    warning Airflow or a library raises names its own file (airflow/operators/bash.py:166), and the finding belongs
    on the DAG file's line that called it. Wraps `warnings._showwarnmsg`, which Python calls for every warning the
    filters let through (the C `warn()` looks it up on the module each time), so the cost is per warning, not per file.
    DagBag's capture_with_reraise shows each warning a second time when it re-raises it, outside the DAG file's frames:
    the first site is kept."""
    import warnings

    original = getattr(warnings, "_showwarnmsg", None)
    if original is None or getattr(original, "_astro_ci", False):
        return

    def _showwarnmsg(msg):
        if CURRENT_FILE["real"] is not None and len(WARNING_SITES) < 200:
            try:
                text = airflow_warning_text(msg)
                if text not in WARNING_SITES:
                    WARNING_SITES[text] = (msg.filename, msg.lineno, site_in_current_file(sys._getframe(1)))
            except Exception:
                pass
        return original(msg)

    _showwarnmsg._astro_ci = True
    warnings._showwarnmsg = _showwarnmsg


def describe_warning(text, path):
    """One entry of DagBag's captured_warnings ("file:line: category: message") as reported: the message without its
    location, the line in the DAG file it concerns, and where it was raised when that is another file (or a zip
    member)."""
    site = WARNING_SITES.get(text)
    if site is not None:
        filename, lineno, (member, line) = site
        rest = text[len("%s:%s: " % (filename, lineno)):]
    else:
        # Not seen by record_warning_sites (a DagBag that formats warnings its own way): read the location back.
        import re

        found = re.match(r"(.+?):(\d+): (.+)\Z", text, re.S)
        if not found:
            return {"message": text, "line": None, "where": None}
        filename, lineno, rest = found.group(1), int(found.group(2)), found.group(3)
        member, line = None, None
    prefix = CURRENT_FILE["zip"]
    if filename == path or (prefix is None and os.path.realpath(filename) == CURRENT_FILE["real"]):
        return {"message": rest, "line": lineno, "where": None}
    if prefix is not None:
        # Inside a zip the finding is on the zip: name the member and its line.
        if filename.startswith(prefix):
            return {"message": rest, "line": None, "where": "%s:%s" % (filename[len(prefix):], lineno)}
        return {"message": rest, "line": None, "where": "%s:%s%s" % (filename, lineno, " (from %s:%s)" % (member, line) if member and line else "")}
    return {"message": rest, "line": line, "where": "%s:%s" % (filename, lineno)}


# Files the current file's import wrote, renamed or deleted inside the project (see watch_project_writes).
PROJECT_WRITES = []
WRITE_EVENTS = {"os.remove", "os.rename", "os.mkdir", "os.rmdir", "shutil.rmtree", "os.truncate", "os.symlink", "os.link", "shutil.copyfile"}
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
# Where the audit event's arguments carry the `dir_fd` its path is relative to (-1 or None: the working directory).
DIR_FD_ARGS = {"os.remove": 1, "os.rmdir": 1, "shutil.rmtree": 1, "os.mkdir": 2, "os.rename": 2}


def watch_project_writes(project_root):
    """Record what the DAG file's import writes inside the project (the checkout validate-dags runs on), with the
    line in the DAG file that did it: an audit hook (PEP 578) on `open` for writing, remove, rename, mkdir, rmtree...
    The scheduler runs module-level code at every parse of the file (`min_file_process_interval`, 30 s by default), so
    a write there happens again and again; and the import just did it in the checkout. Writes made outside the import
    (Airflow's own), into __pycache__ (bytecode), or outside the project are not recorded. Installed in each worker."""
    prefix = os.path.realpath(project_root) + os.sep

    def audit(event, args):
        if CURRENT_FILE["real"] is None:
            return
        if event in SIGNAL_EVENTS:
            guard_signal(event, args)  # raises to refuse a signal to a process the import did not start
            return
        if event in SPAWN_EVENTS:
            note_spawn(prefix)
            return
        if event != "open" and event not in WRITE_EVENTS:
            return
        try:
            if event == "open":
                path, mode, flags = args[0], args[1], args[2]
                if not (any(c in mode for c in "wax+") if isinstance(mode, str) else isinstance(flags, int) and flags & WRITE_FLAGS):
                    return
            else:
                path = args[0]
            if isinstance(path, bytes):
                path = path.decode("utf-8", "surrogateescape")
            if not isinstance(path, str) or len(PROJECT_WRITES) >= 20:
                return
            # A name relative to a folder's descriptor (how shutil.rmtree removes what is inside): under that folder.
            dir_fd = args[DIR_FD_ARGS[event]] if len(args) > DIR_FD_ARGS.get(event, len(args)) else None
            if isinstance(dir_fd, int) and dir_fd >= 0 and not os.path.isabs(path):
                try:
                    path = os.path.join(os.readlink("/proc/self/fd/%d" % dir_fd), path)
                except OSError:
                    return  # the folder cannot be told (no /proc): not recorded rather than under a wrong path
            real = os.path.realpath(path)
            if not real.startswith(prefix) or os.sep + "__pycache__" + os.sep in real:
                return
            frame = sys._getframe(1)
            while frame is not None and frame.f_code.co_filename != CURRENT_FILE["path"]:
                frame = frame.f_back
            if frame is None:
                return  # not the DAG file's import: Airflow's own writes
            action = "writes" if event in ("open", "os.truncate", "shutil.copyfile") else "deletes" if event in ("os.remove", "os.rmdir", "shutil.rmtree") else "creates" if event in ("os.mkdir", "os.symlink", "os.link") else "renames"
            entry = {"path": os.path.relpath(real, prefix), "action": action, "line": frame.f_lineno}
            if action == "deletes" and any(w["action"] == "deletes" and entry["path"].startswith(w["path"] + os.sep) for w in PROJECT_WRITES):
                return  # inside a folder whose deletion is recorded (shutil.rmtree): that entry says it
            if entry not in PROJECT_WRITES:
                PROJECT_WRITES.append(entry)
        except Exception:
            pass

    try:
        sys.addaudithook(audit)
    except AttributeError:  # Python before 3.8
        pass
    # multiprocessing's spawn and forkserver start methods start processes through _posixsubprocess.fork_exec, which
    # raises no audit event (subprocess.Popen, which also calls it, raises its own first).
    try:
        import _posixsubprocess

        fork_exec = _posixsubprocess.fork_exec

        def audited_fork_exec(*args, **kwargs):
            if CURRENT_FILE["real"] is not None:
                note_spawn(prefix)
            return fork_exec(*args, **kwargs)

        _posixsubprocess.fork_exec = audited_fork_exec
    except (ImportError, AttributeError):
        pass


def line_in_current_file(frame):
    """The line of the innermost frame of the DAG file being imported, from `frame` outwards; None when none is."""
    while frame is not None and frame.f_code.co_filename != CURRENT_FILE["path"]:
        frame = frame.f_back
    return frame.f_lineno if frame is not None else None


# The process importing files (set in each worker by start_worker), and its parent: the warm Airflow process.
PROCESS = {"worker": None, "parent": None, "prctl": None}
# Python's audit events for starting a process (os.exec replaces the worker itself: its end is a crash result).
SPAWN_EVENTS = {"os.fork", "os.forkpty", "subprocess.Popen", "os.system", "os.posix_spawn", "os.spawn", "pty.spawn"}
# The first process the current file's import started: the DAG file's line, and the project's tree just before.
SPAWNED = {"line": None, "tree": None, "started": False}


def note_spawn(prefix):
    """At the first process the file's import starts (in the worker itself, not in a process it forked): remember the
    line and the project's tree, so what the file's processes change in the project before they are killed (see
    end_file_processes) is counted against the file like its own writes."""
    if SPAWNED["started"] or os.getpid() != PROCESS["worker"]:
        return
    SPAWNED["started"] = True
    try:
        SPAWNED["line"] = line_in_current_file(sys._getframe(2))
        SPAWNED["tree"] = project_tree(prefix)
    except Exception:
        pass


TREE_LIMIT = 20000  # entries; a larger project's tree is not compared (a snapshot must stay cheap)


def project_tree(prefix):
    """Every file and folder under the project (`prefix`: its real path with a trailing separator), without .git and
    __pycache__, by path relative to it: (is a folder, inode, size, mtime ns, ctime ns, mode); symlinks not followed.
    None past TREE_LIMIT entries."""
    import stat as stat_module

    entries = {}
    folders = [prefix.rstrip(os.sep) or os.sep]
    while folders:
        folder = folders.pop()
        try:
            listing = os.scandir(folder)
        except OSError:
            continue
        with listing:
            for entry in listing:
                if entry.name in (".git", "__pycache__"):
                    continue
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                is_dir = stat_module.S_ISDIR(st.st_mode)
                entries[entry.path[len(prefix):]] = (is_dir, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_mode)
                if is_dir:
                    folders.append(entry.path)
                if len(entries) > TREE_LIMIT:
                    return None
    return entries


def tree_changes(before, after):
    """(path, action) for what differs between two project trees, sorted: created, deleted, or written (a file whose
    size, times, inode or mode changed). A folder only its entries changed in is not listed, nor what is inside a
    folder created or deleted as a whole."""
    out = []
    whole = []
    for path in sorted(set(before) | set(after)):
        old, new = before.get(path), after.get(path)
        if old == new:
            continue
        action = "creates" if old is None else "deletes" if new is None else "writes"
        if action == "writes" and old[0] and new[0]:
            continue
        if any(path.startswith(folder + os.sep) for folder in whole):
            continue
        if action != "writes" and (old or new)[0]:
            whole.append(path)
        out.append((path, action))
    return out


SIGNAL_EVENTS = {"os.kill", "os.killpg"}
# Signals the current file's import tried to send to processes it did not start (see guard_signal).
REFUSED_SIGNALS = []


def proc_parent(pid):
    """The parent pid of `pid` from /proc (Linux); None when it cannot be read (no /proc, or no such process)."""
    try:
        with open("/proc/%d/stat" % pid, "rb") as handle:
            return int(handle.read().rsplit(b")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def descends_from(pid, root):
    """True when `root` is an ancestor of `pid`, False when it is not, None when /proc cannot tell."""
    for _ in range(256):
        parent = proc_parent(pid)
        if parent is None:
            return None
        if parent == root:
            return True
        if parent <= 1:
            return False
        pid = parent
    return False


def describe_target(pid):
    """Who `pid` is, for a refused signal, with what it stands for in Airflow's scheduler."""
    if pid == PROCESS["parent"]:
        return "its parent process (astro-ci's Airflow process): in Airflow's scheduler that is the DAG file processor manager, which parses every DAG file and would be killed at each parse of this one"
    if PROCESS["parent"] is not None and proc_parent(pid) == PROCESS["parent"]:
        return "another process importing a DAG file: in Airflow's scheduler, another file's parse"
    return "a process the import did not start"


def guard_signal(event, args):
    """Refuse (PermissionError, as the kernel refuses a signal it does not allow) a signal the worker's import sends to
    a process it did not start: its parent (the warm Airflow process every worker is forked from), another worker,
    every process (`os.kill(-1, ...)`), a process group other than its own. Allowed: signal 0 (a liveness probe), the
    worker itself and its own group (the file's crash), and processes the import started (their descendants, as
    /proc shows them; where /proc cannot tell, anything but the parent). Only in the worker: a process the file
    forked goes unchecked (what it kills is noticed when it dies, see run-harness.ts). Recorded in REFUSED_SIGNALS,
    which turns the file's result into a crash naming the signal and the target (see with_process_outcome)."""
    if os.getpid() != PROCESS["worker"]:
        return
    try:
        target, signum = int(args[0]), int(args[1])
    except (TypeError, ValueError, IndexError):
        return
    if signum == 0:
        return
    me = os.getpid()
    described = None
    if event == "os.kill" and target > 0:
        if target != me and (descends_from(target, me) is False or target == PROCESS["parent"]):
            described = describe_target(target)
    elif event == "os.kill" and target == -1:
        described = "every process it may signal (pid -1): on a scheduler that includes Airflow's own processes"
    elif target != 0 and target != -1:
        group = -target if event == "os.kill" else target
        if group > 0 and group != os.getpgid(0) and (descends_from(group, me) is False or group == PROCESS["parent"]):
            described = "the process group of %s" % describe_target(group)
    if described is None:
        return
    try:
        name = signal.Signals(signum).name
    except ValueError:
        name = "signal %d" % signum
    if len(REFUSED_SIGNALS) < 5:
        REFUSED_SIGNALS.append({"signal": name, "call": event, "target": described, "line": line_in_current_file(sys._getframe(2))})
    raise PermissionError(1, "astro-ci refused %s(%d, %s): the DAG file's import may only signal processes it started" % (event, target, name))


def has_children():
    """Whether this process has a child, running or exited (waitid without reaping); True where it cannot be asked."""
    try:
        os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG | os.WNOWAIT)  # None: children, none exited yet
        return True
    except ChildProcessError:
        return False
    except (AttributeError, OSError):
        return True


def reap_children(only=None):
    """Collect exited children (all, or the pids in `only`) without waiting."""
    for pid in (only if only is not None else [-1]):
        while True:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                break
            if done == 0 or pid != -1:
                break


def descendants_of(root, skip=()):
    """Every live process below `root` in the process tree (Linux /proc), leaving out the subtrees of `skip`."""
    children = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return set()
    for name in names:
        if name.isdigit():
            parent = proc_parent(int(name))
            if parent is not None:
                children.setdefault(parent, []).append(int(name))
    found = set()
    pending = [root]
    while pending:
        for pid in children.get(pending.pop(), []):
            if pid not in found and pid not in skip:
                found.add(pid)
                pending.append(pid)
    return found


def end_file_processes():
    """Kill (SIGKILL) every process the file's import started that is still running — forked children, subprocesses,
    daemons in a session of their own — and reap them, before the file's result is reported: in a worker they would
    otherwise go on while the next files are imported (and change the project unnoticed). A worker is a child
    subreaper (Linux), so an orphan of the import, however it detached, is reparented to it and stays in its subtree.
    Costs one waitid() when the import started nothing. Returns how many processes were killed."""
    if not has_children():
        return 0
    me = os.getpid()
    killed = set()
    give_up = time.time() + 5
    while True:
        reap_children()
        if not has_children():
            break
        found = descendants_of(me)
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        killed |= found
        if not os.path.isdir("/proc/self") or time.time() > give_up:
            break  # no /proc to find them by (they went with the worker's process group), or unkillable
        time.sleep(0.002)
    return len(killed)


def with_process_outcome(result, prefix):
    """The file's result with what its processes did: a refused signal makes it a crash naming the target (see
    guard_signal), and what they changed in the project before they were killed is added to `project_writes`
    (`process: true`, on the line that started the first of them)."""
    if REFUSED_SIGNALS:
        first = REFUSED_SIGNALS[0]
        message = "the import sends %s to %s (%s on line %s); astro-ci refused the signal" % (first["signal"], first["target"], first["call"], first["line"] if first["line"] is not None else "?")
        result = dict(result, status="crash", import_errors=[{"message": message, "traceback": "", "line": first["line"]}], dags=[], not_loaded=[], duplicates=[])
    before = SPAWNED["tree"]
    if before is not None:
        after = project_tree(prefix)
        writes = list(result.get("project_writes") or [])
        known = set(w.get("path") for w in writes)
        for path, action in tree_changes(before, after) if after is not None else []:
            if path not in known and len(writes) < 20:
                writes.append({"path": path, "action": action, "line": SPAWNED["line"], "process": True})
        result = dict(result, project_writes=writes)
    return result


# DAG objects DagBag bagged without an error while the current file was imported (see record_bagged_dags).
BAGGED_DAGS = []


def record_bagged_dags(dagbag_class):
    """Record every DAG object DagBag bags without an error. Two distinct objects with one dag_id from one file are a
    duplicate DagBag never reports: `_process_modules` collects a module's DAGs in a set and `_bag_dag` only compares
    filelocs (apache/airflow airflow/models/dagbag.py at 2.10.5), so the last one bagged wins, in set order, which
    changes from one parse to the next."""
    original = dagbag_class.__dict__.get("bag_dag")
    if original is None or getattr(dagbag_class, "_astro_ci_bagged", False):
        return

    def bag_dag(self, dag, *args, **kwargs):
        result = original(self, dag, *args, **kwargs)
        if CURRENT_FILE["real"] is not None:
            BAGGED_DAGS.append(dag)
        return result

    dagbag_class.bag_dag = bag_dag
    dagbag_class._astro_ci_bagged = True


def duplicates_in_file(loaded, lines_by_object):
    """dag_ids bagged from more than one DAG object of the file: the id, the lines where each was created (sorted),
    and the line of the one Airflow kept this time."""
    by_id = {}
    for dag in BAGGED_DAGS:
        objects = by_id.setdefault(getattr(dag, "dag_id", None), [])
        if all(o is not dag for o in objects):
            objects.append(dag)
    out = []
    for dag_id, objects in by_id.items():
        if not isinstance(dag_id, str) or len(objects) < 2:
            continue
        kept = loaded.get(dag_id)
        out.append({
            "dag_id": dag_id,
            "lines": sorted(set(l for l in (lines_by_object.get(id(o)) for o in objects) if l is not None)),
            "count": len(objects),
            "kept_line": lines_by_object.get(id(kept)) if kept is not None else None,
        })
    return out


def unserializable_timetable(dag):
    """Why the scheduler could not serialize this DAG's timetable, or None.

    The scheduler writes every DAG it bags to the database serialized (DagBag.sync_to_db,
    _serialize_dag_capturing_errors) and records a failure as the file's import error: the DAG never reaches the UI.
    A plain DagBag (astro dev parse, the DAG integrity test) never serializes. The usual failure is a custom Timetable
    no plugin registers; Airflow's own timetables fail too when given what their serialize() cannot encode (an int
    as CronTriggerTimetable's interval: AttributeError). Checked the way serialization encodes a timetable
    (encode_timetable), which is cheap. Full serialization of every DAG is not done: it would cost the tier its speed.
    """
    timetable = getattr(dag, "timetable", None)
    if timetable is None:
        return None
    try:
        from airflow.serialization.serialized_objects import encode_timetable
    except Exception:  # noqa: BLE001 -- an Airflow without it (or the stand-in): nothing to check
        return None
    try:
        encode_timetable(timetable)
    except Exception as exc:  # noqa: BLE001 -- whatever serialization raises is what the scheduler records
        return "SerializationError: Failed to serialize DAG %r: %s" % (dag.dag_id, exc)
    return None


def dag_summary(dag, line=None):
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
        "line": line,
        "tags": sorted(str(t) for t in (getattr(dag, "tags", None) or [])),
        "owner": describe_value(default_args.get("owner", getattr(dag, "owner", None))),
        "retries": describe_value(default_args.get("retries")),
        "schedule": schedule,
        "catchup": describe_value(getattr(dag, "catchup", None)),
        "task_ids": list(getattr(dag, "task_ids", []) or []),
    }


def dispose_inherited_orm():
    """A forked child must not use the parent's pooled DB connections (SQLAlchemy's documented fork recipe)."""
    try:
        from airflow import settings

        engine = getattr(settings, "engine", None)
        if engine is not None:
            try:
                engine.dispose(close=False)
            except TypeError:  # SQLAlchemy before 1.4.33
                engine.dispose()
        elif getattr(settings, "configure_orm", None) is not None and getattr(settings, "Session", None) is None:
            settings.configure_orm()
    except Exception:
        pass


def import_one(dagbag_class, path, airflow_major):
    """Runs in the child: import one file with DagBag and describe what Airflow saw."""
    started = time.time()
    import warnings

    del CREATED_DAGS[:]
    del BAGGED_DAGS[:]
    del PROJECT_WRITES[:]
    WARNING_SITES.clear()
    # A zipped DAG bundle (any file that is not .py but a zip, as DagBag.process_file decides): DagBag imports its
    # top-level .py files with the zip on sys.path, each through its own safe-mode check (_load_modules_from_zip).
    is_zip = not path.endswith(".py") and zipfile.is_zipfile(path)
    if not is_zip and not path.endswith(".py"):
        # Not a zip to Python (astro-ci's discovery only reads its end record): Airflow's list_py_file_paths never
        # lists it, so the scheduler never imports it.
        return {"status": "ok", "import_errors": [], "warnings": [], "dags": [], "duration_ms": int((time.time() - started) * 1000)}
    CURRENT_FILE["path"] = path
    CURRENT_FILE["real"] = os.path.realpath(path)
    CURRENT_FILE["zip"] = path + os.sep if is_zip else None
    # The warning filters stay the process's own (Python's defaults and Airflow's), as in the scheduler: DagBag's
    # capture_with_reraise records what they let through into captured_warnings, the one source of import warnings.
    # record=True only keeps the warnings it re-raises from being printed; leaving the block also undoes any
    # warnings.filterwarnings() the file made, so it does not reach the next file this worker imports.
    with warnings.catch_warnings(record=True):
        if is_zip:
            # Safe mode as the project configures it ([core] dag_discovery_safe_mode): DagBag's own default.
            bag = dagbag_class(dag_folder=path, include_examples=False)
        else:
            # discovery already applied safe mode to a .py file
            bag = dagbag_class(dag_folder=path, include_examples=False, safe_mode=False)
    CURRENT_FILE["real"] = None
    restore_stdlib()  # describe what Airflow saw with the real json, os.path, builtins...
    lines = {}
    lines_by_object = {}
    for obj, line in CREATED_DAGS:
        dag_id = getattr(obj, "dag_id", None)
        if line is not None:
            lines_by_object.setdefault(id(obj), line)
        if isinstance(dag_id, str) and line is not None:
            lines.setdefault(dag_id, line)
    # The line of the DAG object Airflow kept, where a dag_id was created more than once.
    for dag in bag.dags.values():
        if id(dag) in lines_by_object:
            lines[dag.dag_id] = lines_by_object[id(dag)]
    errors = []
    status = "ok"
    zip_prefix = CURRENT_FILE["zip"]
    for error_file, text in (getattr(bag, "import_errors", {}) or {}).items():
        text = str(text)
        nonblank = [l for l in text.strip().splitlines() if l.strip()]
        member = None
        if zip_prefix is not None and isinstance(error_file, str) and error_file.startswith(zip_prefix):
            # DagBag files a zip's errors under <zip>/<member>: the finding is on the zip, the member and its line named.
            member = error_file[len(zip_prefix):]
            errors.append({"message": last_message(nonblank, text), "traceback": text, "line": None, "member": member, "member_line": line_in_file(text, error_file)})
            continue
        line = line_in_file(text, path)
        if TIMEOUT_MARKER in text:
            # Airflow's own timeout fired: "AirflowTaskTimeout: DagBag import timeout for <file> after 2.0s." and
            # the docs links and PID after it. The traceback holds the line that was running.
            status = "timeout"
            first = next((l for l in nonblank if TIMEOUT_MARKER in l), nonblank[0])
            message = first[first.index(TIMEOUT_MARKER):].strip()
            errors.append({"message": message, "traceback": text, "line": line, "kind": "timeout"})
            continue
        message = last_message(nonblank, text)
        dag_id = None
        if line is None:
            # Errors Airflow raises after the import (cycles, invalid schedules, duplicate dag_ids) carry no
            # traceback: use the line of the DAG the message names.
            for candidate in sorted(lines, key=len, reverse=True):
                if candidate in text:
                    line, dag_id = lines[candidate], candidate
                    break
        error = {"message": message, "traceback": text, "line": line, "dag_id": dag_id}
        raised_file, raised_line = raised_in_project(text, path, CURRENT_PROJECT["root"])
        if raised_file is not None:
            error.update({"raised_file": raised_file, "raised_line": raised_line})
        errors.append(error)
    # What DagBag recorded in captured_warnings, each once, on the DAG file's line it concerns.
    captured = []
    seen_warnings = set()
    for values in (getattr(bag, "captured_warnings", {}) or {}).values():
        for value in values if isinstance(values, (list, tuple)) else [values]:
            value = str(value)
            if value not in seen_warnings:
                seen_warnings.add(value)
                captured.append(describe_warning(value, path))
    CURRENT_FILE["zip"] = None
    loaded = list(bag.dags.values())
    for dag in list(loaded):
        problem = unserializable_timetable(dag)
        if problem:
            errors.append({"message": problem, "traceback": "", "line": lines.get(dag.dag_id), "dag_id": dag.dag_id})
            loaded.remove(dag)
    loaded_ids = set(d.dag_id for d in loaded)
    not_loaded = []
    for obj, line in CREATED_DAGS:
        dag_id = getattr(obj, "dag_id", None)
        if isinstance(dag_id, str) and dag_id not in loaded_ids and all(n["dag_id"] != dag_id for n in not_loaded):
            not_loaded.append({"dag_id": dag_id, "line": line})
    return {
        "status": status,
        "import_errors": errors,
        "warnings": captured[:50],
        "dags": [dag_summary(d, lines.get(d.dag_id)) for d in loaded],
        "not_loaded": not_loaded,
        "duplicates": duplicates_in_file(bag.dags, lines_by_object),
        "project_writes": list(PROJECT_WRITES),
        "duration_ms": int((time.time() - started) * 1000),
    }


def last_message(nonblank, text):
    """The exception of a traceback: the lines after its last indented one (frames and source lines are indented,
    the exception is not), joined, so a message of several lines keeps them all (Airflow's "Invalid arguments were
    passed to BashOperator (task_id: x). Invalid arguments were:" then "**kwargs: {...}" on the next line); the whole
    text when nothing is indented. At most 2,000 characters."""
    if not nonblank:
        return text
    last_indented = max((i for i, l in enumerate(nonblank) if l[:1].isspace()), default=-1)
    tail = nonblank[last_indented + 1:] or nonblank[-1:]
    message = " ".join(l.strip() for l in tail)
    return message if len(message) <= 2000 else message[:1997] + "..."


WARMUP_DAG_AIRFLOW2 = """
import datetime
import pendulum
from airflow import DAG
from airflow.decorators import dag, task, task_group
from airflow.models.param import Param
from airflow.operators.bash import BashOperator
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import BranchPythonOperator, PythonOperator
from airflow.sensors.time_delta import TimeDeltaSensor
from airflow.utils.task_group import TaskGroup
from airflow.utils.trigger_rule import TriggerRule
from airflow.datasets import Dataset

with DAG("astro_ci_warmup_classic", start_date=datetime.datetime(2024, 1, 1), schedule="0 3 * * *", catchup=False,
         default_args={"owner": "o", "retries": 1, "retry_delay": datetime.timedelta(minutes=5)}, tags=["t"],
         params={"p": Param(1, type="integer")}, doc_md="warm-up") as warm:
    first = EmptyOperator(task_id="first")
    with TaskGroup("group"):
        bash = BashOperator(task_id="bash", bash_command="echo {{ ds }}")
        wait = TimeDeltaSensor(task_id="wait", delta=datetime.timedelta(minutes=1), mode="reschedule")
    branch = BranchPythonOperator(task_id="branch", python_callable=lambda: "py")
    py = PythonOperator(task_id="py", python_callable=len, op_args=[[1]], outlets=[Dataset("s3://b/k")])
    last = EmptyOperator(task_id="last", trigger_rule=TriggerRule.NONE_FAILED)
    first >> bash >> wait >> branch >> [py, last]

for n in range(2):
    with DAG("astro_ci_warmup_loop_%d" % n, schedule=datetime.timedelta(hours=1), start_date=pendulum.datetime(2024, 1, 1, tz="UTC")):
        EmptyOperator(task_id="only")


@dag(schedule=[Dataset("s3://b/k")], start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False, tags=["t"])
def astro_ci_warmup_taskflow():
    @task
    def numbers():
        return [1, 2]

    @task
    def double(x):
        return 2 * x

    @task_group
    def inner(values):
        return double.expand(x=values)

    inner(numbers())


astro_ci_warmup_taskflow()
"""

WARMUP_DAG_AIRFLOW3 = """
import datetime
import pendulum
from airflow.sdk import DAG, Asset, dag, task
from airflow.providers.standard.operators.bash import BashOperator
from airflow.providers.standard.operators.empty import EmptyOperator
from airflow.providers.standard.operators.python import PythonOperator

with DAG("astro_ci_warmup_classic", start_date=datetime.datetime(2024, 1, 1), schedule="0 3 * * *", catchup=False,
         default_args={"owner": "o", "retries": 1}, tags=["t"]):
    EmptyOperator(task_id="first") >> BashOperator(task_id="bash", bash_command="echo") >> PythonOperator(task_id="py", python_callable=len, op_args=[[1]])


@dag(schedule=[Asset("s3://b/k")], start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), catchup=False)
def astro_ci_warmup_taskflow():
    @task
    def one():
        return 1

    one()


astro_ci_warmup_taskflow()
"""

# What a DAG file's import typically touches; imported in the parent so forked children find them in memory.
WARM_MODULES = [
    "airflow.models.dag", "airflow.models.baseoperator", "airflow.models.dagbag", "airflow.models.param",
    "airflow.models.variable", "airflow.models.connection", "airflow.models.taskinstance", "airflow.models.xcom_arg",
    "airflow.models.mappedoperator", "airflow.hooks.base", "airflow.decorators", "airflow.operators.empty",
    "airflow.operators.bash", "airflow.operators.python", "airflow.operators.trigger_dagrun", "airflow.sensors.base",
    "airflow.sensors.external_task", "airflow.sensors.time_delta", "airflow.utils.task_group", "airflow.utils.trigger_rule",
    "airflow.utils.dates", "airflow.utils.timezone", "airflow.utils.edgemodifier", "airflow.timetables.interval",
    "airflow.timetables.trigger", "airflow.timetables.simple", "airflow.timetables.datasets", "airflow.datasets",
    "airflow.serialization.serialized_objects", "airflow.exceptions", "airflow.configuration", "airflow.settings",
    "airflow.sdk", "airflow.providers.standard.operators.bash", "airflow.providers.standard.operators.python",
    "airflow.providers.standard.operators.empty", "pendulum", "croniter", "jinja2", "sqlalchemy.orm",
]


def warm_up(dagbag_class, airflow_major):
    """Import what DAG files use and parse one representative DAG with DagBag, in the parent, before any fork.

    Failures are ignored: a module this Airflow does not have is simply not warmed."""
    import importlib
    import tempfile

    for name in WARM_MODULES:
        try:
            importlib.import_module(name)
        except BaseException:  # noqa: B902 - warming must never stop the run
            pass
    folder = tempfile.mkdtemp(prefix="astro-ci-warmup-")
    path = os.path.join(folder, "astro_ci_warmup_dag.py")
    try:
        with open(path, "w") as handle:
            handle.write(WARMUP_DAG_AIRFLOW3 if airflow_major >= 3 else WARMUP_DAG_AIRFLOW2)
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dagbag_class(dag_folder=path, include_examples=False, safe_mode=False)
    except BaseException:  # noqa: B902
        pass
    finally:
        for leftover in (path, folder):
            try:
                (os.remove if leftover == path else os.rmdir)(leftover)
            except OSError:
                pass
        for name in [n for n in sys.modules if n.startswith("unusual_prefix_") and "astro_ci_warmup" in n]:
            del sys.modules[name]


# The address-space limit is this many times the memory limit: a backstop for one absurd allocation, loose enough
# for what only reserves address space. Each thread reserves an 8 MiB stack (and glibc up to 64 MiB of malloc arena):
# with RLIMIT_AS at the memory limit itself (16 GiB), a DAG file starting 3,000 threads failed with "can't start new
# thread" while Airflow 2.10.5's DagBag, which sets no limit, loaded it. What the import really uses (resident memory)
# is watched by the parent instead (see resident_bytes).
ADDRESS_SPACE_FACTOR = 4


def set_memory_limit(megabytes):
    if not megabytes:
        return
    try:
        import resource

        limit = int(megabytes) * 1024 * 1024 * ADDRESS_SPACE_FACTOR
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except Exception:
        pass


def resident_bytes(pid):
    """Resident memory of a worker (Linux /proc/PID/statm; 0 where there is none). Includes the pages it still shares
    with the warm parent (a few hundred MB with Airflow), which is small next to the limit."""
    try:
        with open("/proc/%d/statm" % pid, "rb") as handle:
            return int(handle.read().split()[1]) * PAGE_SIZE
    except (OSError, ValueError, IndexError):
        return 0


try:
    PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
except (AttributeError, ValueError, OSError):
    PAGE_SIZE = 4096


class StdlibGuard:
    """What a DAG file may not leave changed for the next file a worker imports: the attributes of the standard
    library's modules (`json.dumps = ...`, `builtins.open = None`, `time.sleep = ...`) and which module object
    `sys.modules` holds for them. In Airflow every file is parsed in its own process, so such a patch never reaches
    another file; here a worker imports many. Taken once per worker, before its first file.

    `restore()` puts every changed or deleted attribute back (the harness's own code after the import, and the
    JSON result, then run on the real functions) and says whether anything had changed: the worker then retires
    after reporting the file, and a fresh worker forked from the warm parent takes the next one. Attributes a file
    adds, and modules it imports, are left alone (a first `import xml.dom` sets `xml.dom`). Patches of Airflow's core
    classes and process-wide state are CarryOverGuard's; other third-party libraries' are not looked at."""

    IGNORED = {("sys", "last_type"), ("sys", "last_value"), ("sys", "last_traceback"), ("sys", "last_exc")}

    def __init__(self):
        names = set(getattr(sys, "stdlib_module_names", ())) | set(sys.builtin_module_names) | {"builtins"}
        self.snapshot = {}
        for name, module in list(sys.modules.items()):
            if module is not None and name.partition(".")[0] in names:
                try:
                    self.snapshot[name] = (module, dict(vars(module)))
                except TypeError:  # an object without a __dict__ standing in for a module
                    continue

    def restore(self):
        tampered = False
        for name, (module, attributes) in self.snapshot.items():
            if sys.modules.get(name) is not module:
                sys.modules[name] = module
                tampered = True
            current = vars(module)
            if attributes.items() <= current.items():  # C speed when nothing changed (~1 ms for 300 modules)
                continue
            for key, value in attributes.items():
                if current.get(key, attributes) is not value and (name, key) not in self.IGNORED:
                    current[key] = value
                    tampered = True
        return tampered


class CarryOverGuard:
    """What else a file may leave behind for the next file a worker imports, beyond the standard library's attributes
    (StdlibGuard): patches of the Airflow classes and modules every DAG file goes through (`DAG.__init__ = ...`,
    `BaseOperator.retries = 3`, `airflow.decorators.task = ...`: they would change the DAGs later files build) and
    process-wide state (the recursion limit, a trace function, an import hook added to sys.meta_path, the socket
    default timeout, the umask, resource limits, signal handlers, threads left running, garbage collection switched
    off). In Airflow's scheduler every file has its own process (a DagFileProcessorProcess per file, apache/airflow
    airflow/dag_processing/processor.py at 2.10.5), so none of it reaches another file there; a whole-folder DagBag
    (astro dev parse, a DAG integrity test) imports every file in one process, where it does, in walk order.
    `changed()` says whether any of it differs from before the file; the worker then retires after reporting it
    (nothing is restored: a fresh worker forked from the warm parent takes the next file).

    Not looked at, for cost: the rest of Airflow and other third-party libraries (pandas, boto3...). Comparing the
    attributes of every loaded module and class after each file cost 1.5-2 ms (Airflow's own ~350 modules and ~400
    classes, 12,700 attributes: 0.7-1.2 ms) against 4-5 ms for a typical DAG file's import (measured with Airflow
    2.10.5 on 2 shared cores), for patches that rarely change what the next file imports. The classes and modules
    below hold ~1,100 attributes and cost about 0.15 ms, the process-wide state 0.02 ms."""

    MODULES = ("airflow", "airflow.models", "airflow.models.dag", "airflow.models.baseoperator", "airflow.decorators",
               "airflow.operators.python", "airflow.operators.bash", "airflow.operators.empty", "airflow.utils.task_group",
               "airflow.sdk", "airflow.sdk.definitions.dag")
    CLASSES = (("airflow.models.dag", "DAG"), ("airflow.models.baseoperator", "BaseOperator"), ("airflow.models.variable", "Variable"),
               ("airflow.hooks.base", "BaseHook"), ("airflow.models.connection", "Connection"), ("airflow.utils.task_group", "TaskGroup"),
               ("airflow.models.param", "Param"), ("airflow.sdk", "DAG"), ("airflow.sdk", "BaseOperator"))

    def __init__(self):
        self.owners = []
        for name in self.MODULES:
            module = sys.modules.get(name)
            if module is not None:
                self.owners.append(module)
        seen = set()
        for module_name, class_name in self.CLASSES:
            cls = getattr(sys.modules.get(module_name), class_name, None)
            if not isinstance(cls, type):
                continue
            for base in cls.__mro__:  # with its Airflow bases (AbstractOperator, Templater, DAGNode...)
                if base not in seen and str(getattr(base, "__module__", "")).startswith("airflow"):
                    seen.add(base)
                    self.owners.append(base)
        self.snapshot = []
        for owner in self.owners:
            try:
                self.snapshot.append((owner, dict(vars(owner))))
            except TypeError:
                continue
        self.state = process_state()

    def changed(self):
        """True when one of those attributes that existed before the file was replaced or deleted (additions, such as
        caches filled on first use, do not count), or the process-wide state differs."""
        for owner, attributes in self.snapshot:
            if not attributes.items() <= vars(owner).items():
                return True
        return process_state() != self.state


def process_state():
    """Process-wide settings a DAG file can change and the next file's import would feel; cheap (a few syscalls)."""
    state = [sys.getrecursionlimit(), sys.gettrace(), sys.getprofile(), tuple(sys.meta_path), tuple(sys.path_hooks), sys.getswitchinterval()]
    import gc

    state.append(gc.isenabled())
    socket = sys.modules.get("socket")
    state.append(socket.getdefaulttimeout() if socket is not None else None)
    threading = sys.modules.get("threading")
    state.append(threading.active_count() if threading is not None else None)
    umask = os.umask(0o022)
    os.umask(umask)
    state.append(umask)
    try:
        import resource

        for limit in ("RLIMIT_NOFILE", "RLIMIT_AS", "RLIMIT_STACK", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NPROC"):
            if hasattr(resource, limit):
                state.append(resource.getrlimit(getattr(resource, limit)))
    except ImportError:
        pass
    for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGCHLD", "SIGPIPE"):
        if hasattr(signal, name):
            state.append(signal.getsignal(getattr(signal, name)))
    return state


GUARD = {"stdlib": None, "carry_over": None, "tampered": False}


def restore_stdlib():
    """Undo a file's patches of the standard library (see StdlibGuard); remembered until the worker retires."""
    guard = GUARD["stdlib"]
    if guard is not None and guard.restore():
        GUARD["tampered"] = True


def isolate_file(project_root, run):
    """Run `run()` for one file, then undo what the file's import left behind for the next file in this worker:
    modules imported from the project (so each file imports its helpers afresh, as in its own process), sys.path,
    os.environ, the working directory and Airflow's DAG context. Third-party modules stay loaded, as in Airflow's
    own DagBag loop."""
    modules = set(sys.modules)
    path = list(sys.path)
    environ = dict(os.environ)
    cwd = os.getcwd()
    try:
        return run()
    finally:
        restore_stdlib()
        reset_decorator_warning_stack()
        prefix = os.path.realpath(project_root) + os.sep
        for name in [n for n in sys.modules if n not in modules]:
            module_file = getattr(sys.modules.get(name), "__file__", None) or ""
            if name.startswith("unusual_prefix_") or (module_file and os.path.realpath(module_file).startswith(prefix)):
                sys.modules.pop(name, None)
        sys.path[:] = path
        if dict(os.environ) != environ:
            os.environ.clear()
            os.environ.update(environ)
        try:
            os.chdir(cwd)
        except OSError:
            pass
        try:
            from airflow.models.dag import DagContext

            DagContext.autoregistered_dags.clear()
            DagContext._context_managed_dags.clear()
        except Exception:
            pass
        del CREATED_DAGS[:]
        del BAGGED_DAGS[:]


def enter_project(project_root):
    """Make a worker's DAG imports see the project as Astro's scheduler does: the project root is its working directory
    (the runtime image's WORKDIR, /usr/local/airflow), so `open("include/cfg.json")` at module level finds the file
    wherever astro-ci was started from; and it is also AIRFLOW_HOME there, so DAG code reading
    `os.environ["AIRFLOW_HOME"]` (or os.getenv) finds the project's files. Only the environment variable changes,
    after Airflow is imported and configured in the parent: Airflow reads AIRFLOW_HOME once, at import
    (airflow/configuration.py), and its own home (airflow.cfg, the metadata database) stays where it is, so nothing
    is written into the project. isolate_file restores both after each file."""
    try:
        os.chdir(project_root)
    except OSError:
        pass
    os.environ["AIRFLOW_HOME"] = project_root
    CURRENT_PROJECT["root"] = project_root


def worker_loop(dagbag_class, request, airflow_major, command_fd, result_fd):
    """Runs in a worker: read one path per line, import it, write one JSON line; exit at end of input."""
    commands = os.fdopen(command_fd, "rb", buffering=0)
    pending = b""
    me = os.getpid()
    real_exit = os._exit

    def exit_during_import(status):
        """`os._exit()` from the file being imported: report the line it was called on, then end as asked."""
        if os.getpid() == me and CURRENT_FILE["real"] is not None:
            try:
                stack = "".join(traceback.format_stack(sys._getframe(1)))
                message = "the import called os._exit(%s) (exit code %s): the process ended before Airflow could report" % (status, status)
                error = {"message": message, "traceback": stack, "line": line_in_file(stack, CURRENT_FILE["path"])}
                write_result(result_fd, {"status": "crash", "import_errors": [error], "warnings": [], "dags": [], "retire": True})
            except BaseException:  # noqa: B902 - the exit happens regardless; the parent then reports a crash
                pass
        real_exit(status)

    os._exit = exit_during_import
    GUARD["stdlib"] = StdlibGuard()
    GUARD["carry_over"] = CarryOverGuard()
    while True:
        while b"\n" not in pending:
            chunk = commands.read(65536)
            if not chunk:
                return
            pending += chunk
        raw, pending = pending.split(b"\n", 1)
        path = raw.decode("utf-8", "surrogateescape")

        def run():
            try:
                return import_one(dagbag_class, path, airflow_major)
            except BaseException as exc:  # noqa: B902 - sys.exit() in a DAG file is a result, not the worker's end
                restore_stdlib()
                tb = traceback.format_exc()
                message = "%s: %s" % (type(exc).__name__, exc)
                status = "error"
                if not isinstance(exc, Exception):
                    # SystemExit (sys.exit()), KeyboardInterrupt: DagBag's parse() catches only Exception and its own
                    # timeout, so they escape DagBag (apache/airflow airflow/models/dagbag.py at 2.10.5). The scheduler's
                    # file processor then ends without a result ("Processor for ... exited with return code"), records
                    # no import error and loads none of the file's DAGs; a whole-folder DagBag stops at this file.
                    status = "crash"
                    message = (
                        "%s raised at import escapes Airflow's DagBag (it catches only Exception): the scheduler "
                        "records no import error and loads none of this file's DAGs, and a whole-folder DagBag "
                        "(astro dev parse, a DAG integrity test) stops at this file" % message
                    )
                error = {"message": message, "traceback": tb, "line": line_in_file(tb, path)}
                raised_file, raised_line = raised_in_project(tb, path, request["project_root"])
                if raised_file is not None:
                    error.update({"raised_file": raised_file, "raised_line": raised_line})
                return {
                    "status": status,
                    "import_errors": [error],
                    "warnings": [],
                    "dags": [],
                    "project_writes": list(PROJECT_WRITES),
                }

        del REFUSED_SIGNALS[:]
        SPAWNED.update(line=None, tree=None, started=False)
        result = isolate_file(request["project_root"], run)
        if not GUARD["tampered"] and GUARD["carry_over"].changed():
            GUARD["tampered"] = True
        retire = GUARD["tampered"]
        if retire:
            # The file patched the standard library: restored, but the next file gets a fresh worker (see StdlibGuard).
            result["retire"] = True
        try:
            sys.stdout.flush()
        except Exception:
            pass
        if os.getpid() != me:
            real_exit(0)  # a process the file forked that carried on into this loop: only the worker reports
        end_file_processes()
        result = with_process_outcome(result, os.path.realpath(request["project_root"]) + os.sep)
        write_result(result_fd, result)
        if retire:
            return


def write_result(result_fd, result):
    data = (json.dumps(result, default=str) + "\n").encode("utf-8", "replace")
    view = memoryview(data)
    while view:
        view = view[os.write(result_fd, view[:65536]):]


def start_worker(dagbag_class, request, airflow_major):
    """Fork a worker from the warm parent: it imports files one at a time until its command pipe closes."""
    command_r, command_w = os.pipe()
    result_r, result_w = os.pipe()
    out_r, out_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)  # its own process group: a kill takes its children with it
            PROCESS["worker"] = os.getpid()
            prctl = PROCESS["prctl"]
            if prctl is not None:
                # Dies with the warm parent (a DAG file that kills it leaves no worker importing on its own), and
                # adopts the orphans of the processes its imports start (see end_file_processes).
                prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
                if os.getppid() != PROCESS["parent"]:
                    os._exit(0)
                prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
            for fd in (command_w, result_r, out_r, PROTOCOL["fd"]):
                if fd is not None:
                    os.close(fd)
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            sys.stdout = os.fdopen(1, "w", buffering=1, errors="replace")
            sys.stderr = sys.stdout
            try:  # SIGUSR1 dumps the Python stack to the output pipe, even from inside native code (see the backstop)
                import faulthandler

                faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=False)
            except (ImportError, AttributeError, ValueError, RuntimeError):
                pass
            set_memory_limit(request.get("memory_limit_mb"))
            enter_project(request["project_root"])
            watch_project_writes(request["project_root"])
            dispose_inherited_orm()
            worker_loop(dagbag_class, request, airflow_major, command_r, result_w)
        except BaseException:  # noqa: B902
            pass
        finally:
            os._exit(0)
    for fd in (command_r, result_w, out_w):
        os.close(fd)
    worker = {"pid": pid, "command_fd": command_w, "result_fd": result_r, "out_fd": out_r, "pending": bytearray(), "output": bytearray(), "output_dropped": 0, "path": None, "started": None, "killed": None, "open": {result_r, out_r}, "pidfd": None, "stack": None, "kill_at": None, "memory_limit_mb": request.get("memory_limit_mb"), "overlaps": set()}
    try:  # Linux 5.3+: the pidfd becomes readable when the worker exits
        worker["pidfd"] = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pass
    return worker


PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36


def load_prctl():
    """libc's prctl (Linux), loaded in the warm parent before any fork; None elsewhere or when it cannot be had."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
        prctl.restype = ctypes.c_int
        return prctl
    except Exception:
        return None


def assign(worker, path):
    worker["path"] = path
    worker["started"] = time.time()
    worker["output"] = bytearray()
    worker["output_dropped"] = 0
    try:
        os.write(worker["command_fd"], path.encode("utf-8", "surrogateescape") + b"\n")
    except OSError:
        pass  # the worker is gone: its exit is noticed and the file reported as a crash


def take_output(worker, chunk):
    """Keep the first OUTPUT_CAP bytes of a worker's output, and what follows a stack dump request (see the backstop)."""
    room = OUTPUT_CAP - len(worker["output"])
    worker["output"].extend(chunk[: max(room, 0)])
    worker["output_dropped"] += max(len(chunk) - max(room, 0), 0)
    if worker["stack"] is not None and len(worker["stack"]) < OUTPUT_CAP:
        worker["stack"].extend(chunk[: OUTPUT_CAP - len(worker["stack"])])


def output_text(worker):
    output = worker["output"].decode("utf-8", "replace")
    if worker["output_dropped"]:
        output += "\n[... %d more bytes of output dropped]" % worker["output_dropped"]
    return output


def file_result(worker, parsed, timeout):
    """The JSON line for the worker's current file from what its import reported."""
    path = worker["path"]
    base = {"file": path, "output": output_text(worker), "duration_ms": int((time.time() - worker["started"]) * 1000)}
    base.update(parsed)
    for error in base.get("import_errors", []):
        if error.get("line") is None:
            error["line"] = line_in_file(error.get("traceback", ""), path)
    return base


UNREADABLE_RESULT = "the import wrote a result astro-ci cannot read (does the file write to a file descriptor it did not open?)"


def checked_result(parsed):
    """A worker's result as the parent forwards it: the worker runs the DAG file, which can write to the worker's
    result pipe too, so anything not of the expected shape is reported as a crash of that file, never passed on."""

    def text(value):
        return isinstance(value, str)

    def line(value):
        return value is None or (isinstance(value, int) and not isinstance(value, bool))

    def texts(value):
        return isinstance(value, list) and all(text(v) for v in value)

    def items(value, check):
        return isinstance(value, list) and all(isinstance(v, dict) and check(v) for v in value)

    ok = (
        isinstance(parsed, dict)
        and parsed.get("status") in ("ok", "error", "timeout", "crash")
        and items(parsed.get("import_errors"), lambda e: text(e.get("message")) and text(e.get("traceback", "")) and line(e.get("line")) and (e.get("dag_id") is None or text(e.get("dag_id"))) and e.get("kind") in (None, "timeout") and (e.get("member") is None or text(e.get("member"))) and line(e.get("member_line")) and (e.get("raised_file") is None or text(e.get("raised_file"))) and line(e.get("raised_line")))
        and items(parsed.get("warnings"), lambda w: text(w.get("message")) and line(w.get("line")) and (w.get("where") is None or text(w.get("where"))))
        and items(parsed.get("dags"), lambda d: text(d.get("dag_id")) and texts(d.get("tags")) and texts(d.get("task_ids")) and line(d.get("line")))
        and items(parsed.get("not_loaded", []), lambda d: text(d.get("dag_id")) and line(d.get("line")))
        and items(parsed.get("duplicates", []), lambda d: text(d.get("dag_id")) and isinstance(d.get("lines"), list) and all(line(v) and v is not None for v in d.get("lines")) and line(d.get("count")) and line(d.get("kept_line")))
        and items(parsed.get("project_writes", []), lambda w: text(w.get("path")) and w.get("action") in ("writes", "creates", "renames", "deletes") and line(w.get("line")) and w.get("process", False) in (True, False))
    )
    if ok:
        # Only the fields a worker reports: the file, its output and duration are the parent's to say.
        return {k: v for k, v in parsed.items() if k in ("status", "import_errors", "warnings", "dags", "not_loaded", "duplicates", "project_writes")}
    return {"status": "crash", "import_errors": [{"message": UNREADABLE_RESULT, "traceback": "", "line": None}], "warnings": [], "dags": []}


def lost_result(worker, status_code, timeout):
    """The JSON line for the worker's current file when the worker died or was killed importing it."""
    path = worker["path"]
    output = output_text(worker)
    base = {"file": path, "output": output, "duration_ms": int((time.time() - worker["started"]) * 1000), "warnings": [], "dags": []}
    if worker["killed"] == "timeout":
        message = "DagBag import timeout for %s: still importing after %ss, and Airflow's own %ss timeout did not stop it (stuck in native code, or the timeout was caught or SIGALRM ignored); killed" % (path, int(backstop_seconds(timeout)), ("%f" % timeout).rstrip("0").rstrip("."))
        stack = bytes(worker["stack"] or b"").decode("utf-8", "replace")
        base.update({"status": "timeout", "import_errors": [{"message": message, "traceback": stack, "line": line_in_file(stack, path, most_recent_first=True)}]})
    elif worker["killed"] == "memory":
        message = "the import used more than %d MB of memory and was stopped (Airflow sets no limit: on a scheduler with less memory the kernel would kill the file's processor)" % int(worker["memory_limit_mb"] or 0)
        base.update({"status": "crash", "import_errors": [{"message": message, "traceback": "", "line": None}]})
    elif worker["killed"] == "result-too-large":
        base.update({"status": "crash", "import_errors": [{"message": "the import produced more than %d bytes of results (killed)" % RESULT_CAP, "traceback": "", "line": None}]})
    else:
        if status_code is not None and os.WIFSIGNALED(status_code):
            signum = os.WTERMSIG(status_code)
            try:
                name = signal.Signals(signum).name
            except ValueError:
                name = str(signum)
            why = "the import crashed the interpreter (signal %s)" % name
            if signum in OUTSIDE_SIGNALS:
                # Imported alone when other files' imports were running too (see run_files): its own doing, a process
                # it started, or the system's (the kernel's out-of-memory killer sends SIGKILL).
                why = "the import process was killed (signal %s): by the file's own code or a process it started, or by the system (out of memory?)" % name
        else:
            code = os.WEXITSTATUS(status_code) if status_code is not None and os.WIFEXITED(status_code) else "unknown"
            why = "the import ended the process (exit code %s) before Airflow could report" % code
            if code == 0:
                # A worker ends with 0 on its own only when it cannot report: the file closed the descriptors it
                # reports through (os.closerange) or ended the process some way the worker does not intercept.
                why = "the import process ended without a result (exit code 0): the file closed the pipes astro-ci reads its result from (os.closerange?) or ended the process"
        tail = output.strip().splitlines()[-3:]
        base.update({"status": "crash", "import_errors": [{"message": why + (": " + " | ".join(tail) if tail else ""), "traceback": output[-4000:], "line": line_in_file(output, path)}]})
    return base


PROTOCOL = {"fd": None}


def emit(obj):
    data = (json.dumps(obj, default=str) + "\n").encode("utf-8", "replace")
    view = memoryview(data)
    while view:
        view = view[os.write(PROTOCOL["fd"], view):]


def protect_protocol():
    """Keep the JSON protocol on a private copy of stdout; anything else written to fd 1 (Airflow's logging,
    prints during warm-up) goes to stderr instead of corrupting it."""
    sys.__stdout__.flush()
    PROTOCOL["fd"] = os.dup(1)
    os.dup2(2, 1)


def main():
    request = json.loads(sys.stdin.read())
    protect_protocol()
    project_root = request["project_root"]
    dags_folder = request["dags_folder"]
    timeout = float(request.get("timeout_seconds") or 30)
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = dags_folder
    # The project's plugins/ as the plugins folder (Astro's image sets it so): where a custom timetable is registered.
    os.environ["AIRFLOW__CORE__PLUGINS_FOLDER"] = os.path.join(project_root, "plugins")
    # Airflow's own timeout() in DagBag reads this: the project's value, so it fires as in the project's scheduler.
    os.environ["AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT"] = ("%f" % timeout).rstrip("0").rstrip(".")
    # Full tracebacks, so an error raised in a helper module still names the line in the DAG file.
    os.environ.setdefault("AIRFLOW__CORE__DAGBAG_IMPORT_ERROR_TRACEBACK_DEPTH", "50")
    # The project root first (as the working directory of Astro's runtime image, so `include.x` imports), then
    # dags/ and plugins/ AFTER the standard library, as Airflow's settings.prepare_syspath_for_dags_folder and
    # prepare_syspath_for_config_and_plugins append them: a `dags/logging.py` or `dags/json.py` must not shadow
    # the standard library (it does not in Airflow).
    for extra in [project_root] + list(request.get("extra_sys_path", [])):
        if os.path.isdir(extra) and extra not in sys.path:
            sys.path.insert(0, extra)
    for extra in [dags_folder, os.path.join(project_root, "plugins")]:
        if os.path.isdir(extra) and extra not in sys.path:
            sys.path.append(extra)
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

    warm_started = time.time()
    if request.get("warm_up", True):
        warm_up(dagbag_class, airflow_major)
    for module_name in ("airflow.models.dag", "airflow.sdk.definitions.dag", "airflow.sdk"):
        module = sys.modules.get(module_name)
        dag_class = getattr(module, "DAG", None) if module is not None else None
        if isinstance(dag_class, type):
            try:
                record_dag_lines(dag_class)
            except (TypeError, AttributeError):
                pass
    try:
        record_bagged_dags(dagbag_class)
    except (TypeError, AttributeError):
        pass
    reset_decorator_warning_stack()
    record_warning_sites()
    warm_ms = int((time.time() - warm_started) * 1000)
    import gc

    # No gc.collect() first (~0.1 s on Airflow's heap): the little garbage the warm-up leaves is frozen with the rest.
    if hasattr(gc, "freeze"):
        gc.freeze()  # the warm heap stays shared: a child's collections do not touch (and copy) its pages

    PROCESS["parent"] = os.getpid()
    PROCESS["prctl"] = load_prctl()
    if PROCESS["prctl"] is not None:
        # Orphans of a worker that died mid-import (killed at its timeout) come here, where kill_strays finds them.
        PROCESS["prctl"](PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    # Airflow is imported and warm: from here on a death of this process is a DAG file's doing (run-harness.ts restarts
    # it and blames the file being imported), never "no Airflow".
    emit({"warm": True, "airflow_version": str(version), "dagbag_module": dagbag_module, "python": sys.version.split()[0]})

    backstop = backstop_seconds(timeout)
    memory_limit = int(request.get("memory_limit_mb") or 0) * 1024 * 1024
    max_workers = max(1, int(request.get("max_workers") or os.cpu_count() or 1))
    excepted = set(request.get("integrity_exceptions", []))
    counters = {"restarts": 0}

    def report(path, result):
        rel = os.path.relpath(path, project_root)
        result["excepted"] = rel in excepted or os.path.relpath(path, dags_folder) in excepted
        emit(result)

    def run_files(files, parallel, mode="parallel", victims=None, killed_alone=None):
        """Import `files` with up to `parallel` workers.

        mode "parallel": a worker killed by a signal from outside (SIGKILL, SIGTERM...) while other files were being
        imported goes into `victims` as (file, the files imported beside it) instead of being reported: one of those
        may have sent it (through a subprocess or native code; guard_signal refuses Python's own os.kill).
        "alone" (parallel 1): such a death is the file's own, reported, and its file added to `killed_alone`.
        "decoy" (parallel 1): each file is imported again beside an idle worker, the decoy; a file whose import kills
        the decoy is reported again as a crash (`amended`, replacing its first result); nothing else is reported."""
        decoy = {"pid": None}

        def start_decoy():
            decoy["pid"] = start_decoy_worker()

        def report_file(path, result):
            if mode != "decoy":
                report(path, result)
                return
            for _ in range(3):  # the signal the import sent may still be on its way
                ended = decoy_ended(decoy["pid"])
                if ended:
                    break
                time.sleep(0.05)
            if ended:
                try:
                    name = signal.Signals(ended).name
                except ValueError:
                    name = str(ended)
                message = (
                    "the import kills other processes importing DAG files (%s): in Airflow's scheduler, other files' parses. "
                    "Found when another file's import was killed while this one ran, and again when this file was imported "
                    "beside an idle one" % name
                )
                report(path, dict(result, status="crash", import_errors=[{"message": message, "traceback": "", "line": None}], dags=[], not_loaded=[], duplicates=[], amended=True))
                start_decoy()

        if mode == "decoy":
            start_decoy()
        queue = list(files)
        queue.reverse()
        workers = {}

        def next_file(worker):
            if queue:
                path = queue.pop()
                # Which files were being imported beside this one (a file that kills another worker is among them).
                worker["overlaps"] = set()
                for other in workers.values():
                    if other is not worker and other["path"] is not None:
                        other["overlaps"].add(path)
                        worker["overlaps"].add(other["path"])
                emit({"started": path})
                assign(worker, path)
            else:
                worker["path"] = None
                if worker["command_fd"] is not None:
                    os.close(worker["command_fd"])
                    worker["command_fd"] = None

        for _ in range(min(parallel, len(queue))):
            worker = start_worker(dagbag_class, request, airflow_major)
            workers[worker["pid"]] = worker
            next_file(worker)
        while workers:
            fds = []
            for w in workers.values():
                fds += sorted(w["open"], key=lambda fd: fd != w["out_fd"])  # output before results
                if w["pidfd"] is not None:
                    fds.append(w["pidfd"])
            polling = any(w["pidfd"] is None for w in workers.values())
            readable = set(select.select(fds, [], [], 0.05 if polling else 0.5)[0]) if fds else set()
            for worker in list(workers.values()):
                for fd in (worker["out_fd"], worker["result_fd"]):
                    if fd not in readable or fd not in worker["open"]:
                        continue
                    chunk = os.read(fd, 65536)
                    if not chunk:
                        worker["open"].discard(fd)
                        os.close(fd)
                    elif fd == worker["out_fd"]:
                        take_output(worker, chunk)
                    else:
                        worker["pending"].extend(chunk)
                        while b"\n" in worker["pending"] and worker["path"] is not None:
                            line, _, rest = bytes(worker["pending"]).partition(b"\n")
                            worker["pending"] = bytearray(rest)
                            try:
                                parsed = json.loads(line.decode("utf-8", "replace"))
                            except ValueError:
                                parsed = None
                            retire = parsed.pop("retire", False) is True if isinstance(parsed, dict) else False
                            report_file(worker["path"], file_result(worker, checked_result(parsed), timeout))
                            if retire:
                                # It leaves after this file (see StdlibGuard): no next file for it; its exit is noticed
                                # below and a fresh worker takes over the queue.
                                worker["path"] = None
                                if worker["command_fd"] is not None:
                                    os.close(worker["command_fd"])
                                    worker["command_fd"] = None
                            else:
                                next_file(worker)
                        if len(worker["pending"]) > RESULT_CAP and not worker["killed"]:
                            worker["killed"] = "result-too-large"
                            kill_group(worker["pid"])
            now = time.time()
            for pid, worker in list(workers.items()):
                if memory_limit and worker["path"] is not None and not worker["killed"] and now >= worker.get("memory_check", 0):
                    # Checked at most every 0.2 s per worker (the loop wakes at least every 0.5 s).
                    worker["memory_check"] = now + 0.2
                    if resident_bytes(pid) > memory_limit:
                        worker["killed"] = "memory"
                        kill_group(pid)
                if worker["path"] is not None and not worker["killed"] and now - worker["started"] > backstop:
                    # Airflow's own timeout did not stop the import (native code, or a DAG that swallows the timeout
                    # exception or ignores SIGALRM). Ask for its Python stack first (faulthandler, SIGUSR1), so the
                    # finding names the line it was stuck on, then kill it half a second later.
                    worker["killed"] = "timeout"
                    worker["stack"] = bytearray()
                    worker["kill_at"] = now + 0.5
                    try:
                        os.kill(pid, signal.SIGUSR1)
                    except OSError:
                        worker["kill_at"] = now
                if worker["kill_at"] is not None and now >= worker["kill_at"]:
                    worker["kill_at"] = None
                    kill_group(pid)
                done, status = os.waitpid(pid, os.WNOHANG)
                if done == 0:
                    continue
                # The worker has exited. Kill what it left in its process group first, then drain what is already in
                # the pipes without blocking: a process the DAG file started (a daemon in its own session) may still
                # hold the write ends open, and a blocking read would wait for that process to end (forever).
                kill_group(pid)
                for fd in list(worker["open"]):
                    try:
                        os.set_blocking(fd, False)
                        while True:
                            chunk = os.read(fd, 65536)
                            if not chunk:
                                break
                            if fd == worker["out_fd"]:
                                take_output(worker, chunk)
                            else:
                                worker["pending"].extend(chunk)
                    except OSError:
                        pass
                    os.close(fd)
                worker["open"].clear()
                if worker["path"] is not None and b"\n" in worker["pending"] and not worker["killed"]:
                    line = bytes(worker["pending"]).split(b"\n", 1)[0]
                    try:
                        parsed = json.loads(line.decode("utf-8", "replace"))
                        if isinstance(parsed, dict):
                            parsed.pop("retire", None)
                        report_file(worker["path"], file_result(worker, checked_result(parsed), timeout))
                        worker["path"] = None
                    except ValueError:
                        pass
                if worker["path"] is not None:
                    outside = killed_from_outside(worker, status)
                    if mode == "parallel" and outside and worker["overlaps"]:
                        victims.append((worker["path"], set(worker["overlaps"])))
                    else:
                        if mode == "alone" and outside:
                            killed_alone.add(worker["path"])
                        report_file(worker["path"], lost_result(worker, status, timeout))
                    # It died mid-import: what its import started and detached (a daemon in a session of its own) was
                    # reparented here (this process is a subreaper); it goes now, not when the run ends.
                    kill_strays(set(workers) | set([decoy["pid"]]))
                for fd in (worker["pidfd"], worker["command_fd"]):
                    if fd is not None:
                        os.close(fd)
                kill_group(pid)  # leftovers in its group (forked grandchildren) die with it
                del workers[pid]
                if queue:  # a replacement, forked from the warm parent
                    counters["restarts"] += 1
                    replacement = start_worker(dagbag_class, request, airflow_major)
                    workers[replacement["pid"]] = replacement
                    next_file(replacement)
        if decoy["pid"] is not None:
            kill_group(decoy["pid"])
            reap_children(only=[decoy["pid"]])

    # Workers killed from outside while other files were imported: each imported again alone, where a death is its own.
    # One that imports cleanly alone was killed by another file: the files imported beside it are imported again, one
    # at a time beside a decoy worker, to find which.
    victims = []
    run_files(request["files"], max_workers, victims=victims)
    if victims:
        killed_alone = set()
        run_files([path for path, _ in victims], 1, mode="alone", killed_alone=killed_alone)
        seen = set(path for path, _ in victims)
        candidates = []
        for path, overlaps in victims:
            if path not in killed_alone:
                for other in sorted(overlaps):
                    if other not in seen:
                        seen.add(other)
                        candidates.append(other)
        if candidates:
            run_files(candidates, 1, mode="decoy")
    emit({"done": True, "airflow_version": str(version), "dagbag_module": dagbag_module, "python": sys.version.split()[0], "warm_up_ms": warm_ms, "worker_restarts": counters["restarts"]})


# Signals that end a worker from outside: another process sent them (the harness's own kills are marked `killed`).
OUTSIDE_SIGNALS = tuple(getattr(signal, name) for name in ("SIGKILL", "SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT") if hasattr(signal, name))


def killed_from_outside(worker, status):
    """Whether a worker that died mid-import was ended by a signal the harness did not send."""
    return not worker["killed"] and status is not None and os.WIFSIGNALED(status) and os.WTERMSIG(status) in OUTSIDE_SIGNALS


def start_decoy_worker():
    """Fork an idle process that looks like a worker to a DAG file (a child of the warm parent, in a process group of
    its own) and imports nothing: a file whose import kills it kills other workers (see run_files)."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setpgid(0, 0)
            # Holds none of the parent's pipes (a worker's command pipe kept open here would never reach its end).
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            os.closerange(3, 65536)
            if PROCESS["prctl"] is not None:
                PROCESS["prctl"](PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            while os.getppid() == PROCESS["parent"]:
                time.sleep(1)
        finally:
            os._exit(0)
    return pid


def decoy_ended(pid):
    """The signal that ended the decoy, or None while it runs (or when it ended otherwise)."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return None
    return os.WTERMSIG(status) if done and os.WIFSIGNALED(status) else None


def kill_strays(keep):
    """Kill (SIGKILL) and reap this process's children but the pids in `keep` (the workers, the decoy), with their
    descendants: the orphans a worker that died mid-import left (reparented here, a child subreaper). Linux only."""
    if PROCESS["prctl"] is None:
        return
    strays = descendants_of(os.getpid(), skip=keep)
    for pid in strays:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    reap_children(only=[pid for pid in strays])


def kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


if __name__ == "__main__":
    main()
    # Everything is reported and every worker reaped. Skip the interpreter's teardown: freeing Airflow's modules and
    # running its atexit hooks took ~0.3 s after the last result, time the caller spent waiting for nothing.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(0)
