"""Turn feed HTML into plain text a rule can read, repairing entities broken by copy steps."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# "& # 39;" (seen in the seed article) and "&#39 ;": entities whose pieces a copy step spaced out.
_BROKEN_NUMERIC = re.compile(r"&\s*#\s*(x[0-9a-fA-F]{1,6}|[0-9]{1,7})\s*;")
_BROKEN_NAMED = re.compile(r"&\s+(amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip)\s*;")
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "pre",
        "hr",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def repair_entities(text: str) -> str:
    text = _BROKEN_NUMERIC.sub(lambda m: f"&#{m.group(1)};", text)
    text = _BROKEN_NAMED.sub(lambda m: f"&{m.group(1)};", text)
    return html.unescape(text)


class _Stripper(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Plain text from HTML: tags dropped, blocks become paragraphs, entities repaired."""
    # Repair first: a broken "& # 60;" must not survive as literal text either.
    fixed = _BROKEN_NUMERIC.sub(lambda m: f"&#{m.group(1)};", markup)
    fixed = _BROKEN_NAMED.sub(lambda m: f"&{m.group(1)};", fixed)
    if "<" in fixed:
        parser = _Stripper()
        parser.feed(fixed)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html.unescape(fixed)
    # A second pass catches entities that were double-escaped in the source ("&amp;#39;").
    text = repair_entities(text) if "&" in text else text
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def dedupe_paragraphs(text: str) -> str:
    """Drop repeated paragraphs (photo captions often appear twice in scraped bodies)."""
    seen: set[str] = set()
    kept: list[str] = []
    for para in text.split("\n\n"):
        key = para.strip().lower()
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(para)
    return "\n\n".join(kept)
