import os

if os.getenv("ASTRO_CI_CORPUS_FLAG") == "1":
    def only_sometimes():
        return 1
