#!/usr/bin/env bash
# One-shot topic creation for docker compose (the `kafka-init` service runs it, then exits 0).
# The list mirrors alerts.stream.topics.all_topics(4): tests/ops/test_compose.py fails if they
# drift apart. The bot would create missing topics itself; creating them here first makes the
# layout explicit, reviewable, and ready before any poller or worker starts.
set -euo pipefail

BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
TOPICS_SH="${TOPICS_SH:-/opt/kafka/bin/kafka-topics.sh}"

# name                               partitions  configs ("-" for none)
while read -r name partitions configs; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  args=(--bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name"
        --partitions "$partitions" --replication-factor 1)
  if [[ "$configs" != "-" ]]; then
    IFS=',' read -ra kvs <<< "$configs"
    for kv in "${kvs[@]}"; do args+=(--config "$kv"); done
  fi
  "$TOPICS_SH" "${args[@]}"
done <<'TOPICS'
alerts.articles.v1                    4   -
alerts.matches.v3                     4   -
alerts.digest.v1                      4   -
# Failed deliveries waiting for their channel's next try, keyed by channel.
alerts.retry.v1                       4   -
# Dead letters are alerts nobody received: keep them 30 days to read and re-send.
alerts.deadletter.v1                  1   retention.ms=2592000000
alerts.silences.v1                    1   cleanup.policy=compact
alerts-deliveries-v1-changelog        4   cleanup.policy=compact
alerts-stories-v1-changelog           4   cleanup.policy=compact
alerts-retries-v1-changelog           4   cleanup.policy=compact
TOPICS

"$TOPICS_SH" --bootstrap-server "$BOOTSTRAP" --describe --topic 'alerts.*'
