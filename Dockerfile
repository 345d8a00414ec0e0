# The alert bot: one image for every role (`poll`, `worker`, `run`); docker-compose.yml picks it.
#   docker build -t alerts-bot:0.1.0 .
#   docker run --rm alerts-bot:0.1.0 --help
#
# Pinned to a patch release of Python 3.11 on Debian bookworm, the versions the tests run on.
# Two stages: compilers build the extractor with mypyc (setup.py) and any dependency without a
# wheel for the platform (arm64), and stay out of the image that runs. `--build-arg
# ALERTS_PURE_PYTHON=1` builds pure Python instead; `alerts --version` says which one runs.
FROM python:3.11.13-slim-bookworm AS build

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

ARG ALERTS_PURE_PYTHON=
ENV ALERTS_PURE_PYTHON=${ALERTS_PURE_PYTHON}

WORKDIR /src
# Only what `pip install .` needs, so editing tests or docs does not invalidate this layer.
COPY pyproject.toml setup.py README.md ./
COPY alerts ./alerts
RUN pip wheel --wheel-dir /wheels .


FROM python:3.11.13-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ALERTS_CONFIG=/etc/alerts/alerts.yaml

# A fixed uid, so file ownership on volumes is the same on every host.
RUN groupadd --system --gid 10001 alerts \
    && useradd --system --uid 10001 --gid alerts --home-dir /var/lib/alerts --create-home \
       --shell /usr/sbin/nologin alerts

# `pip install .` from the wheels built above: no network, no compiler in this stage.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels alerts

# Default rules baked in; docker-compose.yml mounts ./rules over them so edits reload live.
COPY rules /etc/alerts/rules

USER alerts
WORKDIR /var/lib/alerts
# prometheus-client metrics (metrics.port in the config; metrics.host must be 0.0.0.0 here).
EXPOSE 9108

ENTRYPOINT ["alerts"]
CMD ["--help"]
