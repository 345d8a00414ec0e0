"""Feeds: fetch RSS/Atom documents, normalise entries to Articles, remember what was seen."""
