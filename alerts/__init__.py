"""Alert bot for humanitarian coordination: news feeds -> Kafka -> Faust rules -> Apprise."""

__version__ = "0.1.0"
