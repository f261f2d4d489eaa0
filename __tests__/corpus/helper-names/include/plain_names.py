"""No __all__: `from include.plain_names import *` brings the public module-level names, not _PRIVATE."""
from datetime import datetime

OWNER = "analytics"
START_DATE = datetime(2024, 1, 1)
_PRIVATE_TAG = "internal"
