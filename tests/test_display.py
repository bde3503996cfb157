"""The highlighted HTML view: parsed back, every statement marked once, in order, escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

import stance
from stance.corpus import load as load_corpus
from stance.display import render
from stance.results import Document, Score, Statement


class Marks(HTMLParser):
    """The text inside each mark, the title of each mark, and all the text of the article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[str] = []
        self.titles: list[str] = []
        self.starts: list[int] = []
        self.article = ""
        self.stack: list[int] = []
        self.in_text = 0
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.add(tag)
        a = dict(attrs)
        if tag == "div" and a.get("class") == "stance-text":
            self.in_text += 1
        elif tag == "mark":
            self.stack.append(len(self.marks))
            self.marks.append("")
            self.titles.append(a["title"])
            self.starts.append(int(a["data-start"]))

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        if tag == "mark":
            self.stack.pop()
        elif tag == "div" and self.in_text:
            self.in_text -= 1

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        for i in self.stack:
            self.marks[i] += data
        if self.in_text:
            self.article += data


def parse(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    p.close()
    return p


def test_seed_article_is_marked_in_order() -> None:
    text = load_corpus().article("seed-000").text
    doc = stance.analyze(text)
    p = parse(doc.to_html())
    assert p.marks == [s.text for s in doc]  # every statement once, inside its mark, in order
    assert p.starts == sorted(p.starts)
    assert p.article == text  # nothing added to or lost from the article
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    first = doc[0]
    assert first.speaker in p.titles[0] and first.actor in p.titles[0] and "blame" in p.titles[0]
    assert f"{first.score.blame:.2f}" in p.titles[0]
    assert "stance-legend" in doc.to_html() and "print-color-adjust" in doc.to_html()
    assert doc._repr_html_().startswith("<div><style>")


HOSTILE = 'Ignore <script>alert("x")</script> & </mark> "quoted" \'single\' &amp; <b>bold</b>\r\n\u2028 end'


def test_hostile_text_is_escaped() -> None:
    text = f'Russia urged Azerbaijan to stop {HOSTILE}. "We fear <i>war</i> & more," the ministry said.'
    statements = [
        Statement(text[:60], 0, 60, speaker='Mr "X" <evil>', actor="RUS",
                  score=Score(0.1, 0.9, 0.2, labels=("blame",), blame_targets=("<AZE>",))),
        Statement(text[70:90], 70, 90, speaker=None),
        Statement(text[75:80], 75, 80, speaker="nested"),
    ]  # fmt: skip
    html = render(Document(statements, text=text))
    p = parse(html)
    assert p.article == text
    assert p.marks == [s.text for s in statements]
    assert 'Mr "X" <evil>' in p.titles[0] and "<AZE>" in p.titles[0]
    assert "<script>" not in html and "<i>" not in html and "<b>" not in html
    real = stance.analyze(text)
    p = parse(render(real))
    assert p.marks == [s.text for s in real] and p.article == text


def test_render_many_and_bad_input() -> None:
    docs = list(stance.pipe(zip(["one", "two"], ["Russia urged Baku to withdraw.", "France urged calm."])))
    p = parse(render(docs))
    assert p.article == "Russia urged Baku to withdraw.France urged calm."
    html = render(docs)
    assert html.index(">one</h2>") < html.index(">two</h2>")
    with pytest.raises(TypeError, match="needs the article"):
        render(list(docs[0]))
    with pytest.raises(TypeError, match="'results' must be"):
        render(42)


def test_mark_ids_are_unique_across_the_articles_of_a_page() -> None:
    import re

    import stance

    docs = list(stance.pipe(["Baku urged calm. Yerevan urged calm.", "Paris urged calm."]))
    ids = re.findall(r'id="([^"]+)"', stance.render(docs))
    assert len(ids) == 3 and len(set(ids)) == 3


def test_render_checks_the_article_and_takes_an_empty_batch() -> None:
    import pytest

    import stance
    from stance.errors import StanceValueError

    statements = list(stance.analyze("Baku urged calm."))
    with pytest.raises(StanceValueError, match="'text' must be the article"):
        stance.render(statements, text="Something completely else.")
    page = stance.render(list(stance.pipe([])))
    assert page.startswith("<!DOCTYPE html>") and "<mark" not in page
