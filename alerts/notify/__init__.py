"""Notify: turn alerts into messages people can trust, and deliver them through Apprise.

formats   an Alert as a Slack, Matrix, email or plain message: one module per format,
          each with its escaping of untrusted article text; a registry chooses per service
channels  one Apprise object per configured channel, validated at start
deliver   one attempt, or retries with backoff inside a time budget; counted in metrics
notifier  the channels of a configuration, as the dispatcher uses them
"""
