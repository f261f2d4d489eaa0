import json

import nonexistent_pkg_xyz  # nothing installs it

VALUE = json.dumps({})
