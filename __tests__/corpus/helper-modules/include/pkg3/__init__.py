helpers = None
