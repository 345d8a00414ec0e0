"""Kafka broker plumbing: the embedded Tansu broker and topic declaration."""
