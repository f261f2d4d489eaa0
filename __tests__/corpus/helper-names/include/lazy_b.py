def doubled():
    from include.lazy_a import LIMIT

    return LIMIT * 2
