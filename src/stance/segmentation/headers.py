"""Phase 4: the issuer of a first-person text, its header block, and transcript name tags."""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors import ActorMatch
from ..sentences import Sentence, line_end, sentence_rules, skip_space
from .phrases import bare_actor_name, strip_possessive, without_mission_subject
from .records import Attr, Doc, Header, Speaker, Unit

#: how far into a sentence a state's name that opens it may end ('The Bolivarian Republic of
#: Venezuela strongly condemns ...')
_OPENING_CHARS = 120
#: how far before a sentence the line it opens may start for a list mark, or for a dateline
_MARK_REACH = 100
_DATELINE_REACH = 300
#: how many lines back, and how long a line, a block of a page's furniture is read over
_FURNITURE_REACH = 12
_FURNITURE_CHARS = 400

def header_lines(doc: Doc, units: list[Unit]) -> int:
    """The last paragraph of the header block at the top (lines without sentence ends)."""
    text, rules = doc.text, doc.rules
    last = -1
    for k, u in enumerate(units[:8]):
        line = text[u.start : u.end]
        n_words = len(line.split())
        ended = line[-1:] in rules.header_end_chars and not rules.acronym_end.search(line)
        # a lead-in ('The following statement was issued by X:') is a header line, full stop or not
        by_line = (not ended and rules.by_line.search(line) is not None) or (
            rules.lead_in_line.match(line) is not None or rules.delivered_line.search(line) is not None
        )
        # an e-mail's header fields ('Subject: Norway condemns ...') are the message's furniture
        by_line = by_line or rules.mail_header_line.match(line.strip()) is not None
        by_line = by_line or rules.office_possessive_line.match(line.strip()) is not None
        by_line = by_line or rules.subject_lead_in_line.match(line.strip()) is not None
        if u.attr and not ended and not by_line and _release_title(doc, units, k):
            # a release's title with a verb ('Canada condemns attack on Armenian village') over
            # its date line: a title, not the body's first sentence
            by_line = True
        if u.paragraph > last + 2 or (ended and n_words > 6 and not by_line) or u.tag or list_item(doc, u):
            break  # a list item is the body's ('• Armenian units shelled ...;')
        if (n_words > 25 or (u.attr and not _compound_cue(doc, u, ended))) and not by_line:
            break
        whole_line = (k == 0 or units[k - 1].paragraph != u.paragraph) and (
            k + 1 >= len(units) or units[k + 1].paragraph != u.paragraph
        )
        if not whole_line or u.quoted:
            break
        last = u.paragraph
    return last


def _release_title(doc: Doc, units: list[Unit], k: int) -> bool:
    """Is unit ``k`` a release's title with a verb: a whole line with no sentence end among the
    page's other such lines, over a date line ('OAS General Secretariat condemns the kidnapping
    of ...' / 'Washington, D.C., 18 October 2021')? A story's headline over its byline ('By
    Jane Doe') or a list of key points is not."""
    u = units[k]
    if not among_furniture(doc, doc.line_start(u.start), u.end):
        return False
    nxt = next((v for v in units[k + 1 :] if v.paragraph != u.paragraph), None)
    if nxt is None:
        return False
    start = doc.line_start(nxt.start)
    return doc.rules.dated_line.match(doc.text, start, line_end(doc.text, nxt.start)) is not None


def _compound_cue(doc: Doc, u: Unit, ended: bool) -> bool:
    """Is the cue of a header line with no sentence end the first word of a compound noun
    ('Government press conference, Berlin, 1 April 2019'), not a verb of saying?"""
    if ended or u.attr is None:
        return False
    after = doc.text[u.attr.c_end : u.end].split(None, 1)
    return bool(after) and after[0].strip(",.;:").lower() in doc.rules.cue_compounds


def _header(doc: Doc, units: list[Unit], end: int, issuer: str | None) -> Header:
    lines = [doc.text[u.start : u.end] for u in units if u.paragraph <= end]
    # 'From: Press Office <press@...>': an e-mail's header names no issuer of the text it carries
    lines = [line for line in lines if not doc.rules.mail_header_line.match(line.strip())]
    return Header(lines, end, issuer, header_actor(doc, lines))


def header_actor(doc: Doc, lines: list[str], titles: bool = False, topics: bool = False) -> str | None:
    """The actor the header names: short lines first ('Republic of Azerbaijan', 'Ministry of
    Foreign Affairs'), those naming an institution before others; the long statement or title
    line last (it names the subject: '... the provocation of the armed forces of Armenia').
    A title ('Kenya's General Election') names no issuer's actor; with ``titles`` (a text with
    no issuer: a wire story's headline) it is the context of last resort. The topic before a
    colon ('Armenia/Azerbaijan: Statement by the Spokesperson on ...') names the subject too, and
    counts only with ``topics``."""
    rules = doc.rules

    def rank(line: str) -> tuple[bool, bool, bool, bool]:
        long = len(line.split()) > 8 or rules.by_line.search(line) is not None
        person = rules.person_line.match(line) is not None  # 'Name, Secretary of State'
        # a place and a date ('Vienna, 12 March 2026') say where the issuer met: after a line
        # that names a speaker ('Joint Statement of the Co-Chairs of the OSCE Minsk Group'); a
        # headline, which names its subject, is no nearer the issuer than the place is
        later = not _names_speaker(doc, line) and (titles or rules.dated_line.match(line) is not None)
        unnamed = rules.institution.search(line.title() if line.isupper() else line) is None
        return later, long, not person, unnamed

    for line in sorted(lines, key=rank):
        # 'Armenia/Azerbaijan: Statement by the Spokesperson on ...': the topic is no issuer's
        topic, colon, rest = line.strip().partition(": ")
        if colon and not rules.release_kind_line.match(topic) and _kind_line(doc, line):
            line = topic if topics else rest
        # 'X's Call with Moldovan Foreign Minister Y': the partner of a call is not the issuer;
        # 'Deputy Foreign Minister X Visits Armenia': nor the host of a visit
        line = rules.partner_phrase.split(line, maxsplit=1)[0]
        line = rules.destination_phrase.split(line, maxsplit=1)[0]
        by = rules.by_line.search(line)
        if by is not None:
            # 'Statement by the Spokesperson on the situation in Georgia': the issuer, not the topic
            # (a place after it stays: 'Briefing by the Spokeswoman, Moscow, 15 January')
            end = max(by.end(k) for k in range(1, (by.lastindex or 0) + 1) if by.group(k))
            if rules.topic_tail.match(line, end):
                line = line[:end]
        probe = line.title() if line.isupper() else line
        hits = doc.gaz.find(without_mission_subject(doc, probe))
        if hits and (
            titles or _names_speaker(doc, probe) or _names_actor(doc, probe, hits[0].start, hits[0].end)
        ):
            return hits[0].code
    return None


def _names_speaker(doc: Doc, line: str) -> bool:
    """Does a header line name a speaker (an institution, 'Statement by X', 'Name, Title')?"""
    rules = doc.rules
    return bool(rules.institution.search(line) or rules.by_line.search(line) or rules.person_line.match(line))


def _names_actor(doc: Doc, line: str, start: int, end: int) -> bool:
    """Is a header line that names no speaker the name of a state, body or place ('Republic of
    Azerbaijan', 'Paris, 3 May 2023', 'United Nations Development Programme'), not a title,
    which names its subject ('Kenya's General Election', 'Truce in Yemen', 'Armenia - National
    Day')?"""
    rules = doc.rules
    return rules.actor_line_prefix.fullmatch(line, 0, start) is not None and (
        rules.actor_line_rest.match(line, end) is not None
    )


def given_issuer(doc: Doc, units: list[Unit], issuer: str) -> Header:
    """The header when the caller names the issuer."""
    end = header_lines(doc, units) if units else -1
    return _header(doc, units, end, issuer)


def detect_issuer(doc: Doc, units: list[Unit]) -> Header:
    """The issuer named in the header block at the top, if any: 'Statement by X',
    'attributable to X', 'Name, Title', or a line naming an institution of a known actor."""
    rules = doc.rules
    end = header_lines(doc, units)
    head = _header(doc, units, end, None)
    issuer: str | None = None
    # 'Delivered by X' names who speaks, whoever's text it is ('Statement of the EU'); a joint
    # statement is its publisher's ('Joint Statement by the co-chairs' under 'Ministry of ...')
    by_lines = [
        m
        for line in head.lines
        if (m := rules.delivered_line.search(line) or rules.behalf_delivered_line.match(line.strip()))
    ]
    by_lines += [
        m for line in head.lines if not rules.joint_line.match(line) and (m := rules.by_line.search(line))
    ]
    # "Secretary-General's remarks to the Security Council on ...": the office speaks
    by_lines += [m for line in head.lines if (m := rules.office_possessive_line.match(line.strip()))]
    # 'The following statement was issued today by X:' names X; a joint text's lead-in ('the
    # text of a joint statement by the Governments of A and B') only when nothing else does
    leads = [m for line in head.lines if (m := rules.lead_in_line.match(line.strip()))]
    # 'The Honourable Anita Roe, Minister of Foreign Affairs, today issued the following statement:'
    leads += [m for line in head.lines if (m := rules.subject_lead_in_line.match(line.strip()))]
    by_lines += [m for m in leads if not rules.joint_word.search(m.string, 0, m.start(1))]
    # 'Statement on behalf of the European Union' with no one named as delivering it
    by_lines += [m for line in head.lines if (m := rules.behalf_line.match(line.strip()))]
    # 'Letter dated ... from the Permanent Representative of X ... addressed to the
    # Secretary-General': its writer, whatever organ line ('Security Council') is above it
    by_lines += [m for line in head.lines if (m := rules.letter_line.match(line.strip()))]
    # 'Report of the Special Rapporteur on ...': its author, not the organ line above it
    by_lines += [m for line in head.lines if (m := rules.report_line.match(line.strip()))]
    if any(rules.coverage_line.match(line.strip()) for line in head.lines):
        pass  # 'Meetings Coverage': a report of a meeting, in the reporter's voice (no issuer)
    elif by_lines:
        issuer = next(g for g in by_lines[0].groups() if g).strip(" :")
        issuer = _wrapped_issuer(doc, head.lines, by_lines[0].string, issuer)
        # '... attributable to the Spokesperson for the Secretary-General on Sudan': the topic
        issuer = rules.issuer_topic_tail.sub("", issuer)
        # 'Readout of the Foreign Minister's call with the Foreign Minister of Azerbaijan': the
        # host, not the partner (the dateline or the body names the host's state)
        host = rules.partner_phrase.split(issuer, maxsplit=1)[0]
        call = rules.call_word_end.search(host)
        if host != issuer and call is not None and call.start() > 0:
            issuer = host[: call.start()]
    elif any(rules.coverage_symbol_line.match(line.strip()) for line in head.lines):
        # 'SC/16234' with no line naming who issued the text (a press statement's lead-in
        # does): the account of a meeting, whose title ('Security Council Extends Mandate of
        # ...') names its subject, not an issuer
        pass
    else:
        plain = [
            line
            for line in head.lines
            if not rules.lead_in_line.match(line.strip()) and not _lead_in_clause(doc, line)
        ]
        if _digest(doc, units, head):
            plain = []  # a digest's headings are its topics ('Security Council'), not its issuer
        # a title with a verb ('OAS General Secretariat condemns the kidnapping of ...') names its
        # issuer by the verb's subject if that is an institution, not by the whole line (a
        # headline's state, 'Azerbaijan Says Truce Broken', names none)
        titled = {
            doc.text[u.start : u.end]: u.attr.mention
            for u in units
            if u.paragraph <= end and u.attr is not None and rules.institution.search(u.attr.mention)
            and doc.text[u.end - 1] not in rules.header_end_chars
        }
        plain = [titled.get(line, line) for line in plain]
        for line in plain:
            if rules.person_line.match(line):
                byline = rules.byline.match(line)
                if byline is not None:
                    if not rules.official_title.search(line, byline.end()):
                        continue  # a reporter's byline ('By Jane Doe, Reuters'): the story is no one's
                    line = line[byline.end() :]  # an official's article ('By X, Minister of ...')
                issuer = line.strip(" :")
                break
        else:
            for line in plain:
                if rules.institution.search(line) and doc.gaz.find(line) and not _headline_verb(doc, line):
                    issuer = issuer_phrase(doc, line)
                    break
                if line.isupper() and rules.institution.search(line.title()) and doc.gaz.find(line.title()):
                    issuer = line.strip(" :")  # 'MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ...'
                    break
            else:
                for line in plain:
                    probe = line.title() if line.isupper() else line  # 'OFFICE OF THE SPOKESPERSON'
                    named = rules.institution.search(probe) and not rules.digit.search(line)
                    if named and not _headline_verb(doc, line):
                        issuer = line.strip(" :")
                        break
                else:
                    issuer = _named_issuer(doc, plain) or (leads[0].group(1).strip(" :") if leads else None)
    joint = joint_signatories(doc, units, head) if issuer is None else None
    if joint is not None:
        issuer = joint[0]  # 'Joint Statement on ...' over its signatories: they speak
        head.actor, head.signed = joint[1], True
    if issuer is None and any(rules.release_title_line.match(line.strip()) for line in head.lines):
        # 'Press Release Regarding the Attack in ...' over 'We strongly condemn ...' and 'Türkiye
        # will continue to ...': the release is the body that names itself, from its first line
        own = _self_named(doc, units, end)
        if own is not None:
            issuer, head.actor = own.mention, own.code
    un = any(rules.un_release_line.match(line.strip()) for line in head.lines)
    if un and (issuer is None or doc.gaz.actor_of(issuer) is None):
        # 'Note to Correspondents' over a text that names no issuer, 'Press Briefing by the Office
        # of the Spokesperson' (no office of a state): the UN's press pages, whose text is the
        # UN's, not that of a topic line's state ('Sudan', '... the situation in Haiti')
        issuer = issuer or rules.un_release_publisher
        head.actor = doc.gaz.actor_of(rules.un_release_publisher)
    if issuer is None:
        head.actor = header_actor(doc, head.lines, titles=True)
        if any(rules.call_title.search(line.strip()) for line in head.lines):
            head.actor = _reporter_actor(doc, units, end, head.actor)
        if head.actor is None and any(u.tag and not u.question for u in units):
            # a transcript under 'Department Press Briefing' with no line naming its speaker; else
            # the state its answers name as the subject of their stance ('China firmly opposes ...')
            answers = [u for u in units if u.tag and not u.question]
            head.actor = _publisher_actor(doc, units, head) or _subject_actor(doc, answers, head)
    if issuer is None and not any(u.tag and not u.question for u in units):
        head.end_paragraph = -1
    head.issuer = issuer
    if issuer is not None and head.actor is None:
        # 'Department Press Briefing': a line only the publisher writes, before a state named
        head.actor = _publisher_actor(doc, units, head, own_only=True)
    if issuer is not None:
        # 'delivered by X ... on behalf of the Permanent Mission of Y' names Y whatever other
        # header line ('Security Council') names a body
        head.actor = _delivered_behalf_actor(doc, head.lines) or head.actor
    if issuer is not None and head.actor is None:
        end = head.end_paragraph
        head.actor = _host_actor(doc, units, end, False) or _self_named_actor(doc, units, end)
        head.actor = head.actor or _subject_actor(doc, units, head) or _behalf_actor(doc, units, end)
        head.actor = head.actor or _host_actor(doc, units, end, True)
        head.actor = head.actor or _publisher_actor(doc, units, head)
        # 'Armenia: Statement by the Ministry of Foreign Affairs': the title's topic, last
        head.actor = head.actor or header_actor(doc, head.lines, topics=True)
    return head


def _lead_in_clause(doc: Doc, line: str) -> bool:
    """Is a header line a clause that introduces what follows ('The Russian Defence Ministry
    posted on its Telegram channel:', 'Armenia's Foreign Ministry replied on X:'), not the name
    of an issuer ('Ministry of Foreign Affairs of Armenia:'): it ends with a colon and holds a
    word in lower case other than a name's small words?"""
    line = line.strip()
    if not line.endswith(":"):
        return False
    small = doc.rules.title_small_words
    return any(w.islower() and w not in small for w in doc.rules.word.findall(line))


def joint_signatories(doc: Doc, units: list[Unit], head: Header) -> tuple[str, str | None] | None:
    """The signatories of a joint statement that names no issuer ('Joint Statement on ...' as its
    first line), as a list of states or bodies under the title (a name a line) or at the bottom
    ('Signed by:' and a name a line, 'This statement is supported by the following countries: A,
    B and C.'): the list as the speaker ('Australia, Canada and Japan') and its actor (one state's
    or body's, OTHER for several: a list speaks for none of them alone). The units of a closing
    list are marked as header (no statement). None if the text is no such joint statement."""
    rules = doc.rules
    if not head.lines or not rules.joint_line.match(head.lines[0].strip()):
        return None
    names = [line.strip() for line in head.lines[1:] if bare_actor_name(doc, line.strip()) is not None]
    if not names:
        names = _joint_by_names(doc, head.lines[0])
    if not names:
        names = _closing_signatories(doc, units)
    if not names:
        return None
    codes = {doc.gaz.actor_of(name) for name in names}
    speaker = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return speaker, codes.pop() if len(codes) == 1 else "OTHER"


def _joint_by_names(doc: Doc, title: str) -> list[str]:
    """The states or bodies a joint statement's title lists after 'by' ('Joint Statement by
    Norway and the United States', '... by the Governments of Norway, the United Kingdom and
    the United States', '... by the Foreign Ministers of France and Germany'), two or more; else
    none (one name is the issuer of the title as any 'Statement by X')."""
    m = doc.rules.by_line.search(title)
    # the by-line's name, or what follows 'by' ('Joint statement issued by ...')
    by = title.partition(f" {doc.rules.agent_marker} ")[2]
    listed = next((g for g in m.groups() if g), "") if m is not None else by
    before, of, rest = listed.partition(" of ")
    if of and not doc.gaz.find(before):
        listed = rest  # 'the Governments of | Norway, ...'
    names = _listed_names(doc, listed)
    return names if len(names) >= 2 else []


def _closing_signatories(doc: Doc, units: list[Unit]) -> list[str]:
    """The names of a joint statement's closing list of signatories, marking its units as header."""
    text = doc.text
    for n, u in enumerate(units):
        line = line_end(text, u.start)
        m = doc.rules.signatories_line.fullmatch(text, doc.line_start(u.start), line)
        if m is None:
            continue
        names = _listed_names(doc, m.group(1))
        if not m.group(1).strip():  # a name a line below
            below = [text[v.start : v.end].strip() for v in units[n + 1 :] if v.start > line]
            names = [name for name in below if bare_actor_name(doc, name) is not None]
        if names:
            for v in units[n:]:
                v.header = True
        return names
    return []


def _listed_names(doc: Doc, listed: str) -> list[str]:
    """The names of states or bodies in a list ('Austria, Belgium, the United Kingdom and the
    United States'); a name with 'and' in it stays whole ('Bosnia and Herzegovina')."""
    out: list[str] = []
    for part in listed.split(","):
        part = part.strip()
        if bare_actor_name(doc, part) is not None:
            out.append(part)
            continue
        words = part.split()
        for k, w in enumerate(words):
            if w in doc.rules.list_and:
                a, b = " ".join(words[:k]), " ".join(words[k + 1 :])
                out += [x for x in (a, b) if x and bare_actor_name(doc, x) is not None]
                break
    return out


def _digest(doc: Doc, units: list[Unit], head: Header) -> bool:
    """Is the text a digest, diary or agenda, whose headings name the bodies it reports on, not
    its issuer: the first line is a digest's title ('DIPLOMATIC DIARY', 'WEEK AHEAD'), or the
    header is one heading and the body goes on under another naming a body ('Security Council
    ... General Assembly'): a line with no sentence end after a paragraph that ends one, and
    before more text (not a signature), in a text with no name tags?"""
    rules = doc.rules
    if head.lines and rules.digest_line.match(head.lines[0].strip()):
        return True  # the text's title: a release's first line is its issuer's name
    if len(head.lines) > 1 or any(u.tag for u in units):
        # a release's name lines ('Ministry of ...', 'Press release') over its own subheadings;
        # a briefing's topic headings ('KOSOVO') over its speakers' turns
        return False
    text = doc.text
    after_text = False
    for n, u in enumerate(units):
        if u.paragraph <= head.end_paragraph:
            continue
        line = text[u.start : u.end]
        ended = line[-1:] in rules.header_end_chars
        alone = (n == 0 or units[n - 1].paragraph != u.paragraph) and (
            n + 1 >= len(units) or units[n + 1].paragraph != u.paragraph
        )
        more = n + 1 < len(units) and units[n + 1].content_words >= 3  # a topic under it
        if after_text and alone and more and not ended and len(line.split()) <= 8 and u.attr is None:
            probe = line.title() if line.isupper() else line
            if rules.institution.search(probe) or bare_actor_name(doc, probe.strip(" :")) is not None:
                return True
        after_text = ended
    return False


def _publisher_actor(doc: Doc, units: list[Unit], head: Header, own_only: bool = False) -> str | None:
    """The actor of the publisher whose release format the header has, when nothing else names
    the issuer's actor (the last resort: a text that names its state wins). The State
    Department's: a line only it writes ('Rebecca Roe, Department Spokesperson', 'Department
    Press Briefing - May 3, 2026'); or its release type ('Media Note', 'Press Statement'), a
    spokesperson's line ('Office of the Spokesperson', 'John Doe, Deputy Spokesperson') and a
    date written month first ('September 22, 2026'), all three, since each alone is any
    ministry's. A first body sentence whose speaker is another state's government ('The
    Government of Canada welcomes ...') names the issuer's state: not the format's publisher.
    With ``own_only``, only a line the publisher alone writes counts."""
    rules = doc.rules
    probes = [line.strip() for line in head.lines]
    own = any(rules.release_own_line.search(line) for line in probes)
    release = (
        any(rules.release_type_line.match(line) for line in probes)
        and any(rules.release_office_line.match(line) for line in probes)
        and any(rules.release_date.search(line) for line in probes)
    )
    if not own and (own_only or not release):
        return None
    code = doc.gaz.actor_of(rules.release_publisher)
    first = next((u for u in units if u.paragraph > head.end_paragraph), None)
    if first is not None and first.attr is not None:
        mention = first.attr.mention
        hits = [h for h in doc.gaz.find(mention) if not doc.gaz.is_person(h.mention)]
        if hits and hits[0].code != code and rules.government_heads.intersection(mention.split()):
            return None
    return code


def _reporter_actor(doc: Doc, units: list[Unit], end: int, title_actor: str | None) -> str | None:
    """The context of an account of a call with no issuer line whose first sentence reports it
    ('On 24 September, Deputy Foreign Minister of the Russian Federation X had a telephone
    conversation with Y of Armenia'): a ministry's account names its own official first, so the
    host's actor, not the partner's that the title names ('On the telephone conversation between
    X and Y of Armenia'); else ``title_actor``."""
    first = next((u for u in units if u.paragraph > end), None)
    if first is None or doc.text[first.end - 1] not in doc.rules.sentence_end_chars:
        return title_actor
    if not doc.rules.call_report.match(doc.text, first.start, first.end):
        return title_actor
    host = _host_actor(doc, units, end, False)
    parts = doc.rules.partner_phrase.split(doc.text[first.start : first.end], maxsplit=1)
    partners = {h.code for h in doc.gaz.find(parts[-1])} if len(parts) == 2 else set()
    if host is not None and host not in partners and (title_actor is None or title_actor in partners):
        return host
    return title_actor


def _named_issuer(doc: Doc, lines: list[str]) -> str | None:
    """A header line that is only the name of a state or body ('ÉLYSÉE', 'United Nations'), when
    another line names the kind of official text ('Readout - ...', 'Note to Correspondents'):
    the issuer's name line of a release, not a headline."""
    rules = doc.rules
    if not any(_kind_line(doc, line) for line in lines):
        return None
    for line in lines:
        name = line.strip(" :")
        probe = name.title() if name.isupper() else name
        words = probe.split()
        if not words or len(words) > 6 or not all(w[:1].isupper() or w in rules.title_links for w in words):
            continue
        if bare_actor_name(doc, probe) is not None:
            return name
        # 'United Nations Development Programme': a body's name, its head last ('Azerbaijan Says
        # Truce Broken' is a headline)
        hits = [h for h in doc.gaz.find(probe) if not doc.gaz.is_person(h.mention)]
        head = words[-1].lower()
        if hits and (head in rules.body_words or head in doc.lex.institution_heads) and (
            _names_actor(doc, probe, hits[0].start, hits[0].end)
        ):
            return name
    return None


def _kind_line(doc: Doc, line: str) -> bool:
    """Does a header line name the kind of official text, perhaps after its topic ('Readout - ...',
    'Venezuela: Statement on the presidential election', 'Armenia/Azerbaijan: Statement by the
    Spokesperson on ...')?"""
    line = line.strip()
    topic, colon, rest = line.partition(": ")
    kind = doc.rules.release_kind_line
    if kind.match(line) is not None:
        return True
    return bool(colon) and len(topic.split()) <= 4 and kind.match(rest) is not None


def _subject_actor(doc: Doc, units: list[Unit], head: Header) -> str | None:
    """The actor a first-person text names itself by as the subject of its own stance or
    commitment ('The United States strongly condemns ...', 'The United States will continue to
    stand with ...'), when no cue marks it: the bare name of a state or body opening a body
    sentence before such a verb. A state the header names is the title's subject, not the
    issuer; two different states so named name nobody."""
    rules = doc.rules
    named = {h.code for line in head.lines for h in doc.gaz.find(line)}
    found: set[str] = set()
    for u in units:
        if u.paragraph <= head.end_paragraph:
            continue
        # the name opens the sentence: only its first characters are searched
        hits = doc.gaz.find(doc.text, u.start, min(u.end, u.start + _OPENING_CHARS))
        if not hits or doc.gaz.is_person(hits[0].mention):
            continue
        h = hits[0]
        if rules.actor_line_prefix.fullmatch(doc.text, u.start, h.start) is None:
            continue
        words = doc.text[h.end : u.end].split(None, 2)
        if words and words[0].endswith(rules.adverb_suffix) and words[0] not in rules.not_adverbs:
            words = words[1:]
        if words and words[0] in rules.self_subject_verbs and h.code not in named:
            found.add(h.code)
            if len(found) > 1:
                return None  # two states so named name nobody: no need to read on
    return found.pop() if found else None


def _delivered_behalf_actor(doc: Doc, lines: list[str]) -> str | None:
    """The actor a header line's speaker delivers for ('Statement delivered by Ms. X,
    Counsellor, on behalf of the Permanent Mission of the Kingdom of the Netherlands, also on
    behalf of Belgium and Luxembourg'): the first state or body after its first 'on behalf
    of'."""
    for line in lines:
        m = doc.rules.delivered_line.search(line)
        behalf = doc.rules.behalf_opener.search(line, m.end(1)) if m is not None else None
        if behalf is None:
            continue
        hits = [h for h in doc.gaz.find(line, behalf.end()) if not doc.gaz.is_person(h.mention)]
        if hits:
            return hits[0].code
    return None


def _behalf_actor(doc: Doc, units: list[Unit], end: int) -> str | None:
    """The actor a first-person body sentence speaks for when it opens 'On behalf of the
    Government of X, we ...': the first actor the phrase before the comma names, if the
    subject after it is the first person."""
    text = doc.text
    for u in units:
        if u.paragraph <= end:
            continue
        m = doc.rules.behalf_opener.match(text, u.start, u.end)
        if m is None:
            continue
        comma = text.find(",", m.end(), u.end)
        after = text[comma + 1 : u.end].split(None, 1) if comma > 0 else []
        if after and after[0].lower() in doc.lex.first_person:
            hits = doc.gaz.find(text, m.end(), comma)
            if hits and not doc.gaz.is_person(hits[0].mention):
                return hits[0].code
    return None


def _self_named_actor(doc: Doc, units: list[Unit], end: int) -> str | None:
    """The actor a first-person text names itself by when its header names none ('Office of the
    Spokesperson' over 'The United States condemns ...'): that of the first body sentence whose
    speaker is the bare name of a state or body."""
    named = _self_named(doc, units, end)
    return named.code if named is not None else None


def _self_named(doc: Doc, units: list[Unit], end: int) -> ActorMatch | None:
    """The name of the first body sentence's speaker that is the bare name of a state or body."""
    for u in units:
        if u.paragraph <= end or u.attr is None:
            continue
        hit = bare_actor_name(doc, u.attr.mention)
        if hit is not None:
            return hit
    return None


def _host_actor(doc: Doc, units: list[Unit], end: int, venue: bool) -> str | None:
    """The actor of the host in a readout's opening meeting report ('Deputy Assistant Secretary
    of State X spoke today with Y', 'X met today in Washington with Y'): the actor named before
    the partner, when the header names none. Without ``venue``, not a place after 'in' or 'at'
    (where they met, weaker than the text naming itself); with it, only such a place."""
    ends = doc.rules.sentence_end_chars
    first = next((u for u in units if u.paragraph > end and doc.text[u.end - 1] in ends), None)
    if first is None:
        return None
    parts = doc.rules.partner_phrase.split(doc.text[first.start : first.end], maxsplit=1)
    if len(parts) < 2 or doc.rules.partner_clause.search(parts[0]):
        # no meeting with a partner, or not in the main clause ('X traveled to Baku, where he
        # met with ...'): the sentence's names say nothing of the issuer
        return None
    hits = doc.gaz.find(without_mission_subject(doc, parts[0]))  # not the brief of 'Envoy for Iran'
    hits = [h for h in hits if _after_place_word(doc, parts[0], h.start) == venue]
    if venue:  # 'met today in Baku with Azerbaijani officials': the partner's home, not the host's
        partners = {h.code for h in doc.gaz.find(parts[1])}
        hits = [h for h in hits if h.code not in partners]
    return hits[0].code if hits else None


def _after_place_word(doc: Doc, text: str, start: int) -> bool:
    """Does a place preposition ('in', 'at') come right before ``start`` in ``text``?"""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in doc.rules.place_prepositions


def _headline_verb(doc: Doc, line: str) -> bool:
    """Does a title-case verb follow the institution a line names ('Security Council Hears Briefing
    on ...', 'Council Extends Mandate of ...')? Then the line is a headline about the body, not
    the name of an issuer ('Security Council Press Statement on ...')."""
    rules = doc.rules
    m = rules.institution.search(line)
    words = line[m.end() :].split() if m is not None else []
    if len(words) < 2 or not words[0].isalpha():
        return False
    if words[0].islower():
        # a headline in sentence case ('EU sanctions: Council lists further 12 individuals ...'):
        # a verb, unless a preposition or a conjunction follows the word ('Council conclusions
        # on Ukraine', 'Ministry statements and releases': a plural noun)
        after = words[1].lower()
        links = (rules.head_prepositions, rules.object_prepositions, rules.conjunctions)
        if any(after in words_ for words_ in links):
            return False
    elif not words[0][:1].isupper():
        return False
    verb = words[0].lower()
    suffix = rules.plural_suffix
    kind = rules.release_kind_line.match(" ".join(words)) is not None  # 'Remarks', 'Statement'
    return verb.endswith(suffix) and not verb.endswith(suffix * 2) and not kind


def issuer_phrase(doc: Doc, line: str) -> str:
    """The issuing body in a header line ('Press Statement - U.S. Department of State')."""
    rules = doc.rules
    parts = [p.strip() for p in rules.issuer_phrase_split.split(line) if p.strip()]
    for p in reversed(parts):
        if rules.institution.search(p) and not rules.issuer_phrase_skip.match(p):
            return p.rstrip(" :")  # 'Ministry of Foreign Affairs of Armenia:'
    return parts[-1] if parts else line.strip()


def is_question_tag(doc: Doc, tag: str) -> bool:
    """Is a name tag a journalist's ('Q:', 'QUESTION:', an outlet's 'Reuters:')?"""
    t = tag.upper().split("(")[0].rstrip(".: ")  # 'Journalist (AFP):' is a journalist's
    if t in doc.rules.question_tags or t.startswith(doc.rules.question_tag_prefix):
        return True
    # an outlet's tag ('Reuters:', 'AFP:', 'China Daily:') in a press conference's transcript
    return any(t == outlet.upper() for outlet in doc.rules.news_outlets)


def tag_speaker(doc: Doc, tag: str, header: Header, issuer_actor: str | None) -> Speaker:
    """The speaker of a name tag ('MR. HALLORAN'), completed from a header line that names
    the same person ('Kevin Halloran, Deputy Department Spokesperson') if there is one."""
    t = tag.upper().rstrip(".: ")
    if (t in doc.rules.answer_tags or t in doc.rules.reply_tags) and header.issuer:
        # 'Answer:' in the answers of a named official: the issuer speaks
        return Speaker(header.issuer, "person", doc.gaz.actor_of(header.issuer) or issuer_actor)
    if t in doc.rules.answer_tags or t in doc.rules.reply_tags:
        # 'A:' under 'Interview with Foreign Minister Tomas Ruud': the one the title names
        for line in header.lines:
            titled = doc.rules.by_name.search(line)
            if titled is not None:
                name = titled.group(1).strip()
                return Speaker(name, "person", doc.gaz.actor_of(name) or issuer_actor)
    if t in doc.rules.role_tags:
        # 'Spokesperson:' under 'Noon briefing by Ana Roe, Spokesperson for the Secretary-General'
        role = t.split()[-1].lower()
        for line in header.lines:
            titled = doc.rules.by_name.search(line)
            if titled is not None:
                rest = doc.rules.by_name_title.match(line, titled.end(1))
                name = titled.group(1).strip() + (", " + rest.group(1) if rest is not None else "")
                if role in name.lower():
                    return Speaker(name, "person", doc.gaz.actor_of(name) or issuer_actor)
    own = tag.split(",")[0].split("(")[0].split()  # 'Ana Roe, Foreign Minister of France': Roe
    surname = own[-1].strip(".:").lower() if own else ""
    for line in header.lines:
        words = [w.strip(",:").lower() for w in line.split(",")[0].split()]
        owners = [strip_possessive(doc, w) for w in words]
        if surname and (surname in words or surname in owners) and len(line) < 160:
            # 'Briefing by X', 'The following is a transcript of ... by X': the speaker is X
            m = doc.rules.by_line.search(line) or doc.rules.lead_in_line.match(line.strip())
            held = doc.rules.labelled_line.match(line.strip()) if m is None else None
            if held is not None and surname in held.group(1).lower().split() + held.group(2).lower().split():
                # 'President: Mr. Okoro (Nigeria)' for 'The President:' (who holds the office), or
                # 'Spokesman: Thierry Roe' for 'MR. ROE:' (the person, not the label)
                name = held.group(2).strip()
                return Speaker(name, "person", doc.gaz.actor_of(name) or issuer_actor)
            after_by = doc.rules.by_name.search(line) if m is None else None
            if after_by is not None and surname in after_by.group(1).lower().split():
                # 'Press Conference by Foreign Ministry Spokesperson Maria Delova, 3 December':
                # the title and name after 'by', up to the tag's surname
                words = after_by.group(1).split()
                at = [w.lower() for w in words].index(surname)
                name = " ".join(words[: at + 1])
                title = doc.rules.by_name_title.match(line, after_by.end(1)) if at == len(words) - 1 else None
                if title is not None:
                    name += ", " + title.group(1)  # 'by Ana Roe, Deputy Spokesperson for ...'
                return Speaker(name, "person", doc.gaz.actor_of(after_by.group(1)) or issuer_actor)
            if m is None and _lead_in_clause(doc, line):
                continue  # 'The Defence Ministry posted on Telegram:' names no one by the tag's name
            if m is None and surname not in words:
                # 'Spokesperson X's Regular Press Conference on ...': X's title and name, up to
                # the possessive (the first word that is the surname's)
                own = line.split()
                at = next((k for k, w in enumerate(own) if strip_possessive(doc, w.lower()) == surname), -1)
                line = " ".join([*own[:at], strip_possessive(doc, own[at])]) if at >= 0 else line
            name = (next((g for g in m.groups() if g), line) if m else line).strip(" :")
            return Speaker(name, "person", doc.gaz.actor_of(name) or issuer_actor)
    # 'RUSSIAN FEDERATION:' in a meeting's record: the delegation of the state it names, whole
    whole = tag.title() if tag.isupper() else None
    hits = doc.gaz.find(whole) if whole else []
    named = hits[0].code if hits and hits[0].mention == whole and not doc.gaz.is_person(whole) else None
    if header.issuer is None and tag.split(None, 1)[0].lower() in doc.rules.article_the:
        # 'The PRESIDENT:' in a record with no header: the office's holder, whose state the
        # record does not say (not the state the text names first)
        return Speaker(tag, "person", doc.gaz.actor_of(tag) or named)
    return Speaker(tag, "person", doc.gaz.actor_of(tag) or named or issuer_actor)


def _wrapped_issuer(doc: Doc, lines: list[str], line: str, issuer: str) -> str:
    """The issuer of a lead-in that a hard wrap cut ('The following is attributable to the
    Office of the' / 'Spokesperson:', 'The below is attributable to Spokesperson' / 'Megan
    Ashcroft:'): the next header line completes it when the issuer ends on a small word, or when
    that line is short and ends the lead-in with its colon; else ``issuer`` itself."""
    words = issuer.split()
    rules = doc.rules
    at = next((k for k, x in enumerate(lines) if line in x), -1)
    if not words or at < 0 or at + 1 >= len(lines):
        return issuer
    rest = lines[at + 1].strip()
    small = rules.articles | rules.head_prepositions | rules.list_and
    cut = words[-1].lower() in small
    ends = not lines[at].rstrip().endswith(":") and rest.endswith(":") and len(rest.split()) <= 8
    if not rest or not (cut or ends):
        return issuer
    return f"{issuer} {rest.strip(' :.')}"


def first_person(doc: Doc, u: Unit) -> bool:
    """Does the issuer speak in this body sentence of a first-person text (a full sentence,
    not a date line or a signature)?"""
    if u.content_words < 3:
        return False
    # the body of a press release, readout or speech is the issuer's, first person or not; a
    # list item may end with ';' or ',' ('• sabotage groups attempted to mine our routes;')
    last = doc.text[u.end - 1]
    ended = last in doc.rules.sentence_end_chars or (last in doc.rules.item_end_chars and list_item(doc, u))
    return ended and not _meeting_report(doc, u)


def list_item(doc: Doc, u: Unit) -> bool:
    """Does the unit open a line after a list mark ('• ', '- ', '2) ', '(b) ')?"""
    text = doc.text
    start = doc.line_start(u.start)
    if u.start - start > _MARK_REACH:
        return False  # a mark is a few characters: not the rest of a line broken by '\r'
    prefix = text[start : u.start]
    return bool(prefix.strip()) and doc.rules.list_prefix.fullmatch(prefix) is not None


def _meeting_report(doc: Doc, u: Unit) -> bool:
    """Does the sentence only report a meeting or a call by a third party ('The Secretary spoke
    today with X', 'X met representatives of ...'), which has no content (the guidelines'
    readouts)? A first-person subject ('We met ...') speaks."""
    text = doc.text
    rules = doc.rules
    start = _after_time_phrase(doc, u)  # 'This morning, the Council held consultations on ...'
    m = rules.meeting_report.match(text, start, u.end) or rules.call_report.match(text, start, u.end)
    if m is None:
        return False
    # the subject's first word, after a time or place phrase ('In Geneva, we met ...')
    subject = m.group(1) if m.re is rules.call_report else text[start : u.end]
    first = (subject.split(None, 1) or [""])[0].lower()
    return first not in doc.lex.first_person and first not in doc.rules.self_owners


def _after_time_phrase(doc: Doc, u: Unit) -> int:
    """Where a sentence goes on after a short fronted phrase of time that ends at a comma ('This
    morning,', 'Earlier today,', 'Last week,'), or its start if it opens with none."""
    text = doc.text
    comma = text.find(",", u.start, min(u.end, u.start + 30))
    words = text[u.start : comma].lower().split() if comma > 0 else []
    rules = doc.rules
    if not words or words[0] not in rules.time_modifiers or not any(w in rules.time_heads for w in words):
        return u.start
    return skip_space(text, comma + 1, u.end)


def cited_in_first_person(doc: Doc, u: Unit, attr: Attr) -> bool:
    """Is ``attr`` an 'according to X' inside a sentence whose subject is the first person ('We
    are concerned that the fighting - which has displaced 40,000 people, according to UN figures
    - threatens ...', 'My delegation notes that ..., according to ...')? Who cites a source to
    make a point speaks (the codebook's citing others), not the source."""
    if not attr.according or attr.c_start <= u.start:
        return False
    m = doc.rules.first_words.match(doc.text, u.start, u.end)
    if m is None or m.group(1) is None or m.start(1) != u.start or u.starts_in_quote:
        return False  # '"We will not give in," according to the minister': the quote is his
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    return doc.lex.pronouns.get(first) == "issuer" or (
        first in doc.rules.self_owners and second in doc.rules.self_heads
    )


def issuer_subject(doc: Doc, u: Unit) -> tuple[str, tuple[int, int]] | None:
    """The issuer named as the subject of a body sentence ('The Ministry ...'), if it is."""
    m = doc.rules.issuer_subject.match(doc.text, u.start, u.end)
    if m is None:
        return None
    text, end = doc.text, m.end()
    while end < u.end and (text[end].isalnum() or (text[end] == "-" and text[end + 1 : end + 2].isalnum())):
        end += 1  # the whole word: 'The Secretary-General', not 'The Secretary'
    return text[u.start : end], (u.start, end)


def is_title(doc: Doc, units: list[Unit], n: int) -> bool:
    """Is unit ``n`` a headline or title (a whole line in title case: 'Russia Warns Baku Over
    Truce'), which is no statement whatever verb it holds?"""
    u = units[n]
    if u.end - u.start > 250:
        return False  # a title is a short line
    alone = (n == 0 or units[n - 1].paragraph != u.paragraph) and (
        n + 1 >= len(units) or units[n + 1].paragraph != u.paragraph
    )
    if not alone or u.starts_in_quote or u.end - u.start > 250:
        return False
    if u.attr is not None and doc.text[u.end - 1] == ":" and u.attr.cue[:1].islower():
        return False  # a lead-in with its verb in lower case ('The Defence Ministry posted on X:')
    end = doc.text[u.start : u.end].rstrip(doc.rules.close_quotes + "\"'")[-1:]
    stop = end != "" and end in doc.rules.sentence_end_chars  # not 'Envoy says deal "within reach"'
    if u.attr is not None and stop and u.attr.cue[:1].islower():
        return False  # capitals, a verb in lower case and a stop ('Canada, France, ... condemned it.')
    if _headline(doc, units, n):
        return True
    words = [w for w in doc.rules.word.findall(doc.text, u.start, u.end) if w[:1].isalpha()]
    if len(words) > 25:
        return False
    content = [w for w in words if w.lower() not in doc.rules.title_small_words]
    if len(content) < 3:
        return False
    capitalised = sum(w[:1].isupper() for w in content)
    return capitalised >= 0.8 * len(content)


def _headline(doc: Doc, units: list[Unit], n: int) -> bool:
    """Is unit ``n`` a headline in sentence case: the text's first line, or a line that opens
    with a time ('13:40 GMT - What we know so far'), with no sentence end, before more text
    ('Armenia accuses Azerbaijan of shelling villages, Moscow urges calm')?"""
    u = units[n]
    text = doc.text
    if u.tag:
        return False
    last = text[u.end - 1]
    if last in doc.rules.close_quotes or last in "\"'":
        # a title may end on a quoted phrase ('Envoy says peace deal "within reach"'); a
        # sentence's quote closes after a stop or a comma ('... "within reach."')
        if not (text[u.end - 2 : u.end - 1].isalnum() and "\n" not in text[u.start : u.end]):
            return False
    elif last in doc.rules.sentence_end_chars or last in ":;,":
        return False  # a sentence, or a lead-in to what follows ('The ministry said:')
    line = doc.line_start(u.start)
    if list_item(doc, u):
        # a list is the body's ('• Armenian units shelled ...;'), but not a page's list of
        # related headlines under its heading ('Most read' / '1. Russia warns Armenia ...')
        return _headed_list(doc, line, u.end)
    if n + 1 >= len(units):
        # the text's last line: a related article's headline under the page's other furniture
        return among_furniture(doc, line, u.end)
    if u.paragraph == 0 or doc.rules.time_stamp.match(text, line, u.end) is not None:
        return True
    if among_furniture(doc, line, u.end):
        return True
    # a story's headline over its dateline ('France calls for restraint' / 'PARIS, Sept 12 -')
    after = units[n + 1]
    return after.paragraph != u.paragraph and _dateline_place(doc, after.start) is not None


@lru_cache(maxsize=8)
def _body_line(ends: str, closers: str) -> re.Pattern[str]:
    """A line that ends with one of ``ends`` (and any ``closers``), compiled once per language."""
    return re.compile(f"[{re.escape(ends)}][{re.escape(closers)}]*[ \\t]*(?:\\r?\\n|\\r|$)")


def _has_body(doc: Doc) -> bool:
    """Does the text hold a line that ends a sentence (an article's body, not only headlines)?
    Worked out once per text (the rules that ask are called line by line) and kept on the
    document, not in a cache that would hold on to past texts."""
    if doc.has_body is None:
        line = _body_line(doc.rules.sentence_end_chars, doc.rules.close_quotes + ")]")
        doc.has_body = line.search(doc.text) is not None
    return doc.has_body


def _open_line(doc: Doc, start: int, end: int) -> bool:
    """Does the line ``text[start:end]`` end with no sentence end (a title, a byline, 'Share this
    article', 'Updated 12:04 GMT'), or is it wholly in brackets ('(Photo: ... /Reuters)')?"""
    line = doc.text[start:end].strip()
    if not line:
        return False
    rules = doc.rules
    bracketed = line[0] in "([" and line[-1] in ")]"
    ended = line[-1] in rules.sentence_end_chars + rules.close_quotes + ")]:;,"
    return bracketed or not ended


def _headed_list(doc: Doc, start: int, end: int) -> bool:
    """Is the list item on the line at ``start`` (no sentence end, no quote) one of a list under
    a heading with no sentence end ('Most read', 'Related stories'), as a page lists other
    articles' headlines: the nearest line above that is no item of the list is such a line?"""
    text = doc.text
    rules = doc.rules
    if any(c in rules.open_quotes or c in rules.close_quotes or c == '"' for c in text[start:end]):
        return False
    if not _has_body(doc):
        return False
    pos, seen = start, 0
    while pos > 0 and seen < _FURNITURE_REACH:
        a = doc.line_start(pos - 1)
        b = pos - 1
        if b - a > _FURNITURE_CHARS:
            return False
        pos = a
        line = text[a:b]
        if not line.strip():
            continue
        seen += 1
        mark = rules.list_prefix.match(line)
        if mark is not None and mark.end() < len(line):
            continue  # another item of the list
        return _open_line(doc, a, b)
    return False


def among_furniture(doc: Doc, start: int, end: int) -> bool:
    """Is the headline-like line at ``start`` (no sentence end) one of a block of such lines, as a
    scraped page's furniture stands around its headline ('Share this article' / the headline /
    'By Jane Doe, Reuters') and its related articles at the bottom, or a release's title between
    its issuer's name and its date? A lone line between paragraphs of prose is read (a paragraph
    that lost its stop), and so is an item of a list under a lead-in ('... the following tasks:' /
    'Stop lying' / 'Show humility')."""
    text = doc.text
    rules = doc.rules
    if any(c in rules.open_quotes or c in rules.close_quotes or c == '"' for c in text[start:end]):
        return False  # a quote with its speaker's name after it ('"..." - Jane Roe')
    if not _has_body(doc):
        return False  # a list of headlines with no article: the user's lines are read
    near = False
    # the lines before: a run of open lines up to a lead-in's colon makes a list
    pos, seen = start, 0
    while pos > 0 and seen < _FURNITURE_REACH:
        a = doc.line_start(pos - 1)
        b = pos - 1
        if b - a > _FURNITURE_CHARS:
            break  # a paragraph of prose (or lines broken by '\r' only): no furniture
        if not text[a:b].strip():
            pos = a
            continue
        seen += 1
        if _open_line(doc, a, b):
            near = True
            pos = a
            continue
        if text[a:b].rstrip().endswith(":"):
            return False
        break
    if near:
        return True
    after = line_end(text, start)
    while after < len(text):
        b = line_end(text, after + 1)
        if b - after > _FURNITURE_CHARS:
            return False
        if text[after + 1 : b].strip():
            return _open_line(doc, after + 1, b)
        after = b
    return False


def own_name_actor(doc: Doc, mention: str, context_actor: str | None) -> str | None:
    """The actor of an organisation's name for itself in its own text ('the Organization', 'this
    Organization' in a text of the UN): the text's actor, if it is such an organisation; else None
    (in a state's text 'the Organization' is no actor of its own)."""
    rules = doc.rules
    words = mention.split()
    if context_actor is None or len(words) != 2 or words[1] not in rules.own_names:
        return None
    if words[0].lower() not in rules.own_name_determiners:
        return None
    bodies = {doc.gaz.actor_of(name) for name in rules.own_name_bodies}
    return context_actor if context_actor in bodies else None


def mark_boilerplate(doc: Doc, units: list[Unit]) -> None:
    """Mark as header (no statement) the units of the lines that are boilerplate, whole ('For
    information media. Not an official record.' under a UN release, 'For further information,
    please contact ...'), a converted page's furniture ('Page 1 of 2', 'GE.26-12345(E)'), the
    footnotes of content whose marks the text holds ('2 The ceasefire of 10 November 2020.'), a
    meeting record's procedure ('The meeting rose at 11.05 a.m.', 'Hon. Members: Hear, hear!'), an
    e-mail's header fields, and every line after a release's end mark ('-- ENDS --', '###') or,
    in an e-mail, its signature delimiter."""
    text = doc.text
    rules = doc.rules
    end, boiler, over = -1, False, False
    mail = False  # has the text an e-mail's header ('From: ...')?
    links = False  # in a block of links under 'Read more:', which ends at a blank line
    # the footnote marks of the text ('regime.1'): where each number is first marked
    marks: dict[str, int] = {}
    for m in rules.footnote_mark.finditer(text):
        marks.setdefault(m.group(1), m.start(1))
    for u in units:
        if u.start > end:  # a new line: read it once
            start = doc.line_start(u.start)
            links = links and text.count("\n", max(end, 0), start) < 2  # no blank line between
            end = doc.line_end(u.start)
            line = text[start:end].strip()
            heading = rules.related_links_line.fullmatch(line)
            links = (links and heading is None) or (heading is not None and not heading.group(1))
            mailed = rules.mail_header_line.match(line) is not None
            mail = mail or mailed
            boiler = (
                rules.boilerplate_line.fullmatch(line) is not None
                or rules.page_furniture_line.match(line) is not None
                or rules.footnote_line.match(line) is not None
                or _noted(rules.footnote_number_line.match(line), marks, start)
                or rules.web_furniture_line.fullmatch(line) is not None
                or rules.record_stage_line.match(line) is not None
                or rules.interjection_line.match(line) is not None
                or mailed
                or heading is not None
                or links
            )
            # '-- ENDS --', '###', an e-mail's signature: the contacts, 'About X' and the
            # disclaimer below are no one's statements
            if over and rules.release_start_line.match(line) is not None:
                over = False  # the next release of a feed of them ('FOR IMMEDIATE RELEASE')
            over = over or rules.end_mark_line.match(line) is not None
            over = over or (mail and rules.signature_line.match(line) is not None)
        if boiler or over:
            u.header = True
    _mark_summary_points(doc, units)


#: how many units from the top a wire story's summary points and its dateline are looked for in
_SUMMARY_REACH = 12


def _mark_summary_points(doc: Doc, units: list[Unit]) -> None:
    """Mark as header a wire story's summary points: bulleted lines with no sentence end between
    its headline and its dateline ('* Kremlin says NATO "directly involved"' over 'MOSCOW, March
    12 (Reuters) - The Kremlin said ...'). Like the headline, they repeat the story's own
    statements in the editor's words."""
    text, rules = doc.text, doc.rules
    points: list[Unit] = []
    marks = rules.close_quotes + "\"'\u2019"
    for k, u in enumerate(units[:_SUMMARY_REACH]):
        start = doc.line_start(u.start)
        point = rules.list_prefix.fullmatch(text, start, u.start) is not None
        if text[start : u.start].strip() and not point:
            for p in points:  # the dateline's paragraph: the points above it are the summary's
                p.header = True
            return
        line = text[start : doc.line_end(u.start)].rstrip().rstrip(marks)
        if not point or line[-1:] in rules.sentence_end_chars:
            continue
        if not points and k > 0 and text[units[k - 1].start : units[k - 1].end].rstrip().endswith(":"):
            return  # the items of a lead-in's list ('The EU calls on:'), not a summary
        points.append(u)


def _noted(m: re.Match[str] | None, marks: dict[str, int], start: int) -> bool:
    """Is a line opening with a number ('2 The ceasefire of 10 November 2020.', at ``start``) a
    footnote: has the text above it marked that number ('... the ceasefire regime.2 We ...')?
    A numbered line in a text with no such mark ('2 The Council ...') is not."""
    return m is not None and marks.get(m.group(1), start) < start


def is_formula(doc: Doc, u: Unit) -> bool:
    """Is the unit a content-free formula ('Good afternoon.', 'Thank you, Mr. President.'), which
    is no statement (the guidelines)?"""
    if u.end - u.start > 80:
        return False
    return doc.rules.formula.fullmatch(doc.text[u.start : u.end].strip().lower()) is not None


def story_starts(doc: Doc, units: list[Unit]) -> list[tuple[int, str | None]]:
    """The stories after the first in a feed of short stories, each read on its own: for each,
    the index of its first unit and the actor of its context (its dateline's place, else what its
    headline names). A story opens at a dateline ('BAKU, Nov 24 - ...', with the headline lines
    just above it), at a liveblog's time stamp ('10:40 GMT - Poland summons envoy', a line '6:05
    p.m.') and at a heading of a digest ('World news in brief'). The first dateline or time stamp
    opens the first story: a text with one dateline is one story, whatever lines ending a
    sentence stand above it (a title, 'ABSTRACT.')."""
    text = doc.text
    rules = doc.rules
    digest = bool(units) and rules.digest_line.match(text, units[0].start, units[0].end) is not None
    marks: list[tuple[int, str, str | None]] = []  # (unit, kind, dateline's actor)
    body = False  # has a paragraph ended a sentence (a digest's headings come between stories)?
    for n, u in enumerate(units):
        if n == 0 or units[n - 1].paragraph != u.paragraph:
            line = doc.line_start(u.start)
            place = _dateline_place(doc, u.start) if line < u.start else None
            timed = text[line : line + 1].isdigit() or text[line : line + 1].isspace()
            if place is not None:
                marks.append((n, "dateline", doc.gaz.actor_of(place[0]) or doc.gaz.actor_of(place[1])))
            elif timed and (
                rules.time_stamp.match(text, line, u.end) or rules.time_line.fullmatch(text, line, u.end)
            ):
                marks.append((n, "time", None))
            elif digest and body and _headline_line(doc, units, n):
                marks.append((n, "heading", None))
        if text[u.end - 1] in rules.sentence_end_chars:
            body = True
    out: list[tuple[int, str | None]] = []
    seen: set[str] = set()
    for n, kind, actor in marks:
        if kind != "heading" and kind not in seen:
            seen.add(kind)  # the first dateline or time stamp opens the first story
            continue
        k = n
        floor = out[-1][0] + 1 if out else 1
        while kind == "dateline" and k > floor and n - k < 2 and _headline_line(doc, units, k - 1):
            k -= 1  # the story's headline ('Karabakh settlements row') is the story's
        if out and out[-1][0] >= k:
            out.pop()  # a time stamp or heading over the dateline opens the same story
        if actor is None and _headline_line(doc, units, k):
            actor = header_actor(doc, [text[units[k].start : units[k].end]], titles=True)
        out.append((k, actor))
    return out


def place_tag(doc: Doc, tag: str) -> str | None:
    """The place a name tag in capitals names ('ISLAMABAD:', 'KYIV:'), in title case, if it is a
    place the gazetteer knows (not a person); else None. Over a line of news it is a dateline."""
    name = tag.strip().rstrip(":").strip()
    if not name or not name.isupper():
        return None
    place = name.title()
    hits = doc.gaz.find(place)
    if not hits or hits[0].mention != place or doc.gaz.is_person(place):
        return None
    return place


def _dateline_place(doc: Doc, start: int) -> tuple[str, str] | None:
    """The place of the dateline that opens the line of the sentence at ``start`` ('BAKU, Nov
    24 -'), in title case and as written, if the line opens with one that names a place."""
    text = doc.text
    line = doc.line_start(start)
    if start - line > _DATELINE_REACH:
        return None  # longer than any dateline: a sentence further on in its line
    mark = doc.rules.list_prefix.match(text, line, start)
    line = mark.end() if mark is not None else line  # '• BAKU, May 2 - ...'
    prefix = text[line:start]
    if not prefix.strip():
        return None
    m = sentence_rules(doc.lang.code).dateline.match(text, line, start + 1)
    if m is None or text[m.end() : start].strip():
        tagged = place_tag(doc, prefix) if prefix.rstrip().endswith(":") else None
        return (tagged, prefix) if tagged is not None else None  # 'KYIV: Ukraine's ...'

    place = prefix.split(",")[0].split("(")[0].strip(" -\u2013\u2014:")
    if not place or not ("," in prefix or "(" in prefix or doc.gaz.actor_of(place.title())):
        return None
    return place.title(), prefix


def _headline_line(doc: Doc, units: list[Unit], n: int) -> bool:
    """Is unit ``n`` a short line of its own with no sentence end (a headline)?"""
    u = units[n]
    alone = (n == 0 or units[n - 1].paragraph != u.paragraph) and (
        n + 1 >= len(units) or units[n + 1].paragraph != u.paragraph
    )
    short = len(doc.text[u.start : u.end].split()) <= 15
    return alone and short and doc.text[u.end - 1] not in doc.rules.header_end_chars + ":;,"


def dateline_actor(doc: Doc, sentences: list[Sentence]) -> str | None:
    """The actor of the place a dateline names ('MOSCOW, Sept 28 -'), if the text has one: on
    its first line, or under a headline and a byline (lines with no sentence end)."""
    text = doc.text
    for n, s in enumerate(sentences[:4]):
        line_start = doc.line_start(s.start)
        prefix = text[line_start : s.start]
        if prefix.strip():
            # datelines are written in capitals: match the gazetteer on the place in title case
            place = prefix.split(",")[0].split("(")[0].strip(" -\u2013\u2014").title()
            return doc.gaz.actor_of(place) or doc.gaz.actor_of(prefix)
        if n + 1 < len(sentences) and sentences[n + 1].paragraph == s.paragraph:
            return None
        if text[s.end - 1] in doc.rules.sentence_end_chars:
            return None
    return None
