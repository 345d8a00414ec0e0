"""Untrusted text rendered literally, without pings, and within bounds, per format."""

from __future__ import annotations

import pytest
from apprise.plugins.slack import NotifySlack

from alerts.notify import escape


def slack_wire(commonmark: str) -> str:
    """What Apprise 2.2 posts to Slack for a Markdown body (its own conversion, not ours)."""
    return str(NotifySlack._commonmark_to_slack(commonmark))  # type: ignore[no-untyped-call]


def test_clean_strips_controls_and_bidi_overrides_but_keeps_lines() -> None:
    text = "Goma\x00\x1b[31m red\x7f \u202eevil\u202c\r\nline two\n\n\n\nthree"
    assert escape.clean(text) == "Goma[31m red evil\nline two\n\nthree"
    assert escape.clean(text, one_line=True) == "Goma[31m red evil line two three"


def test_truncate_marks_the_cut_and_never_exceeds_the_limit() -> None:
    assert escape.truncate("short", 10) == "short"
    cut = escape.truncate("a" * 50, 10)
    assert cut == "a" * 9 + "…" and len(cut) == 10


def test_truncate_by_rendered_size() -> None:
    cut = escape.truncate("&" * 100, 50, escape.slack_length)
    assert escape.slack_length(cut) <= 50
    assert cut.endswith("…") and len(cut) == 10  # nine ampersands at five characters each, then "…"


@pytest.mark.parametrize("word", ["channel", "here", "everyone", "room", "all", "CHANNEL"])
def test_broadcast_mentions_ping_nobody(word: str) -> None:
    out = escape.plain(f"hey @{word}, look")
    assert f"@{word}" not in out
    assert out == f"hey ＠{word}, look"


def test_ordinary_at_signs_are_left_alone() -> None:
    assert escape.plain("mail desk@example.org @home") == "mail desk@example.org @home"


def test_slack_text_reaches_slack_as_literal_text() -> None:
    hostile = "<!here> <!channel> <@U123> <http://evil.example|click> [x](http://evil.example) a & b"
    wire = slack_wire(escape.slack(hostile))
    assert wire == (
        "&lt;!here&gt; &lt;!channel&gt; &lt;@U123&gt; &lt;http://evil.example|click&gt; "
        "[x](http://evil.example) a &amp; b"
    )


def test_slack_text_cannot_open_emphasis_or_code_around_our_markup() -> None:
    body = f"**Place:** {escape.slack('5* hotel `x')}\n**Feed:** {escape.slack('y` *z')}"
    wire = slack_wire(body)
    assert wire == "*Place:* 5∗ hotel ˋx\n*Feed:* yˋ ∗z"


def test_slack_mentions_are_neutralised_too() -> None:
    assert "@channel" not in slack_wire(escape.slack("@channel @everyone"))


def test_slack_length_is_an_upper_bound_of_what_is_posted() -> None:
    text = escape.slack("<&> " * 100 + "[link](x)")
    assert len(slack_wire(text)) <= escape.slack_length(text)


def test_matrix_html_escapes_markup_and_mentions() -> None:
    out = escape.matrix_html('<script>x</script> @room @alice:example.org https://matrix.to/#/@bob:x "q"')
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "@room" not in out and "@alice:" not in out
    assert "matrix.to/" not in out
    assert "&quot;q&quot;" in out


def test_matrix_text_keeps_markup_but_not_mentions() -> None:
    assert escape.matrix_text("<b> @room") == "<b> ＠room"


def test_email_html_escapes() -> None:
    assert escape.email_html('<a href="javascript:x">&') == "&lt;a href=&quot;javascript:x&quot;&gt;&amp;"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<script>",
        "ftp://example.org/x",
        "https:///nohost",
        "https://exa mple.org/",
        "https://example.org/\x00",
        "",
        "https://example.org/" + "a" * 2000,
    ],
)
def test_unsafe_urls_are_refused(url: str) -> None:
    assert escape.safe_url(url) is None


def test_safe_urls_cannot_break_out_of_a_link() -> None:
    assert escape.safe_url("https://example.org/a?b=1&c=2#frag") == "https://example.org/a?b=1&c=2#frag"
    out = escape.safe_url('https://example.org/x>|"<y')
    assert out == "https://example.org/x%3E%7C%22%3Cy"
