"""The stream: Kafka topics and the embedded broker, the thin Faust app and its agents, the
worker and runner that start them. Everything here does I/O; the logic it calls does not."""
