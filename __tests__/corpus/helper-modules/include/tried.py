try:
    from include.broken import value
except Exception:
    value = None
if False:
    import nonexistent_pkg_xyz
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import nonexistent_pkg_xyz
