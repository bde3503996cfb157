"""Phase 5: speaker resolution, the one phase with memory (recent speakers and surnames)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice

from ..actors import ActorMatch, organisation_codes
from .headers import own_name_actor
from .phrases import (
    bare_actor_name,
    is_name,
    named_inside,
    owner_pronoun,
    strip_possessive,
    without_mission_subject,
)
from .records import Doc, Speaker
from .resources import Lexicon

_RECENT = 12  # how far back a pronoun or generic mention looks
_KEEP = 64  # speakers remembered (the oldest half is dropped when full)
_NARRATED = 2  # how many sentences back a narration subject stays a pronoun's candidate
_ROLE_CHARS = 60  # how far a role's title runs before it or its 'of ...' after it
_ROLE_WORDS = 5  # at most this many capitalised words of a title before or after its role
#: the characters outside ASCII that a case-blind pattern matches to an ASCII letter: 'İ' and 'ı'
#: to 'i', the Kelvin sign to 'k', the long s to 's' (a test finds them among all characters)
ASCII_FOLDS = "\u0130\u0131\u212a\u017f"


def may_hold_person_head(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Can ``lex.person_head_pattern`` find anything in ``text[start:end]``? Not when its lower
    case holds no head: with heads all in ASCII, a case-blind match of one is a run of ASCII
    characters whose lower case is the head, unless one of ``ASCII_FOLDS`` is there. One search
    in C of the lower-cased sentence; the case-blind pattern, which tries every head at every
    character, took a sixteenth of the time of ``segment``."""
    words = lex.person_head_words
    if words is None:
        return True
    part = text[start:end]
    return any(c in part for c in ASCII_FOLDS) or words.search(part.lower()) is not None


def _word_spans(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Where the ``words`` stand in ``text`` as whole words, in order: a plain search for each
    (a pattern of alternatives would be tried at every character)."""
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not text[at - 1 : at].isalnum() and not text[end : end + 1].isalnum():
                spans.append((at, end))
            at = text.find(word, end)
    return sorted(spans)


#: how far before a document's noun its owner's name is looked for ('the European Union | statement')
_OWNER_CHARS = 80


class SpeakerResolver:
    """Resolves mentions ('It', 'the ministry', 'Porter') to speakers, remembering who spoke.

    One resolver reads one article, in text order; it is not shared between threads.
    """

    def __init__(self, doc: Doc, context_actor: str | None = None) -> None:
        self.doc = doc
        self.history: list[Speaker] = []
        #: the named subjects of the narration since the last statement, the latest first
        #: ('Coach Vasile Pop was less happy.'), whom a pronoun after them stands for first
        self.narrated: list[Speaker] = []
        self._narrated_at: list[int] = []  # the sentence number of each
        #: roles of a state named in the narration since the last statement ('received the
        #: Ambassador of France'), as (head, phrase, actor), which a generic mention after
        #: them ('The ambassador said ...') stands for first
        self.roles: list[tuple[str, str, str]] = []
        self.surnames: dict[str, Speaker] = {}
        #: the body that published a document, per the document's noun ('The UN rights office
        #: published a report on Monday.': 'report'), which a later 'the report' stands for
        self.publishers: dict[str, Speaker] = {}
        #: the document the sentence before named with its owner ('the EU statement'): its
        #: sentence number, noun and owner; and the number of the sentence being read
        self.named_document: tuple[int, str, Speaker] | None = None
        self._document_words: list[tuple[int, int]] | None = None  # where documents are named
        self.unit = -1
        #: the actor an office with no country speaks for ('the Foreign Ministry spokesman'):
        #: the issuer's, or the one the dateline names (then ``place_context``, until an issuer's
        #: actor is set)
        self._context = context_actor
        self.place_context = context_actor is not None
        #: is the text an issuer's (a release, readout or speech whose header names who speaks)?
        self.issued = False
        # what a mention's words alone say (its kind, its surnames, its number and gender),
        # worked out once per article: the same speakers come back in sentence after sentence
        self._kinds: dict[str, str] = {}
        self._role_persons: dict[str, bool] = {}
        self._surnames_of: dict[str, list[str]] = {}
        self._traits: dict[tuple[str, str | None, str | None], tuple[bool, str | None, str | None]] = {}
        self._introductions: dict[str, str | None] = {}
        #: the actors of speakers named with a known acronym in brackets ('The Intergovernmental
        #: Authority for Development (IGAD) said'), by resolved mention; '' for none
        self._acronyms: dict[str, str] = {}
        self._bracketed: bool | None = None  # does the text hold an acronym in brackets?

    def share_text_memos(self, other: SpeakerResolver) -> None:
        """Use ``other``'s look-ups that depend on the text alone (the acronyms the text gives in
        brackets), as a resolver made afresh for each story of a feed does: each would read the
        whole text again for them (quadratic time in the number of stories)."""
        if other._bracketed is None:
            other._bracketed = self.doc.rules.bracketed_acronym.search(self.doc.text) is not None
        self._bracketed, self._acronyms = other._bracketed, other._acronyms

    @property
    def context_actor(self) -> str | None:
        return self._context

    @context_actor.setter
    def context_actor(self, actor: str | None) -> None:
        self._context, self.place_context = actor, False

    def resolve(self, mention: str, first: Speaker | None, place_actor: str | None = None) -> Speaker:
        """The speaker a mention refers to; ``first`` is who 'we' and 'I' are (the issuer of a
        first-person text, or the speaker of the current name tag), if anyone; ``place_actor``
        the actor of the sentence's opening place phrase ('At the United Nations, ...')."""
        doc = self.doc
        lex, rules = doc.lex, doc.rules
        low = mention.lower().strip()
        if low in lex.pronouns:
            cls = lex.pronouns[low]
            if cls == "issuer":
                if first is not None:
                    return first
                cls = "any"
            gender = self._gender(low)
            # a third person named in the narration, not 'we' or 'I' with no issuer
            third = lex.pronouns[low] != "issuer"
            narrated = self.narrated if third else []
            for sp in narrated + list(reversed(self.history[-_RECENT:])):
                if cls == "any":
                    if sp.kind == "person" and not sp.plural and lex.pronouns[low] == "any":
                        continue  # 'they' is not 'Foreign Minister Ilse Varga'
                    return sp
                # 'the Russian side ... It called on': in wire copy (no issuer, whose text 'it'
                # stands for) a side is a delegation as much as a person
                either = first is None and self._either_kind(sp)
                # an issuer named by a person's role ('Statement attributable to the Spokesperson
                # for the Secretary-General'): the body's voice, whom 'he' or 'she' may name too
                either = either or (cls == "person" and self.role_person(sp.resolved))
                if (sp.kind != cls and not either) or sp.plural:
                    continue  # 'he' or 'it' is never 'the two leaders'
                if gender is not None and sp.gender is not None and sp.gender != gender:
                    continue  # 'he' is not 'Spokeswoman Jessica Ditto'
                return sp
            return Speaker(mention, "person" if cls == "person" else "institution", None)
        pronoun = owner_pronoun(doc, mention)
        if pronoun is not None:
            owner = self.resolve(pronoun, first)
            if owner.resolved.lower() != pronoun:
                return self.owned(mention, owner)
        words = mention.split()
        head = strip_possessive(doc, words[-1].lower()) if words else ""
        named = self.named_document
        if named is not None and named[0] == self.unit - 1 and named[1] == head and len(words) == 2 and (
            words[0].lower() in rules.anaphoric_determiners
        ):
            return named[2]  # 'Moscow rejected the EU statement. The statement said ...': the EU's
        publisher = self.publishers.get(head)
        if publisher is not None and words[0].lower() in rules.anaphoric_determiners and (
            all(w.islower() for w in words[1:-1])
        ):
            return publisher  # 'The UN rights office published a report ... The report found'
        if first is not None and self._self_named(mention, first):
            if first.kind == "institution" or words[-1].lower() in rules.joint_heads:
                return first
            # 'France condemns ...' in a French delegate's speech: the delegate, as his state (a
            # later 'it' is France)
            return replace(first, kind="institution", gender=None)
        if first is not None and len(words) >= 2 and words[0].lower() in rules.self_owners:
            own, body = words[1:], False
            for k, w in enumerate(own):
                if w.lower() in lex.np_connectors:
                    own, body = own[:k], True  # 'our team at headquarters': the head before 'at'
                    break
            head_ = own[-1].lower() if own else ""
            peer = body and head_ in rules.peer_heads  # 'our colleagues at the WHO': the WHO speaks
            if head_ in rules.self_heads and all(w.islower() for w in own[:-1]) and not peer:
                # 'My delegation notes', 'Our humanitarian colleagues tell us'; not 'Our Russian ...'
                return first
        if len(words) == 2 and words[0].lower() in rules.articles and self._person_demonym(words[1]):
            return self._demonym_person(mention, words[1])
        if len(words) == 2 and words[0].lower() in rules.plural_determiners and self._people(words[1]):
            return Speaker(mention, "person", None, True)  # 'Many Armenians see ...': people, not the state
        owned = self._generic_owner(mention, first)
        if owned is not None:
            return owned
        members = self._members_of(words, first)
        if members is not None:
            return members
        shortened = self._short_title(words, head)
        if shortened is not None:
            return shortened
        if (
            words
            and words[0].lower() in rules.anaphoric_determiners
            and head in lex.generic_heads
            and not any(is_name(doc, w) and not doc.gaz.find(w) for w in words[1:-1])
        ):
            return self._generic(mention, head, first)
        name = strip_possessive(doc, mention)
        if words and len(words) <= 4:
            known = self.surnames.get(strip_possessive(doc, words[-1]))
            if known is not None and all(
                w.rstrip(".") in rules.honorifics or w.lower() in lex.role_nouns or w in known.resolved
                for w in words[:-1]
            ):
                return known  # 'Whitford', 'Ambassador Whitford', 'Deputy Special Envoy Sorensen'
        actor = self.actor(name)
        role = self._role_actor(name)
        if role is not None:
            return self._new(name, self.kind_of(name), role[0])
        titled = self._titled_actor(name)
        if titled is not None:
            return self._new(name, "person", titled)
        if place_actor is not None and actor != place_actor and self._office(name):
            actor = place_actor
        return self._new(name, self.kind_of(name), actor)

    def group_speaker(self, group: str) -> Speaker:
        """The speaker of a speech that a group speaks for ('On behalf of the Nordic countries,
        I ...'): the group, an institution, with the gazetteer's actor ('the European Union':
        EU) or OTHER (named, not known; a list of states speaks for none of them alone)."""
        sp = self._new(group, "institution", self.actor(group) or "OTHER")
        return replace(sp, actor=sp.actor or "OTHER")

    def with_acronym(self, sp: Speaker) -> Speaker:
        """The speaker with the actor of a known acronym that the text gives in brackets after
        its name, where the gazetteer knows the acronym but not the name as written ('The
        Organisation for Security and Co-operation in Europe (OSCE) said': OSCE, not OTHER), in
        any sentence, before or after; the speaker as it is if it has an actor or no such
        acronym is given."""
        if sp.actor not in (None, "OTHER"):
            return sp
        if self._bracketed is None:  # once per text: most give no acronym in brackets at all
            self._bracketed = self.doc.rules.bracketed_acronym.search(self.doc.text) is not None
        if not self._bracketed:
            return sp
        code = self._acronyms.get(sp.resolved)
        if code is None:
            code = self._acronyms[sp.resolved] = self._given_acronym(sp.resolved) or ""
        return replace(sp, actor=code) if code else sp

    def _given_acronym(self, name: str) -> str | None:
        """The code of the first known acronym in brackets after a mention of ``name`` (an
        article before it left out) that spells it: its letters in order in the name, all but
        one opening a word ('Intergovernmental Authority for Development (IGAD)'); 'Kelmont
        Union (UK)' is no acronym of its name. Only the name's own places are read (the
        document's index of capitalised words)."""
        doc = self.doc
        words = name.split()
        if len(words) > 1 and words[0].lower() in doc.rules.articles:
            words = words[1:]
        core = " ".join(words)
        if not any(w[:1].isupper() for w in words):
            return None
        for start, end in _mentions(doc, core):
            code = self._bracketed_acronym(start, end)
            if code is not None:
                return code
        return None

    def _bracketed_acronym(self, start: int, end: int) -> str | None:
        """The code of the known acronym in brackets right after the mention at ``start:end``
        that spells it, or None."""
        doc = self.doc
        m = doc.rules.bracketed_acronym.match(doc.text, end)
        if m is None:
            return None
        acronym = m.group(1)
        hits = doc.gaz.find(acronym)
        if not hits or hits[0].mention != acronym or doc.gaz.is_person(acronym):
            return None
        return hits[0].code if _spells(acronym, doc.text[start:end]) else None

    def _role_actor(self, name: str) -> tuple[str | None] | None:
        """The actor a person's role gives, as a 1-tuple, or None if the role says nothing:
        for one who speaks for no state or body, ``("OTHER",)`` if named ('Ada Lenz, an analyst
        at a Lisbon bank': the codebook's 'any other identified speaker') and ``(None,)`` if not
        ('a Western diplomat in Baku', 'Residents of Tovuz'; a place after a preposition is
        where they are, not whom they speak for); the state a diplomat's modifier names ('a
        French diplomat'); for a bare name ('Ada Lenz', 'Ms. Lenz'), what the apposition that
        introduced it in the text says ('..., a spokesman for the Karabakh defence committee')."""
        doc = self.doc
        if any(doc.gaz.is_person(h.mention) for h in doc.gaz.find(name)):
            return None  # a known official keeps his actor
        found = self._described(name)
        intro = None
        if found is None:
            intro = self._introduction(name)
            found = self._described(intro) if intro is not None else None
        if found is None:
            return None
        private, agent, part = found
        if private:
            if agent is None and (intro is not None or self._named(name)):
                return ("OTHER",)  # 'Ada Lenz, an analyst at a Lisbon bank': identified, OTHER
            return (agent or self._employer(part),)
        if intro is not None and doc.gaz.actor_of(name) is None:
            actor = doc.gaz.actor_of(part)
            if actor is not None:
                return (actor,)
        return None

    def _employer(self, part: str) -> str | None:
        """The body whose people, known by a private role, speak together as its staff when the
        role's phrase names it ('Analysts at the International Crisis Group', 'economists with
        Capital Economics'; one unnamed analyst at it stays unidentified):
        an organisation's code, OTHER for a body the gazetteer does not know; None when what
        follows is a place ('Residents at Tovuz'), a state or no name ('analysts at a bank')."""
        doc = self.doc
        words = part.split()
        if any(w.lower() in doc.rules.agent_roles for w in words):
            return None  # 'Diplomats at the United Nations' speak for their states, not the UN
        for k, w in enumerate(words):
            if w.lower() not in doc.rules.employer_prepositions:
                continue
            if not k or not words[k - 1].lower().endswith(doc.rules.plural_suffix):
                return None  # 'A senior analyst at the Carnegie Endowment': one unnamed person
            rest = words[k + 1 :]
            if rest and rest[0].lower() in doc.rules.articles:
                rest = rest[1:]
            if len(rest) < 2 or not all(is_name(doc, x) for x in rest):
                return None  # one word may be a place ('analysts at Tovuz'), a lower-case word no name
            body = " ".join(rest)
            code = doc.gaz.actor_of(body)
            if code is None:
                return "OTHER"
            return code if code in organisation_codes() else None
        return None

    def _named(self, mention: str) -> bool:
        """Does the mention name a person ('Ada Lenz, an analyst', 'marine geologist Ida Lunn',
        'Dr. Lenz')? Two capitalised words in a row, or an honorific and one, that end a part of
        the mention (before a comma, a preposition or a relative word), none of them a
        determiner or a role: 'A West African diplomat' and 'Residents of Tovuz' name nobody."""
        doc = self.doc
        rules, lex = doc.rules, doc.lex
        for part in mention.split(","):
            run = 0
            for w in part.split():
                low = strip_possessive(doc, w.lower())
                if low in rules.head_prepositions or low in lex.relative_words:
                    break
                if w.rstrip(".") in rules.honorifics:
                    run = 1
                    continue
                if run and w in rules.name_particles:
                    continue  # 'Thomas de Wit', 'Ursula von Rahm': a particle inside the name
                named = w[:1].isupper() and low not in lex.determiners and low not in lex.role_nouns
                named = named and low not in rules.private_roles and low not in rules.speaker_nouns
                run = run + 1 if named else 0  # a run a lower-case word follows is a modifier
            if run >= 2:
                return True
        return False

    def _described(self, mention: str) -> tuple[bool, str | None, str] | None:
        """The role that heads a description ('an analyst at a Moscow brokerage', 'a senior
        French diplomat who ...'): whether it is a private person's, the actor a diplomat's
        modifiers name, and the part of the mention it heads; None if no part has a role."""
        doc = self.doc
        rules, lex = doc.rules, doc.lex
        for part in mention.split(","):
            core: list[str] = []
            for w in part.split():
                low = w.lower()
                if (
                    low in rules.head_prepositions
                    or low in lex.relative_words
                    or (w.islower() and low.endswith(rules.participle_suffix))
                ):
                    break  # 'in Baku', 'who asked not to be named', 'holding ...': not the role
                core.append(w)
            head: tuple[int, bool] | None = None
            for k, w in enumerate(core):
                low = strip_possessive(doc, w.lower())
                if not (w.islower() or k == 0 or low in lex.role_nouns):
                    continue  # a name's word ('the European Union's', 'Refugee Processing Center')
                pair = f"{core[k - 1].lower()} {low}" if k else ""
                if pair in rules.private_roles or low in rules.private_roles or low in rules.agent_roles:
                    head = (k, True)
                elif low in lex.role_nouns or low in rules.speaker_nouns:
                    head = (k, False)  # 'chief economist' is an economist; 'Resident Coordinator' no resident
            if head is None:
                continue
            k, private = head
            after = part.split()[k + 1] if k + 1 < len(part.split()) else ""
            if private and (after in rules.agency_prepositions or after in rules.client_participles):
                private = False  # 'chief strategist for the party', 'a lawyer representing Azerbaijan'
            if private and k and self._state_owner(core[k - 1]):
                private = False  # "Azerbaijan's lawyers": the state's counsel speak for it
            agent = None
            if private and strip_possessive(doc, core[k].lower()) in rules.agent_roles:
                agent = _diplomats_state(doc, core[:k])
            return private, agent, part
        return None

    def _introduction(self, name: str) -> str | None:
        """The apposition that introduces a named person at a mention of the name in the text
        ('Gor Avetyan, 52, a farmer near Tovuz, said', 'A farmer near Tovuz, Gor Avetyan,
        said', 'the Special Envoy for X, Mr. Paul Verdain'), or None; looked for once per
        name and article."""
        if name not in self._introductions:
            self._introductions[name] = self._find_introduction(name)
        return self._introductions[name]

    def _find_introduction(self, name: str) -> str | None:
        doc = self.doc
        rules = doc.rules
        words = [w for w in name.split() if w.rstrip(".") not in rules.honorifics]
        if not words or len(name.split()) < 2 or not all(w[:1].isupper() for w in words):
            return None  # a person's name ('Ada Lenz', 'Ms. Lenz'), not 'Proponents'
        text = doc.text
        brk = rules.apposition_break
        target = strip_possessive(doc, " ".join(words))
        for n, (m_start, m_end) in enumerate(_mentions(doc, target)):
            if n >= 3:
                break
            after = text[m_end : m_end + 200]
            if after.startswith(","):
                parts = brk.split(after[1:], maxsplit=2)
                part = parts[0]
                if part.strip().isdigit() and len(parts) > 1:
                    part = parts[1]  # 'Gor Avetyan, 52, a farmer ...'
                if self._appositive(part) and self._described(part) is not None:
                    return part
            start = m_start
            while start > 0:  # back over the given names and honorifics: 'Mr. Paul Verdain'
                j = text.rfind(" ", 0, start - 1) + 1
                prev = text[j : start - 1]
                if (
                    not prev[:1].isupper()
                    or prev[-1:] in ",;:"
                    or not (prev.rstrip(".") in rules.honorifics or prev.isalpha())
                ):
                    break
                start = j
            before = text[max(0, start - 200) : start].rstrip()
            if before.endswith(","):
                part = brk.split(before[:-1])[-1]
                if len(part.split()) <= 16 and self._appositive(part) and self._described(part) is not None:
                    return part
        return None

    def _titled_actor(self, name: str) -> str | None:
        """For a short mention of a person ('Deputy Minister Aliyarli', 'Aliyarli') that names
        no actor itself, the actor of the title before the full name where the text first gives
        it ('... with Deputy Foreign Minister of the Republic of Azerbaijan Rauf Aliyarli'):
        the person keeps the actor of his title, wherever the text names him."""
        doc = self.doc
        rules, lex = doc.rules, doc.lex
        words = name.split()
        if not words or len(words) > 4 or doc.gaz.actor_of(name) is not None:
            return None
        last = strip_possessive(doc, words[-1])
        if not (last[:1].isupper() and last.isalpha()) or last.lower() in lex.role_nouns:
            return None
        if not all(
            w.rstrip(".") in rules.honorifics or w.lower() in lex.role_nouns or (w.istitle() and w.isalpha())
            for w in words[:-1]
        ):
            return None  # a role or a given name before the surname: 'Deputy Minister X', 'Ana X'

        text = doc.text
        ends = rules.close_quotes + '"'
        office = ""  # the first title that is an office with no country
        for m_start in _first_titled_mentions(doc, last):
            title: list[str] = []
            line = text.rfind("\n", 0, m_start) + 1  # the title is on the name's line
            for w in reversed(text[max(0, m_start - 200, line) : m_start].split()):
                if w.endswith(",") and all(t.rstrip(".") in rules.honorifics for t in title):
                    # the title in apposition: '... of Foreign Affairs of Armenia, Mr Gagik X'
                    title, w = [], w[:-1]
                # a title in lower case counts too: "his Russian counterpart Pavel Orlov",
                # "Russia's foreign minister Pavel Orlov"
                low = strip_possessive(doc, w.lower())
                titled = w[:1].isupper() or w in rules.title_links
                if not (titled or low in rules.lower_title_words) or w[-1:] in ",;:." or w[-1:] in ends:
                    break  # a clause or a quote ends before the title ('"... by Yerevan," spokesman X')
                title.insert(0, w)
            while title and title[0] in rules.title_links:
                del title[0]
            phrase = " ".join(title)
            if not any(w.lower() in lex.role_nouns or w.lower() in rules.lower_title_words for w in title):
                continue  # 'In Armenia Aram Vardanyan': a place, not a title
            hits = doc.gaz.find(without_mission_subject(doc, phrase))
            if hits and not doc.gaz.is_person(hits[0].mention):
                return hits[0].code
            if not office and self._office(phrase):
                office = phrase
        # 'Deputy Foreign Minister X' with no country in an issuer's text: the issuer's (not a
        # dateline's or a headline's place: 'talks in Moscow with Foreign Minister X of Armenia')
        return self.context_actor if office and self.issued else None

    def _appositive(self, part: str) -> bool:
        """Does a phrase next to a name open like a description of the person ('a farmer near
        Tovuz', 'Deputy Minister of ...'), not a clause ('said the agency ...', 'and the ...')?"""
        words = part.split()
        if not words:
            return False
        low = words[0].lower()
        rules = self.doc.rules
        if low in self.doc.lex.determiners or low in self.doc.lex.role_nouns or low in rules.private_roles:
            return True
        return self._state_owner(words[0])

    def _state_owner(self, word: str) -> bool:
        """Is the word a state's or body's possessive ('Russia's deputy envoy ...'), which opens a
        description of the person who holds its role?"""
        doc = self.doc
        base = strip_possessive(doc, word)
        if base == word:
            return False
        hits = doc.gaz.find(base)
        return bool(hits) and hits[0].mention == base and not doc.gaz.is_person(base)

    def _self_named(self, mention: str, first: Speaker) -> bool:
        """Does a first-person text's speaker name itself ('France condemns ...' in the French
        ministry's statement, 'The United States welcomes ...' in the State Department's) or
        both parties of its readout ('The two sides agreed ...'), which is the issuer speaking
        (the guidelines: the issuer is the resolved speaker)?"""
        doc = self.doc
        words = mention.split()
        low = [w.lower() for w in words]
        joint = doc.rules.joint_heads
        if len(low) >= 2 and low[-1] in joint and set(low[:-1]) <= doc.rules.joint_determiners:
            return True  # 'the two sides', 'both parties'; not 'Armenian officials'
        hit = bare_actor_name(doc, mention)
        return (
            hit is not None
            and hit.code == first.actor
            and self.kind_of(mention) == "institution"  # not 'The Secretary-General'
            and self._own_name(hit, first.resolved)
        )

    def _own_name(self, hit: ActorMatch, issuer: str) -> bool:
        """Is the gazetteer ``hit`` the issuer itself ('France', 'Washington', 'the United
        Nations', 'U.S.'; 'OCHA' in the text of the 'Office for the Coordination of
        Humanitarian Affairs (OCHA)'), not another body of its actor, which speaks for itself
        ('UNIFIL said ...' in a UN briefing, 'The World Food Programme warns', 'The State
        Department said')? Another body's name holds a body word or is an acronym that is not
        the code's, the actor's initials or the issuer's."""
        mention = hit.mention
        if mention in issuer:
            return True
        if any(w.lower() in self.doc.rules.body_words for w in mention.split()):
            return False
        letters = mention.replace(".", "")
        if len(letters) > 1 and letters.isupper() and letters.isalpha():
            return letters in {hit.code, _initials(hit.name)} or letters in _initials(issuer)
        return True

    def owned(self, mention: str, owner: Speaker) -> Speaker:
        """'her spokesperson' whose 'her' is ``owner``: the owner's spokesperson, with the
        owner's actor ('Secretary-General Ada Moreau's spokesperson': UN)."""
        words = mention.split()
        rest = " ".join(words[1:])
        if owner.resolved.lower().endswith(rest.split(",")[0].lower()):
            return owner  # the same spokesperson again: no spokesperson of a spokesperson
        base = strip_possessive(self.doc, owner.resolved)
        head = strip_possessive(self.doc, rest.split(",")[0].split()[-1].lower())
        kind = "institution" if head in self.doc.lex.institution_heads else "person"
        mark = "'" if base.endswith("s") else "'s"  # 'the Economic Community of West African States''
        return self._new(f"{base}{mark} {rest}", kind, owner.actor)

    def agrees(self, pronoun: str, sp: Speaker) -> bool:
        """Can the pronoun stand for the speaker ('he' for a person, 'it' for an institution,
        'they' for several: '... if they ask us' is not the state that speaks; gender when both
        say it)?"""
        low = pronoun.lower()
        cls = self.doc.lex.pronouns.get(low)
        if cls == "any":
            return sp.plural
        if cls != sp.kind or sp.plural:
            return False
        gender = self._gender(low)
        return gender is None or sp.gender is None or gender == sp.gender

    def _new(self, mention: str, kind: str, actor: str | None) -> Speaker:
        """A speaker first met, with its number and (if a word says so) gender."""
        key = (mention, actor, self.context_actor)
        traits = self._traits.get(key)
        if traits is None:
            traits = self._traits[key] = self._number_gender(mention, actor)
        plural, actor, gender = traits
        sp = Speaker(mention, kind, actor, plural, gender)
        return self.with_acronym(sp) if actor in (None, "OTHER") else sp

    def _number_gender(self, mention: str, actor: str | None) -> tuple[bool, str | None, str | None]:
        """Is the mention plural, its actor (a list of states speaks for none of them alone),
        and its gender if a word says so."""
        doc = self.doc
        rules, lex = doc.rules, doc.lex
        words = [w.strip(".,").lower() for w in mention.split()]
        head = strip_possessive(doc, words[-1]) if words else ""
        plural = bool(words) and (
            self._joined(mention)
            or words[0] in rules.plural_determiners
            or (
                head.endswith(rules.plural_suffix)
                and head not in lex.institution_heads
                and (head in lex.role_nouns or head in rules.speaker_nouns)
            )
            or self._plural_agents(mention)
        )
        if plural and actor is not None:
            codes = list(dict.fromkeys(h.code for h in doc.gaz.find(without_mission_subject(doc, mention))))
            if len(codes) > 1:  # a list of states speaks for none of them alone
                # (a readout's 'France and Germany' is its publisher's; a dateline is no publisher)
                published = self.context_actor in codes and not self.place_context
                actor = self.context_actor if published else "OTHER"
        return plural, actor, None if plural else self._gender(*words)

    def _joined(self, mention: str) -> bool:
        """Does the mention's head phrase (before an apposition's comma) join two or more with
        'and' ('Russia and France', 'The ministers of Russia and France'), not inside the name
        of one body ('the Ministry for Europe and Foreign Affairs', 'Pierre Daumal, spokesman of
        the Department of Political and Peacebuilding Affairs')?"""
        doc = self.doc
        head, _, rest = mention.partition(",")
        after = rest.split()[:2]
        # an apposition opens in lower case ('Ada Roe, spokesman of ...') or with an owner's
        # possessive ("Vahan Osk, Armenia's deputy foreign minister ... and a former ambassador
        # to France"), a list with names ('the United States, Russia and France')
        apposition = bool(after) and (
            strip_possessive(doc, after[0]) != after[0]
            or (
                after[0][:1].islower()
                and not (after[0] in doc.rules.articles and len(after) > 1 and after[1][:1].isupper())
            )
        )
        words = (head if apposition else mention).split()
        for k, w in enumerate(words):
            if w not in doc.rules.list_and:
                continue
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nxt.islower() and nxt in doc.lex.role_nouns:
                continue  # '... of the Secretary-General and head of the UN Mission': one person's titles
            # 'X of/for A and B' after a singular body's head, A and B capitalised, is that body's
            # name ('the Ministry of Defence and the Foreign Ministry' is two)
            of = next((i for i in range(k - 1, 0, -1) if words[i] in doc.rules.head_prepositions), None)
            owner = words[of - 1].lower() if of is not None else ""
            named = (
                of is not None
                and k + 1 < len(words)
                and all(x[:1].isupper() for x in [*words[of + 1 : k], words[k + 1]])
            )
            one_body = owner in doc.lex.institution_heads and not owner.endswith(doc.rules.plural_suffix)
            if not (named and one_body) and not self._inside_name(words, k):
                return True
        return False

    def _inside_name(self, words: list[str], k: int) -> bool:
        """Is the 'and' at ``words[k]`` inside the name of one body: capitalised words on both
        sides, and a body's head noun in the capitalised words after it ('the U.N. Relief and
        Works Agency', 'the Justice and Equality Movement'; not 'Russia and France')?"""
        if k == 0 or not words[k - 1][:1].isupper():
            return False
        heads = self.doc.lex.institution_heads
        for w in words[k + 1 :]:
            if not w[:1].isupper():
                return False
            if w.lower() in heads:
                return True
        return False

    def _plural_agents(self, mention: str) -> bool:
        """Is the mention's head a plural noun of agents: in lower case ('the delegates', 'some
        negotiators'), or the plural of a role noun ('Delegates' opening a sentence; not a name
        such as 'Sanders', known, or written capitalised inside a sentence)? The head is before
        a preposition ('The members of the delegation', 'Leaders of the business groups')."""
        doc = self.doc
        rules, lex = doc.rules, doc.lex
        words = mention.split()
        if not words or "," in mention:
            return False
        for k, w in enumerate(words[1:], 1):
            if w in lex.np_connectors:
                words = words[:k]
                break
        head = strip_possessive(doc, words[-1])
        low = head.lower()
        suffix = rules.plural_suffix
        if not low.endswith(suffix):
            return False
        if head.islower():
            return low.endswith(rules.agent_suffixes)
        one = low[: -len(suffix)]
        return (
            (one in lex.role_nouns or one in rules.speaker_nouns)
            and len(words) == 1
            and doc.gaz.actor_of(head) is None
            and not named_inside(doc, head)
        )

    def _gender(self, *words: str) -> str | None:
        rules = self.doc.rules
        for w in words:
            if w in rules.female_words:
                return "f"
            if w in rules.male_words:
                return "m"
        return None

    def _generic(self, mention: str, head: str, first: Speaker | None) -> Speaker:
        """'the ministry', 'the spokesperson', 'the Karabakh official': the most recent
        compatible speaker (of the same actor, if the mention names one)."""
        doc = self.doc
        cls = doc.lex.generic_heads[head]
        constraint = doc.gaz.actor_of(mention) or own_name_actor(doc, mention, self.context_actor)
        # 'the UN refugee agency' is not any UN body: its lower-case modifiers must be the
        # antecedent's too ('the agency', 'the Russian side' have none)
        # (a count is no modifier: 'the 15-member body' is the Security Council named before)
        modifiers = [w for w in mention.split()[1:-1] if w.islower() and not w[:1].isdigit()]
        for role, phrase, code in reversed(self.roles):
            same = role == head or (head in doc.rules.diplomat_heads and role in doc.rules.diplomat_heads)
            if same and constraint in (None, code):
                # '... received the Ambassador of France. The ambassador (the diplomat) said'
                return self._new(phrase, "person", code)
        recent = [
            sp
            for sp in reversed(self.history[-_RECENT:])
            if not modifiers or all(w in sp.resolved.lower() for w in modifiers)
        ]
        for sp in recent:
            if constraint is not None:
                same_kind = head not in doc.rules.kind_heads or head in sp.resolved.lower()
                # 'the Armenian leader' is not the Armenian prime minister's spokeswoman
                staff = cls == "person" and self._other_staff(sp, head)
                if sp.actor == constraint and same_kind and not sp.plural and not staff:
                    return sp  # 'the Armenian government' is not 'Armenia and Azerbaijan'
                continue
            if head == "statement" or (sp.kind == cls and head in sp.resolved.lower()):
                return sp
        if constraint is None and head in doc.rules.body_anaphors:
            for sp in recent:
                if sp.kind == "institution" and not sp.plural and sp.actor in organisation_codes():
                    return sp  # 'UNICEF said ... The agency called for'
        if constraint is None and cls == "institution":
            for sp in self.narrated:
                named = [strip_possessive(doc, w.strip(",.")).lower() for w in sp.resolved.split()]
                if sp.kind == cls and not sp.plural and sp.actor is not None and head in named:
                    return sp  # 'The International Court of Justice ruled ... The Court said'
        if constraint is None and head in doc.rules.document_nouns:
            for sp in self.narrated:
                if sp.kind == "institution" and not sp.plural and sp.actor is not None:
                    return sp  # 'Human Rights Watch published a report ... The report found': its publisher
        body = self._body_of_titled(head, cls, constraint, recent)
        if body is not None:
            return body
        if constraint is None and head in doc.rules.role_heads_any_speaker:
            # 'the official', 'the source': the speaker who bears the word first, else any of
            # the kind ('the spokesman' after 'Ada Roe')
            for sp in recent:
                if sp.kind == cls:
                    return sp
        if first is not None and head in first.resolved.lower():
            return first
        if constraint is None and self._office(mention):
            constraint = self._office_context(mention)  # 'The Secretary' in a readout of the State Department
            government = doc.rules.government_heads.intersection(mention.split())
            if constraint in organisation_codes() and government:
                constraint = None  # 'The Government' in a UN report is a state's, not the UN's
        if constraint is None and self._organisation(mention):
            constraint = "OTHER"  # 'The cabin crew union' first met
        elif constraint not in (None, "OTHER") and self._non_state_body(mention):
            constraint = "OTHER"  # "The Armenian doctors' union" first met: located, not the state
        return self._new(mention, cls, constraint)

    def _other_staff(self, sp: Speaker, head: str) -> bool:
        """Is ``sp`` someone who speaks for another ('spokeswoman', 'aide', 'adviser') where the
        mention's head names another role ('the Armenian leader', 'the minister')?"""
        staff = self.doc.rules.staff_heads
        if head in staff:
            return False
        return any(strip_possessive(self.doc, w.strip(",.")) in staff for w in sp.resolved.lower().split())

    def _members_of(self, words: list[str], first: Speaker | None) -> Speaker | None:
        """'Council members' or 'members of the council' after 'The U.N. Security Council said':
        the members of a body named before speak for it, as the body itself would; None when
        the mention is not such or the body is not found."""
        doc = self.doc
        low = [w.lower() for w in words]
        if len(low) == 3 and low[0] in doc.rules.article_the:
            low = low[1:]  # 'The Council members'
        if len(low) == 2 and low[1] == doc.rules.member_head:
            body = low[0]  # 'Council members'
        elif len(low) == 4 and low[0] == doc.rules.member_head and low[1] == doc.rules.partitive:
            body = low[3] if low[2] in doc.rules.article_the else ""  # 'members of the council'
        else:
            return None
        if doc.lex.generic_heads.get(body) != "institution":
            return None
        owner = self._generic(f"the {body}", body, first)
        if owner.actor is None or owner.resolved.lower() == f"the {body}":
            return None
        return self._new(" ".join(words), "person", owner.actor)

    def _short_title(self, words: list[str], head: str) -> Speaker | None:
        """'The Personal Envoy' after 'the Personal Envoy of the Secretary-General for Western
        Sahara' (an issuer, a recent speaker or the subject of recent narration): a title in
        capitals that opens such a speaker's longer title is that speaker; None otherwise."""
        doc = self.doc
        if len(words) < 3 or words[0].lower() not in doc.rules.anaphoric_determiners:
            return None
        if head not in doc.lex.generic_heads and head not in doc.lex.role_nouns:
            return None
        title = " ".join(words[1:])
        if not all(w[:1].isupper() for w in words[1:]):
            return None
        for sp in self.narrated + list(reversed(self.history[-_RECENT:])):
            rest = sp.resolved.split()
            if rest and rest[0].lower() in doc.rules.articles:
                rest = rest[1:]
            longer = " ".join(rest)
            after = rest[len(words) - 1] if longer.startswith(title + " ") else ""
            if after in doc.rules.head_prepositions:
                return sp  # '... Envoy of the', not 'the Personal Envoy Ada Roe' (another envoy)
        return None

    def _generic_owner(self, mention: str, first: Speaker | None) -> Speaker | None:
        """'The ministry's spokeswoman': the spokeswoman of the body 'the ministry' refers to,
        with its actor, as 'its spokeswoman' is; None when the mention does not open with a
        generic owner or the owner is not found."""
        doc = self.doc
        words = mention.split(",")[0].split()
        if len(words) < 3 or words[0].lower() not in doc.rules.anaphoric_determiners:
            return None
        owner_head = strip_possessive(doc, words[1].lower())
        if owner_head == words[1].lower() or doc.lex.generic_heads.get(owner_head) != "institution":
            return None
        owner = self._generic(f"{words[0]} {owner_head}", owner_head, first)
        if owner.actor is None or not any(w[:1].isupper() for w in owner.resolved.split()[1:]):
            return None  # not found, or found as another generic ('An association')
        return self.owned(f"its {' '.join(mention.split()[2:])}", owner)

    def _body_of_titled(
        self, head: str, cls: str, constraint: str | None, recent: list[Speaker]
    ) -> Speaker | None:
        """'The ministry' (an institution's generic head) after a person whose title names that
        body ('Russian Foreign Ministry spokeswoman Irina Valko', 'Ada Roe, a spokesman for the
        Armenian Defence Ministry'): the body, with the person's actor; None if no recent
        person's title holds the head as a capitalised word."""
        if cls != "institution":
            return None
        for sp in recent:
            if sp.kind != "person" or sp.plural or sp.actor is None or constraint not in (None, sp.actor):
                continue
            words = sp.resolved.split(",")
            for part in words:
                names = part.split()
                at = [k for k, w in enumerate(names) if w[:1].isupper() and w.lower() == head]
                if at:
                    k = at[0]
                    start = k
                    while start > 0 and names[start - 1][:1].isupper():
                        start -= 1  # 'Russian Foreign Ministry', not 'the Ministry'
                    return self._new("the " + " ".join(names[start : k + 1]), "institution", sp.actor)
        return None

    def _either_kind(self, sp: Speaker) -> bool:
        """Does the speaker's head stand for a state's delegation as much as for a person ('the
        Russian side'), so that 'it' as well as 'he' may refer to it?"""
        words = sp.resolved.lower().split()
        return bool(words) and words[-1] in self.doc.rules.either_kind_heads

    def _person_demonym(self, word: str) -> bool:
        """Is the word a demonym that names one person ('Russian', 'Azerbaijani'), which the
        gazetteer knows in the plural too ('Russians'), unlike 'French' or 'the Kremlin'?"""
        doc = self.doc
        base = strip_possessive(doc, word)
        if not base[:1].isupper() or base.endswith("s"):
            return False
        code = doc.gaz.actor_of(base)
        if code is None or doc.gaz.actor_of(base + "s") != code:
            return False
        return doc.gaz.find(base)[0].mention == base

    def _people(self, word: str) -> bool:
        """Is the word the plural of a demonym that names one person ('Armenians', 'Russians'),
        so that a quantifier before it ('Many Armenians', 'Some Russians') names people of that
        nationality, who speak for no state? ('The Russians' in wire copy stays the state's.)"""
        base = strip_possessive(self.doc, word)
        return len(base) > 1 and base.endswith("s") and self._person_demonym(base[:-1])

    def _demonym_person(self, mention: str, word: str) -> Speaker:
        """'the Russian said' (sport copy: 'Volkov beat Mora ... the Russian said'): one person of
        that nationality, who does not speak for the state; the recent speaker who bears the
        word or the state's code if there is one ('Russian envoy Ivan Sorokin ... the Russian
        said'), else an unnamed person with no actor."""
        code = self.doc.gaz.actor_of(strip_possessive(self.doc, word))
        base = strip_possessive(self.doc, word)
        for sp in self.narrated + list(reversed(self.history[-_RECENT:])):
            if sp.kind == "person" and not sp.plural and (sp.actor == code or base in sp.resolved.split()):
                return sp
        return self._new(mention, "person", None)

    def note_documents(self, start: int, end: int, unit: int) -> None:
        """Note the last document that sentence number ``unit`` (``text[start:end]``) names with
        its owner, a body with an actor ('the EU statement', "Russia's statement", 'a statement
        by the European Union'), for a 'the statement' in the sentence after it."""
        doc = self.doc
        rules, text = doc.rules, doc.text
        if self._document_words is None:  # once per text: few sentences name a document at all
            self._document_words = _word_spans(text, rules.owned_document_words)
        words = self._document_words
        k = bisect_left(words, (start, -1))
        found: list[tuple[int, str, str]] = []
        while k < len(words) and words[k][1] <= end:
            at, stop = words[k]
            k += 1
            gap = text.rfind(" ", max(start, at - _OWNER_CHARS), at - 1)
            owned = text[gap + 1 : gap + 2].isupper()  # 'the EU statement', not 'a statement'
            window = max(start, at - _OWNER_CHARS)
            before = rules.owned_document_before.search(text, window, at) if owned else None
            if before is not None:
                found.append((at, before.group(1), text[at:stop]))
            after = rules.owned_document_after.match(text, stop, end)
            if after is not None:
                found.append((at, after.group(1), text[at:stop]))
        for _, name, noun in sorted(found, reverse=True):
            owner = name.rstrip(".")  # 'by the European Union.' at the sentence's end
            if doc.gaz.actor_of(owner) is None:
                continue  # 'The statement' itself, 'Monday's report': no body owns them
            sp = self.resolve(owner, None)
            if sp.kind == "institution" and sp.actor is not None and not sp.plural:
                self.named_document = (unit, noun.lower(), sp)
                return

    def published(self, name: str, noun: str) -> None:
        """Note that the body ``name`` published a document called ``noun`` ('report'), when
        the body names an actor."""
        words = name.split()
        lex, rules = self.doc.lex, self.doc.rules
        while len(words) > 1 and (
            words[-1].lower() in lex.time_words or words[-1].lower() in rules.head_prepositions
        ):
            words.pop()  # 'The Security Council | on Thursday adopted a resolution'
        sp = self.resolve(" ".join(words), None)
        if sp.kind == "institution" and sp.actor is not None and not sp.plural:
            for word in (noun.lower(), *self.doc.rules.document_generics):
                self.publishers[word] = sp  # 'the report', and 'the document' for it

    def narrate(self, name: str, unit: int) -> None:
        """Note the named subject of narration sentence number ``unit``, a pronoun's first
        candidate until someone speaks; the subjects of the two sentences before it stay
        candidates after it ('Minister X visited Tbilisi. Georgia will host the next round.
        "...," he said': the minister, not the state)."""
        kept = [sp for k, sp in zip(self._narrated_at, self.narrated) if k >= unit - _NARRATED]
        self.narrated = [self.resolve(name, None), *kept]
        self._narrated_at = [unit, *self._narrated_at[: len(kept)]]

    @contextmanager
    def subject_first(self, name: str | None) -> Iterator[None]:
        """Within the block, ``name`` (the subject a sentence opens with: 'Minister Ada Roe
        summoned the envoy over what she called ...'), if any, is a pronoun's first candidate;
        after it, the candidates are as they were."""
        if name is None:
            yield
            return
        subject = self.resolve(name, None)
        self.narrated = [subject, *self.narrated]
        try:
            yield
        finally:
            if self.narrated and self.narrated[0] is subject:
                self.narrated = self.narrated[1:]  # unless someone spoke, which forgets them all

    def note_roles(self, start: int, end: int) -> None:
        """Note the roles that name a state in a narration sentence ('received the Ambassador of
        France', 'Visiting Iranian Deputy Foreign Minister Ali Rezaei met ...')."""
        doc = self.doc
        text = doc.text
        if not may_hold_person_head(doc.lex, text, start, end):
            return  # most narration names no role: the case-blind search is skipped
        for m in doc.lex.person_head_pattern.finditer(text, start, end):
            before: list[str] = []
            for w in reversed(text[max(start, m.start() - _ROLE_CHARS) : m.start()].split()):
                if not w[:1].isupper() or w[-1:] in ",;:." or len(before) == _ROLE_WORDS:
                    break
                before.insert(0, w)
            rest = text[m.end() : min(end, m.end() + _ROLE_CHARS)]
            link = " of " if rest.startswith(" of ") else " "
            kept: list[str] = []
            for w in rest[len(link) :].split()[:_ROLE_WORDS]:  # 'of France', or the name: 'Ali Rezaei'
                if not (w[:1].isupper() or (link != " " and w in doc.rules.title_links)):
                    break
                kept.append(w.rstrip(",;:."))
                if w[-1:] in ",;:.":
                    break
            phrase = " ".join([*before, m.group(0)]) + (link + " ".join(kept) if kept else "")
            hits = doc.gaz.find(phrase)
            if hits and not doc.gaz.is_person(hits[0].mention):
                self.roles.append((m.group(0).lower(), phrase, hits[0].code))

    def forget_narrated(self) -> None:
        """No narration subject is a candidate any more (someone spoke, or 'He added ...' goes
        on with the last speaker)."""
        self.narrated, self._narrated_at = [], []

    def remember(self, sp: Speaker) -> None:
        """Note that ``sp`` spoke (pronouns that resolved to nobody are not remembered)."""
        lex = self.doc.lex
        self.forget_narrated()
        self.roles = []
        if sp.resolved.lower() in lex.pronouns:
            return
        self.history.append(sp)
        if len(self.history) > _KEEP:
            del self.history[: _KEEP // 2]
        self.note_surnames(sp)

    def note_surnames(self, sp: Speaker) -> None:
        """Remember the surnames in a speaker's mention ('Ms. Agnès Verdier-Lacombe, Deputy
        Permanent Representative ...'), so that 'Ms. Verdier-Lacombe' later is the same speaker."""
        found = self._surnames_of.get(sp.resolved)
        if found is None:
            found = self._surnames_of[sp.resolved] = self._surnames_in(sp.resolved)
        for last in found:
            self.surnames[last] = sp

    def _surnames_in(self, resolved: str) -> list[str]:
        """The surnames a resolved mention gives its speaker, in order."""
        found: list[str] = []
        lex = self.doc.lex
        connectors = self.doc.rules.leading_connectors
        for part in resolved.split(","):
            words = part.split()
            for k in range(1, len(words)):
                if words[k] in connectors and words[k - 1].islower():
                    # 'A spokeswoman for Jane Roe': Roe is not the speaker; Roe's name is not hers
                    words = words[:k]
                    break
            for k in range(len(words) - 1):
                if strip_possessive(self.doc, words[k]) != words[k]:
                    # 'Mr. Obama's climate advisers': Obama is their owner, not one of them
                    words = words[k + 1 :]
                    break
            names = [w for w in words if w[:1].isupper() or is_name(self.doc, w)]  # 'al-Saadi' too
            if len(names) >= 2:
                last = strip_possessive(self.doc, names[-1])
                place = self.doc.gaz.actor_of(last) is not None and not self.doc.gaz.is_person(last)
                low = last.lower()
                if low not in lex.role_nouns and low not in lex.institution_heads and not place:
                    found.append(last)
        return found

    def _office(self, mention: str) -> bool:
        """Is the mention a state office with no country ('the Foreign Ministry', 'ministry
        spokesman Hervé Castagnol'): office words, then at most a person's name, or a name, then
        office words in apposition ('Olena Marchuk, a ministry spokeswoman')?"""
        office = self.doc.rules.office_words
        name, comma, title = mention.partition(",")
        if comma and title.strip():
            # 'Olena Marchuk, a ministry spokeswoman', 'Ada Roe, the ministry's spokesman': a name
            # of at most three words, then an apposition of office words only
            named = name.split()
            described = [strip_possessive(self.doc, w.strip(",.").lower()) for w in title.split()]
            if (
                0 < len(named) <= 3
                and all(w[:1].isupper() for w in named)
                and all(w in office for w in described)
                and any(w not in self.doc.rules.title_small_words for w in described)
            ):
                return True
        words = [w.strip(",.") for w in mention.split() if w.strip(",.")]
        k = 0
        while k < len(words) and strip_possessive(self.doc, words[k].lower()) in office:
            k += 1
        rest = words[k:]
        has_office = any(w.lower() not in self.doc.rules.title_small_words for w in words[:k])
        return has_office and len(rest) <= 3 and all(w[:1].isupper() for w in rest)

    def _office_context(self, mention: str) -> str | None:
        """The context's actor for an office with no country, but not the dateline's for a body
        a state keeps abroad ('a spokesman for the mission'): the place is its host's."""
        posted = self.doc.rules.posted_bodies
        if self.place_context and any(w.strip(",.").lower() in posted for w in mention.split()):
            return None
        return self.context_actor

    def _office_actor(self, mention: str) -> str | None:
        """The actor of the most recent speaker of the same office ('the Russian Foreign
        Ministry' for a later 'Foreign Ministry spokeswoman')."""
        office = self.doc.rules.office_words
        small = self.doc.rules.title_small_words
        keys = [w for w in mention.split() if w[:1].isupper() and w.lower() in office - small]
        if not keys:
            return None
        for sp in reversed(self.history[-_RECENT:]):
            if sp.actor not in (None, "OTHER") and all(k in sp.resolved for k in keys[:2]):
                return sp.actor
        return None

    def _body_actor(self, mention: str) -> str | None:
        """The actor of the body whose office a bare office is ('department spokesman Tom Hale'
        after 'The State Department welcomed ...'): the most recent speaker that names the
        office's body word; a spokesperson with no body word ('deputy spokesperson Ada Ferris')
        is the spokesperson of the body that spoke just before (the most recent compatible
        speaker), if that was a body of a known actor."""
        rules = self.doc.rules
        words = [strip_possessive(self.doc, w.strip(",.").lower()) for w in mention.split()]
        bodies = [w for w in words if w in rules.body_words and w in rules.office_words]
        if bodies:
            for sp in reversed(self.history[-_RECENT:]):
                named = {w.strip(",.").lower() for w in sp.resolved.split()}
                if sp.actor not in (None, "OTHER") and all(b in named for b in bodies):
                    return sp.actor
            return None
        if not any(w in rules.proxy_heads for w in words) or not self.history:
            return None
        last = self.history[-1]
        return last.actor if last.kind == "institution" and last.actor not in (None, "OTHER") else None

    def kind_of(self, mention: str) -> str:
        """'person' or 'institution', from the head word or the gazetteer."""
        kind = self._kinds.get(mention)
        if kind is None:
            kind = self._kinds[mention] = self._kind_of(mention)
        return kind

    def role_person(self, mention: str) -> bool:
        """Does the mention's head name a person by a role ('the Spokesperson for the
        Secretary-General', 'the Personal Envoy of ...'), by the lexicon's generic heads (not
        'the delegation of Ghana', which is no person's role)?"""
        known = self._role_persons.get(mention)
        if known is None:
            known = self._role_persons[mention] = self._role_person(mention)
        return known

    def _role_person(self, mention: str) -> bool:
        head = mention.split(",")[0].split()
        if not head:
            return False
        generic = self.doc.lex.generic_heads
        first = self._head_before_preposition(head)
        last = strip_possessive(self.doc, head[-1].lower())
        word = first if first in generic else last if last in generic else last.split("-")[0]
        return generic.get(word) == "person"

    def _head_before_preposition(self, head: list[str]) -> str:
        """The word before a mention's first preposition ('Ministry' of 'The Ministry of Foreign
        Affairs', 'Secretary' of 'the Secretary-General of ...'), lower-cased; '' if none."""
        doc = self.doc
        of = next((k for k in range(1, len(head)) if head[k] in doc.rules.head_prepositions), None)
        first = head[of - 1].lower() if of is not None else ""
        return first if first in doc.lex.generic_heads else first.split("-")[0]  # 'Secretary-General'

    def _kind_of(self, mention: str) -> str:
        doc = self.doc
        lex = doc.lex
        head = mention.split(",")[0].split()
        if not head:
            return "person"
        # 'The Ministry of Foreign Affairs and Trade', 'Office of the Spokesperson': the head is
        # before the preposition
        of = next((k for k in range(1, len(head)) if head[k] in doc.rules.head_prepositions), None)
        first = self._head_before_preposition(head)
        if first in lex.institution_heads:
            return "institution"
        if first in lex.generic_heads:
            return lex.generic_heads[first]
        if of is not None and first in lex.role_nouns and not first.endswith(doc.rules.plural_suffix):
            return "person"  # 'The representative of the Russian Federation': a person's role
        last = strip_possessive(doc, head[-1].lower())
        if last not in lex.generic_heads and last.split("-")[0] in lex.generic_heads:
            last = last.split("-")[0]  # 'The Secretary-General', 'the director-general': a person
        if last in lex.institution_heads:
            return "institution"
        if last in lex.generic_heads:
            return lex.generic_heads[last]
        if (first if of is not None else last) in doc.rules.document_nouns:
            return "institution"  # 'a Kremlin readout': no 'she' stands for a document
        hits = doc.gaz.find(mention.split(",")[0])
        core = " ".join(w for w in head if w.lower() not in doc.rules.article_the)
        if hits and len(hits) == 1 and hits[0].mention == strip_possessive(doc, core):
            # 'Russia', 'Moscow', 'The United States' are institutions; 'Putin' a person
            person = doc.gaz.is_person(hits[0].mention) or self._looks_person(hits[0].mention)
            return "person" if person or not hits[0].mention[:1].isupper() else "institution"
        bare = strip_possessive(doc, head[-1])
        if len(bare) >= 2 and bare.isupper() and bare.isalpha():
            if len(head) == 1:
                return "institution"  # 'KFOR', 'UNIFIL': an acronym names a body
            before = head[-2].lower()
            if before in lex.institution_heads or lex.generic_heads.get(before) == "institution":
                return "institution"  # 'the UN refugee agency UNHCR': the agency's acronym
        if len(head) >= 2 and head[-1][:1].isupper() and last in doc.rules.organisation_name_words:
            return "institution"  # 'Frontline Aid', 'Rights Watch': a body's name
        return "person"

    def _looks_person(self, mention: str) -> bool:
        words = mention.split()
        last = words[-1].lower() if words else ""
        rules = self.doc.rules
        return (
            len(words) >= 2
            and all(w[:1].isupper() for w in words)
            and last not in rules.not_person_heads
            and last not in rules.organisation_name_words  # 'Pacific Fisheries Forum'
            and last not in self.doc.lex.institution_heads
        )

    def actor(self, resolved: str) -> str | None:
        """The actor of a resolved mention: the gazetteer's; for an office that names no country
        ('the Foreign Ministry spokesman', 'Office of the Spokesperson') the context's; else
        OTHER for a proper name."""
        doc = self.doc
        subject = without_mission_subject(doc, resolved)
        actor = doc.gaz.actor_of(subject)
        if actor is not None:
            actor = self._not_topic(subject, actor)
        if actor is not None and self._led_from_elsewhere(resolved):
            actor = "OTHER"  # 'the NATO-led force in Kosovo': not Kosovo's
        actor = self._title_of_body(resolved) or actor
        if actor is not None and (
            self._non_state_body(resolved)
            or self._works_for_non_state(resolved)
            or self._state_in_name(resolved)
        ):
            return "OTHER"  # 'French companies', 'the Armenian opposition': located, not the state
        if actor is None and self._office(resolved):
            actor = self._office_actor(resolved) or self._body_actor(resolved)
            actor = actor or self._office_context(resolved)
            if actor is not None:
                return actor
        words = resolved.lower().split()
        distributive = len(words) == 2 and words[0] in doc.rules.distributive_determiners
        joint = bool(words) and words[-1] in doc.rules.joint_heads
        joint = joint or (distributive and words[1] in doc.rules.joint_singulars)
        # not a name inside ('The EUMA monitors', 'Crimean Tatar leaders': named, OTHER below)
        if actor is None and joint and not any(w[:1].isupper() for w in resolved.split()[1:-1]):
            # 'the two sides' of a readout: its publisher's; a dateline's place is where the
            # co-chairs or the ministers met, not whom they speak for
            if words[-1] in doc.rules.located_heads:
                return self.context_actor  # 'officials' under a dateline: its state's
            if not self.place_context and self.context_actor is not None:
                return self.context_actor
            if words[0] in doc.rules.joint_determiners or distributive:
                return "OTHER"  # 'both sides', 'the two ministers' of a story: its parties, identified
            return None  # 'World leaders': nobody identified
        # a capitalised word that is no title's ('The Deputy Secretary' names an office, not
        # someone identified)
        title = doc.rules.lower_title_words
        named = any(w[:1].isupper() and w.lower() not in title for w in self._name_words(resolved))
        if actor is None and named:
            low = resolved.lower().split()
            if not (len(low) == 1 and low[0] in doc.lex.pronouns):
                return "OTHER"
        if actor is None and self._organisation(resolved):
            return "OTHER"
        return actor

    def _not_topic(self, mention: str, actor: str) -> str | None:
        """The actor of a mention's first gazetteer name that is not a topic after 'on' ('the
        all-party parliamentary group on Armenia', 'the Special Rapporteur on Belarus' speak for
        no state they are about); ``actor`` (the first name's) when that one is no topic."""
        doc = self.doc
        hits = doc.gaz.find(mention)
        for h in hits:
            before = [w.lower() for w in mention[: h.start].split()[-2:]]
            if before and before[-1] in doc.rules.articles:
                before = before[:-1]  # 'on the Russian Federation'
            topic = bool(before) and before[-1] in doc.rules.topic_prepositions
            if not topic:
                return h.code if h is not hits[0] else actor
        return None

    def _led_from_elsewhere(self, mention: str) -> bool:
        """Is the mention a body deployed in a place and led or backed by a name ('the NATO-led
        force in Kosovo', 'The Saudi-led coalition in Yemen'), whose only actor is the place's:
        the body is not the place's own (nor the leader's: no name inside a compound is
        matched). 'the U.S.-backed government in Kabul' is the place's government."""
        rules = self.doc.rules
        head = mention.split(",")[0]
        if "-" not in head:
            return False
        led, at = False, 0
        words = head.split()
        for k, w in enumerate(words):
            at = head.find(w, at)
            low = w.lower()
            if low in rules.place_prepositions:
                hits = self.doc.gaz.find(head)
                before = words[k - 1].lower() if k else ""
                return led and before in rules.deployed_heads and bool(hits) and hits[0].start > at
            leader, dash, part = w.rpartition("-")
            led = led or (bool(dash) and leader[:1].isupper() and part.lower() in rules.leader_participles)
        return False

    def named_actor(self, mention: str) -> str | None:
        """The actor a mention names: a gazetteer title of another body takes that body's ('the
        Secretary General of the Council of Europe': OTHER, not the UN), else the gazetteer's."""
        return self._title_of_body(mention) or self.doc.gaz.actor_of(mention)

    def _name_words(self, mention: str) -> list[str]:
        """The words of a mention that may be a name's: not its determiners, nor its first word
        when that is a word for unidentified sources capitalised to open the sentence ('People
        familiar with the matter', 'Sources close to the talks', 'Officials involved in ...':
        unidentified, no OTHER)."""
        doc = self.doc
        words = [w for w in mention.split() if w.lower() not in doc.lex.determiners]
        if words and words[0][1:].islower() and words[0].lower() in doc.rules.unidentified_heads:
            return words[1:]
        return words

    def _title_of_body(self, mention: str) -> str | None:
        """The actor of the body a gazetteer title belongs to ('The Secretary General of the
        Council of Europe': not the UN's Secretary-General): the body's code, OTHER for a body
        the gazetteer does not know, None when no title of another body is named."""
        doc = self.doc
        head = mention.split(",")[0]
        hits = doc.gaz.find(head)
        if not hits or not head[hits[0].end :].startswith(" of "):
            return None
        rest = head[hits[0].end + 4 :]
        words = rest.split()
        if words and words[0].lower() in doc.rules.articles:
            words = words[1:]
        if not words or not words[0][:1].isupper():
            return None
        owner = doc.gaz.actor_of(" ".join(words))
        if owner is None:
            return "OTHER"
        return owner if owner != hits[0].code else None

    def _non_state_body(self, mention: str) -> bool:
        """Is the mention a body that a state's name only locates ('French companies', 'a
        Russian rights group', 'the Armenian opposition', 'U.S. steel industry officials'): its
        head or a word before its role is a non-state body's, not counting the words of a
        gazetteer name ('the European Union's foreign service', 'the Soviet Union') nor a body
        the state owns ('state energy company', 'central bank')?"""
        doc = self.doc
        rules = doc.rules
        core = [strip_possessive(doc, w) for w in _head_words(doc, mention)]
        if not core or any(w in rules.state_owned for w in core):
            return False  # "Ukraine's state energy company": the state's own
        # the words of a gazetteer name that runs past the head ('The Democratic Republic of the
        # Congo') are the name's, not a body's modifiers
        inside = {w.lower() for h in doc.gaz.find(mention.split(",")[0]) for w in h.mention.split()}
        core = [w for w in core if w not in inside]  # 'the European Union's foreign service'
        if not core:
            return False
        if core[-1] in rules.party_heads and self._party_name(mention):
            return True
        return core[-1] in rules.non_state_heads or any(w in rules.non_state_modifiers for w in core[:-1])

    def _party_name(self, mention: str) -> bool:
        """Is the mention's party a political party by its name: the head written with a capital
        ('the Serbian Radical Party') or a capitalised word the gazetteer does not know before it
        ('the Georgian Dream party')? 'The Armenian party' is a side in talks."""
        doc = self.doc
        words = mention.split(",")[0].split()
        k = next((i for i, w in enumerate(words) if w.lower() in doc.rules.party_heads), -1)
        if k < 0:
            return False
        if words[k][:1].isupper():
            return True
        return any(w[:1].isupper() and not doc.gaz.find(w) for w in words[1:k])

    def _state_in_name(self, mention: str) -> bool:
        """Does a body's own name end with a state's ('Justice Watch Armenia', 'Karabakh Relief
        Armenia', 'Transparency International Armenia'): a capitalised word of an
        organisation's name just before the state's name, as NGOs and national chapters are
        named? 'the Army of Armenia' and 'the Armenian Army' are the state's."""
        doc = self.doc
        text = mention.split(",")[0]
        for hit in doc.gaz.find(text):
            before = text[: hit.start].split()
            word = before[-1] if before else ""
            if word[:1].isupper() and word.lower() in doc.rules.organisation_name_words:
                return True
        return False

    def _works_for_non_state(self, mention: str) -> bool:
        """Does a role in the mention belong to a non-state body after a preposition ('Ada Roe,
        director of the Baku Centre for International Relations', 'director of the Baku office
        of Kelmont Bank'), which a state's name only locates?"""
        doc = self.doc
        for part in mention.split(","):
            words = part.split()
            for k, w in enumerate(words[:-1]):
                if w.lower() not in doc.rules.head_prepositions:
                    continue
                rest = words[k + 1 :]
                if rest and rest[0].lower() in doc.rules.articles:
                    rest = rest[1:]
                body = " ".join(rest)
                named = doc.gaz.find(body)
                whole = named and body.startswith(named[0].mention)
                if whole and len(named[0].mention.split()) >= len(_head_words(doc, body)):
                    continue  # 'the leaders of the Group of Twenty': a body the gazetteer names
                if self._non_state_body(body):
                    return True
        return False

    def _organisation(self, mention: str) -> bool:
        """Is the mention an organisation named by its kind ('The cabin crew union', "The
        miners' union", 'An association representing ...'): an identified organisation, which
        speaks as OTHER (the guidelines: courts, companies, associations)?"""
        doc = self.doc
        core = _head_words(doc, mention)
        if not core or strip_possessive(doc, core[-1]) not in doc.rules.organisation_heads:
            return False
        rest = mention.split(",")[0].lower().split()[len(core) :]
        # 'A group of planetary scientists' is people, not an organisation
        return not (rest[:1] == [doc.rules.partitive] and any(w in doc.rules.private_roles for w in rest))


def _head_words(doc: Doc, mention: str) -> list[str]:
    """The words of a mention's first part up to its head, lower-cased: before a comma, a
    preposition, a relative word or a participle ('An association | representing ...', 'French
    companies | in Lyon')."""
    core: list[str] = []
    for w in mention.split(",")[0].split():
        low = w.lower()
        if low in doc.rules.head_prepositions or low in doc.lex.relative_words:
            break
        if w.islower() and low.endswith(doc.rules.participle_suffix):
            break
        core.append(low)
    return core


def _spells(acronym: str, name: str) -> bool:
    """Are the letters of ``acronym`` those of ``name`` in order, all but one of them the first
    letter of a word or of a part of a hyphenated word ('Co-operation'), and at least two?"""
    words = [w.upper() for part in name.split() for w in part.split("-") if w]
    letters = acronym.upper()
    memo: dict[tuple[int, int], int] = {}

    def best(k: int, i: int) -> int:
        """The most initials with which ``letters[k:]`` are found in ``words[i:]`` (-1: never)."""
        if k == len(letters):
            return 0
        if i == len(words):
            return -1
        if (k, i) not in memo:
            most = best(k, i + 1)  # the word spells no letter ('The', 'for')
            word, pos, initial = words[i], 0, 0
            for j in range(k, len(letters)):  # the word spells letters k..j
                at = word.find(letters[j], pos)
                if at < 0:
                    break
                initial = initial if j > k else int(at == 0)
                pos = at + 1
                rest = best(j + 1, i + 1)
                if rest >= 0:
                    most = max(most, rest + initial)
            memo[k, i] = most
        return memo[k, i]

    return best(0, 0) >= max(2, len(letters) - 1)


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ('United Nations High Commissioner' -> 'UNHC')."""
    return "".join(w[0] for w in name.replace("(", " ").split() if w[:1].isupper())


def _diplomats_state(doc: Doc, modifiers: list[str]) -> str | None:
    """The state a diplomat's modifiers name ('a senior French diplomat'): the first actor named
    outside a body's name; a diplomat at a body ('a Security Council diplomat') serves one of
    its members, unnamed (the guidelines: no actor), whatever else names that body."""
    hits = doc.gaz.find(" ".join(modifiers))
    bodies = {h.code for h in hits if any(w.lower() in doc.rules.body_words for w in h.mention.split())}
    return next((h.code for h in hits if h.code not in bodies), None)  # 'a U.N. Security Council diplomat'


def _mentions(doc: Doc, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` is mentioned whole (not inside a longer word or hyphenated compound), in
    text order, as (start, end). Only the places where the name's rarest capitalised word stands
    are tried (the document's index of capitalised runs), so a look-up reads its own few
    candidates, not the whole text."""
    text = doc.text
    runs = [(m.start(), m.group()) for m in _WORD_RUN.finditer(name) if m.group()[0].isupper()]
    if not runs:
        pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        yield from (m.span() for m in pattern.finditer(text))
        return
    offset, word = min(runs, key=lambda r: len(doc.capital_starts(r[1])))
    end = -1
    for at in doc.capital_starts(word):
        start = at - offset
        stop = start + len(name)
        if start < end or start < 0 or not text.startswith(name, start):
            continue  # inside the previous mention ('Ada Ada'), or another name
        if _word_char(text, start - 1) or _word_char(text, stop):
            continue
        end = stop
        yield start, stop


def _word_char(text: str, i: int) -> bool:
    """Is ``text[i]`` a word character or a hyphen (what may not touch a whole mention)?"""
    if not 0 <= i < len(text):
        return False
    c = text[i]
    return c.isalnum() or c in "_-"


_WORD_RUN = re.compile(r"\w+")


def _first_titled_mentions(doc: Doc, last: str) -> list[int]:
    """The first three places of :func:`_titled_mentions`, worked out once per surname and
    article (``Doc.titled_mentions``): a text that names the same surname in every sentence
    with no title before it read all its places again for each statement (quadratic time)."""
    known = doc.titled_mentions.get(last)
    if known is None:
        known = doc.titled_mentions[last] = list(islice(_titled_mentions(doc, last), 3))
    return known


def _titled_mentions(doc: Doc, last: str) -> Iterator[int]:
    r"""Where a capitalised word stands before the surname ``last`` ('Minister Aliyarli',
    'Rauf Aliyarli'), in text order: the starts of what the pattern
    ``(?<![\w-])[A-Z][\w’'-]*\s+LAST(?![\w-])`` finds, read from the surname's places in the
    document's index of capitalised runs rather than by a scan of the whole text."""
    text = doc.text
    end = 0
    for q in doc.capital_starts(last):
        stop = q + len(last)
        if not text.startswith(last, q) or _word_char(text, stop):
            continue
        r = q
        while r > 0 and text[r - 1].isspace():
            r -= 1
        if r == q:
            continue  # no space before the surname
        t = r
        while t > 0 and (_word_char(text, t - 1) or text[t - 1] in "’'"):
            t -= 1
        # the leftmost capital in the run that no word character or hyphen precedes
        start = next(
            (i for i in range(max(t, end), r) if "A" <= text[i] <= "Z" and not _word_char(text, i - 1)),
            -1,
        )
        if start < 0:
            continue
        end = stop
        yield start
