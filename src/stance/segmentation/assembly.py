"""Phase 6: statement assembly. Quote runs over sentences and paragraphs, the speaker of each
unit (its own cue, its quote run, a name tag, the issuer), the statement's kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..actors import organisation_codes
from ..results import Statement
from .headers import (
    first_person,
    header_actor,
    is_formula,
    is_title,
    issuer_subject,
    list_item,
    tag_speaker,
)
from .phrases import bare_actor_name, owner_pronoun, strip_possessive
from .records import Attr, Doc, Header, Speaker, Unit
from .resources import Rules, language
from .speakers import SpeakerResolver

_FRONTED_CHARS = 40  # how far a fronted phrase of time or place may run before its comma
_BEHALF_REACH = 3  # how many body sentences into a speech with no header its 'On behalf of' may come
_LEAD_IN_WORDS = 10  # the most words of a body's name alone on a line before a list ('The Assembly:')


@dataclass
class _Found:
    """Who speaks in one unit, as the rules found it."""

    speaker: Speaker
    mention: str | None = None
    mspan: tuple[int, int] | None = None
    cue: str | None = None
    kind: str = "indirect"


@dataclass
class _State:
    """One document's assembly: what the speaker rules read (the units, their quote runs, the
    issuer, the resolver) and what they carry from one unit to the next (``tag_sp``, ``last``)."""

    doc: Doc
    units: list[Unit]
    issuer_sp: Speaker | None
    run_of: list[int]
    run_attr: dict[int, Unit]
    resolver: SpeakerResolver
    tag_sp: Speaker | None = None
    last: tuple[int, Attr, Speaker] | None = None
    #: 'The governor added:' with nothing after it: the paragraph the words are in, and who
    block: tuple[int, Attr, Speaker] | None = None
    #: an interview's 'A:' with no issuer: the person its introduction names (looked for once)
    interviewee: Speaker | None = None
    looked: bool = False


def quote_runs(doc: Doc, units: list[Unit], open_pars: set[int]) -> list[int]:
    """For each unit, the index of the first unit of its quote run: a sentence that starts
    inside a quote (or a new paragraph that reopens one) continues the previous one's run."""
    text, open_q = doc.text, doc.rules.open_quotes + doc.rules.single_open_quotes + "\"'"
    run_of = list(range(len(units)))
    for n in range(1, len(units)):
        u, p = units[n], units[n - 1]
        if u.start <= p.end:  # two clauses of one sentence
            continue
        reopened = (
            u.paragraph == p.paragraph + 1
            and p.paragraph in open_pars
            and text[u.start : u.start + 1] in open_q
        )
        if (u.starts_in_quote and p.ends_in_quote) or (
            reopened
            and (p.attr is not None or run_of[n - 1] != n - 1 or _all_quote(text, units, n - 1, open_q))
        ):
            run_of[n] = run_of[n - 1]
    return run_of


def _all_quote(text: str, units: list[Unit], k: int, open_q: str) -> bool:
    """Is unit ``k`` a paragraph of its own that opens with a quotation mark (a paragraph of a
    quote over paragraphs whose cue comes in a later one: '"Russia condemns the shelling.' then
    '"We call on Baku to ...," the statement said.')? A quote left open after a cue in the
    same paragraph ('..., she said. "If indeed ...') is not: its next paragraph may be
    another speaker's."""
    return (k == 0 or units[k - 1].paragraph != units[k].paragraph) and text[
        units[k].start : units[k].start + 1
    ] in open_q


def _lend_trailing_cues(doc: Doc, units: list[Unit]) -> None:
    """'"Why now?" Jane Roe asked.': the question mark ends a sentence before the name, so the
    cue stands alone after the quote; the quote takes it (the cue's own sentence says nothing
    and is no statement)."""
    close = doc.rules.close_quotes + '"'
    text = doc.text
    for n in range(1, len(units)):
        u, p = units[n], units[n - 1]
        if (
            u.attr is not None
            and u.content_words < 1
            and not u.quoted
            and p.attr is None
            and p.quoted
            and p.paragraph == u.paragraph
            and text[p.end - 1 : p.end] in close
            and p.end <= u.start
        ):
            p.attr = u.attr


def narrated_subject(doc: Doc, u: Unit, apposition: bool = False) -> str | None:
    """The name a narration sentence opens with as its subject ('Craiova coach Vasile Pop was
    less happy', 'Guterres visited the camp'): a person's name of two capitalised words or
    more after lower-case or capitalised titles, or a name the gazetteer knows, before a
    lower-case verb; None otherwise."""
    if doc.text[u.end - 1] not in doc.rules.sentence_end_chars:
        return None  # a title or a heading ('Briefing to the Security Council by ...')
    m = doc.rules.narrated_subject.match(doc.text, u.start, u.end)
    if m is None or m.group(1).split()[0] in doc.lex.np_stop:
        # 'On Friday, Deputy Minister Ada Roe flew to Baku.' ('In an interview with Le Monde,
        # Minister X ...' matches 'In' first)
        m = _after_fronted_phrase(doc, u) or m
    if m is None and apposition:
        m = doc.rules.introduced_subject.match(doc.text, u.start, u.end)  # 'Ada Roe, the envoy, ...'
    if m is None:
        return None
    name = m.group(1)
    words = _name_words(doc, name.split())
    name = " ".join(words)
    if strip_possessive(doc, words[-1]) != words[-1]:
        return None  # "Guterres's visit ...": an owner, not the subject
    if (
        words[0].lower() in doc.rules.article_the
        and len(words) >= 4
        and all(w[:1].isupper() for w in words[-2:])
        and any(w.lower() in doc.lex.role_nouns for w in words[1:-2])
    ):
        # 'The Azerbaijani presidential aide Farid Mammadli gave an interview ...': a role and
        # a person's name after the article
        words = words[1:]
        name = " ".join(words)
    if words[0] in doc.lex.np_stop and not _body_after_article(doc, words):
        return None  # 'The', 'In', 'After': no name opens the sentence
    if any(len(w) > 1 and w.isupper() and not doc.gaz.actor_of(w) for w in words):
        return None  # 'THE MANY CAVEATS Plenty ...': a heading run into its paragraph
    if doc.gaz.actor_of(name) is None and sum(w[:1].isupper() for w in words) < 2:
        return None  # one capitalised word ('Prices', 'Tuesday') is no sure name
    return name


def _body_after_article(doc: Doc, words: list[str]) -> bool:
    """Do the words name a body the gazetteer knows after 'The' ('The International Court of
    Justice ruled ...')? Two words or more after it: 'The Armenian' (foreign ministry) is no
    body's name."""
    the = words[0].lower() in doc.rules.article_the
    return the and len(words) > 2 and doc.gaz.actor_of(" ".join(words[1:])) is not None


def _opening_subject(doc: Doc, u: Unit) -> str | None:
    """The name a sentence of news copy opens with, when its speaker is a pronoun after it
    ('Foreign Secretary Ada Roe summoned the envoy over what she called ...': Ada Roe), or None.
    (In a speech, 'Azerbaijan launched an operation it described as ...' stays the speaker's own
    words: the caller asks only where no issuer or name tag speaks.)"""
    a = u.attr
    if a is None or doc.lex.pronouns.get(a.mention.lower()) != "person":
        return None  # 'he' or 'she' ('it' in a speech whose issuer is not found is the speaker's)
    subject = narrated_subject(doc, u)
    if subject is None or subject.split()[0].lower().endswith(doc.rules.participle_suffix):
        return None  # 'Campaigning against X in 2012, he barely mentioned it.'
    return subject if doc.text.find(subject, u.start, a.m_start) >= 0 else None


def _issuing_body(doc: Doc, u: Unit, resolver: SpeakerResolver) -> str | None:
    """The body a sentence says issued a statement ('The Armenian foreign ministry issued a
    statement on Monday.'), which a later 'the statement' stands for, when it names an actor;
    None otherwise."""
    m = doc.rules.document_issued.match(doc.text, u.start, u.end)
    if m is None:
        return None
    sp = resolver.resolve(m.group(1), None)
    return m.group(1) if sp.kind == "institution" and sp.actor is not None else None


def _after_fronted_phrase(doc: Doc, u: Unit) -> re.Match[str] | None:
    """The narrated subject after a short fronted phrase of time or place that opens the
    sentence and ends at a comma ('On Friday,', 'Last week,', 'In Baku,'), or None."""
    text = doc.text
    comma = text.find(",", u.start, min(u.end, u.start + _FRONTED_CHARS))
    if comma < 0:
        return None
    words = text[u.start : comma].split()
    rules = doc.rules
    opener = words[0].lower() if words else ""
    openers = (rules.time_modifiers, rules.head_prepositions, rules.time_heads)
    if not any(opener in words_ for words_ in openers):
        return None
    return rules.narrated_subject.match(text, comma + 1, u.end)


def _name_words(doc: Doc, words: list[str]) -> list[str]:
    """The words of an opening name up to the verb that follows it: 'Russian envoy Ivan
    Sorokin | met the Azerbaijani minister' (a lower-case word after two capitalised words,
    neither a role nor a title's link, ends the name; 'Craiova coach Vasile Pop' and 'Deputy
    Minister of Armenia Nune Hakobyan' stay whole)."""
    caps = 0
    for k, w in enumerate(words):
        if w[:1].isupper():
            caps += 1
        elif caps >= 2 and w not in doc.lex.role_nouns and w not in doc.rules.title_links:
            return words[:k]
    return words


def assemble(
    doc: Doc, units: list[Unit], header: Header, open_pars: set[int], resolver: SpeakerResolver
) -> list[Statement]:
    """The statements of the units, in text order."""
    issuer = header.issuer
    if issuer and not header.signed:
        issuer_actor = resolver.named_actor(issuer) or header.actor
    else:
        issuer_actor = header.actor  # none named, or a list of signatories' (not its first name's)
    issuer_sp: Speaker | None = None
    if issuer:
        person = doc.rules.person_line.match(issuer) is not None or (
            issuer.split()[0].rstrip(".") in doc.rules.honorifics
        )
        issuer_sp = Speaker(issuer, "person" if person else "institution", issuer_actor or "OTHER")
        resolver.note_surnames(issuer_sp)
    elif not any(u.tag for u in units):
        # a speech with no header that opens 'On behalf of the Nordic countries, I ...': the
        # group named speaks, as a header's issuer would
        group = _behalf_group(doc, units)
        if group is not None:
            issuer_sp = resolver.group_speaker(group)
            if issuer_sp.actor != "OTHER":
                issuer_actor = issuer_sp.actor
    if issuer_actor is not None:
        resolver.context_actor = issuer_actor
        if (
            not issuer
            and issuer_sp is None
            and issuer_actor not in organisation_codes()
            and not any(u.tag for u in units)
            and not any(doc.rules.call_title.search(line.strip()) for line in header.lines)
        ):
            # a wire story's headline names a state where the story is, not who publishes it:
            # a list of states or 'both sides' in it do not speak for its first state (a body's
            # name, 'EU monitors deploy ...', is the mission's that 'the mission' stands for; the
            # host of a call an account's title reports is its publisher; a transcript's
            # header is its publisher's)
            resolver.place_context = True
    # a record's name tags with no issuer take the header's actor only if a header line names
    # a speaker or an actor: a title's state is its topic ('Georgia: Elections' over a debate's
    # members), not whom the members speak for
    tag_actor = None if not issuer and _topic_title(doc, header, issuer_actor) else issuer_actor
    if issuer_sp is not None:
        resolver.history.append(issuer_sp)
    _lend_trailing_cues(doc, units)
    run_of = quote_runs(doc, units, open_pars)
    run_attr: dict[int, Unit] = {}
    for n, u in enumerate(units):
        if u.attr is not None and run_of[n] not in run_attr and (u.quoted or u.starts_in_quote):
            run_attr[run_of[n]] = u
    state = _State(doc, units, issuer_sp, run_of, run_attr, resolver)
    out: list[Statement] = []
    last_n = -1  # the unit of the last statement
    for n, u in enumerate(units):
        resolver.unit = n
        if n > 0:
            resolver.note_documents(units[n - 1].start, units[n - 1].end, n - 1)
        block = state.block is not None and state.block[0] == u.paragraph
        if block and (n == 0 or units[n - 1].paragraph != u.paragraph) and (
            u.quoted or u.starts_in_quote or u.tag
        ):
            state.block, block = None, False  # a quote or a name tag follows: no block quote
        goes_on = _impersonal_goes_on(state, n) if issuer_sp is None and u.attr is None else None
        if goes_on is not None:
            out.append(goes_on)
            last_n = n
            continue
        if u.attr is None and not u.tag and doc.text[u.end - 1] in ":," and not u.quoted:
            lead = _subject_lead_in(state, n)
            if lead is not None:
                # 'The Assembly:' then '1. Condemns ...;' '2. Calls upon ...;': every item of
                # the list is the body's, as a cue's with a colon ('The EU calls on:') gives them
                state.block = (units[n + 1].paragraph, *lead)
                continue
        if issuer_sp is None and u.attr is None and not (u.quoted or u.starts_in_quote) and (
            not u.tag or u.question
        ) and not block:
            subject = narrated_subject(doc, u)  # a cheap match first, the title check if it names
            if subject is None:
                # 'Ada Roe, the EU's special representative, met both leaders.': a name whose
                # apposition says whom she speaks for (not 'Ivo Marek, her deputy, resigned.')
                subject = narrated_subject(doc, u, apposition=True)
                if subject is not None and resolver.resolve(subject, None).actor in (None, "OTHER"):
                    subject = None
            if subject is None:
                subject = _issuing_body(doc, u, resolver)
            published = doc.rules.document_published.match(doc.text, u.start, u.end)
            if published is not None:
                resolver.published(published.group(1), published.group(2))
            if subject is not None and not (u.header or is_title(doc, units, n)):
                resolver.narrate(subject, n)  # 'Coach Vasile Pop was less happy. He said ...'
            resolver.note_roles(u.start, u.end)  # '... received the Ambassador of France.'
            continue  # no cue, quote, name tag or issuer: nobody speaks (as _speaker_of finds)
        if u.header or is_title(doc, units, n) or (u.attr is None and is_formula(doc, u)):
            continue
        first: Speaker | None = issuer_sp
        if u.tag and not u.question:
            if state.tag_sp is None or state.tag_sp.resolved != u.tag:
                state.tag_sp = tag_speaker(doc, u.tag, header, tag_actor)
                if state.tag_sp.resolved == u.tag and u.tag.upper().rstrip(".: ") in doc.rules.answer_tags:
                    state.tag_sp = _interviewee(state, n) or state.tag_sp  # 'A:' of a named interviewee
                elif state.tag_sp.actor is None:
                    state.tag_sp = _introduced_tag(state, state.tag_sp)
            first = state.tag_sp
        with resolver.subject_first(_opening_subject(doc, u) if first is None else None):
            found = (_block_speaker(state, n) if block else None) or _speaker_of(state, n, first)
        if found is None:
            if u.attr is None and not u.quoted and issuer_sp is not None:
                # a meeting report in an issuer's text: its subject, like narration's, is whom
                # 'he' or 'the Deputy Assistant Secretary' refers to next
                subject = narrated_subject(doc, u)
                if subject is not None:
                    resolver.narrate(subject, n)
            if u.attr is not None and doc.text[u.start : u.end].endswith(":"):
                # 'The ministry said in a statement:' introduces the quote that follows, or the
                # next paragraph whole (a block quote whose marks were lost)
                a = u.attr
                state.last = (n, a, resolver.resolve(a.mention, first, a.place_actor))
                state.block = (u.paragraph + 1, a, state.last[2])
            continue
        if found.speaker.actor in (None, "OTHER"):
            found.speaker = resolver.with_acronym(found.speaker)  # an issuer's, a tag's
        if found.speaker.actor in (None, "OTHER") and found.mspan is not None:
            found.speaker = _with_alias(doc, found.speaker, found.mspan[1])
        st = _statement(doc, u, found, first, state.tag_sp)
        if out and last_n == n - 1 and _same_sentence(doc, units[n - 1], u) and _same_speaker(out[-1], st):
            # two clauses of one sentence that one speaker says ('X: The Russian side has expressed
            # its condolences, and the President has apologised'): one statement per sentence per speaker
            st = _joined(doc, out.pop(), st)
        out.append(st)
        last_n = n
        if block and state.block is not None and _list_goes_on(doc, units, n):
            # 'The EU calls on:' then '- the M23 to cease ...;' '- Rwanda to end ...;': every
            # item of the list the lead-in opens is the lead-in's speaker's
            state.block = (units[n + 1].paragraph, *state.block[1:])
        if st.speaker_span is not None and st.speaker_mention is not None:
            state.last = (
                n,
                Attr(st.speaker_mention, st.speaker_span[0], st.speaker_span[1], st.cue or "", 0, 0),
                found.speaker,
            )
    return out


def _impersonal_goes_on(state: _State, n: int) -> Statement | None:
    """'It was emphasized that ...' right after a body's statement (translated official prose:
    'It was stressed in the statement that ...', then 'It is noted with deep concern that ...'):
    the body's statement goes on; None for any other unit, or after a person's or no one's."""
    doc, u, last = state.doc, state.units[n], state.last
    if last is None or n - last[0] > 1 or u.quoted or u.starts_in_quote or u.tag:
        return None
    if last[2].kind != "institution" or last[2].actor is None:
        return None
    if doc.rules.impersonal_passive.match(doc.text, u.start, u.end) is None:
        return None
    a = last[1]
    state.last = (n, a, last[2])
    return _statement(doc, u, _Found(last[2], a.mention, (a.m_start, a.m_end), a.cue), None, None)


def _same_sentence(doc: Doc, p: Unit, u: Unit) -> bool:
    """Are ``p`` and ``u`` two clauses of one sentence (only a comma, a semicolon or a dash
    between them, and no sentence's end)?"""
    if p.paragraph != u.paragraph or p.end > u.start:
        return False
    gap = doc.text[p.end : u.start]
    if not gap.strip():
        return doc.text[p.end - 1].isalnum()  # '... A | and Y said B': a clause ends in a word
    return not gap.strip(" \t,;\u2013\u2014-")  # '..., ' or '; ' between the clauses


def _same_speaker(a: Statement, b: Statement) -> bool:
    return a.speaker == b.speaker and a.actor == b.actor


def _joined(doc: Doc, a: Statement, b: Statement) -> Statement:
    """One statement of the two clauses ``a`` and ``b`` (the first's speaker mention and cue)."""
    return Statement._trusted(
        doc.text[a.start : b.end], a.start, b.end, a.speaker, a.speaker_mention, a.speaker_span,
        a.actor, a.cue, a.kind if a.kind == b.kind else "partial", a.quotes + b.quotes,
    )  # fmt: skip


def _topic_title(doc: Doc, header: Header, actor: str | None) -> bool:
    """Does the header's ``actor`` come from a title that names only a topic ('Georgia:
    Elections', 'Situation in Georgia' over a debate's record): no header line names a speaker
    or an actor's own name, and no line that names the actor holds a role ('Minister'), a body's
    head ('Ministry') or an occasion of speaking ('Armenia: Press conference', 'Interview of
    ...') unless the actor is what it is about ('Press briefing on Georgia')?"""
    if actor is None or header_actor(doc, header.lines) is not None:
        return False
    lex, rules = doc.lex, doc.rules
    titled = False  # the actor is a title's (not the publisher's: 'Department Press Briefing')
    for line in header.lines:
        hits = doc.gaz.find(line)
        if not hits or hits[0].code != actor:
            continue
        titled = True
        before = [w.lower() for w in line[: hits[0].start].split()[-2:]]
        if before and before[-1] in rules.articles:
            before = before[:-1]
        if before and before[-1] in rules.topic_prepositions:
            continue  # 'Press briefing on Georgia': what the briefing is about
        for w in line.split():
            low = strip_possessive(doc, w.strip(".,:;()").lower())
            if low in lex.role_nouns or low in lex.institution_heads or low in rules.spoken_title_words:
                return False
    return titled


def _behalf_group(doc: Doc, units: list[Unit]) -> str | None:
    """The group a speech with no header speaks for, named in one of its first body sentences
    ('On behalf of the Nordic countries, I would like to ...', 'Allow me, on behalf of the
    Group of 77, to ...', 'I have the honour to speak on behalf of the European Union.'), or
    None. The sentence is unquoted and the first person speaks it: the words before 'on behalf
    of' are its subject ('I speak', 'Allow me,'), or the clause after the group opens with the
    first person ('..., we'); 'the statement delivered on behalf of the EU' is someone else's."""
    text, rules = doc.text, doc.rules
    seen = 0
    for u in units:
        if u.header or u.content_words < 3:
            continue  # the title block, 'Mr. President,'
        seen += 1
        if seen > _BEHALF_REACH:
            break
        if u.quoted or u.starts_in_quote:
            continue
        m = rules.behalf_speech.match(text, u.start, u.end)
        if m is None:
            continue
        group = m.group(3)
        if group.split()[0].lower() in rules.self_owners:
            continue  # 'on behalf of my Government': the speaker's own, unnamed
        if m.group(1) is None and m.group(2) is None:
            after = text[m.end() + 1 : u.end].split(None, 1)
            if not after or after[0].lower() not in doc.lex.first_person:
                continue  # 'On behalf of the EU, the Finnish minister said ...'
        return group
    return None


def _with_alias(doc: Doc, sp: Speaker, end: int) -> Speaker:
    """The speaker with the actor of the name it is given in apposition right after its mention
    ('The peacekeeping mission, known as UNIFIL, said': UN), if that is one known body's name."""
    m = doc.rules.alias_apposition.match(doc.text, end)
    hit = bare_actor_name(doc, m.group(1)) if m is not None else None
    return replace(sp, actor=hit.code) if hit is not None else sp


def _speaker_of(state: _State, n: int, first: Speaker | None) -> _Found | None:
    """Who speaks in unit ``n``, or None if it is no statement."""
    doc, units, issuer_sp, resolver = state.doc, state.units, state.issuer_sp, state.resolver
    u = units[n]
    tagged = bool(u.tag) and not u.question
    attr = u.attr
    if attr is not None and attr.position and issuer_sp is not None:
        # 'France supports ...', 'The resolution demands ...' in France's own text: the issuer's
        # statement (a sentence with a cue has content, however few words are left around it)
        ends = doc.text[u.end - 1] in doc.rules.sentence_end_chars  # not a title, not a clause
        if ends and not tagged and not u.question and not (u.quoted or u.starts_in_quote):
            return _Found(issuer_sp)
        attr = None
    if tagged and state.tag_sp is not None:
        # in a transcript the name tag speaks, whoever its answer names
        return _Found(state.tag_sp, u.tag, kind="direct")
    if attr is not None and issuer_sp is not None and not u.question and (
        _endorsed(doc, u, attr) or _rebutted_claim(doc, u, attr)
    ):
        # 'As the Secretary-General rightly noted, "..."' in a speech: who cites another to make
        # a point speaks (the codebook's citing others)
        return _Found(issuer_sp)
    if attr is not None:
        place = attr.place_actor or _seat_actor(doc, u, attr) or _subject_actor(resolver, attr, first)
        if attr.cue.lower() in doc.rules.continuation_cues:
            resolver.forget_narrated()  # 'He added ...' goes on with the last speaker
        speaker = resolver.resolve(attr.mention, first, place)
        owner = owner_pronoun(doc, attr.mention)
        pronoun = (owner or attr.mention).lower() in doc.lex.pronouns
        for name in attr.antecedents:
            named = resolver.resolve(name, first, place)
            # a generic mention's antecedent has its head ('..., the ministry said'), a pronoun's agrees
            if not pronoun or resolver.agrees(owner or attr.mention, named):
                # '..., her spokesperson said': whose spokesperson
                speaker = named if owner is None else resolver.owned(attr.mention, named)
                break
        if attr.body is not None and speaker.actor in (None, "OTHER"):
            # 'ministry spokeswoman X' after "Russia's Foreign Ministry ...": that ministry's
            body = resolver.resolve(attr.body, first, place)
            if body.actor not in (None, "OTHER"):
                speaker = replace(speaker, actor=body.actor)
        if attr.delegation is not None and not doc.gaz.find(attr.mention):
            # 'Speaking for Armenia, Counsellor X said' in the UN's meeting coverage: Armenia's,
            # not the publisher's nor the last counsellor's; a mention that names its own state
            # keeps it ('On behalf of the EU, the representative of France': France's)
            speaker = replace(speaker, actor=attr.delegation)
        resolver.remember(speaker)
        if doc.lex.pronouns.get(speaker.resolved.lower()) == "issuer":
            return None  # 'we' with no issuer: nobody identifiable speaks
        if u.content_words < 1 and not u.quoted:
            return None
        if u.question and not u.quoted and not _reports_words(doc, u, speaker, attr.mention):
            return None
        kind = "according_to" if attr.according else "indirect"
        return _Found(speaker, attr.mention, (attr.m_start, attr.m_end), attr.cue, kind)
    if u.quoted or u.starts_in_quote:
        return _quote_speaker(state, n, first)
    if tagged and state.tag_sp is not None:
        return _Found(state.tag_sp, u.tag, kind="direct")
    if issuer_sp is not None and not u.question and first_person(doc, u):
        self_np = issuer_subject(doc, u)
        if self_np is not None:
            return _Found(issuer_sp, self_np[0], self_np[1])
        return _Found(issuer_sp)
    return None


def _endorsed(doc: Doc, u: Unit, attr: Attr) -> bool:
    """Does the sentence cite another's words as its own point: an 'As X said,' clause that opens
    it, or an endorsing adverb before the cue ('X rightly called for ...')?"""
    if attr.inverted or attr.c_start < attr.m_end:
        return False
    before = doc.text[attr.m_end : attr.c_start].split()
    if before and before[-1].lower() in doc.rules.endorsing_adverbs:
        return True
    opener = doc.text[u.start : attr.m_start].split()
    comma = doc.text.find(",", attr.c_end, u.end)
    return [w.lower() for w in opener] == [doc.rules.as_marker] and comma > 0


def _rebutted_claim(doc: Doc, u: Unit, attr: Attr) -> bool:
    """Does an issued text's sentence open with another party's claim as its subject ("Azerbaijan's
    claims that ... are a distortion of the facts")? The issuer speaks about the claim."""
    if attr.inverted or attr.according or attr.m_start != u.start or attr.c_start < attr.m_end:
        return False
    between = doc.text[attr.m_end : attr.c_start].strip()
    owned = 0 < len(between) <= 2 and doc.rules.possessive.match(between) is not None
    return owned and attr.cue.lower() in doc.lex.cue_nouns


def _interviewee(state: _State, n: int) -> Speaker | None:
    """The person an interview's introduction names before its first question ('Ambassador
    Karel Novotny, the OSCE's special envoy, spoke to Reuters. Excerpts: Q: ... A: ...'), for
    answers tagged 'A:' with no issuer; None if the introduction names nobody."""
    if not state.looked:
        state.looked = True
        first = next((k for k in range(n + 1) if state.units[k].tag), n)
        for k in range(first - 1, max(-1, first - 4), -1):  # the introduction is just before
            name = narrated_subject(state.doc, state.units[k], apposition=True)
            if name is not None:
                sp = state.resolver.resolve(name, None)
                if sp.kind == "person":
                    state.interviewee = sp
                break
    return state.interviewee


def _subject_lead_in(state: _State, n: int) -> tuple[Attr, Speaker] | None:
    """The speaker a sentence that only names a body and ends with a colon gives the list after
    it, when the list's first item opens with a cue verb that has no subject ('The Assembly:'
    then '1. Condemns the attack ...;', 'In the text, the Parliament:' then '- condemns ...;',
    'The Ministers:' then '(a) Strongly condemns ...'); None otherwise ('The facts:' then '1.
    Troops crossed ...'; 'Condemn the attack' asks)."""
    doc, units = state.doc, state.units
    u = units[n]
    if n + 1 >= len(units) or units[n + 1].paragraph == u.paragraph or not list_item(doc, units[n + 1]):
        return None
    text, rules = doc.text, doc.rules
    if text[u.end - 1] == ",":
        # a communique's opening: 'The Peace and Security Council of the African Union (AU),
        # at its 1150th meeting held on 3 May 2023,' then '1. EXPRESSES deep concern ...;'
        start, stop = u.start, text.find(",", u.start, u.end)
    else:
        start = max(u.start, text.rfind(",", u.start, u.end) + 1)  # after a fronted 'In the text,'
        stop = u.end - 1
    while start < stop and text[start].isspace():
        start += 1
    words = text[start:stop].split()
    if not 0 < len(words) <= _LEAD_IN_WORDS:
        return None
    if not (words[0][:1].isupper() or words[0] in rules.articles):
        return None
    if any(not w.strip("()")[:1].isupper() and w not in rules.title_small_words for w in words[1:]):
        return None  # a name: capitalised words (an acronym in brackets) and the small words of a name
    nxt = units[n + 1]
    first = [w.lower() for w in text[nxt.start : min(nxt.end, nxt.start + 40)].split()[:3]]
    if first and first[0].endswith(rules.adverb_suffix) and first[0] not in rules.not_adverbs:
        first = first[1:]  # 'Strongly condemns'
    verb = first[0] if first else ""
    if not verb.endswith((rules.plural_suffix, rules.past_suffix)):
        return None  # 'Condemn ...': an imperative, or a noun
    forms = doc.lex.cue_forms
    pair = " ".join(first[:2])  # 'calls upon'
    if verb not in forms and pair not in forms and not any(k.startswith(verb + " ") for k in forms):
        return None
    m_end = stop
    while m_end > start and text[m_end - 1].isspace():
        m_end -= 1
    mention = text[start:m_end]
    speaker = state.resolver.resolve(mention, state.issuer_sp)
    state.resolver.remember(speaker)
    return Attr(mention, start, m_end, "", 0, 0), speaker


def _introduced_tag(state: _State, sp: Speaker) -> Speaker:
    """A name tag with no actor ('Jeanne Lefort:', 'TOIVO KALLAS:') takes the actor of the title
    the text gives the same name elsewhere ('In an interview with Le Monde, French Foreign
    Minister Jeanne Lefort discussed ...': FRA; 'Transcript of an interview with EU envoy Toivo
    Kallas': EU), as the name in running text would; else it stays as it is (a named host is
    no actor's)."""
    words = sp.resolved.split()
    if not words or not words[-1][:1].isupper():
        return sp
    lex, rules = state.doc.lex, state.doc.rules
    for w in words:
        low, bare = w.lower(), w.rstrip(".")
        if bare in rules.honorifics or bare.title() in rules.honorifics:
            continue  # 'MR. SMITH'
        if low in rules.articles or low in lex.role_nouns or low in lex.generic_heads or not w.isalpha():
            return sp  # 'The PRESIDENT', 'Spokesperson': an office, not a name
    named = " ".join(w if not w.isupper() else w.title() for w in words)  # 'TOIVO KALLAS'
    actor = state.resolver.resolve(named, None).actor
    return replace(sp, actor=actor) if actor not in (None, "OTHER") else sp


def _list_goes_on(doc: Doc, units: list[Unit], n: int) -> bool:
    """Is unit ``n`` an item of a list, the last of its paragraph, with another item next?"""
    if n + 1 >= len(units) or units[n + 1].paragraph == units[n].paragraph:
        return False
    return list_item(doc, units[n]) and list_item(doc, units[n + 1])


def _block_speaker(state: _State, n: int) -> _Found | None:
    """The speaker of a paragraph that a cue with a colon and nothing after it introduced ('The
    governor added:' then the words, unquoted, as a paragraph of their own: a block quote whose
    marks were lost). The paragraph must follow at once and not open with a quote or a name tag
    (``assemble`` drops the block then); a cue inside it is the speaker's own words, as inside a
    quote."""
    block, u = state.block, state.units[n]
    if block is None or u.paragraph != block[0] or u.quoted or u.starts_in_quote or u.tag:
        return None
    a = block[1]
    return _Found(block[2], a.mention, (a.m_start, a.m_end), a.cue or None, kind="direct")


def _quote_speaker(state: _State, n: int, first: Speaker | None) -> _Found | None:
    """A quote without its own cue: the run's speaker, a later speaker in the paragraph, the
    name tag's, or the previous statement's speaker."""
    doc, units, issuer_sp = state.doc, state.units, state.issuer_sp
    u = units[n]
    src = state.run_attr.get(state.run_of[n])
    if src is None:
        for m in range(n + 1, min(n + 4, len(units))):
            if units[m].paragraph != u.paragraph:
                break
            if units[m].attr is not None and units[m].quoted:
                src = units[m]
                break
    if src is not None and src.attr is not None:
        a = src.attr
        return _Found(state.resolver.resolve(a.mention, first), a.mention, (a.m_start, a.m_end), a.cue)
    if u.tag and not u.question:
        return _Found(state.tag_sp, u.tag) if state.tag_sp is not None else None
    last = state.last
    if last is not None and n - last[0] <= doc.rules.quote_reach and u.quoted * 3 >= (u.end - u.start):
        a = last[1]
        return _Found(last[2], a.mention, (a.m_start, a.m_end), a.cue)
    if issuer_sp is not None and not u.question and first_person(doc, u):
        return _Found(issuer_sp)
    return None


def _statement(doc: Doc, u: Unit, f: _Found, first: Speaker | None, tag_sp: Speaker | None) -> Statement:
    mention, mspan, cue, kind = f.mention, f.mspan, f.cue, f.kind
    if f.speaker is first and first is not None:
        # first-person text: no cue; a pronoun does not name the speaker
        cue = None
        if first is tag_sp and kind == "indirect":
            kind = "direct"
        if mention is not None and mention.lower() in doc.lex.pronouns:
            mention, mspan = None, None
    attr = u.attr
    if kind == "indirect" and u.quoted:
        nonattr = u.end - u.start
        if attr is not None and u.start <= attr.m_start and attr.c_end <= u.end:
            gap = doc.text[attr.m_end : attr.c_start] if attr.c_start >= attr.m_end else ""
            owned = gap[:1] in ("'", "\u2019")  # "The envoy's message was clear:": the speaker's own
            if gap.strip() and not owned and all(q_start >= attr.m_end for q_start, _ in u.quotes):
                # words between the speaker and the cue are the statement's own ('The ambassador
                # asked whether ... and warned that "..."'): only the two are attribution
                nonattr -= (attr.m_end - attr.m_start) + (attr.c_end - attr.c_start)
            else:
                nonattr -= max(attr.m_end, attr.c_end) - min(attr.m_start, attr.c_start)
            said_at = min(attr.m_start, attr.c_start)
            q_end = max((q_end for _, q_end in u.quotes), default=said_at + 1)
            if q_end <= said_at and not doc.text[q_end:said_at].strip(doc.rules.quote_gap):
                # the quote comes first and the speaker right after it: what follows is the
                # attribution and its adjuncts ('"...," the envoy said at a news conference')
                nonattr = min(nonattr, q_end - u.start)
        kind = "direct" if u.quoted >= 0.75 * max(nonattr, 1) else "partial"
    if u.tag and attr is None and not u.question and kind == "indirect":
        kind = "direct"
    sp = f.speaker
    text = doc.text[u.start : u.end]
    return Statement._trusted(
        text, u.start, u.end, sp.resolved, mention, mspan, sp.actor, cue, kind, tuple(u.quotes)
    )


def _seat_actor(doc: Doc, u: Unit, attr: Attr) -> str | None:
    """The actor of the place a speaker speaks from, right after a cue that follows its mention
    ('..., the Foreign Ministry said in Paris', 'told reporters in Washington'): like a place
    phrase opening the sentence, it gives an office with no country its state."""
    if attr.inverted or attr.c_start < attr.m_end:
        return None
    words = doc.text[attr.c_end : u.end].split(None, 4)
    for k, w in enumerate(words[:3]):
        if w.lower() in doc.rules.place_prepositions:
            rest = doc.text[attr.c_end : u.end].split(None, k + 1)[-1]
            hits = doc.gaz.find(rest)
            if hits and hits[0].start == 0 and not doc.gaz.is_person(hits[0].mention):
                return hits[0].code
            return None
        if not w.islower() or not w.isalpha():
            return None  # only an object between: 'told reporters in Washington'
    return None


def _subject_actor(resolver: SpeakerResolver, attr: Attr, first: Speaker | None) -> str | None:
    """The actor of the body or state that opens a sentence its attribution closes ('The Kremlin
    described the talks as "constructive", spokesman X said'): an office with no country that
    closes the sentence speaks for it. A person who opens it gives none."""
    if attr.subject is None:
        return None
    opener = resolver.resolve(attr.subject, first)
    return opener.actor if opener.kind == "institution" and opener.actor != "OTHER" else None


def _reports_words(doc: Doc, u: Unit, speaker: Speaker, mention: str) -> bool:
    """Does a journalist's sentence in a transcript report a named party's words ('Question:
    The ministry said yesterday that ...'), which is that party's statement? A question ('Are
    you concerned ...?') or a pronoun speaker is not."""
    if doc.text[u.start : u.end].rstrip(" \"'\u201d\u2019)").endswith("?"):
        return False
    return mention.lower() not in doc.lex.pronouns and speaker.resolved.lower() not in doc.lex.pronouns


def scoring_texts(text: str, statements: Sequence[Statement], lang: str = "en") -> list[str]:
    """The text each statement is scored on: its own, or, for an item of a list that a lead-in
    ending with a colon opens ('We call on both sides to:' then '- withdraw their forces;'),
    the lead-in and the item, so that the item carries the lead-in's verb ('call on ... to
    withdraw'). The spans stay the statements' own. An item is a statement of the lead-in's
    speaker on a line of its own after a list mark, with nothing but white space and list
    marks between it and the statement before it."""
    rules = language(lang).rules
    out: list[str] = []
    lead: Statement | None = None
    lead_text = ""
    prev: Statement | None = None
    for s in statements:
        if lead is not None and prev is not None and _next_item(text, lead, prev, s, rules):
            out.append(f"{lead_text} {s.text}")
        elif (opening := _lead_in_line(text, s, rules)) is not None:
            # 'The EU calls on:' (no statement: its words are the list) then '- Rwanda to ...':
            # read as 'The EU calls on Rwanda to ...'
            lead, lead_text = s, opening[:-1].rstrip()
            out.append(f"{lead_text} {s.text}")
        else:
            lead = s if s.text.rstrip().endswith(":") else None
            lead_text = s.text
            out.append(s.text)
        prev = s
    return out


def _lead_in_line(text: str, s: Statement, rules: Rules) -> str | None:
    """The line that names ``s``'s speaker and ends with a colon, when ``s`` is the first item
    of the list that line opens ('The EU calls on:' then '- the M23 to cease hostilities;')."""
    if s.speaker_span is None or s.speaker_span[1] > s.start:
        return None
    end = text.find("\n", s.speaker_span[1], s.start)
    if end < 0 or not text[s.speaker_span[1] : end].rstrip().endswith(":"):
        return None
    if not _item_gap(text, end, s.start, rules):
        return None
    start = text.rfind("\n", 0, s.speaker_span[0]) + 1
    for m in rules.sentence_break.finditer(text, start, s.speaker_span[0]):
        start = m.end()  # the lead-in's own sentence, not the paragraph's earlier ones
    return text[start:end].strip()


def _next_item(text: str, lead: Statement, prev: Statement, s: Statement, rules: Rules) -> bool:
    """Is ``s`` the next item of the list that ``lead`` opens, after ``prev`` (the lead-in or
    the item before)?"""
    return s.speaker == lead.speaker and _item_gap(text, prev.end, s.start, rules)


def _item_gap(text: str, a: int, b: int, rules: Rules) -> bool:
    """Is ``text[a:b]`` a line break to a list item: white space, a new line, and a list mark?"""
    gap = text[a:b]
    cut = gap.rfind("\n")
    return cut >= 0 and not gap[:cut].strip() and rules.list_prefix.fullmatch(gap[cut + 1 :]) is not None
