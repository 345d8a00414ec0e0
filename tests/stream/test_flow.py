"""The flow control that keeps a rebalance from dropping fetched messages (alerts/stream/flow.py)."""

from __future__ import annotations

import asyncio

from mode.utils.queues import FlowControlEvent, FlowControlQueue

from alerts.stream.flow import SafeFlowControl


async def _queued_after_second_resume(flow: FlowControlEvent) -> int:
    queue: FlowControlQueue[str] = FlowControlQueue(10, flow_control=flow, clear_on_resume=True)
    flow.resume()  # recovery starts reading the changelogs
    queue.put_nowait("fetched after the seek")
    flow.resume()  # recovery done: stream partitions resumed
    return queue.qsize()


def test_a_resume_while_running_keeps_what_was_fetched() -> None:
    assert asyncio.run(_queued_after_second_resume(SafeFlowControl())) == 1
    # What Faust does on its own, and why this class exists: the message is gone.
    assert asyncio.run(_queued_after_second_resume(FlowControlEvent())) == 0


def test_a_resume_after_a_suspend_still_clears_what_was_fetched_before() -> None:
    async def go() -> int:
        flow = SafeFlowControl()
        queue: FlowControlQueue[str] = FlowControlQueue(10, flow_control=flow, clear_on_resume=True)
        flow.resume()
        queue.put_nowait("fetched before the rebalance")
        flow.suspend()  # rebalance: these partitions are sought back to their committed offsets
        flow.resume()
        return queue.qsize()

    assert asyncio.run(go()) == 0
