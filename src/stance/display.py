"""A highlighted HTML view of analysed articles, in the manner of displaCy.

Each statement is a ``<mark>`` in the article's text, coloured by its strongest predicted stance,
with speaker, actor, kind, cue, probabilities and targets in its ``title`` (shown on hover, no
script). The page is self-contained (inline CSS, no fonts, scripts or images fetched), keeps the
colours when printed, and escapes every character of the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import Any

from .errors import StanceTypeError, StanceValueError
from .results import LABELS, Document, Statement

__all__ = ["html_foot", "html_head", "html_section", "render"]

# Colour-blind-safe hues (Okabe-Ito); a label beyond the palette gets grey.
_PALETTE = ("#E69F00", "#D55E00", "#0072B2", "#009E73", "#CC79A7", "#56B4E9")
_NONE = "#BBBBBB"


def _colour(label: str | None) -> str:
    if label is None or label not in LABELS:
        return _NONE
    i = LABELS.index(label)
    return _PALETTE[i] if i < len(_PALETTE) else _NONE


_CSS = (
    """
.stance-doc{font-family:Georgia,"Times New Roman",serif;line-height:1.9;max-width:52em;margin:0 0 2em 0}
.stance-doc h2{font-family:sans-serif;font-size:1.1em;margin:1.2em 0 .4em 0}
.stance-text{white-space:pre-wrap;overflow-wrap:anywhere}
.stance-doc mark{color:inherit;padding:.1em .15em;border-radius:.25em;border-bottom:.18em solid;
 -webkit-print-color-adjust:exact;print-color-adjust:exact}
.stance-doc mark::after{content:attr(data-tag);font-family:sans-serif;font-size:.62em;font-weight:bold;
 margin-left:.35em;vertical-align:.15em;white-space:nowrap}
.stance-legend{font-family:sans-serif;font-size:.85em;margin:.5em 0 1em 0}
.stance-legend span{display:inline-block;padding:0 .5em;margin-right:.6em;border-radius:.25em;
 border-bottom:.18em solid;-webkit-print-color-adjust:exact;print-color-adjust:exact}
@media print{.stance-doc{max-width:none}.stance-doc h2{break-after:avoid}}
"""
    + "".join(
        f".stance-doc .s-{name},.stance-legend .s-{name}"
        f"{{background:{_colour(name)}33;border-color:{_colour(name)}}}\n"
        for name in LABELS
    )
    + f".stance-doc .s-none,.stance-legend .s-none{{background:{_NONE}33;border-color:{_NONE}}}\n"
)


def _strongest(s: Statement) -> str | None:
    if s.score is None or not s.score.labels:
        return None
    return max(s.score.labels, key=lambda n: getattr(s.score, n))


def _title(s: Statement) -> str:
    who = s.speaker or "unknown speaker"
    if s.speaker_mention and s.speaker_mention != s.speaker:
        who += f" (written: {s.speaker_mention})"
    lines = [f"{who} · actor {s.actor or 'unknown'}", f"{s.kind}" + (f" · cue: {s.cue}" if s.cue else "")]
    if s.score is not None:
        sc = s.score
        lines.append(" · ".join(f"{n} {getattr(sc, n):.2f}" for n in LABELS))
        lines.append("labels: " + (", ".join(sc.labels) or "none"))
        if sc.blame_targets:
            lines.append("blames: " + ", ".join(sc.blame_targets))
        if sc.call_targets:
            lines.append("calls on: " + ", ".join(sc.call_targets))
    lines.append(f"characters {s.start}-{s.end}")
    return "\n".join(lines)


def _tag(s: Statement) -> str:
    parts = [s.actor or "?"]
    if s.score is not None and s.score.labels:
        parts.append("+".join(s.score.labels))
    return " ".join(parts)


def _open(s: Statement, i: int, prefix: str) -> str:
    label = _strongest(s)
    cls = f"s-{label}" if label else "s-none"
    return (
        f'<mark class="{cls}" id="st-{prefix}{i}" data-start="{s.start}" data-end="{s.end}" '
        f'data-tag="{escape(_tag(s))}" title="{escape(_title(s))}">'
    )


def _marked(text: str, statements: list[Statement], prefix: str = "") -> str:
    """The text with each statement wrapped in a mark; a statement inside another is nested in
    its mark; one that crosses the end of an open mark (the segmenter does not make these) is
    marked up to that end."""
    order = sorted(range(len(statements)), key=lambda i: (statements[i].start, -statements[i].end))
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []
    for i in order:
        s = statements[i]
        while open_ends and open_ends[-1] <= s.start:
            out.append(escape(text[pos : open_ends[-1]], quote=False) + "</mark>")
            pos = open_ends.pop()
        start, end = max(s.start, pos), s.end
        if open_ends and end > open_ends[-1]:  # crosses the end of an open mark: no nesting
            end = open_ends[-1]
        if start >= end:
            continue
        out.append(escape(text[pos:start], quote=False))
        out.append(_open(s, i, prefix))
        pos = start
        open_ends.append(end)
    while open_ends:
        end = open_ends.pop()
        out.append(escape(text[pos:end], quote=False) + "</mark>")
        pos = end
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def legend() -> str:
    """The colour key, as HTML."""
    items = [f'<span class="s-{n}">{escape(n.replace("_", " "))}</span>' for n in LABELS]
    items.append('<span class="s-none">no stance</span>')
    return (
        '<div class="stance-legend">Colour: the strongest predicted stance. Hover a statement for '
        "speaker, actor, probabilities and targets. " + "".join(items) + "</div>"
    )


def html_section(doc: Document, title: str | None = None, number: int = 0) -> str:
    """One article, highlighted, as an HTML fragment (without the page around it); ``number``
    keeps its marks' ids apart from other articles' on the same page ('st-0', 'st-2-0', ...)."""
    head = f"<h2>{escape(title)}</h2>" if title else ""
    body = _marked(doc.text, list(doc), f"{number}-" if number else "")
    return f'<section class="stance-doc">{head}<div class="stance-text">{body}</div></section>\n'


def html_head(title: str = "stance report") -> str:
    """The start of a self-contained page: doctype, inline style, heading and legend."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}body{{margin:2em}}</style>\n</head>\n<body>\n"
        f'<h1 style="font-family:sans-serif">{escape(title)}</h1>\n{legend()}\n'
    )


def html_foot() -> str:
    """The end of the page begun by :func:`html_head`."""
    return "</body>\n</html>\n"


def _as_documents(results: Any, text: str | None) -> list[Document]:
    if isinstance(results, Document):
        return [results]
    if isinstance(results, Iterable) and not isinstance(results, (str, bytes)):
        items = list(results)
        if items and all(isinstance(x, Statement) for x in items):
            if text is None:
                raise StanceTypeError(
                    "render(statements) needs the article: render(statements, text=article)."
                )
            wrong = next((s for s in items if text[s.start : s.end] != s.text), None)
            if wrong is not None:
                raise StanceValueError(
                    f"'text' must be the article the statements come from; characters {wrong.start}-"
                    f"{wrong.end} of the text given are not the statement {wrong.text[:60]!r}."
                )
            return [Document(items, text=text)]
        if not items:
            return []
        if all(isinstance(x, Document) for x in items):
            return items
    raise StanceTypeError(
        "'results' must be a Document (from stance.analyze), Documents (from stance.pipe) or a list "
        f"of Statements with text=...; got a {type(results).__name__}."
    )


def render(results: Any, *, text: str | None = None, page: bool = True, title: str = "stance report") -> str:
    """The articles with their statements highlighted, as HTML.

    Parameters
    ----------
    results : a :class:`~stance.results.Document` (from :func:`stance.analyze`), documents (from
        :func:`stance.pipe`), or a list of statements together with ``text``.
    text : the article, when ``results`` is a plain list of statements.
    page : a whole self-contained page (True) or a fragment with its style, for a notebook.
    title : the page title.

    Examples
    --------
    >>> import stance
    >>> html = render(stance.analyze('Russia urged Azerbaijan to <withdraw>.'))
    >>> "&lt;withdraw&gt;" in html and "<script" not in html
    True
    """
    docs = _as_documents(results, text)
    many = len(docs) > 1
    sections = "".join(
        html_section(d, str(d.id) if many or d.id is not None else None, k) for k, d in enumerate(docs)
    )
    if page:
        return html_head(title) + sections + html_foot()
    return f"<div><style>{_CSS}</style>{legend()}{sections}</div>"
