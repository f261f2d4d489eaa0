import builtins
from datetime import datetime

# Run by the DAG files that import this module: the names are then globals of every module.
builtins.REBOUND_NAMES_HELPER_START = datetime(2024, 1, 1)
setattr(builtins, "REBOUND_NAMES_HELPER_TEAM", "data")
