from include.lib.helpers import *  # noqa: F403
