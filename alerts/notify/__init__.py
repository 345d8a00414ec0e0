"""Notify: turn alerts into messages people can trust, and deliver them through Apprise.

escape    untrusted article text made safe and bounded for each message format
format    an Alert as a Slack, Matrix, email or plain message
channels  one Apprise object per configured channel, validated at start
deliver   one attempt, or retries with backoff inside a time budget; counted in metrics
noise     throttles, digests of bursts, silences (pure logic)
cli       ``alerts notify test CHANNEL``
"""
