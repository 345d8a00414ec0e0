"""The test kit, shipped in the package: a local feed server, the bot as a subprocess, HTTP
receivers and polling helpers. Tests, benchmarks and the demo use it; none imports `tests/`."""
