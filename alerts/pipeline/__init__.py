"""Wiring: pure processing (article -> alert envelopes) and the thin Faust layer around it."""
