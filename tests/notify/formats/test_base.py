"""The pieces every format shares: clean, bounded text; links only when safe; what a message says."""

from __future__ import annotations

import pytest

from alerts.notify.formats import base, format_alert
from tests.notify.support import make_alert


def test_clean_strips_controls_and_bidi_overrides_but_keeps_lines() -> None:
    text = "Goma\x00\x1b[31m red\x7f \u202eevil\u202c\r\nline two\n\n\n\nthree"
    assert base.clean(text) == "Goma[31m red evil\nline two\n\nthree"
    assert base.clean(text, one_line=True) == "Goma[31m red evil line two three"


def test_truncate_marks_the_cut_and_never_exceeds_the_limit() -> None:
    assert base.truncate("short", 10) == "short"
    cut = base.truncate("a" * 50, 10)
    assert cut == "a" * 9 + "…" and len(cut) == 10


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
    assert base.safe_url(url) is None


def test_safe_urls_cannot_break_out_of_a_link() -> None:
    assert base.safe_url("https://example.org/a?b=1&c=2#frag") == "https://example.org/a?b=1&c=2#frag"
    out = base.safe_url('https://example.org/x>|"<y')
    assert out == "https://example.org/x%3E%7C%22%3Cy"


def test_without_a_figure_the_rule_and_place_say_what_happened() -> None:
    alert = make_alert(match_figures=(), match_evidence=())
    assert format_alert(alert, "plain").title == "[HIGH] Displacement in eastern DRC"


def test_no_corroboration_line_when_nobody_else_reported_it() -> None:
    assert "Also reported" not in format_alert(make_alert(corroborations=0), "plain").body
    assert "Also reported by 1 other source." in format_alert(make_alert(corroborations=1), "plain").body


def test_rule_message_lines_repeating_title_and_link_are_dropped() -> None:
    alert = make_alert(
        match_message="Displacement in eastern DRC: Fighting forces families to flee Goma\n"
        "term displaced\nhttps://news.example.org/goma"
    )
    body = format_alert(alert, "plain").body
    assert body.count("https://news.example.org/goma") == 1
    assert "term displaced" in body.split("\n")
