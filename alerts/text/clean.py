"""Clean-up of untrusted text: entity repair, HTML to text, whitespace.

Two entry points share one entity pattern and one set of odd spaces:

- ``clean`` never changes the text's length, so offsets computed on the cleaned text index the
  caller's text: a broken entity such as ``& # 39;`` becomes ``'`` followed by spaces. The
  extractor, the rule scanner and the sentence splitter read text through it.
- ``html_to_text`` (feeds, `alerts rules test`) may change the length: it makes the text an
  article carries, before any offset is taken.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# "& # 39;" (seen in the seed article), "&#39 ;", "&#39;" and "& amp;": entities, intact or with
# their pieces spaced out by a copy step. The spaces are bounded so a run of "&" and blanks
# cannot make the scan quadratic.
_NAMED = "amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|mdash|ndash|hellip"
_ENTITY = re.compile(
    r"&\s{0,2}#\s{0,2}(x[0-9a-fA-F]{1,6}|[0-9]{1,7})\s{0,2};" + r"|&\s{0,2}(" + _NAMED + r")\s{0,2};"
)
# Spaces that are not ASCII (no-break, figure, thin, narrow no-break): they separate thousands
# ("600 000") and must read as a plain space everywhere.
ODD_SPACES = "\u00a0\u2007\u2009\u202f"
_ODD_SPACES = re.compile(f"[{ODD_SPACES}]")


def _entity_char(match: re.Match[str]) -> str:
    """The one character an entity match stands for ("" when it stands for nothing usable)."""
    code = match.group(1)
    char = html.unescape(f"&#{code};" if code is not None else f"&{match.group(2)};")
    return "" if len(char) != 1 or char == "\x00" else char


def clean(text: str) -> str:
    """Repair entities and unify spaces without changing the text's length (offsets stay valid)."""
    if "&" not in text and text.isascii():
        return text  # the common case, decided in two C-level passes
    if "&" in text:
        text = _ENTITY.sub(lambda m: (_entity_char(m) or " ").ljust(len(m.group(0))), text)
    text = _ODD_SPACES.sub(" ", text)
    # Curly apostrophes, and the acute accent some copy steps type for one ("Congo\u00b4s"),
    # behave as straight ones for every pattern downstream.
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00b4", "'")


def _respace_broken(markup: str) -> str:
    """Close up spaced-out entities so the HTML parser decodes them like intact ones."""

    def close_up(m: re.Match[str]) -> str:
        return f"&#{m.group(1)};" if m.group(1) is not None else f"&{m.group(2)};"

    return _ENTITY.sub(close_up, markup) if "&" in markup else markup


def repair_entities(text: str) -> str:
    """Decode entities, the intact ones and those a copy step spaced out (length may change)."""
    # One level of decoding, like html.unescape: "&amp;lt;" stays "&lt;".
    return html.unescape(_respace_broken(text)) if "&" in text else text


_BLOCK_TAGS = frozenset(
    [
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
    ]
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object"})
_SPACES = re.compile(f"[ \\t\\r\\f\\v{ODD_SPACES}]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


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
    # Repair first: a broken "& # 60;" must not survive as literal text, nor become a tag.
    fixed = _respace_broken(markup)
    if "<" in fixed:
        parser = _Stripper()
        parser.feed(fixed)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = html.unescape(fixed)
    # A second pass catches entities that were double-escaped in the source ("&amp;#39;").
    text = repair_entities(text)
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
