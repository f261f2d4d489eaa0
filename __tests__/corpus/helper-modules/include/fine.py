import os

FINE = os.sep
