"""Phase 2: noun phrases next to a cue (the speaker's mention), on the tokens of one sentence.

Each function takes the document (for its lexicon) and the sentence's :class:`Tokens`, and
returns token index spans ``(first, last)``, inclusive.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate, repeat
from operator import add

from ..actors import ActorMatch
from .records import Doc, Tokens

Span = tuple[int, int]

_WORD = re.compile(r"\S+")
_MAX_CHUNKS = 10  # comma-separated chunks read back from a cue: a list of nine states and a name
_NP_WORD_CHARS = 64  # the longest token whose noun-phrase test is remembered (``np_word``)


def tokenize(doc: Doc, a: int, b: int) -> Tokens:
    """The tokens of ``doc.text[a:b]``.

    Tokens never hold white space, so the text is split at white space first (in C). Where one
    white-space character separates the chunks (most sentences) their offsets are sums of
    lengths (in C), else each is found after the previous one. A chunk of letters and digits is
    one token, copied with its neighbours in slices; only the other chunks ('said,', '"We',
    'U.S.') go through the token pattern, in Python. No object is built per token.
    """
    text = doc.text
    sentence = text[a:b]
    chunks = sentence.split()
    if not chunks:
        return Tokens([], [])
    # a sentence is stripped already (no copies to strip it again), a clause may not be
    lead = len(sentence) - len(sentence.lstrip()) if sentence[0].isspace() else 0
    stop = a + len(sentence.rstrip() if sentence[-1].isspace() else sentence)
    offsets = list(accumulate(map(add, map(len, chunks[:-1]), repeat(1)), initial=a + lead))
    if offsets[-1] + len(chunks[-1]) != stop:
        # the gaps between the chunks add up to more than one character each: some are wider
        # than one (else all are one white-space character and the sums above are the offsets)
        offsets = []
        pos, find = a, text.find
        for chunk in chunks:
            pos = find(chunk, pos)
            offsets.append(pos)
            pos += len(chunk)
    match = doc.rules.token.match
    starts: list[int] = []
    texts: list[str] = []
    done = 0  # chunks before this one are copied
    for k in [k for k, chunk in enumerate(chunks) if not chunk.isalnum()]:
        starts += offsets[done:k]
        texts += chunks[done:k]
        pos = offsets[k]
        end = pos + len(chunks[k])
        while pos < end:
            m = match(text, pos, b)
            if m is None:  # cannot happen (every other character is a token); be safe
                pos += 1
                continue
            starts.append(pos)
            texts.append(m.group())
            pos = m.end()
        done = k + 1
    starts += offsets[done:]
    texts += chunks[done:]
    return Tokens(starts, texts)


def tok_index(toks: Tokens, pos: int) -> int | None:
    """The token that holds character ``pos``, if any."""
    k = bisect.bisect_right(toks.start, pos) - 1
    if k >= 0 and pos < toks.start[k] + len(toks.text[k]):
        return k
    return None


def span_text(doc: Doc, toks: Tokens, i: int, j: int) -> str:
    return doc.text[toks.start[i] : toks.stop(j)]


def strip_possessive(doc: Doc, word: str) -> str:
    """The word without a possessive ending ('Russia's' -> 'Russia')."""
    if len(word) <= 2 or word[-1] not in doc.rules.possessive_last:
        return word  # most words: no pattern to run
    return doc.rules.possessive.sub("", word)


def owner_pronoun(doc: Doc, mention: str) -> str | None:
    """The pronoun that stands for the owner of a speaker who speaks for it ('her spokesperson'
    -> 'she', 'its press office' -> 'it', 'his spokesman, Tom Rusk' -> 'he'), or None; not for
    an office named in capitals ('its Foreign Ministry spokesman')."""
    words = mention.split(",")[0].split()
    if len(words) < 2:
        return None
    pronoun = doc.rules.owner_pronouns.get(words[0].lower())
    head = strip_possessive(doc, words[-1].lower())
    if pronoun is None or (head not in doc.rules.proxy_heads and head not in doc.rules.owned_bodies):
        return None  # 'its press office', 'its foreign ministry': the owner's
    if any(w[:1].isupper() for w in words[1:]):
        return None  # 'its Foreign Ministry spokesman': an office of a state, named as such
    return pronoun


def bare_actor_name(doc: Doc, mention: str) -> ActorMatch | None:
    """The gazetteer hit when ``mention`` is only the name of one state or body, with at most a
    determiner before it ('France', 'The United States'), else None: the way a first-person
    text names itself."""
    hits = doc.gaz.find(mention)
    if len(hits) != 1:
        return None
    h = hits[0]
    if doc.gaz.is_person(h.mention) or mention[h.end :].strip():
        return None
    return h if doc.rules.actor_line_prefix.fullmatch(mention, 0, h.start) is not None else None


def without_mission_subject(doc: Doc, text: str) -> str:
    """``text`` with the states and bodies a mission role is *for* blanked out ('Special Envoy
    for Moldova Ruth Calder' -> 'Special Envoy for         Ruth Calder'): an envoy's 'for' names
    his brief, not whom he speaks for, which is whoever sent him (the state before the title,
    or the text's issuer). Offsets are kept; a known person in the phrase is kept."""
    rules = doc.rules
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text)]
    blank: list[tuple[int, int]] = []
    for k in range(len(words) - 2):
        role = strip_possessive(doc, words[k][1].lower())
        if role not in rules.mission_roles or words[k + 1][1].lower() not in rules.agency_prepositions:
            continue
        start = end = words[k + 2][0]
        body = False
        for pos, w in words[k + 2 :]:
            if not (w[:1].isupper() or w.lower() in rules.title_small_words):
                low = w.strip(",.;:").lower()
                body = low in rules.body_words or low in rules.speaker_nouns
                break
            end = pos + len(w.rstrip(","))
            if w.endswith(","):
                break  # 'special envoy for Armenia and Azerbaijan, Lev Gorin'
        if not body:  # 'a negotiator for the Swiss delegation' works for it
            blank.append((start, end))
    if not blank:
        return text
    out = list(text)
    for h in doc.gaz.find(text):
        if any(a <= h.start < b for a, b in blank) and not doc.gaz.is_person(h.mention):
            out[h.start : h.end] = " " * (h.end - h.start)
    return "".join(out)


def is_name(doc: Doc, tok: str) -> bool:
    """A capitalised word that is not a stop word, or a name with a particle ('d’Orsay',
    'al-Obeidi', 'el-Masri')."""
    if tok[1:2] in ("'", "\u2019") and tok[2:3].isupper() and tok[:1].islower():
        return True
    dash = tok.find("-", 1, 4)
    if dash > 0 and tok[dash + 1 : dash + 2].isupper() and tok[:dash] in doc.rules.name_particles:
        return True
    return tok[:1].isupper() and tok not in doc.lex.np_stop and tok[:1].isalpha()


def np_word(doc: Doc, tok: str) -> bool:
    """Can the token be part of a speaker's noun phrase (a name or a role noun)? Remembered per
    lexicon and language (``Doc.np_words``): the same words come back in every sentence and
    every article."""
    known = doc.np_words.get(tok)
    if known is None:
        low = tok.lower()
        role = doc.lex.role_nouns
        known = is_name(doc, tok) or low in role or strip_possessive(doc, low) in role
        if not known and "-" in low:
            # 'chairman-in-office', 'commander-in-chief': a person's head with its complement
            known = doc.lex.generic_heads.get(low.split("-", 1)[0]) == "person"
            # 'the co-Chairs of the Minsk Group': a title whose capital follows its prefix
            known = known or (tok[:1].islower() and tok != low and low in doc.rules.speaker_nouns)
        if len(tok) <= _NP_WORD_CHARS:  # kept across texts: no word of any length
            if len(doc.np_words) >= 65536:
                doc.np_words.clear()  # bounded, whatever the texts
            doc.np_words[tok] = known
    return known


def is_adverb(doc: Doc, t: str, min_len: int = 0) -> bool:
    rules = doc.rules
    return t.islower() and t.endswith(rules.adverb_suffix) and len(t) > min_len and t not in rules.not_adverbs


def backward_np(doc: Doc, toks: Tokens, j: int) -> tuple[Span, Span | None] | None:
    """The speaker phrase ending just before a cue (after auxiliaries and adverbs), with an
    apposition between commas if there is one: 'The state minister, Artak Beglarian, spoke'.
    Worked out once per token of the sentence (a cue's rules ask for it up to four times)."""
    memo = toks.backward
    if j in memo:
        return memo[j]
    found = memo[j] = _backward_np(doc, toks, j)
    return found


def _backward_np(doc: Doc, toks: Tokens, j: int) -> tuple[Span, Span | None] | None:
    lex, tt = doc.lex, toks.text
    steps = 0
    while j >= 0 and steps < 8:
        t = tt[j]
        if t.lower() in lex.auxiliaries or is_adverb(doc, t, 4):
            j -= 1
            steps += 1
            continue
        k = _time_phrase_start(doc, toks, j)
        if k < j:
            j = k
            steps += 1
            continue
        break
    if j >= 0 and tt[j] == ")":
        # 'Sen. Lindsey Graham (R-S.C.) told': step over the parenthesis
        k = j - 1
        while k >= 0 and j - k < 10 and tt[k] != "(":
            k -= 1
        if k >= 1 and tt[k] == "(":
            j = k - 1
    if j < 0:
        return None
    t = tt[j]
    if t.lower() not in lex.relative_words:
        j = _relative_adjunct(doc, toks, j)  # 'McConnell, who in 2010 said': over the adjunct
        t = tt[j]
    if t[-2:-1] in ("'", "\u2019") and t[:-2].lower() in lex.relative_words:
        t = t[:-2]  # "who's called for": 'who has'
    if t.lower() in lex.relative_words and j > 0 and tt[j - 1] == ",":
        # 'Clinton, who ..., said': the antecedent before the relative clause
        e = _antecedent_end(doc, toks, j - 2)  # 'demonstrators here, who'
        return _nearest_antecedent(doc, toks, backward_np(doc, toks, e)) if e >= 0 else None
    if t.lower() in lex.relative_words and j > 0 and tt[j - 1] in doc.rules.dash_tokens:
        # 'the study -- which notes that ...': a relative clause set off by dashes
        e = j - 1
        while e >= 0 and tt[e] in doc.rules.dash_tokens:
            e -= 1
        return _nearest_antecedent(doc, toks, backward_np(doc, toks, e)) if e >= 0 else None
    if partitive_relative(doc, toks, j):
        # 'relatives of the victims, many of whom say': the antecedent speaks
        return _partitive_antecedent(doc, toks, j - 4)
    if t.lower() in doc.rules.clause_and and j > 0 and tt[j + 1].endswith(doc.rules.verb_endings):
        r = _relative_before_and(doc, toks, j)
        if r is not None:
            # 'demonstrators, who have taken to the streets and called for ...': the antecedent
            return _nearest_antecedent(doc, toks, backward_np(doc, toks, _antecedent_end(doc, toks, r - 2)))
        # 'X ... and said': the subject of the clause
        np = clause_subject(doc, toks, j, subject=True)
        return (np, None) if np is not None else None
    if t == ",":
        return comma_np(doc, toks, j)
    head = np_back(doc, toks, j)
    return (head, None) if head is not None else None


def _antecedent_end(doc: Doc, toks: Tokens, e: int) -> int:
    """The last token of a relative clause's antecedent that ends at ``e``, before an adverb of
    place ('demonstrators | here, who ...')."""
    return e - 1 if e >= 1 and toks.text[e].lower() in doc.rules.place_adverbs else e


def _relative_before_and(doc: Doc, toks: Tokens, j: int) -> int | None:
    """The 'who' after a comma that opens the clause whose second verb follows 'and' at token
    ``j`` ('X, who | have taken to the streets and | called for ...'), or None: no comma, quote
    or other 'and' between them."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    for k in range(j - 1, max(1, j - 16), -1):
        t = tt[k]
        if t.lower() in lex.relative_words:
            # 'who' only: the antecedent of 'which' may be a thing behind an apposition ('a new
            # Constitution, adopted by its members, which establishes ... and concludes ...')
            person = t.lower() in rules.person_relatives
            return k if person and k >= 2 and tt[k - 1] == "," and k + 1 < j else None
        if t in rules.chunk_stop or t.lower() in rules.clause_and:
            return None
    return None


def _relative_adjunct(doc: Doc, toks: Tokens, j: int) -> int:
    """The relative word after a comma before an adjunct of time or place that ends at token
    ``j``, between the relative word and its cue ('McConnell, who in 2010 | said', 'the ministry,
    which at a briefing in Baku | said'), or ``j``: at most six words, the first a preposition,
    none a verb, a cue or a punctuation mark."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    for k in range(j, max(j - 6, 1), -1):
        t = tt[k]
        low = t.lower()
        if low in lex.relative_words:
            first = tt[k + 1].lower() if k < j else ""
            # a preposition ('who in 2010', 'which at a briefing'), not a subject ('which the
            # Council said': an object relative) nor a partitive ('many of whom')
            preposition = first in rules.locative_prepositions or first in rules.head_prepositions
            opens = preposition and first != rules.partitive
            return k if tt[k - 1] == "," and opens else j
        if not (t.isalnum() or t.replace("-", "").isalnum()) or t in lex.cue_forms:
            return j
        if low in rules.finite_auxiliaries or low in rules.be_forms:
            return j
    return j


def partitive_relative(doc: Doc, toks: Tokens, j: int) -> bool:
    """Is the relative word at token ``j`` the whole of a partitive after a comma ('..., many of
    | whom', 'all of | which')?"""
    tt, rules = toks.text, doc.rules
    return (
        4 <= j < len(tt)
        and tt[j].lower() in rules.object_relatives
        and tt[j - 1].lower() == rules.partitive
        and tt[j - 2].lower() in rules.partitive_quantifiers
        and tt[j - 3] == ","
    )


def _partitive_antecedent(doc: Doc, toks: Tokens, e: int) -> tuple[Span, Span | None] | None:
    """The antecedent, ending at token ``e``, of a partitive relative ('the families, many of
    whom say'): a plural person or body with its determiner, numbers and modifiers ('relatives
    of the victims', '4,000 nurses'), not the verb before it ('invited | ten experts'); None for
    a document ('resolutions 822 and 853, all of which call for ...': the text's content, which
    whoever cites it speaks) or a singular ('the Security Council, all of which')."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    start, h = _object_start(doc, toks, e), e
    if start >= 3 and tt[start - 1].lower() == rules.partitive and _lower_word(tt[start - 2]):
        # 'relatives of | the victims': the head before the complement speaks
        h = start - 2
        start = _object_start(doc, toks, h)
    word = tt[h]
    head = strip_possessive(doc, word).lower()
    plural = head.endswith(rules.plural_suffix) and not head.endswith(rules.plural_suffix * 2)
    collective = head in lex.generic_heads or head in lex.institution_heads
    if not (plural or (head in rules.plural_heads and not collective)):
        return None
    if head in rules.document_nouns or not (_speaking_word(doc, word) or speaking_head(doc, head)):
        return None
    return (start, e), None


def _object_start(doc: Doc, toks: Tokens, e: int) -> int:
    """The first token of a noun phrase that ends at ``e`` and may be a verb's object: names,
    numbers ('4,000', '9/11') and a determiner before it, with lower-case modifiers only between
    a determiner and the head ('the grieving families'; 'met | grieving families': a verb may
    look like a modifier)."""
    tt = toks.text
    start = e
    for k in range(e - 1, max(-1, e - 7), -1):
        t = tt[k]
        low = t.lower()
        if low in doc.lex.determiners:
            return k
        joined = t in {",", "/"} and tt[k + 1].isdigit() and k > 0 and tt[k - 1].isdigit()  # '4,000'
        if t[:1].isdigit() or joined or is_name(doc, t):
            start = k
        elif not _modifier(doc, t) or low.endswith(doc.rules.plural_suffix):
            break  # 'The union represents | 4,000 nurses': a verb is no part of the phrase
    return start


def _nearest_antecedent(
    doc: Doc, toks: Tokens, found: tuple[Span, Span | None] | None
) -> tuple[Span, Span | None] | None:
    """The antecedent of a relative clause set off by a comma: the nearest noun phrase that can
    speak, not a thing it complements ('a frosty relationship with | McConnell, who said': McConnell;
    'the leader of the party' stays whole)."""
    if found is None or found[1] is not None:
        return found
    rules, tt = doc.rules, toks.text
    i, j = found[0]
    if not _speaking_word(doc, tt[j]) and not speaking_head(doc, tt[j].lower()):
        return found
    for p in range(j - 1, i, -1):
        low = tt[p].lower()
        if low not in rules.head_prepositions and low not in rules.locative_prepositions:
            continue
        head = tt[p - 1]
        speaks = speaking_head(doc, head) and head not in rules.occasion_nouns  # 'a meeting with | X'
        if not _lower_word(head) or head in rules.document_nouns or speaks:
            continue  # 'the Ministry of Defence', 'the leader of | the party', 'a report by | X'
        return (p + 1, j), None
    return found


def _time_phrase_start(doc: Doc, toks: Tokens, j: int) -> int:
    """The token before a time phrase that ends at token ``j`` between a subject and its cue
    ('The army in April denied', 'X just this month announced', 'X on 3 May said'), or ``j``
    if there is none: at most five time words, one of them a time noun, and a word before."""
    rules, tt = doc.rules, toks.text
    k = j
    head = False
    while k >= 1 and j - k < 5:
        t = tt[k]
        low = t.lower()
        if low in rules.time_heads or (t.isdigit() and len(t) == 4):
            head = True
        elif not (low in rules.time_modifiers or t.isdigit()):
            break
        k -= 1
    if not head:
        return j
    np = np_back(doc, toks, k)
    if np is None:
        return j
    before = tt[np[0] - 1].lower() if np[0] > 0 else ""
    if before in rules.leading_connectors or before in rules.locative_prepositions or (
        before in rules.complementisers
    ):
        return j  # 'violence in the south of the country in June claimed': an object, no subject
    return k


def comma_np(doc: Doc, toks: Tokens, j: int) -> tuple[Span, Span | None] | None:
    """', said' after commas: 'Richard Roe, director of X, said', 'The minister, Artak
    Beglarian, spoke', 'Trump, speaking in Ohio, said', 'X, who ..., said'. The speaker is the
    farthest of up to four comma-separated chunks that is a whole noun phrase."""
    lex, rules, tt = doc.lex, doc.rules, toks.text
    chunks: list[Span] = []
    hi = k = j - 1
    limit = max(-1, j - 48)
    while len(chunks) < _MAX_CHUNKS:
        if k > limit and tt[k] == ")":
            # 'The Organization for Security ... (OSCE), which monitors the vote, said': the
            # name before its acronym in brackets; a bracket that holds commas is one aside
            # ('The OSCE Minsk Group (co-chaired by France, Russia and the United States), said')
            p = k - 1
            while p > limit and k - p < 24 and tt[p] != "(":
                p -= 1
            aside = "," in tt[p + 1 : k]
            if p > limit and tt[p] == "(" and k - p > 1 and (aside or (chunks and k - p < 6)):
                hi = k = p - 1
        if k > limit and (tt[k] in rules.close_quotes or tt[k] == '"'):
            # 'The report, titled "Nowhere to Run", accuses ...': a quoted title after a naming
            # participle is a word of the chunk
            p = k - 1
            while p > limit and k - p < 16 and not (tt[p] in rules.open_quotes or tt[p] == '"'):
                p -= 1
            if p > limit + 1 and k - p > 1 and tt[p - 1].lower() in rules.title_participles:
                k = p - 1
        while k > limit and tt[k] not in rules.chunk_stop:
            k -= 1
        if k <= limit and k >= 0:
            break
        chunks.append((k + 1, hi))
        if k < 0 or tt[k] != ",":
            break
        hi = k = k - 1
    best: tuple[int, Span] | None = None
    for idx, (lo, hi) in enumerate(chunks):
        if lo > hi:
            break
        words = tt[lo : hi + 1]
        if idx > 0 and any(
            w in lex.cue_forms
            and w.lower() not in lex.role_nouns
            and not _compound(doc, words, n)
            and not _object_noun(doc, words, n)
            for n, w in enumerate(words)
        ):
            break  # a verb: the chunk is a clause (not 'The charge sheet', 'Opponents of the plan')
        if idx == 0 and (
            words[0].lower() in lex.relative_words
            or partitive_relative(doc, toks, lo + 2)  # 'The families, some of whom ..., say'
            or all(w.lower() in lex.auxiliaries or w.endswith(rules.adverb_suffix) for w in words)
        ):
            continue
        np = _before_relative(doc, toks, lo, hi) if idx > 0 else None
        if np is not None:
            # 'A diplomat who follows the talks, speaking on condition of anonymity, said': the
            # phrase before its relative clause
            best = (idx, np)
            continue
        np = np_back(doc, toks, hi)
        bare = hi - 2 >= lo and tt[hi - 1].lower() in rules.head_prepositions and _lower_word(tt[hi])
        if np is None and bare and _speaking_word(doc, tt[hi - 2]):
            np = (hi, hi)  # 'The UN Special Rapporteur on | torture, Lina Okafor, told'
        if np is None:
            continue
        for _ in range(2):
            # 'The representative of | the Russian Federation, however, said': the phrase the
            # preposition complements is part of the chunk's noun phrase
            prep = tt[np[0] - 1].lower() if np[0] - 2 >= lo else ""
            if prep not in rules.head_prepositions:
                break
            outer = np_back(doc, toks, np[0] - 2)
            if outer is None or outer[0] < lo or not _speaking_word(doc, tt[np[0] - 2]):
                break  # 'the main town of | the enclave' is a place, no speaker
            np = (outer[0], np[1])
        if idx > 0 and lo < np[0] and _title_chunk(doc, toks, (lo, hi), chunks[idx - 1]):
            # 'the Special Representative of the Secretary-General and head of the UN Mission in
            # the Congo (MONUSCO), Ada Roe, said': a long title before a name is one phrase
            np = (lo, np[1])
        lead = tt[lo : np[0]]
        opener = tt[lo].lower()
        if idx > 0 and lo < np[0] and (
            opener in rules.place_prepositions
            or opener in rules.object_prepositions
            or opener in rules.locative_prepositions
        ):
            # 'In Lisbon, a spokesman, Rui Costa, said': a place is no speaker, nor a time
            # ('During the debate, the defence minister, X, told ...')
            continue
        part_of = len(lead) == 2 and lead[0].lower() in lex.determiners and lead[1].lower() == rules.partitive
        if (part_of or all(w in lex.np_stop or w.lower() in rules.conjunctions for w in lead)) and (
            idx > 0 or len(chunks) == 1 or not lead
        ):
            best = (idx, np) if not part_of else (idx, (lo, np[1]))  # 'one of the family's lawyers'
    if best is None:
        return None
    idx, np = best
    if idx == 0:
        return np, None
    lo, hi = chunks[idx - 1][0], chunks[0][1]
    first = tt[lo]
    if partitive_relative(doc, toks, lo + 2):
        return np, None  # 'The families, some of whom have spoken to reporters, say': no apposition
    if hi - lo <= 46 and (
        first[:1].isupper()
        or first[:1].isdigit()
        or first.lower() in lex.determiners
        or first.lower() in lex.role_nouns
        or heading_clause(doc, toks, lo)
    ):
        return np, (lo, hi)
    return np, None


def _before_relative(doc: Doc, toks: Tokens, lo: int, hi: int) -> Span | None:
    """The noun phrase that opens the chunk ``lo``-``hi`` and that a relative clause of persons
    follows inside it ('A diplomat who follows the talks'), if it can speak; else None."""
    tt = toks.text
    for r in range(lo + 1, min(hi, lo + 8) + 1):
        if tt[r].lower() in doc.rules.person_relatives:
            np = np_back(doc, toks, r - 1)
            if np is not None and np[0] == lo and speaking_head(doc, tt[r - 1].lower()):
                return np
            return None
    return None


def _title_chunk(doc: Doc, toks: Tokens, chunk: Span, name: Span) -> bool:
    """Is ``chunk`` a title in apposition before the name chunk ``name``: a determiner and a
    role noun first ('the Special Representative of ...', 'the head of the UN Mission in ...'),
    no verb, and a name after it?"""
    lex, tt = doc.lex, toks.text
    lo, hi = chunk
    if hi - lo > 30 or tt[lo].lower() not in lex.determiners:
        return False
    if not all(is_name(doc, t) for t in tt[name[0] : name[1] + 1]):
        return False
    words = tt[lo + 1 : min(hi + 1, lo + 5)]
    roles = lex.role_nouns | doc.rules.mission_roles
    titled = any(w.lower() in roles for w in words)
    return titled and not any(w in lex.cue_forms for w in tt[lo : hi + 1])


def heading_clause(doc: Doc, toks: Tokens, k: int) -> bool:
    """Does a relative clause that names whom a person speaks for start at token ``k`` ('who
    heads the French delegation', 'who represents Armenia')?"""
    tt = toks.text
    rules = doc.rules
    return k + 1 < len(tt) and tt[k].lower() in rules.person_relatives and tt[k + 1] in rules.heading_verbs


def _object_noun(doc: Doc, words: list[str], n: int) -> bool:
    """Is the word ``n`` a noun after a preposition and its determiner ('of the plan', 'for a
    deal')?"""
    if n < 2:
        return False
    return words[n - 1].lower() in doc.lex.determiners and words[n - 2].lower() in doc.rules.head_prepositions


def _compound(doc: Doc, words: list[str], n: int) -> bool:
    """Does the word ``n`` open a compound noun with the next one ('charge sheet')?"""
    return n + 1 < len(words) and words[n + 1].lower() in doc.rules.noun_compounds.get(words[n].lower(), ())


def speaking_head(doc: Doc, head: str, agents: bool = True) -> bool:
    """Can a lower-case head noun be a person or a body that speaks ('officials', 'the
    ministry', 'the spokesman', 'historians'; with ``agents`` also any '-ers', '-ists' noun:
    'advocates', 'protesters')?"""
    lex, rules = doc.lex, doc.rules
    return (
        head in rules.speaker_nouns
        or head in lex.role_nouns
        or head in lex.generic_heads
        or head in lex.institution_heads
        or (agents and head.endswith(rules.agent_suffixes))
        or ("-" in head and lex.generic_heads.get(head.split("-", 1)[0]) == "person")  # 'chairman-in-office'
    )


def _speaking_word(doc: Doc, word: str) -> bool:
    """Can the head ``word`` of a phrase speak: a name, a role, a body ('representative',
    'head', 'delegation', 'Ministry')?"""
    return is_name(doc, word) or speaking_head(doc, word.lower(), agents=False)


def _lower_word(t: str) -> bool:
    """A lower-case word, hyphenated or not ('conservative-leaning'), or a count joined to one
    ('the 15-member body', 'the 27-nation bloc')."""
    if not t.islower():
        return False
    if t.isalpha() or t.replace("-", "").isalpha():
        return True
    count, _, rest = t.partition("-")
    return count.isdigit() and rest.replace("-", "").isalpha()


def _bare_plural_agent(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is token ``k`` a plural noun of people ('conservationists', 'farmers', 'economists')
    with no determiner, opening its clause (after the start, a comma, 'but', 'that')?"""
    tt, rules = toks.text, doc.rules
    word = tt[k]
    if not (word.endswith(rules.plural_suffix) and word.endswith(rules.agent_suffixes)):
        return False
    if k == 0:
        return True
    before = tt[k - 1].lower()
    return before in rules.chunk_stop or before in rules.conjunctions or before in rules.complementisers


def _named_plural_agent(doc: Doc, toks: Tokens, k: int) -> int:
    """The first token of a plural noun of people after a state's or a body's name, with no
    determiner, opening a clause inside the sentence ('..., as Russian peacekeepers warned', 'but
    Armenian peacekeepers said'), or -1."""
    tt, rules = toks.text, doc.rules
    word = tt[k]
    if k < 2 or not (word.endswith(rules.plural_suffix) and word.endswith(rules.agent_suffixes)):
        return -1
    name = tt[k - 1]
    if not is_name(doc, name) or doc.gaz.actor_of(name) is None:
        return -1
    before = tt[k - 2].lower()
    if before in rules.conjunctions:
        # not a list of names ('its Russian and American partners')
        return k - 1 if k < 3 or not is_name(doc, tt[k - 3]) else -1
    opens = before in rules.chunk_stop or before in rules.subordinators or before in rules.complementisers
    return k - 1 if opens else -1


def _count_after_determiner(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is token ``k`` a count ('27', '300') after a determiner or an owner ('The 27 member
    states', 'its 300 observers', "the bloc's 27 members")? Not a year ('The 2015 response plan',
    a date that names a document)."""
    t, before = toks.text[k], toks.text[k - 1]
    if not t.isdigit() or (len(t) == 4 and t[:2] in ("19", "20")):
        return False
    if before.lower() in doc.rules.complementisers:
        return False  # 'found that 74 percent of voters said': a clause opens
    return before.lower() in doc.lex.determiners or _is_owner(doc, before)


def _article_before(doc: Doc, toks: Tokens, d: int) -> int:
    """The start of a phrase whose determiner is token ``d``: the article before a number or
    quantifier ('The two sides', 'the three leaders', 'the other officials'), else ``d``."""
    tt, rules = toks.text, doc.rules
    if d >= 1 and tt[d].lower() in rules.plural_determiners and tt[d - 1].lower() in rules.article_the:
        return d - 1
    return d


def np_back(doc: Doc, toks: Tokens, j: int) -> Span | None:
    """The noun phrase that ends at token ``j``, read backwards."""
    lex, tt = doc.lex, toks.text
    if j < 0:
        return None
    low = tt[j].lower()
    if low in lex.pronouns and low not in doc.rules.object_pronouns:
        return (j, j)
    end = j
    if low in lex.np_connectors:
        return None
    first = -1
    k = j
    while k >= 0 and j - k < 14:
        t = tt[k]
        low = t.lower()
        if low in lex.determiners:
            if first >= 0 and not (low in doc.rules.complementisers and is_name(doc, tt[first])):
                # not 'that' before a name: 'agreed that Mrs. Roe's plan ...'
                first = _article_before(doc, toks, k)
            break
        if np_word(doc, t) or (first == k + 1 and k > 0 and _count_after_determiner(doc, toks, k)):
            first = k  # a number between a determiner and the head: 'The 27 member states said'
            k -= 1
            continue
        bracket = t == ")" and first == k + 1 and k >= 3 and tt[k - 2] == "(" and _acronym(tt[k - 1])
        if bracket and np_word(doc, tt[k - 3]) and tt[k - 3][:1].isupper():
            k -= 3  # 'International Atomic Energy Agency (IAEA) Director-General X said'
            continue
        if first == k + 1 and _plural_owner(doc, toks, first) >= 0:
            first = _plural_owner(doc, toks, first)  # "The miners' union", "the players' Union"
            break
        if first == k + 1 and _is_owner(doc, t):
            first = _owner_start(doc, toks, k)  # "A charity's report", "the watchdog's report"
            break
        if low in lex.np_connectors and first >= 0 and k > 0 and np_word(doc, tt[k - 1]):
            k -= 1
            continue
        if first < 0 and _lower_word(t) and low not in lex.auxiliaries:
            # a common-noun head after a determiner: 'the bank said', 'the Russian side said'
            owner = _plural_owner(doc, toks, k)
            if owner >= 0:
                return (owner, end)  # "The miners' union said"
            d = _modifiers_start(doc, toks, k - 1, k, owners=False)
            if d >= 0 and d < k and _is_owner(doc, tt[d]) and _modifiers(doc, tt[d + 1 : k + 1]):
                return (_owner_start(doc, toks, d), end)  # 'the bank's chief economist said'
            owner = _named_owner(doc, toks, k)
            if owner >= 0:
                return (owner, end)  # "Norway's bank said", "Norway's central bank said"
            if d >= 0 and tt[d].lower() in lex.determiners:
                suffix = doc.rules.plural_suffix
                plural = low.endswith(suffix) and not low.endswith(suffix * 2)  # 'voters', not 'press'
                if plural and tt[d].lower() in doc.rules.complementisers:
                    return (d + 1, end)  # 'that voters want': 'that' opens a clause before a plural
                return (_article_before(doc, toks, d), end)
            if k == j and _bare_plural_agent(doc, toks, k):
                return (k, end)  # 'But conservationists worry that ...'
            named = _named_plural_agent(doc, toks, k) if k == j else -1
            if named >= 0:
                return (named, end)  # '..., as Russian peacekeepers warned ...'
            if d < 0 and _ordinary_opening(doc, toks, k):
                return (0, end)  # 'Opposition parties said', 'Voting rights advocates have said'
            break
        if first >= 0 and low in doc.rules.object_relatives:
            break  # '..., a decision which | Baku called "illegal"': a relative clause's subject
        if first >= 0 and _lower_word(t):
            # modifiers between a determiner or an owner and the head: 'the newly appointed
            # envoy', 'the UN refugee agency', 'the bloc's foreign policy chief'
            d = _modifiers_start(doc, toks, k, k, owners=True)
            opens = d >= 0 and (
                tt[d].lower() in doc.rules.articles
                or tt[d].lower() in doc.rules.owner_determiners
                or _is_owner(doc, tt[d])
            )
            named = -1 if opens else _named_opener(doc, toks, d, k)
            if named >= 0:
                first = named  # 'EU foreign policy spokeswoman', 'ICRC regional spokesman'
                break
            if d < 0:
                if _ordinary_opening(doc, toks, first):
                    first = 0  # 'Kremlin-backed separatist leaders said': the sentence opens with it
                break
            opener = tt[d].lower()
            between = tt[d + 1 : k + 1]
            plain = opener in doc.rules.articles and all(_lower_word(x) for x in between)
            if plain and _noun_then_verb(doc, between):
                break  # 'The delegation included | Deputy Minister X': a clause, no modifiers
            if plain and len(between) == 1 and between[0].lower() in doc.rules.claim_nouns:
                first = d + 2  # '..., a claim | lawmakers rejected': a clause without 'that'
                break
            if plain:
                first = d  # as before: an article and lower-case words
            elif all(_modifier(doc, x) or is_name(doc, x) for x in between):
                if opener in doc.rules.articles or opener in doc.rules.owner_determiners:
                    first = d
                elif _is_owner(doc, tt[d]):
                    first = _owner_start(doc, toks, d)
            if first == k + 1:
                c = _clause_opening_modifiers(doc, toks, k)
                first = c if c >= 0 else first  # 'but health officials said', 'that rights groups'
            break
        break
    if first < 0:
        return None
    # a phrase of only stop words or determiners is no speaker (a common-noun head is
    # accepted above)
    if not any(np_word(doc, x) for x in tt[first : end + 1]):
        return None
    return (first, end)


def _acronym(word: str) -> bool:
    """Is the word an acronym in capitals ('IAEA', 'UNHCR', 'OSCE')?"""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _noun_then_verb(doc: Doc, words: list[str]) -> bool:
    """Do the lower-case ``words`` between an article and a name end with a past form after a
    word that is not an adverb ('The delegation included | Deputy Minister X', 'the envoy met |
    Minister X'): a noun and its verb, whose object is the name, not modifiers ('the newly
    appointed | envoy X')?"""
    last = words[-1]
    past = (last.endswith(doc.rules.past_suffix) and "-" not in last) or last in doc.rules.agent_participles
    if len(words) < 2 or not past:
        return False
    return not is_adverb(doc, words[-2])


def _clause_opening_modifiers(doc: Doc, toks: Tokens, k: int) -> int:
    """The first of one or two content words that end at token ``k``, before a speaker's head,
    and open a clause with no determiner (after a comma, a conjunction or a complementiser: 'but
    health officials said', 'that human rights groups'), or -1."""
    tt, rules = toks.text, doc.rules

    def noun_like(t: str) -> bool:  # not 'including', 'defying', 'notably'
        return _modifier(doc, t) and not t.endswith(rules.participle_suffix) and not is_adverb(doc, t)

    if not noun_like(tt[k]):
        return -1
    c = k - 1 if k >= 1 and noun_like(tt[k - 1]) else k
    if c == 0:
        return -1  # at the start of the sentence the words are capitalised: 'Health officials'
    before = tt[c - 1].lower()
    opens = before in rules.chunk_stop or before in rules.conjunctions or before in rules.complementisers
    return c if opens else -1


def _ordinary_opening(doc: Doc, toks: Tokens, k: int) -> bool:
    """Do the words before a lower-case head ``k`` open the sentence with a capitalised word that
    nothing shows to be a name, then lower-case modifiers ('Opposition parties', 'Farm unions',
    'Voting rights advocates')? At the start of a sentence capitals say nothing. The head must
    be one that speaks (not 'Television footage showed')."""
    tt, rules, lex = toks.text, doc.rules, doc.lex
    head = tt[k]
    speaks = head in rules.speaker_nouns or head in lex.institution_heads
    speaks = speaks or head.endswith(rules.agent_suffixes)
    # 'Odesa regional governor X', 'Clinton campaign chairman X': a name's office
    office = k >= 2 and head.lower() in lex.role_nouns and tt[0].lower() not in lex.time_words
    if not ((speaks or office) and k >= 1 and all(_modifier(doc, x) for x in tt[1:k])):
        return False
    # a name opening the phrase is a modifier of the head ("French companies", "Clinton aides"),
    # and so is a compound that ends in a lower-case word ('NATO-led peacekeepers', 'Kremlin-backed
    # separatists', 'Blue-helmeted troops')
    if "-" in tt[0] and tt[0].rsplit("-", 1)[1].isalpha() and tt[0].rsplit("-", 1)[1].islower():
        return True
    if tt[0].split("-", 1)[0].lower() in rules.modifier_prefixes and "-" in tt[0]:
        return True  # 'Pro-Russian separatist leaders', 'Anti-Western protesters'
    if office or not any(map(str.islower, tt[0])):
        return True  # 'PKK militants', 'M23 rebels', 'F-16 pilots': a code names a group, not a person
    return not opening_name(doc, toks, 0) or doc.gaz.actor_of(tt[0]) is not None


def opening_name(doc: Doc, toks: Tokens, k: int) -> bool:
    """Is token ``k`` a name? A capitalised word that opens the sentence before a lower-case
    word is one only if the gazetteer knows it, or the text writes it capitalised elsewhere, not
    at the start of a sentence; other tokens as :func:`is_name` says."""
    tt = toks.text
    word = tt[k]
    if not is_name(doc, word):
        return False
    if k > 0 or k + 1 >= len(tt) or not _lower_word(tt[k + 1]) or not word[1:].islower():
        return True  # inside the sentence, alone, or in capitals ('NATO'): as it is written
    if not word.isalpha() or doc.gaz.actor_of(word) is not None:
        return True
    return named_inside(doc, word)


def named_inside(doc: Doc, word: str) -> bool:
    """Is the capitalised ``word`` written inside a sentence of the text (after a word or a
    comma)? Worked out once per word and article (``Doc.opening_names``)."""
    known = doc.opening_names.get(word)
    if known is None:
        text = doc.text
        known = False
        for start in doc.capital_starts(word):
            before = text[max(0, start - 2) : start]
            if before[-1:] == " " and (before[:1].isalnum() or before[:1] in ",;"):
                known = True
                break
        doc.opening_names[word] = known
    return known


def _named_owner(doc: Doc, toks: Tokens, k: int) -> int:
    """The first token of a named owner before a body or a speaker's head ``k`` and its
    modifiers ("Norway's bank", "Norway's central bank", "Vardania's fund"), or -1."""
    head = toks.text[k]
    if head not in doc.rules.speaker_nouns and head not in doc.lex.institution_heads:
        return -1
    d = _modifiers_start(doc, toks, k - 1, k, owners=True)
    if d < 0 or not _is_owner(doc, toks.text[d]) or not is_name(doc, strip_possessive(doc, toks.text[d])):
        return -1
    if not _modifiers(doc, toks.text[d + 1 : k + 1]):
        return -1
    return _owner_start(doc, toks, d)


def _named_opener(doc: Doc, toks: Tokens, d: int, k: int) -> int:
    """The index of a body's or state's name that opens the modifiers ``d+1 .. k`` of an office
    ('EU foreign policy spokeswoman', 'ICRC regional spokesman'), or -1: the name is in the
    gazetteer, every word after it up to ``k`` is a lower-case modifier and the word after
    them is an office ('spokesman', 'officials')."""
    tt, rules = toks.text, doc.rules
    n = d + 1
    if n >= k or not is_name(doc, tt[n]) or not all(_modifier(doc, x) for x in tt[n + 1 : k + 1]):
        return -1
    office = tt[k + 1].lower() if k + 1 < len(tt) else ""
    if not (office in rules.office_words or office in rules.proxy_heads or office in rules.body_words):
        return -1  # 'French carmaker Valmont': a company, not a French office
    hits = doc.gaz.find(tt[n])
    if not hits or hits[0].mention != tt[n] or doc.gaz.is_person(tt[n]):
        return -1
    return n


def _plural_owner(doc: Doc, toks: Tokens, k: int) -> int:
    """The start of a plural owner before the head at token ``k`` ("The miners' union", "a
    consumers' association", "Germany's exporters' association": the owner's phrase with its
    determiner or owner; "the two countries' foreign ministries", over up to two modifiers), or
    -1 if there is none."""
    tt, rules = toks.text, doc.rules
    m = k
    while m >= 3 and k - m < 2 and tt[m - 1] not in rules.possessive_last and _modifier(doc, tt[m - 1]):
        m -= 1  # 'foreign' in "the two countries' foreign ministries"
    if m >= 2 and tt[m - 1] in rules.possessive_last:
        k = m
    if k < 2 or tt[k - 1] not in rules.possessive_last:
        return -1
    owner = tt[k - 2]
    if not (_lower_word(owner) and owner.endswith(rules.plural_suffix) and _modifier(doc, owner)):
        return -1
    d = _modifiers_start(doc, toks, k - 3, k - 2, owners=True)
    if d >= 0 and tt[d].lower() in doc.lex.determiners:
        return _article_before(doc, toks, d)
    if d >= 0 and _is_owner(doc, tt[d]):
        return _owner_start(doc, toks, d)
    return -1


def _modifiers_start(doc: Doc, toks: Tokens, d: int, k: int, owners: bool) -> int:
    """The token before the words that may modify a head (lower-case words and names, from token
    ``d`` back, fewer than three steps from token ``k``): a determiner opens the phrase ('the
    newly appointed', 'the UN refugee'), and with ``owners`` an owner too ('the bloc's foreign
    policy'); -1 at the start of the sentence."""
    tt, determiners = toks.text, doc.lex.determiners
    while d >= 0 and k - d < 3 and (
        _lower_word(tt[d]) or is_name(doc, tt[d]) or (d > 0 and _count_after_determiner(doc, toks, d))
    ):
        if tt[d].lower() in determiners or (owners and _is_owner(doc, tt[d])):
            break
        d -= 1
    return d


def _is_owner(doc: Doc, t: str) -> bool:
    """Is the token a possessive owner that a speaker can belong to: a name or a body ('Russia's',
    'the bloc's', 'the ministry's'), not a contraction ('That's', 'it's') or a person's
    relative ('her husband's')?"""
    if not (t[-1:] in doc.rules.possessive_last and doc.rules.possessive.search(t) is not None):
        return False
    base = strip_possessive(doc, t)
    low = base.lower()
    if low in doc.lex.pronouns or low in doc.lex.determiners or low in doc.rules.complementisers:
        return False
    if low in doc.rules.group_owner_nouns:
        return True  # "The U.N. children's agency", "the women's rights group"
    return is_name(doc, base) or low in doc.lex.institution_heads or low in doc.rules.owner_nouns


def _modifier(doc: Doc, t: str) -> bool:
    """Can a lower-case token modify a speaker's head ('foreign policy', 'chief', 'refugee'):
    a content word, not a function word or an auxiliary ('as', 'of', 'to', 'has')?"""
    low = t.lower()
    rules, lex = doc.rules, doc.lex
    return _lower_word(t) and not (
        (low.endswith(rules.past_suffix) and "-" not in low)  # 'launched', not 'state-owned'
        or low in rules.function_words
        or low in lex.auxiliaries
        or low in lex.relative_words
        or low in lex.cue_forms
        or low in lex.determiners
        or low in lex.np_connectors
    )


def _modifiers(doc: Doc, words: list[str]) -> bool:
    """Can all ``words`` but the last (the head) modify it? A cue word counts when it makes a
    compound with the word after it ('press service', 'press office')."""
    compounds = doc.rules.cue_compounds
    return all(
        _modifier(doc, x) or (_lower_word(x) and words[n + 1].lower() in compounds)
        for n, x in enumerate(words[:-1])
    )


def _owner_start(doc: Doc, toks: Tokens, d: int, depth: int = 0) -> int:
    """The first token of the owner that ends at token ``d``: 'the bloc's', 'the European
    Union's', 'Russia's' (up to two more names before it, and their article); an owner with
    modifiers of its own, opened by an article or by another owner, is one phrase with them ('the
    presidential administration's', "Azerbaijan's presidential administration's")."""
    tt, rules = toks.text, doc.rules
    k = d
    while k > 0 and d - k < 2 and is_name(doc, tt[k - 1]):
        k -= 1
    if k > 0 and tt[k - 1].lower() in rules.articles:
        return k - 1
    m = k
    while m > 0 and k - m < 2 and _modifier(doc, tt[m - 1]):
        m -= 1
    if m < k and m > 0 and depth < 2:
        if tt[m - 1].lower() in rules.articles:
            return m - 1
        if _is_owner(doc, tt[m - 1]):
            return _owner_start(doc, toks, m - 1, depth + 1)
    return k


def forward_np(
    doc: Doc, toks: Tokens, i: int, skip_sources: bool = False, subject: bool = False
) -> Span | None:
    """The noun phrase that starts at token ``i`` (after 'a statement from' if asked). As a
    clause's ``subject`` it ends before a determiner ('The ministry issued a statement')."""
    lex, tt = doc.lex, toks.text
    n_toks = len(tt)
    if i >= n_toks:
        return None
    if skip_sources:
        rest = doc.text[toks.start[i] : toks.start[i] + 40].lower()
        for phrase in lex.source_nouns:
            if rest.startswith(phrase + " "):
                n = len(phrase.split())
                if i + n < n_toks:
                    i += n
                break
    low = tt[i].lower()
    if low in lex.pronouns and low not in doc.rules.object_pronouns:
        return (i, i)
    k = i
    first = i
    while k < n_toks and k - i < 3 and tt[k].lower() in lex.determiners:
        k += 1
    last = -1
    headed = False  # the phrase has its lower-case head ('side'): no adjectives after it
    determined = k > i  # it opens with a determiner ('The Armenian side', not 'Halvorsen organisers')
    if determined and k + 1 < n_toks and tt[k].isdigit() and len(tt[k]) == 4 and not tt[k + 1].isdigit():
        k += 1  # a year as a modifier after the determiner: 'A 2019 study by the institute'
    while k < n_toks and k - i < 16:
        t = tt[k]
        low = t.lower()
        if np_word(doc, t):
            last = k
            k += 1
            continue
        if low in lex.np_connectors and last >= 0 and k + 1 < n_toks:
            nxt = k + 1
            while nxt < n_toks and tt[nxt].lower() in lex.determiners and nxt - k < 3:
                nxt += 1
            if nxt < n_toks and is_name(doc, tt[nxt]):
                k = nxt
                continue
            role = nxt < n_toks and np_word(doc, tt[nxt]) and _lower_word(strip_possessive(doc, tt[nxt]))
            if role and nxt > k + 1 and low == doc.rules.partitive:
                k = nxt  # 'the head of | the ministry's press service', 'the head of | the delegation'
                continue
            break
        speaking = determined and _lower_word(t) and _speaking_word(doc, t) and low not in lex.cue_forms
        if last == k - 1 >= 0 and speaking:
            last = k  # 'The Armenian side', 'The Russian delegation': a speaking head after a name
            headed = True
            k += 1
            continue
        if subject and last >= 0 and low.endswith(doc.rules.past_suffix):
            break  # 'Georgia's Foreign Ministry summoned ...': a verb after the head, no adjective
        if not headed and _lower_word(t) and low not in lex.time_words and low not in lex.cue_forms:
            # an adjective before a head noun within three words
            look = k
            while look < n_toks and look - k < 3 and _lower_word(tt[look]) and not np_word(doc, tt[look]):
                if subject and tt[look].lower() in lex.determiners:
                    break  # a verb and its object, not modifiers of one head
                if last >= 0 and tt[look].lower() in doc.rules.complementisers:
                    break  # 'reported by Interfax | that the envoy ...': a clause, no modifier
                look += 1
            if look < n_toks and np_word(doc, tt[look]) and look - k < 3:
                k = look
                continue
        break
    if last < 0:
        return None
    return (first, last)


def clause_subject(doc: Doc, toks: Tokens, limit: int, subject: bool = False) -> Span | None:
    """The noun phrase at the start of the clause (for ', saying ...' participles); with
    ``subject``, one that ends before a determiner (the verb's object: 'The ministry met the
    envoy on Monday, saying ...')."""
    tt = toks.text
    i = 0
    # skip an introductory phrase ('Earlier on Saturday, ...')
    for k in range(min(limit, 12)):
        if tt[k] == ",":
            if tt[0] in doc.lex.np_stop or tt[0].lower() in doc.lex.auxiliaries:
                i = k + 1
            break
    np = forward_np(doc, toks, i, subject=subject)
    if (np is None or np[1] >= limit) and subject and i > 0:
        # no subject after the comma before the participle: the opening words were the
        # subject, not an introduction ('The ministry issued a statement on Monday, saying')
        np = forward_np(doc, toks, 0, subject=True)
    if np is None or np[1] >= limit:
        return None
    return np


def is_time_np(doc: Doc, toks: Tokens, np: Span) -> bool:
    return not any(np_word(doc, toks.text[k]) for k in range(np[0], np[1] + 1))
