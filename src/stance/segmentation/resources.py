"""Language resources of the segmenter: the attribution lexicon and the rules of one language.

Each language is a folder ``stance/data/lang/<code>/`` with the same files:

- ``attribution.json``: the words (cue verbs and nouns, auxiliaries, pronoun classes, generic
  mentions, role nouns); a user may load a file of the same shape (:meth:`Lexicon.load`);
- ``rules.json``: the patterns and closed word lists of the phases (read only from the package);
- ``sentences.json`` and ``abbreviations.tsv``: the sentence splitter's (:mod:`stance.sentences`).

Everything is read once per language and passed to the phases as a :class:`Language`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._data import read_json
from ..actors import trie_pattern
from ..errors import StanceValueError, check_type
from ..sentences import check_language, lang_text, supported_languages

__all__ = ["Language", "Lexicon", "Rules", "language", "supported_languages"]


@dataclass(frozen=True)
class Lexicon:
    """The words the segmenter reads, as loaded from ``attribution.json``.

    Build it with :meth:`default` (the shipped file, cached) or :meth:`load` (a file of the same
    shape); the lists are documented in the file itself.
    """

    cue_forms: dict[str, str]
    weak_cues: frozenset[str]
    according_to: tuple[str, ...]
    cue_nouns: frozenset[str]
    source_nouns: tuple[str, ...]
    auxiliaries: frozenset[str]
    pronouns: dict[str, str]
    first_person: frozenset[str]
    generic_heads: dict[str, str]
    institution_heads: frozenset[str]
    role_nouns: frozenset[str]
    np_connectors: frozenset[str]
    determiners: frozenset[str]
    np_stop: frozenset[str]
    linking_words: tuple[str, ...]
    relative_words: frozenset[str]
    time_words: frozenset[str]
    #: every cue, group 1, after the character before it (see :func:`_cue_pattern`)
    cue_pattern: re.Pattern[str] = field(repr=False, compare=False)
    #: derived: the generic heads of persons ('ambassador', 'minister') as whole words, any case
    person_head_pattern: re.Pattern[str] = field(repr=False, compare=False)
    #: derived: the same heads in lower case, anywhere, for a fast test of a lower-cased text
    #: (:func:`.speakers.may_hold_person_head`); None when a head is not all ASCII
    person_head_words: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    #: remembered, per language code: the tokens known to be (or not to be) noun-phrase words
    #: (``phrases.np_word``, a test of the lexicon's and the language's words only), shared by
    #: every text read with this lexicon: the same words come back in every article
    np_words: dict[str, dict[str, bool]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from the parsed JSON document."""
        check_type("doc", doc, Mapping)
        try:
            forms: dict[str, str] = {}
            for lemma, words in doc["cue_verbs"].items():
                for w in words:
                    forms[str(w)] = str(lemma)
            according = tuple(str(w) for w in doc["according_to"])
            cue_pattern = _cue_pattern([*forms, *according])
            lower = lambda key: frozenset(str(w).lower() for w in doc[key])  # noqa: E731
            generic = {str(k).lower(): str(v) for k, v in doc["generic_heads"].items()}
            persons = "|".join(sorted(re.escape(h) for h, kind in generic.items() if kind == "person"))
            return cls(
                cue_forms=forms,
                weak_cues=lower("weak_cues"),
                according_to=according,
                cue_nouns=lower("cue_nouns"),
                source_nouns=tuple(str(w).lower() for w in doc["source_nouns"]),
                auxiliaries=lower("auxiliaries"),
                pronouns=_contracted(doc, {str(k).lower(): str(v) for k, v in doc["pronouns"].items()}),
                first_person=frozenset(_contracted(doc, dict.fromkeys(lower("first_person"), ""))),
                generic_heads=generic,
                institution_heads=lower("institution_heads"),
                role_nouns=lower("role_nouns"),
                np_connectors=lower("np_connectors"),
                determiners=lower("determiners"),
                np_stop=frozenset(str(w) for w in doc["np_stop"]),
                linking_words=tuple(str(w).lower() for w in doc["linking_words"]),
                relative_words=lower("relative_words"),
                time_words=lower("time_words"),
                cue_pattern=cue_pattern,
                person_head_pattern=re.compile(rf"\b(?:{persons})\b" if persons else "(?!)", re.IGNORECASE),
                person_head_words=re.compile(persons or "(?!)") if persons.isascii() else None,
            )
        except (KeyError, AttributeError, TypeError) as exc:
            raise StanceValueError(
                f"'doc' must be an attribution lexicon shaped like "
                f"stance/data/lang/en/attribution.json; missing or malformed entry: {exc}"
            ) from exc

    @classmethod
    def default(cls, lang: str = "en") -> Lexicon:
        """The shipped lexicon of ``lang`` (read once, cached)."""
        return _lexicon(check_language(lang))

    @classmethod
    def load(cls, path: str | Path) -> Lexicon:
        """Read a lexicon file shaped like ``stance/data/lang/en/attribution.json``."""
        return cls.from_dict(read_json(path, "lexicon"))


def _contracted(doc: Mapping[str, Any], words: dict[str, str]) -> dict[str, str]:
    """``words`` with the contracted forms of its subject pronouns ("we've", "they'd": the
    pronoun speaks), each also written with a curly apostrophe."""
    table = doc.get("pronoun_contractions", {})
    out = dict(words)
    for word in table.get("pronouns", ()):
        if word in words:
            for suffix in table.get("suffixes", ()):
                out.setdefault(word + suffix, words[word])
    for word, value in list(out.items()):
        out.setdefault(word.replace("'", "\u2019"), value)
    return out


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """One pattern for every cue, built from words only (escaped: a lexicon file can add words,
    never a pattern). Plain cues form a trie (longest first); a ``*`` in a cue stands for up to
    four words ('expressed * concern') and such a cue is tried before the plain ones.

    The pattern matches the character before the cue too (neither a word character nor a
    hyphen), and the cue is its group 1 (:func:`.cues.cue_matches`): a pattern that opens with
    a class lets the regular expression engine skip in a tight loop to the next character of
    the class (white space and punctuation), where one that opens with a test of the character
    before ('\\b', a look-behind) starts a full match attempt at every position.

    After that character the cues are grouped by their first character, one alternative per
    character (its cues with a ``*`` first, in order, then its plain cues' trie): the engine
    skips an alternative whose first character is not the next one in one comparison, so each
    position costs one comparison per first character, not one per cue with a ``*`` besides.
    Cues that start with different characters never match at the same place, so the grouping
    finds what the cues in their first order find; a cue that starts with a ``*`` (any word)
    keeps that order."""
    wild = sorted((c for c in cues if "*" in c.split()), key=len, reverse=True)
    plain = [" ".join(c.split()) for c in cues if "*" not in c.split() and c.strip()]
    if not wild and not plain:
        return re.compile(r"(?!)")
    if any(c.split()[0] == "*" for c in wild):
        groups = [[_wild_body(c) for c in wild] + ([_trie_body(plain)] if plain else [])]
    else:
        by_first: dict[str, tuple[list[str], list[str]]] = {}
        for c in wild:
            by_first.setdefault(c.split()[0][0], ([], []))[0].append(_wild_body(c))
        for c in plain:
            by_first.setdefault(c[0], ([], []))[1].append(c)
        groups = [w + ([_trie_body(p)] if p else []) for w, p in by_first.values()]
    body = "|".join("(?:" + "|".join(g) + ")" for g in groups)
    # '[^0-9A-Za-z_\w-]' is '[^\w-]' with the ASCII word characters in a bitmap tested first:
    # most characters of a text are ASCII letters, which then skip the Unicode category test
    return re.compile(rf"[^0-9A-Za-z_\w-]({body})(?![\w-])")


def _wild_body(cue: str) -> str:
    """The pattern of a cue with a ``*`` (up to four words) between its words."""
    return r"\s+".join(
        r"(?:[\w'\u2019-]+\s+){0,4}?" if t == "*" else re.escape(t) for t in cue.split()
    ).replace(r"?\s+", "?")


def _trie_body(cues: list[str]) -> str:
    """The trie pattern of plain cues, any white space between their words."""
    return trie_pattern(cues).replace(r"\ ", r"\s+")


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> Lexicon:
    return Lexicon.from_dict(json.loads(lang_text(lang, "attribution.json")))


_PATTERNS = (
    "token", "quote_chars", "dash_attribution", "institution", "by_line", "person_line", "byline",
    "official_title",
    "possessive", "issuer_subject", "issuer_phrase_split", "issuer_phrase_skip", "acronym_end",
    "possessive_cue", "word", "clause_break", "dash_break", "contrast_link", "digit", "inline_tag",
    "partner_phrase", "partner_clause", "meeting_report", "manner_quote", "formula",
    "delivered_line", "joint_line", "actor_line_prefix", "actor_line_rest", "apposition_break",
    "behalf_opener", "narrated_subject", "release_own_line", "release_type_line", "release_title_line",
    "release_office_line",
    "release_date",
    "lead_in_line", "joint_word", "boilerplate_line", "behalf_delivered_line",
    "release_kind_line", "coverage_line", "call_report",
    "call_title", "behalf_line", "list_prefix", "time_stamp", "introduced_subject", "call_word_end",
    "letter_line", "digest_line", "destination_phrase", "time_line", "handle_line",
    "signatories_line", "quote_marks", "straight_single_quote_marks", "bare_clause_link",
    "appositive_relative",
    "reply_relative",
    "un_release_line", "issuer_topic_tail", "coverage_symbol_line", "mail_header_line",
    "end_mark_line", "signature_line", "page_furniture_line", "footnote_line", "web_furniture_line",
    "related_links_line", "sentence_break", "topic_tail",
    "bracketed_acronym", "alias_apposition", "embed_signature_line", "office_possessive_line",
    "release_start_line",
    "subject_lead_in_line", "dated_line", "name_word_tag", "letter_tag", "owned_document_before",
    "owned_document_after",
    "office_tag", "by_name", "by_name_title", "report_line",
    "annex_line", "footnote_mark", "footnote_number_line", "record_stage_line",
    "record_tag", "interjection_line", "labelled_line",
    "behalf_speech", "document_issued", "document_published", "impersonal_passive",
)  # fmt: skip
_SETS = (
    "inverting", "chunk_stop", "anaphoric_determiners", "articles", "article_the",
    "passive_source_prepositions",
    "role_heads_any_speaker", "honorifics", "question_tags", "answer_tags", "not_person_heads",
    "conjunctions", "clause_and", "object_pronouns", "complementisers", "speaker_nouns",
    "locative_prepositions", "complementiser_determiners", "female_words", "male_words",
    "plural_determiners", "title_small_words", "finite_auxiliaries", "leading_connectors",
    "office_words", "place_intro", "place_prepositions", "document_cue_lemmas", "finding_lemmas",
    "document_only_cues", "recordings", "joint_heads", "located_heads", "recall_lemmas", "joint_determiners",
    "list_and", "main_cue_lemmas", "staff_heads", "endorsing_adverbs", "owned_document_words",
    "infinitive_cue_lemmas", "invertible_lemmas", "document_nouns", "opening_cues", "be_forms",
    "remain_forms", "document_generics",
    "subordinators", "time_heads", "time_modifiers", "head_prepositions", "object_prepositions",
    "naming_cue_lemmas", "naming_stops", "not_adverbs", "owner_determiners", "owner_nouns",
    "question_words", "naming_objects", "self_owners", "self_heads", "proxy_heads",
    "body_words", "silence_cues", "refusal_cues", "silence_verbs", "negations", "modals", "semi_modals",
    "silence_objects", "silence_object_lemmas", "data_nouns", "hearsay_nouns", "hearsay_modifiers",
    "time_subordinators",
    "event_lemmas", "cue_noun_links", "voted_texts", "bare_past_forms", "plural_heads",
    "plural_name_endings", "more_prepositions", "private_roles", "agent_roles",
    "agency_prepositions", "employer_prepositions", "clause_marks", "distributive_determiners",
    "joint_singulars", "passive_cues", "passive_links",
    "self_subject_verbs", "question_cues", "questioned_objects",
    "raising_verbs", "progressive_cues", "expletive_subjects", "mission_roles",
    "cue_compounds", "title_links", "organisation_heads", "kind_heads", "non_state_heads", "party_heads",
    "non_state_modifiers", "state_owned", "singular_auxiliaries", "ritual_cue_lemmas", "ritual_objects",
    "issuing_verbs", "agent_participles", "organisation_name_words", "claim_nouns",
    "demonstratives",
    "government_heads", "own_names", "own_name_bodies", "own_name_determiners", "reply_tags",
    "owned_bodies", "hortatives", "hortative_objects", "nobody_words", "continuation_cues",
    "mandate_participles", "request_verbs", "person_relatives", "quoting_verbs",
    "client_participles", "either_kind_heads", "diplomat_heads", "unidentified_heads",
    "peer_heads",
    "passive_participles", "authoring_participles", "regarding_lemmas", "considering_cues",
    "as_phrase_words", "silence_questions", "name_particles", "negative_determiners",
    "hearsay_infinitives", "modifier_participles", "result_cue_lemmas", "result_objects",
    "questioner_heads", "asking_lemmas", "expecting_lemmas", "heading_verbs", "source_modifiers",
    "posted_bodies", "body_anaphors", "lower_title_words", "topic_prepositions", "free_relatives",
    "wish_lemmas", "group_owner_nouns",
    "medium_nouns", "act_cues", "act_objects", "contrast_subordinators", "access_participles",
    "framing_sources", "absolute_links", "object_relatives", "silence_links",
    "time_openers", "clause_closers", "dash_tokens", "aside_stops",
    "venue_nouns", "venue_places", "title_participles", "reply_lemmas",
    "not_name_tags", "news_outlets", "role_tags", "keeping_verbs",
    "occasion_nouns", "signing_verbs", "relay_lemmas", "relay_heads", "modifier_prefixes",
    "hearer_cue_lemmas",
    "response_nouns", "topic_only_prepositions",
    "topic_cue_lemmas",
    "spoken_title_words", "leader_participles", "deployed_heads",
    "object_cues", "object_cue_stops", "official_object_cues", "act_manner_lemmas",
    "example_object_cues", "clause_only_cues", "defence_cues", "defended_objects",
    "partitive_quantifiers", "free_relative_heads", "place_adverbs",
)  # fmt: skip

#: the lists whose words never modify a speaker's head noun (``Rules.function_words``)
_FUNCTION_SETS = (
    "subordinators", "question_words", "conjunctions", "complementisers", "locative_prepositions",
    "object_prepositions", "head_prepositions", "finite_auxiliaries",
)  # fmt: skip


@dataclass(frozen=True)
class Rules:
    """The patterns and closed word lists of the phases, from ``rules.json``."""

    token: re.Pattern[str]
    quote_chars: re.Pattern[str]
    dash_attribution: re.Pattern[str]
    institution: re.Pattern[str]
    by_line: re.Pattern[str]
    person_line: re.Pattern[str]
    byline: re.Pattern[str]
    official_title: re.Pattern[str]
    possessive: re.Pattern[str]
    issuer_subject: re.Pattern[str]
    issuer_phrase_split: re.Pattern[str]
    issuer_phrase_skip: re.Pattern[str]
    acronym_end: re.Pattern[str]
    possessive_cue: re.Pattern[str]
    word: re.Pattern[str]
    clause_break: re.Pattern[str]
    #: a dash that sets off a clause, and the word after it ('... first - a claim Yerevan
    #: rejected'): a break between two speakers' clauses, as a comma is
    dash_break: re.Pattern[str]
    contrast_link: re.Pattern[str]
    digit: re.Pattern[str]
    inline_tag: re.Pattern[str]
    #: the end of a clause before a speaker's clause with no linking word before it, or 'and' or
    #: 'but' with no comma ('X said A, Y said B', 'X said A and Y said B')
    bare_clause_link: re.Pattern[str]
    #: a noun phrase in apposition to the first clause with a relative clause whose subject is
    #: a second speaker ('..., a remark that the ministry described as "irresponsible"')
    appositive_relative: re.Pattern[str]
    #: a relative that opens a reply to the first clause ('..., to which she replied ...')
    reply_relative: re.Pattern[str]
    #: what opens the partner of a call or meeting in a title line ('X's Call with Y')
    partner_phrase: re.Pattern[str]
    #: what opens a first-person sentence spoken for a state or body ('On behalf of the
    #: Government of X, we ...'): the text names its issuer's actor
    behalf_opener: re.Pattern[str]
    #: a narration sentence's opening name before a lower-case word ('Coach Ada Roe was ...')
    narrated_subject: re.Pattern[str]
    #: the same before an apposition's comma ('Ambassador Karel Novotny, the envoy, ...')
    introduced_subject: re.Pattern[str]
    #: a call or meeting word that ends a host's phrase ("the Foreign Minister's call")
    call_word_end: re.Pattern[str]
    #: a UN letter's or note verbale's title ('Letter dated 2 May 2026 from the Permanent
    #: Representative of X to the United Nations addressed to the Secretary-General'): group 1
    #: is its writer
    letter_line: re.Pattern[str]
    #: the title of a digest, diary or agenda ('DIPLOMATIC DIARY', 'WEEK AHEAD'), whose headings
    #: are its topics, not issuers
    digest_line: re.Pattern[str]
    #: a travel verb before the place a headline's traveller goes to ('X Visits Armenia',
    #: 'X Travels to Baku'): the place is the host's, not the traveller's
    destination_phrase: re.Pattern[str]
    #: the list mark before a list item's text on its line ('• ', '  - ', '2) ')
    list_prefix: re.Pattern[str]
    #: a liveblog's time at the start of a line ('13:40 GMT - ', '09.15 -')
    time_stamp: re.Pattern[str]
    #: a liveblog's time as a line of its own ('6:05 p.m.', '2 p.m.', '13:40 GMT'), whole
    time_line: re.Pattern[str]
    #: the author line of a pasted post, whole ('MFA Armenia @MFA_Armenia', 'Russian Defence
    #: Ministry (@mod_russia) · 2h'): group 1 is the author's name
    handle_line: re.Pattern[str]
    #: the line that opens a joint statement's closing list of signatories ('Signed by:', 'This
    #: statement is supported by the following countries: A, B and C.'), whole: group 1 is the
    #: list on the same line, if any
    signatories_line: re.Pattern[str]
    #: a clause after the main one ('..., where he met with'): its partner is not the host's
    partner_clause: re.Pattern[str]
    #: a sentence that only reports a meeting or call ('The Secretary spoke today with X'), from
    #: its start, with no second clause of content (', and we thank ...')
    meeting_report: re.Pattern[str]
    #: a speaker's manner before a colon and a quote ('X was blunt: "..."')
    manner_quote: re.Pattern[str]
    #: a content-free formula, the whole sentence in lower case ('Good afternoon, everyone.',
    #: 'Thank you, Mr. President.'): no statement
    formula: re.Pattern[str]
    #: a header line naming who delivered a text ('Delivered by Ms. X, ... on behalf of the
    #: EU'): the speaker, whoever's text it is
    delivered_line: re.Pattern[str]
    #: a joint statement's by-line ('Joint Statement by the co-chairs'): its publisher speaks
    joint_line: re.Pattern[str]
    #: the header format of one publisher's releases (the State Department's, state.gov): a
    #: line only it writes ('Deputy Department Spokesperson', 'Department Press Briefing'), or
    #: a release type ('Media Note'), a spokesperson's line ('Office of the Spokesperson',
    #: 'Name, Deputy Spokesperson') and a date in its order ('September 22, 2026') together;
    #: ``release_publisher`` names the publisher, whose actor the gazetteer gives
    release_own_line: re.Pattern[str]
    release_type_line: re.Pattern[str]
    release_title_line: re.Pattern[str]
    release_office_line: re.Pattern[str]
    release_date: re.Pattern[str]
    release_publisher: str
    #: a header line only the UN's press pages write, naming no office of their own ('Note to
    #: Correspondents', 'Daily Press Briefing by the Office of the Spokesperson'): the text is
    #: ``un_release_publisher``'s when no line names another issuer, and the UN's whatever
    #: topic line ('Sudan') is above its body (the codebook's first-person texts)
    un_release_line: re.Pattern[str]
    un_release_publisher: str
    #: the topic after a spokesperson's title in a by-line ('... the Spokesperson for the
    #: Secretary-General on Sudan'): not the issuer's name (a special envoy's 'on Yemen' is
    #: part of the title and stays)
    issuer_topic_tail: re.Pattern[str]
    #: the document symbol of a UN press release that covers a meeting ('SC/16234', 'GA/12567',
    #: 'GA/SHC/4401'), whole: a report of the meeting in the reporter's voice, as under
    #: ``coverage_line`` (not 'SG/SM/...', the Secretary-General's own statements)
    coverage_symbol_line: re.Pattern[str]
    #: a field of an e-mail's header, whole ('From: Press Office <press@...>', 'Subject: ...'):
    #: the message's furniture, no issuer's name nor a statement
    mail_header_line: re.Pattern[str]
    #: the mark that ends a release, whole ('-- ENDS --', 'ENDS', '###', '-30-'): what follows
    #: (contacts, 'About X', a disclaimer) is no statement
    end_mark_line: re.Pattern[str]
    #: a line that opens another release after one's end mark ('FOR IMMEDIATE RELEASE', 'PRESS
    #: RELEASE', 'Statement ...'), from its start: what follows is read again
    release_start_line: re.Pattern[str]
    #: a lead-in that names its speaker first ('The Honourable Anita Roe, Minister of Foreign
    #: Affairs, today issued the following statement:'), whole: group 1 the issuer, as a
    #: ``lead_in_line``'s
    subject_lead_in_line: re.Pattern[str]
    #: a short line with a year ('Washington, D.C., 18 October 2021', 'December 3, 2026 - Ottawa'):
    #: under a title with a verb, the release's date line, which makes the title a release's
    dated_line: re.Pattern[str]
    #: a one-word name tag opening a line ('Sargsyan: No. We ...'), group 1 the name: a
    #: speaker's tag only where the text's shape is a transcript's (``segmentation._inline_tags``)
    #: a document named with its owner ('Moscow rejected the EU statement', 'a statement by the
    #: European Union'), which 'the statement' in the next sentence stands for
    owned_document_before: re.Pattern[str]
    owned_document_after: re.Pattern[str]
    name_word_tag: re.Pattern[str]
    #: a letter tag with a stop opening a line ('Q. Is a treaty possible?', 'A. It is.'), group 1
    #: the letter: a tag only in a text whose paragraphs alternate both
    letter_tag: re.Pattern[str]
    #: an office's tag opening a line in a debate's record ('The Secretary of State for Foreign
    #: Affairs: We are ...'), group 1 the tag: a tag only in a text with other speakers' tags
    office_tag: re.Pattern[str]
    #: a title's 'by' or 'with' and what follows it ('Press Conference by Spokesperson Maria
    #: Delova, 3 December', 'Interview with Foreign Minister X'), group 1 from the first capital:
    #: read up to a name tag's surname
    by_name: re.Pattern[str]
    #: a UN report's title, whole ('Report of the Special Rapporteur on the situation of human
    #: rights in X'), group 1 its author ('Special Rapporteur'): the report's issuer, not the
    #: organ line above it ('Human Rights Council')
    report_line: re.Pattern[str]
    #: the line that opens a letter's annex, whole ('Annex', 'Annex II', 'Annex to the letter
    #: dated ...'): what follows is the annexed text's, not the letter writer's
    annex_line: re.Pattern[str]
    #: a footnote's number after a word and its stop or comma ('... ceasefire regime.1 We ...'),
    #: group 1 the number
    footnote_mark: re.Pattern[str]
    #: a line opening with a bare number and a capital ('2 The ceasefire of 10 November 2020.'),
    #: group 1 the number: a footnote of content where the text above holds that number's mark
    footnote_number_line: re.Pattern[str]
    #: a meeting record's line of procedure, whole ('The meeting rose at 11.05 a.m.'): no one's
    record_stage_line: re.Pattern[str]
    #: a UN verbatim record's speaker tag opening a line, a surname in capitals and a country
    #: ('Mr. ARAMYAN (Armenia):', 'Ms. ROE (France) (spoke in French):')
    record_tag: re.Pattern[str]
    #: a debate record's collective interjection, whole ('Hon. Members: Hear, hear!'): no one's
    interjection_line: re.Pattern[str]
    #: a header line with a label ('President: Mr. Okoro (Nigeria)'), group 1 the label, group 2
    #: who holds it
    labelled_line: re.Pattern[str]
    #: the title after a 'by' name, to the line's end (', Deputy Spokesperson for the
    #: Secretary-General'; not ', 3 December 2026'), group 1 the title
    by_name_title: re.Pattern[str]
    #: news outlets by name ('Reuters', 'AFP', 'China Daily'): in a transcript, an outlet's tag
    #: is a journalist's ('Reuters: What is your comment?'), its turn a question
    news_outlets: frozenset[str]
    #: tags that name a role, not a person ('SPOKESPERSON:'), in capitals: the person a title
    #: line names with that role ('Noon briefing by Ana Roe, Spokesperson for ...') holds it
    role_tags: frozenset[str]
    #: the one-word labels before a colon that are no speaker's ('Note:', 'Update:')
    not_name_tags: frozenset[str]
    #: an e-mail's signature delimiter ('-- '), whole: in a message with a header, the end of its body
    signature_line: re.Pattern[str]
    #: a line of a converted PDF's page furniture, whole ('Page 1 of 2', a page number '2' or
    #: '- 3 -', '2/14 26-12345', a UN job number 'GE.26-12345(E)', a document symbol
    #: 'A/HRC/61/12' alone): no statement
    page_furniture_line: re.Pattern[str]
    #: a footnote of references at a converted page's foot ('3 See A/HRC/58/10, para. 4.',
    #: '12 Ibid.', '4 Available at https://...'), from its start: no statement
    footnote_line: re.Pattern[str]
    #: a line of a scraped web page's furniture, whole: a cookie notice ('This website uses
    #: cookies. By continuing to browse ...'), a copyright line, 'All rights reserved.', a
    #: feedback prompt ('Is this page useful?'): no statement, whosever page it is
    web_furniture_line: re.Pattern[str]
    #: a web page's heading of links to other stories ('Read more:', 'Related coverage'), alone on
    #: its line (the links follow, to the next blank line) or before one link ('READ MORE: ...')
    related_links_line: re.Pattern[str]
    #: the end of a sentence inside a line: a stop, closing marks, space (a list's lead-in line
    #: 'We are concerned. The EU calls on:' is read from its last sentence)
    sentence_break: re.Pattern[str]
    #: what opens the topic or the venue after an issuer in a title ('Statement by the
    #: Spokesperson | on the situation in Georgia', '... | at the General Assembly'): neither
    #: names the issuer's actor
    topic_tail: re.Pattern[str]
    #: an acronym in brackets just after a speaker's name ('The Organisation for ... (OSCE)'),
    #: group 1 the acronym: where the gazetteer knows it and not the name, it names the actor
    bracketed_acronym: re.Pattern[str]
    #: a body's name in apposition after a description ('The peacekeeping mission, known as
    #: UNIFIL, said'): the name says whom it speaks for
    alias_apposition: re.Pattern[str]
    #: the signature line under an embedded post, whole ('— MFA Armenia (@MFA_Armenia) December
    #: 3, 2026', as a scraped page gives it): group 1 is the author, who speaks the paragraph above
    embed_signature_line: re.Pattern[str]
    #: a title line that names the UN Secretary-General's (or a deputy's) text by the office
    #: alone, possessive ("Secretary-General's remarks to the Security Council on ...",
    #: "Deputy Secretary-General's video message to ..."): group 1 is the issuer, as a by-line's
    #: (an office that names no body, 'The Spokesperson's statement on Georgia', is not read so:
    #: its topic would name the actor)
    office_possessive_line: re.Pattern[str]
    #: a lead-in line over a text ('The following statement was issued today by X:', 'The
    #: following is the text of a joint statement by Y.'): a header line, group 1 its issuer
    lead_in_line: re.Pattern[str]
    #: what marks a joint text ('Joint Statement', 'a joint statement by'): its publisher speaks
    joint_word: re.Pattern[str]
    #: a line of boilerplate, whole ('For information media. Not an official record.', 'For
    #: further information, please contact ...'): no statement
    boilerplate_line: re.Pattern[str]
    #: a header line naming who delivered a text after whom it speaks for ('Statement on behalf
    #: of the European Union delivered by X'): the speaker, as in ``delivered_line``
    behalf_delivered_line: re.Pattern[str]
    #: a header line naming whom a text speaks for, with no one delivering it ('Statement on
    #: behalf of the European Union'): the issuer, if no line names one otherwise
    behalf_line: re.Pattern[str]
    #: a header line that names the kind of an official text ('Readout - ...', 'Press Release',
    #: 'Note to Correspondents'): with it, a line that is only a body's name is the issuer
    release_kind_line: re.Pattern[str]
    #: a header line that says the text is a report of a meeting ('Meetings Coverage', as UN
    #: press pages label their accounts of meetings): the reporter's voice, no issuer's
    coverage_line: re.Pattern[str]
    #: a sentence that only reports a meeting or call, as ``meeting_report``, after a time phrase
    #: ('On 24 September, X had a telephone conversation with Y')
    call_report: re.Pattern[str]
    #: a title of an account of a call or meeting ('On the telephone conversation between X and
    #: Y', 'X's Meeting with Y', 'Readout'), not a news headline
    call_title: re.Pattern[str]
    #: answer tags besides ``answer_tags`` ('R. - ' of a French transcript's 'Réponse')
    reply_tags: frozenset[str]
    #: heads of a state's own voice ('The Government of Canada welcomes ...' opening a release
    #: names its issuer's state, whatever format the header has)
    government_heads: frozenset[str]
    #: the name an organisation's own texts call it by ('the Organization' in a UN text), the
    #: organisations that do (their actors from the gazetteer), and the words before the name
    own_names: frozenset[str]
    own_name_bodies: frozenset[str]
    own_name_determiners: frozenset[str]
    #: what may stand before the actor's name in a header line that names the issuer's state or
    #: place ('Republic of Azerbaijan'), and what may follow it ('Paris, 3 May', 'United Nations
    #: Development Programme'); a title names its subject ('Kenya's Election', 'Truce in Yemen')
    actor_line_prefix: re.Pattern[str]
    actor_line_rest: re.Pattern[str]
    #: what ends an apposition around a person's name in running text ('Nell Orr, a farmer
    #: near Tovuz, said'): a comma, a quote, a sentence end (not an abbreviation's point)
    apposition_break: re.Pattern[str]
    inverting: frozenset[str]
    #: the preposition before the document an impersonal passive cites ('It was stressed in
    #: the statement that ...')
    passive_source_prepositions: frozenset[str]
    chunk_stop: frozenset[str]
    anaphoric_determiners: frozenset[str]
    articles: frozenset[str]
    article_the: frozenset[str]
    role_heads_any_speaker: frozenset[str]
    honorifics: frozenset[str]
    question_tags: frozenset[str]
    answer_tags: frozenset[str]
    not_person_heads: frozenset[str]
    conjunctions: frozenset[str]
    clause_and: frozenset[str]
    object_pronouns: frozenset[str]
    complementisers: frozenset[str]
    speaker_nouns: frozenset[str]
    locative_prepositions: frozenset[str]
    complementiser_determiners: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    plural_determiners: frozenset[str]
    title_small_words: frozenset[str]
    finite_auxiliaries: frozenset[str]
    leading_connectors: frozenset[str]
    office_words: frozenset[str]
    place_intro: frozenset[str]
    #: prepositions that open a place phrase ('in Fort Wayne, Indiana,'): no speaker inside it
    place_prepositions: frozenset[str]
    #: the cue lemmas a document can be the subject of ('a report found', 'the letter cited')
    document_cue_lemmas: frozenset[str]
    #: the lemmas of findings ('shows', 'found', 'indicates'): a thing's, after 'which', not a cue
    finding_lemmas: frozenset[str]
    #: cues only a document or figures can be the subject of ('polls show'; not 'they show
    #: that', 'the Council must show that': an act, not speech)
    document_only_cues: frozenset[str]
    #: recordings: a document only as a plain phrase ('the video shows'), not 'video from X showed'
    recordings: frozenset[str]
    joint_heads: frozenset[str]
    #: joint heads that a dateline's place gives its state ('local officials' in a story from
    #: Yerevan); the others ('the co-chairs', 'the two sides') met there
    located_heads: frozenset[str]
    #: cues that are acts when their object is a diplomat ('recalled its ambassador')
    recall_lemmas: frozenset[str]
    #: roles of people who speak for someone else ('spokeswoman', 'aide'): never the antecedent of
    #: another role ('the Armenian leader')
    #: the documents a sentence may name with their owner ('the EU statement'), found by a plain
    #: search of the text (faster than a pattern that could open anywhere)
    owned_document_words: frozenset[str]
    staff_heads: frozenset[str]
    #: adverbs by which a text takes another's words as its own point ('X rightly noted')
    endorsing_adverbs: frozenset[str]
    #: the only words before a joint head that make it the parties of a readout ('the two sides',
    #: 'both parties'; not 'some delegations', 'Armenian officials')
    joint_determiners: frozenset[str]
    list_and: frozenset[str]
    main_cue_lemmas: frozenset[str]
    infinitive_cue_lemmas: frozenset[str]
    invertible_lemmas: frozenset[str]
    document_nouns: frozenset[str]
    opening_cues: frozenset[str]
    be_forms: frozenset[str]
    #: words before a number that make it a count ('at least 40', 'more than 1,200'), split
    number_approximators: tuple[tuple[str, ...], ...]
    #: phrases before a state and a comma that say whom the next speaker speaks for ('Speaking
    #: for Armenia, ...', 'For France, ...'), split into words, longest first
    delegation_openers: tuple[tuple[str, ...], ...]
    #: cue forms that read literally when one of these words follows within three words ('slammed
    #: the door', 'declared independence', 'stood by a barricade'): an act, no statement
    literal_objects: dict[str, frozenset[str]]
    #: cue forms that, right before one of ``passive_links``, are a passive participle ('an officer
    #: accused of ...', 'a group blamed for ...'): the phrase before is who is accused
    passive_cues: frozenset[str]
    passive_links: frozenset[str]
    #: verbs that link a position to its content as 'is' does ("Baku's position remains that")
    remain_forms: frozenset[str]
    subordinators: frozenset[str]
    time_heads: frozenset[str]
    time_modifiers: frozenset[str]
    #: prepositions between a speaker's head and its complement ('a spokesman for the ministry',
    #: 'officials at the embassy'): the head speaks
    head_prepositions: frozenset[str]
    #: prepositions that are never conjunctions: a phrase right after one is their object, never
    #: a cue's subject ('In a statement announcing ...', 'rely on U.S. support')
    object_prepositions: frozenset[str]
    #: cue lemmas that name what their object is ('called the strikes a provocation',
    #: 'branded the vote illegal'): a cue when an object and its complement follow
    naming_cue_lemmas: frozenset[str]
    #: words that end a naming verb's object without being its complement ('called the
    #: ambassador in', 'called the meeting off'): particles, prepositions, pronouns, verbs
    naming_stops: frozenset[str]
    #: pronouns a naming verb can name ('called him naive', 'branded it a farce')
    naming_objects: frozenset[str]
    #: 'my delegation', 'our government': the speaker of a first-person text speaks of itself
    self_owners: frozenset[str]
    self_heads: frozenset[str]
    #: possessive determiners that open a speaker phrase with modifiers ('its foreign policy chief')
    owner_determiners: frozenset[str]
    #: bodies a speaker can belong to besides the institution heads ('the bloc's foreign policy
    #: chief', 'the bank's chief economist')
    owner_nouns: frozenset[str]
    #: the pronoun each owner determiner stands for ('her spokesperson': 'she')
    owner_pronouns: Mapping[str, str]
    #: cue words that open a compound noun, and the words that make it one ('think tank')
    noun_compounds: dict[str, frozenset[str]]
    #: cue words that close a compound noun, and the words before that make it one ('member
    #: states', 'participating States': no verb 'states')
    compound_heads: dict[str, frozenset[str]]
    #: who speaks for an owner named by a determiner ('her spokesperson', 'its press office'):
    #: the owner's actor
    proxy_heads: frozenset[str]
    #: bodies a state owns, which speak for their owner ('its foreign ministry')
    owned_bodies: frozenset[str]
    #: 'let' before 'me'/'us' and a cue: the text's own speaker ('Let me say plainly')
    hortatives: frozenset[str]
    hortative_objects: frozenset[str]
    #: pronouns that name nobody in particular ('Everyone knows ...'): no speaker
    nobody_words: frozenset[str]
    #: cues that go on with the last speaker ('He added'), not with a name the narration gave
    continuation_cues: frozenset[str]
    #: participles whose agent the people before it act for ('monitors sent by the EU')
    mandate_participles: frozenset[str]
    #: verbs whose object is asked to act ('expect X to', 'urged X to'): that object does not speak
    request_verbs: frozenset[str]
    #: relative pronouns of persons ('who'): a clause of the speaker's own after its name
    person_relatives: frozenset[str]
    #: verbs of an agency that quotes someone 'as saying' ('quoted', 'cited')
    quoting_verbs: frozenset[str]
    #: participles of a role that names whom it works for ('a lawyer representing Azerbaijan')
    client_participles: frozenset[str]
    #: heads of a speaker that 'it' and 'he' both stand for ('the Russian side')
    either_kind_heads: frozenset[str]
    #: roles that 'the diplomat' may stand for when the narration just named one of a state
    diplomat_heads: frozenset[str]
    #: words for sources no one identifies ('People familiar with ...', 'Sources close to ...')
    unidentified_heads: frozenset[str]
    #: the issuer's own heads that are another body's when it follows ('our colleagues at the WHO')
    peer_heads: frozenset[str]
    #: the bodies a state keeps abroad ('mission', 'embassy'): a dateline's place is their host's
    posted_bodies: frozenset[str]
    #: where words are posted or published ('on its Telegram channel', 'in a post on X'): a
    #: phrase of them after a cue says where the speaker spoke, not what it said
    medium_nouns: frozenset[str]
    #: verbs of saying that also name an act ('concluded his visit', 'concluded a treaty'), and
    #: the objects of the act: no speech, unlike 'concluded that ...'
    act_cues: frozenset[str]
    act_objects: frozenset[str]
    #: subordinators of contrast that may open a sentence with a speaker's clause ('While Paris
    #: has called for an inquiry, Moscow has dismissed ...'): the comma after it ends the clause
    contrast_subordinators: frozenset[str]
    #: participles of access to a document ('A UN report seen by Reuters said'): their agent
    #: read the document, the document (its issuer) speaks
    access_participles: frozenset[str]
    #: source phrases that frame a whole sentence, at its start or its end ('In the words of one
    #: official, ...'); inside a sentence they cite ('a burden that has become, in the words of
    #: many of our people, a chain'), and the sentence's speaker is the citing one
    framing_sources: frozenset[str]
    #: words that open an absolute clause with a speaker of its own and a participle ('...,
    #: with the opposition leader saying it was a gift to Moscow'): a second speaker's clause
    absolute_links: frozenset[str]
    #: relative pronouns that stand for the object of the clause's verb ('The findings, which
    #: the government has rejected, suggest ...'): a cue with this object and nothing after it
    #: reports no content, and its subject does not speak the sentence
    object_relatives: frozenset[str]
    #: words that link a report of silence to a second speaker's clause ('X declined to say
    #: whether ..., but a source said ...'): the statement starts at the link
    silence_links: frozenset[str]
    #: words that open a time after a verb ('rejected on Friday', 'denied last week')
    time_openers: frozenset[str]
    #: tokens that close a clause set off inside a sentence (comma, bracket, dash)
    clause_closers: frozenset[str]
    #: tokens of a dash ('--' is two '-'), and the tokens an aside set off by dashes cannot
    #: hold ('Jana Roe -- who arrived on Friday -- said': the speaker is before the aside)
    dash_tokens: frozenset[str]
    aside_stops: frozenset[str]
    #: a briefing or news conference and the preposition of its place, in an opening participle
    #: phrase ('Asked about it at a briefing in Moscow, ...'): the place is the speaker's seat
    venue_nouns: frozenset[str]
    venue_places: frozenset[str]
    #: participles that introduce a quoted title in an apposition ('The report, titled "...",')
    title_participles: frozenset[str]
    #: lemmas of replying: after ``reply_relative`` a second speaker, the one asked
    reply_lemmas: frozenset[str]
    #: verbs of an object complement ('will keep its partners informed about ...'): the
    #: participle after their object says what state the object is kept in, not who speaks
    keeping_verbs: frozenset[str]
    #: occasions a speaker uses to speak ('used the briefing to say', 'took the opportunity to
    #: warn'): the subject of the verb whose object they are speaks the infinitive cue after them
    occasion_nouns: frozenset[str]
    #: verbs by which a subject makes a document its own, besides ``issuing_verbs`` ('signed a
    #: joint statement that condemned ...'): a relative clause's cue is the subject's words
    signing_verbs: frozenset[str]
    #: lemmas of a closing cue that relays the sentence's first speaker ('The ministry said
    #: ..., the agency reported'): the first speaker keeps the sentence
    relay_lemmas: frozenset[str]
    #: heads of a source phrase that names a news medium ('according to state television',
    #: 'according to the RIA news agency' is an outlet's): it relays another speaker's words
    relay_heads: frozenset[str]
    #: prefixes that make a name an adjective before a hyphen ('Pro-Russian separatists',
    #: 'Anti-Western protesters'): the word is a modifier, not a name
    modifier_prefixes: frozenset[str]
    #: lemmas of a closing cue whose object is its hearer ('..., a spokesman told Reuters.'): the
    #: cue still closes the sentence
    hearer_cue_lemmas: frozenset[str]
    #: nouns of a response whose owner speaks an infinitive cue after 'was to' ("The
    #: minister's response was to say that ...")
    response_nouns: frozenset[str]
    #: prepositions of a topic after a passive cue's agent ('were informed by the authorities of
    #: the measures'): with no clause after them the agent's words are not reported
    topic_only_prepositions: frozenset[str]
    #: the lemmas of cues whose hearer is the passive subject and that take such a topic
    topic_cue_lemmas: frozenset[str]
    #: weak cues whose noun object is what the speaker said ('The ministry reported shelling
    #: along the line', 'cited the figure', 'The ministry demands the release of ...')
    object_cues: frozenset[str]
    #: words after such a cue that are no object ('reported missing', 'cited above')
    object_cue_stops: frozenset[str]
    #: those of them that speak with an object only after a body, an office or a known actor ('The
    #: defence ministry reported shelling'; not 'Zephyr reported a net loss', a company's result)
    official_object_cues: frozenset[str]
    #: lemmas of cues that report an act when 'by' and a gerund follow ('Moscow responded by
    #: banning imports'), not words ('responded by saying that ...' keeps its own cue)
    act_manner_lemmas: frozenset[str]
    #: object cues whose object is what was said only as an example or a description ('The IMF
    #: pointed to the vote as an example of ...'; not 'The referee pointed to the spot')
    example_object_cues: frozenset[str]
    #: cues that report words only before 'that', a colon or a quote ('..., adding that ...';
    #: not '..., adding ten days to voyages')
    clause_only_cues: frozenset[str]
    #: cues of defending, which report a position only when what is defended is a decision, a
    #: policy or words ('defended the decision', 'is defending his tweets'; not 'defended the
    #: village'), or before 'that' or a quote
    defence_cues: frozenset[str]
    defended_objects: frozenset[str]
    #: cue forms that are also past participles without the past suffix ('said', 'told',
    #: 'found'): after a form of 'be' a passive ('The court was told that ...', 'The envoy is
    #: said to have left'), whose speaker is its agent, if any
    passive_participles: frozenset[str]
    #: participles that name who wrote a document, besides ``issuing_verbs`` ('The statement,
    #: signed by the two ministers, said ...'): the document speaks for them (not 'drafted by':
    #: a resolution drafted by one state is the council's that adopted it)
    authoring_participles: frozenset[str]
    #: cue lemmas of a stated view ('sees the move as a provocation', 'regards the vote as
    #: illegitimate'): with an object and 'as' after them, a weak cue speaks
    regarding_lemmas: frozenset[str]
    #: cue forms of that lemma that name without 'as' too ('considers the deal a capitulation')
    considering_cues: frozenset[str]
    #: words after 'as' that make it part of a phrase, not the view's 'as' ('as well as', 'as
    #: soon as')
    as_phrase_words: frozenset[str]
    #: words that open an indirect question: a negated cue before one reports silence ('did
    #: not say when the talks would resume', 'has not explained why')
    silence_questions: frozenset[str]
    #: particles joined by a hyphen to a name ('al-Obeidi', 'el-Masri', 'bin-Salman'): the
    #: word is a name though it opens in lower case (not 'co-Chair', 'ex-President')
    name_particles: frozenset[str]
    #: determiners that make a subject nobody ('No group claimed responsibility', 'no
    #: official has commented')
    negative_determiners: frozenset[str]
    #: infinitives after a participle cue that make it hearsay about its noun ('a company said
    #: to be the target', 'a man believed to have fled'): nobody identified speaks
    hearsay_infinitives: frozenset[str]
    #: participle cues that modify the noun before them when 'to' follows ('groups linked to
    #: al Qaeda'): no verb of saying
    modifier_participles: frozenset[str]
    #: cue lemmas that report a result, not words, before a result ('United claimed a 2-1 win',
    #: 'claimed the title', 'the attack claimed 12 lives')
    result_cue_lemmas: frozenset[str]
    result_objects: frozenset[str]
    #: heads of the press, whose questions are no statements ('Reporters asked whether the
    #: ceasefire was holding'; the guidelines: journalists' questions are not the speaker's
    #: stance), with the lemmas of asking
    questioner_heads: frozenset[str]
    asking_lemmas: frozenset[str]
    #: weak cue lemmas that ask something of someone with an object and an infinitive (the
    #: codebook's 'expects the Russian peacekeepers to take ... steps'; not 'want': the corpus
    #: narrates 'Gazprom wants Ukraine to pay ...' as background)
    expecting_lemmas: frozenset[str]
    #: verbs of a relative clause that names whom a person speaks for ('Lina Marsh, who heads
    #: the French delegation, said'): the clause is the person's apposition
    heading_verbs: frozenset[str]
    #: words between an anonymous source and its preposition ('officials familiar with the
    #: talks', 'a source close to the Kremlin', 'diplomats briefed on'): the source speaks
    source_modifiers: frozenset[str]
    #: every quotation mark, the single curly ones too ('‘We are ready,’ the minister said.')
    quote_marks: re.Pattern[str]
    #: the marks of a text that quotes with single straight quotes only, the British way ('We
    #: will not tolerate threats,' the minister said.): it has no double quotation mark
    straight_single_quote_marks: re.Pattern[str]
    #: single curly quotes: one opens at the start of a word, the other closes before a
    #: character that is no letter or digit ('It’s' holds an apostrophe)
    single_open_quotes: str
    single_close_quotes: str
    #: characters after which an opening single quote may stand, besides white space
    quote_openers: str
    #: endings of adjectives, for a 'consider' form's complement ('considers the vote
    #: illegal', not 'considers the next steps,')
    adjective_suffixes: tuple[str, ...]
    #: words that open a question or a free relative ('what Baku called'): never a modifier
    question_words: frozenset[str]
    #: words that make a name a body of its actor, not the actor itself ('the Security Council',
    #: 'the World Food Programme', 'the State Department'): a body speaks for itself
    body_words: frozenset[str]
    #: cues that report silence when negated ('did not respond', 'has not commented on')
    silence_cues: frozenset[str]
    #: cues of refusal: silence before 'to' and a verb of silence ('declined to comment')
    refusal_cues: frozenset[str]
    silence_verbs: frozenset[str]
    #: what a verb of saying (``silence_object_lemmas``) says when it says nothing ('said
    #: nothing about the border'): a report of silence
    silence_objects: frozenset[str]
    silence_object_lemmas: frozenset[str]
    #: measurements that speak only through whoever issued them ('UN figures', 'data from the
    #: statistics office'); with no issuer named ('official data', 'money-market pricing') no
    #: one is identified and there is no statement
    data_nouns: frozenset[str]
    #: words for hearsay ('reports', 'rumours', 'sources'): with no one named in them or after
    #: them ('according to reports', 'media reports said'; not 'reports from Moscow', 'sources
    #: close to the ministry') no one is identified and there is no statement
    hearsay_nouns: frozenset[str]
    #: modifiers that leave hearsay anonymous ('unconfirmed reports', 'local media reports';
    #: a role does not: 'security sources', 'diplomatic sources')
    hearsay_modifiers: frozenset[str]
    #: words that negate the verb after them ('not', 'never', 'has yet to')
    negations: frozenset[str]
    negation_suffixes: tuple[str, ...]
    #: auxiliaries of possibility: a cue after one is not a statement ('could call on')
    modals: frozenset[str]
    #: heads of an infinitive of need, wish, plan or readiness: a cue after one and 'to' is not a
    #: statement ('has to tell', 'wants to say', 'plans to announce')
    semi_modals: frozenset[str]
    #: subordinators of a clause of time ('after the union objected, ...')
    time_subordinators: frozenset[str]
    #: cue lemmas of acts and positions ('objected', 'backed', 'decided', 'signed'): in a clause
    #: of time and with no reported content, an event, not a statement
    event_lemmas: frozenset[str]
    #: words after a possessive cue noun that lead to what it says ('Russia's call for',
    #: 'Baku's claim that', 'X's proposal would raise taxes'); without one ('X's comments came
    #: as ...') the noun says nothing
    cue_noun_links: frozenset[str]
    #: texts an actor acts on ('vetoed the resolution, which demands ...'): their words are theirs
    voted_texts: frozenset[str]
    #: past forms spelt like the bare form ('The letter read: ...'): a verb after a singular
    bare_past_forms: frozenset[str]
    #: heads that take a plural verb without the plural suffix ('police say', British 'the
    #: Government support')
    plural_heads: frozenset[str]
    #: endings of names of peoples, plural with no suffix ('the French', 'the Chinese', 'the Taliban')
    plural_name_endings: frozenset[str]
    #: prepositions in none of the lists above ('observers around the country say')
    more_prepositions: frozenset[str]
    #: heads of a person who speaks for nobody but himself (the guidelines: residents,
    #: witnesses, analysts, unnamed diplomats have no actor), one or two words ('fund manager')
    private_roles: frozenset[str]
    #: heads of a person who speaks for the state a modifier names ('a French diplomat'), and
    #: for nobody without one ('a Western diplomat in Baku')
    agent_roles: frozenset[str]
    #: what links a role to whom it works for ('an economist for the party'): he speaks for it
    agency_prepositions: frozenset[str]
    #: what links people known by a private role to the named body they work at ('analysts at
    #: the International Crisis Group'): identified by it
    employer_prepositions: frozenset[str]
    #: marks that end a clause ('..., said the watchdog.' / '..., said the watchdog, which ...'):
    #: not an opening quotation mark ('X, said the bloc "strongly condemns" ...' is no inversion)
    clause_marks: frozenset[str]
    #: 'each side', 'either party': one of the parties a story names, identified (OTHER), or its
    #: publisher's in a readout, as 'the two sides' are
    distributive_determiners: frozenset[str]
    joint_singulars: frozenset[str]
    #: heads of a role whose 'for' names its subject, not its principal ('Special Envoy for
    #: Moldova', 'Special Representative for the Sahel'): he speaks for whoever sent him
    mission_roles: frozenset[str]
    #: nouns that make a compound with a cue word before them ('press conference', 'press
    #: release'): the cue is a noun's modifier, no verb of saying
    cue_compounds: frozenset[str]
    #: the small words inside a title before a name ('Deputy Foreign Minister of the Republic
    #: of X Ana Roe'); any other lower-case word ends it ('talks with', 'and')
    title_links: frozenset[str]
    #: heads of an organisation named by its kind ('The cabin crew union', 'a consumers'
    #: association', 'the disciplinary panel'): an identified organisation, which speaks as OTHER
    organisation_heads: frozenset[str]
    #: generic heads that stand for an international organisation named before by its name or
    #: acronym ('UNICEF said ... The agency', 'NATO ... the alliance', 'the EU ... the bloc')
    body_anaphors: frozenset[str]
    #: the words of a state office's title: written in lower case before a name ("his Russian
    #: counterpart Pavel Orlov", "Russia's foreign minister Pavel Orlov") they give the name the
    #: actor of the state the title names; capitalised alone ('The Deputy Secretary') they name
    #: an office, not an identified speaker (no OTHER)
    lower_title_words: frozenset[str]
    #: prepositions after which a state's name is what a body is about, not whom it speaks for
    #: ('the parliamentary group on Armenia', 'the Special Rapporteur on Belarus')
    topic_prepositions: frozenset[str]
    #: words that open a free relative ('whatever he wanted', 'what they want'), and the lemmas
    #: of wishing that are no speech inside one
    free_relatives: frozenset[str]
    wish_lemmas: frozenset[str]
    #: plural nouns of people whose possessive opens a body's name ("the U.N. children's agency",
    #: "the women's rights group", "a farmers' union")
    group_owner_nouns: frozenset[str]
    #: generic heads whose antecedent must bear the same head whatever actor the mention
    #: names ('the Georgian association' is no Georgian prosecutor's office)
    kind_heads: frozenset[str]
    #: heads of a body that a state's name or adjective locates but that does not speak for the
    #: state ('French companies', 'a Russian rights group', 'the Armenian opposition'): OTHER
    #: heads that are a political party's when its name is written ('Serbian Radical Party',
    #: 'the Georgian Dream party'), a side's otherwise ('the Armenian party' in talks)
    party_heads: frozenset[str]
    non_state_heads: frozenset[str]
    #: words before a role that make it a non-state body's ('U.S. steel industry officials',
    #: 'Russian opposition leaders')
    non_state_modifiers: frozenset[str]
    #: words that make such a body the state's own ('state energy company', 'state-owned')
    state_owned: frozenset[str]
    singular_auxiliaries: frozenset[str]
    ritual_cue_lemmas: frozenset[str]
    ritual_objects: frozenset[str]
    issuing_verbs: frozenset[str]
    agent_participles: frozenset[str]
    organisation_name_words: frozenset[str]
    claim_nouns: frozenset[str]
    demonstratives: frozenset[str]
    #: verbs of a first-person text's own stance or commitment after a bare state's name opening
    #: a sentence ('The United States condemns ...', '... will continue to stand with ...'): the
    #: text names its issuer
    self_subject_verbs: frozenset[str]
    #: cues of questioning ('questioned'): a statement before an indirect question ('questioned
    #: how ...') or a quality it doubts ('questioned the need for'), not before a person ('Police
    #: questioned the suspect')
    question_cues: frozenset[str]
    questioned_objects: frozenset[str]
    #: verbs before 'to' whose subject is the next verb's ('seemed to suggest', 'appears to
    #: back'): a cue after them is a verb, not a noun after the preposition 'to'
    raising_verbs: frozenset[str]
    #: '-ing' cue forms that are adjectives or nouns elsewhere ('a promising start', 'encouraging
    #: signs', 'calling card', 'threatening letters'): a cue only after a form of 'be' ('is promising to')
    progressive_cues: frozenset[str]
    #: subjects of an adjective's 'be' ('It is encouraging that', 'What is promising is'): no
    #: speaker before a progressive cue
    expletive_subjects: frozenset[str]
    agent_marker: str
    #: the word between a quantifier and its whole ('one of the lawyers')
    partitive: str
    #: the plural of 'member' ('Council members', 'members of the council' speak for the body)
    member_head: str
    past_suffix: str
    infinitive_marker: str
    plural_suffix: str
    agent_suffixes: tuple[str, ...]
    open_quotes: str
    close_quotes: str
    #: the marks that close a quote opened by a mark of another style ('„…“' in German, '»…«'),
    #: where any closing mark would not
    quote_closers: Mapping[str, str]
    sentence_end_chars: str
    #: what may end a list item that is a full clause (';', ',')
    item_end_chars: str
    #: the word before a participle of saying after a quoted person ('quoted X as saying')
    as_marker: str
    header_end_chars: str
    #: what may stand between a quote's end and the speaker who follows it ('"...," she said')
    quote_gap: str
    question_tag_prefix: str
    adverb_suffix: str
    #: words with the adverb suffix that are no adverbs ('family', 'ally', 'reply')
    not_adverbs: frozenset[str]
    participle_suffix: str
    verb_endings: tuple[str, ...]
    quote_reach: int
    #: the characters a possessive can end with (from ``possessive``), checked before the pattern
    possessive_last: str
    #: derived: the first three matches of ``word`` in a span, as groups 1 to 3 (None for those
    #: the span has not): how many words a sentence has, up to three, in one match
    first_words: re.Pattern[str]
    #: derived: prepositions, conjunctions, complementisers, subordinators, question words and
    #: finite auxiliaries, none of which modifies a speaker's head noun
    function_words: frozenset[str]
    #: a speech's opening that names the group it speaks for ('On behalf of the Nordic
    #: countries, I ...', 'I have the honour to speak on behalf of the European Union.'): group 1
    #: the first-person subject before, group 2 'Allow me,', group 3 the group
    behalf_speech: re.Pattern[str]
    #: a sentence that only reports that a body issued a statement ('The Armenian foreign
    #: ministry issued a statement on Monday.'): group 1 the body, whom a later 'the statement'
    #: stands for
    document_issued: re.Pattern[str]
    #: a narration sentence saying a body published a report ('Human Rights Watch published a
    #: report on Monday.'): the body (group 1) and the document's noun (group 2)
    document_published: re.Pattern[str]
    #: nouns that stand for any document named before ('the document', 'the paper')
    document_generics: frozenset[str]
    #: an impersonal passive of saying with no source ('It was emphasized that ...', 'It is
    #: noted with deep concern that ...'): right after a body's statement, that statement goes on
    impersonal_passive: re.Pattern[str]
    #: words of a title that names an occasion of speaking ('Armenia: Press conference',
    #: 'Interview of the Armenian Foreign Minister'), whose state the turns under it speak for;
    #: a title with none of them (nor a role or a body's head) names a topic ('Georgia:
    #: Elections', 'Situation in Georgia'), whose state is not the speakers'
    spoken_title_words: frozenset[str]
    #: the second part of a compound that names who leads or backs a body ('NATO-led',
    #: 'Saudi-backed'), not the body itself
    leader_participles: frozenset[str]
    #: heads of a body deployed in a place that is not the place's own ('the NATO-led force in
    #: Kosovo', 'the Saudi-led coalition in Yemen'; not 'the U.S.-backed government in Kabul')
    deployed_heads: frozenset[str]
    #: quantifiers before 'of whom' / 'of which' after a comma ('the families, many of whom
    #: say ...'): part of the antecedent speaks ('none of whom' is nobody, 'few of whom' hedges)
    partitive_quantifiers: frozenset[str]
    #: words that open a free relative as a sentence's subject ('Everything X says is a lie',
    #: 'What X said was false'): the sentence is about what X says, the writer's claim
    free_relative_heads: frozenset[str]
    #: adverbs of place after a relative clause's antecedent ('demonstrators here, who ...')
    place_adverbs: frozenset[str]

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> Rules:
        """Build the rules from the parsed ``rules.json`` of a shipped language."""
        strings = ("open_quotes", "close_quotes", "sentence_end_chars", "header_end_chars",
                   "question_tag_prefix", "adverb_suffix", "participle_suffix", "past_suffix",
                   "item_end_chars", "as_marker",
                   "infinitive_marker", "plural_suffix", "agent_marker", "partitive",
                   "release_publisher", "single_open_quotes", "single_close_quotes",
                   "quote_openers", "member_head", "un_release_publisher", "quote_gap")  # fmt: skip
        kw: dict[str, Any] = {k: re.compile(doc[k]) for k in _PATTERNS}
        kw.update({k: frozenset(doc[k]) for k in _SETS})
        kw.update({k: str(doc[k]) for k in strings})
        kw["verb_endings"] = tuple(doc["verb_endings"])
        kw["agent_suffixes"] = tuple(doc["agent_suffixes"])
        kw["number_approximators"] = tuple(tuple(str(p).split()) for p in doc["number_approximators"])
        kw["delegation_openers"] = tuple(tuple(str(p).split()) for p in doc["delegation_openers"])
        kw["negation_suffixes"] = tuple(doc["negation_suffixes"])
        kw["adjective_suffixes"] = tuple(doc["adjective_suffixes"])
        kw["possessive_last"] = str(doc["possessive_last"])
        kw["owner_pronouns"] = {str(k): str(v) for k, v in doc["owner_pronouns"].items()}
        kw["quote_closers"] = {str(k): str(v) for k, v in doc["quote_closers"].items()}
        kw["noun_compounds"] = {str(k): frozenset(map(str, v)) for k, v in doc["noun_compounds"].items()}
        kw["compound_heads"] = {str(k): frozenset(map(str, v)) for k, v in doc["compound_heads"].items()}
        kw["literal_objects"] = {str(k): frozenset(map(str, v)) for k, v in doc["literal_objects"].items()}
        # words that never modify a speaker's head noun (phrases._modifier), from the lists above
        kw["function_words"] = frozenset({kw["infinitive_marker"]}).union(*(kw[k] for k in _FUNCTION_SETS))
        # the lazy gaps find each next match of 'word' where a scan finds it; the groups after
        # the first are optional, so the match never gives back a character of an earlier word
        word = f"(?s:.*?({doc['word']}))"
        kw["first_words"] = re.compile(f"{word}(?:{word}(?:{word})?)?")
        return cls(**kw, quote_reach=int(doc["quote_reach"]))


@dataclass(frozen=True)
class Language:
    """Everything the segmenter knows about one language, loaded once and passed to the phases."""

    code: str
    lexicon: Lexicon
    rules: Rules


@lru_cache(maxsize=8)
def _rules(lang: str) -> Rules:
    return Rules.from_dict(json.loads(lang_text(lang, "rules.json")))


def language(lang: str = "en", lexicon: Lexicon | None = None) -> Language:
    """The resources of ``lang`` (cached), with ``lexicon`` in place of the shipped one if given.

    Raises
    ------
    StanceValueError
        If the library has no resources for ``lang`` (the message lists those it has).
    """
    code = check_language(lang)
    return Language(code, lexicon or _lexicon(code), _rules(code))
