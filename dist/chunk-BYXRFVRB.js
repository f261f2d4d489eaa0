import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  isUnknown
} from "./chunk-DRRYQ44P.js";
import {
  nearestName
} from "./chunk-TGOMF2GA.js";

// src/dags/syntax-tree.ts
var SyntaxNode = class {
  /** @internal Made by SyntaxTree only. */
  constructor(raw, tree) {
    this.raw = raw;
    this.tree = tree;
  }
  raw;
  tree;
  typeName = void 0;
  textValue = void 0;
  named = void 0;
  fields = void 0;
  fieldLists = void 0;
  parentNode = void 0;
  end = void 0;
  endByte = void 0;
  /** Unique within the tree. */
  get id() {
    return this.raw.id;
  }
  /** The grammar's node type (`call`, `identifier`, `ERROR`...). */
  get type() {
    return this.typeName ??= this.raw.type;
  }
  /** The node's source text. */
  get text() {
    return this.textValue ??= this.raw.text;
  }
  get startIndex() {
    return this.raw.startIndex;
  }
  get endIndex() {
    return this.endByte ??= this.raw.endIndex;
  }
  get startPosition() {
    return this.raw.startPosition;
  }
  get endPosition() {
    return this.end ??= this.raw.endPosition;
  }
  get namedChildren() {
    if (this.named === void 0) {
      const children = this.raw.namedChildren;
      const named = [];
      for (const child of children) if (child) named.push(this.tree.wrap(child));
      this.named = named;
    }
    return this.named;
  }
  get parent() {
    if (this.parentNode === void 0) {
      const parent = this.raw.parent;
      this.parentNode = parent ? this.tree.wrap(parent) : null;
    }
    return this.parentNode;
  }
  childForFieldName(fieldName) {
    this.fields ??= /* @__PURE__ */ new Map();
    let child = this.fields.get(fieldName);
    if (child === void 0) {
      const raw = this.raw.childForFieldName(fieldName);
      child = raw ? this.tree.wrap(raw) : null;
      this.fields.set(fieldName, child);
    }
    return child;
  }
  childrenForFieldName(fieldName) {
    this.fieldLists ??= /* @__PURE__ */ new Map();
    let children = this.fieldLists.get(fieldName);
    if (children === void 0) {
      children = [];
      for (const raw of this.raw.childrenForFieldName(fieldName)) if (raw) children.push(this.tree.wrap(raw));
      this.fieldLists.set(fieldName, children);
    }
    return children;
  }
};
var SyntaxTree = class {
  nodes = /* @__PURE__ */ new Map();
  rootNode;
  constructor(tree) {
    this.rootNode = this.wrap(tree.rootNode);
  }
  /** @internal The one SyntaxNode of a node of this tree. */
  wrap(node) {
    let view = this.nodes.get(node.id);
    if (view === void 0) {
      view = new SyntaxNode(node, this);
      this.nodes.set(node.id, view);
    }
    return view;
  }
};
function spanOf(node) {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1, endLine: node.endPosition.row + 1, endColumn: node.endPosition.column + 1 };
}
function calleeName(node) {
  if (!node) return void 0;
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const object = calleeName(node.childForFieldName("object"));
    const attr = node.childForFieldName("attribute")?.text;
    return object && attr ? `${object}.${attr}` : void 0;
  }
  return void 0;
}
function callArguments(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  let splat = false;
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg.type === "comment") continue;
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value) keywords.set(name, value);
    } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") splat = true;
    else positional.push(arg);
  }
  return { positional, keywords, splat };
}

// src/dags/data/stdlib-modules.json
var stdlib_modules_default = {
  $comment: "Top-level stdlib module names: sys.stdlib_module_names of CPython 3.11.7, plus modules added or removed in 3.8-3.13 (What's New in Python 3.9-3.13).",
  modules: [
    "__future__",
    "_thread",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo"
  ],
  addedIn: {
    zoneinfo: "3.9",
    graphlib: "3.9",
    tomllib: "3.11"
  },
  removedIn: {
    distutils: "3.12",
    imp: "3.12",
    asynchat: "3.12",
    asyncore: "3.12",
    smtpd: "3.12",
    aifc: "3.13",
    audioop: "3.13",
    cgi: "3.13",
    cgitb: "3.13",
    chunk: "3.13",
    crypt: "3.13",
    imghdr: "3.13",
    mailcap: "3.13",
    msilib: "3.13",
    nis: "3.13",
    nntplib: "3.13",
    ossaudiodev: "3.13",
    pipes: "3.13",
    sndhdr: "3.13",
    spwd: "3.13",
    sunau: "3.13",
    telnetlib: "3.13",
    uu: "3.13",
    xdrlib: "3.13",
    lib2to3: "3.13"
  }
};

// src/dags/data/operator-signatures.json
var operator_signatures_default = {
  $comment: "Keyword parameters of Airflow core operators and sensors (apache/airflow airflow/operators and airflow/sensors at 2.10.5), read from the classes' __init__ chains as BaseOperatorMeta._apply_defaults does and checked by building each class in a DAG; generated by scripts/generate-operator-signatures.py. parameters: the class chain's own keywords (BaseOperator's are in baseOperator); required: missing ones raise 'missing keyword argument'; open: unknown keywords are no error; callable: a string there raises '`<name>` param must be callable'; droppedWhenTrue: accepted only when true. Provider operators are not listed.",
  airflow: "2.10.5",
  baseOperator: [
    "allow_nested_operators",
    "dag",
    "default_args",
    "depends_on_past",
    "do_xcom_push",
    "doc",
    "doc_json",
    "doc_md",
    "doc_rst",
    "doc_yaml",
    "email",
    "email_on_failure",
    "email_on_retry",
    "end_date",
    "execution_timeout",
    "executor",
    "executor_config",
    "ignore_first_depends_on_past",
    "inlets",
    "logger_name",
    "map_index_template",
    "max_active_tis_per_dag",
    "max_active_tis_per_dagrun",
    "max_retry_delay",
    "multiple_outputs",
    "on_execute_callback",
    "on_failure_callback",
    "on_retry_callback",
    "on_skipped_callback",
    "on_success_callback",
    "outlets",
    "owner",
    "params",
    "pool",
    "pool_slots",
    "post_execute",
    "pre_execute",
    "priority_weight",
    "queue",
    "resources",
    "retries",
    "retry_delay",
    "retry_exponential_backoff",
    "run_as_user",
    "sla",
    "start_date",
    "task_concurrency",
    "task_display_name",
    "task_group",
    "task_id",
    "trigger_rule",
    "wait_for_downstream",
    "wait_for_past_depends_before_skipping",
    "weight_rule"
  ],
  classes: {
    "airflow.operators.bash.BashOperator": {
      parameters: [
        "append_env",
        "bash_command",
        "cwd",
        "env",
        "output_encoding",
        "output_processor",
        "skip_exit_code",
        "skip_on_exit_code"
      ],
      required: [
        "bash_command"
      ]
    },
    "airflow.operators.branch.BaseBranchOperator": {
      parameters: []
    },
    "airflow.operators.datetime.BranchDateTimeOperator": {
      parameters: [
        "follow_task_ids_if_false",
        "follow_task_ids_if_true",
        "target_lower",
        "target_upper",
        "use_task_execution_date",
        "use_task_logical_date"
      ],
      required: [
        "follow_task_ids_if_false",
        "follow_task_ids_if_true",
        "target_lower",
        "target_upper"
      ]
    },
    "airflow.operators.email.EmailOperator": {
      parameters: [
        "bcc",
        "cc",
        "conn_id",
        "custom_headers",
        "files",
        "html_content",
        "mime_charset",
        "mime_subtype",
        "subject",
        "to"
      ],
      required: [
        "html_content",
        "subject",
        "to"
      ]
    },
    "airflow.operators.empty.EmptyOperator": {
      parameters: []
    },
    "airflow.operators.generic_transfer.GenericTransfer": {
      parameters: [
        "destination_conn_id",
        "destination_table",
        "insert_args",
        "preoperator",
        "source_conn_id",
        "sql"
      ],
      required: [
        "destination_conn_id",
        "destination_table",
        "source_conn_id",
        "sql"
      ]
    },
    "airflow.operators.latest_only.LatestOnlyOperator": {
      parameters: []
    },
    "airflow.operators.python.BranchExternalPythonOperator": {
      parameters: [
        "env_vars",
        "expect_airflow",
        "expect_pendulum",
        "inherit_env",
        "op_args",
        "op_kwargs",
        "python",
        "python_callable",
        "serializer",
        "skip_on_exit_code",
        "string_args",
        "templates_dict",
        "templates_exts",
        "use_dill",
        "show_return_value_in_logs"
      ],
      required: [
        "python",
        "python_callable"
      ],
      droppedWhenTrue: [
        "provide_context"
      ]
    },
    "airflow.operators.python.BranchPythonOperator": {
      parameters: [
        "op_args",
        "op_kwargs",
        "python_callable",
        "show_return_value_in_logs",
        "templates_dict",
        "templates_exts"
      ],
      required: [
        "python_callable"
      ],
      callable: [
        "python_callable"
      ],
      droppedWhenTrue: [
        "provide_context"
      ]
    },
    "airflow.operators.python.BranchPythonVirtualenvOperator": {
      parameters: [
        "env_vars",
        "expect_airflow",
        "index_urls",
        "inherit_env",
        "op_args",
        "op_kwargs",
        "pip_install_options",
        "python_callable",
        "python_version",
        "requirements",
        "serializer",
        "skip_on_exit_code",
        "string_args",
        "system_site_packages",
        "templates_dict",
        "templates_exts",
        "use_dill",
        "venv_cache_path",
        "show_return_value_in_logs"
      ],
      required: [
        "python_callable"
      ],
      buildError: "AirflowException: PythonVirtualenvOperator requires virtualenv, please install it."
    },
    "airflow.operators.python.ExternalPythonOperator": {
      parameters: [
        "env_vars",
        "expect_airflow",
        "expect_pendulum",
        "inherit_env",
        "op_args",
        "op_kwargs",
        "python",
        "python_callable",
        "serializer",
        "skip_on_exit_code",
        "string_args",
        "templates_dict",
        "templates_exts",
        "use_dill",
        "show_return_value_in_logs"
      ],
      required: [
        "python",
        "python_callable"
      ],
      droppedWhenTrue: [
        "provide_context"
      ]
    },
    "airflow.operators.python.PythonOperator": {
      parameters: [
        "op_args",
        "op_kwargs",
        "python_callable",
        "show_return_value_in_logs",
        "templates_dict",
        "templates_exts"
      ],
      required: [
        "python_callable"
      ],
      callable: [
        "python_callable"
      ],
      droppedWhenTrue: [
        "provide_context"
      ]
    },
    "airflow.operators.python.PythonVirtualenvOperator": {
      parameters: [
        "env_vars",
        "expect_airflow",
        "index_urls",
        "inherit_env",
        "op_args",
        "op_kwargs",
        "pip_install_options",
        "python_callable",
        "python_version",
        "requirements",
        "serializer",
        "skip_on_exit_code",
        "string_args",
        "system_site_packages",
        "templates_dict",
        "templates_exts",
        "use_dill",
        "venv_cache_path",
        "show_return_value_in_logs"
      ],
      required: [
        "python_callable"
      ],
      buildError: "AirflowException: PythonVirtualenvOperator requires virtualenv, please install it."
    },
    "airflow.operators.python.ShortCircuitOperator": {
      parameters: [
        "ignore_downstream_trigger_rules",
        "op_args",
        "op_kwargs",
        "python_callable",
        "show_return_value_in_logs",
        "templates_dict",
        "templates_exts"
      ],
      required: [
        "python_callable"
      ],
      callable: [
        "python_callable"
      ],
      droppedWhenTrue: [
        "provide_context"
      ]
    },
    "airflow.operators.smooth.SmoothOperator": {
      parameters: []
    },
    "airflow.operators.subdag.SubDagOperator": {
      parameters: [
        "conf",
        "propagate_skipped_state",
        "session",
        "subdag",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "subdag"
      ],
      buildError: "AttributeError: 'NoneType' object has no attribute 'dag_id'"
    },
    "airflow.operators.trigger_dagrun.TriggerDagRunOperator": {
      parameters: [
        "allowed_states",
        "conf",
        "deferrable",
        "execution_date",
        "failed_states",
        "logical_date",
        "poke_interval",
        "reset_dag_run",
        "skip_when_already_exists",
        "trigger_dag_id",
        "trigger_run_id",
        "wait_for_completion"
      ],
      required: [
        "trigger_dag_id"
      ]
    },
    "airflow.operators.weekday.BranchDayOfWeekOperator": {
      parameters: [
        "follow_task_ids_if_false",
        "follow_task_ids_if_true",
        "use_task_execution_day",
        "use_task_logical_date",
        "week_day"
      ],
      required: [
        "follow_task_ids_if_false",
        "follow_task_ids_if_true",
        "week_day"
      ]
    },
    "airflow.sensors.base.BaseSensorOperator": {
      parameters: [
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ]
    },
    "airflow.sensors.bash.BashSensor": {
      parameters: [
        "bash_command",
        "env",
        "output_encoding",
        "retry_exit_code",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "bash_command"
      ]
    },
    "airflow.sensors.date_time.DateTimeSensor": {
      parameters: [
        "target_time",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "target_time"
      ]
    },
    "airflow.sensors.date_time.DateTimeSensorAsync": {
      parameters: [
        "end_from_trigger",
        "start_from_trigger",
        "trigger_kwargs",
        "target_time",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "target_time"
      ]
    },
    "airflow.sensors.external_task.ExternalTaskMarker": {
      parameters: [
        "execution_date",
        "external_dag_id",
        "external_task_id",
        "recursion_depth"
      ],
      required: [
        "external_dag_id",
        "external_task_id"
      ]
    },
    "airflow.sensors.external_task.ExternalTaskSensor": {
      parameters: [
        "allowed_states",
        "check_existence",
        "deferrable",
        "execution_date_fn",
        "execution_delta",
        "external_dag_id",
        "external_task_group_id",
        "external_task_id",
        "external_task_ids",
        "failed_states",
        "poll_interval",
        "skipped_states",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "external_dag_id"
      ]
    },
    "airflow.sensors.filesystem.FileSensor": {
      parameters: [
        "deferrable",
        "filepath",
        "fs_conn_id",
        "recursive",
        "start_from_trigger",
        "trigger_kwargs",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "filepath"
      ]
    },
    "airflow.sensors.python.PythonSensor": {
      parameters: [
        "op_args",
        "op_kwargs",
        "python_callable",
        "templates_dict",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "python_callable"
      ]
    },
    "airflow.sensors.time_delta.TimeDeltaSensor": {
      parameters: [
        "delta",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "delta"
      ]
    },
    "airflow.sensors.time_delta.TimeDeltaSensorAsync": {
      parameters: [
        "delta",
        "end_from_trigger",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "delta"
      ]
    },
    "airflow.sensors.time_sensor.TimeSensor": {
      parameters: [
        "target_time",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "target_time"
      ]
    },
    "airflow.sensors.time_sensor.TimeSensorAsync": {
      parameters: [
        "end_from_trigger",
        "start_from_trigger",
        "target_time",
        "trigger_kwargs",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "target_time"
      ]
    },
    "airflow.sensors.weekday.DayOfWeekSensor": {
      parameters: [
        "use_task_execution_day",
        "use_task_logical_date",
        "week_day",
        "exponential_backoff",
        "max_wait",
        "mode",
        "never_fail",
        "poke_interval",
        "silent_fail",
        "soft_fail",
        "timeout"
      ],
      required: [
        "week_day"
      ]
    }
  },
  aliases: {
    "airflow.operators.bash_operator.BashOperator": "airflow.operators.bash.BashOperator",
    "airflow.operators.branch_operator.BaseBranchOperator": "airflow.operators.branch.BaseBranchOperator",
    "airflow.operators.dagrun_operator.TriggerDagRunOperator": "airflow.operators.trigger_dagrun.TriggerDagRunOperator",
    "airflow.operators.datetime.BaseBranchOperator": "airflow.operators.branch.BaseBranchOperator",
    "airflow.operators.dummy.DummyOperator": "airflow.operators.empty.EmptyOperator",
    "airflow.operators.dummy.EmptyOperator": "airflow.operators.empty.EmptyOperator",
    "airflow.operators.dummy_operator.DummyOperator": "airflow.operators.empty.EmptyOperator",
    "airflow.operators.dummy_operator.EmptyOperator": "airflow.operators.empty.EmptyOperator",
    "airflow.operators.email_operator.EmailOperator": "airflow.operators.email.EmailOperator",
    "airflow.operators.latest_only.BaseBranchOperator": "airflow.operators.branch.BaseBranchOperator",
    "airflow.operators.latest_only_operator.LatestOnlyOperator": "airflow.operators.latest_only.LatestOnlyOperator",
    "airflow.operators.python_operator.BranchPythonOperator": "airflow.operators.python.BranchPythonOperator",
    "airflow.operators.python_operator.PythonOperator": "airflow.operators.python.PythonOperator",
    "airflow.operators.python_operator.PythonVirtualenvOperator": "airflow.operators.python.PythonVirtualenvOperator",
    "airflow.operators.python_operator.ShortCircuitOperator": "airflow.operators.python.ShortCircuitOperator",
    "airflow.operators.subdag.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.operators.subdag_operator.SubDagOperator": "airflow.operators.subdag.SubDagOperator",
    "airflow.operators.weekday.BaseBranchOperator": "airflow.operators.branch.BaseBranchOperator",
    "airflow.sensors.base_sensor_operator.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.bash.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.date_time.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.date_time_sensor.DateTimeSensor": "airflow.sensors.date_time.DateTimeSensor",
    "airflow.sensors.external_task.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.external_task.EmptyOperator": "airflow.operators.empty.EmptyOperator",
    "airflow.sensors.external_task_sensor.ExternalTaskMarker": "airflow.sensors.external_task.ExternalTaskMarker",
    "airflow.sensors.external_task_sensor.ExternalTaskSensor": "airflow.sensors.external_task.ExternalTaskSensor",
    "airflow.sensors.filesystem.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.python.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.time_delta.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.time_delta_sensor.TimeDeltaSensor": "airflow.sensors.time_delta.TimeDeltaSensor",
    "airflow.sensors.time_sensor.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator",
    "airflow.sensors.weekday.BaseSensorOperator": "airflow.sensors.base.BaseSensorOperator"
  }
};

// src/dags/data/dag-parameters.json
var dag_parameters_default = {
  about: "Keyword parameters of DAG(...) and @dag(...) per Airflow minor version, derived from Airflow's source by scripts/generate-dag-parameters.py. Airflow 3 entries come from the task SDK's attrs class (fields with init=False are not parameters; dag_id is the only positional). Not covered: Airflow 3.0's scheduler-side airflow.models.dag.DAG subclass also takes partial= and last_loaded= (internal fields nobody passes); the 3.0 entry is the 3.1 task-SDK field list without `deadline`, since no 3.0 tag of the file was at hand.",
  removedInAirflow3: {
    schedule_interval: "removed in Airflow 3: pass the same value as schedule=",
    timetable: "removed in Airflow 3: pass the timetable as schedule=",
    concurrency: "removed in Airflow 3: use max_active_tasks=",
    fail_stop: "renamed in Airflow 3: use fail_fast=",
    default_view: "removed in Airflow 3 (the UI chooses the view): delete it",
    orientation: "removed in Airflow 3 (the UI chooses the orientation): delete it",
    full_filepath: "removed in Airflow 3 (it had no effect since 2.0): delete it"
  },
  versions: {
    "2.10": {
      source: "apache/airflow airflow/models/dag.py (DAG.__init__, dag) and airflow/models/baseoperator.py (BaseOperator.__init__) at 2.10.5, read with inspect.signature from an installed Airflow 2.10.5",
      parameters: [
        "dag_id",
        "description",
        "schedule",
        "schedule_interval",
        "timetable",
        "start_date",
        "end_date",
        "full_filepath",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "default_args",
        "concurrency",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "default_view",
        "orientation",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_stop",
        "dag_display_name"
      ],
      positional: 35,
      decoratorParameters: [
        "dag_id",
        "description",
        "schedule",
        "schedule_interval",
        "timetable",
        "start_date",
        "end_date",
        "full_filepath",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "default_args",
        "concurrency",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "default_view",
        "orientation",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_stop",
        "dag_display_name"
      ],
      decoratorPositional: 35,
      taskArguments: [
        "allow_nested_operators",
        "dag",
        "depends_on_past",
        "do_xcom_push",
        "doc",
        "doc_json",
        "doc_rst",
        "doc_yaml",
        "email",
        "email_on_failure",
        "email_on_retry",
        "execution_timeout",
        "executor",
        "executor_config",
        "ignore_first_depends_on_past",
        "inlets",
        "logger_name",
        "map_index_template",
        "max_active_tis_per_dag",
        "max_active_tis_per_dagrun",
        "max_retry_delay",
        "multiple_outputs",
        "on_execute_callback",
        "on_retry_callback",
        "on_skipped_callback",
        "outlets",
        "owner",
        "pool",
        "pool_slots",
        "post_execute",
        "pre_execute",
        "priority_weight",
        "queue",
        "resources",
        "retries",
        "retry_delay",
        "retry_exponential_backoff",
        "run_as_user",
        "sla",
        "task_concurrency",
        "task_display_name",
        "task_group",
        "task_id",
        "trigger_rule",
        "wait_for_downstream",
        "wait_for_past_depends_before_skipping",
        "weight_rule"
      ]
    },
    "3.0": {
      source: "apache/airflow task-sdk/src/airflow/sdk/definitions/dag.py, class DAG (attrs fields without init=False; dag_id is the only positional, _all_after_dag_id_to_kw_only) and dag(dag_id_or_func=None, ..., **decorator_kwargs), read at commit 4483861dc5f21d98b1244d5848a6764dff8cfe6a; 3.0 lacks `deadline` (Deadline Alerts arrived in 3.1, as the class docstring says). Transcribed by hand: scripts/generate-dag-parameters.py airflow3 regenerates it from a checkout",
      parameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      positional: 1,
      decoratorParameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      decoratorPositional: 1,
      taskArguments: [
        "allow_nested_operators",
        "dag",
        "depends_on_past",
        "do_xcom_push",
        "doc",
        "doc_json",
        "doc_rst",
        "doc_yaml",
        "email",
        "email_on_failure",
        "email_on_retry",
        "execution_timeout",
        "executor",
        "executor_config",
        "ignore_first_depends_on_past",
        "inlets",
        "logger_name",
        "map_index_template",
        "max_active_tis_per_dag",
        "max_active_tis_per_dagrun",
        "max_retry_delay",
        "multiple_outputs",
        "on_execute_callback",
        "on_retry_callback",
        "on_skipped_callback",
        "outlets",
        "owner",
        "pool",
        "pool_slots",
        "post_execute",
        "pre_execute",
        "priority_weight",
        "queue",
        "resources",
        "retries",
        "retry_delay",
        "retry_exponential_backoff",
        "run_as_user",
        "sla",
        "task_concurrency",
        "task_display_name",
        "task_group",
        "task_id",
        "trigger_rule",
        "wait_for_downstream",
        "wait_for_past_depends_before_skipping",
        "weight_rule"
      ]
    },
    "3.1": {
      source: "apache/airflow task-sdk/src/airflow/sdk/definitions/dag.py, class DAG (attrs fields without init=False; dag_id is the only positional, _all_after_dag_id_to_kw_only) and dag(dag_id_or_func=None, ..., **decorator_kwargs), read at commit 4483861dc5f21d98b1244d5848a6764dff8cfe6a. Transcribed by hand: scripts/generate-dag-parameters.py airflow3 regenerates it from a checkout",
      parameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "deadline",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      positional: 1,
      decoratorParameters: [
        "dag_id",
        "description",
        "default_args",
        "start_date",
        "end_date",
        "schedule",
        "template_searchpath",
        "template_undefined",
        "user_defined_macros",
        "user_defined_filters",
        "max_active_tasks",
        "max_active_runs",
        "max_consecutive_failed_dag_runs",
        "dagrun_timeout",
        "deadline",
        "sla_miss_callback",
        "catchup",
        "on_success_callback",
        "on_failure_callback",
        "doc_md",
        "params",
        "access_control",
        "is_paused_upon_creation",
        "jinja_environment_kwargs",
        "render_template_as_native_obj",
        "tags",
        "owner_links",
        "auto_register",
        "fail_fast",
        "dag_display_name",
        "task_group",
        "disable_bundle_versioning"
      ],
      decoratorPositional: 1,
      taskArguments: [
        "allow_nested_operators",
        "dag",
        "depends_on_past",
        "do_xcom_push",
        "doc",
        "doc_json",
        "doc_rst",
        "doc_yaml",
        "email",
        "email_on_failure",
        "email_on_retry",
        "execution_timeout",
        "executor",
        "executor_config",
        "ignore_first_depends_on_past",
        "inlets",
        "logger_name",
        "map_index_template",
        "max_active_tis_per_dag",
        "max_active_tis_per_dagrun",
        "max_retry_delay",
        "multiple_outputs",
        "on_execute_callback",
        "on_retry_callback",
        "on_skipped_callback",
        "outlets",
        "owner",
        "pool",
        "pool_slots",
        "post_execute",
        "pre_execute",
        "priority_weight",
        "queue",
        "resources",
        "retries",
        "retry_delay",
        "retry_exponential_backoff",
        "run_as_user",
        "sla",
        "task_concurrency",
        "task_display_name",
        "task_group",
        "task_id",
        "trigger_rule",
        "wait_for_downstream",
        "wait_for_past_depends_before_skipping",
        "weight_rule"
      ]
    }
  }
};

// src/dags/checks-dag-arguments.ts
var DAG_ARGUMENT_CHECKS = [
  {
    id: "dag-argument-unknown",
    defaultLevel: "error",
    description: "A DAG(...) or @dag(...) keyword the project's Airflow version does not take, or too many positional arguments: importing the file fails with TypeError."
  },
  {
    id: "dag-argument-invalid",
    defaultLevel: "error",
    description: 'DAG arguments Airflow rejects when it builds the DAG: a dag_id with characters other than letters, digits, _ . - (or longer than 250), more than one of schedule/schedule_interval/timetable, a schedule without any start_date (Airflow 2.8+ on Airflow 2), an interval schedule that is not positive (timedelta(0)), a number or True/False as the schedule, a start_date/end_date that is a string or a date, a literal of the wrong type (catchup="False", tags="x" or ("x",), max_active_runs=1.0, dagrun_timeout=3600; Airflow 2.10), an unknown default_view or orientation, a tag over 100 characters, owner_links that are no links, params that are no dict, a date or (beside an aware start_date) a string as default_args start_date, default_args every task (or sensor) fails on (Airflow 2): importing the file fails or the DAG is not loaded.'
  }
];
var DAG_ID_PATTERN = /^[\p{L}\p{N}_.-]+$/u;
var DAG_ID_MAX_LENGTH = 250;
var SCHEDULING_ARGUMENTS = ["schedule_interval", "timetable", "schedule"];
var EXPECTED_TYPES = {
  description: "str",
  max_active_tasks: "int",
  max_active_runs: "int",
  max_consecutive_failed_dag_runs: "int",
  dagrun_timeout: "timedelta",
  catchup: "bool",
  doc_md: "str",
  is_paused_upon_creation: "bool",
  render_template_as_native_obj: "bool",
  tags: "list",
  auto_register: "bool",
  fail_stop: "bool",
  dag_display_name: "str"
};
var FIX_FOR_TYPE = {
  bool: "write True or False without quotes",
  int: "write the number without quotes",
  list: 'write a list, e.g. tags=["finance"]',
  timedelta: "write a timedelta, e.g. dagrun_timeout=timedelta(hours=1)",
  str: "write a string"
};
var DEFAULT_VIEWS = ["grid", "graph", "duration", "gantt", "landing_times"];
var ORIENTATIONS = ["LR", "TB", "RL", "BT"];
var TRIGGER_RULES = ["all_success", "all_failed", "all_done", "all_done_setup_success", "one_success", "one_failed", "one_done", "none_failed", "none_failed_or_skipped", "none_skipped", "dummy", "always", "none_failed_min_one_success", "all_skipped"];
var WEIGHT_RULES = ["downstream", "upstream", "absolute"];
var TASK_EXPECTED_TYPES = {
  email_on_retry: "bool",
  email_on_failure: "bool",
  retry_exponential_backoff: "bool",
  depends_on_past: "bool",
  ignore_first_depends_on_past: "bool",
  wait_for_past_depends_before_skipping: "bool",
  wait_for_downstream: "bool",
  priority_weight: "int",
  queue: "str",
  pool: "str",
  pool_slots: "int",
  run_as_user: "str",
  max_active_tis_per_dag: "int",
  max_active_tis_per_dagrun: "int",
  executor: "str",
  do_xcom_push: "bool"
};
function checkDefaultArgValues(dag, dagId, ctx, emit) {
  if (typeof dag.taskCount !== "number" || dag.taskCount < 1 || !dag.defaultArgs) return;
  const typed = ctx.airflowVersion === void 0 || compare(minorOf(ctx.airflowVersion), [2, 10]) >= 0;
  const label = dagId === void 0 ? "the DAG" : `DAG '${dagId}'`;
  for (const entry of dag.defaultArgs) {
    const value = entry.literal;
    if (value === void 0 || entry.setElsewhere) continue;
    if (value === null) {
      if (entry.name === "trigger_rule" && dag.defaultArgsComplete) {
        emit("dag-argument-invalid", {
          ...span(entry),
          dagId,
          message: `${label} has default_args trigger_rule=None, which every task gets: importing the file fails with AirflowException: The trigger_rule must be one of the TriggerRule values`,
          fix: "remove the key (the default is 'all_success') or write a rule such as 'all_success'"
        });
      }
      continue;
    }
    const repr = typeof value === "string" ? `'${value}'` : value === true ? "True" : value === false ? "False" : pythonNumber(value, entry.valueType === "float");
    const problem = taskValueProblem(entry.name, value, { typed, sensor: dag.sensorTask === true, float: entry.valueType === "float" });
    if (!problem) continue;
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${label} has default_args ${entry.name}=${repr}, which every task gets: importing the file fails with ${problem.error}`,
      fix: problem.fix
    });
  }
}
function pythonNumber(value, float) {
  return float && Number.isInteger(value) ? `${value}.0` : String(value);
}
var SENSOR_MODES = ["poke", "reschedule"];
function taskValueProblem(name, value, options) {
  if (name === "execution_timeout") return { error: `ValueError: execution_timeout must be timedelta object`, fix: "write a timedelta, e.g. timedelta(minutes=30)" };
  if (name === "retry_delay" && typeof value === "string") return { error: "TypeError: unsupported type for timedelta seconds component: str", fix: "write a timedelta, e.g. timedelta(minutes=5), or a number of seconds" };
  if (name === "retries" && typeof value === "string" && !/^\s*[+-]?\d+\s*$/.test(value)) return { error: "AirflowException: 'retries' type must be int, not str", fix: "write the number without quotes, e.g. 2" };
  if (name === "trigger_rule" && typeof value === "string" && !TRIGGER_RULES.includes(value)) {
    const near = nearestName(value, TRIGGER_RULES);
    return { error: `AirflowException: The trigger_rule must be one of the TriggerRule values`, fix: near ? `write '${near}'` : `use one of ${TRIGGER_RULES.join(", ")}` };
  }
  if (name === "weight_rule" && typeof value === "string" && !value.includes(".") && !WEIGHT_RULES.includes(value)) {
    return { error: `AirflowException: Unknown priority strategy ${value}`, fix: `use one of ${WEIGHT_RULES.join(", ")}` };
  }
  if (name === "priority_weight" && (typeof value === "string" || options.float)) return { error: "AirflowException: `priority_weight` only accepts integers", fix: FIX_FOR_TYPE.int };
  if ((name === "poke_interval" || name === "timeout") && options.sensor && (typeof value === "string" || typeof value === "number" && value < 0)) {
    return { error: `AirflowException: Operator arg \`${name}\` must be timedelta object or a non-negative number (in its sensor task)`, fix: `write a number of seconds without quotes or a timedelta, e.g. timedelta(minutes=5)` };
  }
  if (name === "mode" && options.sensor && typeof value === "string" && !SENSOR_MODES.includes(value)) {
    const near = nearestName(value, SENSOR_MODES);
    return { error: `AirflowException: The mode must be one of ['poke', 'reschedule'] (in its sensor task)`, fix: near ? `write '${near}'` : "write 'poke' or 'reschedule'" };
  }
  if (name === "pool_slots" && typeof value === "number" && value < 1) return { error: "ValueError: pool slots cannot be less than 1", fix: "use 1 or more" };
  const expected = TASK_EXPECTED_TYPES[name];
  if (options.typed && expected && (wrongType(value, expected) || options.float && expected === "int")) {
    const pythonType = typeof value === "string" ? "str" : typeof value === "boolean" ? "bool" : options.float ? "float" : "int";
    return { error: `TypeError: '${name}' has an invalid type <class '${pythonType}'>, expected type is <class '${expected}'>`, fix: FIX_FOR_TYPE[expected] ?? "" };
  }
  return void 0;
}
var JUDGED_TASK_ARGUMENTS = ["execution_timeout", "retry_delay", "retries", "priority_weight", "poke_interval", "timeout", "mode", "pool_slots", ...Object.keys(TASK_EXPECTED_TYPES)];
function wrongType(literal2, expected) {
  if (expected === "timedelta") return true;
  switch (expected) {
    case "str":
      return typeof literal2 !== "string";
    case "int":
      return typeof literal2 === "string";
    case "bool":
      return typeof literal2 !== "boolean";
    case "list":
      return !!literal2;
    default:
      return true;
  }
}
function checkScheduledParams(dag, dagId, ctx, emit) {
  if (!dag.invalidParams?.length) return;
  const args = dag.arguments ?? [];
  if (args.some((a) => a.name === "**" || a.name === "*" || /^#[1-9]/.test(a.name))) return;
  if (dag.defaultArgs?.some((a) => a.name === "params") || args.some((a) => a.name === "default_args") && !dag.defaultArgsComplete) return;
  const scheduling = args.filter((a) => SCHEDULING_ARGUMENTS.includes(a.name));
  const scheduled = scheduling.length === 0 ? ctx.airflowMajor === 2 : typeof dag.schedule === "string" || scheduling.some((a) => a.valueType === "list");
  if (!scheduled) return;
  for (const param of dag.invalidParams) {
    emit("dag-argument-invalid", {
      line: param.line,
      column: param.column,
      endLine: param.endLine,
      endColumn: param.endColumn,
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} can be scheduled and its param '${param.name}' ${param.reason}: importing the file fails with AirflowException: DAG is not allowed to define a Schedule, if there are any required params without default values or default values are not valid.`,
      fix: 'give the Param a default its type accepts (Param(10, type="integer")), or set schedule=None for a DAG only triggered by hand'
    });
  }
}
function checkDagConstruction(dag, ctx, emit) {
  if (!CHECKED_DEFINITIONS.has(dag.definedBy)) return;
  const args = dag.arguments ?? [];
  const dagId = isUnknown(dag.dagId) ? void 0 : dag.dagId;
  const idArgument = args.find((a) => a.name === "dag_id") ?? args.find((a) => a.name === "#0");
  if (dagId !== void 0) {
    const at = idArgument ? span(idArgument) : { line: dag.line };
    if (dagId.length > DAG_ID_MAX_LENGTH) {
      emit("dag-argument-invalid", { ...at, dagId, message: `dag_id is ${dagId.length} characters long: importing the file fails with AirflowException: The key has to be less than ${DAG_ID_MAX_LENGTH} characters`, fix: "shorten the dag_id" });
    } else if (!DAG_ID_PATTERN.test(dagId)) {
      emit("dag-argument-invalid", {
        ...at,
        dagId,
        message: `dag_id '${dagId}' is not a valid key: importing the file fails with AirflowException: The key '${dagId}' has to be made of alphanumeric characters, dashes, dots and underscores exclusively`,
        fix: `use only letters, digits, '_', '.' and '-', e.g. '${dagId.replace(/[^\p{L}\p{N}_.-]+/gu, "_").replace(/^_+|_+$/g, "") || "my_dag"}'`
      });
    }
  }
  if (ctx.airflowVersion !== void 0 && /^2\.10(\.|$)/.test(ctx.airflowVersion)) {
    for (const argument of args.filter((a) => a.timetableTypeError !== void 0)) {
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= a timetable called with arguments it does not take: importing the file fails with TypeError: ${argument.timetableTypeError}`,
        fix: /timezone/.test(argument.timetableTypeError) ? 'pass the time zone by keyword, e.g. CronTriggerTimetable("0 6 * * *", timezone="UTC")' : /unexpected keyword argument 'run_immediately'/.test(argument.timetableTypeError) ? "remove run_immediately (Airflow 2.11 and 3 take it; 2.10 does not)" : "call the timetable as Airflow 2.10 defines it (airflow/timetables/)"
      });
    }
  }
  for (const argument of args.filter((a) => a.name === "schedule" && a.literalItem !== void 0)) {
    const what = ctx.airflowMajor === 2 ? "datasets or dataset aliases" : "assets or asset aliases";
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has schedule= a collection holding a ${argument.literalItem}: importing the file fails with ValueError: All elements in 'schedule' should be ${what}`,
      fix: ctx.airflowMajor === 2 ? 'list Dataset objects (schedule=[Dataset("s3://bucket/key")]), or write one cron string or preset (schedule="@daily") for a time schedule' : 'list Asset objects (schedule=[Asset("s3://bucket/key")]), or write one cron string or preset (schedule="@daily") for a time schedule'
    });
  }
  if (ctx.airflowMajor !== 2) return;
  for (const argument of args.filter((a) => a.notDatetime && (a.name === "start_date" || a.name === "end_date"))) {
    const kind = argument.notDatetime === "str" ? "a string" : "a date without a time";
    const attribute = argument.name === "start_date" ? "tzinfo" : "utcoffset";
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= ${kind}: importing the file fails with AttributeError (${argument.notDatetime === "str" ? "'str'" : "a date"} object has no attribute '${attribute}')`,
      fix: `pass a datetime, e.g. ${argument.name}=pendulum.datetime(2024, 1, 1, tz="UTC")`
    });
  }
  const awareStart = args.some((a) => a.name === "start_date" && a.tzAware);
  for (const entry of dag.defaultArgsComplete ? dag.defaultArgs ?? [] : []) {
    if (!entry.notDatetime || entry.name !== "start_date" && entry.name !== "end_date") continue;
    if (entry.notDatetime === "str" && !(entry.name === "start_date" && awareStart)) continue;
    const error = entry.notDatetime === "str" ? "AttributeError: 'str' object has no attribute 'utcoffset' (with a start_date argument, DAG() does not parse the one in default_args)" : entry.name === "start_date" && !awareStart ? "TypeError: expected string or bytes-like object (DAG() parses a start_date in default_args that is no datetime as a string)" : "AttributeError: 'datetime.date' object has no attribute 'utcoffset'";
    emit("dag-argument-invalid", {
      ...span(entry),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has default_args ${entry.name}= ${entry.notDatetime === "str" ? "a string" : "a date without a time"}: importing the file fails with ${error}`,
      fix: `pass a datetime, e.g. "${entry.name}": pendulum.datetime(2024, 1, 1, tz="UTC"), or set it only once, as the DAG's ${entry.name}=`
    });
  }
  const longTag = Array.isArray(dag.tags) ? dag.tags.find((t) => t.length > 100) : void 0;
  const tagsArgument = args.find((a) => a.name === "tags");
  if (longTag !== void 0 && tagsArgument) {
    emit("dag-argument-invalid", {
      ...span(tagsArgument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has a tag of ${longTag.length} characters: importing the file fails with AirflowException: tag cannot be longer than 100 characters`,
      fix: "shorten the tag to 100 characters or fewer"
    });
  }
  for (const argument of args.filter((a) => a.name === "params" || a.name === "default_args")) {
    const type = argument.valueType === "list" || argument.valueType === "tuple" || argument.valueType === "set" ? argument.valueType : typeof argument.literal === "string" && argument.literal !== "" ? "str" : typeof argument.literal === "number" && argument.literal !== 0 || argument.literal === true ? typeof argument.literal === "number" ? "int" : "bool" : void 0;
    if (!type) continue;
    if (argument.name === "default_args") {
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has default_args= a ${type}: importing the file fails with TypeError: default_args must be a dict`,
        fix: 'pass a dict, e.g. default_args={"owner": "data", "retries": 2}'
      });
      continue;
    }
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has params= a ${type}: importing the file fails with AttributeError: '${type}' object has no attribute 'items'`,
      fix: 'pass a dict, e.g. params={"limit": Param(10, type="integer")}'
    });
  }
  for (const argument of args.filter((a) => a.name === "owner_links" && a.badLink !== void 0)) {
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has owner_links with '${argument.badLink}', which is no link: importing the file fails with AirflowException: Wrong link format was used for the owner`,
      fix: 'write a full URL ("https://team.example.com/data") or a mailto: link ("mailto:data@example.com")'
    });
  }
  if (ctx.airflowVersion === void 0 || compare(minorOf(ctx.airflowVersion), [2, 10]) >= 0) {
    for (const argument of args) {
      const expected = EXPECTED_TYPES[argument.name];
      if (!expected) continue;
      if (argument.valueType !== void 0 && argument.valueType !== expected && !(expected === "list" && argument.valueType === "float")) {
        emit("dag-argument-invalid", {
          ...span(argument),
          dagId,
          message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= a ${argument.valueType}: importing the file fails with TypeError: '${argument.name}' has an invalid type <class '${argument.valueType}'>, expected type is <class '${expected === "timedelta" ? "datetime.timedelta" : expected}'>`,
          fix: FIX_FOR_TYPE[expected] ?? `pass a ${expected}`
        });
        continue;
      }
      if (argument.literal === void 0 || argument.literal === null || !wrongType(argument.literal, expected)) continue;
      const pythonType = typeof argument.literal === "string" ? "str" : typeof argument.literal === "boolean" ? "bool" : "int";
      emit("dag-argument-invalid", {
        ...span(argument),
        dagId,
        message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}= ${pythonType === "int" ? "an" : "a"} ${pythonType}: importing the file fails with TypeError: '${argument.name}' has an invalid type <class '${pythonType}'>, expected type is <class '${expected === "timedelta" ? "datetime.timedelta" : expected}'>`,
        fix: FIX_FOR_TYPE[expected] ?? `pass a ${expected}`
      });
    }
  }
  checkDefaultArgValues(dag, dagId, ctx, emit);
  checkScheduledParams(dag, dagId, ctx, emit);
  for (const argument of args.filter((a) => (a.name === "default_view" || a.name === "orientation") && a.literal !== void 0)) {
    const presets = argument.name === "default_view" ? DEFAULT_VIEWS : ORIENTATIONS;
    const value = argument.literal;
    if (typeof value === "string" && presets.includes(value) || argument.name === "default_view" && value === "tree") continue;
    const repr = typeof value === "string" ? `'${value}'` : value === null ? "None" : value === true ? "True" : value === false ? "False" : String(value);
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}=${repr}: importing the file fails with AirflowException (Airflow takes only ${presets.join(", ")})`,
      fix: `use one of ${presets.map((p) => `'${p}'`).join(", ")}`
    });
  }
  for (const interval of args.filter((a) => a.notPositiveInterval && (a.name === "schedule" || a.name === "schedule_interval"))) {
    emit("dag-argument-invalid", {
      ...span(interval),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${interval.name}= an interval that is not positive: Airflow does not load the DAG (AirflowTimetableInvalid: schedule interval must be positive)`,
      fix: "use a positive interval, e.g. timedelta(hours=1), or schedule=None for a DAG only triggered by hand"
    });
  }
  for (const argument of args.filter((a) => SCHEDULING_ARGUMENTS.includes(a.name) && (typeof a.literal === "number" || typeof a.literal === "boolean"))) {
    const repr = argument.literal === true ? "True" : argument.literal === false ? "False" : String(argument.literal);
    emit("dag-argument-invalid", {
      ...span(argument),
      dagId,
      message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${argument.name}=${repr}: importing the file fails with ValueError: ${repr} is not a valid schedule_interval.`,
      fix: 'write the schedule as a cron string ("0 * * * *"), a preset ("@hourly"), a timedelta (timedelta(hours=1)), or None for a DAG only triggered by hand'
    });
    return;
  }
  if (args.some((a) => a.name === "*" || /^#\d+$/.test(a.name) && a.name !== "#0")) return;
  const scheduling = SCHEDULING_ARGUMENTS.map((name) => args.find((a) => a.name === name)).filter((a) => a !== void 0);
  const set = scheduling.filter((a) => a.truthy === true).sort((a, b) => a.line - b.line || a.column - b.column);
  if (set.length > 1) {
    const second = set[1];
    emit("dag-argument-invalid", {
      ...span(second),
      dagId,
      message: `${set.map((a) => `${a.name}=`).join(" and ")} are both given: importing the file fails with ValueError: At most one allowed for args 'schedule_interval', 'timetable', and 'schedule'.`,
      fix: "keep only schedule= (schedule_interval and timetable are its deprecated forms)"
    });
    return;
  }
  if (set.length === 0 || args.some((a) => a.name === "**") || ctx.airflowVersion !== void 0 && compare(minorOf(ctx.airflowVersion), [2, 8]) < 0) return;
  const startDate = args.find((a) => a.name === "start_date");
  if (startDate && startDate.truthy !== false) return;
  if (args.some((a) => a.name === "default_args")) {
    if (!dag.defaultArgsComplete || dag.defaultArgs?.some((a) => a.name === "start_date")) return;
  }
  const scheduleArgument = set[0];
  emit("dag-argument-invalid", {
    ...span(startDate ?? scheduleArgument),
    dagId,
    message: `${dagId === void 0 ? "the DAG" : `DAG '${dagId}'`} has ${scheduleArgument.name}= but no start_date (neither an argument nor in default_args): importing the file fails with ValueError: DAG is missing the start_date parameter`,
    fix: 'add a fixed start_date, e.g. start_date=pendulum.datetime(2024, 1, 1, tz="UTC"), or set schedule=None for a DAG only triggered by hand'
  });
}
var VERSIONS = dag_parameters_default.versions;
var REMOVED_IN_AIRFLOW_3 = dag_parameters_default.removedInAirflow3;
var NOT_FOR_DEFAULT_ARGS = /* @__PURE__ */ new Set(["task_id", "dag", "task_group"]);
var CHECKED_DEFINITIONS = /* @__PURE__ */ new Set(["DAG()", "with DAG()", "@dag"]);
var minorOf = (version) => version.split(".").slice(0, 2).map((p) => Number.parseInt(p, 10) || 0);
var compare = (a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0);
function dagSignatureFor(airflowVersion, airflowMajor) {
  const known = Object.keys(VERSIONS).filter((v) => minorOf(v)[0] === airflowMajor).sort((a, b) => compare(minorOf(a), minorOf(b)));
  const newest = known[known.length - 1];
  if (!airflowVersion) return { minor: newest, signature: VERSIONS[newest], exact: true };
  const wanted = minorOf(airflowVersion);
  const atOrAbove = known.find((v) => compare(minorOf(v), wanted) >= 0);
  const minor = atOrAbove ?? newest;
  return { minor, signature: VERSIONS[minor], exact: atOrAbove !== void 0 };
}
function nearestParameter(name, parameters) {
  return nearestName(name, parameters);
}
function fixFor(name, signature, airflowMajor, parameters) {
  if (airflowMajor === 3 && REMOVED_IN_AIRFLOW_3[name]) return `\`${name}\` was ${REMOVED_IN_AIRFLOW_3[name]}`;
  if (signature.taskArguments?.includes(name) && !NOT_FOR_DEFAULT_ARGS.has(name)) {
    return `\`${name}\` is a task argument, not a DAG argument: put it in default_args (default_args={"${name}": ...}), which every task of the DAG receives`;
  }
  const elsewhere = Object.entries(VERSIONS).find(([minor, s]) => minorOf(minor)[0] !== airflowMajor && s.parameters.includes(name));
  if (airflowMajor === 2 && name === "fail_fast") return "`fail_fast` is Airflow 3's name: on Airflow 2 write fail_stop=";
  if (elsewhere) return `\`${name}\` is a DAG argument of Airflow ${elsewhere[0]}, not of this project's Airflow ${airflowMajor}: remove it`;
  const nearest = nearestParameter(name, parameters);
  return nearest ? `did you mean \`${nearest}\`?` : `remove it (DAG takes: ${parameters.join(", ")})`;
}
var span = (a) => ({ line: a.line, column: a.column, endLine: a.endLine, endColumn: a.endColumn });
function checkDagArguments(dag, ctx, emit) {
  const args = dag.arguments;
  if (!args || !CHECKED_DEFINITIONS.has(dag.definedBy)) return;
  const { minor, signature, exact } = dagSignatureFor(ctx.airflowVersion, ctx.airflowMajor);
  const decorator = dag.definedBy === "@dag";
  const parameters = decorator ? signature.decoratorParameters : signature.parameters;
  const maxPositional = decorator ? signature.decoratorPositional : signature.positional;
  const callee = decorator ? ctx.airflowMajor === 2 ? "dag()" : "DAG.__init__()" : "DAG.__init__()";
  const written = decorator ? "@dag(...)" : "DAG(...)";
  const dagId = isUnknown(dag.dagId) ? void 0 : dag.dagId;
  const severity = exact ? void 0 : "warning";
  const dataNote = exact ? "" : ` (checked against Airflow ${minor}'s parameters, the newest astro-ci knows)`;
  const positionals = args.filter((a) => /^#\d+$/.test(a.name));
  if (!args.some((a) => a.name === "*") && positionals.length > maxPositional) {
    const extra = positionals[maxPositional];
    emit(
      "dag-argument-unknown",
      {
        ...span(extra),
        dagId,
        message: `${written} takes ${maxPositional === 1 ? "only dag_id" : `at most ${maxPositional}`} positionally in Airflow ${minor}, here ${positionals.length} are given: importing the file fails with TypeError${dataNote}`,
        fix: "pass the other arguments by keyword (schedule=..., start_date=...)"
      },
      severity
    );
  }
  positionals.slice(0, maxPositional).forEach((p, i) => {
    const parameter = parameters[i];
    const keyword = parameter === void 0 ? void 0 : args.find((a) => a.name === parameter);
    if (keyword) {
      emit(
        "dag-argument-unknown",
        { ...span(keyword), dagId, message: `${written} gets ${parameter} both positionally and as ${parameter}=: importing the file fails with TypeError: ${callee} got multiple values for argument '${parameter}'`, fix: `keep only ${parameter}=` },
        severity
      );
    }
  });
  for (const argument of args) {
    const name = argument.name;
    if (name.startsWith("#") || name === "*" || name === "**" || parameters.includes(name)) continue;
    emit(
      "dag-argument-unknown",
      {
        ...span(argument),
        dagId,
        message: `${written} does not take ${name}= in Airflow ${minor}: importing the file fails with TypeError: ${callee} got an unexpected keyword argument '${name}'${dataNote}`,
        fix: fixFor(name, signature, ctx.airflowMajor, parameters)
      },
      severity
    );
  }
}

// src/dags/operator-data.ts
var CLASSES = operator_signatures_default.classes;
var ALIASES = operator_signatures_default.aliases;
var BASE_OPERATOR = operator_signatures_default.baseOperator;
var BASE_OPERATOR_SET = new Set(BASE_OPERATOR);
var DATA_MINOR = operator_signatures_default.airflow.split(".").slice(0, 2).join(".");
var TRIGGER_RULE_MEMBERS = [...TRIGGER_RULES.map((rule) => rule.toUpperCase()), "is_valid", "all_triggers"];
function operatorClassFor(resolved) {
  if (!resolved.startsWith("airflow.")) return void 0;
  if (Object.hasOwn(CLASSES, resolved)) return resolved;
  return Object.hasOwn(ALIASES, resolved) ? ALIASES[resolved] : void 0;
}
function acceptsKeyword(operator, name) {
  return BASE_OPERATOR_SET.has(name) || (CLASSES[operator]?.parameters.includes(name) ?? false);
}
function isTriggerRuleMember(name) {
  return !/^[A-Z][A-Z0-9_]*$/.test(name) || TRIGGER_RULE_MEMBERS.includes(name);
}
function requiredArgumentsOf(operator) {
  return CLASSES[operator]?.required ?? [];
}

// src/dags/early-reads.ts
var ALWAYS_BOUND = new Set(
  "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError PythonFinalizationError RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning ZeroDivisionError _IncompleteInputError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__ abs aiter all anext any ascii bin bool breakpoint bytearray bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass iter len license list locals map max memoryview min next object oct open ord pow print property quit range repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip __file__ __cached__ __builtins__ __annotations__ __path__".split(" ")
);
var SIMPLE_STATEMENTS = /* @__PURE__ */ new Set(["expression_statement", "assignment", "augmented_assignment", "return_statement", "pass_statement", "assert_statement", "comment"]);
var RUNS_PARTS_ONCE = /* @__PURE__ */ new Set([
  "expression_statement",
  "assignment",
  "augmented_assignment",
  "call",
  "argument_list",
  "keyword_argument",
  "parenthesized_expression",
  "list",
  "tuple",
  "set",
  "dictionary",
  "pair",
  "expression_list",
  "attribute",
  "binary_operator"
]);
var SEE_THROUGH = /* @__PURE__ */ new Set([...RUNS_PARTS_ONCE, "subscript"]);
function earlyReads(root, source) {
  const statements = root.namedChildren.filter((c) => c.type !== "comment");
  const definitions = /* @__PURE__ */ new Map();
  for (const statement of statements) {
    if (statement.type !== "function_definition" && statement.type !== "decorated_definition") continue;
    const name = DEF_NAME.exec(statement.text)?.[1];
    if (name) definitions.set(name, definitions.has(name) ? null : statement);
  }
  const firstBinding = /* @__PURE__ */ new Map();
  const declaredGlobal = /* @__PURE__ */ new Set();
  const reboundFunctions = /* @__PURE__ */ new Set();
  const bind = (name, at) => {
    const known = firstBinding.get(name);
    if (!known || at.endIndex < known.endIndex) firstBinding.set(name, at);
    if (definitions.has(name) && definitions.get(name) !== at) reboundFunctions.add(name);
  };
  const resolved = /* @__PURE__ */ new Map();
  const functions = {
    has: (name) => definitions.has(name),
    keys: () => definitions.keys(),
    size: definitions.size,
    /** The definition a call runs: undefined when not a module function, null when not followed. */
    get(name) {
      const statement = definitions.get(name);
      if (statement === void 0 || statement === null) return statement;
      let definition = resolved.get(statement);
      if (definition === void 0) {
        const found2 = definitionOf(statement);
        definition = found2 && runsWhenCalled(statement) && found2.childForFieldName("name")?.text === name ? found2 : null;
        resolved.set(statement, definition);
      }
      return definition;
    },
    set(name, value) {
      definitions.set(name, value);
    }
  };
  if (functions.size === 0) return [];
  const callable = mentionsAny([...functions.keys()]);
  const calls = statements.filter((statement) => !definitionOf(statement) && callable(statement.text)).flatMap((statement) => certainCalls(statement)).filter((call) => {
    const callee = call.childForFieldName("function");
    return callee?.type === "identifier" && functions.has(callee.text);
  });
  if (calls.length === 0) return [];
  const pending = [];
  for (const call of calls) {
    const visited = /* @__PURE__ */ new Set();
    const visit = (name, path) => {
      const definition = functions.get(name);
      if (!definition || visited.has(name) || path.length > 4) return;
      visited.add(name);
      const keep = (read) => read.kind === "call" ? functions.get(read.node.text) != null : !ALWAYS_BOUND.has(read.node.text) && after.includes(read.node.text);
      for (const read of straightLineReads(definition, keep)) {
        if (read.kind === "call") visit(read.node.text, [...path, name]);
        else pending.push({ call, read: read.node, function: name, path: [...path, name] });
      }
    };
    let statement = call;
    while (statement.parent && statement.parent.type !== "module" && statement.parent.type !== "block") statement = statement.parent;
    const after = source.slice(statement.startIndex);
    visit(call.childForFieldName("function").text, []);
  }
  if (pending.length === 0) return [];
  const mentioned = mentionsAny([...new Set(pending.flatMap((p) => [p.read.text, ...p.path]))]);
  collectModuleBindings(root, bind, declaredGlobal, functions, mentioned);
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { call, read, function: name, path } of pending) {
    const bound = firstBinding.get(read.text);
    const boundFirst = bound !== void 0 && (bound.endIndex <= call.startIndex || bound.startIndex >= call.startIndex && bound.endIndex <= call.endIndex);
    if (!bound || boundFirst || declaredGlobal.has(read.text) || seen.has(read.startIndex)) continue;
    if (path.some((f) => reboundFunctions.has(f) || declaredGlobal.has(f))) continue;
    if (path.some((f) => functions.get(f) === null)) continue;
    seen.add(read.startIndex);
    found.push({
      name: read.text,
      function: name,
      callLine: call.startPosition.row + 1,
      boundLine: bound.startPosition.row + 1,
      line: read.startPosition.row + 1,
      column: read.startPosition.column + 1,
      endLine: read.endPosition.row + 1,
      endColumn: read.endPosition.column + 1
    });
  }
  return found;
}
function mentionsAny(names) {
  return (text) => names.some((name) => text.includes(name));
}
var DEF_NAME = /\bdef\s+([\p{L}_][\p{L}\p{N}_]*)\s*[([]/u;
function definitionOf(statement) {
  if (statement.type === "function_definition") return statement;
  if (statement.type === "decorated_definition") {
    const inner = statement.childForFieldName("definition");
    return inner?.type === "function_definition" ? inner : void 0;
  }
  return void 0;
}
function runsWhenCalled(statement) {
  if (statement.type === "function_definition") return !/^\s*async\b/.test(statement.text);
  const decorators = statement.namedChildren.filter((c) => c.type === "decorator");
  const definition = statement.childForFieldName("definition");
  if (!definition || /^\s*async\b/.test(definition.text)) return false;
  return decorators.every((d) => /^@\s*(\w+\.)*dag\s*(\(|$)/.test(d.text.trim()));
}
function collectModuleBindings(node, bind, declaredGlobal, functions, mentioned) {
  for (const child of node.namedChildren) {
    if (!mentioned(child.text)) continue;
    switch (child.type) {
      case "function_definition":
      case "class_definition": {
        const name = child.childForFieldName("name");
        if (name) bind(name.text, child);
        markGlobals(child, declaredGlobal);
        if (node.type !== "module") {
          if (name && child.type === "function_definition") functions.set(name.text, null);
        }
        continue;
      }
      case "decorated_definition": {
        const definition = child.childForFieldName("definition");
        const name = definition?.childForFieldName("name");
        if (name) bind(name.text, child);
        if (definition) markGlobals(definition, declaredGlobal);
        if (node.type !== "module" && name) functions.set(name.text, null);
        continue;
      }
      case "import_statement":
      case "import_from_statement":
      case "future_import_statement":
        for (const name of importedNames(child)) bind(name, child);
        continue;
      case "lambda":
        continue;
      default:
        break;
    }
    if (bindsOwnNames(child, bind, { annotationBinds: false })) continue;
    collectModuleBindings(child, bind, declaredGlobal, functions, mentioned);
  }
}
function markGlobals(scope, declaredGlobal) {
  if (!/\bglobal\s/.test(scope.text)) return;
  for (const statement of globalStatements(scope)) {
    for (const name of statement.namedChildren) if (name.type === "identifier") declaredGlobal.add(name.text);
  }
}
function globalStatements(node) {
  const out = [];
  const walk = (n) => {
    for (const child of n.namedChildren) {
      if (child.type === "global_statement") out.push(child);
      else walk(child);
    }
  };
  walk(node);
  return out;
}
function importedNames(statement) {
  const names = [];
  for (const child of statement.namedChildren) {
    if (child === statement.childForFieldName("module_name")) continue;
    if (child.type === "aliased_import") {
      const alias = child.childForFieldName("alias");
      if (alias) names.push(alias.text);
    } else if (child.type === "dotted_name") {
      const first = child.namedChildren[0];
      if (first) names.push(first.text);
    }
  }
  return names;
}
function bindsOwnNames(node, bind, options) {
  switch (node.type) {
    case "case_pattern":
      bindEveryName(node, node, bind);
      return true;
    case "assignment":
      if (options.annotationBinds || node.childForFieldName("right") !== null) bindTargets(node.childForFieldName("left"), node, bind);
      return false;
    case "augmented_assignment":
    case "for_statement":
      bindTargets(node.childForFieldName("left"), node, bind);
      return false;
    case "named_expression":
      bindTargets(node.childForFieldName("name"), node, bind);
      return false;
    case "as_pattern":
      bindTargets(node.childForFieldName("alias"), node, bind);
      return false;
    case "except_clause":
      for (const part of node.namedChildren) if (part.type === "as_pattern") bindTargets(part.childForFieldName("alias"), node, bind);
      return false;
    default:
      return false;
  }
}
function bindEveryName(node, at, bind) {
  for (const child of node.namedChildren) {
    if (child.type === "identifier") bind(child.text, at);
    else bindEveryName(child, at, bind);
  }
}
function bindTargets(target, at, bind) {
  if (!target) return;
  if (target.type === "identifier") bind(target.text, at);
  else if (/^(pattern_list|tuple_pattern|list_pattern|expression_list|tuple|list|parenthesized_expression|list_splat_pattern|as_pattern_target)$/.test(target.type)) {
    for (const part of target.namedChildren) bindTargets(part, at, bind);
  }
}
function certainCalls(statement) {
  if (statement.type !== "expression_statement" && statement.type !== "assignment" && statement.type !== "augmented_assignment") {
    if (statement.type !== "with_statement") return [];
  }
  const calls = [];
  const walk = (node) => {
    for (const child of node.namedChildren) {
      if (child.type === "block") continue;
      if (child.type === "call") calls.push(child);
      if (SEE_THROUGH.has(child.type) || child.type === "with_clause" || child.type === "with_item") walk(child);
    }
  };
  walk(statement);
  if (statement.type === "with_statement" && enteredItems(statement).every((item) => item.type === "identifier" || item.type === "call" && DAG_CONTEXT.test(item.childForFieldName("function")?.text ?? ""))) {
    const body = statement.childForFieldName("body");
    for (const inner of body?.namedChildren ?? []) {
      if (!SIMPLE_STATEMENTS.has(inner.type) && inner.type !== "with_statement") break;
      calls.push(...certainCalls(inner));
    }
  }
  return calls;
}
var DAG_CONTEXT = /(^|\.)(\w*DAG|\w*Dag|TaskGroup)$/;
function enteredItems(statement) {
  const clause = statement.namedChildren.find((c) => c.type === "with_clause");
  return (clause?.namedChildren ?? []).filter((item) => item.type === "with_item").map((item) => {
    const value = item.childForFieldName("value") ?? item.namedChildren[0];
    return value?.type === "as_pattern" ? value.namedChildren[0] ?? value : value ?? item;
  });
}
function straightLineReads(definition, keep) {
  const body = definition.childForFieldName("body");
  if (!body) return [];
  if (/\byield\b/.test(body.text)) return [];
  const none = /* @__PURE__ */ new Set();
  const reads = [];
  for (const statement of body.namedChildren) {
    if (statement.type === "function_definition" || statement.type === "decorated_definition") {
      const nested = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
      if (nested?.type !== "function_definition") break;
      for (const decorator of statement.type === "decorated_definition" ? statement.namedChildren : []) if (decorator.type === "decorator") collectReads(decorator, none, reads);
      for (const parameter of nested.childForFieldName("parameters")?.namedChildren ?? []) {
        const value = parameter.childForFieldName("value");
        if (value && (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter")) collectReads(value, none, reads, true);
      }
      continue;
    }
    if (!SIMPLE_STATEMENTS.has(statement.type)) {
      const head = statement.type === "for_statement" ? statement.childForFieldName("right") : /^(if|while)_statement$/.test(statement.type) ? statement.childForFieldName("condition") : statement.type === "with_statement" ? statement.namedChildren.find((c) => c.type === "with_clause") ?? null : null;
      if (head) collectReads(head, none, reads, true);
      break;
    }
    if (statement.type === "assert_statement") {
      const condition = statement.namedChildren.find((c) => c.type !== "comment");
      if (condition) collectReads(condition, none, reads, true);
      continue;
    }
    collectReads(statement, none, reads);
    if (statement.type === "return_statement") break;
  }
  const kept = reads.filter(keep);
  if (kept.length === 0) return kept;
  const locals = localNames(definition);
  return kept.filter((read) => !locals.has(read.node.text));
}
var localsOf = /* @__PURE__ */ new WeakMap();
function localNames(definition) {
  let locals = localsOf.get(definition);
  if (!locals) localsOf.set(definition, locals = collectLocalNames(definition));
  return locals;
}
function collectLocalNames(definition) {
  const locals = /* @__PURE__ */ new Set();
  const parameters = definition.childForFieldName("parameters");
  const nameOf = (parameter) => {
    if (parameter.type === "identifier") return parameter;
    if (parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern") return parameter.namedChildren.find((c) => c.type === "identifier") ?? null;
    if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter") return parameter.childForFieldName("name");
    if (parameter.type === "typed_parameter") {
      const first = parameter.namedChildren[0];
      return first ? nameOf(first) : null;
    }
    return null;
  };
  for (const parameter of parameters?.namedChildren ?? []) {
    const name = nameOf(parameter);
    if (name?.type === "identifier") locals.add(name.text);
  }
  const globals = /* @__PURE__ */ new Set();
  const walk = (node) => {
    for (const child of node.namedChildren) {
      switch (child.type) {
        case "function_definition":
        case "class_definition": {
          const name = child.childForFieldName("name");
          if (name) locals.add(name.text);
          continue;
        }
        case "lambda":
          continue;
        case "global_statement":
        case "nonlocal_statement":
          for (const name of child.namedChildren) if (name.type === "identifier") (child.type === "global_statement" ? globals : locals).add(name.text);
          continue;
        case "import_statement":
        case "import_from_statement":
          for (const name of importedNames(child)) locals.add(name);
          continue;
        default:
          break;
      }
      if (bindsOwnNames(child, (name) => locals.add(name), { annotationBinds: true })) continue;
      walk(child);
    }
  };
  const body = definition.childForFieldName("body");
  if (body) walk(body);
  for (const name of globals) locals.delete(name);
  return locals;
}
function collectReads(node, locals, reads, self = false) {
  const children = self ? [node] : node.namedChildren;
  const parentOf = (child) => self ? child.parent ?? child : node;
  for (const child of children) {
    switch (child.type) {
      case "lambda":
      case "list_comprehension":
      case "set_comprehension":
      case "dictionary_comprehension":
      case "generator_expression":
      case "type":
      case "function_definition":
      case "class_definition":
      case "conditional_expression":
      case "boolean_operator":
      case "comparison_operator":
        continue;
      case "identifier": {
        const parent = parentOf(child);
        if (!isLoad(child, parent) || locals.has(child.text)) continue;
        const isCallee = parent.type === "call" && parent.childForFieldName("function")?.id === child.id;
        reads.push({ kind: "read", node: child });
        if (isCallee) reads.push({ kind: "call", node: child });
        continue;
      }
      default:
        collectReads(child, locals, reads);
    }
  }
}
function isLoad(identifier, parent) {
  const is = (field) => parent.childForFieldName(field)?.id === identifier.id;
  switch (parent.type) {
    case "attribute":
      return !is("attribute");
    case "keyword_argument":
      return !is("name");
    case "assignment":
    case "augmented_assignment":
      return !is("left");
    case "named_expression":
      return !is("name");
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "global_statement":
    case "nonlocal_statement":
    case "dotted_name":
    case "aliased_import":
    case "import_statement":
    case "import_from_statement":
    case "as_pattern":
      return false;
    default:
      return true;
  }
}

// src/dags/type-checking-reads.ts
var TYPE_CHECKING_CONDITION = /^(typing\s*\.\s*)?TYPE_CHECKING$/;
function typeCheckingReads(module, root, source, notRunAtImport) {
  const imported = /* @__PURE__ */ new Map();
  const blocks = [];
  for (const statement of module.namedChildren) {
    if (statement.type !== "if_statement") continue;
    const condition = statement.childForFieldName("condition");
    const consequence = statement.childForFieldName("consequence");
    if (!condition || !consequence || !TYPE_CHECKING_CONDITION.test(condition.text.replace(/\s+/g, ""))) continue;
    blocks.push([consequence.startIndex, consequence.endIndex]);
    for (const child of consequence.namedChildren) {
      if (child.type !== "import_statement" && child.type !== "import_from_statement") continue;
      for (const name of importedNames(child)) imported.set(name, imported.has(name) ? -1 : child.startPosition.row + 1);
    }
  }
  if (imported.size === 0) return [];
  let rest = source;
  for (const [start, end] of blocks.reverse()) rest = rest.slice(0, start) + " ".repeat(end - start) + rest.slice(end);
  for (const name of [...imported.keys()]) {
    if (imported.get(name) === -1 || bindsElsewhere(rest, name)) imported.delete(name);
  }
  if (imported.size === 0) return [];
  const runsLater = (line, column) => {
    for (let i = 0; i + 3 < notRunAtImport.length; i += 4) {
      const [l, c, el, ec] = [notRunAtImport[i], notRunAtImport[i + 1], notRunAtImport[i + 2], notRunAtImport[i + 3]];
      if ((line > l || line === l && column >= c) && (line < el || line === el && column < ec)) return true;
    }
    return false;
  };
  const found = [];
  for (const annotation of root.descendantsOfType("type")) {
    if (!annotation) continue;
    if (/^(string|concatenated_string)$/.test(annotation.firstNamedChild?.type ?? "") || localVariableAnnotation(annotation)) continue;
    if (runsLater(annotation.startPosition.row + 1, annotation.startPosition.column + 1)) continue;
    const identifiers = annotation.firstNamedChild?.type === "identifier" ? [annotation.firstNamedChild] : annotation.descendantsOfType("identifier");
    for (const identifier of identifiers) {
      if (!identifier || !imported.has(identifier.text) || !isRead(identifier)) continue;
      found.push({
        name: identifier.text,
        importLine: imported.get(identifier.text),
        line: identifier.startPosition.row + 1,
        column: identifier.startPosition.column + 1,
        endLine: identifier.endPosition.row + 1,
        endColumn: identifier.endPosition.column + 1
      });
    }
  }
  return found;
}
function bindsElsewhere(text, name) {
  const n = name.replace(/[^\w]/g, "");
  if (/^\s*from\s+[\w.]+\s+import\s+\*/m.test(text)) return true;
  return new RegExp(`\\bimport\\b[^\\n]*\\b${n}\\b|\\b${n}\\s*(=(?!=)|:=)|^[ \\t]*${n}[ \\t]*:[^\\n]*=|\\b(def|class|as|for|global|nonlocal)\\s+${n}\\b|,\\s*${n}\\s*(,|=|\\bin\\b)|\\b${n}\\s*,[^\\n=]*=(?!=)`, "m").test(text);
}
function localVariableAnnotation(annotation) {
  if (annotation.parent?.type !== "assignment") return false;
  for (let node = annotation.parent.parent; node; node = node.parent) {
    if (node.type === "function_definition" || node.type === "lambda") return true;
    if (node.type === "class_definition") return false;
  }
  return false;
}
function isRead(identifier) {
  const parent = identifier.parent;
  if (parent?.type === "attribute") return parent.childForFieldName("attribute")?.id !== identifier.id;
  if (parent?.type === "keyword_argument") return parent.childForFieldName("name")?.id !== identifier.id;
  return true;
}

// src/dags/task-graph.ts
var DAG_CLASSES = /* @__PURE__ */ new Set(["airflow.DAG", "airflow.models.DAG", "airflow.models.dag.DAG"]);
var DAG_DECORATORS = /* @__PURE__ */ new Set(["airflow.decorators.dag", "airflow.models.dag.dag", "airflow.models.dag"]);
var TASK_GROUP_CLASSES = /* @__PURE__ */ new Set(["airflow.utils.task_group.TaskGroup"]);
var CHAINS = /* @__PURE__ */ new Set(["airflow.models.baseoperator.chain", "airflow.models.chain", "airflow.utils.helpers.chain"]);
var CROSS = /* @__PURE__ */ new Set(["airflow.models.baseoperator.cross_downstream", "airflow.models.cross_downstream", "airflow.utils.helpers.cross_downstream"]);
var TRIGGER_RULE_CLASS = "airflow.utils.trigger_rule.TriggerRule";
var TASK_DECORATOR = /^airflow\.decorators\.(task(\.[a-z_]+)?|setup|teardown)$/;
var OPERATOR_CLASS = /^airflow\.[\w.]+\.[A-Z]\w*(Operator|Sensor)$/;
var SCOPE_BOUNDARY = /* @__PURE__ */ new Set(["function_definition", "class_definition", "lambda"]);
var COMPREHENSIONS = /* @__PURE__ */ new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
function literalString(node) {
  if (node?.type !== "string") return void 0;
  const parts = node.namedChildren;
  const start = parts[0];
  if (!start || start.type !== "string_start" || !/^[rRuU]?("|'|"""|''')$/.test(start.text)) return void 0;
  if (parts.some((p) => !["string_start", "string_content", "string_end"].includes(p.type))) return void 0;
  const content = parts.find((p) => p.type === "string_content")?.text ?? "";
  return /\\/.test(content) ? void 0 : content;
}
function targetNames(node, out) {
  if (!node) return;
  if (node.type === "identifier") out.push(node.text);
  else if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "parenthesized_expression", "list_splat_pattern", "as_pattern_target", "expression_list"].includes(node.type)) {
    for (const child of node.namedChildren) targetNames(child, out);
  }
}
var BINDING_FREE_EXPRESSIONS = /* @__PURE__ */ new Set(["call", "argument_list", "keyword_argument", "string", "concatenated_string", "binary_operator", "boolean_operator", "comparison_operator", "not_operator", "unary_operator", "attribute", "subscript", "dictionary", "pair", "list", "set", "tuple", "parenthesized_expression", "conditional_expression", "await", "identifier", "integer", "float", "true", "false", "none", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
function bindingCounts(body, parameters, walrus) {
  const counts = /* @__PURE__ */ new Map();
  const add = (names, by = 1) => {
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + by);
  };
  if (parameters) {
    for (const p of parameters.namedChildren) {
      const names = [];
      if (p.type === "identifier") names.push(p.text);
      else targetNames(p.childForFieldName("name") ?? p.namedChildren[0], names);
      add(names);
    }
  }
  const walk = (node) => {
    const type = node.type;
    if (type === "function_definition" || type === "class_definition") {
      const name = node.childForFieldName("name");
      if (name) add([name.text]);
      return;
    }
    if (type === "lambda") return;
    if (!walrus && BINDING_FREE_EXPRESSIONS.has(type)) return;
    const names = [];
    if (type === "assignment" || type === "augmented_assignment" || type === "for_statement") targetNames(node.childForFieldName("left"), names);
    else if (type === "as_pattern") targetNames(node.childForFieldName("alias"), names);
    else if (type === "named_expression") targetNames(node.childForFieldName("name"), names);
    else if (type === "import_statement" || type === "import_from_statement") {
      for (const name of node.childrenForFieldName("name")) {
        if (name.type === "aliased_import") targetNames(name.childForFieldName("alias"), names);
        else if (name.type === "dotted_name") {
          const parts = name.namedChildren;
          const part = type === "import_statement" ? parts[0] : parts[parts.length - 1];
          if (part) names.push(part.text);
        }
      }
    } else if (type === "global_statement" || type === "nonlocal_statement" || type === "delete_statement") {
      const found = [];
      for (const child of node.namedChildren) targetNames(child, found);
      add(found, 2);
    } else if (type === "case_pattern") {
      const found = [];
      const collect = (n) => {
        if (n.type === "identifier") found.push(n.text);
        for (const c of n.namedChildren) collect(c);
      };
      collect(node);
      add(found, 2);
    }
    add(names);
    for (const child of node.namedChildren) {
      if (COMPREHENSIONS.has(child.type)) {
        for (const c of child.namedChildren) if (c.type !== "for_in_clause") walk(c);
        for (const c of child.namedChildren) if (c.type === "for_in_clause") {
          for (const cc of c.namedChildren) if (cc !== c.childForFieldName("left")) walk(cc);
        }
        continue;
      }
      walk(child);
    }
  };
  for (const child of body.namedChildren) walk(child);
  return counts;
}
function declaredNames(root) {
  const out = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if (node.type === "global_statement" || node.type === "nonlocal_statement") {
      for (const c of node.namedChildren) if (c.type === "identifier") out.add(c.text);
    }
    for (const c of node.namedChildren) walk(c);
  };
  walk(root);
  return out;
}
function makeFrame(body, parameters, declared, walrus, parent) {
  const counts = bindingCounts(body, parameters, walrus);
  const once = /* @__PURE__ */ new Set();
  for (const [name, count] of counts) if (count === 1 && !declared.has(name)) once.add(name);
  return { once, bound: new Set(counts.keys()), env: /* @__PURE__ */ new Map(), parent };
}
function lookup(frame, name) {
  for (let f = frame; f; f = f.parent) {
    if (f.bound.has(name)) return f.once.has(name) ? f.env.get(name) : void 0;
  }
  return void 0;
}
function mayReturn(node) {
  if (node.type === "return_statement") return true;
  if (SCOPE_BOUNDARY.has(node.type)) return false;
  return node.namedChildren.some(mayReturn);
}
function extractTaskGraphs(root, source, resolve) {
  if (/\b(globals|locals|vars)\s*\(|\bexec\s*\(/.test(source)) return void 0;
  const graphs = [];
  const taskAt = /* @__PURE__ */ new Map();
  const taskDag = [];
  const taskIndex = [];
  const teardownRules = [];
  const declared = /\b(global|nonlocal)\b/.test(source) ? declaredNames(root) : /* @__PURE__ */ new Set();
  const reassigns = /\.\s*(trigger_rule|is_setup|is_teardown|_is_setup|_is_teardown)\s*=[^=]/.test(source);
  const walrus = source.includes(":=");
  const kwargsTouched = /\.\s*kwargs\b/.test(source);
  const defaultsTouched = /\.\s*default_args\b/.test(source);
  const moduleFrame = makeFrame(root, null, declared, walrus);
  const triggerRuleOf = (node, st) => {
    if (!node) return void 0;
    if (node.type === "identifier" && st) {
      const bound = lookup(st.frame, node.text);
      const rule = bound?.kind === "const" && bound.node.type !== "identifier" ? triggerRuleOf(bound.node) : void 0;
      return rule ? { ...rule, ...spanOf(node) } : void 0;
    }
    const text = literalString(node);
    if (text !== void 0) return { value: text, ...spanOf(node) };
    const written = calleeName(node);
    if (written && node.type === "attribute") {
      const resolved = resolve(written);
      if (resolved.startsWith(`${TRIGGER_RULE_CLASS}.`)) {
        const member = resolved.slice(TRIGGER_RULE_CLASS.length + 1);
        if (/^[A-Z_]+$/.test(member)) return { value: member.toLowerCase(), ...spanOf(node) };
      }
    }
    return void 0;
  };
  const newDag = (dagId, line, failStop, bagged, defaultRule) => {
    graphs.push({ ...dagId !== void 0 ? { dagId } : {}, line, ...failStop ? { failStop: true } : {}, tasks: [], edges: [], bagged, used: /* @__PURE__ */ new Map(), ...defaultRule ? { defaultRule } : {} });
    return graphs.length - 1;
  };
  const newTask = (dag, label, at, rule, decorated, role, ownDefaults = false) => {
    const index = taskDag.length;
    taskDag.push(dag ?? -1);
    taskAt.set(at.startIndex, index);
    if (dag === void 0) {
      taskIndex.push(-1);
      return index;
    }
    const graph = graphs[dag];
    const defaulted = !rule && !ownDefaults && role !== "teardown" && graph.defaultRule;
    if (defaulted) rule = graph.defaultRule;
    let key = label;
    if (decorated) {
      const seen = graph.used.get(label) ?? 0;
      graph.used.set(label, seen + 1);
      if (seen > 0) key = `${label}__${seen}`;
    }
    taskIndex.push(graph.tasks.length);
    graph.tasks.push({ label: key, ...spanOf(at), ...rule ? { triggerRule: rule } : {}, ...defaulted ? { defaulted: true } : {}, ...role ? { [role]: true } : {}, ...reassigns ? { changed: true } : {} });
    return index;
  };
  const entry = (task) => graphs[taskDag[task]]?.tasks[taskIndex[task]];
  const escape = (operands) => {
    for (const operand of operands) for (const task of operand?.tasks ?? []) Object.assign(entry(task) ?? {}, { changed: true });
  };
  const seenEdges = /* @__PURE__ */ new Set();
  const addEdge = (from, to, at) => {
    const dag = taskDag[from];
    if (dag === void 0 || dag < 0 || taskDag[to] !== dag) return;
    const graph = graphs[dag];
    const edge = { from: taskIndex[from], to: taskIndex[to], line: at.startPosition.row + 1, column: at.startPosition.column + 1 };
    const key = `${dag}:${edge.from}:${edge.to}`;
    if (seenEdges.has(key)) return;
    seenEdges.add(key);
    graph.edges.push(edge);
  };
  const connect = (up, down, at) => {
    for (const u of up) for (const d of down) addEdge(u, d, at);
  };
  const dagOfKeyword = (value, st) => {
    if (!value) return st.dag;
    if (value.type === "identifier") {
      const bound = lookup(st.frame, value.text);
      if (bound?.kind === "dag") return bound.dag;
    }
    return null;
  };
  const useTeardown = (fn, at, copy) => {
    if (!fn.teardown || fn.broken || kwargsTouched || reassigns) return;
    if (fn.used !== void 0) {
      teardownRules.push({ function: fn.name, problem: "reused", firstLine: fn.used, ...spanOf(at) });
      fn.broken = true;
    } else if (!copy) fn.used = at.startPosition.row + 1;
  };
  const callTaskFunction = (fn, call, at, st, override, extra = []) => {
    const args = callArguments(call);
    const values = [...args.positional, ...args.keywords.values()];
    const inputs = [...extra, ...values.map((v) => evaluate(v, st))];
    let taskId = fn.taskId;
    let rule = fn.triggerRule;
    let dag = st.dag;
    let ownDefaults = !!fn.ownDefaults || !!st.groupDefaults;
    if (override) {
      const o = callArguments(override);
      for (const v of o.keywords.values()) evaluate(v, st);
      if (o.splat) return void 0;
      if (o.keywords.has("default_args")) ownDefaults = true;
      const id = o.keywords.get("task_id");
      if (id) {
        const text = literalString(id);
        if (text === void 0) return void 0;
        taskId = text;
      }
      const ruleNode = o.keywords.get("trigger_rule");
      if (ruleNode) {
        if (fn.teardown) teardownRules.push({ function: fn.name, problem: "override", ...spanOf(ruleNode) });
        rule = triggerRuleOf(ruleNode, st);
        if (!rule) return void 0;
      }
      if (o.keywords.has("dag") || o.keywords.has("task_group")) dag = dagOfKeyword(o.keywords.get("dag"), st);
    }
    if (dag === null) dag = void 0;
    const task = newTask(dag, st.prefix + taskId, at, fn.teardown ? void 0 : rule, true, fn.teardown ? "teardown" : fn.setup ? "setup" : void 0, ownDefaults);
    inputs.forEach((input) => {
      if (input?.xcom) connect(input.tasks, [task], call);
    });
    return { tasks: [task], list: false, xcom: true };
  };
  const evaluate = (node, st) => {
    if (!node) return void 0;
    switch (node.type) {
      case "identifier": {
        const value = lookup(st.frame, node.text);
        return value?.kind === "task" ? { tasks: [value.task], list: false, xcom: value.xcom } : void 0;
      }
      case "parenthesized_expression":
        return evaluate(node.namedChildren.find((c) => c.type !== "comment"), st);
      case "list":
      case "tuple": {
        const items = node.namedChildren.filter((c) => c.type !== "comment");
        const operands = items.map((item) => evaluate(item, st));
        if (operands.some((o) => !o || o.list)) return void 0;
        return { tasks: operands.flatMap((o) => o.tasks), list: true, xcom: operands.every((o) => o?.xcom) };
      }
      case "binary_operator": {
        const operator = node.childForFieldName("operator")?.type;
        const left = evaluate(node.childForFieldName("left"), st);
        const right = evaluate(node.childForFieldName("right"), st);
        if (operator !== ">>" && operator !== "<<") return void 0;
        if (!left || !right || left.list && right.list) return void 0;
        if (operator === ">>") connect(left.tasks, right.tasks, node.childForFieldName("operator") ?? node);
        else connect(right.tasks, left.tasks, node.childForFieldName("operator") ?? node);
        return right;
      }
      case "attribute": {
        evaluate(node.childForFieldName("object"), st);
        if (node.childForFieldName("attribute")?.text === "output") {
          const object = node.childForFieldName("object");
          const value = object?.type === "identifier" ? lookup(st.frame, object.text) : void 0;
          if (value?.kind === "task") return { tasks: [value.task], list: false, xcom: true };
        }
        return void 0;
      }
      case "call":
        return evaluateCall(node, st);
      default:
        return void 0;
    }
  };
  const evaluateCall = (call, st) => {
    const fnNode = call.childForFieldName("function");
    const written = calleeName(fnNode);
    const args = callArguments(call);
    const evaluateArgs = (escapes = false) => {
      const operands = [...args.positional, ...args.keywords.values()].map((v) => evaluate(v, st));
      if (escapes) escape(operands);
      return operands;
    };
    if (fnNode?.type === "call") {
      const inner = fnNode.childForFieldName("function");
      if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override") {
        const object = inner.childForFieldName("object");
        const value2 = object?.type === "identifier" ? lookup(st.frame, object.text) : void 0;
        if (value2?.kind === "taskfn") {
          if (!callArguments(fnNode).keywords.has("trigger_rule")) useTeardown(value2.fn, object, true);
          return args.splat ? void evaluateArgs(true) : callTaskFunction(value2.fn, call, object, st, fnNode);
        }
      }
      evaluate(fnNode, st);
      evaluateArgs(true);
      return void 0;
    }
    if (fnNode?.type === "attribute") {
      const object = fnNode.childForFieldName("object");
      const method = fnNode.childForFieldName("attribute")?.text;
      if (object && method && ["set_downstream", "set_upstream", "as_setup", "as_teardown"].includes(method)) {
        const self = evaluate(object, st);
        const operands = evaluateArgs();
        if (!self || self.list) return void 0;
        if (method === "set_downstream" || method === "set_upstream") {
          const other = args.positional.length === 1 && args.keywords.size === 0 && !args.splat ? operands[0] : void 0;
          if (other && method === "set_downstream") connect(self.tasks, other.tasks, fnNode);
          else if (other) connect(other.tasks, self.tasks, fnNode);
          return void 0;
        }
        if (method === "as_teardown") {
          const setups = args.keywords.get("setups");
          const value2 = setups ? operands[[...args.keywords.keys()].indexOf("setups") + args.positional.length] : void 0;
          if (value2) connect(value2.tasks, self.tasks, fnNode);
          const items = setups?.type === "list" ? setups.namedChildren.filter((c) => c.type !== "comment") : setups ? [setups] : [];
          const operators = items.map((item) => item.type === "identifier" ? lookup(st.frame, item.text) : void 0);
          if (value2 && operators.length && operators.every((o) => o?.kind === "task")) {
            for (const o of operators) Object.assign(entry(o.task) ?? {}, { setup: true });
          } else if (value2) escape([value2]);
        }
        for (const task of self.tasks) Object.assign(entry(task) ?? {}, method === "as_setup" ? { setup: true } : { teardown: true });
        return self;
      }
    }
    if (fnNode?.type === "attribute") {
      const method = fnNode.childForFieldName("attribute")?.text;
      const object = fnNode.childForFieldName("object");
      if (object && (method === "expand" || method === "expand_kwargs")) {
        const mapped = mappedTask(object, call, method, st);
        if (mapped !== false) return mapped;
      }
    }
    if (fnNode?.type === "attribute") escape([evaluate(fnNode.childForFieldName("object"), st)]);
    else if (!written) evaluate(fnNode, st);
    if (!written) {
      evaluateArgs(true);
      return void 0;
    }
    const value = fnNode?.type === "identifier" ? lookup(st.frame, written) : void 0;
    if (value?.kind === "taskfn") {
      useTeardown(value.fn, fnNode, false);
      return args.splat ? void evaluateArgs(true) : callTaskFunction(value.fn, call, fnNode, st);
    }
    if (value?.kind === "dagfn") {
      evaluateArgs(true);
      runDagFunction(value.node, value.decorator, call, st);
      return void 0;
    }
    if (value?.kind === "fn") {
      evaluateArgs(true);
      if (st.frame === moduleFrame) runFactory(value.node, st);
      return void 0;
    }
    const resolved = shadowed(st.frame, written.split(".")[0]) ? written : resolve(written);
    if (CHAINS.has(resolved) || CROSS.has(resolved)) {
      const operands = evaluateArgs();
      if (args.splat || args.keywords.size) return void 0;
      if (CROSS.has(resolved)) {
        const [from, to] = operands;
        if (operands.length === 2 && from?.list && to?.list) connect(from.tasks, to.tasks, fnNode);
        return void 0;
      }
      for (let i = 0; i + 1 < operands.length; i++) {
        const up = operands[i];
        const down = operands[i + 1];
        if (!up || !down) continue;
        if (up.list && down.list) {
          if (up.tasks.length !== down.tasks.length) break;
          up.tasks.forEach((u, k) => connect([u], [down.tasks[k]], fnNode));
        } else connect(up.tasks, down.tasks, fnNode);
      }
      return void 0;
    }
    if (OPERATOR_CLASS.test(resolved)) {
      evaluateArgs(true);
      if (args.splat) return void 0;
      const task = operatorTask(args.keywords, call, fnNode, st);
      return { tasks: [task], list: false, xcom: false };
    }
    evaluateArgs(true);
    return void 0;
  };
  const operatorTask = (keywords, call, at, st) => {
    const id = literalString(keywords.get("task_id"));
    const dag = keywords.has("task_group") ? null : dagOfKeyword(keywords.get("dag"), st);
    const bound = call.parent?.type === "assignment" && call.parent.childForFieldName("left")?.type === "identifier" ? call.parent.childForFieldName("left")?.text : void 0;
    const label = id !== void 0 ? st.prefix + id : bound ?? `the task at line ${call.startPosition.row + 1}`;
    const ownDefaults = keywords.has("trigger_rule") || keywords.has("default_args") || !!st.groupDefaults;
    return newTask(dag ?? void 0, label, at, triggerRuleOf(keywords.get("trigger_rule"), st), false, void 0, ownDefaults);
  };
  const mappedTask = (object, call, method, st) => {
    if (object.type === "identifier") {
      const value = lookup(st.frame, object.text);
      if (value?.kind !== "taskfn") return false;
      if (method === "expand") useTeardown(value.fn, object, false);
      return callTaskFunction(value.fn, call, object, st);
    }
    if (object.type !== "call") return false;
    const callee = object.childForFieldName("function");
    const kind = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    const owner = callee?.childForFieldName("object");
    if (kind !== "override" && kind !== "partial" || !owner) return false;
    const inner = callArguments(object);
    if (owner.type === "identifier") {
      const value = lookup(st.frame, owner.text);
      if (value?.kind === "taskfn") {
        if (method === "expand" && !inner.keywords.has("trigger_rule")) useTeardown(value.fn, owner, true);
        if (kind === "override") return callTaskFunction(value.fn, call, owner, st, object);
        const extra = [...inner.positional, ...inner.keywords.values()].map((v) => evaluate(v, st));
        return inner.splat ? void escape(extra) : callTaskFunction(value.fn, call, owner, st, void 0, extra);
      }
    }
    const written = kind === "partial" ? calleeName(owner) : void 0;
    if (!written || shadowed(st.frame, written.split(".")[0]) || !OPERATOR_CLASS.test(resolve(written))) return false;
    escape([...inner.positional, ...inner.keywords.values()].map((v) => evaluate(v, st)));
    escape([...callArguments(call).positional, ...callArguments(call).keywords.values()].map((v) => evaluate(v, st)));
    if (inner.splat) return void 0;
    return { tasks: [operatorTask(inner.keywords, call, owner, st)], list: false, xcom: false };
  };
  const shadowed = (frame, name) => {
    for (let f = frame; f && f !== moduleFrame; f = f.parent) if (f.bound.has(name)) return true;
    return false;
  };
  const taskFunction = (definition, decorators, st) => {
    const name = definition.childForFieldName("name")?.text;
    if (!name || !decorators.length) return void 0;
    const fn = { name, taskId: name, setup: false, teardown: false };
    let known = true;
    let reported = false;
    for (const [index, decorator] of decorators.entries()) {
      const expression = decorator.namedChildren.find((c) => c.type !== "comment");
      const call = expression?.type === "call" ? expression : void 0;
      const written = calleeName(call ? call.childForFieldName("function") : expression);
      const resolved = written ? resolve(written) : "";
      if (!TASK_DECORATOR.test(resolved)) return "other";
      const a = call ? callArguments(call) : void 0;
      if ((resolved === "airflow.decorators.setup" || resolved === "airflow.decorators.teardown") && index > 0) fn.broken = true;
      if (resolved === "airflow.decorators.setup") {
        fn.setup = true;
        if (call && a && !a.positional.length && !a.splat) {
          const keyword = [...a.keywords.keys()][0];
          if (!reported) teardownRules.push({ function: name, problem: "setup-call", ...keyword !== void 0 ? { keyword } : {}, ...spanOf(call) });
          reported = true;
        }
      }
      if (resolved === "airflow.decorators.teardown") {
        fn.teardown = true;
        const rule2 = a?.keywords.get("trigger_rule");
        const other = a && !a.splat && !a.positional.length ? [...a.keywords.keys()].find((k) => k !== "on_failure_fail_dagrun") : void 0;
        if (rule2 && !reported) teardownRules.push({ function: name, problem: "decorator", ...spanOf(rule2) });
        else if (other !== void 0 && !reported) teardownRules.push({ function: name, problem: "decorator", keyword: other, ...spanOf(a?.keywords.get(other)) });
        if (rule2 || other !== void 0) reported = true;
        continue;
      }
      if (!call || !a) continue;
      const id = a.keywords.get("task_id");
      const idText = literalString(id);
      if (id && idText !== void 0) fn.taskId = idText;
      const rule = a.keywords.get("trigger_rule");
      const value = rule ? triggerRuleOf(rule, st) : void 0;
      if (value) fn.triggerRule = value;
      if (a.keywords.has("default_args")) fn.ownDefaults = true;
      if (a.splat || id && idText === void 0 || rule && !value || a.keywords.has("dag") || a.keywords.has("task_group")) known = false;
    }
    if (reported || fn.teardown && fn.triggerRule) fn.broken = true;
    return known ? fn : "other";
  };
  const bind = (name, value, st) => {
    if (st.frame.once.has(name) && value) st.frame.env.set(name, value);
  };
  const dagArguments = (call, st) => {
    const a = callArguments(call);
    const idNode = a.keywords.get("dag_id") ?? a.positional[0];
    let failStop = a.keywords.get("fail_stop");
    if (failStop?.type === "identifier") {
      const bound = lookup(st.frame, failStop.text);
      failStop = bound?.kind === "const" ? bound.node : void 0;
    }
    const defaultRule = a.splat ? void 0 : defaultArgsRule(a.keywords.get("default_args"), st);
    return { dagId: literalString(idNode), failStop: failStop?.type === "true", open: a.splat, autoRegister: !a.splat && !a.keywords.has("auto_register"), ...defaultRule ? { defaultRule } : {} };
  };
  const defaultArgsRule = (node, st) => {
    if (node?.type !== "dictionary" || defaultsTouched) return void 0;
    let rule;
    for (const item of node.namedChildren) {
      if (item.type === "comment") continue;
      if (item.type !== "pair") return void 0;
      const key = literalString(item.childForFieldName("key"));
      if (key === void 0) return void 0;
      if (key === "trigger_rule") {
        rule = triggerRuleOf(item.childForFieldName("value") ?? void 0, st);
        if (!rule) return void 0;
      }
    }
    return rule;
  };
  const runDagFunction = (definition, decorator, call, st) => {
    const settings = decorator.type === "call" ? dagArguments(decorator, st) : { failStop: false, open: false, autoRegister: true };
    const name = definition.childForFieldName("name")?.text;
    const decoratorArgs = decorator.type === "call" ? callArguments(decorator) : void 0;
    const dagId = decoratorArgs?.keywords.has("dag_id") ? literalString(decoratorArgs.keywords.get("dag_id")) : decoratorArgs?.positional.length ? void 0 : name;
    const bagged = settings.autoRegister && st.frame === moduleFrame;
    const dag = newDag(dagId, call.startPosition.row + 1, settings.failStop, bagged, "defaultRule" in settings ? settings.defaultRule : void 0);
    const body = definition.childForFieldName("body");
    if (!body) return;
    const frame = makeFrame(body, definition.childForFieldName("parameters"), declared, walrus, moduleFrame);
    const inner = { frame, dag, prefix: "" };
    runBlock(body, inner, true);
  };
  const runWith = (statement, st, inFunction) => {
    const items = statement.namedChildren.find((c) => c.type === "with_clause")?.namedChildren.filter((c) => c.type === "with_item") ?? [];
    const body = statement.childForFieldName("body");
    if (items.length !== 1 || !body) return void items.forEach((i) => evaluate(i.childForFieldName("value"), st));
    const value = items[0].childForFieldName("value");
    const target = value?.type === "as_pattern" ? value.childForFieldName("alias") : void 0;
    const alias = target?.namedChildren[0]?.type === "identifier" ? target.namedChildren[0].text : void 0;
    const expression = value?.type === "as_pattern" ? value.namedChildren[0] : value;
    if (target && !alias) return;
    if (expression?.type === "identifier") {
      const bound = lookup(st.frame, expression.text);
      if (bound?.kind === "dag" && !alias) runBlock(body, { ...st, dag: bound.dag }, inFunction);
      return;
    }
    if (expression?.type !== "call") return;
    const written = calleeName(expression.childForFieldName("function"));
    const resolved = written ? resolve(written) : "";
    if (DAG_CLASSES.has(resolved) && (!inFunction || st.factory)) {
      const settings = dagArguments(expression, st);
      const bagged = settings.autoRegister || !inFunction && !!alias && st.frame.once.has(alias);
      const dag = newDag(settings.dagId, expression.startPosition.row + 1, settings.failStop, bagged, settings.defaultRule);
      if (alias) bind(alias, { kind: "dag", dag }, st);
      runBlock(body, { ...st, dag, groupDefaults: false }, inFunction);
      return;
    }
    if (TASK_GROUP_CLASSES.has(resolved) && st.dag !== void 0) {
      const a = callArguments(expression);
      for (const v of [...a.positional, ...a.keywords.values()]) evaluate(v, st);
      const id = literalString(a.keywords.get("group_id") ?? a.positional[0]);
      if (a.splat || id === void 0 || a.keywords.has("dag") || a.keywords.has("parent_group")) return;
      const prefix = a.keywords.get("prefix_group_id")?.type === "false" ? st.prefix : `${st.prefix}${id}.`;
      runBlock(body, { ...st, prefix, groupDefaults: st.groupDefaults || a.keywords.has("default_args") }, inFunction);
      return;
    }
    const callee = expression.childForFieldName("function");
    if (callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "as_teardown" && st.dag !== void 0) runTeardownContext(expression, body, st, inFunction);
  };
  const runTeardownContext = (expression, body, st, inFunction) => {
    const teardown = evaluate(expression, st);
    const setupsNode = callArguments(expression).keywords.get("setups");
    const setup = setupsNode?.type === "identifier" ? lookup(st.frame, setupsNode.text) : void 0;
    const nested = st.setupContext || body.namedChildren.some((c) => c.type === "with_statement");
    runBlock(body, { ...st, setupContext: true }, inFunction);
    if (nested || !teardown || teardown.list || setup?.kind !== "task" || !entry(setup.task)?.setup) return;
    const constant = (node) => {
      if (["integer", "float", "true", "false", "none"].includes(node.type) || literalString(node) !== void 0) return true;
      if (node.type === "identifier") return ["fn", "const"].includes(lookup(st.frame, node.text)?.kind ?? "");
      return node.type === "attribute" && !!triggerRuleOf(node);
    };
    for (const statement of body.namedChildren) {
      const expr = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      const left = expr?.type === "assignment" ? expr.childForFieldName("left") : void 0;
      const made = expr?.type === "assignment" ? expr.childForFieldName("right") : expr;
      if (made?.type !== "call" || expr?.type === "assignment" && left?.type !== "identifier") continue;
      const task = taskAt.get(made.startIndex);
      const item = task !== void 0 ? entry(task) : void 0;
      if (task === void 0 || !item || item.setup || item.teardown || made.childForFieldName("function")?.type === "call") continue;
      const args = callArguments(made);
      if (args.splat || ![...args.positional, ...args.keywords.values()].every(constant)) continue;
      if (left && mentions(body, left.text) !== 1) continue;
      connect([setup.task], [task], made);
    }
  };
  const sequenceLength = (node) => {
    const items = node.namedChildren.filter((c) => c.type !== "comment");
    return items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat") ? void 0 : items.length;
  };
  const loopRuns = (iterable, st) => {
    if (!iterable) return 0;
    if (iterable.type === "list" || iterable.type === "tuple") return sequenceLength(iterable) ?? 0;
    if (iterable.type === "identifier") {
      const value = lookup(st.frame, iterable.text);
      const named = source.match(new RegExp(`\\b${iterable.text}\\b`, "g"))?.length ?? 0;
      return value?.kind === "sequence" && named === 2 ? value.length : 0;
    }
    if (iterable.type !== "call" || iterable.childForFieldName("function")?.text !== "range" || shadowed(st.frame, "range") || moduleFrame.bound.has("range")) return 0;
    const args = callArguments(iterable);
    const numbers = args.positional.map((a) => a.type === "integer" && /^\d+$/.test(a.text) ? Number(a.text) : NaN);
    if (args.splat || args.keywords.size || numbers.some(Number.isNaN)) return 0;
    if (numbers.length === 1) return numbers[0];
    if (numbers.length === 2) return numbers[1] - numbers[0];
    return 0;
  };
  const teardownInLoop = (loop, st) => {
    if (kwargsTouched || reassigns || loopRuns(loop.childForFieldName("right"), st) < 2) return;
    const loopNames = [];
    targetNames(loop.childForFieldName("left"), loopNames);
    const scan = (block) => {
      for (const statement of block.namedChildren) {
        if (statement.type === "comment" || statement.type === "pass_statement") continue;
        if (statement.type === "with_statement") {
          const body2 = statement.childForFieldName("body");
          if (!body2 || scan(body2)) return true;
          continue;
        }
        if (statement.type !== "expression_statement") return true;
        const found = teardownCall(statement.namedChildren[0]);
        if (!found) continue;
        teardownRules.push({ function: found.fn.name, problem: "reused", firstLine: found.fn.used ?? found.callee.startPosition.row + 1, ...spanOf(found.callee) });
        found.fn.broken = true;
        return true;
      }
      return false;
    };
    const teardownCall = (node) => {
      if (!node) return void 0;
      if (node.type === "call") {
        const callee = node.childForFieldName("function");
        const value = callee?.type === "identifier" && !loopNames.includes(callee.text) ? lookup(st.frame, callee.text) : void 0;
        if (value?.kind === "taskfn" && value.fn.teardown && !value.fn.broken) {
          for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
            const inner = teardownCall(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
            if (inner) return inner;
          }
          return { fn: value.fn, callee };
        }
        if (callee?.type === "attribute") {
          const inner = teardownCall(callee.childForFieldName("object"));
          if (inner) return inner;
        }
        for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
          const inner = teardownCall(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
          if (inner) return inner;
        }
        return void 0;
      }
      if (node.type === "assignment") return teardownCall(node.childForFieldName("right"));
      if (["binary_operator", "parenthesized_expression", "list", "tuple", "expression_list"].includes(node.type)) {
        for (const child of node.namedChildren) {
          const inner = teardownCall(child);
          if (inner) return inner;
        }
      }
      return void 0;
    };
    const body = loop.childForFieldName("body");
    if (body && !loop.childForFieldName("alternative") && !/\b(break|raise|exit|quit|_exit)\b/.test(body.text)) scan(body);
  };
  const mentions = (node, name) => node.type === "identifier" ? node.text === name ? 1 : 0 : node.namedChildren.reduce((n, c) => n + mentions(c, name), 0);
  const factoryFrames = /* @__PURE__ */ new Map();
  const runFactory = (definition, st) => {
    const body = definition.childForFieldName("body");
    if (!body || /^async\b/.test(definition.text) || /\byield\b/.test(body.text)) return;
    let frame = factoryFrames.get(definition.startIndex);
    if (!frame) {
      frame = makeFrame(body, definition.childForFieldName("parameters"), declared, walrus, moduleFrame);
      factoryFrames.set(definition.startIndex, frame);
    }
    runBlock(body, { ...st, frame: { ...frame, env: /* @__PURE__ */ new Map() }, factory: true }, true);
  };
  const runBlock = (block, st, inFunction) => {
    for (const statement of block.namedChildren) {
      switch (statement.type) {
        case "comment":
        case "pass_statement":
        case "import_statement":
        case "import_from_statement":
        case "class_definition":
          if (statement.namedChildren.some((c) => c.type === "wildcard_import")) st.frame.env.clear();
          continue;
        case "expression_statement": {
          const expression = statement.namedChildren[0];
          if (expression?.type === "assignment") {
            const left = expression.childForFieldName("left");
            const right = expression.childForFieldName("right");
            if (expression.childForFieldName("type") && !right) continue;
            if (right?.type === "call" && left?.type === "identifier" && !inFunction) {
              const written = calleeName(right.childForFieldName("function"));
              if (written && DAG_CLASSES.has(resolve(written))) {
                const settings = dagArguments(right, st);
                bind(left.text, { kind: "dag", dag: newDag(settings.dagId, right.startPosition.row + 1, settings.failStop, true, settings.defaultRule) }, st);
                continue;
              }
            }
            if (left?.type === "identifier" && right && (right.type === "true" || right.type === "false" || literalString(right) !== void 0 || right.type === "attribute" && triggerRuleOf(right))) {
              bind(left.text, { kind: "const", node: right }, st);
              continue;
            }
            const value = evaluate(right, st);
            if (left?.type === "identifier" && value && !value.list && value.tasks.length === 1) bind(left.text, { kind: "task", task: value.tasks[0], xcom: !!value.xcom }, st);
            else if (left?.type === "identifier" && (right?.type === "list" || right?.type === "tuple")) bind(left.text, { kind: "sequence", length: sequenceLength(right) ?? 0 }, st);
          } else evaluate(expression, st);
          continue;
        }
        case "decorated_definition": {
          const definition = statement.childForFieldName("definition");
          if (definition?.type !== "function_definition") continue;
          const decorators = statement.namedChildren.filter((c) => c.type === "decorator");
          const name = definition.childForFieldName("name")?.text;
          if (!name) continue;
          const first = decorators[0]?.namedChildren.find((c) => c.type !== "comment");
          const dagWritten = calleeName(first?.type === "call" ? first.childForFieldName("function") : first);
          if (decorators.length === 1 && first && dagWritten && DAG_DECORATORS.has(resolve(dagWritten)) && !inFunction) {
            bind(name, { kind: "dagfn", node: definition, decorator: first }, st);
            continue;
          }
          const fn = taskFunction(definition, decorators, st);
          if (fn && fn !== "other") bind(name, { kind: "taskfn", fn }, st);
          continue;
        }
        case "function_definition": {
          const name = statement.childForFieldName("name")?.text;
          if (name && st.frame === moduleFrame) bind(name, { kind: "fn", node: statement }, st);
          continue;
        }
        case "with_statement":
          if (inFunction && statement.text.includes("return") && mayReturn(statement)) return void runWith(statement, st, inFunction);
          runWith(statement, st, inFunction);
          continue;
        default:
          if (inFunction && statement.text.includes("return") && mayReturn(statement)) return;
          if (statement.type === "for_statement" && !inFunction) teardownInLoop(statement, st);
          if (statement.type === "return_statement" || statement.type === "raise_statement") return;
      }
    }
  };
  runBlock(root, { frame: moduleFrame, prefix: "" }, false);
  const kept = graphs.filter((g) => g.bagged && (g.edges.length || g.failStop && g.tasks.some((t) => t.triggerRule))).map(({ bagged: _bagged, used: _used, defaultRule: _defaultRule, ...graph }) => graph);
  return { graphs: kept, teardownRules };
}

// src/dags/code-text.ts
function codeOnlyText(source) {
  const pieces = [];
  let copied = 0;
  const blank = (from, to) => {
    if (to <= from) return;
    pieces.push(source.slice(copied, from));
    let run = from;
    for (let k = from; k < to; k++) {
      const c = source.charCodeAt(k);
      if (c !== LF && c !== CR) continue;
      pieces.push(" ".repeat(k - run), c === LF ? "\n" : "\r");
      run = k + 1;
    }
    pieces.push(" ".repeat(to - run));
    copied = to;
  };
  const special = /[#"']/g;
  let i = 0;
  for (; ; ) {
    special.lastIndex = i;
    if (!special.exec(source)) break;
    i = special.lastIndex - 1;
    if (source.charCodeAt(i) === HASH) {
      const end = lineEnd(source, i + 1);
      blank(i + 1, end);
      i = end;
    } else {
      i = literal(source, prefixStart(source, i), i, blank);
    }
  }
  if (copied === 0) return source;
  pieces.push(source.slice(copied));
  return pieces.join("");
}
var HASH = 35;
var QUOTE = 34;
var APOSTROPHE = 39;
var BACKSLASH = 92;
var LF = 10;
var CR = 13;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var COLON = 58;
var PREFIXES = /* @__PURE__ */ new Set(["r", "u", "b", "f", "t", "br", "rb", "fr", "rf", "tr", "rt"]);
var IDENTIFIER = /^[A-Za-z_]\w*$/;
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c >= 128;
}
function isNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 32 || c === 45;
}
function prefixStart(source, quoteAt) {
  let start = quoteAt;
  while (start > 0 && quoteAt - start < 3 && isWordChar(source.charCodeAt(start - 1))) start--;
  return quoteAt - start <= 2 && (start === 0 || !isWordChar(source.charCodeAt(start - 1))) && PREFIXES.has(source.slice(start, quoteAt).toLowerCase()) ? start : quoteAt;
}
function lineEnd(source, i) {
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === LF || c === CR) return i;
    i++;
  }
  return n;
}
function pastEscape(source, i) {
  return source.charCodeAt(i + 1) === CR && source.charCodeAt(i + 2) === LF ? i + 3 : Math.min(i + 2, source.length);
}
function literal(source, start, quoteAt, blank) {
  const prefix = source.slice(start, quoteAt).toLowerCase();
  const quote = source.charCodeAt(quoteAt);
  const triple = source.charCodeAt(quoteAt + 1) === quote && source.charCodeAt(quoteAt + 2) === quote;
  const open = quoteAt + (triple ? 3 : 1);
  const formatted = prefix.includes("f") || prefix.includes("t");
  const { end, closed } = formatted ? fStringEnd(source, open, quote, triple, prefix.includes("r")) : stringEnd(source, open, quote, triple);
  const contentEnd = closed ? end - (triple ? 3 : 1) : end;
  if (!(closed && IDENTIFIER.test(source.slice(open, contentEnd)))) blank(open, contentEnd);
  return end;
}
function stringEnd(source, i, quote, triple) {
  const n = source.length;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      i = pastEscape(source, i);
    } else if (c === quote && (!triple || source.charCodeAt(i + 1) === quote && source.charCodeAt(i + 2) === quote)) {
      return { end: i + (triple ? 3 : 1), closed: true };
    } else if (!triple && (c === LF || c === CR)) {
      return { end: i, closed: false };
    } else {
      i++;
    }
  }
  return { end: n, closed: false };
}
function fStringEnd(source, i, quote, triple, raw) {
  const n = source.length;
  const stack = [{ kind: "text", quote, triple, raw }];
  let text = stack[0];
  const popTo = (frame) => {
    while (stack.length && stack.pop() !== frame) ;
    for (let k = stack.length - 1; k >= 0; k--) {
      const f = stack[k];
      if (f.kind === "text") {
        text = f;
        break;
      }
    }
  };
  let openAt = n;
  const nested = (start, quoteAt) => {
    const prefix = source.slice(start, quoteAt).toLowerCase();
    const q = source.charCodeAt(quoteAt);
    const t = source.charCodeAt(quoteAt + 1) === q && source.charCodeAt(quoteAt + 2) === q;
    const open = quoteAt + (t ? 3 : 1);
    if (!(prefix.includes("f") || prefix.includes("t"))) {
      const inner = stringEnd(source, open, q, t);
      if (inner.closed) return inner.end;
      openAt = inner.end;
      return -1;
    }
    text = { kind: "text", quote: q, triple: t, raw: prefix.includes("r") };
    stack.push(text);
    return open;
  };
  while (i < n) {
    const frame = stack[stack.length - 1];
    const c = source.charCodeAt(i);
    if (frame.kind === "expression") {
      if (c === HASH) {
        i = lineEnd(source, i);
      } else if (c === QUOTE || c === APOSTROPHE) {
        i = nested(prefixStart(source, i), i);
        if (i === -1) return { end: openAt, closed: false };
      } else if (c === 40 || c === 91 || c === OPEN_BRACE) {
        frame.brackets++;
        i++;
      } else if (c === 41 || c === 93 || c === CLOSE_BRACE) {
        if (c === CLOSE_BRACE && frame.brackets === 0) stack.pop();
        else frame.brackets = Math.max(0, frame.brackets - 1);
        i++;
      } else if (c === COLON && frame.brackets === 0) {
        stack[stack.length - 1] = { kind: "spec" };
        i++;
      } else if (c === BACKSLASH) {
        i = pastEscape(source, i);
      } else {
        i++;
      }
      continue;
    }
    if (c === text.quote && (!text.triple || source.charCodeAt(i + 1) === c && source.charCodeAt(i + 2) === c)) {
      i += text.triple ? 3 : 1;
      if (stack[0] === text) return { end: i, closed: true };
      popTo(text);
    } else if (!text.triple && (c === LF || c === CR)) {
      return { end: i, closed: false };
    } else if (c === BACKSLASH) {
      const next = source.charCodeAt(i + 1);
      if (next === OPEN_BRACE || next === CLOSE_BRACE) i++;
      else if (!text.raw && next === 78 && source.charCodeAt(i + 2) === OPEN_BRACE) {
        let k = i + 3;
        while (k < n && isNameChar(source.charCodeAt(k))) k++;
        i = source.charCodeAt(k) === CLOSE_BRACE ? k + 1 : i + 2;
      } else i = pastEscape(source, i);
    } else if (c === OPEN_BRACE) {
      if (frame.kind === "text" && source.charCodeAt(i + 1) === OPEN_BRACE) i += 2;
      else {
        stack.push({ kind: "expression", brackets: 0 });
        i++;
      }
    } else if (c === CLOSE_BRACE) {
      if (frame.kind === "spec") stack.pop();
      i += frame.kind === "text" && source.charCodeAt(i + 1) === CLOSE_BRACE ? 2 : 1;
    } else {
      i++;
    }
  }
  return { end: n, closed: false };
}

// src/dags/dag-globals.ts
var BLOCK_PARENTS = /* @__PURE__ */ new Set(["if_statement", "elif_clause", "else_clause", "try_statement", "except_clause", "except_group_clause", "finally_clause", "with_statement", "block"]);
function dagGlobalsOf(root, dags) {
  if (dags.length === 0) return [];
  const bindings = /* @__PURE__ */ new Map();
  const bind = (name) => void bindings.set(name, (bindings.get(name) ?? 0) + 1);
  const functions = /* @__PURE__ */ new Map();
  const found = [];
  let all;
  const targetsOf = (node, into) => {
    if (!node) return;
    if (node.type === "identifier") into.push(node.text);
    else if (/^(pattern_list|tuple_pattern|list_pattern|tuple|list|parenthesized_expression|as_pattern_target)$/.test(node.type)) for (const child of node.namedChildren) targetsOf(child, into);
  };
  const staticStrings = (node) => {
    if (!node || !/^(list|tuple)$/.test(node.type)) return void 0;
    const names = /* @__PURE__ */ new Set();
    for (const item of node.namedChildren) {
      if (item.type !== "string" || item.namedChildren.some((c) => c.type === "interpolation")) return void 0;
      names.add(item.text.replace(/^[rRbBuU]*(['"]{1,3})([\s\S]*)\1$/, "$2"));
    }
    return names;
  };
  const dagOfCall = (call) => {
    const line = call.startPosition.row + 1;
    const direct = dags.find((d) => d.line === line && d.definitionLine === void 0 && d.definedBy === "DAG()");
    if (direct) return direct;
    const callee = call.childForFieldName("function");
    const definition = callee?.type === "identifier" ? functions.get(callee.text) : void 0;
    if (!definition) return void 0;
    const first = definition.startPosition.row + 1;
    const last = definition.endPosition.row + 1;
    const made = dags.find((d) => d.line === line && d.definitionLine !== void 0 && d.definitionLine >= first && d.definitionLine <= last) ?? (() => {
      const inside = dags.filter((d) => d.definitionLine === void 0 && d.line >= first && d.line <= last);
      return inside.length === 1 ? inside[0] : void 0;
    })();
    if (!made) return void 0;
    return made.definedBy === "@dag" || /^\s*return\s+[A-Za-z_]\w*\s*$/m.test(definition.text) ? made : void 0;
  };
  const visit = (node) => {
    for (const statement of node.namedChildren) {
      switch (statement.type) {
        case "expression_statement": {
          for (const expression of statement.namedChildren) {
            if (expression.type === "assignment") {
              const names = [];
              let value = expression;
              while (value?.type === "assignment") {
                targetsOf(value.childForFieldName("left"), names);
                value = value.childForFieldName("right");
              }
              for (const name of names) bind(name);
              if (names.includes("__all__")) all = staticStrings(value) ?? "unknown";
              if (value?.type === "call") {
                const dag = dagOfCall(value);
                const direct = expression.childForFieldName("left");
                if (dag && direct?.type === "identifier") {
                  let chain = expression;
                  while (chain?.type === "assignment") {
                    const left = chain.childForFieldName("left");
                    if (left?.type === "identifier") found.push({ name: left.text, line: dag.line });
                    chain = chain.childForFieldName("right");
                  }
                }
              }
            } else if (expression.type === "augmented_assignment") {
              const names = [];
              targetsOf(expression.childForFieldName("left"), names);
              for (const name of names) bind(name);
              if (names.includes("__all__")) all = "unknown";
            }
          }
          break;
        }
        case "with_statement": {
          const line = statement.startPosition.row + 1;
          for (const item of withItems(statement)) {
            const value = item.childForFieldName("value");
            if (value?.type !== "as_pattern") continue;
            const alias = value.childForFieldName("alias");
            const names = [];
            targetsOf(alias, names);
            for (const name of names) bind(name);
            const call = value.namedChildren[0];
            if (call?.type !== "call" || alias?.namedChildren.length !== 1 || alias.namedChildren[0]?.type !== "identifier") continue;
            const callLine = call.startPosition.row + 1;
            const dag = dags.find((d) => d.definitionLine === void 0 && d.definedBy === "with DAG()" && (d.line === callLine || d.line === line));
            if (dag) found.push({ name: alias.namedChildren[0].text, line: dag.line });
          }
          const body = statement.childForFieldName("body");
          if (body) visit(body);
          break;
        }
        case "function_definition":
        case "class_definition": {
          const name = statement.childForFieldName("name");
          if (name) bind(name.text);
          if (statement.type === "function_definition" && name) functions.set(name.text, statement);
          break;
        }
        case "decorated_definition": {
          const definition = statement.childForFieldName("definition");
          const name = definition?.childForFieldName("name");
          if (name) bind(name.text);
          if (definition?.type === "function_definition" && name) functions.set(name.text, statement);
          break;
        }
        case "import_statement":
        case "import_from_statement":
          for (const name of importedNames(statement)) bind(name);
          break;
        case "for_statement": {
          const names = [];
          targetsOf(statement.childForFieldName("left"), names);
          for (const name of names) {
            bind(name);
            bind(name);
          }
          break;
        }
        default:
          if (BLOCK_PARENTS.has(statement.type)) visit(statement);
      }
    }
  };
  visit(root);
  const seen = /* @__PURE__ */ new Set();
  const globals = [];
  for (const { name, line } of found) {
    if (bindings.get(name) !== 1 || seen.has(name)) continue;
    seen.add(name);
    const exported = all === void 0 ? !name.startsWith("_") : all !== "unknown" && all.has(name);
    globals.push({ name, line, ...exported ? {} : { hidden: true } });
  }
  return globals;
}
function withItems(statement) {
  const clause = statement.namedChildren.find((c) => c.type === "with_clause");
  return clause ? clause.namedChildren.filter((c) => c.type === "with_item") : [];
}

// src/dags/inventory.ts
var TRIGGER_RULE_MODULE = "airflow.utils.trigger_rule";
var TASK_GRAPH_WORDS = /<<|>>|set_downstream|set_upstream|chain|cross_downstream|fail_stop|setup|teardown/;
var AIRFLOW_DAG_CLASS = "airflow.models.dag.DAG";
var SDK_DAG_CLASS = "airflow.sdk.DAG";
var KNOWN_DAG_CLASSES = /* @__PURE__ */ new Map([
  ["airflow.DAG", AIRFLOW_DAG_CLASS],
  ["airflow.models.DAG", AIRFLOW_DAG_CLASS],
  ["airflow.models.dag.DAG", AIRFLOW_DAG_CLASS],
  ["airflow.sdk.DAG", SDK_DAG_CLASS],
  ["airflow.sdk.definitions.dag.DAG", SDK_DAG_CLASS],
  ["cosmos.DbtDag", "cosmos.DbtDag"],
  ["cosmos.airflow.dag.DbtDag", "cosmos.DbtDag"]
]);
var DAG_DECORATORS2 = /* @__PURE__ */ new Map([
  ["airflow.decorators.dag", AIRFLOW_DAG_CLASS],
  ["airflow.models.dag.dag", AIRFLOW_DAG_CLASS],
  ["airflow.models.dag", AIRFLOW_DAG_CLASS],
  ["airflow.sdk.dag", SDK_DAG_CLASS],
  ["airflow.sdk.definitions.dag.dag", SDK_DAG_CLASS]
]);
function isAirflowDagClass(dagClass) {
  return dagClass === void 0 || dagClass === AIRFLOW_DAG_CLASS || dagClass === SDK_DAG_CLASS;
}
var unknown = (node) => ({ unknown: true, expression: shorten(node?.text ?? "?") });
function shorten(text) {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 80 ? `${oneLine.slice(0, 77)}...` : oneLine;
}
var lineOf = (node) => node.startPosition.row + 1;
var lastPart = (dotted) => dotted.slice(dotted.lastIndexOf(".") + 1);
function stringValue(node) {
  if (node.type === "concatenated_string") {
    let out = "";
    for (const child of node.namedChildren) {
      const part = child && stringValue(child);
      if (part === void 0) return void 0;
      out += part;
    }
    return out;
  }
  if (node.type !== "string") return void 0;
  const prefix = stringPrefix(node);
  if (prefix === void 0) return void 0;
  let value = "";
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "interpolation") return void 0;
    if (child.type === "string_content") {
      const part = contentValue(child.text, prefix);
      if (part === void 0) return void 0;
      value += part;
    }
  }
  return value;
}
function stringPrefix(node) {
  const start = node.namedChildren.find((c) => c?.type === "string_start")?.text ?? node.text;
  const prefix = /^[A-Za-z]*/.exec(start)?.[0] ?? "";
  return /b/i.test(prefix) ? void 0 : prefix;
}
var ESCAPE = /\\(\r\n|\n|\r|[\\'"abfnrtv]|[0-7]{1,3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\})/g;
var SIMPLE_ESCAPES = { "\\": "\\", "'": "'", '"': '"', a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v" };
function contentValue(raw, prefix) {
  const text = /f/i.test(prefix) ? raw.replace(/\{\{|\}\}/g, (pair) => pair[0]) : raw;
  if (/r/i.test(prefix) || !text.includes("\\")) return text;
  let unknownName = false;
  const value = text.replace(ESCAPE, (_match, escape) => {
    if (escape === "\n" || escape === "\r" || escape === "\r\n") return "";
    const simple = SIMPLE_ESCAPES[escape];
    if (simple !== void 0) return simple;
    if (/^[0-7]/.test(escape)) return String.fromCodePoint(Number.parseInt(escape, 8));
    if (escape.startsWith("N")) {
      unknownName = true;
      return "";
    }
    const code = Number.parseInt(escape.slice(1), 16);
    return code > 1114111 ? (unknownName = true, "") : String.fromCodePoint(code);
  });
  return unknownName ? void 0 : value;
}
function staticString(node) {
  if (!node) return void 0;
  const value = stringValue(node);
  return value === void 0 ? unknown(node) : value;
}
function staticStringList(node) {
  if (!node) return void 0;
  if (node.type === "list" || node.type === "tuple" || node.type === "set") {
    const values = [];
    for (const child of node.namedChildren) {
      const value = child ? stringValue(child) : void 0;
      if (value === void 0) return unknown(node);
      values.push(value);
    }
    return values;
  }
  if (node.type === "none") return [];
  return unknown(node);
}
function staticNumber(node) {
  if (!node) return void 0;
  if (node.type === "integer" && /^\d+$/.test(node.text)) return integerValue(node.text);
  return unknown(node);
}
function integerValue(digits) {
  return Math.min(Number(digits), Number.MAX_VALUE);
}
function staticBoolean(node) {
  if (!node) return void 0;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  return unknown(node);
}
function staticSchedule(node) {
  if (!node) return void 0;
  if (node.type === "none") return null;
  const value = stringValue(node);
  return value === void 0 ? unknown(node) : value;
}
var CRON_TIMETABLES = /* @__PURE__ */ new Map([
  ["airflow.timetables.trigger.CronTriggerTimetable", "CronTriggerTimetable"],
  ["airflow.timetables.interval.CronDataIntervalTimetable", "CronDataIntervalTimetable"]
]);
var TIMETABLE_SIGNATURES = /* @__PURE__ */ new Map([
  ["airflow.timetables.trigger.CronTriggerTimetable", { name: "CronTriggerTimetable", positional: ["cron"], keywords: ["cron", "timezone", "interval"], required: ["cron", "timezone"] }],
  // Its __init__ is CronMixin's, which CPython's message names.
  ["airflow.timetables.interval.CronDataIntervalTimetable", { name: "CronMixin", positional: ["cron", "timezone"], keywords: ["cron", "timezone"], required: ["cron", "timezone"] }],
  ["airflow.timetables.interval.DeltaDataIntervalTimetable", { name: "DeltaDataIntervalTimetable", positional: ["delta"], keywords: ["delta"], required: ["delta"] }]
]);
function timetableTypeError(node, ctx) {
  const call = node.type === "identifier" ? followName(node, ctx) : node;
  if (call?.type !== "call") return void 0;
  const written = calleeName(call.childForFieldName("function"));
  const signature = written ? TIMETABLE_SIGNATURES.get(resolveName(written, ctx)) : void 0;
  if (!signature || written === void 0) return void 0;
  const first = written.split(".")[0];
  if (ctx.reboundAliases.has(first) || new RegExp(`\\b(class|def)\\s+${first}\\b|\\b${first}\\s*=(?!=)`).test(ctx.source)) return void 0;
  const args = (call.childForFieldName("arguments")?.namedChildren ?? []).filter((a) => !!a && a.type !== "comment");
  if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) return void 0;
  const { positional, keywords } = callArguments(call);
  const where = `${signature.name}.__init__()`;
  if (positional.length > signature.positional.length) {
    return `${where} takes ${signature.positional.length + 1} positional arguments but ${positional.length + 1} were given`;
  }
  for (const keyword of keywords.keys()) if (!signature.keywords.includes(keyword)) return `${where} got an unexpected keyword argument '${keyword}'`;
  const given = /* @__PURE__ */ new Set([...signature.positional.slice(0, positional.length), ...keywords.keys()]);
  const missing = signature.required.filter((name) => !given.has(name));
  if (missing.length === 0) return void 0;
  const keywordOnly = missing.filter((name) => !signature.positional.includes(name));
  const kind = keywordOnly.length === missing.length ? "keyword-only argument" : "positional argument";
  return `${where} missing ${missing.length} required ${kind}${missing.length > 1 ? "s" : ""}: ${missing.map((m) => `'${m}'`).join(" and ")}`;
}
function cronTimetable(node, ctx) {
  const call = node.type === "identifier" ? followName(node, ctx) : node;
  if (call?.type !== "call") return void 0;
  const written = calleeName(call.childForFieldName("function"));
  const timetableClass = written ? CRON_TIMETABLES.get(resolveName(written, ctx)) : void 0;
  if (!timetableClass) return void 0;
  const { positional, keywords } = callArguments(call);
  const expression = keywords.get("cron") ?? positional[0];
  const cron = expression ? strOnly(moduleString(expression, ctx, { file: false })) : void 0;
  return cron === void 0 ? void 0 : { timetableClass, timetableCron: cron };
}
function floatLiteral(node) {
  const operand = node.type === "unary_operator" && node.text.trimStart().startsWith("-") ? node.namedChildren[0] : node;
  if (operand?.type !== "float" || /[jJ]/.test(operand.text)) return void 0;
  const value = Number(operand.text.replace(/_/g, ""));
  if (!Number.isFinite(value)) return void 0;
  return operand === node ? value : -value;
}
function literalFields(node, ctx) {
  const plain = literalValue(node);
  const literal2 = plain === void 0 && ctx ? integerExpression(node, ctx) : plain;
  if (literal2 !== void 0) return { literal: literal2 };
  const float = floatLiteral(node);
  return float === void 0 ? {} : { literal: float, valueType: "float" };
}
function integerExpression(node, ctx, depth = 0) {
  if (depth > 20) return void 0;
  const value = followName(node, ctx) ?? node;
  if (value !== node && value.type === "identifier") return void 0;
  const literal2 = literalValue(value);
  if (typeof literal2 === "number") return Number.isSafeInteger(literal2) ? literal2 : void 0;
  if (literal2 !== void 0) return void 0;
  if (value.type === "parenthesized_expression") {
    const inner = value.namedChildren.filter((c) => c.type !== "comment");
    return inner.length === 1 ? integerExpression(inner[0], ctx, depth + 1) : void 0;
  }
  if (value.type === "unary_operator" && value.text.trimStart().startsWith("-")) {
    const operand = value.childForFieldName("argument");
    const inner = operand ? integerExpression(operand, ctx, depth + 1) : void 0;
    return inner === void 0 ? void 0 : -inner;
  }
  if (value.type !== "binary_operator") return void 0;
  const left = value.childForFieldName("left");
  const right = value.childForFieldName("right");
  const operator = value.childForFieldName("operator")?.type;
  const a = left ? integerExpression(left, ctx, depth + 1) : void 0;
  const b = right ? integerExpression(right, ctx, depth + 1) : void 0;
  if (a === void 0 || b === void 0) return void 0;
  const result = operator === "+" ? a + b : operator === "-" ? a - b : operator === "*" ? a * b : operator === "//" && b !== 0 ? Math.floor(a / b) : void 0;
  return result !== void 0 && Number.isSafeInteger(result) ? result : void 0;
}
function concatenationType(node, ctx, depth = 0) {
  const value = followName(node, ctx) ?? node;
  if (depth > 20 || value.type !== "binary_operator" || value.childForFieldName("operator")?.type !== "+") return void 0;
  const side = (operand) => {
    if (!operand) return void 0;
    const followed = followName(operand, ctx) ?? operand;
    if (followed.type === "tuple" || followed.type === "list") {
      const items = followed.namedChildren.filter((c) => c.type !== "comment");
      if (items.some((c) => c.type === "list_splat" || c.type === "parenthesized_list_splat")) return void 0;
      return { type: followed.type, items: items.length > 0 };
    }
    const nested = concatenationType(followed, ctx, depth + 1);
    return nested ? { type: nested, items: true } : void 0;
  };
  const a = side(value.childForFieldName("left"));
  const b = side(value.childForFieldName("right"));
  return a && b && a.type === b.type && (a.items || b.items) ? a.type : void 0;
}
function literalValue(node) {
  if (node.type === "integer") return /^\d+$/.test(node.text) ? integerValue(node.text) : void 0;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  if (node.type === "none") return null;
  if (node.type === "unary_operator" && /^-\s*\d+$/.test(node.text)) return -integerValue(node.text.replace(/^-\s*/, ""));
  return node.type === "string" || node.type === "concatenated_string" ? stringValue(node) : void 0;
}
function argumentSpans(call, ctx) {
  const spans = [];
  let index = 0;
  const push = (name, valueNode) => {
    const plain = literalValue(valueNode);
    const literal2 = plain === void 0 && ctx ? integerExpression(valueNode, ctx) : plain;
    const truthy2 = ctx && /^(schedule|schedule_interval|timetable|start_date)$/.test(name) ? truthiness(valueNode, ctx, 0) : void 0;
    const length = ctx && (name === "schedule" || name === "schedule_interval") ? intervalMicroseconds(valueNode, ctx, 0) : void 0;
    const notPositive = length !== void 0 && length <= 0;
    const timetable = ctx && /^(schedule|schedule_interval|timetable)$/.test(name) ? cronTimetable(valueNode, ctx) : void 0;
    const notDatetime = ctx && (name === "start_date" || name === "end_date") ? notADatetime(valueNode, ctx) : void 0;
    const valueType = ctx ? pythonValueType(followName(valueNode, ctx) ?? valueNode) ?? concatenationType(valueNode, ctx) : void 0;
    const tzAware = ctx && name === "start_date" && isTzAware(valueNode, ctx);
    const badLink = ctx && name === "owner_links" ? invalidOwnerLink(followName(valueNode, ctx) ?? valueNode) : void 0;
    const literalItem = ctx && name === "schedule" ? literalScheduleItem(valueNode, ctx) : void 0;
    const timetableCall = ctx && /^(schedule|timetable)$/.test(name) ? timetableTypeError(valueNode, ctx) : void 0;
    spans.push({
      name,
      line: valueNode.startPosition.row + 1,
      column: valueNode.startPosition.column + 1,
      endLine: valueNode.endPosition.row + 1,
      endColumn: valueNode.endPosition.column + 1,
      ...literal2 === void 0 ? {} : { literal: literal2 },
      ...truthy2 === void 0 ? {} : { truthy: truthy2 },
      ...notPositive ? { notPositiveInterval: true } : {},
      ...timetable ?? {},
      ...notDatetime ? { notDatetime } : {},
      ...valueType ? { valueType } : {},
      ...tzAware ? { tzAware: true } : {},
      ...badLink === void 0 ? {} : { badLink },
      ...literalItem === void 0 ? {} : { literalItem },
      ...timetableCall === void 0 ? {} : { timetableTypeError: timetableCall }
    });
  };
  for (const arg of call?.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "keyword_argument") push(arg.childForFieldName("name")?.text ?? "?", arg.childForFieldName("value") ?? arg);
    else if (arg.type === "dictionary_splat") {
      const entries = ctx ? splatEntries(arg, ctx) : void 0;
      if (entries) for (const entry of entries) push(entry.name, entry.value);
      else push("**", arg);
    } else if (arg.type === "list_splat") push("*", arg);
    else push(`#${index++}`, arg);
  }
  return spans;
}
function notADatetime(node, ctx) {
  const value = followName(node, ctx);
  if (!value) return void 0;
  if (value.type === "string" || value.type === "concatenated_string") return stringValue(value) === "" ? void 0 : "str";
  if (value.type !== "call") return void 0;
  const fn = value.childForFieldName("function");
  if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "date" && (value.childForFieldName("arguments")?.namedChildren.length ?? 1) === 0) {
    const receiver = followName(fn.childForFieldName("object") ?? void 0, ctx);
    const made = receiver?.type === "call" ? calleeName(receiver.childForFieldName("function")) : void 0;
    return made !== void 0 && DATETIME_MAKERS.has(resolveName(made, ctx)) ? "date" : void 0;
  }
  const written = calleeName(fn);
  const resolved = written ? resolveName(written, ctx) : void 0;
  return resolved !== void 0 && DATE_MAKERS.has(resolved) ? "date" : void 0;
}
var DATE_MAKERS = /* @__PURE__ */ new Set(["datetime.date", "pendulum.date", "datetime.date.today", "datetime.date.fromisoformat", "datetime.date.fromordinal", "datetime.date.fromtimestamp"]);
var DATETIME_MAKERS = /* @__PURE__ */ new Set(["pendulum.datetime", "pendulum.now", "pendulum.today", "pendulum.yesterday", "pendulum.tomorrow", "pendulum.parse", "datetime.datetime", "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today"]);
function pythonValueType(node) {
  if (node.type === "float") return "float";
  if (node.type === "call") {
    const fn = node.childForFieldName("function");
    const args = node.childForFieldName("arguments")?.namedChildren.filter((c) => c && c.type !== "comment") ?? [];
    return fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "total_seconds" && args.length === 0 ? "float" : void 0;
  }
  const type = node.type === "dictionary" ? "dict" : node.type === "list" || node.type === "tuple" || node.type === "set" ? node.type : void 0;
  if (!type) return void 0;
  const items = node.namedChildren.filter((c) => c && c.type !== "comment");
  return items.length > 0 && !items.some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat" || c?.type === "parenthesized_list_splat") ? type : void 0;
}
function literalScheduleItem(node, ctx) {
  const value = followName(node, ctx) ?? node;
  if (value.type !== "list" && value.type !== "tuple" && value.type !== "set") return void 0;
  for (const item of value.namedChildren) {
    if (!item || item.type === "comment") continue;
    const followed = followName(item, ctx) ?? item;
    if (followed.type === "string" && stringPrefix(followed) === void 0) return "bytes";
    const type = PYTHON_LITERAL_TYPES[followed.type];
    if (type) return type;
  }
  return void 0;
}
function isTzAware(node, ctx) {
  const value = followName(node, ctx);
  if (value?.type !== "call") return false;
  const written = calleeName(value.childForFieldName("function"));
  const resolved = written ? resolveName(written, ctx) : void 0;
  const { positional, keywords } = callArguments(value);
  if (resolved === "pendulum.datetime") {
    const tz = keywords.get("tz") ?? positional[7];
    if (!tz) return !(value.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat");
    return tz.type === "string" && !!stringValue(tz);
  }
  if (resolved === "datetime.datetime") {
    const tz = keywords.get("tzinfo") ?? positional[7];
    return tz?.type === "attribute" || tz?.type === "call";
  }
  return false;
}
function invalidOwnerLink(node) {
  if (node.type !== "dictionary") return void 0;
  for (const pair of node.namedChildren) {
    if (pair?.type !== "pair") continue;
    const valueNode = pair.childForFieldName("value");
    const link = valueNode ? stringValue(valueNode) : void 0;
    if (link === void 0 || /[[\]]/.test(link)) continue;
    let first = 0;
    while (first < link.length && link.charCodeAt(first) <= 32) first++;
    const url = link.slice(first).replace(/[\t\r\n]/g, "");
    const colon = url.indexOf(":");
    const scheme = colon > 0 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(url.slice(0, colon)) ? url.slice(0, colon).toLowerCase() : "";
    const rest = scheme ? url.slice(colon + 1) : url;
    if (scheme === "mailto") {
      if (rest.split(/[?#]/)[0] === "") return link;
      continue;
    }
    const netloc = rest.startsWith("//") ? rest.slice(2).split(/[/?#]/)[0] ?? "" : "";
    if (!scheme || !netloc) return link;
  }
  return void 0;
}
var TRUTHY_CLASSES = /^(Dataset|DatasetAlias|DatasetAll|DatasetAny|DatasetOrTimeSchedule|Asset|AssetAlias|AssetAll|AssetAny|AssetOrTimeSchedule|\w*Timetable)$/;
var INTERVAL_CLASSES = /^(timedelta|relativedelta|duration|Duration)$/;
function truthiness(node, ctx, depth) {
  if (depth > 4) return void 0;
  switch (node.type) {
    case "identifier": {
      const bound = moduleBinding(ctx.valueBindings, node);
      return bound ? truthiness(bound, ctx, depth + 1) : void 0;
    }
    case "none":
    case "false":
      return false;
    case "true":
      return true;
    case "integer":
    case "float":
      return /^[0._]*$/.test(node.text.replace(/[eE].*$/, "")) ? false : /^[\d._eE+-]+$/.test(node.text) ? true : void 0;
    case "string":
    case "concatenated_string": {
      const value = stringValue(node);
      return value === void 0 ? void 0 : value !== "";
    }
    case "list":
    case "tuple":
    case "set":
    case "dictionary": {
      const items = node.namedChildren.filter((c) => c && c.type !== "comment");
      if (items.length === 0) return false;
      return items.some((c) => c?.type === "list_splat" || c?.type === "dictionary_splat") ? void 0 : true;
    }
    case "parenthesized_expression":
      return node.namedChildren.length === 1 && node.namedChildren[0] ? truthiness(node.namedChildren[0], ctx, depth + 1) : void 0;
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      if (operator !== "|" && operator !== "&") return void 0;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      return left && right && truthiness(left, ctx, depth + 1) === true && truthiness(right, ctx, depth + 1) === true ? true : void 0;
    }
    case "call": {
      const written = calleeName(node.childForFieldName("function"));
      if (!written) return void 0;
      const name = lastPart(resolveName(written, ctx));
      if (TRUTHY_CLASSES.test(name)) return true;
      if (INTERVAL_CLASSES.test(name)) {
        const length = intervalMicroseconds(node, ctx, depth + 1);
        if (length !== void 0) return length !== 0;
        const values = (node.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => !!c && c.type !== "comment").map((a) => a.type === "keyword_argument" ? a.childForFieldName("value") : a);
        return values.some((v) => v && (v.type === "integer" || v.type === "float") && truthiness(v, ctx, depth + 1) === true) ? true : void 0;
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
var INTERVAL_UNITS = [["days", 864e8], ["seconds", 1e6], ["microseconds", 1], ["milliseconds", 1e3], ["minutes", 6e7], ["hours", 36e8], ["weeks", 6048e8]];
function intervalMicroseconds(node, ctx, depth) {
  if (depth > 4) return void 0;
  if (node.type === "identifier") {
    const bound = moduleBinding(ctx.valueBindings, node);
    return bound ? intervalMicroseconds(bound, ctx, depth + 1) : void 0;
  }
  if (node.type !== "call") return void 0;
  const written = calleeName(node.childForFieldName("function"));
  if (!written) return void 0;
  const name = lastPart(resolveName(written, ctx));
  const isRelative = name === "relativedelta";
  if (!isRelative && !/^(timedelta|duration|Duration)$/.test(name)) return void 0;
  let total = 0;
  let position = 0;
  let backwards = false;
  for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    const keyword = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : void 0;
    const value = arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg;
    if (!value || arg.type === "list_splat" || arg.type === "dictionary_splat") return void 0;
    const number = numericLiteral(value);
    if (number === void 0) return void 0;
    if (isRelative) {
      if (number > 0 || number < 0 && (keyword === void 0 || !RELATIVEDELTA_RELATIVE.has(keyword))) return void 0;
      if (number < 0) backwards = true;
      continue;
    }
    const unit = keyword === void 0 ? INTERVAL_UNITS[position++] : INTERVAL_UNITS.find(([n]) => n === keyword);
    if (!unit) return void 0;
    total += Math.round(number * unit[1]);
  }
  return backwards ? -1 : total;
}
var RELATIVEDELTA_RELATIVE = /* @__PURE__ */ new Set(["years", "months", "weeks", "days", "hours", "minutes", "seconds", "microseconds"]);
function numericLiteral(node) {
  if (node.type === "unary_operator") {
    const operand = node.childForFieldName("argument");
    const sign = node.childForFieldName("operator")?.type;
    const value2 = operand ? numericLiteral(operand) : void 0;
    return value2 === void 0 || sign !== "-" && sign !== "+" ? void 0 : sign === "-" ? -value2 : value2;
  }
  if (node.type !== "integer" && node.type !== "float") return void 0;
  const value = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(value) ? value : void 0;
}
function splatEntries(splat, ctx) {
  const expression = splat.namedChildren.find((c) => c && c.type !== "comment");
  if (expression?.type !== "identifier" && expression?.type !== "dictionary") return void 0;
  const bound = expression.type === "dictionary" ? expression : moduleBinding(ctx.dictBindings, expression);
  if (!bound) return void 0;
  const entries = [];
  if (bound.type === "dictionary") {
    for (const child of bound.namedChildren) {
      if (!child || child.type === "comment") continue;
      if (child.type !== "pair") return void 0;
      const keyNode = child.childForFieldName("key");
      const key = keyNode ? stringValue(keyNode) : void 0;
      const value = child.childForFieldName("value");
      if (key === void 0 || !value) return void 0;
      entries.push({ name: key, value });
    }
    return entries;
  }
  for (const arg of bound.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type !== "keyword_argument") return void 0;
    const name = arg.childForFieldName("name")?.text;
    const value = arg.childForFieldName("value");
    if (!name || !value) return void 0;
    entries.push({ name, value });
  }
  return entries;
}
function dagCallArguments(call, ctx) {
  const { positional, keywords } = callArguments(call);
  const fromSplat = /* @__PURE__ */ new Set();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg?.type !== "dictionary_splat") continue;
    for (const entry of splatEntries(arg, ctx) ?? []) {
      if (keywords.has(entry.name)) continue;
      keywords.set(entry.name, entry.value);
      fromSplat.add(entry.name);
    }
  }
  return { positional, keywords, fromSplat };
}
var PYTHON_LITERALS = { string: "str", concatenated_string: "str", integer: "int", float: "float", true: "bool", false: "bool", none: "NoneType", list: "list", dictionary: "dict", tuple: "tuple", set: "set" };
function operatorCallOf(call, fnNode, operator, defaults, ctx) {
  const unknownKeywords = [];
  const given = /* @__PURE__ */ new Set();
  const literals = [];
  const values = [];
  let splat = false;
  let positional;
  let taskId;
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") splat = true;
    else if (arg.type === "keyword_argument") {
      const nameNode = arg.childForFieldName("name");
      const value = arg.childForFieldName("value");
      if (!nameNode || !value) continue;
      const name = nameNode.text;
      const falsy = value.type === "false" || value.type === "none" || value.text === "0" || value.text === '""' || value.text === "''";
      given.add(name);
      if (!acceptsKeyword(operator, name)) unknownKeywords.push({ name, ...spanOf(nameNode), ...falsy ? { falsy: true } : {} });
      const type = name.endsWith("_callable") ? PYTHON_LITERALS[value.type] : void 0;
      if (type) literals.push({ name, type, ...spanOf(value) });
      if (name === "task_id") taskId = stringValue(value);
      if (JUDGED_TASK_ARGUMENTS.includes(name)) {
        const { literal: literal2, valueType } = literalFields(followName(value, ctx) ?? value, ctx);
        const { line, column, endLine, endColumn } = spanOf(value);
        if (literal2 !== void 0 && literal2 !== null) values.push({ line, column, endLine, endColumn, name, literal: literal2, ...valueType ? { valueType } : {} });
      }
    } else positional ??= spanOf(arg);
  }
  let missing;
  const left = splat || !defaults || given.has("default_args") ? [] : requiredArgumentsOf(operator).filter((name) => !given.has(name));
  const file = left.length ? defaults?.() : void 0;
  if (file && !file.open) missing = left.filter((name) => !new RegExp(`(["'])${name}\\1|\\b${name}\\s*=(?!=)`).test(file.code));
  return {
    operator,
    unknownKeywords,
    ...splat ? { splat: true } : {},
    ...positional ? { positional } : {},
    ...literals.length ? { literals } : {},
    ...taskId !== void 0 ? { taskId } : {},
    ...values.length ? { values } : {},
    ...fnNode.type === "attribute" && fnNode.childForFieldName("attribute")?.text === "partial" && !splat && !given.has("task_id") ? { noTaskId: true } : {},
    ...unmappableOf(call, fnNode),
    ...missing?.length ? { missing } : {},
    ...spanOf(fnNode)
  };
}
function defaultArgsUnknown(source, ctx) {
  if (/[{,]\s*\*\*[\w.]+\s*[,}]|\bdict\(\s*\*\*/.test(source)) return true;
  for (const match of source.matchAll(/\bdefault_args\b["']?(\s*[=:]\s*(?:(\{|dict\()|([A-Za-z_]\w*)\s*[,)}\n]))?/g)) {
    if (match[2]) continue;
    if (match[3] && ctx.dictBindings.get(match[3])) continue;
    return true;
  }
  return false;
}
function resolveName(written, ctx) {
  const dot = written.indexOf(".");
  const first = dot === -1 ? written : written.slice(0, dot);
  const rest = dot === -1 ? "" : written.slice(dot);
  const imported = ctx.aliases.get(first);
  if (imported !== void 0) return imported + rest;
  if (ctx.classNodes.has(first)) return `local:${written}`;
  return written;
}
function followName(node, ctx) {
  if (node?.type !== "identifier") return node;
  return moduleBinding(ctx.valueBindings, node) ?? node;
}
function moduleBinding(bindings, identifier) {
  const bound = bindings.get(identifier.text);
  if (!bound) return void 0;
  for (let p = identifier.parent; p; p = p.parent) {
    if (p.type !== "function_definition" && p.type !== "lambda") continue;
    if (bindsLocally(p, identifier.text)) return void 0;
  }
  return bound;
}
function bindsLocally(fn, name) {
  return localNames(fn).has(name);
}
function dictView(node, ctx) {
  let target = node;
  if (node.type === "identifier") {
    const bound = moduleBinding(ctx.dictBindings, node);
    if (!bound) return { kind: "unknown", node };
    target = bound;
  }
  if (target.type === "dictionary") {
    const entries = [];
    const spans = [];
    for (const child of target.namedChildren) {
      if (!child) continue;
      if (child.type === "pair") {
        const keyNode = child.childForFieldName("key");
        const key = keyNode ? stringValue(keyNode) : void 0;
        const value = child.childForFieldName("value") ?? void 0;
        entries.push({ key, value });
        if (key !== void 0 && value) {
          const notDatetime = key === "start_date" || key === "end_date" ? notADatetime(value, ctx) : void 0;
          spans.push({ name: key, ...spanOf(value), ...literalFields(followName(value, ctx) ?? value, ctx), ...notDatetime ? { notDatetime } : {} });
        }
      } else if (child.type === "dictionary_splat") entries.push({ splat: true });
    }
    return {
      kind: "dict",
      entries: spans,
      get(key) {
        for (let i = entries.length - 1; i >= 0; i--) {
          const entry = entries[i];
          if (entry.splat) return "unknown";
          if (entry.key === key) return entry.value;
        }
        return void 0;
      }
    };
  }
  if (target.type === "call" && calleeName(target.childForFieldName("function")) === "dict") {
    const { keywords, positional } = callArguments(target);
    const hasSplat = (target.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "dictionary_splat");
    return {
      kind: "dict",
      entries: [...keywords].map(([name, value]) => {
        const notDatetime = name === "start_date" || name === "end_date" ? notADatetime(value, ctx) : void 0;
        return { name, ...spanOf(value), ...literalFields(followName(value, ctx) ?? value, ctx), ...notDatetime ? { notDatetime } : {} };
      }),
      get: (key) => keywords.get(key) ?? (hasSplat || positional.length ? "unknown" : void 0)
    };
  }
  return { kind: "unknown", node: target };
}
function fromDefaultArgs(defaultArgs, key, ctx, read) {
  if (!defaultArgs) return void 0;
  const view = dictView(defaultArgs, ctx);
  if (view.kind === "unknown") return unknown(view.node);
  const value = view.get(key);
  if (value === "unknown") return unknown(defaultArgs);
  return value ? read(value) : void 0;
}
var LEAF_TYPES = /* @__PURE__ */ new Set(["string", "concatenated_string", "comment", "identifier", "integer", "float", "true", "false", "none", "type", "escape_sequence"]);
var MAYBE_INTERESTING_IN_FUNCTION = /\bimport\b|dag|@/i;
var FUNCTION_NAME = /^(?:async\s+)?def\s+([A-Za-z_]\w*)/;
var DEF_NAMES = /^[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
var SIGNATURE_END = /\)\s*(->[^:]*)?:/;
var LOOP_TYPES = /* @__PURE__ */ new Set(["for_statement", "while_statement", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);
var TASK_DECORATOR2 = /(^|\.)(task|setup|teardown)(\.[A-Za-z_]+)?$|_task$/;
var ISOLATED_DECORATOR = /(^|\.)task\.(virtualenv|external_python|branch_virtualenv|branch_external_python|docker|kubernetes)$|(^|\.)(virtualenv|external_python|branch_virtualenv|branch_external_python|docker|kubernetes)_task$/;
var ISOLATED_OPERATOR = /(^|\.)(PythonVirtualenvOperator|ExternalPythonOperator|BranchPythonVirtualenvOperator|BranchExternalPythonOperator)$/;
var INSPECTING_BUILTINS = /* @__PURE__ */ new Set(["callable", "isinstance", "issubclass", "hasattr", "getattr", "id", "type", "repr", "str", "print", "hash", "bool", "dir", "vars", "len"]);
var DAG_KEYWORDS = /* @__PURE__ */ new Set(["dag_id", "schedule", "schedule_interval", "timetable", "start_date", "default_args", "catchup", "tags", "dagrun_timeout", "max_active_runs"]);
function decoratorName(decorator) {
  const expression = decorator.namedChildren.find((c) => c && c.type !== "comment") ?? null;
  if (!expression) return {};
  if (expression.type === "call") return { name: calleeName(expression.childForFieldName("function")), call: expression };
  return { name: calleeName(expression) };
}
function dagDecoratorCall(node, ctx) {
  if (node?.type !== "call") return void 0;
  const written = calleeName(node.childForFieldName("function"));
  if (!written) return void 0;
  const resolved = resolveName(written, ctx);
  return DAG_DECORATORS2.get(resolved) === AIRFLOW_DAG_CLASS || written === "dag" && resolved === "dag" ? node : void 0;
}
var Scope = class {
  constructor(kind, node, parent, name) {
    this.kind = kind;
    this.node = node;
    this.parent = parent;
    this.name = name;
  }
  kind;
  node;
  parent;
  name;
  /** Functions defined directly in this scope, by name (methods are not); created on first definition. */
  defs;
  /** Call sites that call this function by name (resolved after the walk). */
  callers = [];
  isolated = false;
  paramList;
  /** Parameter names in order, with their default values (read when first needed). */
  get params() {
    this.paramList ??= this.node?.type === "function_definition" ? readParams(this.node) : [];
    return this.paramList;
  }
  define(name, scope) {
    (this.defs ??= /* @__PURE__ */ new Map()).set(name, scope);
  }
};
var MAX_INSTANCES = 200;
function extractDagInventory(tree, source, file) {
  const root = new SyntaxTree(tree).rootNode;
  const ctx = {
    dictBindings: /* @__PURE__ */ new Map(),
    valueBindings: /* @__PURE__ */ new Map(),
    aliases: /* @__PURE__ */ new Map(),
    reboundAliases: /* @__PURE__ */ new Set(),
    classNodes: /* @__PURE__ */ new Map(),
    taskFunctions: /* @__PURE__ */ new Set(),
    taskGroupFunctions: /* @__PURE__ */ new Set(),
    taskFunctionParams: /* @__PURE__ */ new Map(),
    taskFunctionSla: /* @__PURE__ */ new Map(),
    taskSignatures: /* @__PURE__ */ new Map(),
    boundOnce: /* @__PURE__ */ new Map(),
    operatorNames: /* @__PURE__ */ new Set(),
    file,
    source
  };
  collectModuleFacts(root, ctx);
  const moduleScope = new Scope("module", root, null);
  const rawImports = [];
  const rawCalls = [];
  const rawZones = [];
  const rawDatasets = [];
  const rawTasks = [];
  const rawMapped = [];
  const rawMappedTasks = [];
  const rawTaskCalls = [];
  const rawTaskArguments = [];
  const rawAttributes = [];
  const rawOperatorCalls = [];
  const rawTriggerRuleMembers = [];
  const triggerRuleImported = [...ctx.aliases.values()].some((target) => target.startsWith(TRIGGER_RULE_MODULE));
  let defaults;
  const defaultsOfFile = () => {
    if (!defaults) {
      const code = ctx.codeText ??= codeOnlyText(source);
      defaults = { code, open: defaultArgsUnknown(code, ctx) };
    }
    return defaults;
  };
  const callSites = [];
  const sites = [];
  const rawFactoryCalls = [];
  const isolatedCallables = [];
  const classes = [];
  const dagClassCache = /* @__PURE__ */ new Map();
  const deferred = [];
  const methods = /* @__PURE__ */ new Map();
  const definedNames = /* @__PURE__ */ new Set();
  for (const match of source.matchAll(DEF_NAMES)) definedNames.add(match[1]);
  const classifyClass = (written) => {
    const resolved = resolveName(written, ctx);
    const known = KNOWN_DAG_CLASSES.get(resolved);
    if (known) return { dagClass: known, certain: true };
    if (written === "DAG" && resolved === "DAG") return { dagClass: AIRFLOW_DAG_CLASS, certain: true };
    if (resolved.startsWith("local:")) {
      const verdict = localClassVerdict(resolved.slice(6), ctx, dagClassCache, /* @__PURE__ */ new Set());
      if (verdict === "yes") {
        const init = localClassInit(resolved.slice(6), ctx, /* @__PURE__ */ new Set());
        return { dagClass: resolved.slice(6), certain: true, ...init ? { init } : {} };
      }
      if (verdict === "maybe") return { dagClass: resolved, certain: false };
      return void 0;
    }
    const imported = ctx.aliases.has(written.split(".")[0]);
    if (imported && !resolved.startsWith("airflow.") && /^[A-Z]/.test(lastPart(resolved))) return { dagClass: resolved, certain: false };
    return void 0;
  };
  const functionScopes = [];
  const blocksNotRun = [];
  const blockNotRun = (block) => {
    if (!block) return;
    const { line, column, endLine, endColumn } = spanOf(block);
    blocksNotRun.push(line, column, endLine, endColumn);
  };
  const newScope = (kind, node, parent, name) => {
    const scope = new Scope(kind, node, parent, name);
    if (node) functionScopes.push(scope);
    return scope;
  };
  const lookupFunction = (name, scope) => {
    for (let s = scope; s; s = s.parent) {
      const found = s.defs?.get(name);
      if (found) return found.node?.type === "function_definition" ? found : void 0;
    }
    return void 0;
  };
  const addSite = (dag, kind, st, extra, cls) => {
    dag.dagClass = cls.dagClass;
    sites.push({ dag, kind, scope: st.scope, inMain: st.main, certain: cls.certain, ...extra });
  };
  const visitFunction = (definition, decorators, at, st) => {
    const text = definition.text;
    const name = FUNCTION_NAME.exec(text)?.[1];
    const resolvedDecorators = decorators.length ? decorators.map((d) => {
      const { name: written, call } = decoratorName(d);
      return { resolved: written ? resolveName(written, ctx) : "", written, call };
    }) : [];
    let dagDecorator = resolvedDecorators.find((d) => DAG_DECORATORS2.has(d.resolved) || d.written === "dag" && d.resolved === "dag");
    const preset = dagDecorator ? void 0 : resolvedDecorators.find((d) => !d.call && d.written && !d.written.includes(".") && dagDecoratorCall(ctx.valueBindings.get(d.written), ctx));
    if (preset) dagDecorator = { ...preset, resolved: resolveName(calleeName(ctx.valueBindings.get(preset.written)?.childForFieldName("function") ?? null) ?? "", ctx), call: ctx.valueBindings.get(preset.written) ?? void 0 };
    let kind = st.classBody ? "method" : "plain";
    if (dagDecorator) kind = "dag";
    else if (resolvedDecorators.some((d) => /(^|\.)task_group$/.test(d.resolved))) kind = "task_group";
    else if (resolvedDecorators.some((d) => TASK_DECORATOR2.test(d.resolved))) kind = "task";
    const scope = newScope(kind, definition, st.scope, name);
    if (resolvedDecorators.length) scope.isolated = resolvedDecorators.some((d) => ISOLATED_DECORATOR.test(d.resolved));
    if (name && !st.classBody) st.scope.define(name, scope);
    else if (name && st.classBody) methods.set(name, [...methods.get(name) ?? [], { scope, className: st.className }]);
    if (kind === "task_group") {
      const groupCall = resolvedDecorators.find((d) => /(^|\.)task_group$/.test(d.resolved))?.call;
      const group = groupCall ? groupIdOf(groupCall, ctx) : void 0;
      if (group?.use && group.prefix === true) rawTasks.push({ task: group.use, scope, main: st.main });
    }
    if (kind === "task") {
      const taskCall = resolvedDecorators.find((d) => TASK_DECORATOR2.test(d.resolved) && /^airflow\.(decorators|sdk)\./.test(d.resolved))?.call;
      const idNode = taskCall ? callArguments(taskCall).keywords.get("task_id") : void 0;
      const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : void 0;
      if (idNode && id !== void 0) rawTasks.push({ task: { id, ...spanOf(idNode) }, scope: st.scope, createdBy: scope, main: st.main });
    }
    if (dagDecorator) {
      const dag = dagFromDecorator(definition, dagDecorator.call, at, file, ctx);
      const idNode = dagDecorator.call ? decoratorIdNode(dagCallArguments(dagDecorator.call, ctx)) : void 0;
      addSite(dag, "decorator", st, { dagFn: scope, idNode, at, ...autoRegisterOff(dagDecorator.call, ctx) ? { noAutoRegister: true } : {} }, { dagClass: DAG_DECORATORS2.get(dagDecorator.resolved) ?? AIRFLOW_DAG_CLASS, certain: true });
    }
    const signatureEnd = text.search(SIGNATURE_END);
    if (/=[^,]*\(/.test(signatureEnd === -1 ? text : text.slice(0, signatureEnd))) {
      const parameters = definition.childForFieldName("parameters");
      if (parameters) visit(parameters, st);
    }
    const bodyState = { scope, loop: false, main: st.main, typeChecking: st.typeChecking, guarded: false, classBody: false };
    if (kind === "dag" || kind === "task_group" || MAYBE_INTERESTING_IN_FUNCTION.test(text)) {
      const body = definition.childForFieldName("body");
      if (body) visit(body, bodyState);
    } else deferred.push({ definition, state: bodyState });
  };
  const noteReference = (identifier, st) => {
    const parent = identifier.parent;
    if (!parent) return;
    const role = parent.type;
    if (role === "call" && parent.childForFieldName("function")?.id === identifier.id) return;
    if ((role === "function_definition" || role === "class_definition") && parent.childForFieldName("name")?.id === identifier.id) return;
    if (role === "keyword_argument" && parent.childForFieldName("name")?.id === identifier.id) return;
    if (role === "attribute") return;
    if (role === "comparison_operator" || role === "not_operator") return;
    if (role === "argument_list" && INSPECTING_BUILTINS.has(parent.parent?.childForFieldName("function")?.text ?? "")) return;
    if (/^(parameters|default_parameter|typed_parameter|typed_default_parameter|dotted_name|aliased_import|global_statement|nonlocal_statement|decorator)$/.test(role)) return;
    if (role === "assignment" && parent.childForFieldName("left")?.id === identifier.id) return;
    callSites.push({ name: identifier.text, node: identifier, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "reference" });
  };
  const visit = (node, st) => {
    const type = node.type;
    if (LEAF_TYPES.has(type)) {
      if (type === "identifier" && definedNames.has(node.text)) noteReference(node, st);
      return;
    }
    switch (type) {
      case "import_statement":
      case "import_from_statement":
        for (const ref of readImports(node, st)) rawImports.push({ ref, scope: st.scope, main: st.main });
        return;
      case "try_statement": {
        const guardsImports = node.namedChildren.some((c) => c?.type === "except_clause" && catchesImportError(c));
        const handles = node.namedChildren.some((c) => c?.type === "except_clause" || c?.type === "except_group_clause");
        for (const child of node.namedChildren) {
          if (child) visit(child, { ...st, guarded: child.type === "block" ? st.guarded || guardsImports : st.guarded, tried: child.type === "block" ? st.tried || handles : st.tried });
        }
        return;
      }
      case "if_statement": {
        const condition = node.childForFieldName("condition");
        const consequence = node.childForFieldName("consequence");
        const special = condition ? specialCondition(condition) : void 0;
        const verdict = special ? void 0 : truthy(condition, ctx);
        let taken = verdict === true;
        let othersFalse = verdict === false || special !== void 0;
        for (const child of node.namedChildren) {
          if (!child) continue;
          if (special && child.id === consequence?.id) {
            blockNotRun(child);
            visit(child, special === "main" ? { ...st, main: true } : { ...st, typeChecking: true });
          } else if (child.id === consequence?.id) {
            if (verdict !== false) visit(child, verdict === true ? st : { ...st, conditional: true });
            else blockNotRun(child);
          } else if (child.type === "elif_clause" || child.type === "else_clause") {
            const body = child.childForFieldName(child.type === "elif_clause" ? "consequence" : "body");
            if (taken) {
              blockNotRun(child);
              continue;
            }
            const clauseVerdict = child.type === "elif_clause" ? truthy(child.childForFieldName("condition"), ctx) : void 0;
            if (clauseVerdict === false) {
              const clauseCondition = child.childForFieldName("condition");
              if (clauseCondition) visit(clauseCondition, st);
              blockNotRun(body);
              continue;
            }
            if (clauseVerdict === true) taken = true;
            const certain = othersFalse && (child.type === "else_clause" || clauseVerdict === true);
            if (clauseVerdict === void 0) othersFalse = false;
            visit(child, certain ? st : { ...st, conditional: true });
          } else visit(child, st);
        }
        return;
      }
      case "decorated_definition": {
        const definition = node.childForFieldName("definition");
        const decorators = node.namedChildren.filter((c) => c?.type === "decorator");
        for (const d of decorators) visit(d, st);
        if (definition?.type === "function_definition") visitFunction(definition, decorators, node, st);
        else if (definition) visit(definition, st);
        return;
      }
      case "function_definition":
        visitFunction(node, [], node, st);
        return;
      case "lambda": {
        const scope = newScope("lambda", node, st.scope);
        const body = node.childForFieldName("body");
        if (body) visit(body, { ...st, scope, loop: false, guarded: false, classBody: false });
        return;
      }
      case "class_definition": {
        const name = node.childForFieldName("name")?.text;
        const superclasses = node.childForFieldName("superclasses");
        if (name && st.scope.kind === "module" && !st.classBody) {
          const bases = [];
          for (const base of superclasses?.namedChildren ?? []) {
            const written = base ? calleeName(base) : void 0;
            if (written) bases.push(resolveName(written, ctx));
          }
          const init = classInitOf(node);
          classes.push({ name, line: lineOf(node), bases, ...init ? { init } : {} });
        }
        if (superclasses) visit(superclasses, st);
        const body = node.childForFieldName("body");
        if (body) visit(body, { ...st, classBody: true, className: name });
        return;
      }
      case "with_statement": {
        const found = dagFromWith(node, file, ctx, classifyClass);
        if (found) {
          const idNode = found.cls.init ? madeByClassInit(found.dag, found.cls.init, found.cls.dagClass, found.idNode) : found.idNode;
          addSite(found.dag, "with", st, { idNode, at: node, ...autoRegisterOff(found.call, ctx) ? { noAutoRegister: true } : {} }, found.cls);
        }
        const suppressed = suppressedByWith(node, ctx);
        if (suppressed !== void 0) {
          for (const child of node.namedChildren) if (child) visit(child, child.type === "block" ? { ...st, guarded: st.guarded || suppressed, tried: true } : st);
          return;
        }
        break;
      }
      case "call": {
        const fnNode = node.childForFieldName("function");
        const written = calleeName(fnNode);
        if (written && !isWithItem(node)) {
          const cls = classifyClass(written);
          if (cls && (cls.certain || looksLikeDagCall(node, written))) {
            const made = dagFromCall(node, file, ctx, "DAG()", cls.certain ? countTasksForAssignedDag(node, root, ctx) : unknown(node));
            const idNode = cls.init ? madeByClassInit(made.dag, cls.init, cls.dagClass, made.idNode) : made.idNode;
            addSite(made.dag, "call", st, { idNode, callNode: node, at: node }, cls);
          }
        }
        const appliedHere = fnNode?.type === "call" ? dagDecoratorCall(fnNode, ctx) : void 0;
        const applied = appliedHere || fnNode?.type !== "call" ? node : fnNode;
        const decoratorCall = appliedHere ?? (applied === node ? void 0 : dagDecoratorCall(applied.childForFieldName("function"), ctx));
        const target = decoratorCall ? callArguments(applied).positional[0] : void 0;
        const definition = target?.type === "identifier" ? lookupFunction(target.text, st.scope) : void 0;
        if (decoratorCall && definition?.node) {
          const holder = applied === node ? node.parent : void 0;
          const boundTo = holder?.type === "assignment" && holder.childForFieldName("right")?.id === node.id ? holder.childForFieldName("left") : void 0;
          if (applied !== node || boundTo?.type === "identifier") {
            const dagFn = newScope("dag", definition.node, st.scope, boundTo?.text ?? definition.name);
            const dag = dagFromDecorator(definition.node, decoratorCall, applied, file, ctx);
            const idNode = decoratorIdNode(dagCallArguments(decoratorCall, ctx));
            const noAutoRegister = autoRegisterOff(decoratorCall, ctx);
            addSite(dag, "decorator", st, { dagFn, idNode, at: applied, ...noAutoRegister ? { noAutoRegister } : {} }, { dagClass: AIRFLOW_DAG_CLASS, certain: true });
            definition.callers.push({ name: definition.name ?? "", node: applied, scope: dagFn, inLoop: false, inMain: false });
            if (applied !== node) dagFn.callers.push({ name: dagFn.name ?? "", node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true });
            else if (boundTo) {
              st.scope.define(boundTo.text, dagFn);
              definedNames.add(boundTo.text);
            }
          }
        }
        const method = written === void 0 && fnNode?.type === "attribute" ? fnNode.childForFieldName("attribute")?.text : void 0;
        if (method !== void 0 && definedNames.has(method)) {
          callSites.push({ name: method, node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "method" });
        } else if (written !== void 0) {
          if (definedNames.has(written)) callSites.push({ name: written, node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true });
          else if (ctx.classNodes.has(written)) callSites.push({ name: written, node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "class" });
          else if (fnNode?.type === "attribute" && definedNames.has(lastPart(written))) {
            callSites.push({ name: lastPart(written), node, scope: st.scope, inLoop: st.loop, inMain: st.main, conditional: st.conditional === true, via: "method" });
          }
        }
        const resolved = written ? resolveName(written, ctx) : void 0;
        if (written !== void 0 && resolved !== void 0 && st.scope.kind === "module" && !st.main && !st.classBody && !definedNames.has(written) && ctx.aliases.has(written.split(".")[0])) {
          const dot = resolved.indexOf(".");
          const top = dot === -1 ? resolved : resolved.slice(0, dot);
          if (!NOT_PROJECT_MODULES.has(top) && !resolved.startsWith(".") && /^[a-z_]/.test(lastPart(resolved)) && factoryCallPosition(node)) rawFactoryCalls.push({ node, callee: resolved });
        }
        if (written !== void 0 && resolved !== void 0 && fnNode?.type === "attribute" && !st.typeChecking && resolved.startsWith("airflow.") && !resolved.startsWith("airflow.providers.") && ctx.aliases.has(written.split(".")[0])) {
          rawAttributes.push({ use: { path: resolved, line: lineOf(node), column: node.startPosition.column + 1, ...st.tried ? { tried: true } : {} }, scope: st.scope, main: st.main });
        }
        const kind = parseTimeKind(node, written, resolved);
        if (kind) {
          rawCalls.push({
            call: { callee: written ?? shorten(fnNode?.text ?? "?"), line: lineOf(node), column: node.startPosition.column + 1, kind },
            scope: st.scope,
            main: st.main
          });
        }
        if (written && (ctx.operatorNames.has(written) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(written)))) {
          const { keywords } = callArguments(node);
          const idNode = keywords.get("task_id");
          const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : void 0;
          if (idNode && id !== void 0) {
            const placed = keywords.has("task_group") ? void 0 : node;
            rawTasks.push({ task: { id, ...spanOf(idNode) }, node: placed, dagArg: keywords.get("dag"), inLoop: st.loop, scope: st.scope, main: st.main });
          }
          for (const name of ["trigger_rule", "weight_rule"]) {
            const valueNode = keywords.get(name);
            const value = valueNode ? stringValue(followName(valueNode, ctx) ?? valueNode) : void 0;
            if (valueNode && value !== void 0) rawTaskArguments.push({ argument: { name, value, ...spanOf(valueNode) }, scope: st.scope, main: st.main });
          }
        }
        const rebound = written !== void 0 && ctx.reboundAliases.has(written.split(".")[0]);
        let operator = resolved !== void 0 && fnNode && !rebound ? operatorClassFor(resolved) : void 0;
        let mapped;
        let innerRebound;
        if (operator === void 0 && resolved?.endsWith(".partial")) {
          operator = operatorClassFor(resolved.slice(0, -".partial".length));
          mapped = "partial";
        } else if (operator === void 0 && method === "expand") {
          const inner = fnNode?.childForFieldName("object");
          const innerName = inner?.type === "call" ? calleeName(inner.childForFieldName("function")) : void 0;
          const innerResolved = innerName !== void 0 ? resolveName(innerName, ctx) : void 0;
          innerRebound = innerName !== void 0 && ctx.reboundAliases.has(innerName.split(".")[0]);
          if (innerResolved?.endsWith(".partial")) {
            operator = operatorClassFor(innerResolved.slice(0, -".partial".length));
            mapped = "expand";
          }
        }
        if (operator !== void 0 && fnNode && !rebound && !(innerRebound ?? false)) {
          const call = operatorCallOf(node, fnNode, operator, mapped === void 0 ? defaultsOfFile : void 0, ctx);
          rawOperatorCalls.push({ call: mapped ? { ...call, mapped } : call, scope: st.scope, main: st.main });
        }
        if (fnNode?.type === "call") {
          const inner = fnNode.childForFieldName("function");
          if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override") {
            const idNode = callArguments(fnNode).keywords.get("task_id");
            const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : void 0;
            if (idNode && id !== void 0) rawTasks.push({ task: { id, ...spanOf(idNode) }, inLoop: st.loop, scope: st.scope, main: st.main });
          }
        }
        if (written && /(^|\.)TaskGroup$/.test(written)) {
          const group = groupIdOf(node, ctx);
          if (group.use && group.prefix !== void 0) {
            const use = group.prefix ? group.use : { ...group.use, unprefixed: true };
            rawTasks.push({ task: use, node: group.placed ? node : void 0, group, inLoop: st.loop, scope: st.scope, main: st.main });
          }
        }
        const mapping = written === void 0 ? method : fnNode?.type === "attribute" ? lastPart(written) : void 0;
        if ((mapping === "expand" || mapping === "expand_kwargs" || mapping === "partial") && fnNode) {
          for (const literal2 of mappingProblems(node, fnNode, mapping, ctx)) rawMapped.push({ literal: literal2, scope: st.scope, main: st.main });
          const task = mapping === "partial" ? void 0 : mappedTaskOf(fnNode, ctx);
          if (task) rawMappedTasks.push({ task, scope: st.scope, main: st.main });
        }
        const taskCall = fnNode ? taskCallProblem(node, fnNode, ctx) : void 0;
        if (taskCall) rawTaskCalls.push({ call: taskCall, scope: st.scope, main: st.main });
        const zoneMethod = fnNode?.type === "attribute" ? fnNode.childForFieldName("attribute")?.text : void 0;
        const zone = zoneMethod && TIME_ZONE_METHODS.has(zoneMethod) ? timeZoneArgument(node, void 0, ctx, zoneMethod) : resolved ? timeZoneArgument(node, resolved, ctx) : void 0;
        if (zone) rawZones.push({ zone: { ...zone, callee: written ?? resolved ?? `.${zoneMethod ?? "?"}` }, scope: st.scope, main: st.main });
        if (resolved === "airflow.datasets.Dataset" || resolved === "airflow.Dataset") {
          const { positional, keywords } = callArguments(node);
          const uriNode = keywords.get("uri") ?? positional[0];
          const uri = uriNode ? strOnly(moduleString(uriNode, ctx, { file: false })) : void 0;
          if (uriNode && uri !== void 0) rawDatasets.push({ use: { uri, ...spanOf(uriNode) }, scope: st.scope, main: st.main });
        }
        if (resolved && ISOLATED_OPERATOR.test(resolved)) {
          const callable = callArguments(node).keywords.get("python_callable");
          if (callable?.type === "identifier") isolatedCallables.push({ name: callable.text, scope: st.scope });
        }
        break;
      }
      default:
        if (LOOP_TYPES.has(type)) {
          for (const child of node.namedChildren) if (child) visit(child, { ...st, loop: true });
          return;
        }
        if (type === "attribute" && triggerRuleImported) {
          const object = calleeName(node.childForFieldName("object"));
          const member = node.childForFieldName("attribute");
          if (object !== void 0 && member && resolveName(object, ctx) === `${TRIGGER_RULE_MODULE}.TriggerRule` && !isTriggerRuleMember(member.text)) {
            rawTriggerRuleMembers.push({ use: { member: member.text, ...spanOf(member) }, scope: st.scope, main: st.main });
          }
        }
        break;
    }
    for (const child of node.namedChildren) if (child) visit(child, st);
  };
  visit(root, { scope: moduleScope, loop: false, main: false, typeChecking: false, guarded: false, classBody: false });
  const lookup2 = (name, scope) => {
    for (let s = scope; s; s = s.parent) {
      const found = s.defs?.get(name);
      if (found) return found;
    }
    return void 0;
  };
  let linked = 0;
  const linkCalls = () => {
    for (; linked < callSites.length; linked++) {
      const site = callSites[linked];
      if (site.via === "method") for (const method of methods.get(site.name) ?? []) method.scope.callers.push(site);
      else if (site.via === "class") {
        for (const method of methods.get("__init__") ?? []) if (method.className === site.name) method.scope.callers.push(site);
      } else if (site.via === "reference") {
        const target = lookup2(site.name, site.scope);
        if (target?.kind === "dag" && target !== site.scope) target.callers.push(site);
      } else lookup2(site.name, site.scope)?.callers.push(site);
    }
  };
  let executedMemo = /* @__PURE__ */ new Map();
  const executed = (scope) => {
    if (scope.kind === "module") return true;
    const memo = executedMemo.get(scope);
    if (memo !== void 0) return memo;
    executedMemo.set(scope, false);
    const runs = scope.kind !== "task" && scope.kind !== "lambda" && scope.callers.some((c) => !c.inMain && executed(c.scope));
    executedMemo.set(scope, runs);
    return runs;
  };
  linkCalls();
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < deferred.length; i++) {
      const item = deferred[i];
      if (!executed(item.state.scope)) continue;
      deferred.splice(i--, 1);
      const body = item.definition.childForFieldName("body");
      if (body) visit(body, item.state);
      changed = true;
    }
    if (changed) {
      linkCalls();
      executedMemo = /* @__PURE__ */ new Map();
    }
  }
  for (const { name, scope } of isolatedCallables) {
    const target = lookup2(name, scope);
    if (target) target.isolated = true;
  }
  const isolated = (scope) => {
    for (let s = scope; s; s = s.parent) if (s.isolated) return true;
    return false;
  };
  const certainMemo = /* @__PURE__ */ new Map();
  const certainlyRun = (scope) => {
    if (scope.kind === "module") return true;
    const memo = certainMemo.get(scope);
    if (memo !== void 0) return memo;
    certainMemo.set(scope, false);
    const runs = scope.kind !== "task" && scope.kind !== "lambda" && scope.callers.some((c) => !c.inMain && !c.conditional && certainlyRun(c.scope));
    certainMemo.set(scope, runs);
    return runs;
  };
  const imports = [];
  for (const { ref, scope, main } of rawImports) {
    if (main) continue;
    const where = isolated(scope) ? "isolated" : executed(scope) ? "module" : "function";
    imports.push({ ...ref, scope: where, ...where === "module" && !ref.conditional && !certainlyRun(scope) ? { conditional: true } : {} });
  }
  const parseTimeCalls = rawCalls.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ call }) => call);
  const called = (fn) => fn.callers.some((c) => !c.inMain && executed(c.scope));
  const taskIds = placeTaskIds(
    rawTasks.filter(({ scope, main, createdBy }) => !main && (createdBy ? called(createdBy) : executed(scope)) && !isolated(scope)),
    ctx,
    classifyClass
  );
  const mappedLiterals = rawMapped.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ literal: literal2 }) => literal2);
  const mappedTasks = rawMappedTasks.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ task }) => task);
  const taskCalls = rawTaskCalls.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ call }) => call);
  const taskArguments = rawTaskArguments.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ argument }) => argument);
  const operatorCalls = rawOperatorCalls.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ call }) => call);
  const triggerRuleMembers = rawTriggerRuleMembers.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ use }) => use);
  const timeZones = rawZones.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ zone }) => zone);
  const datasetUris = rawDatasets.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ use }) => use);
  const airflowAttributes = rawAttributes.filter(({ scope, main }) => !main && executed(scope) && !isolated(scope)).map(({ use }) => use);
  const escapes = (container, key) => container !== void 0 && (new RegExp(`^for\\b[^\\n]*\\bin\\b[^\\n]*\\b${container}\\b|\\b(globals|vars)\\(\\)\\.update\\([^)\\n]*\\b${container}\\b`, "m").test(source) || key !== void 0 && takenBack(source, container, key));
  const dags = [];
  const candidateDags = [];
  const uncalledDagFunctions = [];
  for (const site of sites) {
    if (site.inMain) continue;
    const out = site.certain ? dags : candidateDags;
    const instances = instancesOf(site, executed);
    if (site.kind === "decorator" && site.at?.type === "decorated_definition" && instances.length === 0 && executed(site.scope) && site.certain) {
      const nameNode = site.dagFn?.node?.childForFieldName("name");
      if (nameNode) uncalledDagFunctions.push({ name: nameNode.text, dagId: site.dag.dagId, ...spanOf(nameNode), ...site.dag.decoratorWithoutCall ? { decoratorWithoutCall: true } : {} });
    }
    const found = foundInstances(site, instances, escapes);
    for (const instance of found) out.push(...perIteration(site, instance, instantiate(site, instance, found.length, ctx), ctx));
  }
  const factoryCalls = rawFactoryCalls.map(({ node, callee }) => factoryCallOf(node, callee, ctx, escapes));
  const factories = factoryDefinitions(sites, moduleScope, ctx);
  const unevaluated = [];
  const postponed = POSTPONED_ANNOTATIONS.test(source);
  if (postponed || STRING_ANNOTATION.test(source)) {
    for (const annotation of tree.rootNode.descendantsOfType("type")) {
      if (!annotation) continue;
      if (!postponed && !/^(string|concatenated_string)$/.test(annotation.firstNamedChild?.type ?? "") && !localAnnotation(annotation)) continue;
      unevaluated.push(annotation.startPosition.row + 1, annotation.startPosition.column + 1, annotation.endPosition.row + 1, annotation.endPosition.column + 1);
    }
  }
  const notRunAtImport = [];
  const listed = /* @__PURE__ */ new Set();
  for (const scope of functionScopes) {
    if (executed(scope) && !isolated(scope)) continue;
    let outer = false;
    for (let s = scope.parent; s; s = s.parent) if (listed.has(s)) outer = true;
    listed.add(scope);
    if (outer || !scope.node) continue;
    const { line, column, endLine, endColumn } = spanOf(scope.node.childForFieldName("body") ?? scope.node);
    notRunAtImport.push(line, column, endLine, endColumn);
  }
  notRunAtImport.push(...blocksNotRun);
  const typeCheckingOnly = !postponed && !STAR_IMPORT.test(source) && /\bTYPE_CHECKING\b/.test(source) ? typeCheckingReads(root, tree.rootNode, source, notRunAtImport) : [];
  const dynamicGlobals = DYNAMIC_GLOBALS.test(source);
  const dependencies = TASK_GRAPH_WORDS.test(source) ? extractTaskGraphs(root, source, (written) => resolveName(written, ctx)) : void 0;
  return {
    dags,
    imports,
    parseTimeCalls,
    suppressions: readSuppressions(source),
    classes,
    candidateDags,
    uncalledDagFunctions,
    ...nonEmptyLists({
      timeZones,
      datasetUris,
      taskIds,
      mappedLiterals,
      mappedTasks,
      taskCalls,
      taskArguments,
      airflowAttributes,
      operatorCalls,
      triggerRuleMembers,
      taskGraphs: dependencies?.graphs ?? [],
      teardownRules: dependencies?.teardownRules ?? [],
      factoryCalls,
      factories,
      dagGlobals: dagGlobalsOf(root, dags),
      notRunAtImport,
      unevaluated,
      typeCheckingReads: typeCheckingOnly,
      // Not judged where names may come from elsewhere: a star import, run-time globals, or names set on builtins.
      earlyReads: dynamicGlobals || STAR_IMPORT.test(source) || /\bbuiltins\b/.test(source) ? [] : earlyReads(root, source)
    }),
    ...dynamicGlobals ? { dynamicGlobals: true } : {}
  };
}
function nonEmptyLists(lists) {
  const present = {};
  for (const key of Object.keys(lists)) {
    const list = lists[key];
    if (list.length) present[key] = lists[key];
  }
  return present;
}
function localAnnotation(annotation) {
  let node = annotation.parent;
  if (node?.type !== "assignment") return false;
  for (node = node.parent; node; node = node.parent) {
    if (node.type === "function_definition" || node.type === "lambda") return true;
    if (node.type === "class_definition") return false;
  }
  return false;
}
var POSTPONED_ANNOTATIONS = /^[ \t]*from[ \t]+__future__[ \t]+import[^\n]*\bannotations\b/m;
var STRING_ANNOTATION = /^[ \t]+[A-Za-z_]\w*[ \t]*:[ \t]*[A-Za-z_]|->[ \t]*[rRuUbB]?["']|^[ \t]*(?:async[ \t]+)?def[ \t][^\n]*[(,][ \t]*[A-Za-z_]\w*[ \t]*:[ \t]*[rRuUbB]?["']|^[A-Za-z_]\w*[ \t]*:[ \t]*[rRuUbB]?["']/m;
var STAR_IMPORT = /^\s*from\s+[\w.]+\s+import\s+\*/m;
var DYNAMIC_GLOBALS = /\b(globals|vars|locals)\(\s*\)\s*(\.\s*(update|setdefault)\b|\[)|\bexec\s*\(|\bsetattr\s*\(\s*sys\.modules|\bsys\.modules\s*\[\s*__name__\s*\]/;
var NOT_PROJECT_MODULES = /* @__PURE__ */ new Set([...stdlib_modules_default.modules, "airflow", "pendulum"]);
function unparenthesized(node) {
  let child = node;
  let parent = node.parent;
  while (parent?.type === "parenthesized_expression") {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}
function assignedBy(node) {
  const { child, parent } = unparenthesized(node);
  return parent?.type === "assignment" && parent.childForFieldName("right")?.id === child.id ? { assignment: parent, target: parent.childForFieldName("left") } : void 0;
}
function factoryCallPosition(call) {
  const { child, parent } = unparenthesized(call);
  switch (parent?.type) {
    case "expression_statement":
    case "list":
    case "set":
    case "tuple":
    case "expression_list":
      return true;
    case "assignment":
      return parent.childForFieldName("right")?.id === child.id;
    case "pair":
      return parent.childForFieldName("value")?.id === child.id;
    case "list_comprehension":
    case "set_comprehension":
    case "dictionary_comprehension":
    case "generator_expression":
      return parent.childForFieldName("body")?.id === child.id;
    case "argument_list": {
      const callee = parent.parent?.type === "call" ? parent.parent.childForFieldName("function") : void 0;
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
      return method !== void 0 && CONTAINER_METHODS.has(method);
    }
    default:
      return false;
  }
}
function factoryCallOf(call, callee, ctx, escapes) {
  const out = { callee, line: lineOf(call), column: call.startPosition.column + 1, held: "unknown" };
  const branch = branchOf(call);
  if (branch) out.branch = branch;
  const splat = call.childForFieldName("arguments")?.namedChildren.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat");
  const forLoop = moduleLoopOf(call);
  const clause = forLoop ? void 0 : comprehensionLoopOf(call);
  const loop = forLoop ?? clause;
  if (!loop) {
    for (let p = call.parent; p; p = p.parent) if (LOOP_TYPES.has(p.type)) return out;
    const where = landing(call);
    out.held = where.where === "dropped" ? "none" : where.where === "kept" ? reboundLater(call) ? "none" : "all" : escapes(where.container, containerKey(call)) ? "all" : "none";
    if (!splat) out.passes = [passArguments(call, ctx, (name, depth) => moduleName(name, ctx, { file: false }, depth))];
    return out;
  }
  if (forLoop) out.held = { each: "all", last: "last", none: "none", unsure: "unknown" }[heldAcrossPasses(call, forLoop, ctx.source) ?? "unsure"];
  else if (copiedIntoGlobals(loop.parent, ctx.source)) out.held = "all";
  else {
    const where = landing(call);
    out.held = where.where === "container" && !escapes(where.container) ? "none" : "unknown";
  }
  const iterations = splat ? void 0 : loopIterations(loop, ctx);
  if (!iterations) return out;
  const body = forLoop?.childForFieldName("body");
  const assigned = assignedOnce(body);
  out.passes = iterations.map((binding) => {
    const use = { file: false };
    const lookup2 = passLookup(binding, assigned, ctx, use);
    return passArguments(call, ctx, lookup2);
  });
  return out;
}
function assignedOnce(body) {
  const assigned = /* @__PURE__ */ new Map();
  for (const statement of body?.namedChildren ?? []) {
    const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : void 0;
    const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : void 0;
    const right = assignment?.childForFieldName("right");
    if (left?.type === "identifier" && right) assigned.set(left.text, assigned.has(left.text) ? null : right);
  }
  return assigned;
}
function passLookup(binding, assigned, ctx, use) {
  const lookup2 = (name, depth) => {
    if (binding.has(name.text)) return binding.get(name.text);
    const value = assigned.get(name.text);
    if (value === null) return void 0;
    return value ? evalString(value, ctx, use, depth + 1, lookup2) : moduleName(name, ctx, use, depth);
  };
  return lookup2;
}
function passArguments(call, ctx, lookup2) {
  const { positional, keywords } = callArguments(call);
  const use = { file: false };
  const value = (node) => {
    const text = strOnly(evalString(node, ctx, use, 0, lookup2));
    return text === void 0 || use.file ? null : text;
  };
  return { positional: positional.map(value), keywords: Object.fromEntries([...keywords].map(([name, node]) => [name, value(node)])) };
}
var PARAM_BASE = 57600;
function factoryDefinitions(sites, moduleScope, ctx) {
  const byScope = /* @__PURE__ */ new Map();
  for (const site of sites) {
    if (site.scope.parent === moduleScope && site.scope.kind === "plain" && !site.inMain) byScope.set(site.scope, [...byScope.get(site.scope) ?? [], site]);
  }
  const out = [];
  for (const [scope, list] of byScope) {
    const site = list[0];
    const fn = scope.node;
    const body = fn?.childForFieldName("body");
    if (list.length !== 1 || !site.certain || site.noAutoRegister || !site.idNode || !fn || !body || !scope.name) continue;
    if (site.kind !== "with" && site.kind !== "call") continue;
    const parameters = fn.childForFieldName("parameters")?.namedChildren ?? [];
    if (parameters.some((p) => p && p.type !== "dictionary_splat_pattern" && !/^(identifier|default_parameter|typed_parameter|typed_default_parameter)$/.test(p.type))) continue;
    let statement = site.kind === "with" ? site.at : site.callNode;
    while (statement && statement.parent?.id !== body.id) statement = statement.parent;
    if (!statement || site.kind === "with" && statement.id !== site.at?.id) continue;
    let registers = site.kind === "with";
    if (site.kind === "call") {
      const call = site.callNode;
      const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      const bound = assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === call.id ? assignment.childForFieldName("left") : void 0;
      const after = body.namedChildren.slice(body.namedChildren.findIndex((s) => s?.id === statement?.id) + 1);
      registers = bound?.type === "identifier" && after.some((s) => s?.type === "with_statement" && entersName(s, bound.text));
      const returned = statement.type === "return_statement" && statement.namedChildren[0]?.id === call.id || assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === call.id && assignment.childForFieldName("left")?.type === "identifier" && body.namedChildren.some((s) => s?.type === "return_statement" && s.namedChildren[0]?.text === assignment.childForFieldName("left")?.text);
      if (!returned && !registers) continue;
    }
    const before = body.namedChildren.slice(0, body.namedChildren.findIndex((s) => s?.id === statement?.id));
    if (before.some((s) => s && /\b(return|raise|yield)\b/.test(s.text))) continue;
    if (/\(/.test(site.idNode.text)) continue;
    const params = scope.params;
    const use = { file: false };
    const template = evalString(site.idNode, ctx, use, 0, (name, depth) => {
      const index = params.findIndex((p) => p.name === name.text);
      return index === -1 ? moduleName(name, ctx, use, depth) : String.fromCharCode(PARAM_BASE + index);
    });
    if (template === void 0 || isInt(template) || use.file || params.length > 255) continue;
    const dagIdParts = [];
    for (const char of template) {
      const code = char.charCodeAt(0);
      if (code >= PARAM_BASE && code < PARAM_BASE + 256) dagIdParts.push(code - PARAM_BASE);
      else if (typeof dagIdParts[dagIdParts.length - 1] === "string") dagIdParts[dagIdParts.length - 1] += char;
      else dagIdParts.push(char);
    }
    out.push({
      name: scope.name,
      line: lineOf(fn),
      params: params.map((p) => p.default ? { name: p.name, default: strOnly(moduleString(p.default, ctx, { file: false })) ?? null } : { name: p.name }),
      registers,
      ...parameters.some((p) => p?.type === "dictionary_splat_pattern") ? { acceptsKeywords: true } : {},
      dagIdParts,
      definedBy: site.dag.definedBy
    });
  }
  return out;
}
var PYTHON_LITERAL_TYPES = { string: "str", concatenated_string: "str", integer: "int", float: "float", true: "bool", false: "bool", none: "NoneType", set: "set", set_comprehension: "set", generator_expression: "generator" };
function taskChainOf(object, ctx) {
  const overrides = [];
  let node = object;
  while (node?.type === "call") {
    const fn = node.childForFieldName("function");
    const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
    if (!fn || method !== "override" && method !== "partial") return void 0;
    if (method === "override") overrides.unshift(node);
    node = fn.childForFieldName("object");
  }
  if (node?.type !== "identifier") return void 0;
  const signature = ctx.taskSignatures.get(node.text);
  if (!signature || !boundOnlyByItsDef(node.text, ctx)) return void 0;
  let rule = signature.triggerRule;
  for (const override of overrides) {
    const { keywords, splat } = callArguments(override);
    rule = splat ? "unknown" : keywords.get("trigger_rule") ?? rule;
  }
  return { name: node.text, ...rule !== void 0 ? { rule } : {} };
}
function isAlwaysRule(rule, ctx) {
  if (rule === void 0 || rule === "unknown") return false;
  const value = followName(rule, ctx) ?? rule;
  if (value.type === "attribute") return resolveName(calleeName(value) ?? "", ctx) === `${TRIGGER_RULE_MODULE}.TriggerRule.ALWAYS`;
  return stringValue(value) === "always";
}
function isTaskOutput(value, ctx, depth = 0) {
  if (depth > 4) return false;
  if (value.type === "identifier") {
    const bound = operatorBinding(value, ctx);
    return !!bound && isTaskOutput(bound, ctx, depth + 1);
  }
  if (value.type === "subscript") {
    const object = value.childForFieldName("value");
    return !!object && isTaskOutput(object, ctx, depth + 1);
  }
  if (value.type === "attribute" && value.childForFieldName("attribute")?.text === "output") {
    const operator = value.childForFieldName("object");
    const made = operator?.type === "call" ? operator : operator?.type === "identifier" ? operatorBinding(operator, ctx) : void 0;
    const callee = made ? calleeName(made.childForFieldName("function")) : void 0;
    return callee !== void 0 && (ctx.operatorNames.has(callee) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(callee)));
  }
  if (value.type !== "call") return false;
  const fn = value.childForFieldName("function");
  const written = calleeName(fn);
  if (written !== void 0 && /^airflow\.models\.(xcom_arg\.)?XComArg$/.test(resolveName(written, ctx))) return true;
  if (fn?.type === "identifier") return !!taskChainOf(fn, ctx);
  if (fn?.type === "call") return fn.childForFieldName("function")?.childForFieldName("attribute")?.text === "override" && !!taskChainOf(fn, ctx);
  const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
  return (method === "expand" || method === "expand_kwargs") && !!taskChainOf(fn?.childForFieldName("object") ?? null, ctx);
}
function mappingCallProblem(call, fnNode, method, ctx) {
  const list = call.childForFieldName("arguments");
  if (list?.type !== "argument_list") return void 0;
  const object = fnNode.childForFieldName("object");
  const task = taskChainOf(object, ctx);
  const args = list.namedChildren.filter((a) => !!a && a.type !== "comment");
  if (task && method !== "partial" && isAlwaysRule(task.rule, ctx)) {
    if (method === "expand") {
      for (const arg of args) {
        const value = arg.type === "keyword_argument" ? arg.childForFieldName("value") : null;
        if (value && isTaskOutput(value, ctx)) return { argument: arg.childForFieldName("name")?.text ?? "", type: "always", ...spanOf(value) };
      }
    } else if (args.length === 1 && args[0]) {
      const kwargs = followName(args[0], ctx) ?? args[0];
      const items = kwargs.type === "list" || kwargs.type === "tuple" ? kwargs.namedChildren.filter((i) => !!i && i.type !== "comment") : [];
      if (items.every((item) => item.type === "dictionary" || isTaskOutput(item, ctx))) {
        for (const item of items) {
          if (item.type !== "dictionary") continue;
          const value = item.namedChildren.find((pair) => pair?.type === "pair" && isTaskOutput(pair.childForFieldName("value") ?? pair, ctx));
          if (value) return { argument: "kwargs", type: "always", call: "expand_kwargs", ...spanOf(value.childForFieldName("value") ?? value) };
        }
      }
    }
  }
  if (method === "expand" && args.length === 0 && (task || isMappable(object, ctx))) {
    return { argument: "", type: "empty", ...spanOf(fnNode.childForFieldName("attribute") ?? fnNode) };
  }
  if (task && method !== "expand_kwargs") {
    const keys = args.map((a) => a.type === "keyword_argument" ? a.childForFieldName("name") : null).filter((n) => !!n && CONTEXT_KEYS.has(n.text));
    const [key, ...others] = keys;
    if (key) return { argument: key.text, type: "context", call: method, ...others.length ? { also: others.map((k) => k.text) } : {}, ...spanOf(key.parent ?? key) };
  }
  return void 0;
}
function mappingProblems(call, fnNode, method, ctx) {
  const object = fnNode.childForFieldName("object");
  const first = mappingCallProblem(call, fnNode, method, ctx);
  if (first) return [first];
  if (!isMappable(object, ctx)) return [];
  const fnName = object?.type === "identifier" ? object.text : object?.type === "call" ? calleeName(object.childForFieldName("function")?.childForFieldName("object") ?? null) : void 0;
  const params = fnName !== void 0 && (ctx.taskFunctions.has(fnName) || ctx.taskGroupFunctions.has(fnName)) ? ctx.taskFunctionParams.get(fnName) : void 0;
  if (params === null) return [];
  const found = [];
  const { positional, keywords } = callArguments(call);
  if (method === "expand_kwargs") {
    const value = positional[0];
    const followed = value ? followName(value, ctx) : void 0;
    if (!value || !followed || keywords.size > 1 || positional.length > 1) return [];
    const sequence = followed.type === "list" || followed.type === "tuple" ? followed.type : void 0;
    const notDict = sequence && followed.namedChildren.some((item) => !!item && (PYTHON_LITERAL_TYPES[item.type] !== void 0 || item.type === "list" || item.type === "tuple"));
    const type = followed.type === "dictionary" ? "dict" : notDict ? sequence : PYTHON_LITERAL_TYPES[followed.type];
    if (type && !(type === "str" && (stringValue(followed) ?? "") === "")) found.push({ argument: "kwargs", type, call: "expand_kwargs", ...spanOf(value) });
    return found;
  }
  if ((call.childForFieldName("arguments")?.namedChildren ?? []).some((c) => c?.type === "dictionary_splat")) return [];
  for (const [argument, value] of keywords) {
    if (params && !params.has(argument)) {
      found.push({ argument, type: "keyword", call: method, ...spanOf(value) });
      break;
    }
    if (method !== "expand") continue;
    const followed = followName(value, ctx);
    const bytes = followed?.type === "string" && stringPrefix(followed) === void 0;
    const type = bytes ? void 0 : PYTHON_LITERAL_TYPES[followed?.type ?? ""] ?? (followed ? dictViewType(followed) : void 0);
    if (type) found.push({ argument, type, ...spanOf(value) });
    const key = type ? void 0 : keyedTaskOutput(value, ctx);
    if (key !== void 0) found.push({ argument, type: "XComArg", key, ...spanOf(value) });
  }
  return found;
}
function keyedTaskOutput(value, ctx) {
  if (value.type !== "subscript") return void 0;
  const object = value.childForFieldName("value");
  const index = value.childForFieldName("subscript");
  if (index?.type !== "string" || stringValue(index) === "return_value") return void 0;
  if (object?.type === "attribute" && object.childForFieldName("attribute")?.text === "output") {
    const operator = object.childForFieldName("object");
    const made2 = operator?.type === "call" ? operator : operator?.type === "identifier" ? operatorBinding(operator, ctx) : void 0;
    const callee2 = made2 ? calleeName(made2.childForFieldName("function")) : void 0;
    return callee2 !== void 0 && (ctx.operatorNames.has(callee2) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(callee2))) ? stringValue(index) : void 0;
  }
  const made = object?.type === "call" ? object : object?.type === "identifier" ? operatorBinding(object, ctx) : void 0;
  if (!made) return void 0;
  const callee = calleeName(made.childForFieldName("function"));
  return callee !== void 0 && ctx.taskFunctions.has(callee) && boundOnlyByItsDef(callee, ctx) ? stringValue(index) : void 0;
}
function operatorBinding(use, ctx) {
  const name = use.text;
  if (!/^\w+$/.test(name)) return void 0;
  const bindings = ctx.source.match(new RegExp(`\\b${name}\\s*(=(?!=)|:=)|\\b(for|as|def|class|import)\\s+${name}\\b|,\\s*${name}\\s*(,|=|\\bin\\b)`, "g"));
  if (bindings?.length !== 1) return void 0;
  for (let block = use.parent; block; block = block.parent) {
    if (block.type !== "block" && block.type !== "module") continue;
    for (const statement of block.namedChildren) {
      const assignment = statement?.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      if (assignment?.type !== "assignment" || assignment.childForFieldName("left")?.text !== name) continue;
      const right = assignment.childForFieldName("right");
      return right?.type === "call" ? right : void 0;
    }
  }
  return void 0;
}
function dictViewType(node) {
  const fn = node.type === "call" ? node.childForFieldName("function") : void 0;
  const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
  if (method !== "items" && method !== "keys" && method !== "values") return void 0;
  if (fn?.childForFieldName("object")?.type !== "dictionary" || (node.childForFieldName("arguments")?.namedChildren.length ?? 0) > 0) return void 0;
  return `dict_${method}`;
}
var PARTIAL_PARAMETERS = /* @__PURE__ */ new Set(["task_id", "dag", "task_group", "start_date", "end_date", "owner", "email", "params", "resources", "trigger_rule", "depends_on_past", "ignore_first_depends_on_past", "wait_for_past_depends_before_skipping", "wait_for_downstream", "retries", "queue", "pool", "pool_slots", "execution_timeout", "max_retry_delay", "retry_delay", "retry_exponential_backoff", "priority_weight", "weight_rule", "sla", "map_index_template", "max_active_tis_per_dag", "max_active_tis_per_dagrun", "on_execute_callback", "on_failure_callback", "on_success_callback", "on_retry_callback", "on_skipped_callback", "run_as_user", "executor", "executor_config", "inlets", "outlets", "doc", "doc_md", "doc_json", "doc_yaml", "doc_rst", "task_display_name", "logger_name", "allow_nested_operators"]);
function unmappableOf(call, fnNode) {
  if (fnNode.type !== "attribute" || fnNode.childForFieldName("attribute")?.text !== "expand") return {};
  const partial = fnNode.childForFieldName("object");
  if (partial?.type !== "call" || (partial.childForFieldName("arguments")?.namedChildren ?? []).some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat")) return {};
  const given = callArguments(partial).keywords;
  const unmappable = [];
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg?.type !== "keyword_argument") continue;
    const nameNode = arg.childForFieldName("name");
    const name = nameNode?.text;
    if (!nameNode || !name || !(given.has(name) || PARTIAL_PARAMETERS.has(name))) continue;
    unmappable.push({ ...spanOf(nameNode), name, inPartial: given.has(name) });
  }
  return unmappable.length ? { unmappable } : {};
}
var CONTEXT_KEYS = /* @__PURE__ */ new Set(["conf", "conn", "dag", "dag_run", "data_interval_end", "data_interval_start", "ds", "ds_nodash", "exception", "execution_date", "expanded_ti_count", "inlet_events", "inlets", "logical_date", "macros", "map_index_template", "next_ds", "next_ds_nodash", "next_execution_date", "outlet_events", "outlets", "params", "prev_data_interval_end_success", "prev_data_interval_start_success", "prev_ds", "prev_ds_nodash", "prev_end_date_success", "prev_execution_date", "prev_execution_date_success", "prev_start_date_success", "reason", "run_id", "task", "task_instance", "task_instance_key_str", "templates_dict", "test_mode", "ti", "tomorrow_ds", "tomorrow_ds_nodash", "triggering_dataset_events", "try_number", "ts", "ts_nodash", "ts_nodash_with_tz", "var", "yesterday_ds", "yesterday_ds_nodash"]);
var NOT_NONE_LITERALS = /* @__PURE__ */ new Set(["string", "concatenated_string", "integer", "float", "true", "false", "list", "tuple", "dictionary", "set", "list_comprehension", "dictionary_comprehension", "set_comprehension"]);
function taskSignatureOf(definition) {
  const signature = { positional: [], keywordOnly: [], varArgs: false, varKeywords: false };
  let keywordOnly = false;
  let contextKeyWithoutDefault;
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    const inner = p.type === "typed_parameter" ? p.namedChildren.find((c) => c && c.type !== "type") ?? p : p;
    if (inner.type === "list_splat_pattern") {
      signature.varArgs = true;
      keywordOnly = true;
      continue;
    }
    if (inner.type === "dictionary_splat_pattern") {
      signature.varKeywords = true;
      continue;
    }
    if (p.type === "keyword_separator") {
      keywordOnly = true;
      continue;
    }
    if (p.type === "positional_separator") {
      for (const param of signature.positional) param.positionalOnly = true;
      continue;
    }
    const hasDefault = p.type === "default_parameter" || p.type === "typed_default_parameter";
    const name = hasDefault ? p.childForFieldName("name")?.text : inner.type === "identifier" ? inner.text : void 0;
    if (!name) continue;
    if (hasDefault && CONTEXT_KEYS.has(name) && NOT_NONE_LITERALS.has(p.childForFieldName("value")?.type ?? "")) signature.contextKeyDefault ??= name;
    const required = !hasDefault && !CONTEXT_KEYS.has(name);
    if (keywordOnly) signature.keywordOnly.push({ name, required });
    else {
      if (!hasDefault && CONTEXT_KEYS.has(name)) contextKeyWithoutDefault ??= name;
      else if (!hasDefault && contextKeyWithoutDefault !== void 0) signature.contextKeyFirst ??= contextKeyWithoutDefault;
      signature.positional.push({ name, required, positionalOnly: false });
    }
  }
  return signature;
}
function taskCallProblem(call, fnNode, ctx) {
  let name;
  if (fnNode.type === "identifier") name = fnNode.text;
  else if (fnNode.type === "call") {
    const inner = fnNode.childForFieldName("function");
    if (inner?.type === "attribute" && inner.childForFieldName("attribute")?.text === "override" && inner.childForFieldName("object")?.type === "identifier") name = inner.childForFieldName("object")?.text;
  }
  const signature = name !== void 0 ? ctx.taskSignatures.get(name) : void 0;
  if (!signature || signature.sensor || name === void 0 || !boundOnlyByItsDef(name, ctx)) return void 0;
  if (signature.contextKeyDefault !== void 0) {
    return { function: name, error: "ValueError", problem: `Context key parameter ${signature.contextKeyDefault} can't have a default other than None`, ...spanOf(fnNode) };
  }
  if (signature.contextKeyFirst !== void 0) {
    return { function: name, error: "ValueError", problem: `The function signature broke while assigning defaults to context key parameters ('${signature.contextKeyFirst}' gets None): non-default argument follows default argument`, ...spanOf(fnNode) };
  }
  const list = call.childForFieldName("arguments");
  if (list?.type !== "argument_list" || list.namedChildren.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat")) return void 0;
  const { positional, keywords } = callArguments(call);
  const problem = (() => {
    const bound = /* @__PURE__ */ new Set();
    for (let k = 0; k < positional.length; k++) {
      const param = signature.positional[k];
      if (!param) {
        if (signature.varArgs) break;
        return "too many positional arguments";
      }
      if (keywords.has(param.name) && !param.positionalOnly) return `multiple values for argument '${param.name}'`;
      bound.add(param.name);
    }
    for (const param of [...signature.positional, ...signature.keywordOnly]) {
      if (bound.has(param.name)) continue;
      if (keywords.has(param.name)) {
        if ("positionalOnly" in param && param.positionalOnly) return void 0;
        bound.add(param.name);
      } else if (param.required) return `missing a required argument: '${param.name}'`;
    }
    if (!signature.varKeywords) {
      for (const keyword of keywords.keys()) if (!bound.has(keyword)) return `got an unexpected keyword argument '${keyword}'`;
    }
    return void 0;
  })();
  return problem === void 0 ? void 0 : { function: name, problem, ...spanOf(fnNode) };
}
function slaArgument(call) {
  if (call?.type !== "call") return void 0;
  const value = callArguments(call).keywords.get("sla");
  return value === void 0 ? void 0 : value.type !== "none";
}
function mappedTaskOf(fnNode, ctx) {
  const object = fnNode.childForFieldName("object");
  if (!isMappable(object, ctx) || !object) return void 0;
  const span2 = spanOf(fnNode);
  const groupDefaults = ctx.groupDefaults ??= /\b(TaskGroup|task_group)\s*\([^)]*\bdefault_args\b/.test(ctx.source);
  if (object.type === "identifier") {
    if (!ctx.taskFunctions.has(object.text)) return void 0;
    if (!boundOnlyByItsDef(object.text, ctx)) return void 0;
    const sla2 = ctx.taskFunctionSla.get(object.text);
    return sla2 === void 0 ? groupDefaults ? void 0 : span2 : { ...span2, sla: sla2 };
  }
  const target = calleeName(object.childForFieldName("function")?.childForFieldName("object") ?? null);
  if (target === void 0 || ctx.taskGroupFunctions.has(target)) return void 0;
  const own = slaArgument(object);
  if (own !== void 0) return { ...span2, sla: own };
  const args = object.childForFieldName("arguments")?.namedChildren ?? [];
  if (args.some((a) => a?.type === "dictionary_splat" || a?.type === "keyword_argument" && a.childForFieldName("name")?.text === "default_args")) return void 0;
  if (ctx.taskFunctions.has(target) && !boundOnlyByItsDef(target, ctx)) return void 0;
  const sla = ctx.taskFunctions.has(target) ? ctx.taskFunctionSla.get(target) : void 0;
  return sla === void 0 ? groupDefaults ? void 0 : span2 : { ...span2, sla };
}
function boundOnlyByItsDef(name, ctx) {
  let answer = ctx.boundOnce.get(name);
  if (answer === void 0) {
    answer = scanBoundOnlyByItsDef(name, ctx.source);
    ctx.boundOnce.set(name, answer);
  }
  return answer;
}
function scanBoundOnlyByItsDef(name, source) {
  if (!/^\w+$/.test(name)) return false;
  const defs = source.match(new RegExp(`\\bdef\\s+${name}\\s*\\(`, "g"))?.length ?? 0;
  if (defs !== 1) return false;
  const other = new RegExp(`\\b${name}\\s*(=(?!=)|:=)|\\b(for|as|class|lambda)[ \\t]+([\\w \\t,*()]*?[ \\t,(*])?${name}\\b|\\bimport\\b[^\\n]*\\b${name}\\b|[(,]\\s*\\**${name}\\s*(,|\\)|:|=(?!=))`);
  const unpacked = new RegExp(`^[ \\t]*[([]?[\\w \\t,*]*\\b${name}\\b[\\w \\t,*]*[)\\]]?[ \\t]*=(?!=)`, "m");
  return !other.test(source) && !unpacked.test(source);
}
function isMappable(object, ctx) {
  if (!object) return false;
  if (object.type === "identifier") return ctx.taskFunctions.has(object.text) || ctx.taskGroupFunctions.has(object.text);
  if (object.type !== "call") return false;
  const fn = object.childForFieldName("function");
  if (fn?.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "partial") return false;
  const target = calleeName(fn.childForFieldName("object"));
  return !!target && (ctx.taskFunctions.has(target) || ctx.taskGroupFunctions.has(target) || ctx.operatorNames.has(target) || /^[A-Z]\w*(Operator|Sensor)$/.test(lastPart(target)));
}
function groupIdOf(call, ctx) {
  const { positional, keywords } = callArguments(call);
  const prefixNode = keywords.get("prefix_group_id");
  const prefix = prefixNode ? truthy(prefixNode, ctx) : true;
  const suffixNode = keywords.get("add_suffix_on_collision");
  const suffix = suffixNode !== void 0 && truthy(suffixNode, ctx) !== false;
  const idNode = keywords.get("group_id") ?? positional[0];
  const id = idNode ? stringValue(followName(idNode, ctx) ?? idNode) : void 0;
  return { use: idNode && id !== void 0 ? { id, ...spanOf(idNode), group: true } : void 0, prefix, suffix, placed: !keywords.has("dag") && !keywords.has("parent_group") };
}
var PLACE_SEE_THROUGH = /* @__PURE__ */ new Set([
  ...RUNS_PARTS_ONCE,
  "block",
  "return_statement",
  "with_item",
  "with_clause",
  "as_pattern",
  "else_clause",
  "elif_clause",
  "except_clause",
  "finally_clause"
]);
function placeTaskIds(raw, ctx, classify) {
  const seen = /* @__PURE__ */ new Set();
  const entries = [];
  const counts = /* @__PURE__ */ new Map();
  let groups = false;
  for (const entry of raw) {
    const at = `${entry.task.line}:${entry.task.column}`;
    if (seen.has(at)) continue;
    seen.add(at);
    entries.push(entry);
    counts.set(entry.task.id, (counts.get(entry.task.id) ?? 0) + 1);
    if (entry.group && entry.node) groups = true;
  }
  const used = /* @__PURE__ */ new Map();
  const out = [];
  for (const entry of entries) {
    const { task } = entry;
    const worth = entry.node && (groups || entry.inLoop || (counts.get(task.id) ?? 0) > 1);
    const place = worth && entry.node ? placeOf(entry.node, entry.dagArg, ctx, classify) : void 0;
    if (!place) {
      if (!task.unprefixed) out.push(task);
      continue;
    }
    const bucketKey = `${place.dag}\0${place.context}`;
    let bucket = used.get(bucketKey);
    if (!bucket) used.set(bucketKey, bucket = /* @__PURE__ */ new Map());
    let result = task;
    const child = childKey(place.groups);
    if (entry.group) {
      const label = entry.group.suffix ? void 0 : task.id;
      const key = label === void 0 ? void 0 : prefixedKey(place.groups, label);
      const asWritten = label === void 0 ? void 0 : bucket.get(label);
      const sibling = asWritten || key === void 0 ? void 0 : child?.(key);
      const earlier = asWritten ?? (sibling ? bucket.get(sibling) : void 0);
      const quoted = !asWritten && key !== void 0 && key !== label && !key.includes("\0") ? { key } : {};
      if (earlier) result = { ...task, ...quoted, duplicateOf: earlier.line, ...earlier.group ? { duplicateOfGroup: true } : {} };
      else if (key !== void 0 && place.loop !== void 0 && !groupRepeatsAround(place)) result = { ...task, ...quoted, repeatedInLoop: place.loop };
      if (key !== void 0) {
        for (const id of [key, `${key}.upstream_join_id`, `${key}.downstream_join_id`]) if (!bucket.has(id)) bucket.set(id, { line: task.line, group: true });
        const own = child?.(key);
        if (own !== void 0 && !bucket.has(own)) bucket.set(own, { line: task.line, group: true });
      }
    } else {
      const key = prefixedKey(place.groups, task.id);
      const earlier = key === void 0 ? void 0 : bucket.get(key);
      if (key !== void 0 && !earlier) bucket.set(key, { line: task.line, group: false });
      const own = key === void 0 ? void 0 : child?.(key);
      if (own !== void 0 && !bucket.has(own)) bucket.set(own, { line: task.line, group: false });
      const shown = key !== void 0 && key !== task.id && !key.includes("\0") ? { key } : {};
      if (earlier) result = { ...task, ...shown, duplicateOf: earlier.line, ...earlier.group ? { duplicateOfGroup: true } : {} };
      else if (key !== void 0 && place.loop !== void 0 && !groupRepeatsAround(place)) result = { ...task, ...shown, repeatedInLoop: place.loop };
      else result = { ...task, ...shown };
    }
    if (!result.unprefixed || result.duplicateOf !== void 0 || result.repeatedInLoop !== void 0) out.push(result);
  }
  return out;
}
function groupRepeatsAround(place) {
  return place.groups.slice(0, place.regionGroups).some((group, i) => group.label !== void 0 && prefixedKey(place.groups.slice(i + 1), group.label) !== void 0);
}
function childKey(groups) {
  const parent = groups[0];
  if (!parent) return (nodeId) => `${nodeId}`;
  const parentKey = parent.label === void 0 ? void 0 : prefixedKey(groups.slice(1), parent.label);
  return parentKey === void 0 ? void 0 : (nodeId) => `${parentKey}${nodeId}`;
}
function prefixedKey(groups, label) {
  const parent = groups[0];
  if (!parent?.prefix) return label;
  const parentKey = parent.label === void 0 ? void 0 : prefixedKey(groups.slice(1), parent.label);
  return parentKey === void 0 ? void 0 : `${parentKey}.${label}`;
}
function placeOf(call, dagArg, ctx, classify) {
  const named = dagArg !== void 0 && dagArg.type !== "none" ? namedDag(dagArg, call, ctx, classify) : void 0;
  if (dagArg !== void 0 && dagArg.type !== "none" && named === void 0) return void 0;
  const explicit = named !== void 0 && !named.startsWith("w");
  let dag = explicit ? named : void 0;
  const groups = [];
  let context;
  let loop;
  let regionGroups = 0;
  let child = call;
  for (let p = call.parent; p; child = p, p = p.parent) {
    const type = p.type;
    if (PLACE_SEE_THROUGH.has(type)) continue;
    switch (type) {
      case "with_statement": {
        if (child.type !== "block") continue;
        const entered = enteredBy(p);
        if (dag !== void 0 && !explicit) {
          if (entered.some((e) => /suppress/.test(e.text))) return void 0;
          continue;
        }
        const into = entered.length === 1 ? enteredInto(entered[0], p, ctx, classify) : void 0;
        if (!into) return void 0;
        if (into.dag !== void 0) {
          if (!explicit) dag = into.dag;
          continue;
        }
        if (explicit || !into.group) return void 0;
        groups.push(into.group);
        if (context === void 0) regionGroups = groups.length;
        continue;
      }
      case "if_statement": {
        const condition = truthy(p.childForFieldName("condition"), ctx);
        const consequence = child.id === p.childForFieldName("consequence")?.id;
        const runs = consequence ? condition === true : child.type === "else_clause" && condition === false && !p.namedChildren.some((c) => c?.type === "elif_clause");
        if (!runs) context ??= child.id;
        continue;
      }
      case "try_statement": {
        if (child.type === "block" && p.namedChildren.some((c) => c?.type === "except_group_clause" || c?.type === "except_clause" && catchesDuplicate(c))) return void 0;
        if (child.type !== "finally_clause" && child.type !== "block") context ??= child.id;
        continue;
      }
      case "while_statement":
        context ??= child.id;
        continue;
      case "for_statement": {
        if (child.id !== p.childForFieldName("body")?.id) {
          if (child.type === "else_clause") context ??= child.id;
          continue;
        }
        if (context === void 0) {
          context = child.id;
          const boundAt = explicit && dag?.startsWith("b") ? Number(dag.slice(1)) : void 0;
          const boundInside = boundAt !== void 0 && child.startIndex <= boundAt && boundAt < child.endIndex;
          if ((dag === void 0 || explicit) && !boundInside) {
            if (!/\b(break|continue|return)\b/.test(child.text) && iterationsAtLeastTwo(p.childForFieldName("right"), ctx) === true) loop = lineOf(p);
          }
        }
        continue;
      }
      case "function_definition": {
        if (child.id !== p.childForFieldName("body")?.id) return void 0;
        context ??= child.id;
        if (dag === void 0) {
          const decorators = p.parent?.type === "decorated_definition" ? p.parent.namedChildren.filter((d) => d?.type === "decorator") : [];
          const names = decorators.map((d) => decoratorName(d));
          if (names.some((d) => /^(\w+\.)*dag$/.test(d.name ?? ""))) dag = `f${p.id}`;
          else {
            const made = names.find((d) => /^(\w+\.)*task_group$/.test(d.name ?? ""));
            if (!made || explicit) return void 0;
            const prefix = made.call ? groupIdOf(made.call, ctx).prefix : true;
            if (prefix === void 0) return void 0;
            groups.push({ label: `\0${p.id}`, prefix });
            dag = `g${p.id}`;
          }
        }
        if (named !== void 0 && named !== dag) return void 0;
        return { dag, context, groups, ...loop !== void 0 ? { loop } : {}, regionGroups };
      }
      case "module":
        context ??= p.id;
        return dag === void 0 || named !== void 0 && named !== dag ? void 0 : { dag, context, groups, ...loop !== void 0 ? { loop } : {}, regionGroups };
      default:
        return void 0;
    }
  }
  return void 0;
}
function enteredInto(entered, withStatement, ctx, classify) {
  let call = entered;
  if (entered.type === "identifier") {
    const dag = namedDag(entered, withStatement, ctx, classify);
    if (dag !== void 0) return { dag };
    call = boundBefore(withStatement, entered.text);
  }
  if (call?.type !== "call") return void 0;
  const written = calleeName(call.childForFieldName("function"));
  if (!written) return void 0;
  if (call === entered && classify(written)?.certain) return { dag: `w${withStatement.id}` };
  if (!/(^|\.)TaskGroup$/.test(written)) return void 0;
  const group = groupIdOf(call, ctx);
  if (group.prefix === void 0 || !group.placed) return void 0;
  return { group: { label: group.suffix ? void 0 : group.use?.id, prefix: group.prefix } };
}
function namedDag(name, from, ctx, classify) {
  if (name.type !== "identifier") return void 0;
  let fn = from.parent;
  while (fn && fn.type !== "function_definition") fn = fn.parent;
  let child = from;
  for (let p = from.parent; p; child = p, p = p.parent) {
    if (fn && p.type === "block") {
      const value = boundBefore(child, name.text);
      if (value) {
        const written2 = value.type === "call" ? calleeName(value.childForFieldName("function")) : void 0;
        return written2 && classify(written2)?.certain && !reboundIn(name.text, fn.text) ? `b${value.startIndex}` : void 0;
      }
    }
    if (p.id === fn?.id) {
      if (bindsLocally(p, name.text)) return void 0;
      fn = null;
    }
    if (p.type !== "with_statement") continue;
    const clause = p.namedChildren.find((c) => c?.type === "with_clause");
    for (const item of clause?.namedChildren ?? []) {
      const value = item?.childForFieldName("value");
      if (value?.type !== "as_pattern" || value.childForFieldName("alias")?.text !== name.text) continue;
      const made = value.namedChildren[0];
      const written2 = made?.type === "call" ? calleeName(made.childForFieldName("function")) : void 0;
      return written2 && classify(written2)?.certain ? `w${p.id}` : void 0;
    }
  }
  const bound = moduleBinding(ctx.valueBindings, name);
  const written = bound?.type === "call" ? calleeName(bound.childForFieldName("function")) : void 0;
  return written && classify(written)?.certain && !reboundElsewhere(name.text, ctx) ? `n:${name.text}` : void 0;
}
function boundBefore(statement, name) {
  let found;
  for (const sibling of statement.parent?.namedChildren ?? []) {
    if (!sibling || sibling.id === statement.id) break;
    const assignment = sibling.type === "expression_statement" ? sibling.namedChildren[0] : void 0;
    if (assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === name) found = assignment.childForFieldName("right") ?? void 0;
  }
  return found;
}
function reboundElsewhere(name, ctx) {
  const known = ctx.rebound?.get(name);
  if (known !== void 0) return known;
  const answer = reboundIn(name, ctx.source);
  (ctx.rebound ??= /* @__PURE__ */ new Map()).set(name, answer);
  return answer;
}
function reboundIn(name, source) {
  const n = name.replace(/\W/g, "");
  let assignments = 0;
  for (const match of source.matchAll(new RegExp(`^[ \\t]*${n}[ \\t]*(?::[^=\\n]*)?=(?!=)([^\\n]*)$`, "gm"))) {
    const rest = match[1].trimEnd();
    if (rest.endsWith(",") || (rest.match(/\)/g)?.length ?? 0) > (rest.match(/\(/g)?.length ?? 0)) continue;
    if (++assignments > 1) return true;
  }
  return new RegExp(`\\b(as|for|def|class|global|nonlocal)\\s+${n}\\b|\\b${n}\\s*\\.\\s*(pop|remove|clear)\\s*\\(|\\bdel\\s+${n}\\b|(^|[^\\w.])${n}\\s*\\[[^\\]\\n]*\\]\\s*=[^=]`, "m").test(source);
}
function truthy(node, ctx, depth = 0) {
  if (!node || depth > 4) return void 0;
  switch (node.type) {
    case "true":
      return true;
    case "false":
    case "none":
      return false;
    case "integer":
      return /^\d+$/.test(node.text) ? integerValue(node.text) !== 0 : void 0;
    case "string": {
      const value = stringValue(node);
      return value === void 0 ? void 0 : value.length > 0;
    }
    case "parenthesized_expression":
      return truthy(node.namedChildren[0], ctx, depth + 1);
    case "not_operator": {
      const value = truthy(node.childForFieldName("argument"), ctx, depth + 1);
      return value === void 0 ? void 0 : !value;
    }
    case "identifier": {
      const bound = followName(node, ctx);
      return bound && bound.id !== node.id && !reboundElsewhere(node.text, ctx) ? truthy(bound, ctx, depth + 1) : void 0;
    }
    default:
      return void 0;
  }
}
var NOT_CATCHING_DUPLICATE = new Set(
  "ImportError ModuleNotFoundError KeyError IndexError LookupError ValueError TypeError AttributeError NameError OSError IOError FileNotFoundError PermissionError RuntimeError NotImplementedError ZeroDivisionError ArithmeticError AssertionError StopIteration UnicodeError UnicodeDecodeError KeyboardInterrupt SystemExit".split(" ")
);
function catchesDuplicate(clause) {
  const caught = clause.namedChildren.find((c) => c && c.type !== "block" && c.type !== "comment");
  if (!caught) return true;
  const classes = caught.type === "as_pattern" ? caught.namedChildren[0] : caught;
  const names = classes?.type === "tuple" || classes?.type === "parenthesized_expression" ? classes.namedChildren : [classes];
  return names.some((n) => !n || !NOT_CATCHING_DUPLICATE.has(n.text));
}
function numericKey(literal2) {
  try {
    return `int:${BigInt(literal2.replace(/_/g, ""))}`;
  } catch {
    return void 0;
  }
}
function iterationsAtLeastTwo(iterable, ctx) {
  let node = iterable;
  const wrapped = node?.type === "call" && /^(enumerate|sorted|reversed|list|tuple)$/.test(node.childForFieldName("function")?.text ?? "") ? plainArgs(node) : void 0;
  if (wrapped?.length === 1) node = wrapped[0];
  if (node?.type === "call") {
    const fn = node.childForFieldName("function");
    if (fn?.type === "attribute" && /^(items|keys|values)$/.test(fn.childForFieldName("attribute")?.text ?? "") && plainArgs(node)?.length === 0) node = fn.childForFieldName("object");
  }
  if (node?.type === "identifier") node = constantValue(node, ctx) ?? null;
  if (!node) return void 0;
  if (node.type === "list" || node.type === "tuple" || node.type === "set" || node.type === "dictionary") {
    const items = node.namedChildren.filter((c) => !!c && c.type !== "comment");
    if (items.some((c) => c.type === "list_splat" || c.type === "dictionary_splat")) return void 0;
    if (node.type === "list" || node.type === "tuple") return items.length >= 2;
    const keys = /* @__PURE__ */ new Set();
    for (const item of items) {
      const key = item.type === "pair" ? item.childForFieldName("key") : item;
      const value = key?.type === "integer" ? numericKey(key.text) : key?.type === "true" ? "int:1" : key?.type === "false" ? "int:0" : key ? stringValue(key) : void 0;
      if (value !== void 0) keys.add(value);
    }
    return keys.size >= 2;
  }
  if (node.type !== "call" || node.childForFieldName("function")?.text !== "range") return void 0;
  const args = plainArgs(node)?.map((a) => {
    const value = a.type === "identifier" ? constantValue(a, ctx) : a;
    return value?.type === "integer" && /^\d+$/.test(value.text) ? integerValue(value.text) : NaN;
  });
  if (!args || args.some((n) => !Number.isFinite(n))) return void 0;
  const [start, stop] = args.length === 1 ? [0, args[0]] : args.length === 2 ? [args[0], args[1]] : [NaN, NaN];
  return stop - start >= 2;
}
function constantValue(name, ctx) {
  const bound = followName(name, ctx);
  return bound && bound.id !== name.id && !reboundElsewhere(name.text, ctx) ? bound : void 0;
}
var TIME_ZONE_CALLS = /* @__PURE__ */ new Map();
for (const name of ["pendulum.timezone", "pendulum.tz.timezone", "pendulum.Timezone", "pendulum.tz.Timezone"]) TIME_ZONE_CALLS.set(name, { keyword: "name", position: 0, loader: "pendulum" });
for (const name of ["pendulum.now", "pendulum.today", "pendulum.tomorrow", "pendulum.yesterday"]) TIME_ZONE_CALLS.set(name, { keyword: "tz", position: 0, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.datetime", { keyword: "tz", position: 7, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.parse", { keyword: "tz", position: -1, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.instance", { keyword: "tz", position: 1, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.from_format", { keyword: "tz", position: 2, loader: "pendulum" });
TIME_ZONE_CALLS.set("pendulum.from_timestamp", { keyword: "tz", position: 1, loader: "pendulum" });
var TIME_ZONE_METHODS = /* @__PURE__ */ new Set(["in_tz", "in_timezone"]);
TIME_ZONE_CALLS.set("zoneinfo.ZoneInfo", { keyword: "key", position: 0, loader: "zoneinfo" });
for (const name of ["airflow.timetables.trigger.CronTriggerTimetable", "airflow.timetables.interval.CronDataIntervalTimetable"]) TIME_ZONE_CALLS.set(name, { keyword: "timezone", position: 1, loader: "pendulum" });
function timeZoneArgument(call, resolved, ctx, method) {
  const spec = method !== void 0 ? TIME_ZONE_METHODS.has(method) ? { keyword: "tz", position: 0, loader: "pendulum" } : void 0 : resolved ? TIME_ZONE_CALLS.get(resolved) : void 0;
  if (!spec) return void 0;
  const { positional, keywords } = callArguments(call);
  const argument = keywords.get(spec.keyword) ?? (spec.position >= 0 ? positional[spec.position] : void 0);
  if (!argument) return void 0;
  let value = followName(argument, ctx);
  let environment;
  if (value?.type === "call") {
    const reader = calleeName(value.childForFieldName("function"));
    const read = reader ? resolveName(reader, ctx) : void 0;
    if (read === "os.getenv" || read === "os.environ.get") {
      const args = callArguments(value);
      const variable = args.positional[0] ? stringValue(args.positional[0]) : void 0;
      const fallback = args.positional[1] ?? args.keywords.get("default");
      if (variable === void 0 || !fallback || args.positional.length > 2) return void 0;
      environment = variable;
      value = followName(fallback, ctx);
    }
  }
  const name = value ? stringValue(value) : void 0;
  if (name === void 0) return void 0;
  if (name === "local" && spec.keyword === "tz") return void 0;
  return { name, loader: spec.loader, ...environment === void 0 ? {} : { environment }, ...spanOf(argument) };
}
function landing(node, depth = 0) {
  let child = node;
  let parent = node.parent;
  while (parent && (parent.type === "parenthesized_expression" || parent.type === "conditional_expression" && parent.namedChildren[1]?.id !== child.id)) {
    child = parent;
    parent = parent.parent;
  }
  if (!parent) return { where: "kept" };
  switch (parent.type) {
    case "expression_statement":
      return { where: "dropped" };
    case "assignment": {
      if (parent.childForFieldName("right")?.id !== child.id) return { where: "kept" };
      const left = parent.childForFieldName("left");
      if (left?.type === "identifier" && inClassBody(parent)) return { where: "container" };
      if (left?.type !== "subscript" && left?.type !== "attribute") return { where: "kept" };
      const target = left.childForFieldName(left.type === "subscript" ? "value" : "object");
      if (left.type === "subscript" && /^(globals|vars)\(\s*\)$/.test(target?.text ?? "")) return { where: "kept" };
      return { where: "container", container: target?.type === "identifier" ? target.text : void 0 };
    }
    case "expression_list":
    case "tuple": {
      const outer = parent.parent;
      const left = outer?.type === "assignment" && outer.childForFieldName("right")?.id === parent.id ? outer.childForFieldName("left") : void 0;
      if (left && (left.type === "pattern_list" || left.type === "tuple_pattern")) return { where: "kept" };
      return containerOf(parent, depth);
    }
    case "list":
    case "set":
      return containerOf(parent, depth);
    case "pair":
      return parent.childForFieldName("value")?.id === child.id && parent.parent ? containerOf(parent.parent, depth) : { where: "kept" };
    case "list_comprehension":
    case "set_comprehension":
    case "generator_expression":
      return parent.childForFieldName("body")?.id === child.id ? containerOf(parent, depth) : { where: "kept" };
    case "argument_list": {
      const callee = parent.parent?.type === "call" ? parent.parent.childForFieldName("function") : void 0;
      const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
      const object = callee?.type === "attribute" ? callee.childForFieldName("object") : void 0;
      if (method && CONTAINER_METHODS.has(method) && object?.type === "identifier") return { where: "container", container: object.text };
      return { where: "kept" };
    }
    default:
      return { where: "kept" };
  }
}
function inClassBody(node) {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "class_definition") return true;
    if (p.type === "function_definition" || p.type === "lambda" || p.type === "module") return false;
  }
  return false;
}
var CONTAINER_METHODS = /* @__PURE__ */ new Set(["append", "add", "insert", "extend", "setdefault"]);
function containerOf(container, depth) {
  if (depth > 4) return { where: "kept" };
  const outer = landing(container, depth + 1);
  if (outer.where === "container") return { where: "container", container: outer.container };
  if (outer.where === "dropped") return { where: "container" };
  let p = container.parent;
  while (p?.type === "parenthesized_expression") p = p.parent;
  const left = p?.type === "assignment" ? p.childForFieldName("left") : void 0;
  if (left?.type === "identifier") return { where: "container", container: left.text };
  return { where: "kept" };
}
function reboundLater(node) {
  const assigned = assignedBy(node);
  if (!assigned) return false;
  const name = assigned.target;
  const statement = assigned.assignment.parent;
  if (name?.type !== "identifier" || statement?.type !== "expression_statement") return false;
  return reboundAfter(statement, name.text);
}
function reboundAfter(statement, name) {
  if (statement.parent?.type !== "module") return false;
  const siblings = statement.parent.namedChildren;
  const index = siblings.findIndex((c) => c?.id === statement.id);
  for (const next of siblings.slice(index + 1)) {
    const first = next?.type === "expression_statement" ? next.namedChildren[0] : next;
    if (!first) continue;
    if (first.type === "with_statement" && entersName(first, name)) return false;
    if (first.type === "assignment" && first.childForFieldName("right")?.type === "identifier" && first.childForFieldName("right")?.text === name) return false;
    if (first.type === "assignment" && first.childForFieldName("left")?.text === name) return true;
    if (first.type === "delete_statement" && first.namedChildren.some((c) => c?.text === name)) return true;
    if ((first.type === "function_definition" || first.type === "class_definition") && first.childForFieldName("name")?.text === name) return true;
  }
  return false;
}
function enteredBy(withStatement) {
  const clause = withStatement.namedChildren.find((c) => c?.type === "with_clause");
  const entered = [];
  for (const item of clause?.namedChildren ?? []) {
    const value = item?.childForFieldName("value");
    const expression = value?.type === "as_pattern" ? value.namedChildren[0] : value;
    if (expression) entered.push(expression);
  }
  return entered;
}
function entersName(withStatement, name) {
  return enteredBy(withStatement).some((entered) => entered.type === "identifier" && entered.text === name);
}
function autoRegisterOff(call, ctx) {
  if (!call) return false;
  const value = followName(dagCallArguments(call, ctx).keywords.get("auto_register"), ctx);
  return value?.type === "false";
}
function foundInstances(site, instances, escapes) {
  if (site.kind !== "call" && !site.noAutoRegister) return instances;
  if (site.kind === "with" && site.scope.kind === "module" && instances.length && !instances[0]?.chain.length) {
    const clause = site.at?.namedChildren.find((c) => c?.type === "with_clause");
    return clause?.namedChildren.some((item) => item?.childForFieldName("value")?.type === "as_pattern") ? instances : [];
  }
  const global = site.kind === "call" && site.callNode ? globalHolder(site.callNode, site.scope) : void 0;
  return instances.filter((instance) => {
    const outer = instance.chain.length ? instance.chain[instance.chain.length - 1]?.node : site.callNode;
    if (global !== void 0) {
      if (instances.length !== 1 || instance.loop || !outer) return false;
      let statement = outer;
      while (statement?.parent && statement.parent.type !== "module") statement = statement.parent;
      return !statement || !reboundAfter(statement, global);
    }
    if (instance.chain.length && instance.chain[0]?.node.parent?.type === "expression_statement") return false;
    if (!outer) return true;
    const where = landing(outer);
    if (where.where === "dropped") return false;
    if (where.where === "kept") return !reboundLater(outer);
    return escapes(where.container, containerKey(outer));
  });
}
function globalHolder(call, scope) {
  if (scope.node?.type !== "function_definition") return void 0;
  const left = assignedBy(call)?.target;
  if (left?.type !== "identifier") return void 0;
  const body = scope.node.childForFieldName("body");
  const declared = body?.namedChildren.some((s) => s?.type === "global_statement" && s.namedChildren.some((n) => n?.text === left.text));
  return declared ? left.text : void 0;
}
function containerKey(node) {
  const { child, parent } = unparenthesized(node);
  if (parent?.type === "pair" && parent.childForFieldName("value")?.id === child.id) {
    const key2 = parent.childForFieldName("key");
    return key2 ? stringValue(key2) : void 0;
  }
  const left = assignedBy(node)?.target;
  const key = left?.type === "subscript" ? left.childForFieldName("subscript") : void 0;
  return key ? stringValue(key) : void 0;
}
function takenBack(source, container, key) {
  const literal2 = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = (group) => `(['"])${literal2}\\${group}`;
  return new RegExp(`^[A-Za-z_]\\w*[ \\t]*=[ \\t]*${container}(?:\\[[ \\t]*${quoted(1)}[ \\t]*\\]|\\.get\\([ \\t]*${quoted(2)}[ \\t]*\\))[ \\t]*(?:#.*)?$`, "m").test(source);
}
function instancesOf(site, executed) {
  const out = [];
  const callsOf = (fn, depth, tail, loop) => {
    if (depth > 8 || fn.kind === "task" || fn.kind === "lambda") return;
    for (const call of fn.callers) {
      if (out.length >= MAX_INSTANCES) return;
      if (call.inMain) continue;
      const chain = [...tail, call];
      if (call.scope.kind === "module") out.push({ chain, loop: loop || call.inLoop });
      else if (executed(call.scope)) callsOf(call.scope, depth + 1, chain, loop || call.inLoop);
    }
  };
  if (site.kind === "decorator") {
    if (site.dagFn) callsOf(site.dagFn, 0, [], false);
    const direct = out.filter((instance) => instance.chain[0]?.via !== "reference");
    return direct.length ? direct : out.slice(0, 1);
  }
  if (site.scope.kind === "module") {
    return [{ chain: [], loop: false }];
  }
  callsOf(site.scope, 0, [], false);
  return out;
}
function instantiate(site, instance, count, ctx) {
  const dag = { ...site.dag };
  const branch = instanceBranch(site, instance);
  if (branch) dag.branch = branch;
  if (instance.chain.length === 0) return dag;
  const first = instance.chain[0];
  if (site.kind === "decorator" && site.dagFn?.node && first.via === void 0 && first.node.type === "call") {
    const error = bindError(site.dagFn.node, first.node);
    if (error) dag.callError = { message: error, ...spanOf(first.node) };
  }
  if (count > 1 || instance.loop) {
    const outer = instance.chain[instance.chain.length - 1];
    dag.line = lineOf(outer.node);
    dag.definitionLine = site.dag.line;
  }
  if (site.idNode) {
    const use = { file: false };
    const value = strOnly(substitute(site.idNode, site.scope, instance.chain, ctx, 0, use));
    dag.dagId = value ?? unknown(site.idNode);
    if (value !== void 0 && use.file) dag.dagIdFromFile = true;
    else delete dag.dagIdFromFile;
  }
  return dag;
}
var MAX_LOOP_ITERATIONS = 100;
function perIteration(site, instance, dag, ctx) {
  if (!site.idNode || !isUnknownId(dag.dagId)) return [dag];
  if (instance.chain.length && !instance.loop) return [dag];
  const outer = instance.chain[instance.chain.length - 1];
  const made = outer ? outer.node : site.callNode ?? site.idNode;
  const registers = site.kind !== "call" && !site.noAutoRegister;
  let loop = moduleLoopOf(made);
  let keep = "each";
  if (loop) {
    if (!registers) {
      const held = heldAcrossPasses(made, loop, ctx.source);
      if (held === void 0) return [dag];
      if (held === "none") return [];
      keep = held;
    }
  } else {
    loop = comprehensionLoopOf(made);
    if (!loop) return [dag];
    if (!registers && !copiedIntoGlobals(loop.parent, ctx.source)) return [dag];
  }
  const iterations = loopIterations(loop, ctx);
  const body = loop.type === "for_in_clause" ? void 0 : loop.childForFieldName("body");
  if (!iterations || !body && loop.type !== "for_in_clause") return [dag];
  const assigned = assignedOnce(body);
  const out = [];
  for (const binding of iterations) {
    const use = { file: false };
    const lookup2 = passLookup(binding, assigned, ctx, use);
    const id = strOnly(substitute(site.idNode, site.scope, instance.chain, ctx, 0, use, lookup2));
    if (id === void 0) return [dag];
    const one = { ...dag, dagId: id };
    if (use.file) one.dagIdFromFile = true;
    const branch = instanceBranch(site, instance, out.length);
    if (branch) one.branch = branch;
    else delete one.branch;
    out.push(one);
  }
  if (keep === "last") return out.length ? out.slice(-1) : [dag];
  return out.length ? out : [dag];
}
function heldAcrossPasses(made, loop, source) {
  const where = landing(made);
  if (where.where === "container") return copiedIntoGlobals(made, source, where.container) ? "each" : void 0;
  const assigned = assignedBy(made);
  if (!assigned) return void 0;
  const target = assigned.target;
  if (target?.type === "subscript" && /^(globals|vars)\(\s*\)$/.test(target.childForFieldName("value")?.text ?? "")) return "each";
  const body = loop.childForFieldName("body");
  const statement = assigned.assignment.parent;
  if (target?.type !== "identifier" || !body || statement?.type !== "expression_statement" || statement.parent?.id !== body.id) return void 0;
  if (/\bbreak\b/.test(body.text)) return void 0;
  const name = target.text;
  const left = loop.childForFieldName("left");
  const loopNames = new Set(left?.type === "identifier" ? [left.text] : left?.namedChildren.map((c) => c?.text ?? "") ?? []);
  let each = false;
  let unsure = false;
  const scan = (node) => {
    if (unsure) return;
    const type = node.type;
    if (type === "function_definition" || type === "class_definition" || type === "lambda") {
      if (new RegExp(`\\b${name}\\b`).test(node.text)) unsure = true;
      return;
    }
    if (type === "with_statement" && entersName(node, name)) {
      if (node.parent?.id === body.id) each = true;
      else unsure = true;
    }
    if (type === "identifier") {
      if (node.text !== name || node.id === target.id) return;
      const role = node.parent;
      if (!role) return;
      if (role.type === "keyword_argument" && (role.childForFieldName("name")?.id === node.id || role.childForFieldName("name")?.text === "dag")) return;
      if (role.type === "attribute" && role.childForFieldName("object")?.id === node.id) return;
      if (role.type === "with_item" || role.type === "as_pattern" && role.namedChildren[0]?.id === node.id) return;
      if (role.type === "assignment" && role.childForFieldName("right")?.id === node.id && role.parent?.parent?.id === body.id) {
        const holder = role.childForFieldName("left");
        const key = holder?.type === "subscript" ? holder.childForFieldName("subscript") : void 0;
        const intoGlobals = holder?.type === "subscript" && /^(globals|vars)\(\s*\)$/.test(holder.childForFieldName("value")?.text ?? "");
        if (intoGlobals && key && (key.type === "identifier" && loopNames.has(key.text) || key.text === `${name}.dag_id`)) {
          each = true;
          return;
        }
      }
      unsure = true;
      return;
    }
    for (const c of node.namedChildren) if (c) scan(c);
  };
  scan(body);
  if (each) return "each";
  if (unsure) return void 0;
  return reboundAfter(loop, name) ? "none" : "last";
}
function copiedIntoGlobals(node, source, container) {
  if (container === void 0) {
    let p = node?.parent;
    while (p?.type === "parenthesized_expression") p = p.parent;
    if (p?.type === "argument_list" && /^(globals|vars)\(\s*\)\.update$/.test(p.parent?.childForFieldName("function")?.text ?? "")) return true;
    const left = p?.type === "assignment" && p.childForFieldName("right")?.id === node?.id ? p.childForFieldName("left") : void 0;
    if (left?.type !== "identifier") return false;
    container = left.text;
  }
  return new RegExp(`\\b(globals|vars)\\(\\)\\.update\\(\\s*${container}\\s*\\)|^for\\b[^\\n]*\\bin\\s+${container}\\b[^\\n]*:[ \\t]*\\n[ \\t]+(globals|vars)\\(\\)\\[`, "m").test(source);
}
function comprehensionLoopOf(node) {
  let clause;
  let conditional = false;
  for (let child = node, p = node.parent; p; child = p, p = p.parent) {
    const type = p.type;
    if (type === "function_definition" || type === "lambda" || type === "class_definition" || type === "while_statement" || type === "for_statement") return void 0;
    if (!clause && /^(conditional_expression|boolean_operator)$/.test(type)) conditional = true;
    if (type === "list_comprehension" || type === "set_comprehension" || type === "dictionary_comprehension" || type === "generator_expression") {
      if (clause || conditional || p.childForFieldName("body")?.id !== child.id) return void 0;
      const clauses = p.namedChildren.filter((c) => c?.type === "for_in_clause" || c?.type === "if_clause");
      if (clauses.length !== 1 || clauses[0]?.type !== "for_in_clause") return void 0;
      clause = clauses[0];
    }
  }
  return clause;
}
var isUnknownId = (dagId) => typeof dagId !== "string";
function instanceBranch(site, instance, pass) {
  const chain = instance.chain;
  const outerNode = chain.length ? chain[chain.length - 1].node : site.at;
  const steps = outerNode ? branchSteps(outerNode) : [];
  if (chain.length && (!instance.loop || pass !== void 0)) {
    const suffix = pass === void 0 ? "" : `#${pass}`;
    const key = (from) => chain.slice(from).map((c) => c.node.startIndex).join(",") + suffix;
    const inner = [];
    if (site.kind !== "decorator" && site.at) inner.push(branchSteps(site.at, key(0)));
    for (let i = 0; i < chain.length - 1; i++) inner.push(branchSteps(chain[i].node, key(i + 1)));
    for (const level of inner.reverse()) steps.push(...level);
  }
  return steps.length ? steps.join("/") : void 0;
}
function branchOf(node) {
  const steps = branchSteps(node);
  return steps.length ? steps.join("/") : void 0;
}
function branchSteps(node, key) {
  const steps = [];
  const named = (statement, branch) => key === void 0 ? `${statement.startIndex}:${branch}` : `${key}.${statement.startIndex}:${branch}`;
  for (let child = node, p = node.parent; p; child = p, p = p.parent) {
    if (key !== void 0 && (p.type === "function_definition" || p.type === "lambda" || p.type === "class_definition")) break;
    if (key !== void 0 && p.type === "block") {
      for (const sibling of p.namedChildren) {
        if (!sibling || sibling.id === child.id) break;
        if (sibling.type === "if_statement" && leavesInEveryClause(sibling)) steps.push(named(sibling, "f"));
      }
    }
    if (p.type === "if_statement") {
      if (child.type === "elif_clause" || child.type === "else_clause") {
        const index = p.namedChildren.filter((c) => c?.type === "elif_clause" || c?.type === "else_clause").findIndex((c) => c?.id === child.id);
        steps.push(named(p, String(index + 1)));
      } else if (child.id === p.childForFieldName("consequence")?.id) steps.push(named(p, "0"));
    } else if (p.type === "try_statement") {
      if (child.type === "except_clause" || child.type === "except_group_clause") {
        const index = p.namedChildren.filter((c) => c?.type === "except_clause" || c?.type === "except_group_clause").findIndex((c) => c?.id === child.id);
        steps.push(named(p, `x${index}`));
      } else if (child.type === "block" || child.type === "else_clause") steps.push(named(p, "b"));
    }
  }
  return steps.reverse();
}
function leavesInEveryClause(statement) {
  const blocks = [statement.childForFieldName("consequence")];
  for (const clause of statement.namedChildren) {
    if (clause?.type === "else_clause") return false;
    if (clause?.type === "elif_clause") blocks.push(clause.childForFieldName("consequence"));
  }
  return blocks.every((block) => {
    const last = block?.namedChildren.filter((c) => c && c.type !== "comment").pop();
    return last?.type === "return_statement" || last?.type === "raise_statement";
  });
}
function moduleLoopOf(node) {
  let loop;
  let conditional = false;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "function_definition" || p.type === "lambda" || p.type === "class_definition" || p.type === "while_statement") return void 0;
    if (LOOP_TYPES.has(p.type) && p.type !== "for_statement") return void 0;
    if (!loop && /^(if_statement|conditional_expression|else_clause|boolean_operator|match_statement)$/.test(p.type)) conditional = true;
    if (p.type === "for_statement") {
      if (loop || conditional) return void 0;
      loop = p;
    }
  }
  if (loop && /\b(continue|break)\b/.test(loop.childForFieldName("body")?.text ?? "")) return void 0;
  return loop;
}
function loopIterations(loop, ctx) {
  const left = loop.childForFieldName("left");
  let right = loop.childForFieldName("right");
  if (!left || !right) return void 0;
  const unpack = left.type !== "identifier";
  const names = unpack ? left.namedChildren.map((c) => c?.type === "identifier" ? c.text : "") : [left.text];
  if (names.length === 0 || names.some((n) => n === "")) return void 0;
  const use = { file: false };
  const value = (n) => n ? moduleString(n, ctx, use) : void 0;
  const rows = [];
  let method;
  if (right.type === "call") {
    const fn = right.childForFieldName("function");
    const args = plainArgs(right) ?? [];
    if (fn?.type === "identifier" && fn.text === "range") {
      const bounds = args.map((a) => a.type === "integer" && /^\d+$/.test(a.text) ? Number(a.text) : a.type === "unary_operator" && /^-\s*\d+$/.test(a.text) ? -Number(a.text.replace(/^-\s*/, "")) : NaN);
      if (bounds.length < 1 || bounds.length > 3 || bounds.some((b) => Number.isNaN(b))) return void 0;
      const [start, stop, step] = bounds.length === 1 ? [0, bounds[0], 1] : [bounds[0], bounds[1], bounds[2] ?? 1];
      if (step === 0 || Math.abs((stop - start) / step) > MAX_LOOP_ITERATIONS) return void 0;
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) rows.push([INT + String(i)]);
      return unpack ? void 0 : rows.map((r) => /* @__PURE__ */ new Map([[names[0], r[0]]]));
    }
    method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
    if (method !== "items" && method !== "keys" || args.length || method === "keys" && unpack) return void 0;
    right = fn?.childForFieldName("object") ?? null;
    if (!right) return void 0;
  }
  if (right.type === "identifier") right = moduleBinding(ctx.valueBindings, right) ?? right;
  if (right.type === "dictionary" && unpack && method !== "items") return void 0;
  if (right.type === "dictionary") {
    for (const pair of right.namedChildren) {
      if (!pair || pair.type === "comment") continue;
      if (pair.type !== "pair") return void 0;
      const key = value(pair.childForFieldName("key"));
      if (key === void 0) return void 0;
      rows.push(method === "items" ? [key, value(pair.childForFieldName("value"))] : [key]);
    }
  } else if (!method && (right.type === "list" || right.type === "tuple" || right.type === "set")) {
    for (const item of right.namedChildren) {
      if (!item || item.type === "comment") continue;
      if (!unpack) rows.push([value(item)]);
      else if (item.type === "tuple" || item.type === "list") rows.push(item.namedChildren.filter((c) => c && c.type !== "comment").map((c) => value(c)));
      else return void 0;
    }
  } else return void 0;
  if (rows.length > MAX_LOOP_ITERATIONS || rows.some((r) => r.length !== names.length)) return void 0;
  return rows.map((row) => {
    const binding = /* @__PURE__ */ new Map();
    names.forEach((name, i) => {
      const v = row[i];
      if (v !== void 0) binding.set(name, v);
    });
    return binding;
  });
}
function substitute(node, scope, chain, ctx, depth, use, outer) {
  return evalString(node, ctx, use, depth, (name, d) => {
    const paramIndex = scope.params.findIndex((p) => p.name === name.text);
    if (paramIndex === -1) return outer ? outer(name, d) : moduleName(name, ctx, use, d);
    const call = chain.find((c) => c.via === "class" ? scope.name === "__init__" : c.name === scope.name);
    if (!call) return void 0;
    const { positional, keywords } = callArguments(call.node);
    const param = scope.params[paramIndex];
    const position = call.via ? paramIndex - 1 : paramIndex;
    const arg = keywords.get(param.name) ?? (position >= 0 ? positional[position] : void 0) ?? param.default;
    if (!arg) return void 0;
    if (arg === param.default) return evalString(arg, ctx, use, d + 1, (n, dd) => outer ? outer(n, dd) : moduleName(n, ctx, use, dd));
    return substitute(arg, call.scope, chain, ctx, d + 1, use, outer);
  });
}
var INT = "\uE000";
var isInt = (value) => value.startsWith(INT);
var asText = (value) => isInt(value) ? value.slice(1) : value;
var strOnly = (value) => value === void 0 || isInt(value) ? void 0 : value;
function moduleName(name, ctx, use, depth) {
  const bound = moduleBinding(ctx.valueBindings, name);
  return bound ? evalString(bound, ctx, use, depth + 1, (n, d) => moduleName(n, ctx, use, d)) : void 0;
}
function moduleString(node, ctx, use) {
  return evalString(node, ctx, use, 0, (n, d) => moduleName(n, ctx, use, d));
}
var PATH_CLASSES = /* @__PURE__ */ new Set(["pathlib.Path", "pathlib.PurePath", "pathlib.PosixPath", "pathlib.PurePosixPath"]);
function fileBase(node, ctx, pathObject, use) {
  let target = node;
  while (target.type === "parenthesized_expression" && target.namedChildren[0]) target = target.namedChildren[0];
  if (!pathObject) {
    if (target.type !== "identifier" || target.text !== "__file__") return void 0;
    use.file = true;
    return ctx.file.slice(ctx.file.lastIndexOf("/") + 1);
  }
  if (target.type !== "call") return void 0;
  const fn = target.childForFieldName("function");
  const written = calleeName(fn);
  if (!written) return void 0;
  const args = target.childForFieldName("arguments")?.namedChildren.filter((c) => !!c && c.type !== "comment") ?? [];
  if (PATH_CLASSES.has(resolveName(written, ctx)) && args.length === 1) return fileBase(args[0], ctx, false, use);
  if (fn?.type === "attribute" && args.length === 0 && /^(resolve|absolute)$/.test(fn.childForFieldName("attribute")?.text ?? "")) {
    const object = fn.childForFieldName("object");
    return object ? fileBase(object, ctx, true, use) : void 0;
  }
  return void 0;
}
function withoutSuffix(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
function plainArgs(call) {
  const args = call.childForFieldName("arguments")?.namedChildren.filter((c) => !!c && c.type !== "comment") ?? [];
  return args.every((a) => a.type !== "keyword_argument" && a.type !== "list_splat" && a.type !== "dictionary_splat") ? args : void 0;
}
function evalString(node, ctx, use, depth, name) {
  if (depth > 12) return void 0;
  const again = (n) => n ? evalString(n, ctx, use, depth + 1, name) : void 0;
  switch (node.type) {
    case "identifier":
      return name(node, depth);
    case "integer":
      return /^\d+$/.test(node.text) ? INT + String(BigInt(node.text)) : void 0;
    case "parenthesized_expression":
      return node.namedChildren.length === 1 ? again(node.namedChildren[0]) : void 0;
    case "concatenated_string": {
      let out = "";
      for (const child of node.namedChildren) {
        const part = again(child);
        if (part === void 0) return void 0;
        out += part;
      }
      return out;
    }
    case "string": {
      const prefix = stringPrefix(node);
      if (prefix === void 0) return void 0;
      let value = "";
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type === "string_content") {
          const part = contentValue(child.text, prefix);
          if (part === void 0 || part.includes(INT)) return void 0;
          value += part;
        } else if (child.type === "interpolation") {
          if (child.namedChildren.length !== 1) return void 0;
          const part = again(child.namedChildren[0]);
          if (part === void 0) return void 0;
          value += asText(part);
        } else if (child.type !== "string_start" && child.type !== "string_end") return void 0;
      }
      return value;
    }
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      if (operator === "%") return percentFormat(node, again);
      if (operator !== "+") return void 0;
      const left = again(node.childForFieldName("left"));
      const right = left === void 0 ? void 0 : again(node.childForFieldName("right"));
      if (left === void 0 || right === void 0) return void 0;
      if (isInt(left) && isInt(right)) return INT + String(BigInt(left.slice(1)) + BigInt(right.slice(1)));
      return isInt(left) || isInt(right) ? void 0 : left + right;
    }
    case "attribute": {
      const attribute = node.childForFieldName("attribute")?.text;
      const object = node.childForFieldName("object");
      if (!object || attribute !== "stem" && attribute !== "name") return void 0;
      const base = fileBase(object, ctx, true, use);
      if (base === void 0) return void 0;
      return attribute === "stem" ? withoutSuffix(base) : base;
    }
    case "subscript": {
      const value = node.childForFieldName("value");
      const subscripts = node.childrenForFieldName("subscript").filter((c) => !!c);
      if (!value || subscripts.length !== 1) return void 0;
      const index = subscripts[0];
      if (index.type === "slice") {
        const text = index.text.replace(/\s+/g, "");
        const match = /^:(-?\d+)$/.exec(text);
        const whole = again(value);
        return match && whole !== void 0 && !isInt(whole) ? whole.slice(0, Number(match[1])) : void 0;
      }
      const position = /^-?\d+$/.test(index.text) ? Number(index.text) : void 0;
      if (position === void 0) return void 0;
      const parts = stringParts(value, ctx, use, depth + 1, name);
      return parts?.at(position);
    }
    case "call": {
      const fn = node.childForFieldName("function");
      if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "format") return braceFormat(node, fn, again);
      const args = plainArgs(node);
      if (!fn || !args) return void 0;
      if (fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "join" && args.length === 1) {
        const separator = again(fn.childForFieldName("object"));
        const list = args[0];
        if (separator === void 0 || isInt(separator) || list.type !== "list" && list.type !== "tuple") return void 0;
        const parts = [];
        for (const item of list.namedChildren) {
          if (!item || item.type === "comment") continue;
          const part = again(item);
          if (part === void 0 || isInt(part)) return void 0;
          parts.push(part);
        }
        return parts.join(separator);
      }
      const written = calleeName(fn);
      const resolved = written ? resolveName(written, ctx) : void 0;
      if (resolved === "os.path.basename" && args.length === 1) {
        const base = fileBase(args[0], ctx, false, use);
        if (base !== void 0) return base;
        const path = strOnly(again(args[0]));
        return path === void 0 ? void 0 : path.slice(path.lastIndexOf("/") + 1);
      }
      if (resolved === "str" && args.length === 1) {
        const value = again(args[0]);
        return value === void 0 ? void 0 : asText(value);
      }
      if (fn.type !== "attribute") return void 0;
      const method = fn.childForFieldName("attribute")?.text;
      const subject = strOnly(again(fn.childForFieldName("object")));
      if (subject === void 0) return void 0;
      const values = [];
      for (const arg of args) {
        const value = strOnly(again(arg));
        if (value === void 0) return void 0;
        values.push(value);
      }
      const [a, b] = values;
      switch (method) {
        case "replace":
          return values.length === 2 ? subject.split(a).join(b) : void 0;
        case "removesuffix":
          return values.length === 1 && subject.endsWith(a) && a !== "" ? subject.slice(0, -a.length) : values.length === 1 ? subject : void 0;
        case "removeprefix":
          return values.length === 1 && subject.startsWith(a) ? subject.slice(a.length) : void 0;
        case "lower":
          return values.length === 0 ? subject.toLowerCase() : void 0;
        case "upper":
          return values.length === 0 ? subject.toUpperCase() : void 0;
        case "strip":
          return values.length === 0 ? subject.trim() : void 0;
        default:
          return void 0;
      }
    }
    default:
      return void 0;
  }
}
function braceFormat(call, fn, evaluate) {
  const template = strOnly(evaluate(fn.childForFieldName("object")));
  if (template === void 0) return void 0;
  const positional = [];
  const named = /* @__PURE__ */ new Map();
  for (const arg of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") return void 0;
    const evaluated = evaluate(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
    if (evaluated === void 0) return void 0;
    const value = asText(evaluated);
    if (arg.type === "keyword_argument") named.set(arg.childForFieldName("name")?.text ?? "", value);
    else positional.push(value);
  }
  if (/[{}]/.test(template.replace(/\{\{|\}\}|\{[^{}]*\}/g, ""))) return void 0;
  let next = 0;
  let failed = false;
  const out = template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    const key = field ?? "";
    const value = key === "" ? positional[next++] : /^\d+$/.test(key) ? positional[Number(key)] : /^[A-Za-z_]\w*$/.test(key) ? named.get(key) : void 0;
    if (value === void 0) failed = true;
    return value ?? "";
  });
  return failed ? void 0 : out;
}
function percentFormat(node, evaluate) {
  const template = strOnly(evaluate(node.childForFieldName("left")));
  const right = node.childForFieldName("right");
  if (template === void 0 || !right) return void 0;
  const items = right.type === "tuple" ? right.namedChildren.filter((c) => !!c && c.type !== "comment") : [right];
  const values = [];
  for (const item of items) {
    const value = evaluate(item);
    if (value === void 0) return void 0;
    values.push(asText(value));
  }
  let next = 0;
  let failed = false;
  const out = template.replace(/%(.)/gs, (_match, kind) => {
    if (kind === "%") return "%";
    if (kind !== "s" || next >= values.length) failed = true;
    return values[next++] ?? "";
  });
  return failed || next !== values.length ? void 0 : out;
}
function stringParts(node, ctx, use, depth, name) {
  if (node.type !== "call") return void 0;
  const fn = node.childForFieldName("function");
  const args = plainArgs(node);
  if (!fn || !args) return void 0;
  const written = calleeName(fn);
  if (written && resolveName(written, ctx) === "os.path.splitext" && args.length === 1) {
    const path = strOnly(evalString(args[0], ctx, use, depth + 1, name));
    if (path === void 0) return void 0;
    const base = path.slice(path.lastIndexOf("/") + 1);
    const extension = base.slice(withoutSuffix(base).length);
    return [path.slice(0, path.length - extension.length), extension];
  }
  const method = fn.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
  if ((method === "split" || method === "rsplit") && args.length === 1) {
    const subject = strOnly(evalString(fn.childForFieldName("object"), ctx, use, depth + 1, name));
    const separator = strOnly(evalString(args[0], ctx, use, depth + 1, name));
    return subject === void 0 || !separator ? void 0 : subject.split(separator);
  }
  return void 0;
}
function bindError(definition, call) {
  const params = [];
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    if (p.type === "identifier") params.push({ name: p.text, optional: false });
    else if (p.type === "typed_parameter" && p.namedChildren[0]?.type === "identifier") params.push({ name: p.namedChildren[0].text, optional: false });
    else if (p.type === "default_parameter" || p.type === "typed_default_parameter") {
      const name = p.childForFieldName("name");
      if (name?.type !== "identifier") return void 0;
      params.push({ name: name.text, optional: true });
    } else return void 0;
  }
  const argumentList = call.childForFieldName("arguments");
  if (argumentList?.type !== "argument_list") return void 0;
  let positional = 0;
  const keywords = [];
  for (const arg of argumentList.namedChildren) {
    if (!arg || arg.type === "comment") continue;
    if (arg.type === "list_splat" || arg.type === "dictionary_splat") return void 0;
    if (arg.type === "keyword_argument") keywords.push(arg.childForFieldName("name")?.text ?? "");
    else if (keywords.length) return void 0;
    else positional++;
  }
  for (let i = 0; i < positional; i++) {
    const param = params[i];
    if (!param) return "too many positional arguments";
    if (keywords.includes(param.name)) return `multiple values for argument '${param.name}'`;
  }
  const missing = params.slice(positional).find((p) => !p.optional && !keywords.includes(p.name));
  if (missing) return `missing a required argument: '${missing.name}'`;
  const unexpected = keywords.find((k) => !params.some((p) => p.name === k));
  return unexpected === void 0 ? void 0 : `got an unexpected keyword argument '${unexpected}'`;
}
function readParams(definition) {
  const params = [];
  for (const p of definition.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p) continue;
    if (p.type === "identifier") params.push({ name: p.text });
    else if (p.type === "default_parameter" || p.type === "typed_default_parameter") {
      const name = p.childForFieldName("name")?.text;
      if (name) params.push({ name, default: p.childForFieldName("value") ?? void 0 });
    } else if (p.type === "typed_parameter") {
      const name = p.namedChildren.find((c) => c?.type === "identifier")?.text;
      if (name) params.push({ name });
    }
  }
  return params;
}
function specialCondition(condition) {
  const text = condition.text.replace(/\s+/g, "");
  if (/^(__name__==("__main__"|'__main__')|("__main__"|'__main__')==__name__)$/.test(text)) return "main";
  if (/^(typing\.)?TYPE_CHECKING$/.test(text)) return "typeChecking";
  return void 0;
}
function looksLikeDagCall(call, written) {
  const { positional, keywords } = callArguments(call);
  for (const key of keywords.keys()) if (DAG_KEYWORDS.has(key)) return true;
  const first = positional[0];
  return /dag/i.test(lastPart(written)) && first !== void 0 && stringValue(first) !== void 0;
}
function localClassVerdict(name, ctx, cache, seen) {
  const cached = cache.get(name);
  if (cached) return cached;
  if (seen.has(name)) return "no";
  seen.add(name);
  const node = ctx.classNodes.get(name);
  let verdict = "no";
  for (const base of node?.childForFieldName("superclasses")?.namedChildren ?? []) {
    const written = base ? calleeName(base) : void 0;
    if (!written) continue;
    const resolved = resolveName(written, ctx);
    let v = "no";
    if (KNOWN_DAG_CLASSES.has(resolved) || written === "DAG" && resolved === "DAG") v = "yes";
    else if (resolved.startsWith("local:")) v = localClassVerdict(resolved.slice(6), ctx, cache, seen);
    else if (ctx.aliases.has(written.split(".")[0]) && !resolved.startsWith("airflow.")) v = "maybe";
    if (v === "yes") {
      verdict = "yes";
      break;
    }
    if (v === "maybe") verdict = "maybe";
  }
  cache.set(name, verdict);
  return verdict;
}
function localClassInit(name, ctx, seen) {
  const node = ctx.classNodes.get(name);
  if (!node || seen.has(name)) return void 0;
  seen.add(name);
  let inherited;
  for (const base of node.childForFieldName("superclasses")?.namedChildren ?? []) {
    const written = base ? calleeName(base) : void 0;
    const resolved = written ? resolveName(written, ctx) : "";
    if (resolved.startsWith("local:")) {
      inherited = localClassInit(resolved.slice(6), ctx, seen);
      if (inherited) break;
    }
  }
  return combineClassInits(classInitOf(node), inherited);
}
function combineClassInits(own, base) {
  if (!own) return base;
  if (!base) return own;
  return { keepsDagId: own.keepsDagId && base.keepsDagId, setsArguments: own.setsArguments || base.setsArguments };
}
function classInitOf(classNode) {
  const body = classNode.childForFieldName("body");
  const init = body?.namedChildren.map((s) => s?.type === "decorated_definition" ? s.childForFieldName("definition") : s).find((s) => s?.type === "function_definition" && s.childForFieldName("name")?.text === "__init__");
  const initBody = init?.childForFieldName("body");
  if (!init || !initBody) return void 0;
  const parameters = init.childForFieldName("parameters")?.namedChildren ?? [];
  const params = readParams(init);
  const splat = parameters.findIndex((p) => p?.type === "list_splat_pattern" || p?.type === "keyword_separator");
  const idParam = params.slice(1).find((p) => p.name === "dag_id")?.name ?? params.slice(1, splat === -1 ? void 0 : splat)[0]?.name;
  const takes = (type) => parameters.some((p) => p?.type === type);
  const statements = initBody.namedChildren.filter((s) => !!s && s.type !== "comment");
  const docstring = statements[0]?.type === "expression_statement" && statements[0].namedChildren[0]?.type === "string" ? 1 : 0;
  let call;
  let baseForm = false;
  for (const statement of statements) {
    const expression = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
    const fn = expression?.type === "call" ? expression.childForFieldName("function") : void 0;
    const text = fn?.text.replace(/\s+/g, "") ?? "";
    if (/^super\([^)]*\)\.__init__$/.test(text)) call = expression;
    else if (/^[\w.]+\.__init__$/.test(text) && expression && callArguments(expression).positional[0]?.text === "self") {
      call = expression;
      baseForm = true;
    }
    if (call) break;
  }
  if (!call) return { keepsDagId: false, setsArguments: true };
  const args = call.childForFieldName("arguments")?.namedChildren.filter((a) => !!a && a.type !== "comment") ?? [];
  const positional = args.filter((a) => a.type !== "keyword_argument" && a.type !== "dictionary_splat").slice(baseForm ? 1 : 0);
  const keywords = args.filter((a) => a.type === "keyword_argument");
  const splatsKeywords = args.some((a) => a.type === "dictionary_splat");
  const rebound = (name) => new RegExp(`^[ \\t]*${name}[ \\t]*([-+*/%|&^@]|//|\\*\\*)?=[^=]|\\b${name}[ \\t]*:=`, "m").test(initBody.text);
  const passes = (value) => value?.type === "identifier" && value.text === idParam && !rebound(idParam);
  const idKeyword = keywords.find((k) => k.childForFieldName("name")?.text === "dag_id");
  const first = positional[0];
  const keepsDagId = idKeyword ? passes(idKeyword.childForFieldName("value")) : first && first.type !== "list_splat" ? passes(first) : (
    // `*args, **kwargs` handed on: the dag_id goes through as it was given, unless a parameter caught it.
    idParam === void 0 && (first?.type === "list_splat" && takes("list_splat_pattern") || splatsKeywords && takes("dictionary_splat_pattern"))
  );
  const setsArguments = keywords.some((k) => k !== idKeyword) || statements.length - docstring > 1;
  return { keepsDagId, setsArguments };
}
function madeByClassInit(dag, init, className, idNode) {
  const written = `${className}(...)`;
  const unknownOf = () => ({ unknown: true, expression: written });
  if (!init.keepsDagId) dag.dagId = unknownOf();
  if (init.setsArguments) {
    dag.schedule ??= unknownOf();
    dag.tags ??= unknownOf();
    dag.owner ??= unknownOf();
    dag.retries ??= unknownOf();
    dag.catchup ??= unknownOf();
  }
  return init.keepsDagId ? idNode : void 0;
}
function collectModuleFacts(root, ctx) {
  const assignCounts = /* @__PURE__ */ new Map();
  const bindAlias = (alias, target) => {
    const was = ctx.aliases.get(alias);
    if (was !== void 0 && was !== target) ctx.reboundAliases.add(alias);
    ctx.aliases.set(alias, target);
  };
  const noteFunction = (definition, decorators) => {
    if (definition?.type !== "function_definition") return;
    const name = definition.childForFieldName("name")?.text;
    if (!name) return;
    const task = decorators.some((d) => TASK_DECORATOR2.test(decoratorName(d).name ?? ""));
    const group = !task && decorators.some((d) => /(^|\.)task_group$/.test(decoratorName(d).name ?? ""));
    if (task) ctx.taskFunctions.add(name);
    if (task) {
      for (const d of decorators) {
        const sla = slaArgument(decoratorName(d).call);
        if (sla !== void 0) ctx.taskFunctionSla.set(name, sla);
      }
    }
    if (group) ctx.taskGroupFunctions.add(name);
    if (task) {
      const onlyAirflow = decorators.every((d) => /^(airflow\.decorators\.)?(task(\.[A-Za-z_]+)?|setup|teardown)$/.test(decoratorName(d).name ?? ""));
      const signature = onlyAirflow && !ctx.taskSignatures.has(name) ? taskSignatureOf(definition) : null;
      if (signature) {
        if (decorators.some((d) => /(^|\.)sensor$/.test(decoratorName(d).name ?? ""))) signature.sensor = true;
        for (const d of decorators) {
          const decoratorCall = decoratorName(d).call;
          if (!decoratorCall) continue;
          const { keywords, splat } = callArguments(decoratorCall);
          const rule = keywords.get("trigger_rule");
          if (splat || rule && signature.triggerRule !== void 0) signature.triggerRule = "unknown";
          else if (rule) signature.triggerRule = rule;
        }
      }
      ctx.taskSignatures.set(name, signature);
    }
    if (decorators.some((d) => /^(airflow\.decorators\.)?(task(\.[A-Za-z_]+)?|setup|teardown|task_group)$/.test(decoratorName(d).name ?? ""))) {
      const open = (definition.childForFieldName("parameters")?.namedChildren ?? []).some((p) => p?.type === "dictionary_splat_pattern");
      const known = ctx.taskFunctionParams.get(name);
      const params = open || known === null ? null : /* @__PURE__ */ new Set([...known ?? [], ...readParams(definition).map((p) => p.name)]);
      ctx.taskFunctionParams.set(name, params);
    } else if (task || group) ctx.taskFunctionParams.set(name, null);
  };
  const walkForTasks = (node) => {
    if (node.type === "decorated_definition") {
      noteFunction(node.childForFieldName("definition"), node.namedChildren.filter((c) => c?.type === "decorator"));
    }
    for (const child of node.namedChildren) {
      if (!child || child.type === "string" || child.type === "comment") continue;
      if (child.type !== "decorated_definition" && !child.text.includes("@")) continue;
      walkForTasks(child);
    }
  };
  walkForTasks(root);
  const rebound = (target) => {
    for (const name of boundNames(target)) assignCounts.set(name, (assignCounts.get(name) ?? 0) + 2);
  };
  const statements = (block, inLoop = false) => {
    for (const statement of block.namedChildren) {
      if (!statement) continue;
      switch (statement.type) {
        case "expression_statement": {
          const assignment = statement.namedChildren[0];
          if (assignment?.type === "augmented_assignment") rebound(assignment.childForFieldName("left"));
          if (assignment?.type !== "assignment") break;
          const left = assignment.childForFieldName("left");
          const right = assignment.childForFieldName("right");
          if (left?.type !== "identifier") {
            rebound(left);
            break;
          }
          assignCounts.set(left.text, (assignCounts.get(left.text) ?? 0) + (inLoop ? 2 : 1));
          const isDict = right && (right.type === "dictionary" || right.type === "call" && calleeName(right.childForFieldName("function")) === "dict");
          ctx.dictBindings.set(left.text, isDict && right ? right : null);
          ctx.valueBindings.set(left.text, right && right.type !== "assignment" ? right : null);
          break;
        }
        case "import_statement":
          for (const name of statement.childrenForFieldName("name")) {
            if (!name) continue;
            if (name.type === "aliased_import") {
              const dotted = name.childForFieldName("name")?.text;
              const alias = name.childForFieldName("alias")?.text;
              if (dotted && alias) bindAlias(alias, dotted);
            } else {
              const first = name.text.split(".")[0];
              bindAlias(first, first);
            }
          }
          break;
        case "import_from_statement": {
          const moduleNode = statement.childForFieldName("module_name");
          const module = moduleNode?.text ?? "";
          for (const name of statement.childrenForFieldName("name")) {
            if (!name) continue;
            const original = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
            const alias = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
            if (!original || !alias) continue;
            bindAlias(alias, module.endsWith(".") ? `${module}${original}` : `${module}.${original}`);
            if (/operators|sensors/.test(module)) ctx.operatorNames.add(alias);
          }
          break;
        }
        case "class_definition": {
          const name = statement.childForFieldName("name")?.text;
          if (name) ctx.classNodes.set(name, statement);
          break;
        }
        case "decorated_definition": {
          const definition = statement.childForFieldName("definition");
          const name = definition?.type === "class_definition" ? definition.childForFieldName("name")?.text : void 0;
          if (name && definition) ctx.classNodes.set(name, definition);
          break;
        }
        case "with_statement": {
          const body = statement.childForFieldName("body");
          if (body) statements(body, inLoop);
          break;
        }
        case "for_statement":
        case "while_statement": {
          if (statement.type === "for_statement") rebound(statement.childForFieldName("left"));
          for (const child of statement.namedChildren) {
            if (child?.type === "block") statements(child, true);
            else if (child?.type === "else_clause") {
              for (const inner of child.namedChildren) if (inner?.type === "block") statements(inner, true);
            }
          }
          break;
        }
        case "if_statement":
        case "try_statement":
          for (const child of statement.namedChildren) {
            if (!child) continue;
            if (statement.type === "if_statement" && child.id === statement.childForFieldName("consequence")?.id && specialCondition(statement.childForFieldName("condition")) === "main") continue;
            if (child.type === "block") statements(child, inLoop);
            else if (child.type === "except_clause" || child.type === "else_clause" || child.type === "elif_clause" || child.type === "finally_clause") {
              for (const inner of child.namedChildren) if (inner?.type === "block") statements(inner, inLoop);
            }
          }
          break;
        default:
          break;
      }
    }
  };
  statements(root);
  if ([...assignCounts.values()].some((count) => count === 1)) {
    for (const match of ctx.source.matchAll(OTHER_BINDINGS)) {
      for (const name of match[1].split(/[\s,]+/)) if (assignCounts.get(name) === 1) assignCounts.set(name, 2);
    }
    if (ctx.source.includes(":=")) {
      for (const match of ctx.source.matchAll(WALRUS)) if (assignCounts.get(match[1]) === 1) assignCounts.set(match[1], 2);
    }
  }
  for (const name of assignCounts.keys()) if (ctx.aliases.has(name)) ctx.reboundAliases.add(name);
  for (const [name, count] of assignCounts) {
    if (count > 1) {
      ctx.dictBindings.set(name, null);
      ctx.valueBindings.set(name, null);
    }
  }
  const text = [...ctx.dictBindings.values()].some((v) => v !== null) ? root.text : "";
  for (const [name, bound] of ctx.dictBindings) {
    if (!bound) continue;
    const n = name.replace(/[^\w]/g, "");
    const mutated = new RegExp(`(^|[^\\w.])${n}\\s*(\\[[^\\]\\n]*\\]\\s*(=[^=]|[-+*/|&]=)|\\|=|\\.(update|setdefault|pop|popitem|clear|__setitem__)\\s*\\()|\\bdel\\s+${n}\\s*\\[`, "m");
    if (mutated.test(text) || passedToCallStatement(text, n)) {
      ctx.dictBindings.set(name, null);
      ctx.valueBindings.set(name, null);
    }
  }
}
function passedToCallStatement(text, name) {
  const call = new RegExp(`^[ \\t]*([\\w.]+)[ \\t]*\\((?:[^()\\n=]*?,)?[ \\t]*${name}[ \\t]*[,)]`, "gm");
  for (const match of text.matchAll(call)) {
    const callee = match[1];
    if (!/(^|\.)(DAG|\w*Dag|dag|print|pprint|debug|info|warning|error|exception|critical|log|dumps|dump|str|repr|len|isinstance|list|dict|tuple|sorted|copy|deepcopy|type|id|hash|bool)$/.test(callee)) return true;
  }
  return false;
}
var OTHER_BINDINGS = /\b(?:global|del|as)[ \t]+(\w+(?:[ \t]*,[ \t]*\w+)*)/g;
var WALRUS = /(\w+)[ \t]*:=/g;
function boundNames(target) {
  if (!target) return [];
  if (target.type === "identifier") return [target.text];
  if (/^(pattern_list|tuple_pattern|list_pattern|list_splat_pattern|parenthesized_expression|expression_list|tuple|list)$/.test(target.type)) {
    return target.namedChildren.flatMap((child) => boundNames(child));
  }
  return [];
}
function isWithItem(call) {
  const parent = call.parent;
  return parent?.type === "with_item" || parent?.type === "as_pattern" && parent.parent?.type === "with_item";
}
function catchesImportError(clause) {
  const caught = clause.namedChildren.find((c) => c && c.type !== "block" && c.type !== "comment");
  if (!caught) return true;
  return /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(caught.text);
}
function suppressedByWith(node, ctx) {
  let found;
  for (const clause of node.namedChildren) {
    if (clause?.type !== "with_clause") continue;
    for (const item of clause.namedChildren) {
      let value = item?.type === "with_item" ? item.childForFieldName("value") : void 0;
      if (value?.type === "as_pattern") value = value.namedChildren[0];
      if (value?.type !== "call") continue;
      const written = calleeName(value.childForFieldName("function"));
      if (!written || resolveName(written, ctx) !== "contextlib.suppress") continue;
      const args = plainArgs(value);
      found = (found ?? false) || args === void 0 || args.some((a) => /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(a.text) || !/^[A-Z]\w*(Error|Exception|Warning|Exit|Interrupt|Iteration)$/.test(a.text));
    }
  }
  return found;
}
function readImports(node, st) {
  const common = { line: lineOf(node), guarded: st.guarded, ...st.typeChecking ? { typeCheckingOnly: true } : {}, ...st.conditional ? { conditional: true } : {} };
  if (node.type === "import_statement") {
    const out = [];
    for (const name of node.childrenForFieldName("name")) {
      if (!name) continue;
      const dotted = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      if (dotted) out.push({ module: dotted, relative: false, ...common, names: [] });
    }
    return out;
  }
  const moduleNode = node.childForFieldName("module_name");
  if (!moduleNode || moduleNode.text === "__future__") return [];
  const names = [];
  for (const name of node.childrenForFieldName("name")) {
    const original = name?.type === "aliased_import" ? name.childForFieldName("name")?.text : name?.text;
    if (original) names.push(original);
  }
  if (node.namedChildren.some((c) => c?.type === "wildcard_import")) names.push("*");
  if (moduleNode.type === "relative_import") return [{ module: moduleNode.text.replace(/^\.+/, ""), relative: true, ...common, names }];
  return [{ module: moduleNode.text, relative: false, ...common, names }];
}
var PARSE_TIME_CALLS = [
  [/(^|\.)Variable\.get$/, "variable"],
  [/(^|\.)(get_connection|get_connection_from_secrets)$/, "connection"],
  [/^requests\.(get|post|put|patch|delete|head|request|Session)$/, "http"],
  [/^(urllib\.request\.)?urlopen$/, "http"],
  [/^httpx\.(get|post|put|patch|delete|request|Client)$/, "http"],
  [/^(psycopg2|pymysql|sqlite3|snowflake\.connector|pyodbc|cx_Oracle|oracledb)\.connect$/, "database"],
  [/(^|\.)create_engine$/, "database"],
  [/^(pd|pandas)\.read_(sql|sql_query|sql_table|csv|parquet|json|excel)$/, "file"],
  [/^boto3\.(client|resource|Session)$/, "http"],
  [/^open$/, "file"],
  [/^time\.sleep$/, "sleep"]
];
function parseTimeKind(call, written, resolved) {
  if (written) {
    for (const [pattern, kind] of PARSE_TIME_CALLS) if (pattern.test(written) || resolved !== void 0 && pattern.test(resolved)) return kind;
    return void 0;
  }
  const fn = call.childForFieldName("function");
  if (fn?.type === "attribute") {
    const object = fn.childForFieldName("object");
    if (object?.type === "call" && /Hook$/.test(calleeName(object.childForFieldName("function")) ?? "")) return "hook";
  }
  return void 0;
}
function dagFromWith(withStatement, file, ctx, classify) {
  for (const call of enteredBy(withStatement)) {
    if (call.type !== "call") continue;
    const written = calleeName(call.childForFieldName("function"));
    const cls = written ? classify(written) : void 0;
    if (!cls || !cls.certain && !looksLikeDagCall(call, written)) continue;
    const body = withStatement.childForFieldName("body");
    const made = dagFromCall(call, file, ctx, "with DAG()", body ? countTasks(body, ctx) : 0);
    if (body) markSensorTask(made.dag, body, ctx);
    return { ...made, cls, call };
  }
  return void 0;
}
function markSensorTask(dag, body, ctx) {
  if (!dag.defaultArgs?.some((a) => a.name === "poke_interval" || a.name === "timeout")) return;
  const visit = (node) => {
    if (node.type === "function_definition" || node.type === "lambda" || LEAF_TYPES.has(node.type)) return false;
    if (node.type === "call") {
      const written = calleeName(node.childForFieldName("function"));
      const resolved = written ? resolveName(written, ctx) : "";
      if (/^airflow\.(sensors|providers\.[\w.]+\.sensors)\.[\w.]+\.[A-Z]\w*Sensor(Async)?$/.test(resolved)) return true;
    }
    return node.namedChildren.some((child) => !!child && visit(child));
  };
  if (visit(body)) dag.sensorTask = true;
}
function dagFromCall(call, file, ctx, definedBy, taskCount) {
  const { positional, keywords, fromSplat } = dagCallArguments(call, ctx);
  const idNode = keywords.get("dag_id") ?? positional[0];
  const use = { file: false };
  const value = idNode ? strOnly(moduleString(idNode, ctx, use)) : void 0;
  const dag = buildDag(value ?? unknown(followName(idNode, ctx) ?? call), keywords, call, file, ctx, definedBy, taskCount);
  if (value !== void 0 && use.file) dag.dagIdFromFile = true;
  dag.arguments = argumentSpans(call, ctx);
  return { dag, idNode: fromSplat.has("dag_id") ? void 0 : idNode };
}
function decoratorIdNode(args) {
  const node = args.keywords.get("dag_id") ?? args.positional[0];
  return !node || node.type === "none" || stringValue(node) === "" ? void 0 : node;
}
function dagFromDecorator(definition, decoratorCall, decorated, file, ctx) {
  const args = decoratorCall ? dagCallArguments(decoratorCall, ctx) : { positional: [], keywords: /* @__PURE__ */ new Map() };
  const keywords = args.keywords;
  const name = definition.childForFieldName("name")?.text ?? "?";
  const idNode = decoratorIdNode(args);
  const use = { file: false };
  const value = idNode ? strOnly(moduleString(idNode, ctx, use)) : void 0;
  const dagId = idNode ? value ?? unknown(followName(idNode, ctx)) : name;
  const body = definition.childForFieldName("body");
  const dag = buildDag(dagId, keywords, decorated, file, ctx, "@dag", body ? countTasks(body, ctx) : 0);
  if (body) markSensorTask(dag, body, ctx);
  if (value !== void 0 && use.file) dag.dagIdFromFile = true;
  dag.arguments = argumentSpans(decoratorCall, ctx);
  if (!decoratorCall) dag.decoratorWithoutCall = true;
  return dag;
}
function buildDag(dagId, keywords, at, file, ctx, definedBy, taskCount) {
  const defaultArgs = keywords.get("default_args");
  const scheduleNode = keywords.get("schedule") ?? keywords.get("schedule_interval") ?? keywords.get("timetable");
  const startNode = keywords.get("start_date");
  const describe = (node) => {
    const followed = followName(node, ctx);
    return shorten(followed && followed !== node ? `${node.text} = ${followed.text}` : node.text);
  };
  let startDate = startNode ? describe(startNode) : void 0;
  if (!startDate && defaultArgs) {
    const fromArgs = fromDefaultArgs(defaultArgs, "start_date", ctx, describe);
    startDate = typeof fromArgs === "string" ? fromArgs : void 0;
  }
  const view = defaultArgs ? dictView(defaultArgs, ctx) : void 0;
  const read = (node, reader) => node ? reader(followName(node, ctx)) : void 0;
  return {
    dagId,
    file,
    line: lineOf(at),
    definedBy,
    schedule: read(scheduleNode, staticSchedule),
    tags: read(keywords.get("tags"), staticStringList),
    owner: keywords.has("owner") ? read(keywords.get("owner"), staticString) : fromDefaultArgs(defaultArgs, "owner", ctx, (n) => staticString(followName(n, ctx))),
    retries: fromDefaultArgs(defaultArgs, "retries", ctx, (n) => staticNumber(followName(n, ctx))),
    catchup: read(keywords.get("catchup"), staticBoolean),
    startDate,
    taskCount,
    ...view?.kind === "dict" ? { defaultArgs: view.entries.map((entry) => setElsewhere(entry.name, ctx) ? { ...entry, setElsewhere: true } : entry) } : {},
    ...view?.kind === "dict" && view.get("\0") === void 0 ? { defaultArgsComplete: true } : {},
    ...invalidParamsOf(keywords.get("params"), ctx)
  };
}
var PARAM_CLASSES = /* @__PURE__ */ new Set(["airflow.models.param.Param", "airflow.models.Param", "airflow.sdk.Param", "airflow.sdk.definitions.param.Param"]);
function jsonTypeOf(node) {
  switch (node.type) {
    case "string":
    case "concatenated_string":
      return node.namedChildren.some((c) => c?.type === "interpolation") ? void 0 : "string";
    case "integer":
      return "integer";
    case "true":
    case "false":
      return "boolean";
    case "none":
      return "null";
    case "list":
      return "array";
    case "dictionary":
      return "object";
    default:
      return void 0;
  }
}
function invalidParamsOf(paramsNode, ctx) {
  if (!paramsNode) return {};
  const view = dictView(paramsNode, ctx);
  if (view.kind !== "dict") return {};
  const invalid = [];
  for (const entry of view.entries) {
    const valueNode = view.get(entry.name);
    const value = valueNode && valueNode !== "unknown" ? followName(valueNode, ctx) ?? valueNode : void 0;
    if (value?.type !== "call") continue;
    const written = calleeName(value.childForFieldName("function"));
    if (!written || !PARAM_CLASSES.has(resolveName(written, ctx))) continue;
    const args = value.childForFieldName("arguments")?.namedChildren.filter((c) => !!c && c.type !== "comment") ?? [];
    if (args.some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) continue;
    const { positional, keywords } = callArguments(value);
    const defaultNode = keywords.get("default") ?? positional[0];
    const span2 = { line: entry.line, column: entry.column, endLine: entry.endLine, endColumn: entry.endColumn };
    if (!defaultNode) {
      invalid.push({ name: entry.name, reason: "has no default value (ParamValidationError: No value passed and Param has no default value)", ...span2 });
      continue;
    }
    const typeNode = keywords.get("type");
    const types = typeNode?.type === "string" ? [stringValue(typeNode)] : typeNode?.type === "list" ? typeNode.namedChildren.filter((c) => c && c.type !== "comment").map((c) => c ? stringValue(c) : void 0) : void 0;
    if (!types || types.some((t) => t === void 0)) continue;
    const actual = jsonTypeOf(followName(defaultNode, ctx) ?? defaultNode);
    if (!actual) continue;
    const accepted = types.some((t) => t === actual || t === "number" && actual === "integer");
    if (!accepted) {
      invalid.push({ name: entry.name, reason: `has the default ${shorten(defaultNode.text)}, which is no ${types.join(" or ")} (its type=)`, ...span2 });
      continue;
    }
    const broken = schemaKeywordProblem(followName(defaultNode, ctx) ?? defaultNode, keywords, ctx);
    if (broken) invalid.push({ name: entry.name, reason: `has the default ${shorten(defaultNode.text)}, which ${broken}`, ...span2 });
  }
  return invalid.length ? { invalidParams: invalid } : {};
}
function schemaKeywordProblem(value, keywords, ctx) {
  const number = value.type === "true" || value.type === "false" ? void 0 : numericLiteral(value);
  const text = value.type === "string" && !value.namedChildren.some((c) => c?.type === "interpolation") ? stringValue(value) : void 0;
  const keywordNumber = (name) => {
    const node = keywords.get(name);
    return node ? numericLiteral(followName(node, ctx) ?? node) : void 0;
  };
  const enumNode = keywords.get("enum");
  const options = enumNode ? followName(enumNode, ctx) ?? enumNode : void 0;
  if (options?.type === "list" || options?.type === "tuple") {
    const items = options.namedChildren.filter((c) => !!c && c.type !== "comment");
    const jsonOf = (node) => {
      if (node.type === "true" || node.type === "false") return { kind: "bool", value: node.type === "true" };
      if (node.type === "none") return { kind: "null", value: null };
      const n = numericLiteral(node);
      if (n !== void 0) return { kind: "number", value: n };
      const t = node.type === "string" && !node.namedChildren.some((c) => c?.type === "interpolation") ? stringValue(node) : void 0;
      return t === void 0 ? void 0 : { kind: "string", value: t };
    };
    const own = jsonOf(value);
    const listed = items.map(jsonOf);
    if (own && listed.every((l) => l !== void 0) && !listed.some((l) => l?.kind === own.kind && l.value === own.value)) return "is not one of its enum= values";
  }
  if (number !== void 0) {
    const minimum = keywordNumber("minimum");
    const maximum = keywordNumber("maximum");
    const exclusiveMinimum = keywordNumber("exclusiveMinimum");
    const exclusiveMaximum = keywordNumber("exclusiveMaximum");
    const multipleOf = keywordNumber("multipleOf");
    if (minimum !== void 0 && number < minimum) return `is less than its minimum=${minimum}`;
    if (maximum !== void 0 && number > maximum) return `is more than its maximum=${maximum}`;
    if (exclusiveMinimum !== void 0 && number <= exclusiveMinimum) return `is not above its exclusiveMinimum=${exclusiveMinimum}`;
    if (exclusiveMaximum !== void 0 && number >= exclusiveMaximum) return `is not below its exclusiveMaximum=${exclusiveMaximum}`;
    if (multipleOf !== void 0 && Number.isInteger(multipleOf) && multipleOf > 0 && Number.isInteger(number) && number % multipleOf !== 0) return `is not a multiple of its multipleOf=${multipleOf}`;
  }
  if (text !== void 0) {
    const length = [...text].length;
    const minLength = keywordNumber("minLength");
    const maxLength = keywordNumber("maxLength");
    if (minLength !== void 0 && length < minLength) return `is shorter than its minLength=${minLength}`;
    if (maxLength !== void 0 && length > maxLength) return `is longer than its maxLength=${maxLength}`;
    const formatNode = keywords.get("format");
    const format = formatNode?.type === "string" ? stringValue(formatNode) : void 0;
    if (format === "date" && !isIsoDate(text)) return 'is no date of its format="date" (YYYY-MM-DD)';
    if (format === "ipv4" && !/^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(text)) return 'is no IPv4 address of its format="ipv4"';
  }
  return void 0;
}
function isIsoDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() || month === 2 && day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function setElsewhere(name, ctx) {
  if (!/^\w+$/.test(name)) return true;
  const pattern = new RegExp(`\\b${name}\\s*=(?!=)|["']${name}["']\\s*:|\\[\\s*["']${name}["']\\s*\\]\\s*=(?!=)`, "g");
  if ((ctx.source.match(pattern)?.length ?? 0) <= 1) return false;
  const code = ctx.codeText ??= codeOnlyText(ctx.source);
  return (code.match(pattern)?.length ?? 0) > 1;
}
function countTasks(block, ctx) {
  let count = 0;
  const visit = (node) => {
    if (node.type === "function_definition" || node.type === "lambda" || LEAF_TYPES.has(node.type)) return;
    if (node.type === "decorated_definition") {
      const decorators = node.namedChildren.filter((c) => c?.type === "decorator");
      if (!decorators.some((d) => /task_group$/.test(decoratorName(d).name ?? ""))) return;
      const body = node.childForFieldName("definition")?.childForFieldName("body");
      if (body) visit(body);
      return;
    }
    if (node.type === "call" && isTaskCall(node, ctx)) count++;
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(block);
  return count;
}
function isTaskCall(call, ctx) {
  const fn = call.childForFieldName("function");
  const callee = calleeName(fn);
  if (callee) {
    const last = lastPart(callee);
    if (ctx.taskFunctions.has(callee) || ctx.operatorNames.has(callee)) return true;
    if (/(Operator|Sensor)$/.test(last) && /^[A-Z]/.test(last)) return true;
    if (fn?.type === "attribute") {
      const object = calleeName(fn.childForFieldName("object"));
      if (object && (last === "expand" || last === "expand_kwargs") && ctx.taskFunctions.has(object)) return true;
      if (object && last === "partial" && (ctx.operatorNames.has(object) || /(Operator|Sensor)$/.test(lastPart(object)))) return true;
    }
  }
  return false;
}
function countTasksForAssignedDag(call, root, ctx) {
  const assignment = call.parent;
  const target = assignment?.type === "assignment" ? assignment.childForFieldName("left")?.text : void 0;
  if (!target) return unknown(call);
  let count = 0;
  const visit = (node) => {
    if (node.type === "function_definition") return;
    if (node.type === "call" && isTaskCall(node, ctx)) {
      const { keywords } = callArguments(node);
      if (keywords.get("dag")?.text === target) count++;
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(root);
  return count;
}
var SUPPRESS = /#\s*astro-ci:\s*ignore(-file)?(?:\[([^\]]*)\])?/g;
var NOQA = /#\s*noqa(?::\s*([A-Z]+\d+(?:[\s,]+[A-Z]+\d+)*))?/i;
function readSuppressions(source) {
  const suppressions = { lines: {} };
  if (!source.includes("astro-ci:") && !/noqa/i.test(source)) return suppressions;
  source.split("\n").forEach((text, index) => {
    const line = index + 1;
    if (!text.includes("#")) return;
    for (const match of text.matchAll(SUPPRESS)) {
      const ids = (match[2] ?? "").split(",").map((s) => s.trim()).filter(Boolean);
      if (match[1]) suppressions.file = suppressions.file && (suppressions.file.length === 0 || ids.length === 0) ? [] : [...suppressions.file ?? [], ...ids];
      else suppressions.lines[line] = [...suppressions.lines[line] ?? [], ...ids];
    }
    const noqa = NOQA.exec(text);
    if (noqa) {
      const codes = (noqa[1] ?? "").split(/[\s,]+/).filter((c) => /^AIR\d+$/.test(c));
      if (codes.length) suppressions.lines[line] = [...suppressions.lines[line] ?? [], ...codes];
    }
  });
  return suppressions;
}

export {
  stdlib_modules_default,
  DAG_ARGUMENT_CHECKS,
  TRIGGER_RULES,
  WEIGHT_RULES,
  pythonNumber,
  taskValueProblem,
  checkDagConstruction,
  checkDagArguments,
  CLASSES,
  BASE_OPERATOR,
  DATA_MINOR,
  AIRFLOW_DAG_CLASS,
  SDK_DAG_CLASS,
  KNOWN_DAG_CLASSES,
  isAirflowDagClass,
  extractDagInventory,
  combineClassInits,
  madeByClassInit,
  readSuppressions
};
