/**
 * The files that make a folder a Python project pip can install, and that name it: what requirements parsing reads in
 * a folder a requirement names (`-e ./pkg`). Kept in a module of its own, so the CLI's replay lookup can know them
 * without loading the requirements parser.
 */
export const PYTHON_PROJECT_FILES = ["setup.py", "pyproject.toml", "setup.cfg"] as const;
