"""`perfxl serve`: the local web page and JSON API (server.py), over the same use cases as the command line (service.py)."""
