"""Phase 3: attribution cues within one sentence, and the split of a two-speaker sentence.

:func:`analyse` takes a sentence's :class:`Unit` (with its quotes) and returns it with its
attribution, or two clause units (``X said A, while Y said B``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import NamedTuple

from ..sentences import skip_space
from .headers import cited_in_first_person
from .phrases import (
    backward_np,
    clause_subject,
    comma_np,
    forward_np,
    heading_clause,
    is_adverb,
    is_name,
    is_time_np,
    named_inside,
    np_back,
    np_word,
    opening_name,
    owner_pronoun,
    partitive_relative,
    span_text,
    speaking_head,
    strip_possessive,
    tok_index,
    tokenize,
)
from .quotes import in_quotes
from .records import Attr, Doc, Tokens, Unit

_MAX_ATTRS = 4
_SUBJECT_WORDS = 8  # at most this many words between a quote and its inverted weak cue
_MARKS = ",;-\u2013\u2014"  # what sets off a clause (split_two)


def analyse(doc: Doc, unit: Unit) -> list[Unit]:
    """The attributions of a sentence: the unit with ``attr`` set, or its two clauses."""
    attrs, toks = _verb_attributions(doc, unit)
    if not attrs:
        attrs, toks = _other_attributions(doc, unit, toks)
    attrs = [a for a in attrs if not cited_in_first_person(doc, unit, a)]  # 'We ..., according to X'
    if not attrs:
        m = doc.rules.first_words.match(doc.text, unit.start, unit.end)
        unit.content_words = 3 - m.groups().count(None) if m is not None else 0
        return [unit]
    if toks is not None and toks.text and toks.text[0] in doc.rules.place_intro:
        place = _place_actor(doc, toks)
        for attr in attrs:
            attr.place_actor = place
    elif toks is not None and toks.text:
        venue = _venue_actor(doc, toks)
        for attr in attrs if venue is not None else ():
            attr.place_actor = venue
    unit.attr = main_attribution(doc, attrs, unit.end)
    if toks is not None:
        unit.attr.antecedents = antecedents(doc, toks, unit.attr)
        unit.attr.body = _role_body(doc, toks, unit.attr)
        unit.attr.delegation = _bracketed_state(doc, unit.attr) or _delegation_opening(doc, toks, unit.attr)
    unit.content_words = content_words(doc, attrs[0], toks or Tokens([], []))
    if len(attrs) >= 2:
        split = split_two(doc, unit, attrs)
        if split is not None:
            second = split[1].attr
            later = [a for a in attrs if second is not None and a.m_start > max(second.c_end, second.m_end)]
            if second is not None and later:
                # a third speaker ('X urged ..., but Y said ..., and Z called for ...'): its
                # clause is split from the second's the same way
                more = split_two(doc, split[1], [second, *later])
                if more is not None:
                    return [split[0], *more]
            return split
    if len(attrs) == 1 and toks is not None:
        after = _after_silence(doc, unit, toks, unit.attr) or _after_question(doc, unit, unit.attr)
        if after is not None:
            return [after]
    return [unit]


def _after_question(doc: Doc, unit: Unit, attr: Attr) -> Unit | None:
    """'Reporters asked the spokesman whether ..., to which he replied that ...': the question,
    which has no speaker of its own here, is narration; the reply starts at 'to which'."""
    if attr.inverted or attr.according or _lemma(doc, attr.cue) not in doc.rules.reply_lemmas:
        return None
    reply = doc.rules.reply_relative.search(doc.text[unit.start : attr.m_start])
    if reply is None:
        return None
    cut = skip_space(doc.text, unit.start + reply.start() + 1, attr.m_start)
    if any(qa < cut < qb for qa, qb in unit.quotes):
        return None  # inside a quote: one speaker's words
    return _tail(unit, cut, attr)


def _tail(unit: Unit, cut: int, attr: Attr) -> Unit:
    """The part of ``unit`` from ``cut`` on, as a unit of its own spoken by ``attr`` (its quotes
    cut at ``cut``)."""
    u = Unit(cut, unit.end, unit.paragraph, attr)
    u.quotes = [(max(qa, cut), qb) for qa, qb in unit.quotes if qb > cut]
    u.quoted = sum(qb - qa for qa, qb in u.quotes)
    u.content_words = unit.content_words
    u.ends_in_quote = unit.ends_in_quote
    return u


def _after_silence(doc: Doc, unit: Unit, toks: Tokens, attr: Attr) -> Unit | None:
    """'The Kremlin declined to say whether ..., but a source said a visit was "unlikely"': the
    clause that reports silence is narration; the speaker's statement starts at the link."""
    if attr.inverted or attr.according or attr.m_start <= unit.start:
        return None
    text, rules = doc.text, doc.rules
    between = text[unit.start : attr.m_start]
    breaks = rules.clause_break.finditer(between)
    links = [m for m in breaks if (m.group(1) or "").lower() in rules.silence_links]
    if not links:
        return None
    cut = unit.start + links[-1].start(1)
    if text[unit.start + links[-1].end(1) : attr.m_start].strip():
        return None  # the speaker opens the linked clause ('..., but a source said ...')
    if any(qa < cut < qb for qa, qb in unit.quotes):
        return None  # '"We never denied it, but ...," the lawyer said': one quote, one speaker
    if any(True for _ in cue_matches(doc, cut, attr.m_start)):
        return None  # another cue between the link and the speaker: not a plain second clause
    silence = False
    for m in cue_matches(doc, unit.start, cut):
        ci, cj = tok_index(toks, m.start), tok_index(toks, m.end - 1)
        if ci is not None and cj is not None and silent(doc, toks, ci, cj):
            silence = True
    if not silence:
        return None
    return _tail(unit, cut, attr)


def _verb_attributions(doc: Doc, unit: Unit) -> tuple[list[Attr], Tokens | None]:
    """The attributions of the cues outside quotes (at most four); the sentence's tokens if
    any cue made them needed."""
    quotes = unit.quotes
    starts: list[int] | None = None  # the quotes' starts, once a cue is found
    attrs: list[Attr] = []
    toks: Tokens | None = None
    for m in cue_matches(doc, unit.start, unit.end):
        if quotes:
            if starts is None:
                starts = [qa for qa, _ in quotes]
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0 and m.start < unit.quotes[k][1]:
                continue  # a cue word inside a quote is the quoted speaker's
        if toks is None:
            toks = tokenize(doc, unit.start, unit.end)
        attr = attribution(doc, m, toks, unit)
        if attr is not None:
            attrs.append(attr)
            if len(attrs) >= _MAX_ATTRS:
                break
    return attrs, toks


class CueMatch(NamedTuple):
    """A cue in the text: its words and where they start and end."""

    word: str
    start: int
    end: int


def cue_matches(doc: Doc, a: int, b: int) -> Iterator[CueMatch]:
    """The cues in ``doc.text[a:b]``, left to right, not overlapping. The cue pattern matches the
    character before a cue (neither a word character nor a hyphen) and the cue (group 1), so the
    scan starts at the character before the sentence; the text's first sentence is read after a
    space."""
    text, search = doc.text, doc.lex.cue_pattern.search
    shift, pos, end = 0, a - 1, b
    if a == 0:
        text, shift, pos, end = " " + text[:b], -1, 0, b + 1
    while (m := search(text, pos, end)) is not None:
        yield CueMatch(m.group(1), m.start(1) + shift, m.end(1) + shift)
        pos = m.end() - 1  # the character before the next cue, at the earliest


def _other_attributions(doc: Doc, unit: Unit, toks: Tokens | None) -> tuple[list[Attr], Tokens | None]:
    """With no cue verb: a quote signed with a dash, or a possessive before a cue noun."""
    text, a, b = doc.text, unit.start, unit.end
    if unit.quoted:
        dash = dash_attribution(doc, unit)
        if dash is not None:
            return [dash[0]], dash[1]
        manner = manner_attribution(doc, unit)
        if manner is not None:
            return [manner[0]], manner[1]
    # a cue noun needs a possessive owner ('Russia's call'): no apostrophe, no noun attribution
    if text.find("'", a, b) < 0 and text.find("\u2019", a, b) < 0:
        return [], toks
    if toks is None:
        if not doc.rules.possessive_cue.search(text, a, b):
            return [], toks
        toks = tokenize(doc, a, b)
    attr = noun_attribution(doc, toks, unit)
    return ([attr] if attr is not None else []), toks


def _place_actor(doc: Doc, toks: Tokens) -> str | None:
    """The actor an opening place phrase names ('At the United Nations, ...', 'In Moscow, ...')."""
    tt = toks.text
    for k in range(1, min(len(tt), 8)):
        if tt[k] == ",":
            return doc.gaz.actor_of(doc.text[toks.start[0] : toks.start[k]])
    return None


def _venue_actor(doc: Doc, toks: Tokens) -> str | None:
    """The actor of the place of a briefing named in an opening participle phrase ('Asked about
    the report at a briefing in Moscow, Foreign Ministry spokeswoman X said'): where the
    speaker's own briefing is held."""
    rules, tt = doc.rules, toks.text
    first = tt[0]
    if not (first[:1].isupper() and first.endswith((rules.participle_suffix, rules.past_suffix))):
        return None
    comma = next((k for k in range(1, min(len(tt), 25)) if tt[k] == ","), None)
    if comma is None:
        return None
    for k in range(1, comma - 2):
        if tt[k].lower() in rules.venue_nouns and tt[k + 1].lower() in rules.venue_places:
            return doc.gaz.actor_of(doc.text[toks.start[k + 2] : toks.start[comma]])
    return None


def _closes_sentence(doc: Doc, attr: Attr, end: int) -> bool:
    """Does the attribution close its sentence after a comma ('..., X said on Friday.')?"""
    start, stop = min(attr.m_start, attr.c_start), max(attr.m_end, attr.c_end)
    if not doc.text[max(0, start - 4) : start].rstrip().endswith(","):
        return False
    rest = doc.text[stop:end].split()
    if attr.according and 1 < len(rest) <= 6 and rest[0].lower() in doc.rules.head_prepositions:
        # '..., according to lawyers for the family.': the source's complement ends the sentence
        return all(w[:1].isalnum() for w in rest) and not any(
            w.strip(".") in doc.rules.finite_auxiliaries or w.strip(".") in doc.lex.cue_forms for w in rest
        )
    if len(rest) > 4:
        return False
    words = [w.strip(".!?\"'\u201d\u2019") for w in rest]
    if _lemma(doc, attr.cue) in doc.rules.hearer_cue_lemmas and not attr.inverted:
        # '..., a spokesman told Reuters.': the hearer, and no clause of its own
        lex, rules = doc.lex, doc.rules
        return all(
            w.isalpha()
            and w.lower() not in lex.pronouns
            and w.lower() not in rules.complementisers
            and w.lower() not in rules.finite_auxiliaries
            and w not in lex.cue_forms
            for w in words
            if w
        )
    return all(not w or w.lower() in doc.lex.time_words for w in words)


def main_attribution(doc: Doc, attrs: list[Attr], end: int) -> Attr:
    """The sentence's own attribution among several: not one reported inside another ('X noted
    that Y said ...' is X's), the first with a reporting verb ('said', 'told', 'according to'),
    else the first. A speaker that closes the sentence keeps the one that opens it as its
    ``subject`` ('The Kremlin described the talks as "constructive", spokesman X said')."""
    if len(attrs) == 1:
        return attrs[0]
    main = _main_attribution(doc, attrs, end)
    opening = attrs[0]
    closing = main is not opening and not opening.according and opening.m_end <= main.m_start
    if closing and _closes_sentence(doc, main, end):
        main.subject = opening.mention
    return main


def _quotes_another(doc: Doc, a: Attr, attrs: list[Attr]) -> bool:
    """Is ``a`` a quoting verb ('cited', 'quoted') whose object is another attribution's speaker
    ('cited the ministry as saying')?"""
    if a.cue.lower() not in doc.rules.quoting_verbs:
        return False
    text = doc.text
    return any(b is not a and b.m_start >= a.c_end and not text[a.c_end : b.m_start].strip() for b in attrs)


def _comma_before(text: str, i: int) -> bool:
    """Is the last character before ``i`` that is no white space a comma? As
    ``text[:i].rstrip().endswith(",")``, without a copy of all the text before ``i`` (on a long
    text, a copy per sentence made the time grow as the square of the length)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == ","


def _main_attribution(doc: Doc, attrs: list[Attr], end: int) -> Attr:
    lemmas, forms = doc.rules.main_cue_lemmas, doc.lex.cue_forms
    outer = [a for a in attrs if not _reported(doc, a) and not _inside_clause(doc, a, attrs)] or attrs
    # a position ('Austria backed ...') is the sentence's only when no other cue speaks
    # ('The Ledger's average shows Roe ahead ... in 11 swing states': a speaker read back from
    # 'states' that holds a document's cue is no other speaker, nor any speaker)
    held = [b.c_start for b in outer if b.position and _lemma(doc, b.cue) in doc.rules.document_cue_lemmas]
    outer = [a for a in outer if not any(a.m_start <= c < a.m_end for c in held)] or outer
    outer = [a for a in outer if not a.position] or outer
    # 'according to a statement' names a medium, not who speaks: a speaker named by another cue
    # does ('According to a statement on its website, the ministry said ...')
    outer = [a for a in outer if not _medium_only(doc, a)] or outer
    # 'According to TASS, the Kremlin said ...': a news outlet relays the words of the speaker
    # another cue names
    outer = [a for a in outer if not _news_source(doc, a)] or outer
    # 'Interfax cited the ministry as saying ...': the one quoted speaks, not who quotes it
    outer = [a for a in outer if not _quotes_another(doc, a, attrs)] or outer
    main = outer[0]
    for attr in outer:
        if attr.according or forms.get(attr.cue, forms.get(attr.cue.lower(), "")) in lemmas:
            main = attr
            break
    last = attrs[-1]
    recording = last.mention.split()[-1].lower() in doc.rules.recordings if last.mention.split() else False
    medium = _medium_only(doc, last) and not _medium_only(doc, main)
    medium = medium or (_news_source(doc, last) and not main.according)  # '..., according to TASS.'
    # 'The ministry said ..., the state news agency reported': the agency relays the first
    # speaker's words, which stay the first speaker's
    relay = _lemma(doc, last.cue) in doc.rules.relay_lemmas and main is attrs[0] and not main.inverted
    medium = medium or (relay and _lemma(doc, main.cue) in lemmas and not main.according)
    if len(attrs) > 1 and last is not main and not (recording or medium) and _closes_sentence(doc, last, end):
        # '..., attorneys for the family said.' / '..., according to X.': the whole sentence is
        # attributed to the closing speaker
        return last
    if main.cue.endswith(doc.rules.participle_suffix) and _comma_before(doc.text, main.c_start):
        for attr in attrs:
            if attr.c_start < main.c_start and (attr.m_start, attr.m_end) == (main.m_start, main.m_end):
                # 'Yerevan rejected the charge, saying ...': the participle goes with the finite
                # verb of the same subject, the sentence's cue
                main = attr
                break
    for attr in attrs:
        if attr.m_start == main.m_start and main.m_end < attr.m_end <= min(main.c_start, attr.c_start):
            # 'A commander of one rebel faction, speaking ..., denied ... and said ...': one
            # subject for both verbs, its complement read by the first
            rest = doc.text[main.m_end : attr.m_end].split()
            complement = bool(rest) and rest[0].lower() in doc.rules.head_prepositions
            if complement and not (attr.inverted or main.inverted):
                main.mention, main.m_end = attr.mention, attr.m_end
    generic = _generic(doc, main.mention) and not _closes_sentence(doc, main, end)
    if doc.lex.pronouns.get(main.mention.lower(), "issuer") != "issuer" or generic:
        # 'he' or 'it' after a named speaker of the same sentence is that speaker ('X scolded
        # him: "...," she said'; 'X agreed that ..., but he said ...'): the name speaks; so does
        # a generic mention ('Senator X called on ..., a step the senator said was overdue')
        for attr in outer:
            if (
                max(attr.m_end, attr.c_end) <= main.m_start
                and attr.mention.lower() not in doc.lex.pronouns
                and not (generic and _generic(doc, attr.mention))
            ):
                return attr if not attr.according else main
    return main


def _medium_only(doc: Doc, attr: Attr) -> bool:
    """Is the attribution a source phrase that names only a document, no one who issued it
    ('according to a statement', 'according to a joint statement')?"""
    words = attr.mention.split()
    if not attr.according or not words or not _document_head(doc, strip_possessive(doc, words[-1]).lower()):
        return False
    return not any(is_name(doc, w) for w in words[1:]) and doc.gaz.actor_of(attr.mention) is None


def _news_source(doc: Doc, attr: Attr) -> bool:
    """Is the attribution a source phrase that names a news outlet ('according to state news
    agency TASS', 'according to the RIA news agency', 'according to state television')?"""
    if not attr.according:
        return False
    rules = doc.rules
    words = [strip_possessive(doc, w.strip(",.")) for w in attr.mention.split()]
    lows = [w.lower() for w in words]
    if lows and (lows[-1] in rules.relay_heads or lows[-2:] == ["news", "agency"]):
        return True
    named = " ".join(words)
    return any(f" {outlet} " in f" {named} " for outlet in rules.news_outlets)


def _generic(doc: Doc, mention: str) -> bool:
    """Is the mention generic and names nobody ('the senator', 'the Ohio senator', 'the
    veteran envoy'): an anaphoric determiner, a generic head, and a body's head only with
    lower-case words ('the Karabakh army' names one)?"""
    words = mention.split()
    if len(words) < 2 or words[0].lower() not in doc.rules.anaphoric_determiners:
        return False
    kind = doc.lex.generic_heads.get(strip_possessive(doc, words[-1]))
    return kind == "person" or (kind is not None and all(w.islower() for w in words[1:]))


def antecedents(doc: Doc, toks: Tokens, attr: Attr) -> tuple[str, ...]:
    """The names a third-person pronoun speaker may stand for within its own sentence, best
    first (the caller keeps the first that agrees with the pronoun): the subject the sentence
    opens with ('Gen. Jane Roe is speaking out ... and why he believes ...'); when the pronoun
    is in an opening subordinate clause, the subject after it ('While he acknowledged ..., Roe
    also noted ...'); when its clause follows the main one, the main clause's subject, then the
    nearest name before it ('Lawmakers called the hearing because they felt ...')."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    pronoun = owner_pronoun(doc, attr.mention) or attr.mention  # 'her spokesperson': her owner
    if lex.pronouns.get(pronoun.lower(), "issuer") == "issuer":
        issuer = _document_issuer(doc, toks, attr)
        return (issuer,) if issuer is not None else _same_head_subject(doc, toks, attr)
    pi = tok_index(toks, attr.m_start)
    if pi is None or pi == 0:
        return ()
    if _lemma(doc, attr.cue) in rules.reply_lemmas and rules.reply_relative.search(
        doc.text[toks.start[0] : attr.m_start]
    ):
        # 'Reporters asked the spokesman whether ..., to which he replied ...': the one asked
        ask = next((k for k in range(pi) if _lemma(doc, tt[k]) in rules.asking_lemmas), None)
        np = forward_np(doc, toks, ask + 1) if ask is not None else None
        return (span_text(doc, toks, *np),) if np is not None else ()
    comma = next((k for k in range(len(tt)) if tt[k] == ","), len(tt))
    opening = tt[0].lower() in rules.subordinators
    if opening and pi > comma:
        return ()  # 'Though it was seamless, he said, ...': the pronoun is the subject
    found: list[tuple[int, int] | None] = []
    subordinate = tt[pi - 1].lower() in rules.subordinators
    before_main = (opening or subordinate) and pi < comma
    if before_main and comma + 1 < len(tt):
        # a subordinate clause before the main one: 'Back when it signed ..., the United
        # States pledged'; '... if they ask us to' finds no subject after a comma
        found.append(forward_np(doc, toks, comma + 1))
    if subordinate and not opening:
        # or after it: the main clause's subject, then the nearest name ('Lawmakers called the
        # hearing because they felt ...', '... outside the Dallas News after it backed X')
        found += [_before(forward_np(doc, toks, 0), pi), _nearest_name(doc, toks, pi)]
    elif not before_main:
        np = clause_subject(doc, toks, pi)
        if np is None and pronoun is not attr.mention and tt[pi - 1] == ",":
            np = forward_np(doc, toks, 0)  # 'The Ministry is troubled ..., its spokesperson said'
        found.append(_before(np, pi))
    names: list[str] = []
    for np in found:
        name = _antecedent_name(doc, toks, np) if np is not None else None
        if name is not None and name not in names:
            names.append(name)
    return tuple(names)


def _document_issuer(doc: Doc, toks: Tokens, attr: Attr) -> str | None:
    """The body or person that issued the document the mention names, when a participle phrase
    with its agent follows the mention ('The statement, issued by the Armenian Foreign Ministry
    late on Monday, said ...'): a document speaks for its issuer, as 'A statement issued by the
    ministry said' does. None otherwise."""
    rules, tt = doc.rules, toks.text
    words = attr.mention.split()
    if not words or not _document_head(doc, strip_possessive(doc, words[-1]).lower()):
        return None
    k = tok_index(toks, attr.m_end - 1)
    if k is None or k + 4 >= len(tt) or tt[k + 1] != ",":
        return None
    v = k + 2
    if tt[v].lower() in doc.lex.relative_words and tt[v + 1].lower() in rules.be_forms:
        v += 2  # 'The statement, which was issued by ...'
    verb = tt[v].lower() if v + 2 < len(tt) else ""
    if verb not in rules.issuing_verbs and verb not in rules.authoring_participles:
        return None
    by = v + 1
    if tt[by] != rules.agent_marker and tt[by].isalpha() and tt[by].islower() and by + 2 < len(tt):
        by += 1  # 'read out by', 'released jointly by'
    if tt[by] != rules.agent_marker:
        return None
    np = _agent_np(doc, toks, by + 1)
    if np is None or doc.lex.pronouns.get(tt[np[0]].lower()) is not None:
        return None  # 'issued by it': nothing more is known
    return span_text(doc, toks, np[0], _list_end(doc, toks, np[1]))


def _list_end(doc: Doc, toks: Tokens, j: int) -> int:
    """The last token of a list of names that goes on after the phrase ending at token ``j``
    ('the envoys of Canada | , Norway and Japan'), or ``j``: commas, names, determiners and one
    'and' before the last name."""
    tt, rules = toks.text, doc.rules
    k, end, joined = j + 1, j, False
    while k < len(tt) and k - j < 16:
        t = tt[k]
        if t.lower() in rules.list_and:
            joined = True
        elif is_name(doc, t):
            end = k if joined else end
        elif t != "," and t.lower() not in doc.lex.determiners:
            break
        if joined and t == ",":
            break
        k += 1
    return end


def _agent_np(doc: Doc, toks: Tokens, i: int) -> tuple[int, int] | None:
    """The speaker phrase of an agent that starts at token ``i`` (after 'by'): a name or role
    phrase, or a body or person named by a common noun ('by the prosecution', 'by the coach'),
    read up to punctuation, a preposition, a time word or an adverb."""
    rules, tt = doc.rules, toks.text
    np = speaker_np(doc, toks, forward_np(doc, toks, i))
    if np is not None:
        return np
    j = i
    while j < len(tt) and tt[j][:1].isalnum() and tt[j].lower() not in rules.head_prepositions and not (
        tt[j].lower() in rules.time_heads
        or (j > i and tt[j].lower() in rules.time_modifiers)
        or is_adverb(doc, tt[j])
    ):
        j += 1
    back = np_back(doc, toks, j - 1) if j > i else None
    return speaker_np(doc, toks, back) if back is not None and back[0] == i else None


def _same_head_subject(doc: Doc, toks: Tokens, attr: Attr) -> tuple[str, ...]:
    """For a generic mention that closes its sentence ('..., the ministry said.'), the subject
    the sentence opens with when it has the same head ("Georgia's Foreign Ministry summoned the
    envoy ..., the ministry said."): the one body, named in full."""
    words = attr.mention.split()
    if len(words) < 2 or words[0].lower() not in doc.rules.anaphoric_determiners:
        return ()
    if not all(w.islower() for w in words[1:]) or words[-1] not in doc.lex.generic_heads:
        return ()  # 'the ministry', not 'the Independent Electoral Commission'
    found = _opening_subject(doc, toks, attr)
    if found is None:
        return ()
    np, last, head = found
    if head != last or _own_cue_follows(doc, toks, np[1] + 1):
        return ()  # "The French Foreign Ministry's position ...", "X had falsely claimed ...": not the one
    return (span_text(doc, toks, *np),) if head == words[-1] else ()


def _opening_subject(doc: Doc, toks: Tokens, attr: Attr) -> tuple[tuple[int, int], str, str] | None:
    """The subject the sentence opens with, when it ends before the mention of ``attr``: its
    span, its last word in lower case, and that word without a possessive (its head)."""
    np = forward_np(doc, toks, 0, subject=True)
    pi = tok_index(toks, attr.m_start)
    if np is None or pi is None or np[1] >= pi:
        return None
    last = toks.text[np[1]].lower()
    return np, last, strip_possessive(doc, last)


def _own_cue_follows(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a cue follow token ``k`` at once, over auxiliaries and adverbs ('had falsely
    claimed'): the phrase before it speaks in a clause of its own?"""
    tt = toks.text
    for t in tt[k : k + 4]:
        low = t.lower()
        if low in doc.lex.cue_forms:
            return True
        if not (low in doc.lex.auxiliaries or is_adverb(doc, t, 4)):
            return False
    return False


def _role_body(doc: Doc, toks: Tokens, attr: Attr) -> str | None:
    """The body the sentence opens with when a role later in it names that body by its head in
    lower case ("Russia's Foreign Ministry has expressed concern ..., ministry spokeswoman Irina
    X told a briefing"): whom the role speaks for; None otherwise."""
    words = attr.mention.split()
    lower = {w.lower() for w in words[:-1] if w.islower() and w in doc.lex.institution_heads}
    if not lower or words[0].lower() in doc.rules.anaphoric_determiners:
        return None
    found = _opening_subject(doc, toks, attr)
    if found is None:
        return None
    np, _, head = found
    return span_text(doc, toks, *np) if head in lower else None


def _bracketed_state(doc: Doc, attr: Attr) -> str | None:
    """The actor of the state in brackets between a speaker's name and the cue, as UN records
    write a delegate ('Mr. VELLA (Malta) said', 'Ms. Okafor (Nigeria) called on ...'): whom the
    speaker speaks for; None unless the brackets hold one gazetteer mention and nothing else."""
    if attr.inverted or attr.according or attr.c_start <= attr.m_end:
        return None
    if any(w.lower() in doc.lex.institution_heads for w in attr.mention.split()):
        return None  # 'The Kelmont Union (UK) said': where a body is, not whom a delegate speaks for
    between = doc.text[attr.m_end : attr.c_start].strip()
    if len(between) < 4 or between[0] != "(" or between[-1] != ")":
        return None
    inside = between[1:-1].strip()
    return _whole_mention(doc, inside)


def _whole_mention(doc: Doc, phrase: str) -> str | None:
    """The actor of a phrase that is one gazetteer mention and nothing else ('Malta', 'the
    Russian Federation'), else None."""
    first, _, rest = phrase.partition(" ")
    if rest and first.lower() in doc.rules.articles:
        phrase = rest
    hits = doc.gaz.find(phrase)
    if len(hits) != 1 or (hits[0].start, hits[0].end) != (0, len(phrase)):
        return None
    return hits[0].code


def _delegation_opening(doc: Doc, toks: Tokens, attr: Attr) -> str | None:
    """The actor of the state an opening phrase says the speaker speaks for, as meeting
    coverage writes it ('Speaking for Armenia, Counsellor X said', 'For France, ...', 'On
    behalf of the Russian Federation, ...'), before the speaker; else None."""
    tt = toks.text
    comma = next((k for k in range(1, min(len(tt), 12)) if tt[k] == ","), None)
    if comma is None or toks.start[comma] >= attr.m_start or attr.inverted:
        return None
    words = [t.lower() for t in tt[:comma]]
    for opener in doc.rules.delegation_openers:
        n = len(opener)
        if words[:n] == list(opener) and comma > n:
            return _whole_mention(doc, doc.text[toks.start[n] : toks.start[comma]])
    return None


def _before(np: tuple[int, int] | None, k: int) -> tuple[int, int] | None:
    """The noun phrase if it ends before token ``k``, else None."""
    return np if np is not None and np[1] < k else None


def _antecedent_name(doc: Doc, toks: Tokens, np: tuple[int, int]) -> str | None:
    """The noun phrase ``np`` as a pronoun's antecedent: a name, or a body or people named by a
    speaking head ('The opposition ...', 'Lawmakers ...'); None for a description, a document
    or a lone capitalised first word."""
    lex, tt = doc.lex, toks.text
    found = speaker_np(doc, toks, np)
    if found is None:
        return None
    i, j = found
    words = tt[i : j + 1]
    head = words[-1].lower()
    speaking = len(words) <= 3 and speaking_head(doc, head) and not _document_head(doc, head)
    for w in words:
        low = w.lower()
        if strip_possessive(doc, low) != low or low in lex.pronouns or low in lex.relative_words:
            return None  # 'Oz's show', 'That's why': not a speaker's name
        if w[:1].islower() and low not in lex.role_nouns and low not in lex.np_connectors and (
            low not in lex.determiners
        ) and not (speaking and low == head):
            return None  # 'People like Scott': a description, not a name
    names = [k for k in range(i, j + 1) if is_name(doc, tt[k])]
    if not speaking and (not names or (names == [0] and doc.gaz.actor_of(tt[0]) is None)):
        return None  # a lone capitalised first word ('Words of concern ...') is no name
    return span_text(doc, toks, i, j)


def _document_head(doc: Doc, head: str) -> bool:
    """Is the lower-case head a document or its plural ('statement', 'reports')?"""
    nouns, suffix = doc.rules.document_nouns, doc.rules.plural_suffix
    return head in nouns or (head.endswith(suffix) and head[: -len(suffix)] in nouns)


def _nearest_name(doc: Doc, toks: Tokens, pi: int) -> tuple[int, int] | None:
    """The nearest name phrase before token ``pi`` in the sentence, if any."""
    tt = toks.text
    for k in range(pi - 2, max(-1, pi - 24), -1):
        if is_name(doc, tt[k]) and k > 0:
            return np_back(doc, toks, k)
    return None


def _reported(doc: Doc, attr: Attr) -> bool:
    """Is the attribution inside a reported clause ('... that Clinton said')?"""
    before = doc.text[max(0, attr.m_start - 12) : attr.m_start].split()
    return bool(before) and before[-1].lower() in doc.rules.complementiser_determiners


def _inside_clause(doc: Doc, attr: Attr, attrs: list[Attr]) -> bool:
    """Is the attribution inside the 'that' clause of an earlier one ('A poll found that 74
    percent of voters said ...' is the poll's)?"""
    start = min(attr.m_start, attr.c_start)
    if doc.text[max(0, start - 8) : start].rstrip().endswith(","):
        return False  # '..., the ministry said.': the sentence's own, after a comma
    for other in attrs:
        if other is attr or other.according or max(other.c_end, other.m_end) > attr.m_start:
            continue
        after = doc.text[other.c_end : attr.m_start].split()
        words = [w for w in after[:4] if w.lower() not in doc.lex.time_words]
        if words and words[0].lower() in doc.rules.complementiser_determiners:
            return True
    return False


def dash_attribution(doc: Doc, unit: Unit) -> tuple[Attr, Tokens] | None:
    """'"..." -- Jane Roe': a quote signed with a dash and a name at the end of the sentence."""
    a, b = unit.start, unit.end
    dash = doc.rules.dash_attribution.search(doc.text, a, b)
    if dash is None or dash.end() != b:
        return None
    toks = tokenize(doc, a, b)
    di = tok_index(toks, dash.start(1))
    np = forward_np(doc, toks, di + 1) if di is not None else None
    if np is None:
        return None
    attr = Attr(
        span_text(doc, toks, *np),
        toks.start[np[0]],
        toks.stop(np[1]),
        dash.group(1),
        dash.start(1),
        dash.end(1),
    )
    return attr, toks


def manner_attribution(doc: Doc, unit: Unit) -> tuple[Attr, Tokens] | None:
    """'The envoy was blunt: "..."': a speaker, a form of 'be' and a word of manner, a colon and
    the quote; the speaker is a person or body that can speak (a name or a speaking head)."""
    a, b = unit.start, unit.end
    m = doc.rules.manner_quote.search(doc.text, a, b)
    if m is None:
        return None
    toks = tokenize(doc, a, m.start())
    np = speaker_np(doc, toks, forward_np(doc, toks, 0))
    if np is None:
        return None
    tt = toks.text
    if np[1] == len(tt) - 1 and np[1] > np[0] and tt[np[1]].lower() in doc.lex.cue_nouns:
        np = (np[0], np[1] - 1)  # "The ministry's statement was brief:", its owner as below
    last = tt[np[1]]
    owner = strip_possessive(doc, last)
    m_end = toks.stop(np[1])
    if np[1] != len(tt) - 1:
        # "The envoy's message was clear:", "Moscow's position was blunt:": the owner of a cue
        # noun speaks (with at most two modifiers between them)
        rest = tt[np[1] + 1 :]
        said = rest[-1].lower() in doc.lex.cue_nouns and all(w.isalpha() and w.islower() for w in rest[:-1])
        said = said and len(rest) <= 3
        if owner == last or not said:
            return None  # the subject is the whole of the words before 'was'
        m_end = toks.start[np[1]] + len(owner)
    head = owner.lower()
    speaks = is_name(doc, last) or speaking_head(doc, head)
    if not speaks or head in doc.rules.document_nouns:
        return None
    colon = doc.text.index(":", m.start(), m.end())
    cue = doc.text[m.start() : colon].strip()  # 'was blunt'
    c_start = doc.text.index(cue, m.start(), colon)
    m_start = toks.start[np[0]]
    attr = Attr(doc.text[m_start:m_end], m_start, m_end, cue, c_start, c_start + len(cue))
    return attr, tokenize(doc, a, b)


def _np_attr(
    doc: Doc,
    toks: Tokens,
    np: tuple[int, int],
    m: CueMatch,
    *,
    according: bool = False,
    inverted: bool = False,
) -> Attr:
    """The attribution whose speaker is the noun phrase ``toks[np[0]..np[1]]`` and cue ``m``."""
    mention = span_text(doc, toks, *np)
    return Attr(
        mention, toks.start[np[0]], toks.stop(np[1]), m.word, m.start, m.end, according, inverted
    )


def attribution(doc: Doc, m: CueMatch, toks: Tokens, unit: Unit) -> Attr | None:
    """The attribution of the cue ``m``: its speaker before it, after it (inverted) or at the
    start of the clause; None if the cue has no speaker. The rules, in order: 'according to X';
    a capitalised cue first in the sentence (a headline's, or 'Said X:'); a weak cue without its
    context; the inverted speaker; a participle's clause subject; the speaker before the cue."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    cue = m.word
    ci = tok_index(toks, m.start)
    cj = tok_index(toks, m.end - 1)
    if ci is None or cj is None:
        return None
    if silent(doc, toks, ci, cj):
        return None  # 'did not respond to requests for comment': a report of silence
    if _after_modal(doc, toks, ci) or _after_semi_modal(doc, toks, ci):
        return None  # 'the government could deny them permits': a possibility, no statement
    if _ritual(doc, toks, cj):
        return None  # 'the bishop said Mass', 'the envoy said goodbye': a rite, no content
    if _free_relative_wish(doc, toks, ci):
        return None  # 'to say whatever he wanted', 'got what they wanted': no speech
    if ci >= 2 and tt[ci - 1].lower() in rules.hortative_objects and tt[ci - 2].lower() in rules.hortatives:
        return None  # 'Let me say plainly': the speaker of the text says it, no one named
    if _compound_noun(doc, toks, cj):
        return None  # 'of the think tank RISC': the first word of a compound noun
    if ci >= 1 and tt[ci - 1].lower() in rules.compound_heads.get(cue.lower(), ()):
        return None  # 'on behalf of its member states.': the last word of a compound noun
    if cue.lower() in rules.clause_only_cues and not _clause_or_quote(doc, toks, cj + 1, unit):
        return None  # '..., adding about ten days to voyages': an act; '..., adding that ...' speaks
    if cue.lower() in rules.defence_cues and not (
        _defended_object(doc, toks, cj + 1) or _clause_or_quote(doc, toks, cj + 1, unit)
    ):
        return None  # 'Armenian forces defended the village': an act, not a position
    if cue.lower() in rules.example_object_cues and not _as_example(doc, toks, cj + 1):
        return None  # 'the referee, Colm Roe, pointed to the spot': a gesture, not an example cited
    if _literal_object(doc, toks, cue, cj):
        return None  # 'slammed the door', 'declared independence', 'stood by a barricade': acts
    if cue.lower() in rules.passive_cues and cj + 1 < len(tt) and tt[cj + 1].lower() in rules.passive_links:
        return None  # 'the arrest of an officer accused of ...': who is accused, not who accuses
    quoted = _quoted_as(doc, toks, ci)
    if quoted is not None:
        return _np_attr(doc, toks, quoted, m)  # 'Interfax quoted a diplomat as saying ...'
    if ci == cj and _plural_noun_cue(doc, toks, cj):
        return None  # 'Rights advocates have expressed ...': the subject's head, not a verb
    absolute = _absolute_subject(doc, toks, ci)
    if absolute is not None:
        return _np_attr(doc, toks, absolute, m)  # '..., with one, Tomas Brek, calling it ...'
    verb = cue.lower() not in rules.progressive_cues or _progressive(doc, toks, ci, cj)
    if not (verb or _comma_participle(doc, toks, ci, cj)):
        return None  # 'a promising start', 'encouraging signs': an adjective, not a verb
    if cue in lex.according_to:
        np = forward_np(doc, toks, cj + 1, skip_sources=True) or _source_phrase(doc, toks, cj + 1)
        np = _source_head(doc, toks, np, cj + 1)  # 'according to the top British medical journal.'
        np = _source_complement(doc, toks, np)  # 'according to people familiar with the matter'
        if np is None or _anonymous_data(doc, toks, np):
            return None  # '..., according to money-market pricing': no one is identified
        if cue.lower() in rules.framing_sources and ci > 0 and (np[1] + 2 < len(tt) or tt[ci - 1] != ","):
            return None  # '..., in the words of many of our people, a chain ...': a citation
        owned = _medium_owner(doc, toks, np[0])
        if owned is not None:
            # 'according to a post on the ministry's Telegram channel': the ministry
            start, end = toks.start[owned[0]], owned[1]
            return Attr(doc.text[start:end], start, end, m.word, m.start, m.end, True)
        return _np_attr(doc, toks, np, m, according=True)
    if cue[:1].isupper() and ci == 0:
        if not (cue in rules.opening_cues and ":" in tt[cj + 1 : cj + 6]):
            return None  # a capitalised cue is a headline's ('..., Graham Says'); not 'Said Ellis:'
        np = forward_np(doc, toks, cj + 1)
        return _np_attr(doc, toks, np, m, inverted=True) if np is not None else None
    if cue in rules.opening_cues:
        return None  # 'Edward Said', 'Foreign Minister Said Ali': a name, not a cue
    prev = tt[ci - 1] if ci > 0 else ""
    low_prev, low_cue = prev.lower(), cue.lower()
    if low_prev in lex.relative_words and (low_cue not in lex.weak_cues or weak_ok(doc, toks, ci, cj, unit)):
        issuer = _relative_document_issuer(doc, toks, ci)
        if issuer is not None:
            # 'The two sides signed a joint statement that condemned ...': its signers speak
            return Attr(issuer.mention, issuer.m_start, issuer.m_end, m.word, m.start, m.end)
    infinitive = low_prev == rules.infinitive_marker
    if infinitive and _expletive_infinitive(doc, toks, ci):
        return None  # 'It is too early to say whether ...': nobody in particular says it
    response = _response_owner(doc, toks, ci) if infinitive else None
    if response is not None:
        # "The minister's response was to say that ...": the owner of the response speaks
        start, end = toks.start[response[0]], toks.start[response[1]] + len(tt[response[1]])
        owner = strip_possessive(doc, doc.text[start:end])
        return Attr(owner, start, start + len(owner), m.word, m.start, m.end)
    if infinitive and (low_cue not in lex.weak_cues or weak_ok(doc, toks, ci, cj, unit)):
        occasion = _occasion_subject(doc, toks, ci)
        if occasion is not None:
            # 'used the briefing to say that ...', 'never missed an opportunity to remind
            # reporters that ...': the subject of the verb of the occasion speaks
            return Attr(occasion.mention, occasion.m_start, occasion.m_end, m.word, m.start, m.end)
    if low_prev in rules.leading_connectors and low_cue in lex.weak_cues and not _raised(doc, toks, ci):
        return None  # 'shows in detail', 'a call for support': a noun after a preposition
    weak = low_cue in lex.weak_cues and prev not in rules.inverting
    finding = weak and low_prev in lex.relative_words and _lemma(doc, cue) in rules.finding_lemmas
    finding = finding or low_cue in rules.document_only_cues
    document = finding and _document_subject(doc, toks, ci)  # computed once, when needed
    if finding and not document:
        return None  # 'the contacts, which show that ...': a thing's finding, no speaker
    named = spoken_object = False
    if weak and _lemma(doc, cue) in rules.recall_lemmas and _envoy_object(doc, toks, cj + 1):
        return None  # 'recalled its ambassador from Moscow': an act, not words remembered
    if weak and not weak_ok(doc, toks, ci, cj, unit):
        if _weak_subject_speaks(doc, toks, ci, cj, document):
            # 'The resolution demands a ceasefire': the document's content; in a first-person text
            # the issuer who cites it speaks, as after a name ('France supports ...')
            named = True
        elif _object_cue(doc, toks, ci, cj):
            spoken_object = True  # 'The ministry reported shelling ...': its object is what it said
        else:
            return None  # a weak cue counts after a document ('one study found ...') or before 'that'
    # a weak cue after a comma may be inverted ('..., added the envoy'); if its speaker is before
    # the comma ('The company, in which ..., posted a loss') it is read as without the comma
    weak_comma = prev == "," and low_cue in lex.weak_cues and not weak_ok(doc, toks, ci, cj, unit)
    before: Attr | None = None
    computed = False
    if (
        prev == ","
        and ci >= 3
        and tt[ci - 2] not in rules.close_quotes + "\"'\u2019"
        and not cue.endswith(rules.participle_suffix)
    ):
        # 'Jane Roe, one of the president's aides, recalled Mr. Obama talking ...': a name with
        # its apposition before the comma speaks, not the name after the cue
        before, computed = _backward(doc, toks, m, ci), True
        if before is not None and ("," in before.mention or _relative_after(doc, before)):
            # a role in apposition introduces a speaker ('Jana Roe, one of the aides, recalled')
            appositive = "," in before.mention
            if weak_comma and not appositive and not _weak_comma_speaks(doc, toks, before, ci, document):
                return None
            return before
    if prev == "," and _lemma(doc, cue) in rules.naming_cue_lemmas and _given_name(doc, toks, cj + 1):
        return None  # 'The group, called the Green Fund, ...': the name it goes by, not a cue
    inverted = _inverted(doc, toks, m, ci, cj)
    if inverted is not None:
        return inverted
    if cue.endswith(rules.participle_suffix) and prev == ",":
        np = speaker_np(doc, toks, clause_subject(doc, toks, ci, subject=True))
        return _np_attr(doc, toks, _name_apposition(doc, toks, np, ci), m) if np is not None else None
    if _claim_participle(doc, toks, ci, cj):
        return _passive(doc, toks, m, cj)  # '..., a claim denied by Yerevan': the agent speaks
    if (cue.endswith(rules.past_suffix) or low_cue in rules.passive_participles) and _after_be(doc, toks, ci):
        # 'it was declared by X', 'the court was told that ...': the agent speaks, if any, not
        # the subject (in 'The envoy is said to have left' no one does)
        return _passive(doc, toks, m, cj)
    if cue.endswith(rules.past_suffix) and prev == "," and " " not in cue and _agent_follows(doc, toks, cj):
        return None  # 'Guard members, called up by the governor, ...': a modifier, not a cue
    if _participle_modifier(doc, toks, ci, cj):
        return None  # 'a company said to be the target', 'groups linked to al Qaeda': no speech
    if _reduced_passive(doc, toks, ci, cj) or _posted_recording(doc, toks, ci, cj):
        return None  # 'A petition signed by 10,000 residents called on ...': a modifier
    attr = before if computed else _backward(doc, toks, m, ci)
    last = attr.mention.rsplit(None, 1)[-1].lower() if attr is not None and attr.mention.strip() else ""
    if attr is None or (not attr.inverted and _document_head(doc, last)):
        # 'A 2014 study that appeared in the Lancet found that ...', 'The latest poll released
        # Friday shows ...': a document that opens the clause, however long its phrase, speaks,
        # with its issuer ('An analysis released by the ministry last month shows ...')
        attr = _document_opening(doc, toks, m, ci, attr, any_cue=attr is None) or attr
    if weak_comma and attr is not None and not _weak_comma_speaks(doc, toks, attr, ci, document):
        return None
    if attr is not None and not attr.inverted and _object_relative(doc, toks, attr, ci, cj):
        return None  # 'The findings, which the government has rejected, suggest ...': no content
    if attr is not None and attr.mention.lower() in rules.nobody_words:
        return None  # 'Everyone knows that ...': nobody in particular speaks
    if attr is not None and not attr.inverted and _free_relative_subject(doc, toks, attr, cj):
        return None  # 'Everything Doran says is a lie': the writer's claim about what was said
    if attr is not None and not attr.inverted:
        attr = _after_free_relative(doc, toks, attr)  # 'The gap between what | Roe says ...'
    if attr is not None and not attr.inverted and _negated_subject(doc, toks, attr):
        return None  # 'No group claimed responsibility': nobody speaks
    if attr is not None and _press_question(doc, attr):
        return None  # 'Reporters asked whether the ceasefire was holding': a question, no stance
    kept = attr is not None and cue.endswith(rules.past_suffix) and not attr.inverted
    if kept and attr is not None and _kept_object(doc, toks, attr, ci):
        return None  # 'will keep its partners informed about ...': the object hears, nobody speaks
    if attr is not None and _object_of_infinitive(doc, toks, attr, ci):
        # 'We expect the Russian side to condemn ...': the side is asked, nobody named speaks;
        # 'Paris used the meeting to urge Baku ...': the subject of the verb speaks
        k = tok_index(toks, attr.m_start) or 0
        if tt[k - 1].lower() in rules.request_verbs:
            return None
        subject = _verb_subject(doc, toks, k - 1)
        if subject is None:
            return None
        attr = Attr(subject.mention, subject.m_start, subject.m_end, m.word, m.start, m.end)
    if attr is not None and cue.split()[0].endswith(rules.participle_suffix):
        # 'issued a statement saying', 'calling on'; 'adopted a resolution demanding'
        attr = _issuer_of_document(doc, toks, attr, m) or attr
    if attr is not None and _time_clause_event(doc, toks, attr, cj):
        return None  # 'After the union objected, the case was moved': an event, narration
    if attr is not None and ci == cj and _noun_form(doc, toks, attr, ci):
        return None  # 'to the state', 'per the Harmon plan', '38 percent support': a noun
    if attr is not None and _object_speaks(doc, toks, attr, cj):
        return None  # 'Russia vetoed the resolution, which demands ...': the text's words
    if attr is not None and _common_plural_opener(doc, toks, attr):
        return None  # 'Waves are slamming the coast': a plural noun in capitals, not a name
    if attr is not None and named:
        attr.position = True
    if attr is not None and spoken_object and not _object_cue_speaker(doc, toks, attr, cue):
        return None  # 'Zephyr reported a net loss', 'restaurants reported a drop': a result
    if attr is not None and not attr.inverted:
        i, j = tok_index(toks, attr.m_start), tok_index(toks, attr.m_end - 1)
        if i is not None and j is not None and _anonymous_data(doc, toks, (i, j)):
            return None  # 'Official data showed ...': no one is identified
    return attr


def _free_relative_subject(doc: Doc, toks: Tokens, attr: Attr, cj: int) -> bool:
    """Is the cue the verb of a free relative that opens the sentence as its subject ('Everything
    Doran says | is a lie', 'What the ministry said about it | was false', 'Whatever Doran says,
    ...')? The cue's object is the relative's gap, so it reports nothing; the sentence is the
    writer's claim. Not a pseudo-cleft whose content follows ('What X said was that ...', 'What
    X said was: ...'), nor a free relative after the start ('That is what X told reporters')."""
    rules, tt = doc.rules, toks.text
    i = tok_index(toks, attr.m_start)
    if i is None:
        return False
    k = i if tt[i].lower() in rules.free_relative_heads else i - 1
    if k >= 1 and tt[k].lower() in doc.lex.relative_words and tt[k - 1].lower() in rules.free_relative_heads:
        k -= 1  # 'Everything that Doran says'
    if k < 0 or tt[k].lower() not in rules.free_relative_heads:
        return False
    opening = k == 0 or (k == 1 and tt[0].lower() in rules.conjunctions)
    if not (opening or (k == 2 and tt[1].lower() == rules.partitive)):  # 'Much of what X said'
        return False
    nxt = tt[cj + 1].lower() if cj + 1 < len(tt) else ""
    if nxt in rules.open_quotes + "\"'`":
        return False  # "What Doran considers ''smart''": his own word, quoted
    gap = nxt in rules.be_forms or nxt in rules.finite_auxiliaries or nxt in rules.chunk_stop
    gap = gap or nxt in rules.head_prepositions or nxt in rules.locative_prepositions
    gap = gap or nxt in doc.lex.time_words
    if not gap:
        return False  # 'What Doran says the treaty means ...': a clause after the cue
    for b in range(cj + 1, min(len(tt) - 1, cj + 9)):
        if tt[b].lower() in rules.be_forms:
            after = tt[b + 1]
            content = after.lower() in rules.complementisers or after in rules.open_quotes + '"'
            return not (content or after == ":")  # 'was that ...', 'was: ...', 'was "..."'
    return True


def _after_free_relative(doc: Doc, toks: Tokens, attr: Attr) -> Attr:
    """The speaker without the words before a free relative that a preposition governs ('The gap
    between what | Roe says his plan would do ...', 'talks on what | the ministry said'): the
    relative's subject speaks, not the phrase it ends."""
    rules, tt = doc.rules, toks.text
    i, j = tok_index(toks, attr.m_start), tok_index(toks, attr.m_end - 1)
    if i is None or j is None:
        return attr
    for m in range(j - 1, i, -1):
        before = tt[m - 1].lower()
        governed = before in rules.head_prepositions or before in rules.locative_prepositions
        if tt[m].lower() in rules.free_relative_heads and (governed or before in rules.object_prepositions):
            return replace(attr, mention=span_text(doc, toks, m + 1, j), m_start=toks.start[m + 1])
    return attr


def _object_relative(doc: Doc, toks: Tokens, attr: Attr, ci: int, cj: int) -> bool:
    """Is the cue's object the relative pronoun before its subject, with nothing after the cue in
    its clause but a time ('The findings, which the government rejected on Friday, suggest ...')?
    Then the cue reports no content of its own."""
    tt, lex = toks.text, doc.lex
    i = tok_index(toks, attr.m_start)
    if i is None or i == 0 or tt[i - 1].lower() not in doc.rules.object_relatives:
        return False
    if i < 2 or tt[i - 2] != ",":
        return False  # only a clause set off by commas, not 'the plan which Baku rejected'
    if _lemma(doc, " ".join(tt[ci : cj + 1])) in doc.rules.invertible_lemmas:
        return False  # '..., which the Council said, "threatened peace"': a parenthetical verb
    k = _place_phrase_end(doc, toks, cj + 1)  # '..., which the bank detailed in its filings.'
    timed = lex.time_words | doc.rules.time_openers
    while k < len(tt) and k <= cj + 3 and tt[k].lower() in timed:
        k += 1
    k = _place_phrase_end(doc, toks, k)  # '..., which X rejected on Friday at a briefing,'
    return k < len(tt) and (tt[k] in doc.rules.clause_closers or tt[k] in doc.rules.sentence_end_chars)


def _place_phrase_end(doc: Doc, toks: Tokens, k: int) -> int:
    """The token after a phrase of place or medium that opens at ``k`` ('in its filings', 'at a
    briefing in Baku'), at most eight words with no verb, cue or quote; ``k`` if none opens."""
    rules, tt = doc.rules, toks.text
    if k >= len(tt) or tt[k].lower() not in rules.place_prepositions:
        return k
    for n in range(k + 1, min(k + 9, len(tt))):
        t = tt[n]
        if t in rules.clause_closers or t in rules.sentence_end_chars:
            return n
        if not t.replace("-", "").replace("'", "").isalnum() or t in doc.lex.cue_forms:
            return k
        if t.lower() in rules.finite_auxiliaries or t.lower() in rules.complementisers:
            return k
    return k


def _absolute_subject(doc: Doc, toks: Tokens, ci: int) -> tuple[int, int] | None:
    """The subject of a participle cue in an absolute clause after a comma ('..., with the
    opposition leader calling it a gift to Moscow'; '..., with one, Tomas Brek, saying ...': the
    name in apposition), or None."""
    rules, tt = doc.rules, toks.text
    if not tt[ci].endswith(rules.participle_suffix) or ci < 3:
        return None
    w = ci - 1
    while w > 0 and ci - w < 12 and not (tt[w].lower() in rules.absolute_links and tt[w - 1] == ","):
        if tt[w] in rules.aside_stops or tt[w] in rules.dash_tokens:
            return None
        w -= 1
    if not (w > 0 and tt[w].lower() in rules.absolute_links and tt[w - 1] == ","):
        return None
    lo, hi = w + 1, ci - 1
    if tt[hi] == ",":
        hi -= 1  # 'with one, Tomas Brek, calling': the name in apposition speaks
        k = hi
        while k > lo and tt[k] != ",":
            k -= 1
        if tt[k] == ",":
            lo = k + 1
    if lo > hi:
        return None
    np = np_back(doc, toks, hi)
    if np is None or np[0] != lo:
        return None
    if not any(is_name(doc, t) or t.lower() in doc.lex.role_nouns for t in tt[lo : hi + 1]):
        return None  # a whole phrase that names someone, not 'with prices rising'
    return np


def _has_role(doc: Doc, toks: Tokens, np: tuple[int, int]) -> bool:
    """Does the phrase hold a role noun ('The mayor's deputy')?"""
    return any(strip_possessive(doc, t.lower()) in doc.lex.role_nouns for t in toks.text[np[0] : np[1] + 1])


def _name_apposition(doc: Doc, toks: Tokens, np: tuple[int, int], ci: int) -> tuple[int, int]:
    """The subject with the name in apposition after it ('Ruiz's deputy, Tomas Brek, went
    further, calling ...': 'Ruiz's deputy, Tomas Brek'), or the subject alone."""
    tt = toks.text
    i = np[0]
    if i >= 2 and tt[i - 1] == "," and all(is_name(doc, t) for t in tt[i : np[1] + 1]):
        # 'The mayor's deputy, Tomas Brek, went further, calling': the clause opened with the title
        title = forward_np(doc, toks, 0)
        if title is not None and title[1] == i - 2 and _has_role(doc, toks, title):
            return (0, np[1])
    k = np[1] + 1
    if k + 2 >= ci or tt[k] != ",":
        return np
    end = next((n for n in range(k + 1, min(ci, k + 7)) if tt[n] == ","), None)
    if end is None or end == k + 1 or not all(is_name(doc, t) for t in tt[k + 1 : end]):
        return np
    return (np[0], end - 1)


def _medium_owner(doc: Doc, toks: Tokens, i: int) -> tuple[int, int] | None:
    """The owner of the medium a source phrase at token ``i`` names ("a post on the ministry's
    Telegram channel", "a statement on the Russian Defence Ministry's website", "the ministry's
    Telegram channel"): its first token and where its mention ends (before the "'s"); None if
    the phrase names no medium with an owner. A medium is not who speaks; its owner is."""
    rules, tt = doc.rules, toks.text
    stop = i
    while stop < len(tt) and stop - i < 14 and strip_possessive(doc, tt[stop]).replace("-", "").isalnum():
        stop += 1
    o = stop - 1
    media = rules.medium_nouns | rules.document_nouns
    while o > i and tt[o].lower() in media:
        o -= 1  # 'Telegram channel', 'report'
    if o == stop - 1:
        return None
    if o > i + 1 and tt[o].isalpha() and tt[o].islower() and tt[o].lower() not in rules.function_words:
        o -= 1  # 'the mission's weekly bulletin'
    if strip_possessive(doc, tt[o]) == tt[o]:
        return None
    start = i
    for p in range(o - 1, i - 1, -1):
        if tt[p].lower() in rules.object_prepositions:
            words = [strip_possessive(doc, w).lower() for w in tt[i:p]]
            said = rules.medium_nouns | rules.document_nouns | doc.lex.cue_nouns
            if not any(w in said for w in words):
                return None  # 'the head of the ministry's press service': a person
            start = p + 1
            break
        if tt[p].lower() in rules.head_prepositions or tt[p].lower() in doc.lex.cue_forms:
            return None  # 'a video posted on ...', 'the head of ...'
    owner = strip_possessive(doc, tt[o])
    if not (is_name(doc, owner) or speaking_head(doc, owner.lower())):
        return None
    return start, toks.start[o] + len(owner)


def _press_question(doc: Doc, attr: Attr) -> bool:
    """Is the attribution a journalist's question ('Reporters asked whether ...', 'A journalist
    questioned the figures')? The guidelines: journalists' questions are not statements."""
    words = attr.mention.split(",")[0].split()
    if not words or strip_possessive(doc, words[-1]).lower() not in doc.rules.questioner_heads:
        return False
    cue = attr.cue.lower()
    return _lemma(doc, cue) in doc.rules.asking_lemmas or cue in doc.rules.question_cues


def _negated_subject(doc: Doc, toks: Tokens, attr: Attr) -> bool:
    """Is the speaker's phrase opened by a negative determiner ('No group', 'no official'), its
    own or the one before it (the phrase may leave the determiner out)?"""
    words = attr.mention.split()
    if words and words[0].lower() in doc.rules.negative_determiners:
        return len(words) > 1
    k = tok_index(toks, attr.m_start)
    return k is not None and k > 0 and toks.text[k - 1].lower() in doc.rules.negative_determiners


def _participle_modifier(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the cue a past participle that modifies the noun before it, with 'to' after it: hearsay
    ('Shares in the company said to be the target of the bid', 'a man believed to have fled')
    or a relation ('groups linked to al Qaeda'), not a verb ('The ministry said to reporters')?"""
    rules, tt = doc.rules, toks.text
    if ci == 0 or cj + 2 >= len(tt) or tt[cj + 1].lower() != rules.infinitive_marker:
        return False
    cue = tt[cj].lower()
    participle = cue.endswith(rules.past_suffix) or cue in rules.passive_participles
    if not participle or not tt[ci - 1][:1].isalpha():
        return False
    return tt[cj + 2].lower() in rules.hearsay_infinitives or cue in rules.modifier_participles


def _source_complement(doc: Doc, toks: Tokens, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The speaker phrase ``np`` with what makes it a source after it ('people | familiar with
    the matter', 'two officials | close to the talks'), read up to punctuation; else ``np``."""
    rules, tt = doc.rules, toks.text
    if np is None or np[1] + 3 >= len(tt) or tt[np[1] + 1].lower() not in rules.source_modifiers:
        return np
    k = np[1] + 2
    if tt[k].lower() not in rules.head_prepositions and tt[k].lower() not in rules.object_prepositions:
        return np
    j = k + 1
    while j < len(tt) and j - k < 8 and (tt[j][:1].isalnum() or tt[j] in rules.possessive_last):
        verb = tt[j] in doc.lex.cue_forms or tt[j] in rules.finite_auxiliaries
        relative = tt[j].lower() in doc.lex.relative_words and tt[j].lower() not in doc.lex.determiners
        if verb or relative:  # 'that meeting' goes on
            break  # '... close to the talks | who declined to be named'
        j += 1
    return (np[0], j - 1) if j > k + 1 else np


def _anonymous_data(doc: Doc, toks: Tokens, np: tuple[int, int]) -> bool:
    """Is the phrase ``np`` a measurement ('data', 'figures', 'pricing') or hearsay ('reports',
    'sources') that names no issuer:
    no known state or body, no name and no institution among its words ('Official data',
    'money-market pricing'; not 'UN figures', 'government data'), and no issuer after it ('data
    from the statistics office', 'figures released by the ministry')? The codebook: with no
    identifiable source there is no statement."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    i, j = np
    head = strip_possessive(doc, tt[j]).lower()
    hearsay = head in rules.hearsay_nouns
    if hearsay:
        # 'according to reports', 'unconfirmed media reports said' (hearsay); not 'security
        # sources said' (a role) nor 'Russian media reports' (a name)
        words = (tt[k].lower() for k in range(i, j))
        if not all(w in lex.determiners or w in rules.hearsay_modifiers for w in words):
            return False
        before = " ".join(tt[max(0, i - 2) : i])
        if i > 0 and tt[i - 1][:1].isalnum() and before not in lex.according_to:
            return False  # 'an analysis of newly filed reports shows': the analysis speaks
    elif head not in rules.data_nouns:
        return False

    def issuer(k: int) -> bool:
        word = strip_possessive(doc, tt[k])
        low = word.lower()
        if low in lex.institution_heads or low in rules.body_words or doc.gaz.actor_of(word) is not None:
            return True
        return opening_name(doc, toks, k) if k == 0 else is_name(doc, word)

    if not hearsay and any(issuer(k) for k in range(i, j)):
        return False
    k = j + 1
    if k < len(tt) and tt[k].lower() not in rules.head_prepositions and tt[k].lower() != rules.agent_marker:
        k += 1  # 'figures released by', 'data compiled from'
    if k < len(tt) and (tt[k].lower() in rules.head_prepositions or tt[k].lower() == rules.agent_marker):
        # the phrase after the preposition, up to punctuation or a verb ('from the central bank')
        for n in range(k + 1, min(k + 7, len(tt))):
            if not tt[n][:1].isalnum() or tt[n] in lex.cue_forms or tt[n] in rules.finite_auxiliaries:
                break  # not 'State' in 'our State Committee': a verb is in lower case
            if issuer(n):
                return False
    return True


def _weak_subject_speaks(doc: Doc, toks: Tokens, ci: int, cj: int, document: bool) -> bool:
    """Does a weak cue that ``weak_ok`` refused still speak: after a document ('one study found
    ...') or after a known state or body that opens the sentence ('Austria backed the plan'),
    with no other cue right after it?"""
    if document or _document_subject(doc, toks, ci):
        return True
    tt = toks.text
    if any(t.lower() in doc.rules.recordings for t in tt[cj + 1 : cj + 4]):
        return False  # 'Pashinyan posted a photo on Instagram': a picture, no words
    return _named_subject(doc, toks, ci) and not any(t in doc.lex.cue_forms for t in tt[cj + 1 : cj + 3])


def _weak_comma_speaks(doc: Doc, toks: Tokens, attr: Attr, ci: int, document: bool) -> bool:
    """Does a weak cue that ``weak_ok`` refused speak for the subject before its comma: a
    document, or a known state or body that opens the sentence or a clause ('Moscow, for its
    part, backed the plan', 'Kazakhstan, which ..., is ready to ...'), not a company or a person
    ('The company, in which ..., posted a loss')?"""
    if document or _document_subject(doc, toks, ci):
        return True
    k = tok_index(toks, attr.m_start)
    if k is None or (k > 0 and toks.text[k - 1].lower() not in doc.rules.conjunctions):
        return False  # the name opens the sentence or a clause after 'and' ('..., and Ghana, ...')
    return doc.gaz.actor_of(attr.mention) is not None


def _issuer_of_document(doc: Doc, toks: Tokens, attr: Attr, m: CueMatch) -> Attr | None:
    """'The ministry issued a statement saying ...': the participle's 'speaker' is a document
    that the clause's subject issued, and the subject speaks."""
    tt = toks.text
    k = tok_index(toks, attr.m_start)
    words = attr.mention.split()
    if k is not None and words and strip_possessive(doc, words[-1]).lower() in doc.rules.medium_nouns:
        # 'posted a statement on its website calling for ...': the document before its medium
        cut = next((i for i in range(1, len(words)) if words[i].lower() in doc.rules.object_prepositions), 0)
        if cut:
            words = words[:cut]  # 'a letter on X'
        elif k >= 3 and tt[k - 1].lower() in doc.rules.object_prepositions:
            d = k - 2  # 'a statement | on | its website'
            while d > 0 and tt[d - 1].lower() in doc.lex.determiners:
                d -= 1
            k, words = d, tt[d : k - 1]
    if k is None or k == 0 or not words or not _document_head(doc, words[-1].lower()):
        return None
    if tt[k - 1].lower() not in doc.rules.issuing_verbs:
        return None
    subject = _verb_subject(doc, toks, k - 1)
    if subject is None:
        return None
    return Attr(subject.mention, subject.m_start, subject.m_end, m.word, m.start, m.end)


def _verb_subject(doc: Doc, toks: Tokens, v: int) -> Attr | None:
    """The subject of the verb at token ``v`` (issued, used), read back as a cue's speaker is."""
    tt = toks.text
    verb = CueMatch(tt[v], toks.start[v], toks.start[v] + len(tt[v]))
    return _backward(doc, toks, verb, v)


def _quoted_as(doc: Doc, toks: Tokens, ci: int) -> tuple[int, int] | None:
    """The person an agency quotes, when the cue is 'as saying' after 'quoted X' ('Interfax
    quoted a Russian diplomat as saying ...'): X speaks, not the agency."""
    tt, rules = toks.text, doc.rules
    participle = tt[ci].lower().endswith(rules.participle_suffix)
    if ci < 4 or tt[ci - 1].lower() != rules.as_marker or not participle:
        return None
    np = np_back(doc, toks, ci - 2)
    if np is not None and np[0] >= 1 and tt[np[0] - 1].lower() not in rules.quoting_verbs:
        # 'cited a source | in the Defence Ministry as saying': the person the place follows
        start = _complement_head(doc, toks, np[0])
        if start is not None and 1 <= start < np[0] and tt[start - 1].lower() in rules.quoting_verbs:
            return start, np[1]
    if np is None or np[0] < 1 or tt[np[0] - 1].lower() not in rules.quoting_verbs:
        return None
    return speaker_np(doc, toks, np)


def _compound_noun(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is token ``k`` a cue word that opens a compound noun with the next token ('think
    tank')?"""
    tt = toks.text
    return k + 1 < len(tt) and tt[k + 1].lower() in doc.rules.noun_compounds.get(tt[k].lower(), ())


def _object_of_infinitive(doc: Doc, toks: Tokens, attr: Attr, ci: int) -> bool:
    """Is the cue an infinitive ('to condemn') whose 'speaker' is the object of a verb before it
    ('expect the Russian side to', 'urged Azerbaijan to'), someone asked or expected to speak?"""
    tt, rules = toks.text, doc.rules
    if ci < 2 or tt[ci - 1].lower() != rules.infinitive_marker:
        return False
    k = tok_index(toks, attr.m_start)
    if k is None or k == 0:
        return False
    verb = tt[k - 1]
    plain = verb.isalpha() and verb.islower()
    return plain and verb not in rules.function_words and verb not in rules.be_forms


def _ritual(doc: Doc, toks: Tokens, cj: int) -> bool:
    """Is the cue a verb of saying whose object is a rite or a greeting, not words reported
    ('said Mass', 'said a prayer', 'say goodbye'), a verb of claiming whose object is a result
    ('claimed a 2-1 win', 'claimed the title', 'claimed 12 lives'), or a reply made by an act
    ('responded by banning imports')?"""
    rules, tt = doc.rules, toks.text
    if tt[cj].lower() in rules.act_cues:
        return _act(doc, toks, cj)
    lemma = _lemma(doc, tt[cj])
    if lemma in rules.act_manner_lemmas and cj + 2 < len(tt) and tt[cj + 1].lower() == rules.agent_marker:
        # 'Moscow responded by banning imports': an act; 'responded by saying' has its own cue,
        # and 'responded by using the example of X to prove that ...' states something
        gerund = tt[cj + 2]
        if not (gerund.islower() and gerund.endswith(rules.participle_suffix)):
            return False
        if gerund in doc.lex.cue_forms and gerund not in doc.lex.weak_cues:
            return False  # 'responded by saying'; not 'by recalling its ambassador'
        return not any(t in rules.complementisers or t in rules.open_quotes or t == '"' for t in tt[cj + 3 :])
    if lemma in rules.ritual_cue_lemmas:
        objects = rules.ritual_objects
    elif lemma in rules.result_cue_lemmas:
        objects = rules.result_objects
    else:
        return False
    k = cj + 1
    if k < len(tt) and tt[k].lower() in rules.articles:
        k += 1
    while objects is rules.result_objects and k < len(tt) and k - cj <= 4 and (
        tt[k][:1].isdigit() or (tt[k].islower() and tt[k].isalpha() and tt[k].lower() not in objects)
    ):
        k += 1  # 'a 2-1 win', 'a third straight title', '12 lives'
    if not (k < len(tt) and tt[k].lower() in objects):
        return False
    # the object ends its phrase ('said Mass in ...'), not a modifier ('said mass graves ...'),
    # nor a clause's subject ('claimed the win was fraudulent')
    if k + 1 < len(tt) and tt[k + 1].lower() in rules.finite_auxiliaries:
        return False
    return k + 1 == len(tt) or not tt[k + 1][:1].isalnum() or tt[k + 1].lower() in rules.function_words


def _literal_object(doc: Doc, toks: Tokens, cue: str, cj: int) -> bool:
    """Does a cue read literally here, by the object that follows within three words ('slammed
    the door', 'declared independence', 'stood by a barricade')?"""
    objects = doc.rules.literal_objects.get(cue.lower())
    if not objects:
        return False
    for t in toks.text[cj + 1 : cj + 4]:
        low = t.lower()
        if low in objects:
            return True
        if low in doc.rules.complementisers or not t[:1].isalnum():
            return False  # 'declared that the war was over': a clause, what was said
    return False


def _act(doc: Doc, toks: Tokens, cj: int) -> bool:
    """Is the cue at ``cj`` a verb whose object is an act ('concluded his two-day visit to the
    region', 'concluded four days of talks', 'concluded a treaty with Baku'), not a finding
    ('concluded that ...', 'concluded the talks had failed')? The object comes within five
    words of determiners, owners, numbers, modifiers and names."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    k = cj + 1
    while k < len(tt) and k - cj <= 5 and tt[k].lower() not in rules.act_objects:
        t, low = tt[k], tt[k].lower()
        word = t.replace("-", "").replace("'", "").replace("\u2019", "").isalnum()
        plain = not (
            low in rules.function_words or low in lex.cue_forms or low in lex.relative_words
        ) or low in rules.head_prepositions
        if not (word and plain):
            return False
        k += 1
    if not (k < len(tt) and tt[k].lower() in rules.act_objects):
        return False
    return k + 1 == len(tt) or tt[k + 1].lower() not in rules.finite_auxiliaries


def _plural_noun_cue(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is the cue word ``k`` in '-s' a plural noun because a finite verb follows it at once
    ('advocates have', 'claims are', 'critics say')? A verb in '-s' is never followed by an
    auxiliary or by another finite verb of saying."""
    tt = toks.text
    word = tt[k].lower()
    if k + 1 >= len(tt) or not word.endswith("s") or word.endswith("ss"):
        return False
    after = tt[k + 1].lower()
    if after not in doc.rules.finite_auxiliaries and (
        after not in doc.lex.cue_forms or after.endswith(doc.rules.participle_suffix)
    ):
        return False  # 'tweets saying ...': a participle after it keeps the old reading
    # after a name or a pronoun the word is their verb in a relative clause ('Everything Trump
    # says is a lie', 'what he claims is false'), not a noun
    return k == 0 or not (tt[k - 1].lower() in doc.lex.pronouns or opening_name(doc, toks, k - 1))


def _progressive(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the '-ing' cue a verb after a form of 'be' ('is promising to', 'are slamming the
    tariff'), with more of its clause after it (not 'the results are promising.')?"""
    tt, rules = toks.text, doc.rules
    if not (_after_be(doc, toks, ci) and cj + 1 < len(tt) and tt[cj + 1][:1].isalnum()):
        return False
    k = ci - 1
    while k >= 0 and tt[k].lower() not in rules.be_forms:
        k -= 1  # back to the form of 'be' (_after_be found it within three tokens)
    return k == 0 or tt[k - 1].lower() not in rules.expletive_subjects  # not 'It is encouraging that'


def _comma_participle(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the '-ing' cue of naming a participle that opens a clause after a comma, its object
    after it ('..., went further, calling the agreement "a betrayal"')?"""
    tt, lex, rules = toks.text, doc.lex, doc.rules
    if ci < 2 or tt[ci - 1] != "," or cj + 1 >= len(tt) or _lemma(doc, tt[ci]) not in rules.naming_cue_lemmas:
        return False  # 'promising', 'pledging' name no speech of their own ('..., promising to meet')
    nxt = tt[cj + 1]
    low = nxt.lower()
    return low in lex.determiners or low in rules.object_pronouns or is_name(doc, nxt)


def _relative_document_issuer(doc: Doc, toks: Tokens, ci: int) -> Attr | None:
    """The subject of the verb that issued or signed the document a relative clause opening at
    the cue ``ci`` speaks of ('The ministry issued a statement | that condemned ...', 'signed
    a joint declaration which calls for ...'), or None."""
    tt, rules = toks.text, doc.rules
    if ci < 4:
        return None
    np = np_back(doc, toks, ci - 2)
    if np is None or np[0] < 2 or not _document_head(doc, strip_possessive(doc, tt[np[1]]).lower()):
        return None
    verb = tt[np[0] - 1].lower()
    if verb not in rules.issuing_verbs and verb not in rules.signing_verbs:
        return None  # not 'The envoy read a letter that ...': it may be another's
    if tt[np[0] - 2].lower() in rules.be_forms:
        return None  # 'a statement was issued': the agent, if any, is read elsewhere
    return _verb_subject(doc, toks, np[0] - 1)


def _expletive_infinitive(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the infinitive cue at ``ci`` the extraposed subject of 'it is' and an adjective ('It
    is too early to say', 'it was hard to tell'), which names nobody who speaks?"""
    tt, rules = toks.text, doc.rules
    for k in range(ci - 3, max(ci - 6, 0), -1):
        if tt[k].lower() in rules.be_forms:
            between = tt[k + 1 : ci - 1]
            plain = all(w.isalpha() and w.islower() for w in between)
            return plain and tt[k - 1].lower() in rules.expletive_subjects and (k < 2 or tt[k - 2] != ",")
    return False


def _response_owner(doc: Doc, toks: Tokens, ci: int) -> tuple[int, int] | None:
    """The owner of a response noun that is the subject of 'was to' before the infinitive cue
    at ``ci`` ("The minister's response was to say ..."): the tokens of the owner phrase, its
    possessive included, or None."""
    tt, rules = toks.text, doc.rules
    if ci < 4 or tt[ci - 2].lower() not in rules.be_forms or tt[ci - 3].lower() not in rules.response_nouns:
        return None
    owner = ci - 4
    if not rules.possessive.search(tt[owner]):
        return None
    np = np_back(doc, toks, owner)
    return np if np is not None and np[1] == owner else None


def _occasion_subject(doc: Doc, toks: Tokens, ci: int) -> Attr | None:
    """The subject of the verb whose object is an occasion the infinitive cue at ``ci`` is
    said on ('The minister used the briefing | to say', 'took the opportunity | to warn'), or
    None: not an object that is asked or made to speak ('urged Baku to condemn')."""
    tt, rules = toks.text, doc.rules
    if ci < 4 or tt[ci - 1].lower() != rules.infinitive_marker:
        return None
    np = np_back(doc, toks, ci - 2)
    if np is None or np[0] < 2 or tt[np[1]].lower() not in rules.occasion_nouns:
        return None
    verb = tt[np[0] - 1]
    plain = verb.isalpha() and verb.islower()
    if not plain or verb in rules.function_words or verb in rules.be_forms or verb in rules.request_verbs:
        return None
    if tt[np[0] - 2].lower() in rules.be_forms or _lemma(doc, tt[ci]) in rules.asking_lemmas:
        return None  # 'Reporters were given an opportunity to ask ...': given it, and a question
    return _verb_subject(doc, toks, np[0] - 1)


def _raised(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the cue the infinitive of a raising verb ('seemed to suggest', 'appears to back'),
    whose subject speaks, not a noun after the preposition 'to'?"""
    tt, rules = toks.text, doc.rules
    if ci < 2 or tt[ci - 1].lower() != rules.infinitive_marker:
        return False
    return tt[ci - 2].lower() in rules.raising_verbs


def silent(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Does the cue at tokens ``ci..cj`` report silence, which has no content ('did not
    immediately respond', 'has not commented on', 'did not deny this', 'has not confirmed the
    deaths', 'declined to comment', 'refused to say', 'said nothing about the border')?"""
    rules, tt = doc.rules, toks.text
    cue = " ".join(tt[ci : cj + 1]).lower()
    if cue in rules.refusal_cues:
        return (
            cj + 2 < len(tt)
            and tt[cj + 1].lower() == rules.infinitive_marker
            and tt[cj + 2].lower() in rules.silence_verbs
        )
    nothing = cj + 1 < len(tt) and tt[cj + 1].lower() in rules.silence_objects
    if nothing and _lemma(doc, cue) in rules.silence_object_lemmas:
        # 'said nothing about the border'; not 'said nothing had changed', which reports content
        return _object_ends(doc, toks, cj + 1)
    if cue not in rules.silence_cues:
        # 'did not say when the talks would resume', 'has not explained why': what was not said
        k = cj + 1
        while k < len(tt) and is_adverb(doc, tt[k]):
            k += 1  # 'did not say publicly whether'
        if not (k < len(tt) and tt[k].lower() in rules.silence_questions):
            return False

    def negation(w: str) -> bool:
        return w in rules.negations or w.endswith(rules.negation_suffixes)

    return _in_verb_group(doc, toks, ci, ci, negation) >= 0  # 'did not immediately respond'


def _object_ends(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does the object at token ``k`` end its phrase: the sentence's or a clause's end, a
    preposition or an adverb after it ('nothing about the border', 'nothing publicly'), not a
    verb that makes it a clause's subject ('nothing had changed')?"""
    rules, tt = doc.rules, toks.text
    if k + 1 >= len(tt) or not tt[k + 1][:1].isalnum():
        return True
    nxt = tt[k + 1].lower()
    prepositions = (rules.object_prepositions, rules.head_prepositions, rules.locative_prepositions)
    return any(nxt in p for p in prepositions) or is_adverb(doc, tt[k + 1])


def _after_modal(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the cue the verb of a modal ('could call on', 'would not tell', 'might soon
    announce'), with only auxiliaries and adverbs between? A speaker's own 'I must say', 'my
    delegation would stress' says it."""
    rules, tt = doc.rules, toks.text
    k = _in_verb_group(doc, toks, ci, 4, lambda w: w in rules.modals, lower=False)
    if k < 0:
        return False
    subject = tt[k - 1].lower() if k > 0 else ""
    return subject not in doc.lex.first_person and not (k > 1 and tt[k - 2].lower() in rules.self_owners)


def _after_semi_modal(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the cue an infinitive after a verb of need, wish, plan or readiness ('has to tell',
    'wants to say', 'plans to announce', 'is ready to sign'), with only adverbs between? What
    someone must, wants or plans to say is not said. A speaker's own 'I want to stress' says it."""
    rules, tt = doc.rules, toks.text
    k = _in_verb_group(doc, toks, ci, 3, lambda w: w == rules.infinitive_marker)
    j = _in_verb_group(doc, toks, k, 3, lambda w: w in rules.semi_modals) if k > 0 else -1
    if j < 0:
        return False
    subject = tt[j - 1].lower() if j > 0 else ""
    if subject in rules.be_forms or subject in doc.lex.auxiliaries:
        subject = tt[j - 2].lower() if j > 1 else ""  # 'we are ready to', 'I do want to'
    return subject not in doc.lex.first_person and not (j > 1 and tt[j - 2].lower() in rules.self_owners)


def _time_clause_event(doc: Doc, toks: Tokens, attr: Attr, cj: int) -> bool:
    """Is the attribution an act in a clause of time ('after the union objected', 'when it
    backed the mayor'), with no reported content ('that', a quote) after its cue?"""
    rules, tt = doc.rules, toks.text
    if _lemma(doc, attr.cue) not in rules.event_lemmas:
        return False
    i = tok_index(toks, attr.m_start)
    k = -1 if i is None else i - 1
    while k >= 0 and i is not None and i - k <= 4 and tt[k].lower() not in rules.time_subordinators:
        word = tt[k][:1].isalnum() or tt[k] in rules.possessive_last
        if not word or tt[k].lower() in rules.function_words:
            return False  # 'the farmers' union' before the speaker's name, nothing else
        k -= 1
    if k < 0 or tt[k].lower() not in rules.time_subordinators:
        return False
    quotes = rules.open_quotes + '"'
    for t in tt[cj + 1 : cj + 8]:
        if t.lower() in rules.complementisers or t in quotes:
            return False
        if t in {",", ";", "."}:
            break
    return True


def _noun_form(doc: Doc, toks: Tokens, attr: Attr, ci: int) -> bool:
    """Is a bare cue form ('state', 'plan', 'support', 'rule', 'attack') a noun: after an article
    or a possessive determiner ('to the state'), or right after a singular subject ('the Harmon
    plan', '38 percent support', 'democratic rule'), where a verb would take its suffix ('the
    ministry states')? Only when the subject is sure: not a preposition's object after a plural
    ('Data from the survey show'), a list or a plural determiner ('Those close to him say')."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    cue = tt[ci]
    if not cue.islower() or cue + rules.plural_suffix not in lex.cue_forms or cue in rules.bare_past_forms:
        return False  # not a bare form ('said', 'states', 'read')
    before = tt[ci - 1].lower() if ci > 0 else ""
    if before in rules.articles or before in rules.owner_determiners:
        return True
    first = tok_index(toks, attr.m_start)
    last = ci - 1
    while last > 0 and tt[last].lower() in rules.be_forms:
        last -= 1  # 'he was back'
    if first is None or toks.stop(last) != attr.m_end or tt[first].lower() in rules.plural_determiners:
        return False  # an auxiliary or an adverb between ('did state', 'will say'): a verb
    if any(w.lower() in rules.list_and or w == "&" or w == "," for w in tt[first : last + 1]):
        return False  # 'Lind and Ruiz say'
    if tt[first].lower() in rules.articles and tt[first].lower() not in rules.article_the:
        return True  # 'a large-scale military attack': 'a' makes one, and one 'attacks'
    head = first
    while head < last and tt[head + 1].lower() not in rules.head_prepositions:
        head += 1  # the head is before its complement ('Figures from the agency show')
    if head > first and tt[head].lower() in rules.source_modifiers:
        head -= 1  # 'People familiar with the talks say', 'Sources close to him say'
    if not _singular(doc, tt[head]):
        return False
    if first == 0 or tt[head].lower() in lex.pronouns:
        return True  # 'he was back': a pronoun is the whole subject
    prev = tt[first - 1].lower()
    if prev in rules.head_prepositions and prev != rules.infinitive_marker and first >= 2:
        return _singular(doc, tt[first - 2])  # 'the site of the Lisbon attack', not 'Data from X show'
    # not '... the 2019 Survey show', 'observers around the country say': the subject is before
    return prev.isalpha() and prev not in rules.function_words and prev not in rules.more_prepositions


def _singular(doc: Doc, word: str) -> bool:
    """Is the noun or pronoun ``word`` singular, so that a verb after it takes its suffix?"""
    rules, lex = doc.rules, doc.lex
    low = strip_possessive(doc, word).lower()
    if low in lex.pronouns:
        return lex.pronouns[low] in {"person", "institution"} and low not in rules.object_pronouns
    if not low.isalnum() or low in lex.determiners or low in rules.plural_heads or low in lex.first_person:
        return False
    if word[:1].isupper() and low.endswith(tuple(rules.plural_name_endings)):
        return False  # 'the French', 'the Chinese': a people
    return not low.endswith(rules.plural_suffix)


def _object_speaks(doc: Doc, toks: Tokens, attr: Attr, cj: int) -> bool:
    """Is the cue an act on a text whose own words follow in a relative clause ('vetoed the
    resolution, which demands ...', 'opposed a draft that urged ...')? What the relative clause
    says is the text's, not the actor's."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    if _lemma(doc, attr.cue) not in rules.event_lemmas:
        return False
    for k in range(cj + 1, min(cj + 10, len(tt) - 1)):
        if tt[k].lower() in lex.relative_words and k > cj + 1:
            noun = tt[k - 2] if tt[k - 1] == "," else tt[k - 1]
            nxt = tt[k + 1]
            return (
                noun.lower() in rules.voted_texts
                and nxt.islower()
                and nxt in lex.cue_forms
                and _lemma(doc, nxt) not in rules.event_lemmas
            )
        if tt[k] in {";", ":"} or tt[k] in lex.cue_forms:
            return False
    return False


def _relative_after(doc: Doc, attr: Attr) -> bool:
    """Does a relative clause set off by a comma follow the speaker ('Economist Jane Roe, who
    studies trade, said ...')? Then the phrase after the cue is what was said, not the speaker."""
    after = doc.text[attr.m_end : attr.m_end + 16]
    words = after.split()
    return after.startswith(",") and len(words) > 1 and words[1].lower() in doc.lex.relative_words


def _named_subject(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the cue's subject a name that opens its sentence ('Austria backed the plan', 'Roe
    cited the remarks')? A weak cue after it states the name's position."""
    found = backward_np(doc, toks, ci - 1)
    if found is None or found[1] is not None:
        return False
    i, j = found[0]
    tt = toks.text
    if i != 0 or not is_name(doc, tt[j]) or doc.lex.pronouns.get(tt[j].lower()):
        return False
    if not all(is_name(doc, t) or t.lower() in doc.lex.np_connectors for t in tt[i : j + 1]):
        return False
    return doc.gaz.actor_of(span_text(doc, toks, i, j)) is not None  # a known state or body


def _after_be(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the cue after a form of 'be' (adverbs between: 'was first declared')?"""
    # up to three auxiliaries or adverbs between ('was first declared')
    return _in_verb_group(doc, toks, ci, 4, lambda w: w in doc.rules.be_forms) >= 0


def _in_verb_group(
    doc: Doc, toks: Tokens, ci: int, reach: int, wanted: Callable[[str], bool], lower: bool = True
) -> int:
    """The token before the cue at ``ci``, at most ``reach`` tokens back, that is ``wanted`` (a
    negation, a modal, a form of 'be'; tested in lower case unless ``lower`` is False), with only
    auxiliaries and adverbs between ('did not immediately respond', 'could soon call'); or -1."""
    tt = toks.text
    k = ci - 1
    while k >= 0 and ci - k <= reach:
        low = tt[k].lower()
        if wanted(low if lower else tt[k]):
            return k
        if low not in doc.lex.auxiliaries and not is_adverb(doc, tt[k], 3):
            return -1
        k -= 1
    return -1


def _claim_participle(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the cue a past participle after a comma, an article and a claim noun, its agent after
    it ('..., a claim denied by Yerevan', '..., a charge rejected by the ministry')?"""
    rules, tt = doc.rules, toks.text
    if ci != cj or ci < 3 or cj + 2 >= len(tt) or not tt[ci].lower().endswith(rules.past_suffix):
        return False
    claim = tt[ci - 1].lower() in rules.claim_nouns and tt[ci - 2].lower() in rules.articles
    return claim and tt[ci - 3] == "," and tt[cj + 1].lower() == rules.agent_marker


def _kept_object(doc: Doc, toks: Tokens, attr: Attr, ci: int) -> bool:
    """Whether the speaker found is the object of a verb of keeping ('keep the families
    informed of every step'), so the cue after it is an object complement."""
    k = tok_index(toks, attr.m_start)
    return k is not None and any(w.lower() in doc.rules.keeping_verbs for w in toks.text[max(k - 1, 0) : ci])


def _reduced_passive(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the cue a past participle that modifies the common noun before it, its agent after it
    at once ('A petition signed by 10,000 residents', 'a resolution drafted by France'), with
    another cue later in the sentence to be the verb ('... called on the mayor to resign')?"""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    cue = tt[ci].lower()
    if ci != cj or ci == 0 or not cue.endswith(rules.past_suffix) or cj + 2 >= len(tt):
        return False
    if tt[cj + 1].lower() != rules.agent_marker:
        return False
    prev = tt[ci - 1]
    low = prev.lower()
    if not (prev.isalpha() and prev.islower() and low not in lex.auxiliaries and low not in lex.pronouns):
        return False  # not 'It was signed by', 'Russia signed'
    if low in rules.function_words or low in lex.cue_forms or is_adverb(doc, prev):
        return False
    return any(t.lower() in lex.cue_forms for t in tt[cj + 2 :])


def _posted_recording(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the cue a past participle right after a recording ('A video posted on social media
    showed ...', 'Footage posted online by the ministry showed ...')? It modifies the noun, and
    what a recording shows is nobody's statement. (A document's 'A statement posted on the
    website said ...' stays the document's.)"""
    rules, tt = doc.rules, toks.text
    if ci != cj or ci < 1 or not tt[ci].lower().endswith(rules.past_suffix):
        return False
    return tt[ci - 1].lower() in rules.recordings


def _agent_follows(doc: Doc, toks: Tokens, cj: int) -> bool:
    """Does 'by' follow the cue within four tokens, before any comma?"""
    for t in toks.text[cj + 1 : cj + 5]:
        if t == ",":
            return False
        if t.lower() == doc.rules.agent_marker:
            return True
    return False


def _passive(doc: Doc, toks: Tokens, m: CueMatch, cj: int) -> Attr | None:
    """A passive cue speaks for its agent ('was first declared by President Nixon'), if any."""
    tt = toks.text
    k = cj + 1
    while k < len(tt) and k - cj <= 4 and tt[k].lower() != doc.rules.agent_marker:
        k += 1
    if k >= len(tt) or tt[k].lower() != doc.rules.agent_marker:
        return _source_document(doc, toks, m, cj)
    found = forward_np(doc, toks, k + 1)
    np = speaker_np(doc, toks, found)
    if np is None and found is not None and found[0] == found[1] and is_name(doc, tt[found[0]]):
        np = found  # 'It was reported by Interfax that ...': a name after 'by' is the agent, no place
    topic = _lemma(doc, m.word) in doc.rules.topic_cue_lemmas and np is not None and np[1] + 1 < len(tt)
    if topic and np is not None and tt[np[1] + 1].lower() in doc.rules.topic_only_prepositions:
        rest = {t.lower() for t in tt[np[1] + 1 :]}
        if not rest & doc.rules.complementisers:
            return None  # 'were informed by the authorities of the measures': a topic, no content
    return _np_attr(doc, toks, np, m) if np is not None else None


def _source_document(doc: Doc, toks: Tokens, m: CueMatch, cj: int) -> Attr | None:
    """'It was stressed in the statement that ...' (translated official prose): the document
    the impersonal passive names speaks, as 'the statement stressed that ...' would, when 'it'
    is the subject and 'that' follows; None otherwise ('The village was mentioned in the
    report.', 'It is noted with concern that ...': no source)."""
    tt, rules = toks.text, doc.rules
    ci = tok_index(toks, m.start)
    if ci is None or not any(t.lower() in rules.expletive_subjects for t in tt[max(0, ci - 3) : ci - 1]):
        return None
    for k in range(cj + 1, min(len(tt), cj + 5)):
        if tt[k].lower() in rules.passive_source_prepositions:
            break
    else:
        return None
    if k + 1 >= len(tt) or tt[k + 1].lower() not in rules.articles:
        return None
    for h in range(k + 2, min(len(tt) - 1, k + 5)):  # 'the statement', 'the final communique'
        if tt[h].lower() in rules.document_nouns and tt[h + 1].lower() in rules.complementisers:
            return _np_attr(doc, toks, (k + 1, h), m)
        if not tt[h].islower():
            break
    return None


def _lemma(doc: Doc, cue: str) -> str:
    forms = doc.lex.cue_forms
    lemma = forms.get(cue)
    return lemma if lemma is not None else forms.get(cue.lower(), "")


def _asked_to(doc: Doc, toks: Tokens, m: CueMatch, np: tuple[int, int]) -> bool:
    """Is the phrase after a verb of asking followed by an infinitive ('calls upon Azerbaijan
    to withdraw', 'urged Baku to'), so that it is the one asked?"""
    tt, rules = toks.text, doc.rules
    first = m.word.split()[0].lower()
    k = np[1] + 1
    if first not in rules.request_verbs or k + 1 >= len(tt) or tt[k].lower() != rules.infinitive_marker:
        return False
    return tt[k + 1].isalpha() and tt[k + 1].islower() and tt[k + 1] not in doc.lex.determiners


def _inverted(doc: Doc, toks: Tokens, m: CueMatch, ci: int, cj: int) -> Attr | None:
    """'"...," said the ministry' / ', added the statement.': the speaker after the cue. After a
    bare comma only a verb of saying inverts ('X, told reporters' has no speaker after it)."""
    rules, tt = doc.rules, toks.text
    prev = tt[ci - 1] if ci > 0 else ""
    if not (prev in rules.inverting or ci == 0):
        return None
    if m.word.endswith(rules.participle_suffix):
        return None  # '..., warning that Britain's exit ...': a participle's speaker is its clause's subject
    quote = rules.close_quotes + "\"'\u2019"
    after_quote = prev in quote or (prev == "," and ci >= 2 and tt[ci - 2] in quote)
    if not (after_quote or ci == 0 or _lemma(doc, m.word) in rules.invertible_lemmas):
        return None
    if cj + 1 < len(tt) and tt[cj + 1].lower() in rules.leading_connectors:
        return None  # '..., said of RT': a preposition, not the speaker, follows the cue
    np = _source_complement(doc, toks, speaker_np(doc, toks, forward_np(doc, toks, cj + 1)))
    np = np or _body_head(doc, toks, cj + 1)
    if np is None or (is_time_np(doc, toks, np) and not _body_head(doc, toks, np[0])):
        return None
    if _clause_follows(doc, toks, _after_participle_phrase(doc, toks, np[1] + 1)):
        return None
    if _asked_to(doc, toks, m, np):
        return None  # '... calls upon Azerbaijan to withdraw': whom a call asks, not who speaks
    attr = _np_attr(doc, toks, np, m, inverted=True)
    tail = _apposition(doc, toks, np[1] + 1)
    if tail is not None:  # the title after the name: 'X, a spokesman for the mission'
        attr.mention = doc.text[attr.m_start : toks.stop(tail)]
        attr.m_end = toks.stop(tail)
    return attr


def _body_head(doc: Doc, toks: Tokens, k: int) -> tuple[int, int] | None:
    """An article at token ``k`` and a lower-case head that speaks, no document, that end the
    clause ('..., said the watchdog.', '..., added the think-tank, which ...'), as a phrase."""
    tt = toks.text
    if k + 1 >= len(tt) or tt[k].lower() not in doc.rules.articles:
        return None
    for last in (k + 1, k + 2):  # one word ('the watchdog') or a compound ('the think tank')
        head = " ".join(tt[k + 1 : last + 1])
        ends = last + 1 >= len(tt) or tt[last + 1] in doc.rules.clause_marks
        speaks = head in doc.rules.speaker_nouns and head not in doc.rules.document_nouns
        if ends and speaks and head.islower():
            return (k, last)
    return None


def _backward(doc: Doc, toks: Tokens, m: CueMatch, ci: int) -> Attr | None:
    """The speaker before the cue ('the ministry said', 'Roe, director of X, said'), a list of
    speakers kept whole, or a verb of saying's long subject at the start of the clause."""
    rules, tt = doc.rules, toks.text
    aside = _dash_aside(doc, toks, ci)
    if aside is not None:
        # 'Jana Roe, head of the mission -- which has 40 monitors -- said ...': the speaker is
        # before the aside set off by dashes, read as if the dash were a comma
        ci = aside
        found = comma_np(doc, toks, ci)
    else:
        found = backward_np(doc, toks, ci - 1)
    if found is not None and _lemma(doc, m.word) not in rules.main_cue_lemmas:
        # 'A 2019 study by the institute found ...': the document speaks, not its author
        found = _document_long_subject(doc, toks, ci, found) or found
    if found is None or _placed(doc, toks, found):
        # 'A resident reached by telephone | in Stepanakert said': the place is where the
        # resident was reached, no speaker; the subject before the participle speaks
        found = _agent_phrase_subject(doc, toks, ci) or found
    if found is None:
        # a long subject: a verb of saying's, or a document's ('A GAO report released last
        # year found that ...')
        long = _long_subject(doc, toks, ci)
        if long is not None and (
            _lemma(doc, m.word) in rules.main_cue_lemmas or _has_document(doc, toks, long[0])
        ):
            found = long
    if found is None:
        return None
    head, appos = found
    if appos is None and partitive_relative(doc, toks, head[1] + 4):
        # 'heard from relatives of the victims, many of whom say': the antecedent, an object
        # of the sentence's verb, speaks (checked in phrases._partitive_antecedent)
        m_start, m_end = toks.start[head[0]], toks.stop(head[1])
        return Attr(doc.text[m_start:m_end], m_start, m_end, m.word, m.start, m.end)
    if appos is None:
        head = _before_agent(doc, toks, head) or head
    if appos is None and rules.possessive.search(tt[head[1]]) and len(tt[head[1]]) > 2:
        return None  # "police's earlier claim": a noun, not a verb (see noun_attribution)
    ante = _relative_antecedent(doc, toks, head[0]) if appos is None else None
    # 'Residents who saw the convoy said ...': the convoy is the object of the relative clause;
    # its antecedent is the cue's subject
    checked = ante or speaker_np(doc, toks, head)
    if (
        checked is None
        and appos is not None
        and (head[0] == 0 or tt[head[0] - 1].lower() not in rules.locative_prepositions)
        and (is_name(doc, tt[appos[1]]) or is_name(doc, tt[appos[0]]))
        and speaker_np(doc, toks, appos)
    ):
        # 'His former partner, Ada Moss, said': the name makes the phrase a person (one that
        # ends in a particle too: 'A police officer at the scene, Captain Salim al-Obeidi')
        checked = head
    if (
        checked is None
        and appos is None
        and ante is None
        and tt[head[1]].lower() not in doc.lex.relative_words
        and (_role_before_place(doc, toks, head[0]) or _complemented(doc, toks, head))
    ):
        # 'An analyst at a brokerage said': the analyst speaks, not his employer; 'Critics of
        # the deal said': the critics, not the deal
        checked = head
    if checked is None:
        return None
    i, j = checked
    claim = i + 2 <= j and tt[i].lower() in rules.articles and tt[i + 1].lower() in rules.claim_nouns
    if claim and is_name(doc, tt[i + 2]):
        i += 2  # 'a charge Kigali denies': Kigali denies the charge
    first = tt[i].lower()
    if first in rules.articles and first not in rules.article_the and i < j and all(
        is_name(doc, t) for t in tt[i + 1 : j + 1]
    ):
        outer = np_back(doc, toks, i - 2) if i >= 2 and tt[i - 1].lower() in doc.lex.np_connectors else None
        if outer is None:
            return None  # 'a Jane Roe tweet', 'an Obama veto': the cue is a noun after a name
        i = outer[0]  # 'The Committee for a Responsible Budget reported'
    if appos is not None:
        end = toks.stop(appos[1])
    else:
        start = _complement_head(doc, toks, i)
        relative = j + 2 < ci and tt[j + 1] == "," and tt[j + 2].lower() in doc.lex.relative_words
        if start is None and relative:
            start = i  # 'drew criticism from Baku, which called it ...': Baku, the clause's subject
        if start is None:
            return None
        i = list_start(doc, toks, start)
        end = toks.stop(j)
    return Attr(doc.text[toks.start[i] : end], toks.start[i], end, m.word, m.start, m.end)


def _dash_aside(doc: Doc, toks: Tokens, ci: int) -> int | None:
    """The first token of the opening dash of an aside that ends with a dash right before the
    cue or its auxiliaries ('The minister -- who arrived on Friday -- said', '... -- have
    said'), or None."""
    dashes, tt = doc.rules.dash_tokens, toks.text
    close = ci - 1
    while close > 1 and ci - close < 3 and tt[close].lower() in doc.lex.auxiliaries:
        close -= 1  # '... -- have stated'
    if close < 1 or tt[close] not in dashes:
        return None
    if tt[close - 1] == tt[close] == "-":
        close -= 1  # '--' is two tokens
    o = close - 1
    while o > 0 and tt[o] not in dashes and tt[o] not in doc.rules.aside_stops:
        o -= 1
    if o < 1 or tt[o] not in dashes or close - o < 3:
        return None  # no opening dash, or an aside of one word
    if tt[o - 1] == tt[o] == "-":
        o -= 1
    return o if o >= 1 and tt[o - 1] not in dashes else None


def _placed(doc: Doc, toks: Tokens, found: tuple[tuple[int, int], tuple[int, int] | None]) -> bool:
    """Is the phrase before a cue a place after a preposition of place, with no apposition ('...
    in Stepanakert', '... from the village of Tegh')?"""
    (i, _), appos = found
    return appos is None and i >= 1 and toks.text[i - 1].lower() in doc.rules.place_prepositions


def _agent_phrase_subject(doc: Doc, toks: Tokens, ci: int) -> tuple[tuple[int, int], None] | None:
    """The subject before a participle phrase with an agent that ends just before the cue ('A
    resident reached by telephone said', 'A spokesman for the ministry, contacted by AFP,
    said'), when the agent is no noun phrase of its own to read back from; the phrase may end
    with a place ('A resident reached by telephone in Stepanakert said')."""
    tt, rules = toks.text, doc.rules
    k = ci - 1
    if k >= 0 and tt[k] == ",":
        k -= 1
    place = backward_np(doc, toks, k) if k >= 0 else None
    if place is not None and _placed(doc, toks, place) and place[0][0] >= 4:
        k = place[0][0] - 2  # the agent's phrase ends before the place
    by = k
    while by > k - 5 and by >= 2 and tt[by].lower() != rules.agent_marker:
        if tt[by] == "," or tt[by].lower() in rules.function_words:
            return None  # the agent's phrase must end at the cue ('sent by the Council and denies')
        by -= 1
    if by < 2 or by == k or tt[by].lower() != rules.agent_marker:
        return None
    verb = tt[by - 1].lower()
    if verb not in rules.agent_participles and not verb.endswith(rules.past_suffix):
        return None
    j = by - 2
    if j >= 0 and tt[j] == ",":
        j -= 1
    found = backward_np(doc, toks, j) if j >= 0 else None
    if found is None or found[1] is not None or _document_head(doc, tt[found[0][1]].lower()):
        return None
    return found[0], None


def _before_agent(doc: Doc, toks: Tokens, np: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase before a participle whose agent ``np`` is ('Refugees interviewed by UNHCR
    staff said', 'Residents quoted by state media said'): the refugees speak, not the staff;
    None if there is none, or if it is a document its agent issued."""
    tt, rules = toks.text, doc.rules
    k = np[0] - 1
    if k < 2 or tt[k].lower() != rules.agent_marker or tt[k - 1] == ",":
        return None
    verb = tt[k - 1].lower()
    participle = verb.endswith(rules.past_suffix) or verb in rules.bare_past_forms
    if not (participle or verb in rules.agent_participles):
        return None
    before = np_back(doc, toks, k - 2)
    if before is not None and verb in rules.access_participles:
        return before  # 'A UN report seen by Reuters said': the agent read it, the report speaks
    if before is None or _document_head(doc, tt[before[1]].lower()):
        return None  # 'A statement issued by the ministry said': the issuer speaks through it
    if verb in rules.mandate_participles:
        return before[0], np[1]  # 'Investigators appointed by the UN council': they act for it
    return before


def _complemented(doc: Doc, toks: Tokens, np: tuple[int, int]) -> bool:
    """Is the phrase ``np``, which cannot speak itself ('the deal'), the complement of a head that
    can ('Critics of | the deal', 'Opponents of | the plan'), before it or at its start?"""
    tt, rules = toks.text, doc.rules
    i, j = np

    def subject(start: int, prep: int) -> bool:
        # the speaker opens its clause, and its head is a noun ('Astronomers meeting in' is not)
        before = tt[start - 1].lower() if start > 0 else ","
        opens = before in rules.chunk_stop or before in rules.conjunctions or before in rules.complementisers
        h = prep - 2 if prep >= 2 and tt[prep - 1].lower() in rules.source_modifiers else prep - 1
        head = strip_possessive(doc, tt[h])  # 'officials familiar with | the talks': the officials
        speaks = is_name(doc, head) or speaking_head(doc, head.lower())
        noun = not head.endswith(rules.participle_suffix) and head.lower() not in rules.document_nouns
        return opens and speaks and noun

    start = _complement_head(doc, toks, i)
    if start is not None and start < i:
        return subject(start, i - 1)  # 'Critics of | the deal said'
    for k in range(i + 1, j):  # 'Critics of the deal, including ..., said': one phrase
        if tt[k].lower() in rules.head_prepositions:
            return subject(i, k) and speaker_np(doc, toks, (i, k - 1)) is not None
    return False


def _role_before_place(doc: Doc, toks: Tokens, i: int) -> bool:
    """Is the phrase at token ``i`` joined by a preposition to a speaking role before it ('an
    analyst at | a brokerage', 'a farmer in | the village'), the role that speaks?"""
    tt, rules = toks.text, doc.rules
    if i < 2 or tt[i - 1] not in rules.head_prepositions or tt[i - 1] not in rules.locative_prepositions:
        return False  # 'at', 'in', 'with': where one works ('a side of the story' is no role)
    role = tt[i - 2].lower() if i == 2 else tt[i - 2]  # 'Analysts at a Paris brokerage'
    if not (role.islower() and speaking_head(doc, role)):
        return False
    # the role's own determiner, over up to three adjectives: an article, or none at the start
    # of a clause ('no serious observer in this chamber' is nobody)
    k = i - 3
    while k >= 0 and k > i - 6 and tt[k].islower() and tt[k].isalpha() and tt[k] not in rules.articles:
        k -= 1
    return k < 0 or tt[k].lower() in rules.articles or not tt[k][:1].isalnum()


def _relative_antecedent(doc: Doc, toks: Tokens, i: int) -> tuple[int, int] | None:
    """The speaker before a restrictive relative clause that ends with the phrase at token
    ``i`` ('One of the doctors | who signed | the letter called'): a relative word not after a
    comma, a verb between it and the phrase, and a speaking noun phrase before it; else None."""
    tt, lex, rules = toks.text, doc.lex, doc.rules
    for k in range(i - 1, max(0, i - 8), -1):
        t = tt[k]
        if t in rules.chunk_stop or t.lower() in rules.conjunctions:
            return None
        if t.lower() not in lex.relative_words or (t.lower() in lex.determiners and k + 1 == i):
            continue
        if tt[k - 1] in rules.chunk_stop:
            return None  # 'X, who ...': a comma_np clause, handled before
        ante = np_back(doc, toks, k - 1)
        if ante is None or speaker_np(doc, toks, ante) is None:
            return None
        head = strip_possessive(doc, tt[ante[1]].lower())
        if not (is_name(doc, tt[ante[1]]) or speaking_head(doc, head)) or head in rules.document_nouns:
            return None
        start = _complement_head(doc, toks, ante[0])
        if start is None:
            return None
        before = tt[start - 1].lower() if start > 0 else ","
        opens = before in rules.chunk_stop or before in rules.conjunctions
        if not (opens or before in rules.complementisers):
            return None  # 'asks residents who hear the warning to ...': an object, not the subject
        return start, ante[1]
    return None


def _complement_head(doc: Doc, toks: Tokens, i: int) -> int | None:
    """The first token of the speaker when the phrase at token ``i`` follows a preposition: the
    person or body it complements ('A spokesman for | the ministry said', 'Diplomats at | the
    United Nations said'), at most three steps back; None when the phrase is a preposition's
    object with no speaker before it ('In | a statement announcing ...', 'rely on | U.S.
    support'); ``i`` when no preposition comes before it. A document before the preposition does
    not take over ('a statement from | the ministry said': the ministry speaks)."""
    rules, tt = doc.rules, toks.text
    for step in range(3):
        prep = tt[i - 1].lower() if i >= 1 else ""
        if prep not in rules.head_prepositions and prep not in rules.object_prepositions:
            return i
        if i >= 2 and tt[i - 1][:1].isupper() and is_name(doc, tt[i - 2]):
            # a preposition inside a name ('Doctors Without Borders said')
            name = np_back(doc, toks, i - 2)
            if name is None:
                return i
            i = name[0]
            continue
        h = i - 2
        if h >= 1 and tt[h].lower() in rules.source_modifiers:
            h -= 1  # 'officials familiar with | the talks', 'a source close to | the Kremlin'
        outer = np_back(doc, toks, h) if h >= 0 and i >= 2 and prep in rules.head_prepositions else None
        head = strip_possessive(doc, tt[h]).lower() if outer is not None else ""
        if head in rules.document_nouns:
            return i
        speaks = outer is not None and (is_name(doc, tt[h]) or speaking_head(doc, head))
        if speaks and head in rules.occasion_nouns and _relative_follows(doc, toks, i):
            speaks = False  # 'a meeting with | Ada Brill, who said ...': she speaks, not the meeting
        if outer is not None and speaks and speaker_np(doc, toks, outer) is not None:
            i = outer[0]
            continue
        if step == 0 and prep in rules.object_prepositions:
            return None
        return i
    return i


def _relative_follows(doc: Doc, toks: Tokens, i: int) -> bool:
    """Does a relative clause set off by a comma follow the noun phrase that opens at ``i``
    ('Ada Brill | , who said')?"""
    tt = toks.text
    np = forward_np(doc, toks, i)
    k = np[1] + 1 if np is not None else -1
    return 0 < k < len(tt) - 1 and tt[k] == "," and tt[k + 1].lower() in doc.lex.relative_words


def list_start(doc: Doc, toks: Tokens, i: int) -> int:
    """The first token of a list of speakers that ends with the phrase at token ``i`` ('The
    foreign ministers of Canada, France, ... and the United States said'), or ``i``."""
    tt = toks.text
    if i < 2:
        return i
    if tt[i - 1] == "," and is_name(doc, tt[i - 2]) and any(w in doc.rules.list_and for w in tt[i : i + 6]):
        k = i  # 'France, Germany and Italy urged': the phrase at i holds the list's 'and'
    elif tt[i - 1].lower() in doc.rules.list_and:
        # 'Canada, Mexico, and the United States'; not '..., most of them civilians, and we urge'
        serial = i >= 3 and tt[i - 2] == "," and tt[i].lower() not in doc.lex.pronouns
        prev = np_back(doc, toks, i - 3 if serial else i - 2)
        if prev is None or (serial and (prev[0] < 2 or tt[prev[0] - 1] != ",")):
            return i  # a serial comma only in a list of three or more, not 'X shelled Y, and Z said'
        k = prev[0]
    else:
        return i
    while k >= 2 and tt[k - 1] == ",":
        more = np_back(doc, toks, k - 2)
        if more is None:
            break
        if more[0] > 0 and tt[more[0] - 1].lower() in doc.rules.head_prepositions:
            # 'In Brussels, Germany and Italy', 'talks with Britain, France and Germany': no
            # speaker; but 'the foreign ministers of | France, Germany and Italy' speak
            return i
        k = more[0]
    before = tt[k - 1] if k > 0 else ""
    rules = doc.rules
    # 'The statement, signed by | the foreign ministers of France, Germany and Italy, called': the
    # signatories in an apposition (not 'In a statement published by | X, A and B said')
    verb = tt[k - 2].lower() if k >= 3 else ""
    authoring = verb in rules.authoring_participles or verb in rules.issuing_verbs
    authors = authoring and before.lower() == rules.agent_marker and tt[k - 3] == ","
    opens = before in {",", ";", ":"} or before in doc.lex.np_stop or before.lower() in rules.conjunctions
    if k > 0 and not (authors or opens):
        return i  # 'Russia attacked Ukraine and the US said': the first conjunct is an object
    return k


def speaker_np(doc: Doc, toks: Tokens, np: tuple[int, int] | None) -> tuple[int, int] | None:
    """The noun phrase ``np`` if it can be a speaker: not a place after a preposition ('a rally
    in Michigan'), not a thing or a time ('a box', 'a series of tweets', 'this month'); a
    complementiser before a name is dropped ('that Clinton' -> 'Clinton')."""
    if np is None:
        return None
    rules, lex, tt = doc.rules, doc.lex, toks.text
    i, j = np
    while i < j and tt[i].lower() in rules.leading_connectors:
        i += 1  # 'of Mrs. Clinton' -> 'Mrs. Clinton'
    if (
        i < j
        and tt[i].lower() in rules.complementiser_determiners
        and (tt[i + 1][:1].isupper() or tt[i + 1].lower() in lex.determiners)
    ):
        i += 1
    if (
        i == j
        and tt[i].endswith(rules.participle_suffix)
        and tt[i][:1].isupper()
        and not any(t[:1].isalnum() for t in tt[:i])
        and doc.gaz.actor_of(tt[i]) is None
        and not named_inside(doc, tt[i])
    ):
        # '(Having said that, ...': a participle opening the sentence, not a name; a name the
        # gazetteer knows ('Beijing said') or the text writes inside a sentence ('Ada Fleming
        # ... Fleming said') is one
        return None
    if i > 0 and tt[i - 1].lower() in rules.locative_prepositions and i == j and tt[i][:1].isupper():
        before = tt[i - 2] if i >= 2 else ""
        nxt = tt[j + 1] if j + 1 < len(tt) else ""
        clause = tt[i - 1].lower() in rules.time_subordinators and (
            nxt in lex.cue_forms or nxt.lower() in lex.auxiliaries
        )  # 'hours after Moscow announced that ...': 'after' opens a clause, Moscow its subject
        # 'drew criticism from Baku, which called it a provocation': the relative clause's subject
        clause = clause or (nxt == "," and j + 2 < len(tt) and tt[j + 2].lower() in lex.relative_words)
        if not (before[:1].isupper() or before.lower() in lex.role_nouns or clause):
            return None  # 'at a rally in Michigan to ask': a place, not the subject
    if _in_place_phrase(doc, toks, i, j):
        return None  # 'in Fort Wayne, Indiana, hours after ...': the second part of a place
    head = strip_possessive(doc, tt[j]).lower()
    if tt[j][:1].islower() and not is_name(doc, tt[j]) and head not in lex.pronouns:
        # a document can speak too: 'the letter reads', 'the resolution says'
        known = speaking_head(doc, head) or head in rules.document_nouns
        known = known or (j > i and _compound_noun(doc, toks, j - 1))  # 'the think tank said'
        if not known or (head in lex.time_words and head not in rules.speaker_nouns):
            return None
    return (i, j)


def _singular_verb(doc: Doc, word: str) -> bool:
    """Is ``word`` a verb that agrees only with a singular subject: a singular auxiliary ('is',
    'has') or a cue verb's third-person form in '-s' ('believes', 'warns')?"""
    low = word.lower()
    if low in doc.rules.singular_auxiliaries:
        return True
    lemma = _lemma(doc, low)
    return lemma not in ("", low) and low.endswith(doc.rules.plural_suffix)


def _common_plural_opener(doc: Doc, toks: Tokens, attr: Attr) -> bool:
    """Is the speaker the sentence's first token alone, a common noun in the plural that only
    the sentence start capitalises ('Waves', 'Prices'): not a speaking head ('Protesters'), not
    in the gazetteer, never written capitalised inside a sentence? (Asked of the cues that are
    not verbs of saying: 'slamming', 'blasted'; 'Jones said' keeps its speaker.)"""
    tt = toks.text
    word = tt[0]
    if attr.m_start != toks.start[0] or attr.mention != word or len(tt) < 2 or not tt[1][:1].islower():
        return False
    if _lemma(doc, attr.cue) in doc.rules.main_cue_lemmas:
        return False
    if not (word.isalpha() and word[1:].islower()):
        return False
    if not word.endswith("s") or word.endswith("ss"):
        return False
    if _singular_verb(doc, tt[1]):
        return False  # 'Jones believes ...', 'Reyes has warned': a plural noun would not agree
    low = word.lower()
    if speaking_head(doc, low) or speaking_head(doc, low[:-1]) or doc.gaz.actor_of(word) is not None:
        return False
    return not named_inside(doc, word)




def _in_place_phrase(doc: Doc, toks: Tokens, i: int, j: int) -> bool:
    """Is the name ``toks[i..j]`` the second part of a place phrase set off by commas after
    'in', 'at', 'near' or 'from' ('speaking in Fort Wayne, Indiana, hours after ...', 'arrived
    from Kyiv, Ukraine, and said')? A name right after the opening place ('In Moscow, Roe
    said'), followed by an apposition ('In Moscow, Roe, the envoy, said') or by the cue ('A
    spokesman for X in Geneva, Jane Roe, said') is a subject."""
    tt, lex = toks.text, doc.lex
    if i < 3 or tt[i - 1] != "," or j + 2 >= len(tt) or tt[j + 1] != ",":
        return False
    if not all(is_name(doc, t) for t in tt[i : j + 1]):
        return False
    after = tt[j + 2]
    low = after.lower()
    if low in lex.determiners or low in lex.role_nouns:
        return False  # 'Roe, the envoy, said': an apposition names a person
    if after in lex.cue_forms or low in doc.rules.finite_auxiliaries or low.endswith(doc.rules.adverb_suffix):
        return False  # 'A spokesman for X in Geneva, Jane Roe, said': the name is the speaker
    k = i - 2
    while k >= 0 and i - 2 - k < 5 and is_name(doc, tt[k]):
        k -= 1
    return k < i - 2 and k >= 0 and tt[k].lower() in doc.rules.place_prepositions


def _free_relative_wish(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the cue at ``ci`` a wish inside a free relative ('whatever he wanted', 'what they
    want'): 'what' or 'whatever' and a short subject before a cue of wanting?"""
    rules, tt = doc.rules, toks.text
    if _lemma(doc, tt[ci]) not in rules.wish_lemmas:
        return False
    for k in range(ci - 1, max(-1, ci - 5), -1):
        if tt[k].lower() in rules.free_relatives:
            return k < ci - 1
        if not tt[k][:1].isalnum():
            return False
    return False


def _source_head(doc: Doc, toks: Tokens, np: tuple[int, int] | None, i: int) -> tuple[int, int] | None:
    """The source phrase ``np`` after 'according to' at token ``i`` with the lower-case head
    that ends its clause ('the top British | medical journal.'): one to three plain words (no
    verb, preposition, determiner or conjunction) between the phrase and the clause's end."""
    if np is None:
        return None
    whole = _source_phrase(doc, toks, i)
    if whole is None or whole[0] != np[0] or not 0 < whole[1] - np[1] <= 3:
        return np
    lex, rules = doc.lex, doc.rules
    for t in toks.text[np[1] + 1 : whole[1] + 1]:
        low = t.lower()
        plain = t.isalpha() and t.islower() and low not in lex.cue_forms and low not in lex.auxiliaries
        if not plain or low in lex.determiners or low in rules.head_prepositions or low in rules.conjunctions:
            return np
        if low in lex.np_stop or low in rules.complementisers or _trailing_time(doc, t):
            return np
        if low in lex.relative_words:
            return np  # 'according to aid workers | who reached it'
    return np[0], whole[1]


#: the longest source phrase after 'according to' that is not a plain noun phrase, in tokens
_SOURCE_TOKENS = 24


def _source_phrase(doc: Doc, toks: Tokens, i: int) -> tuple[int, int] | None:
    """The phrase after 'according to' up to the clause's end ('veteran radio host Ada Roe', 'a
    12-count indictment filed by the prosecutor's office and a second one by the city'), when
    it is not a plain noun phrase: at most 24 tokens, ending on a word."""
    tt = toks.text
    stop = {",", ".", ";", ":", "!", "?", ")", "(", '"', "\u201c", "\u201d"}
    k = i
    while k < len(tt) and k - i < _SOURCE_TOKENS and tt[k] not in stop:
        k += 1
    if k - i >= _SOURCE_TOKENS and k < len(tt) and tt[k] not in stop:
        return None
    j = k - 1
    while j >= i and (not tt[j][:1].isalnum() or _trailing_time(doc, tt[j])):
        j -= 1
    if j < i or not any(t[:1].isalpha() for t in tt[i : j + 1]):
        return None
    return i, j


def _trailing_time(doc: Doc, t: str) -> bool:
    """Does the word end a source phrase as a time does ('according to the ministry on Monday'),
    not as its head ('according to state television', 'according to the local press')?"""
    low = t.lower()
    return low in doc.lex.time_words and low not in doc.rules.relay_heads


def _document_subject(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Is the phrase before the cue headed by a document ('a UN report', 'one study')?"""
    found = backward_np(doc, toks, ci - 1)
    if found is not None and _has_document(doc, toks, found[0]):
        return True
    if _document_long_subject(doc, toks, ci, found) is not None:
        return True
    return _document_clause(doc, toks, ci) is not None


def _document_clause(doc: Doc, toks: Tokens, ci: int, any_cue: bool = False) -> tuple[int, int, int] | None:
    """The clause's subject when a document heads it and all words up to the cue belong to its
    phrase ('A 2014 study | that appeared in the Lancet | found', 'The latest poll | released
    Friday | shows', 'The Ledger's average | of polls taken over two weeks | shows'): its first
    token, its head and the end of its issuer (:func:`_issuer_end`), or None. The words after the
    head hold no verb of their own outside a relative clause, no other cue, no comma and no
    clause linked by 'and' or 'but'; a recording ('Video from the scene showed') is the
    reporter's account."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    if ci < 2 or not (any_cue or _lemma(doc, tt[ci]) in rules.document_cue_lemmas):
        return None
    start = 0
    if "," in tt[:ci]:
        comma = tt.index(",")  # 'In 2013, research by ... found': an opening phrase of time
        if tt[0] not in lex.np_stop or "," in tt[comma + 1 : ci]:
            return None
        start = comma + 1
    if tt[start].lower() in rules.clause_and:
        start += 1  # 'But a study released last month found ...'
    head = start
    while head < ci and (
        not _ends_document_run(doc, tt[head]) or _document_noun_after(doc, toks, start, head)
    ):
        if head > start and tt[head].lower() in lex.determiners:
            return None  # 'Azerbaijan brought | a resolution': a verb before another phrase
        head += 1
    head -= 1
    if head < start:
        return None
    word = strip_possessive(doc, tt[head]).lower()
    if word not in rules.document_nouns or any(t.lower() in rules.recordings for t in tt[start : head + 1]):
        return None  # 'Video footage from the scene showed ...'
    relative = False
    for k in range(head + 1, ci):
        t, low = tt[k], tt[k].lower()
        relative = relative or low in lex.relative_words
        if t in rules.finite_auxiliaries and not relative:
            return None  # 'The report was late and ...'
        issuing = k == head + 1 and t in rules.issuing_verbs  # 'A statement posted on ...'
        if not _phrase_word(t) or (t.islower() and t in lex.cue_forms and not issuing):
            return None  # a comma, a quote; 'The report the minister said was flawed': another's cue
        after = tt[k + 1].lower() if k + 1 < ci else ""
        if low in rules.clause_and and (not after or after in lex.determiners or after in lex.pronouns):
            return None  # '... and the ministry found': another clause
        if low in rules.authoring_participles and after == rules.agent_marker:
            return None  # 'Research conducted by the institute found': the author speaks (elsewhere)
    return start, head, _issuer_end(doc, toks, head, ci)


def _document_noun_after(doc: Doc, toks: Tokens, start: int, k: int) -> bool:
    """Is token ``k``, a document's noun that is also a cue ('report', 'reports'), the head of a
    phrase that opens with a determiner, after a determiner, a name or an owner ('A UN report
    released on Monday said', "The monitors' report"), not a verb ('The officials report')?"""
    tt, determiners = toks.text, doc.lex.determiners
    if k <= start or tt[k].lower() not in doc.rules.document_nouns or tt[start].lower() not in determiners:
        return False
    before = tt[k - 1]
    return before.lower() in determiners or before[:1].isupper() or strip_possessive(doc, before) != before


def _phrase_word(t: str) -> bool:
    """Can the token stand inside a noun phrase ('46-page', "Levitt's", 'Jan.', '$')?"""
    return t == "$" or t.replace("-", "").replace("'", "").replace("\u2019", "").replace("/", "").replace(
        ".", ""
    ).isalnum()


def _issuer_end(doc: Doc, toks: Tokens, head: int, ci: int) -> int:
    """The last token of the issuer after a document's head at ``head`` ('A study | by Veldt Law
    School professor Ada Brill', 'An analysis | released by the Caspian Policy Centre | last
    month', '... | in May'), or ``head`` if none follows."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    issuing = rules.issuing_verbs
    by = head + 1
    if by < ci and tt[by].lower() == rules.partitive:
        # 'A readout | of the call | released by the White House': over a short complement
        k = by + 1
        while k < ci and k - by <= 4 and tt[k].isalpha() and tt[k].islower() and tt[k] not in issuing:
            k += 1
        if k < ci and tt[k] in rules.issuing_verbs:
            by = k
    if by + 1 < ci and tt[by].lower() in rules.issuing_verbs:
        if _posted_on(doc, toks, by + 1, ci) is not None:
            return ci - 1  # 'A statement | posted on the Kremlin's website'
        by += 1
    if by >= ci or tt[by].lower() != rules.agent_marker:
        return head
    k = by + 1
    while k < ci and tt[k].lower() != rules.agent_marker:
        low = tt[k].lower()
        if low in lex.np_connectors and k + 1 < ci and tt[k + 1].lower() in rules.time_heads:
            break  # 'in May'
        if not (tt[k][:1].isupper() or low in rules.articles or low in lex.np_connectors):
            break  # 'last month'
        k += 1
    while k - 1 > by and not tt[k - 1][:1].isupper():
        k -= 1  # not 'of the' at its end
    return k - 1 if k - 1 > by else head


def _posted_on(doc: Doc, toks: Tokens, k: int, ci: int) -> int | None:
    """The owner's token of a medium that runs from a preposition at token ``k`` up to the cue
    at ``ci`` ('on | the Kremlin's website', 'on | the ministry's Telegram channel'), when the
    owner is a name or speaks; None otherwise."""
    rules, tt = doc.rules, toks.text
    if k + 2 >= ci or tt[k].lower() not in rules.object_prepositions:
        return None
    if tt[ci - 1].lower() not in rules.medium_nouns:
        return None
    o = next((n for n in range(k + 1, ci) if strip_possessive(doc, tt[n]) != tt[n]), None)
    if o is None or not all(tt[n].lower() in rules.medium_nouns or tt[n].islower() for n in range(o + 1, ci)):
        return None
    owner = strip_possessive(doc, tt[o])
    return o if is_name(doc, owner) or speaking_head(doc, owner.lower()) else None


def _ends_document_run(doc: Doc, word: str) -> bool:
    """Does ``word`` end the first phrase of a clause (a function word, a relative, a verb or a
    participle in lower case: 'of', 'that', 'released', 'taken')?"""
    low = word.lower()
    if word in {"/", "&", "-"}:
        return False  # 'Harlow/Ipsos', 'Roe & Co'
    if not word.replace("-", "").replace("'", "").replace("\u2019", "").replace("/", "").isalnum():
        return True
    if low in doc.rules.function_words or low in doc.lex.relative_words:
        return True
    return word.islower() and (
        word in doc.lex.cue_forms
        or word.endswith((doc.rules.past_suffix, doc.rules.participle_suffix))
        or word in doc.rules.agent_participles
    )


def _document_opening(
    doc: Doc, toks: Tokens, m: CueMatch, ci: int, attr: Attr | None, any_cue: bool = False
) -> Attr | None:
    """The attribution of a document cue to the document that opens its clause (see
    :func:`_document_clause`), the document's phrase as the mention; with ``attr`` (the document
    read otherwise), only to add the document's issuer to it. With ``any_cue`` the cue need not
    be a document's ('A campaign ad in 2008 questioned whether ...')."""
    found = _document_clause(doc, toks, ci, any_cue)
    if found is None:
        return None
    i, head, j = found
    if attr is not None and (j == head or attr.m_start != toks.start[i] or attr.m_end != toks.stop(head)):
        return None
    tt = toks.text
    if any_cue and _lemma(doc, tt[ci]) not in doc.rules.document_cue_lemmas:
        if any(is_name(doc, t) and doc.gaz.actor_of(t) is None for t in tt[i + 1 : head]):
            # 'A memorable Ada Roe ad in 2008 questioned ...': a person's name in the phrase would
            # stand for her later ('Roe says ...' read as the ad's); left to a document's own cues
            return None
        if tt[head + 1].lower() == doc.rules.partitive:
            return None  # 'A resolution of the conflict demands patience': no document
    posted = _posted_on(doc, toks, head + 2, ci) if tt[head + 1] in doc.rules.issuing_verbs else None
    if posted is not None:
        # 'A statement posted on the Kremlin's website said': the medium's owner speaks
        first = posted
        while first > head + 3 and is_name(doc, tt[first - 1]):
            first -= 1
        if tt[first - 1].lower() in doc.rules.articles:
            first -= 1
        start = toks.start[first]
        owner = strip_possessive(doc, doc.text[start : toks.stop(posted)])
        return Attr(owner, start, start + len(owner), m.word, m.start, m.end)
    start, end = toks.start[i], toks.stop(j)
    return Attr(doc.text[start:end], start, end, m.word, m.start, m.end)


def _document_long_subject(
    doc: Doc, toks: Tokens, ci: int, found: tuple[tuple[int, int], tuple[int, int] | None] | None
) -> tuple[tuple[int, int], None] | None:
    """The clause's long subject when it is headed by a document and the phrase before the cue
    (``found``, if any) is its complement ('A 2019 study by the institute found', 'Figures from
    the agency show', 'The latest survey released Friday shows'), else None."""
    rules = doc.rules
    if _lemma(doc, toks.text[ci]) not in rules.document_cue_lemmas:
        return None  # 'Statement on the armed attack': a noun, not a document's verb
    long = _long_subject(doc, toks, ci)
    if long is None or not _has_document(doc, toks, (long[0][0], long[0][0] + 2)):
        return None
    if any(t.lower() in rules.recordings for t in toks.text[long[0][0] : long[0][0] + 3]):
        return None  # 'Video from the scene showed ...': the reporter's account of a recording
    tt = toks.text
    if any(
        tt[k].lower() in rules.authoring_participles and tt[k + 1].lower() == rules.agent_marker
        for k in range(long[0][1] + 1, ci - 1)
    ):
        return None  # 'Research conducted by the institute found ...': the author speaks through it
    if found is not None:
        i = found[0][0]
        if i <= long[0][0] or toks.text[i - 1].lower() not in doc.rules.leading_connectors:
            return None  # 'the report was late and the minister said': the minister speaks
    return long


def _has_document(doc: Doc, toks: Tokens, span: tuple[int, int]) -> bool:
    nouns = doc.rules.document_nouns
    return any(strip_possessive(doc, t.lower()) in nouns for t in toks.text[span[0] : span[1] + 1])


def _long_subject(doc: Doc, toks: Tokens, ci: int) -> tuple[tuple[int, int], None] | None:
    """The subject at the start of the clause when the words before the cue are not a plain
    noun phrase ('A 2014 study by X found', 'Jane Roe, 59, of Ashton, who watched ..., said'):
    the clause's first noun phrase, if no other verb stands between it and the cue."""
    np = clause_subject(doc, toks, ci)
    if np is None:
        return None
    tt, lex, rules = toks.text, doc.lex, doc.rules
    only = tt[np[0]].lower() if np[0] == np[1] else ""
    if only.endswith(rules.adverb_suffix) or only in lex.pronouns:
        return None  # 'Regrettably, ...'
    vocative = np[1] + 1 < ci and tt[np[1] + 1] == ","
    for k in range(np[1] + 1, ci):
        if vocative and (tt[k].lower() in lex.first_person or tt[k].lower() in lex.pronouns):
            return None  # 'Mr. President, allow me to ...': a vocative, and another subject
        t = tt[k]
        if t.islower() and (t in lex.cue_forms or t in rules.finite_auxiliaries) and k < ci - 2:
            return None
        if t in {";", ":"} or (t.lower() in doc.lex.relative_words and tt[k - 1] != ","):
            return None
    return np, None


def _apposition(doc: Doc, toks: Tokens, k: int) -> int | None:
    """The last token of an apposition that starts at token ``k`` (', a spokesman for the
    US delegation' up to the end of the sentence or the next comma), if it names a role."""
    tt, lex = toks.text, doc.lex
    if k + 1 >= len(tt) or tt[k] != ",":
        return None
    end = k + 1
    while end < len(tt) and end - k < 16 and tt[end] not in {",", ".", ";", ":", "!", "?"}:
        end += 1
    words = [t.lower() for t in tt[k + 1 : end]]
    if words and heading_clause(doc, toks, k + 1):
        return end - 1  # '..., said Lina Marsh, who heads the French delegation.'
    if not words or (words[0] not in lex.determiners and words[0] not in lex.role_nouns):
        return None
    if not any(w in lex.role_nouns for w in words) or any(w in lex.cue_forms for w in words):
        return None
    return end - 1


def _after_participle_phrase(doc: Doc, toks: Tokens, k: int) -> int:
    """The token after a participle phrase between commas that starts at token ``k`` ('the
    group, known as X, recruited ...'), or ``k`` if there is none."""
    tt, rules = toks.text, doc.rules
    if k + 1 >= len(tt) or tt[k] != ",":
        return k
    word = tt[k + 1]
    participle = word.islower() and (word.endswith(rules.past_suffix) or word in rules.agent_participles)
    close = next((n for n in range(k + 2, min(len(tt), k + 12)) if tt[n] == ","), None)
    return close + 1 if participle and close is not None else k


def _clause_follows(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a finite verb follow at token ``k`` ('..., said the program has ...'), so that the
    phrase before it is the subject of a reported clause, not an inverted speaker?"""
    tt = toks.text
    if k < len(tt) and tt[k].lower() in doc.rules.person_relatives:
        return False  # 'said an official who declined to be identified': the speaker's own clause
    for n, t in enumerate(tt[k : k + 3], k):  # 'said the EB-5 program has ...', 'said Clinton reached out'
        if _compound_noun(doc, toks, n):
            continue  # 'said Ada Roe of the think tank RISC'
        if t in doc.rules.finite_auxiliaries or (t.islower() and t in doc.lex.cue_forms):
            return True
        if t.isalpha() and t.islower() and t.endswith(doc.rules.past_suffix) and t not in doc.lex.time_words:
            return True
        if not t.isalnum():
            return False
    return False


def _envoy_object(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is the object that starts at token ``k`` a diplomat ('its ambassador', 'the envoy', 'their
    ambassadors to Moscow')?"""
    tt, rules = toks.text, doc.rules
    if k >= len(tt) or not (tt[k].lower() in rules.owner_determiners or tt[k].lower() in rules.articles):
        return False
    for t in range(k + 1, min(k + 4, len(tt))):
        word = tt[t].lower()
        if word.removesuffix(rules.plural_suffix) in rules.diplomat_heads:
            return True
        if not word.isalpha():
            return False
    return False


def weak_ok(doc: Doc, toks: Tokens, ci: int, cj: int, unit: Unit) -> bool:
    """A weak cue ('added', 'found', 'called') counts before 'that', a subject or a quote,
    or at the end of its clause (', he added.'), or when a quote follows in the sentence."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    n_toks = len(tt)
    k = cj + 1
    if k < n_toks and np_word(doc, tt[k]) and not tt[k][:1].isupper():
        return False  # 'the state minister': a noun, not a verb
    if unit.quotes:
        cue_end = toks.stop(cj)
        q = bisect.bisect_left([qa for qa, _ in unit.quotes[:64]], cue_end)
        if q < min(len(unit.quotes), 64) and unit.quotes[q][0] - cue_end < 60:
            return True
    while k < n_toks and tt[k].lower().endswith(rules.adverb_suffix) and tt[k].islower():
        k += 1
    if k >= n_toks:
        return True
    nxt = tt[k]
    low = nxt.lower()
    t = k
    while t < n_toks and t - k < 4 and tt[t].lower() in lex.time_words and (
        tt[t].lower() not in rules.object_pronouns and tt[t].lower() not in lex.first_person
    ):
        t += 1  # 'reported Saturday that', 'found last week that' (not 'reminds us that')
    if k < t < n_toks and tt[t].lower() in rules.complementisers:
        return True
    if low in rules.object_prepositions or low in rules.locative_prepositions:
        # 'posted on social media that', 'wrote in a letter that': a place or medium, then 'that'
        for t in range(k + 1, min(k + 6, n_toks)):
            w = tt[t].lower()
            if w in rules.complementisers and not w.isalpha() and t > k + 1 and _medium_end(doc, toks, k) > k:
                return True  # 'posted on its Telegram channel:' introduces what was posted
            if w in rules.complementisers and w.isalpha():
                # 'that the border ...', 'that it ...', 'that Baku ...'; not 'that day', 'that idea'
                after = tt[t + 1] if t + 1 < n_toks else ""
                return t > k + 1 and (
                    w not in rules.complementiser_determiners
                    or after.lower() in lex.determiners
                    or after.lower() in lex.pronouns
                    or is_name(doc, after)
                    # 'posted on X that talks had failed': after a medium, a bare noun and a
                    # finite verb are a clause
                    or (
                        t + 2 < n_toks
                        and after.islower()
                        and tt[t + 2] in rules.finite_auxiliaries
                        and _medium_end(doc, toks, k) > k
                    )
                )
            if not tt[t].replace("-", "").isalnum() or w in lex.cue_forms or w in rules.finite_auxiliaries:
                break
        if _after_quote(doc, toks, ci, unit):
            return True  # '"...," the ministry posted on X.': the quote is what was posted
    lemma = lex.cue_forms.get(tt[cj], lex.cue_forms.get(tt[cj].lower(), ""))
    if (
        low == rules.infinitive_marker
        and lemma in rules.infinitive_cue_lemmas
        and k + 1 < n_toks
        and tt[k + 1].isalpha()
    ):
        return True  # 'plans to call on', 'wants to triple', 'refused to disclose'
    if lemma in rules.expecting_lemmas and _object_then_infinitive(doc, toks, k):
        return True  # 'expects the Russian peacekeepers to take concrete steps'
    if low in rules.complementisers or nxt in rules.open_quotes or nxt == '"' or low in lex.pronouns:
        return True
    if tt[cj].lower() in rules.question_cues and _questioned(doc, toks, k):
        return True  # 'questioned how the plan would work', 'questioned the need for'
    if lemma in rules.naming_cue_lemmas and _names_object(doc, toks, k):
        return True  # 'called the strikes a provocation', 'branded the vote illegal'
    if lemma in rules.regarding_lemmas and _regarded_as(doc, toks, k, tt[cj].lower()):
        return True  # 'sees the move as a provocation', 'considers the deal a capitulation'
    if nxt in {".", "!", "?", ",", ";", "\u201d"} and ci > 0:
        # ', he added.', '..., the ministry noted,': not 'owned by the Russian state,' or
        # 'worries about weak Chinese demand.', nouns inside a phrase
        return _clause_opens_before(doc, toks, ci)
    if _clause_without_that(doc, toks, k):
        return True  # 'officials fear the truce will collapse': a clause with no 'that'
    return k + 1 < n_toks and tt[k + 1] in {".", ","} and (nxt[:1].isupper() or low in lex.time_words)


def _after_quote(doc: Doc, toks: Tokens, ci: int, unit: Unit) -> bool:
    """Does the cue's subject follow a quote at once, set off by its comma ('"The shelling is a
    provocation," the French Foreign Ministry | posted on X.'), a short phrase of words between
    the quote and the cue?"""
    start = toks.start[ci]
    ends = [e for _, e in unit.quotes if e <= start]
    if not ends:
        return False
    between = doc.text[max(ends) : start]
    words = between.split()
    inside = between.lstrip().startswith(",") or doc.text[max(ends) - 2 : max(ends) - 1] == ","
    return inside and 0 < len(words) <= _SUBJECT_WORDS and not any(c in between for c in ".;:!?")


def _clause_opens_before(doc: Doc, toks: Tokens, ci: int) -> bool:
    """Does the phrase before the cue at ``ci`` open a clause: the sentence's start, or after
    punctuation, a conjunction, a subordinator or a question word ('..., he added.', 'as the
    ministry noted,', 'what the campaign now hopes.')? A preposition, a verb or a modifier
    before it ('owned by | the Russian state,', 'groups six | former Soviet states,', 'about
    weak | Chinese demand.') makes the cue word the phrase's head noun; after a relative word it
    closes a relative clause on a noun ('the norms that all members | endorsed.'), no speech."""
    found = backward_np(doc, toks, ci - 1)
    if found is None:
        return True
    i = _complement_head(doc, toks, found[0][0])  # 'a spokesman for | the ministry added.'
    if i is None:
        return False  # a preposition's object ('on worries about | the demand.')
    if i == 0:
        return True
    rules = doc.rules
    before = toks.text[i - 1]
    low = before.lower()
    return (
        not before[:1].isalnum()
        or low in rules.conjunctions
        or low in rules.subordinators
        or low in rules.question_words
    )


def _questioned(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does what a cue of questioning doubts follow at token ``k``: an indirect question ('how
    the mission would be funded') or a quality of something ('the need for', 'Europe's reliance
    on', 'the very fairness of'), a few words in? Not a person or a thing ('the suspect')."""
    rules, tt = doc.rules, toks.text
    if tt[k].lower() in rules.question_words:
        return True
    for t in range(k, min(k + 4, len(tt))):
        w = tt[t]
        if strip_possessive(doc, w).lower() in rules.questioned_objects:
            return True
        if not w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha():
            return False
    return False


def _given_name(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a name alone, with its article, follow at token ``k`` and end the clause ('called
    the Green Fund,' 'called Green Fund.')?"""
    tt = toks.text
    if k < len(tt) and tt[k].lower() in doc.rules.article_the:
        k += 1
    n = 0
    while k < len(tt) and tt[k][:1].isupper() and tt[k] not in doc.rules.open_quotes:
        k, n = k + 1, n + 1
    return n > 0 and (k == len(tt) or tt[k] in {",", ".", ";"})


def _names_object(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does an object and what it is called follow a naming verb at token ``k``? The object is
    a pronoun, or a determiner, possessive or name and at most five more words; then either an indefinite
    article and a word that is not a time ('the strikes a provocation', not 'the envoy a day
    later'), or one lowercase word that ends the clause ('the talks constructive.', not 'the
    ambassador in.', 'a meeting.'), alone or before 'and' or 'but'."""
    tt, lex, rules = toks.text, doc.lex, doc.rules
    n_toks = len(tt)
    first = tt[k]
    low = first.lower()
    if low in rules.articles and low not in rules.article_the:
        return False  # 'called a meeting', 'called an election': what is called, not named
    if low in rules.naming_objects:
        least = k + 1  # 'called him naive', 'branded it a farce'
    elif low in lex.determiners:
        least = k + 2  # 'the talks constructive': a noun after the determiner
    elif rules.possessive.search(first) or is_name(doc, first):
        least = k + 1  # 'called Russia a threat'
    else:
        return False
    for t in range(k + 1, min(k + 7, n_toks - 1)):
        w, nxt = tt[t], tt[t + 1]
        low = w.lower()
        if low in rules.articles and low not in rules.article_the:
            return t > k and nxt.isalpha() and nxt.lower() not in rules.time_heads
        if not w.replace("-", "").replace("'", "").isalpha() or w in rules.finite_auxiliaries:
            return False
        if (
            t >= least
            and w.islower()
            and (nxt in {".", ",", ";", "!", "?"} or nxt in rules.clause_and)
            and low not in rules.naming_stops
            and low not in lex.time_words
        ):
            return True
        if low in rules.naming_stops or low in lex.relative_words:
            return False
    return False


def _object_then_infinitive(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does an object of at most five words and an infinitive follow at token ``k`` ('the
    Russian peacekeepers to take', 'Moscow to withdraw', 'growth to slow'): what a verb of
    expecting or wanting asks of someone (the codebook's 'expects X to ...')?"""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    n_toks = len(tt)
    if k >= n_toks or (tt[k].lower() in lex.pronouns and tt[k].lower() not in rules.object_pronouns):
        return False
    if tt[k].lower() in rules.negative_determiners:
        return False  # 'expected no interruption to households': a noun's complement
    for t in range(k + 1, min(k + 6, n_toks - 1)):
        w = tt[t]
        if w.lower() == rules.infinitive_marker:
            verb = tt[t + 1]
            return verb.isalpha() and verb.islower() and verb not in lex.determiners
        if not w.replace("-", "").replace("'", "").replace("\u2019", "").isalnum():
            return False
        if w in rules.finite_auxiliaries or w.lower() in lex.relative_words or w in lex.cue_forms:
            return False
    return False


def _regarded_as(doc: Doc, toks: Tokens, k: int, cue: str) -> bool:
    """Does what a verb of viewing says follow at token ``k``: an object of at most six words and
    'as' with a description after it ('the move as a provocation', 'the vote as illegitimate'),
    not a clause ('saw the convoy as it crossed', '... as the troops withdrew') nor a phrase
    ('as well as')? A 'consider' form names without 'as' too ('the deal a capitulation'). A
    stated view of an identified speaker is a statement, as 'believes' or 'maintains' is."""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    n_toks = len(tt)
    if cue in rules.considering_cues and _names_object(doc, toks, k):
        # the complement is a description ('the deal a capitulation') or an adjective ('the
        # vote illegal'), not a plural noun ('when it considers the next steps, ...')
        words = tt[k + 1 : k + 8]
        indefinite = any(w.lower() in rules.articles and w.lower() not in rules.article_the for w in words)
        end = next((w for n, w in enumerate(words[:-1]) if not words[n + 1][:1].isalnum()), "")
        return indefinite or end.lower().endswith(rules.adjective_suffixes)
    if k >= n_toks or not (tt[k].lower() in lex.determiners or tt[k][:1].isalnum()):
        return False
    for t in range(k + 1, min(k + 7, n_toks - 1)):
        w = tt[t]
        if w.lower() == rules.as_marker:
            # a description: an indefinite article ('as a provocation') or a lower-case word that
            # is not a phrase's ('as well as'), a determiner's or people's ('as the troops
            # withdrew', 'as people leave' open a clause of time)
            nxt = tt[t + 1]
            low = nxt.lower()
            if low in rules.articles:
                return low not in rules.article_the
            return (
                nxt.isalpha() and nxt.islower()
                and low not in rules.as_phrase_words
                and low not in lex.determiners
                and low not in lex.pronouns
                and low not in rules.function_words
                and not speaking_head(doc, low)
            )
        if not w.replace("-", "").replace("'", "").replace("\u2019", "").isalnum():
            return False
        if w in rules.finite_auxiliaries or w.lower() in lex.relative_words:
            return False
    return False


def _object_cue(doc: Doc, toks: Tokens, ci: int, cj: int) -> bool:
    """Is the cue one whose noun object is what was said ('reported shelling', 'cited the
    figure', 'demands the release of ...'), not negated ('have not reported any such cases' is
    silence), with such an object after it?"""
    tt, rules = toks.text, doc.rules
    cue = " ".join(tt[ci : cj + 1])
    if cue not in rules.object_cues and cue.lower() not in rules.defence_cues:
        return False

    def negation(w: str) -> bool:
        return w in rules.negations or w.endswith(rules.negation_suffixes)

    if _in_verb_group(doc, toks, ci, 4, negation) >= 0:
        return False
    k = cj + 1
    while k < len(tt) and is_adverb(doc, tt[k]):
        k += 1
    return _speech_object(doc, toks, k)


def _clause_or_quote(doc: Doc, toks: Tokens, k: int, unit: Unit) -> bool:
    """Does 'that', a colon or a quote follow at token ``k``, after adverbs ('..., adding
    that', '..., adding pointedly: "...")?"""
    tt = toks.text
    while k < len(tt) and is_adverb(doc, tt[k]):
        k += 1
    if k >= len(tt):
        return False
    word = tt[k]
    return word.lower() in doc.rules.complementisers or word in doc.rules.open_quotes or word == '"' or (
        in_quotes(unit.quotes, toks.start[k])
    )


def _defended_object(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is the object at token ``k`` a decision, a policy or words ('the decision to', 'his
    early-morning tweets', "the government's handling of"), its head within five words?"""
    tt, rules = toks.text, doc.rules
    for t in range(k, min(k + 6, len(tt))):
        word = strip_possessive(doc, tt[t]).lower()
        if word in rules.defended_objects:
            return True
        if not _phrase_word(tt[t]) or word in rules.function_words:
            return False
    return False


def _as_example(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does 'as' and a description follow the object at token ``k`` within its clause ('the
    vote to leave the EU | as an example of ...', '... as proof'), not a clause of time ('as the
    crowd roared')?"""
    rules, lex, tt = doc.rules, doc.lex, toks.text
    for t in range(k + 1, min(k + 16, len(tt) - 1)):
        if tt[t].lower() == rules.as_marker:
            nxt = tt[t + 1].lower()
            if nxt in rules.articles:
                return nxt not in rules.article_the
            return nxt.isalpha() and nxt not in lex.determiners and nxt not in lex.pronouns and (
                nxt not in rules.function_words
            )
        if not _phrase_word(tt[t]):
            return False
    return False


def _object_cue_speaker(doc: Doc, toks: Tokens, attr: Attr, cue: str) -> bool:
    """Can ``attr`` speak through a cue's object: anyone, or for an official cue ('reported') a
    body, an office or a known actor ('The defence ministry', 'Police', 'Baku')?"""
    if cue not in doc.rules.official_object_cues:
        return True
    if attr.inverted:
        return True
    words = attr.mention.split()
    # the head before a complement: 'restaurants | in Ankara' are no office of Turkey
    cut = next((n for n, w in enumerate(words) if n and w in doc.rules.head_prepositions), len(words))
    head = strip_possessive(doc, words[cut - 1]).lower() if words else ""
    if head in doc.lex.institution_heads or head in doc.rules.body_words or head in doc.lex.generic_heads:
        return True
    return doc.gaz.actor_of(" ".join(words[:cut])) is not None


def _speech_object(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a noun object start at token ``k`` after a cue whose object is what was said ('reported
    shelling along the line', 'cited the figure', 'demands the release')? A determiner, a number or
    a name and not a time ('reported this week'), or a lower-case word that is no function word,
    time, verb or predicate ('reported missing', 'cited above', 'reported killed')."""
    tt, lex, rules = toks.text, doc.lex, doc.rules
    for phrase in rules.number_approximators:
        n = k + len(phrase)
        if n < len(tt) and tt[n][:1].isdigit() and [t.lower() for t in tt[k:n]] == list(phrase):
            k = n  # 'reported at least 40 deaths', 'more than 1,200 explosions': a count
            break
    if k >= len(tt):
        return False
    word = tt[k]
    low = word.lower()
    nxt = tt[k + 1].lower() if k + 1 < len(tt) else ""
    if low in lex.determiners or word[:1].isdigit():
        return nxt not in rules.time_heads and nxt not in lex.time_words
    if word[:1].isupper():
        return is_name(doc, word) and low not in rules.time_heads
    return (
        word.isalpha()
        and low not in rules.function_words
        and low not in rules.object_cue_stops
        and low not in lex.time_words
        and low not in rules.time_heads
        and low not in lex.cue_forms
        and low not in lex.pronouns
        and not low.endswith(rules.past_suffix)
    )


def _clause_without_that(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a finite clause start at token ``k`` ('the truce will collapse', 'Moscow has
    broken its word')? A determiner or a name, at most four words of its noun phrase, then a
    finite auxiliary; no punctuation between."""
    tt, lex = toks.text, doc.lex
    n_toks = len(tt)
    if k >= n_toks:
        return False
    first = tt[k]
    if not (first.lower() in lex.determiners or is_name(doc, first)):
        return False
    for t in range(k + 1, min(k + 5, n_toks)):
        w = tt[t]
        if w in doc.rules.finite_auxiliaries:
            return t > k + (first.lower() in lex.determiners)  # a noun after the determiner
        noun = t == k + 1 and first.lower() in lex.determiners  # 'the vote was rigged': a noun
        verb = w.islower() and w in lex.cue_forms and not noun
        if not w.replace("-", "").replace("'", "").isalpha() or verb:
            return False  # a verb; not 'States' in 'the United States was'
        if w.lower() in lex.relative_words:
            return False  # 'backs the people who will vote': a relative clause of the object
    return False


def noun_attribution(doc: Doc, toks: Tokens, unit: Unit) -> Attr | None:
    """'X's call for ...': a possessive before a cue noun ('the statement said' is a verb)."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    if doc.text[unit.start : unit.end].rstrip().rstrip(rules.close_quotes + "\"')").endswith("?"):
        return None  # 'What is Bolton's view of the treaty?': a question about it, no content
    for k in range(1, len(tt)):
        t = tt[k]
        if t.lower() not in lex.cue_nouns:
            continue
        if in_quotes(unit.quotes, toks.start[k]):
            continue
        owner = tt[k - 1]
        if not rules.possessive.search(owner) or not owner[:1].isupper():
            continue
        nxt = tt[k + 1] if k + 1 < len(tt) else ""
        linked = nxt.lower() in rules.cue_noun_links or nxt in rules.open_quotes + '"'
        if not linked and not _be_that(doc, toks, k + 1):
            continue  # 'X's comments came as ...': the noun, not what was said
        found = backward_np(doc, toks, k - 1)
        if found is None:
            continue
        (i, j), _ = found
        mention = strip_possessive(doc, span_text(doc, toks, i, j))
        return Attr(mention, toks.start[i], toks.start[i] + len(mention), t, toks.start[k], toks.stop(k))
    return None


def _be_that(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a form of 'be' and 'that' follow at token ``k``, perhaps after an aside between
    commas ("Turkey's position is that ...", "Turkey's position, as stated last week, is that
    ...")?"""
    tt, rules = toks.text, doc.rules
    if k < len(tt) and tt[k] == ",":
        k = next((n + 1 for n in range(k + 1, min(len(tt), k + 16)) if tt[n] == ","), len(tt))
    # 'is', 'remains', 'has long been', 'has always been', 'is still'
    linked = False
    start = k
    while k < len(tt) and k - start < 4:
        low = tt[k].lower()
        if low in rules.be_forms or low in rules.remain_forms:
            linked = True
        elif not (low in doc.lex.auxiliaries or is_adverb(doc, tt[k])):
            break
        k += 1
    if not (linked and k < len(tt)):
        return False
    return tt[k].lower() in rules.complementisers and tt[k].isalpha()


def content_words(doc: Doc, attr: Attr, toks: Tokens, enough: int = 3) -> int:
    """Words of the sentence that are neither speaker, cue nor 'told reporters on Friday',
    counted up to ``enough`` (the rules only ask whether there are none, or fewer than three)."""
    lo, hi = min(attr.m_start, attr.c_start), max(attr.m_end, attr.c_end)
    time_words, demonstratives = doc.lex.time_words, doc.rules.demonstratives
    n = 0
    tt = toks.text
    after = bisect.bisect_left(toks.start, hi)
    medium = _medium_end(doc, toks, after)  # 'posted on its Telegram channel:' says where
    for k, (s, t) in enumerate(zip(toks.start, tt)):
        if lo <= s < hi or not t[:1].isalnum() or after <= k < medium:
            continue
        low = t.lower()
        alone = low in demonstratives and (k + 1 == len(tt) or not tt[k + 1][:1].isalnum())
        if s >= hi and low in time_words and not alone:
            continue  # 'on Friday', 'this week'; not 'Baku denied this.'
        n += 1
        if n >= enough:
            break
    return n


def _medium_end(doc: Doc, toks: Tokens, k: int) -> int:
    """The token after the phrases of medium that start at token ``k``, just after a cue ('on its
    Telegram channel', 'in a post on X', 'on the ministry's website'), or ``k`` if there are none:
    a preposition, at most four words and a medium noun, each time."""
    rules, tt = doc.rules, toks.text
    while k < len(tt) and tt[k].lower() in rules.object_prepositions:
        for m in range(k + 1, min(k + 6, len(tt))):
            w = strip_possessive(doc, tt[m]).lower()
            owner = w != tt[m].lower()
            if w in rules.medium_nouns and not owner:  # not "X's" in 'on X's website'
                while m + 1 < len(tt) and tt[m + 1].lower() in rules.medium_nouns:
                    m += 1  # 'its Telegram channel'
                break
            if not w.replace("-", "").isalnum() or w in doc.lex.cue_forms:
                return k
        else:
            return k
        k = m + 1
    return k


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _ended(doc: Doc, unit: Unit) -> bool:
    """Does the unit end as a sentence does, not as a headline ('Armenia accuses Azerbaijan of
    shelling villages, Moscow urges calm' has two speakers and no full stop)?"""
    last = doc.text[unit.start : unit.end].rstrip()[-1:]
    return bool(last) and (last in doc.rules.sentence_end_chars or last in doc.rules.close_quotes + "\"'")


def _opens(doc: Doc, unit: Unit, attr: Attr) -> bool:
    """Does the speaker of ``attr`` open the unit, perhaps after its linking word ('while
    Washington said ...', a clause split off before)?"""
    before = doc.text[unit.start : attr.m_start].split()
    return not before or (len(before) == 1 and before[0].lower() in doc.lex.linking_words)


def _bare_link(doc: Doc, between: str, a2: Attr, opening: bool) -> int:
    """Where the second speaker's clause starts in ``between`` (the text from the first cue to the
    second speaker) when no comma and linking word set it off: at 'and' or 'but' with no comma
    ('..., while Washington said it was cautious and Paris said ...'), or at the speaker after a
    bare comma ('Russia said A, Turkey said B, and ...'); -1 if neither. The speaker's cue must
    follow it at once (not 'X said A, Y, a former envoy, said'), with no comma after the cue
    ('A, Turkey said, was useful' is an aside)."""
    rules = doc.rules
    m = rules.bare_clause_link.search(between)
    if m is None or a2.inverted:
        return -1
    if _lemma(doc, a2.cue) not in rules.main_cue_lemmas and not (opening and not m.group(1)):
        # after an opening subordinate clause ('While Paris has called for an inquiry, Moscow
        # has dismissed ...') the comma ends it: any cue of the main clause has its own speaker
        return -1
    if a2.cue.endswith(rules.participle_suffix):
        return -1  # 'Turkey welcomed the truce, its Foreign Ministry saying ...': one statement
    gap = doc.text[a2.m_end : a2.c_start]
    if len(gap.split()) > 2 or "," in gap or doc.text[a2.c_end : a2.c_end + 1] == ",":
        return -1
    words = a2.mention.split()
    head = strip_possessive(doc, words[-1]) if words else ""
    if not (is_name(doc, head) or speaking_head(doc, head.lower())):
        return -1
    if any(w.lower() in doc.lex.relative_words for w in words):
        return -1  # '..., an attack for which X has claimed responsibility': a relative clause
    return m.start(1) if m.group(1) else len(between)


def _asked(doc: Doc, unit: Unit, attr: Attr) -> str | None:
    """The object of the first clause's cue, the one asked ('asked the secretary whether')."""
    toks = tokenize(doc, unit.start, unit.end)
    k = tok_index(toks, attr.c_end - 1)
    if k is None:
        return None
    np = forward_np(doc, toks, k + 1)
    return span_text(doc, toks, *np) if np is not None else None


def _naming(doc: Doc, attr: Attr) -> bool:
    """Does the cue name or judge its object ('described it as irresponsible', 'condemned as a
    provocation', 'called it a lie')?"""
    after = doc.text[attr.c_end : attr.c_end + 40].split()
    named = _lemma(doc, attr.cue) in doc.rules.naming_cue_lemmas
    return named or (bool(after) and after[0].lower() == doc.rules.as_marker)


def split_two(doc: Doc, unit: Unit, attrs: list[Attr]) -> list[Unit] | None:
    """'X said A, while Y said B': two clauses, split before the linking word."""
    text, lex, rules = doc.text, doc.lex, doc.rules
    a1 = attrs[0]
    for a2 in attrs[1:]:
        if a2.inverted or a2.according or a1.according:
            continue
        if _norm(a2.mention) == _norm(a1.mention) or a2.m_start < a1.c_end:
            continue
        between = text[a1.c_end : a2.m_start]
        reply = rules.reply_relative.search(between)
        if reply is not None and _lemma(doc, a2.cue) not in rules.reply_lemmas:
            reply = None
        if a2.mention.lower() in lex.pronouns and reply is None:
            continue
        appositive = rules.appositive_relative.search(between) or reply
        if appositive is not None and reply is None and not _naming(doc, a2):
            appositive = None  # '..., a deadline that officials have said may slip': one statement
        before = text[max(0, a2.m_start - 8) : a2.m_start].split()
        if before and before[-1].lower() in lex.relative_words and appositive is None:
            continue  # '..., which the president did not sign': a relative clause, no speaker
        best = -1
        breaks = [*rules.clause_break.finditer(between), *rules.dash_break.finditer(between)]
        for m in sorted(breaks, key=_match_start):
            word = (m.group(1) or "").lower()
            if appositive is not None and m.start() == appositive.start():
                # '..., a remark that the ministry described as "irresponsible"': the second
                # speaker's words about the first clause, from the apposition on
                best = m.start(1)
                break
            if word in rules.articles and between[m.end(1) :].split()[:1] in ([w] for w in rules.claim_nouns):
                best = m.start(1)  # '..., a charge Kigali denies': the denial is a clause of its own
                continue
            if m.group(0).startswith(";"):
                best = m.start(1) if m.group(1) and word in lex.linking_words else m.end(0)
                if m.group(1) and word not in lex.linking_words:
                    best = m.start(1)
            elif word in lex.linking_words:
                best = m.start(1)
            elif word in rules.absolute_links and a2.cue.split()[0].endswith(rules.participle_suffix):
                best = m.start(1)  # '..., with the opposition leader saying ...'
        if best < 0:
            m2 = rules.contrast_link.search(between)
            if m2 is not None:
                best = m2.start(1)
            elif _opens(doc, unit, a1) and _ended(doc, unit) and not _closes_sentence(doc, a2, unit.end):
                # 'X said A and Y said B', 'X said A, Y said B, and ...': X opens the sentence
                # and Y's clause holds words of its own
                lead = text[unit.start : a1.m_start].split()
                opening = bool(lead) and lead[0].lower() in rules.contrast_subordinators
                # not 'While he acknowledged ..., Ham also noted ...': the pronoun is Ham
                opening = opening and a1.mention.lower() not in lex.pronouns
                best = _bare_link(doc, between, a2, opening and between.count(",") == 1)
            if best < 0:
                continue
        cut = a1.c_end + best
        claimed = [w.lower() for w in text[cut : a2.c_start].split()]
        own = len(claimed) == 2 and claimed[0] in rules.articles and claimed[1] in rules.claim_nouns
        # '..., a claim denied by Yerevan': the agent's own cue comes before it
        inside = [c for c in cue_matches(doc, cut, a2.m_start) if not (own and c.start == a2.c_start)]
        if any(c.word.lower() not in rules.claim_nouns for c in inside):
            # '..., and said Armenian claims were false': the first speaker's second verb, and
            # the 'speaker' after it is inside what that verb reports
            continue
        first_end = cut
        # the first clause ends before the comma, semicolon or dash that sets the second off
        while first_end > unit.start and (text[first_end - 1].isspace() or text[first_end - 1] in _MARKS):
            first_end -= 1
        if first_end <= unit.start or cut >= unit.end:
            continue
        u1 = Unit(unit.start, first_end, unit.paragraph, a1)
        u2 = Unit(cut, unit.end, unit.paragraph, a2)
        for u in (u1, u2):
            u.quotes = [
                (max(qa, u.start), min(qb, u.end)) for qa, qb in unit.quotes if qa < u.end and qb > u.start
            ]
            u.quoted = sum(qb - qa for qa, qb in u.quotes)
            u.content_words = 3
        u1.starts_in_quote = unit.starts_in_quote
        u2.ends_in_quote = unit.ends_in_quote
        if reply is not None and a2.mention.lower() in lex.pronouns:
            # 'The senator asked the secretary whether ..., to which she replied ...': the one
            # asked replies
            asked = _asked(doc, unit, a1)
            a2.antecedents = (asked,) if asked is not None else ()
        return [u1, u2]
    return None
