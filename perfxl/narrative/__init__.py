"""The narrative report (自评报告): reading it, finding its figures, checking them."""
