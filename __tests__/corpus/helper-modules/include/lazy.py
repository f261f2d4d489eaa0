def later():
    import nonexistent_pkg_xyz

    return undefined_later + nonexistent_pkg_xyz.x


try:
    import another_missing_xyz
except ImportError:
    another_missing_xyz = None

VALUE = 3
