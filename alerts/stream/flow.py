"""A Faust app whose rebalance cannot drop a message it has already fetched.

Faust clears every stream queue each time `app.flow_control.resume()` is called. After a
rebalance it calls resume twice: once when it starts reading the table changelogs, and
again after it has resumed the stream partitions and seeked them to their committed
offsets. Messages fetched between those two calls sit in the queues when the second
resume wipes them, and they are never fetched again: the consumer's read offset is
already past them, so the copies it fetches next are dropped as "already read". Offsets
after them are processed, the hole is committed as a gap, and the alert is lost.

Seen with faust-streaming 0.15.3: a worker taking over a stopped worker's partitions
skipped one article in about one rebalance in twenty (tests/stream/test_workers.py).

Clearing is only needed on a real suspended -> running transition (the queues then hold
messages fetched before the rebalance, which the seek fetches again), so that is the only
time this flow control clears.
"""

from __future__ import annotations

import faust
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent


class SafeFlowControl(FlowControlEvent):
    def resume(self) -> None:
        if self.is_active():
            return  # already running: what the queues hold was fetched after the seek
        super().resume()


class App(faust.App):
    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return SafeFlowControl(loop=self.loop)
