"""Imports that run only under a condition astro-ci cannot judge statically: not certain to fail."""
import importlib.util
import os
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

if importlib.util.find_spec("cosmos") is not None:
    import cosmos

if os.getenv("ASTRO_CI_CORPUS_FLAG") == "1":
    import nonexistent_flag_pkg
elif os.getenv("ASTRO_CI_CORPUS_OTHER"):
    from include.broken import value

VALUE = tomllib.loads("a = 1")["a"]
