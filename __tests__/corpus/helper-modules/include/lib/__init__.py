"""A plain package: its submodules are helpers.py, dynamic.py, starry.py, maybe.py and the folder nested_ns/."""
