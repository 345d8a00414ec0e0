"""Email: a subject that says what happened, and an HTML part where article text is only text."""

from __future__ import annotations

import email as stdlib_email
import email.policy

from alerts.config import ChannelConfig
from alerts.notify.channels import build_channel
from alerts.notify.deliver import deliver
from alerts.notify.formats import email as email_format
from alerts.notify.formats import format_alert
from tests.notify.support import Mailbox, hostile_alert, make_alert


def test_email_html_escapes() -> None:
    assert email_format.escape('<a href="javascript:x">&') == "&lt;a href=&quot;javascript:x&quot;&gt;&amp;"


def test_email_subject_has_severity_rule_and_what() -> None:
    msg = format_alert(make_alert(), "email")
    assert msg.title == "[HIGH] Displacement in eastern DRC — about 180 families (≈900 people), Goma"
    assert msg.body_format == "html"
    assert msg.body.startswith(
        "<p><b>[HIGH] about 180 families (≈900 people) newly displaced in Goma</b></p>"
    )
    assert '<a href="https://news.example.org/goma">Fighting forces families to flee Goma</a>' in msg.body


async def test_hostile_article_reaches_email_inert(smtp_server: tuple[Mailbox, int]) -> None:
    mailbox, port = smtp_server
    url = f"mailto://127.0.0.1:{port}?from=bot@example.org&to=desk@example.org"
    outcome = await deliver(build_channel("mail", ChannelConfig(urls=(url,))), hostile_alert())
    assert outcome.sent, outcome.reason
    message = stdlib_email.message_from_bytes(
        mailbox.envelopes[0].original_content or b"", policy=email.policy.default
    )
    subject = str(message["Subject"])
    assert "\n" not in subject and len(subject) <= email_format.SUBJECT_LIMIT
    html_part = message.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert len(html) <= email_format.BODY_LIMIT + 64
    assert "<script" not in html and "<a " not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
