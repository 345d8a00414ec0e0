"""Articles per second through the running pipeline, against raw aiokafka produce+consume on
the same embedded broker, measured in one run; and the worker's CPU per article, against the
same work in one process (``pure``).

The clock stops when the evaluate agent has read the last article. The notify stage may still
be working then (it waits its turn while the evaluate agent is busy), so the worker's CPU is
also read once it is idle again: that figure is what an article costs the pipeline. The CPU
ratios swing less than the rates on a shared machine (2 cores, Tansu and the producer beside
the worker, other people's work besides), where pure alone moved between 0.5 and 1.7 ms.

Measured (three runs each, interleaved, same minutes; the old code run from an export of main
with this file): main: window 1.22-1.25 ms per article, until idle 1.89-2.00 ms, pure 0.63-0.66
ms; CPU ratio pure/worker 0.51-0.54 (window), 0.31-0.35 (until idle). Now: window 1.17-1.20,
until idle 1.39-1.46, pure 0.63-0.65; CPU ratio 0.54-0.55 (window), 0.44-0.45 (until idle).
The rates' ratio pipeline/pure went 0.42-0.60 (main) and 0.42-0.72 (now) over those runs: too
noisy to tell them apart. What moved: a notify batch writes each story once and sends each
story's highest source count once (alerts.stream.app.Told), instead of a table write and a
digest message per corroboration (~1,230 per 2,000 articles); story similarity without MinHash
objects (23 -> 2.5 us a comparison).

Where the window's time goes, measured by changing one thing at a time in the worker (CPU per
article, 2 runs each, before the changes above): reading and decoding the articles, nothing
else, 0.10-0.14 ms; with evaluating them (extractor, rules, story reports) 0.72 ms, which is
pure's own cost; evaluating and building the ~0.63 envelopes per article but not sending them
0.72-0.82; sending them to a topic no agent reads 0.90-1.02; sending them to the notify agent
(full pipeline) 0.94-1.22. So producing a match costs the worker ~0.3 ms of CPU, most of it
Faust's and aiokafka's Python per message and per produce request, not the system (the
worker's system CPU is 0.01-0.06 ms per article), not JSON (an envelope dumps in 10 us and
validates in 18, an article in 2). Issue 13's pipeline/pure >= 0.8 needs the window under
about pure/0.8 (0.75-0.8 ms here); evaluating without sending already costs that much, so it
is not reached by trimming around the agents: the next step would be fewer messages (or a
cheaper route than Faust's per message) between evaluate and notify.

Fewer messages (alerts.stream.bundles): the evaluate agent now sends a batch's envelopes as one
message per partition of the matches topic (each envelope still in the partition its own key
gives), and the notify agent unpacks them. Alternating runs of this bench, old (the commit before)
and new, same minutes, 2 cores shared with other work: window 1.09 / 1.15 -> 1.00 / 1.04 ms per
article, until idle 1.29 / 1.39 -> 1.08 / 1.17 ms, pure 0.54-0.67; CPU ratio pure/worker until
idle 0.42 / 0.46 -> 0.62 / 0.55; the rates' ratio pipeline/pure 0.48 / 0.55 -> 0.65 / 0.61.

Profiling (``ALERTS_PROFILE=/tmp/pp.prof python -m bench pipeline``; the worker writes the
profile when told to stop; read it with pstats): cProfile times in wall-clock seconds, so on
this machine a socket send to Tansu shows 0.2-0.4 ms (the worker waits for the CPU, not on the
kernel), and it stops with the clock (the notify work after it is missing). In one such run
of 2,000 articles, of ~6 s of the loop's busy time: ``process`` 2.3, the evaluate agent's own
share besides 0.4, the notify stage 1.0, Faust's consumer 0.4, aiokafka's produce requests 0.45,
asyncio's loop itself (85,000 callbacks, 23,000 tasks) the rest; logging, metrics and garbage
collection too small to matter (gc.freeze() after startup made no difference).

Tried and not kept (figures in CPU ms per article): Faust's consumer hands each message to its
streams under wait_first, four tasks per message; handing it on inline when it need not wait
took the window's loop callbacks from 85,000 to 51,000 and tasks from 23,000 to 11,000, but the
CPU until idle did not move (1.29-1.44 against 1.33-1.45, interleaved) and the notify stage then
ran inside the window (window 1.25-1.36 against 1.03-1.14, fewer articles/s). A producer batch
of 256 KB or 1 MB instead of 16 KB: no change (0.90-1.00 either way, matches sent to an unread
topic). ``send_soon`` for the matches: the evaluate agent no longer waits on the producer
(window 0.96-0.98 against 1.06-1.08, one pair of runs), but Faust's flush before a commit
gives up after 0.1 s without progress, so a match could be committed unsent: not used.

Where the rest goes (issue 13, after bundles; quiet machine, CPU ms per article): the worker's
event loop thread takes 0.70 of the window's 0.75 (the new "event loop thread" figure; the rest
is aiokafka's consumer thread and the metrics server answering this bench's scrapes, 20 a
second, ~0.7 ms each, 14 ms of CPU a second). Timed inside the worker with thread_time around
``process`` alone: 0.54-0.57 per article, against pure's 0.51-0.54 in this process; the
garbage collector (timed with gc.callbacks) 0.007. So of the ~0.3 the pipeline adds until idle,
about 0.15 is the loop's glue in the window (Faust's consumer hand-off and take, the evaluate
agent's decoding and packing, aiokafka's produce requests, asyncio), about 0.1 the notify stage
after it (half of that the dispatcher's story decisions, work pure does not do), the rest the
other threads and idle timers: an idle worker uses 26 ms of CPU a second, 16 of them the
evaluate and notify agents' take() timers (Faust's take wakes every ``within`` even when
nothing is waiting: 10 ms a second with both at 0.1 s). No single piece is as large as the 0.15
that pure/0.8 asks for.

Tried again and not kept (alternating runs, 5,000 articles, same minutes): the inline hand-off
above (the consumer awaits Faust's callback directly unless flow control is stopped, the
producer's buffer is over its limit or a stream's queue is full; profiled: no wait_first per
message, loop iterations 13,300 -> 9,700): until idle 0.81-0.86 against 0.81-0.88, window
0.78-0.84 against 0.72-0.81. Faust's Monitor sensor taken out of app.sensors (its per-message,
per-event, per-send hooks and its sampler): 0.85-0.87 against 0.83-0.92 until idle. A fetch
minimum of 64 KB (fewer, larger fetches): no lower CPU (one run: 0.80 window, 0.94 until
idle), and a fetch that waits its whole ``fetch_wait_ms`` at low load. The hand-off and the
Monitor change together (three pairs): 0.82-0.84 against 0.79-0.84 until idle, window
0.79-0.81 against 0.70-0.77.

What did move: the evaluate agent's take window (EVALUATE_WITHIN) at 20 ms instead of 5, two
pairs: until idle 0.79-0.80 against 0.83-0.84, window 0.72-0.74 against 0.74-0.75. Its batches
are small (in the profiled run 109 batches for 2,004 articles: take() yields what reached its
buffer when its timer fires), and each batch costs a bundle per partition, a produce request,
and a notify batch with its flushes and end-of-batch markers. Not changed: the window adds up
to its length to an article's latency when few are waiting, a trade for the latency figures
(bench/latency.py) to decide, not this one.

Tried and not kept (issue 13, next round): Faust's take(within=) yields what a timer finds, and
its timer runs from the end of the last batch, also when nothing comes (an idle worker wakes 250
times a second for the two agents). Fixed windows, alternating runs: 5 / 20 / 50 ms, until idle
0.89-0.92 / 0.88-0.94 / 0.80-0.83 ms per article (2,000 articles, a loaded machine): only the
longest helped, and it adds up to 50 ms to a lone article's wait. A batch that closes when no
message has come for 2 ms (or 50 ms after its first): under load ~95 articles a batch against
~49 at 5 ms, an idle worker 12 ms of CPU a second against 33-37, latency (bench latency, p50 /
p99 ms, two runs each) 20/s 90 / 127 -> 85 / 113, 100/s 95 / 155-178 -> 87 / 129-134, 300/s
76-80 / 164-218 -> 73-82 / 142-167; but CPU per article did not move with batch size past ~50
(until idle 0.79-0.80 against 0.79-0.82 at 5 ms; batches of up to 500: 0.82), and it needed a
copy of Faust's take_events built on its private parts (_enable_passive, _processors). Latency
already meets its targets, so Faust's own take stays.

This bench's own work was charged to the pipeline: the producer's start-up (connections,
metadata) ran on the clock, and the count was scraped 20 times a second (the worker's metrics
server ~0.7 ms of CPU each, this process parsing it, on the same two cores). Now the clock
starts at the first send, the count is read every 0.25 s until the rate says under 0.3 s of
work is left, then every 20 ms (the clock ends at most 20 ms late, against 50), and the run is
5,000 articles (the first fetch's wait, one hop, weighs less). Same code, old bench against
new, three alternating runs: until idle 0.85 / 0.87 / 0.82 -> 0.79 / 0.77 / 0.80 ms per
article, window 0.75 / 0.75 / 0.70 -> 0.70 / 0.68 / 0.72. Pipeline/pure >= 0.8 is not reached:
the CPU ratio pure/worker is 0.72-0.75 in the window, 0.65-0.68 until idle. The rates' ratio
swung 0.66-1.03 over the same runs: pure is timed before and after the pipeline, not with it,
and the machine's load moved pure's wall time from 0.55 to 1.07 ms per article; the CPU
ratios are the figures to compare.

Kept: uvloop as the worker's event loop (alerts.stream.loops; ``ALERTS_LOOP=asyncio`` runs the
old loop; the CPU line names the worker's). Four alternating pairs, same minutes, asyncio
-> uvloop: window 0.86 / 0.84 / 0.81 / 0.84 -> 0.83 / 0.79 / 0.80 / 0.75 ms per article, until
idle 0.97 / 0.94 / 0.92 / 0.93 -> 0.92 / 0.90 / 0.88 / 0.83 (pure 0.56-0.65). Each pair moved
the same way, but by 0.03-0.10 ms, not the half of asyncio's share a callback-bound program
gains: most of the glue is Faust's and aiokafka's Python around the callbacks, which uvloop
does not touch. bench latency, three pairs, p99 at 100/s 196 / 176 / 149 -> 146 / 142 / 137 ms;
at 20/s and p50s no change; at 300/s too noisy to tell (222-1,121 ms either way). An idle
worker (two pairs, 20 s each): 37.5 / 39.5 -> 30.0 / 32.0 ms of CPU a second. bench delivery's
notify stage (600 alerts, under half a second): 1,223 / 1,228 -> 1,231 / 976 alerts/s, noise.

Looked at under uvloop and left: at ``log_level: WARNING`` (this bench's) Faust's start-up
spinner leaves the root logger at DEBUG, so each of our INFO lines (~0.66 an article, mostly
corroborations) is built and then dropped by the handler: 3.9 us against 0.2, 0.003 ms an
article. The matches' Envelope validation in the notify agent: 17-19 us an envelope in
process (0.63 an article), not the ~85 the profile's wall-clock shows.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from alerts.models import Article
from alerts.stream import topics
from alerts.stream.broker import EmbeddedBroker, free_port
from alerts.testing.harness import (
    REPO,
    SAMPLE_ARTICLE,
    SEED_ARTICLE,
    SHARED,
    Bot,
    Receiver,
    Samples,
    metric,
    scrape,
    wait_for,
    write_config,
)

N = 5000  # about 4 s of work: the first fetch's wait (one hop) is a small part of it
WARM = 4  # articles processed before the clock starts


def _articles(n: int) -> list[Article]:
    texts: list[str] = []
    dev = SHARED / "displacement-dev.jsonl"
    if dev.exists():
        texts = [json.loads(line)["text"] for line in dev.read_text().splitlines() if line.strip()]
    seed = (SEED_ARTICLE if SEED_ARTICLE.exists() else SAMPLE_ARTICLE).read_text(encoding="utf-8")
    texts.append(seed)
    now = datetime.now(UTC)
    return [
        Article(
            id=f"bench-{i}",
            feed="bench",
            url=f"http://127.0.0.1/a/{i}",
            title=f"Article {i}",
            text=texts[i % len(texts)],
            fetched=now,
        )
        for i in range(n)
    ]


async def _raw_rate(bootstrap: str, payloads: list[bytes]) -> float:
    """Baseline: the same messages produced and consumed with bare aiokafka, no processing."""
    topic = "bench.raw.v1"
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    await admin.create_topics([NewTopic(topic, 2, 1)])
    await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id="bench-raw", auto_offset_reset="earliest"
    )
    await producer.start()
    await consumer.start()
    started = time.perf_counter()
    futures = [await producer.send(topic, p, key=str(i).encode()) for i, p in enumerate(payloads)]
    await asyncio.gather(*futures)
    seen = 0
    while seen < len(payloads):
        batch = await consumer.getmany(timeout_ms=1000)
        seen += sum(len(v) for v in batch.values())
    elapsed = time.perf_counter() - started
    await producer.stop()
    await consumer.stop()
    return len(payloads) / elapsed


async def _produce(
    bootstrap: str, payloads: list[tuple[bytes, bytes]], clock: list[float] | None = None
) -> None:
    """Produce the articles; with ``clock``, append the time the first is sent to it.

    The producer connects before that time: its start-up (connections, metadata) is this
    bench's own work, not the pipeline's, and it was timed with the pipeline before."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    if clock is not None:
        clock.append(time.perf_counter())
    futures = [await producer.send(topics.ARTICLES, v, key=k) for k, v in payloads]
    await asyncio.gather(*futures)
    await producer.stop()


def _processed(port: int, target: int, started: float, deadline: float = 600.0) -> float:
    """The time the worker's article count reached ``target``.

    Each scrape costs the worker ~0.7 ms of CPU (its metrics server), and this process more to
    parse it, on the same two cores: at 20 a second they were charged to the pipeline. So the
    count is read every COARSE s until the rate so far says under FINE_AHEAD s are left, then
    every FINE s, which also ends the clock at most FINE late."""
    ends = time.monotonic() + deadline
    while time.monotonic() < ends:
        done, now = metric(scrape(port), "alerts_pipeline_articles_total"), time.perf_counter()
        if done >= target:
            return now
        rate = done / (now - started) if done > WARM and now > started else 0.0
        near = rate > 0 and (target - done) / rate < FINE_AHEAD
        time.sleep(FINE if near else COARSE)  # polling with a deadline, not a wait for a result
    raise AssertionError(f"{target - WARM} articles not processed within {deadline:.0f}s")


# Polling the worker's count: see _processed.
COARSE, FINE, FINE_AHEAD = 0.25, 0.02, 0.3


def _pure_rate(articles: list[Article]) -> tuple[float, float]:
    """The same work without Kafka or Faust: extractor + rules -> envelopes, in this process.

    Articles per second, and CPU seconds per article (this process does nothing else then)."""
    from alerts.dispatch.evaluate import process
    from alerts.extract import extract_facts
    from alerts.rules.store import RuleStore

    store = RuleStore(REPO / "rules")
    rules = store.load()
    started, cpu = time.perf_counter(), time.process_time()
    for a in articles:
        process(a, rules, extract_facts, rules.story_rules)
    return len(articles) / (time.perf_counter() - started), (time.process_time() - cpu) / len(articles)


def event_loop(samples: Samples) -> str:
    """The worker's event loop, as its alerts_build_info says (uvloop, asyncio; ? if unsaid)."""
    for (name, labels), _value in samples.items():
        if name == "alerts_build_info":
            return dict(labels).get("event_loop", "?")
    return "?"


def _cpu_seconds(pid: int, thread: int | None = None) -> float | None:
    """User + system CPU time of a process so far (Linux /proc); None elsewhere. With ``thread``,
    of that thread of it only (the event loop's thread id is the process id).

    The worker's CPU per article says what the pipeline costs apart from the machine's load,
    which on a shared machine moves the articles/s figures by a third from run to run."""
    stat = f"/proc/{pid}/stat" if thread is None else f"/proc/{pid}/task/{thread}/stat"
    try:
        fields = Path(stat).read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _until_idle(pid: int, deadline: float = 120.0) -> float | None:
    """The worker's CPU seconds once it has gone quiet again (under IDLE_CPU in a 0.5 s step).

    The clock stops when the evaluate agent has read the last article; the notify stage may
    still be working through the matches then. Its CPU counts too, for the cost per article."""
    last = _cpu_seconds(pid)
    ends = time.monotonic() + deadline
    while last is not None and time.monotonic() < ends:
        time.sleep(0.5)
        now = _cpu_seconds(pid)
        if now is None or now - last < IDLE_CPU:
            return now
        last = now
    return last


# CPU seconds in half a second below which the worker counts as idle (idle, it uses ~0.02).
IDLE_CPU = 0.05


def run() -> list[str]:
    articles = _articles(N)
    payloads = [(a.id.encode(), a.model_dump_json().encode()) for a in articles]
    with tempfile.TemporaryDirectory() as tmp, EmbeddedBroker() as broker:
        receiver = Receiver().start()
        try:
            raw = asyncio.run(_raw_rate(broker.bootstrap, [p for _, p in payloads]))
            port = free_port()
            cfg = write_config(
                Path(tmp) / "bench.yaml",
                feeds=[],
                channels={"console": {"urls": receiver.url}},
                rules_dir=REPO / "rules",
                state_dir=Path(tmp) / "state",
                metrics_port=port,
                bootstrap=f"kafka://{broker.bootstrap}",
                extra={"log_level": "WARNING"},
            )
            worker = Bot(cfg, "worker").start()
            try:
                wait_for(lambda: scrape(port), 60, what="the worker's metrics")
                loop = event_loop(scrape(port))
                # Warm-up, off the clock: the worker has joined its group, recovered its tables
                # and processed an article (joining alone took ~4 s, a third of the timed run).
                warm = [
                    (
                        f"warm-{i}".encode(),
                        a.model_copy(update={"id": f"warm-{i}"}).model_dump_json().encode(),
                    )
                    for i, a in enumerate(articles[:WARM])
                ]
                asyncio.run(_produce(broker.bootstrap, warm))
                wait_for(
                    lambda: metric(scrape(port), "alerts_pipeline_articles_total") >= WARM,
                    120,
                    what="the warm-up articles",
                )
                # The baseline right before and right after the timed run, the faster of the two:
                # on a shared machine a baseline taken minutes apart measures another load.
                pure, pure_cpu = _pure_rate(articles)
                pid = worker.proc.pid if worker.proc is not None else 0
                cpu_before, loop_before = _cpu_seconds(pid), _cpu_seconds(pid, pid)
                clock: list[float] = []
                asyncio.run(_produce(broker.bootstrap, payloads, clock))
                started = clock[0]
                elapsed = _processed(port, N + WARM, started) - started
                cpu_after, loop_after = _cpu_seconds(pid), _cpu_seconds(pid, pid)
                cpu_idle = _until_idle(pid)
                again, again_cpu = _pure_rate(articles)
                pure, pure_cpu = max(pure, again), min(pure_cpu, again_cpu)
            finally:
                worker.stop()
            rate = N / elapsed
            sent = len(receiver.posts)
        finally:
            receiver.stop()
    cpu = (
        f"worker CPU {1000 * (cpu_after - cpu_before) / N:.2f} ms per article"
        if cpu_before is not None and cpu_after is not None
        else "worker CPU: not measured (no /proc)"
    )
    if loop_before is not None and loop_after is not None:
        # The rest is aiokafka's consumer thread and the metrics server's (the scrapes above).
        cpu += f" (event loop thread {1000 * (loop_after - loop_before) / N:.2f})"
    if cpu_before is not None and cpu_idle is not None:
        cpu += f", {1000 * (cpu_idle - cpu_before) / N:.2f} ms until idle again (notify stage included)"
    return [
        f"raw aiokafka produce+consume: {raw:,.0f} msg/s ({N} messages, embedded Tansu)",
        f"pipeline (produce -> worker: extractor + rules -> matches topic): {rate:,.0f} articles/s",
        f"ratio pipeline/raw: {rate / raw:.3f}  ({sent} alerts delivered to a local receiver by then)",
        f"same work without Kafka/Faust: {pure:,.0f} articles/s; ratio pipeline/pure: {rate / pure:.3f}",
        f"{cpu} (pure: {1000 * pure_cpu:.2f} ms CPU, {1000 / pure:.2f} ms wall; worker loop {loop})",
        # On a shared machine the rates above swing by a third from run to run; CPU per
        # article swings less, and this ratio is what the rates' ratio comes to when the worker
        # has a core of its own.
        f"CPU ratio pure/worker: {pure_cpu * N / (cpu_after - cpu_before):.3f} (window), "
        f"{pure_cpu * N / (cpu_idle - cpu_before):.3f} (until idle)"
        if cpu_before is not None and cpu_after is not None and cpu_idle is not None
        else "CPU ratio: not measured (no /proc)",
    ]
