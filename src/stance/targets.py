"""Targets of blame and call to action: the actors a statement blames or calls upon.

A rule on top of the gazetteer: the actors a statement names, less the speaker's own actor;
for calls, those after the call cue (``urged Baku to ...``), or before a modal cue
(``Armenia and Azerbaijan need to ...``). Phrases such as ``the parties`` or ``both sides``
stand for the conflict parties when the caller knows them (see :func:`conflict_parties`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from ._data import package_json
from .actors import ActorMatch, Gazetteer, codebook_code, default_gazetteer
from .errors import invalid_value

__all__ = ["answered_actor", "conflict_parties", "find_targets", "speaker_spans"]


@lru_cache(maxsize=1)
def _gap() -> re.Pattern[str]:
    """The words that may stand between a marker and its mention: never "by" (which names a doer)
    nor a word that opens a clause ("killed when Russian drones struck ...", "crimes for which
    the leadership is responsible": ``target_cues.json``, ``gap_stops``)."""
    stops = "|".join(["by", *package_json("target_cues.json")["gap_stops"]])
    return re.compile(rf"(?:(?!(?:{stops})\b)[\w\u2019'-]+\s+){{0,3}}")


class _Marker:
    """A phrase that gives the mention right after it a role ("an attack on", "by", "in"),
    with at most ``words`` words between the phrase and the mention (never "by")."""

    def __init__(self, pattern: str, words: int = 0) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        # the same pattern for lower-cased text: case-sensitive matching is several times faster
        self.folded = re.compile(_fold(pattern))
        self.words = words


def _fold(pattern: str) -> str:
    """A regular expression lower-cased outside its escapes (``\\S`` stays ``\\S``)."""
    return re.sub(r"(\\.)|([A-Z])", lambda m: m.group(1) or m.group(2).lower(), pattern)


class _Text:
    """A statement and the ends of each marker's matches in it, found once (one pass per marker
    over the text, then a binary search per mention)."""

    def __init__(self, text: str) -> None:
        self.text = text
        lower = text.lower()
        # lower-casing keeps offsets unless a character expands (rare: "İ"); then ignore case
        self.folded = lower if len(lower) == len(text) else None
        self._ends: dict[int, tuple[list[int], list[int]]] = {}

    def before(self, h: ActorMatch, marker: _Marker, skip: tuple[int, int] = (0, 0)) -> bool:
        """Whether ``marker`` ends just before the mention (or a few words before it), in a match
        that does not start inside ``skip`` (a cue whose own preposition is no marker)."""
        spans = self._ends.get(id(marker))
        if spans is None:
            if self.folded is not None:
                found = list(marker.folded.finditer(self.folded))
            else:
                found = list(marker.pattern.finditer(self.text))
            spans = self._ends[id(marker)] = ([m.end() for m in found], [m.start() for m in found])
        ends, starts = spans
        i = bisect_right(ends, h.start) - 1
        if i < 0 or skip[0] <= starts[i] < skip[1]:
            return False
        gap = self.text[ends[i] : h.start]
        if not marker.words:
            return not gap
        return len(gap) <= 64 and _gap().fullmatch(gap) is not None


_MODAL = re.compile(r"^(?:need|must|should)", re.IGNORECASE)
# A mention right after one of these is a place, not a party ("withdraw from Ukraine").
_LOCATIVE = _Marker(
    r"\b(?:in|into|to|from|around|across|through|near|inside|within|throughout|territory of|parts of|"
    r"the (?:south|north|east|west) of)\s+(?:the\s+)?(?:(?:south|north|east|west)ern\s+)?"
)
# In a blame, "from X" names a source ("pressure from Washington"), not a place.
_PLACE = _Marker(
    r"\b(?:in|into|to|around|across|through|near|inside|within|throughout|territory of|parts of|"
    r"the (?:south|north|east|west) of)\s+(?:the\s+)?(?:(?:south|north|east|west)ern\s+)?"
)
# The addressee of a call ends where the requested act begins.
# ("urged Baku to withdraw"; "to the agencies" is a preposition, not the act).
_ACT = re.compile(
    r"\s(?:not\s+)?to\s(?!(?:the|a|an|all|its|their|our|his|her|both|each|every|those|these|this)\b)"
    r"|\s(?:that|for)\s|[,;:]",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.!?]")
_SPACE = re.compile(r"\s*")
_TO = re.compile(r"(?:not\s+)?to\s", re.IGNORECASE)

_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be)\s+$", re.IGNORECASE)
_ACCUSE = re.compile(r"accus|condemn|blam|denounc|criticis|criticiz", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|them|him|her)\b", re.IGNORECASE)
# "A call for the withdrawal ... was sent to the Azerbaijani side": whom a call was sent to is its
# addressee, though "to X" is otherwise a place
_SENT_TO = _Marker(
    r"\b(?:was|were|been|is|are)\s+(?:sent|addressed|delivered|conveyed|passed|handed|forwarded|"
    r"transmitted)\s+to\s+(?:the\s+)?"
)
# "the parties in the Middle East": a party phrase placed in a named region
_ELSEWHERE = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?[A-Z]")
# "detainees held in Azerbaijan", "citizens jailed in Belarus": the state that holds them, not a
# place (talks "held in Havana" are only hosted there)
_HELD_IN = _Marker(
    r"(?:\b(?:prisoners?|detainees|captives|hostages|citizens|nationals|people|persons|soldiers|servicemen|"
    r"civilians|journalists|activists|leaders|officials|those|them)\b(?:\s+[\w-]+){0,3}?\s+(?:held|kept)|"
    r"\b(?:detained|imprisoned|jailed|incarcerated))\s+(?:captive\s+|hostage\s+)?in\s+(?:the\s+)?"
)
_AGAINST = _Marker(r"\bagainst\s+(?:the\s+)?")
_POSSESSOR = re.compile(r"['\u2019]s\b")
# "by X" names who did it, whatever precedes it.
_BY = _Marker(r"\bby\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(package_json("target_cues.json").get("places", []))


@lru_cache(maxsize=1)
def _not_parties() -> frozenset[str]:
    """Codes of bodies that mediate or observe (the UN, the OSCE, ...): never conflict parties."""
    return frozenset(package_json("target_cues.json").get("not_parties", ["UN"]))


_Cues = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]


@lru_cache(maxsize=1)
def _cues() -> tuple[_Cues, _Cues]:
    """The call, blame and party cues: for lower-cased ASCII text (case-sensitive, with a
    first-letter check; about 2.5 times faster) and for any text (ignoring case)."""
    doc = package_json("target_cues.json")

    def compile_(words: list[str], flags: int) -> re.Pattern[str]:
        first = "" if flags else "(?=[" + "".join(sorted({w[0] for w in words})) + "])"
        return re.compile(first + r"\b(?:" + "|".join(words) + r")\b", flags)

    keys = ("call", "blame", "parties")
    folded = tuple(compile_([w.lower() for w in doc[k]], 0) for k in keys)
    any_case = tuple(compile_(doc[k], re.IGNORECASE) for k in keys)
    return (folded[0], folded[1], folded[2]), (any_case[0], any_case[1], any_case[2])


class _Roles:
    """The patterns that give a mention its role in a statement (from ``target_cues.json``)."""

    def __init__(self) -> None:
        doc = package_json("target_cues.json")
        det = r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+|an\s+|all\s+)?"
        prep = r"(?:on|upon|against|of|at|to|toward|towards|into|with|for)\s+"
        harm, verbs = "|".join(doc["harm"]), "|".join(doc["harm_verbs"])
        dates = "|".join(doc["dates"])
        # the object of a harm is its victim (or beneficiary): "an attack on the Ukrainian port",
        # "the deaths of UN peacekeepers", "shelled Armenian villages", "solidarity with Kyiv", also
        # with a date between the harm and its object ("the attack on 30 September against ..."); but
        # "of" after an act names who does it ("the attacks of the Taliban", "the crimes of the
        # regime": ``harm_of_doer``), unlike "the deaths of X", "the shelling of X"
        doers = "|".join(doc["harm_of_doer"])
        self.victim = _Marker(
            rf"(?:\b(?!(?:{doers})[\u201d\u2019\"']?\s+(?!(?:{dates}))of\b)(?:{harm})[\u201d\u2019\"']?\s+"
            rf"(?:(?:{dates})\s+)?{prep}|\b(?:{verbs})\s+){det}",
            3,
        )
        # right after a mention: what it holds ("Armenian territory", "Armenia's sovereignty") or a
        # harm it faces ("Armenia ... in the face of the attacks"); either way it is no culprit
        held = "|".join(doc["held"] + doc["documents"])
        self.held = re.compile(rf"(?:['\u2019]s)?\s+(?:{held})\b", re.IGNORECASE)
        # a mention cleared of blame: "Armenia is not responsible", "Moscow bears no
        # responsibility", "Azerbaijan, not Armenia, is ...", "rather than Baku"
        cleared = "|".join(doc["cleared"])
        lower_words = r"(?-i:\s+[a-z][\w-]*){0,2}?"  # 'Armenian forces', "Russia's government"
        self.cleared = re.compile(rf"(?:['\u2019]s)?{lower_words},?\s+(?:{cleared})\b", re.IGNORECASE)
        self.cleared_before = _Marker("|".join(doc["cleared_before"]))
        # a party's allies ("Armenia's partners", "Kiev's European sponsors") are others than it
        associates = "|".join(doc["associates"])
        self.associates = re.compile(rf"['\u2019]s\s+(?:[A-Z][\w-]+\s+)?(?:{associates})\b")
        # a body named as the author of a document ("the resolutions of this Council") is no party
        documents = "|".join(doc["documents"])
        self.document_of = re.compile(rf"\b(?:{documents})\s+of\s+(?:the\s+|this\s+)?$", re.IGNORECASE)
        self.facing = re.compile(
            rf"(?:['\u2019]s)?,?(?:\s+[\w\u2019'-]+){{0,5}}?\s+(?:{'|'.join(doc['facing'])})\s+{det}"
            rf"(?:[\w-]+\s+){{0,2}}(?:{harm})\b",
            re.IGNORECASE,
        )
        self.reporting = re.compile(rf"\b(?:{'|'.join(doc['reporting'])})\b", re.IGNORECASE)
        self.pair_join = re.compile("|".join(doc["pair_joins"]))
        # a state named as keeping or brokering the peace: "the Russian peacekeepers", "the
        # Russian-brokered ceasefire"
        third, joined = "|".join(doc["third_party"]), "|".join(doc["third_party_compound"])
        self.third_party = re.compile(
            rf"(?:['\u2019]s)?(?:-(?:{joined})\b|\s+(?:{third})\b)", re.IGNORECASE
        )
        between = "|".join(doc["pair_between"])
        self.pair_between = re.compile(rf"\b(?:{between})\s+(?:the\s+)?$", re.IGNORECASE)
        self.inverted = re.compile(rf"(?:{'|'.join(doc['reporting_inverted'])})", re.IGNORECASE)
        self.wish = re.compile(rf"(?:{'|'.join(doc['wish'])})", re.IGNORECASE)
        self.claim = re.compile(rf"\b(?:{'|'.join(doc['claim'])})\b", re.IGNORECASE)
        rebuttal = doc["rebuttal"]
        self.rebuttal = re.compile(rf"\b(?:{'|'.join(rebuttal)})\b", re.IGNORECASE)
        # the same for lower-cased ASCII text, with a first-letter check (several times faster)
        first = "".join(sorted({w[0].lower() for w in rebuttal}))
        self.rebuttal_folded = re.compile(rf"(?=[{first}])\b(?:{'|'.join(w.lower() for w in rebuttal)})\b")
        self.co_chair_codes: tuple[str, ...] = tuple(doc["co_chair_codes"])
        self.co_chair_body: str = doc["co_chair_body"]
        # whom a requested act should help is not the addressee ("cooperate with the UN mission")
        asks = "|".join(doc["requests"])
        pre = r"(?:(?:the|a|an|maximum|utmost|immediate|full)\s+)*"
        self.request = re.compile(rf"\s*{pre}(?:{asks})\b", re.IGNORECASE)
        self.helped = _Marker(rf"\b(?:{'|'.join(doc['help'])})\s+{det}", 3)
        self.help_preps = frozenset(doc["help_preps"])
        self.helped_in_act = _Marker(rf"\b(?:{'|'.join(doc['help'] + doc['help_preps'])})\s+{det}", 3)
        # a requested act that belongs to a possessive pronoun: "their immediate release"
        acts = "|".join(doc["possessed_acts"])
        self.possessed = re.compile(
            rf"(?:its|their|his|her)\s+(?:[\w-]+(?:,|\s+and|\s+or)?\s+){{0,4}}?(?:{acts})\b", re.IGNORECASE
        )
        self.conflict = re.compile(rf"\b(?:{'|'.join(doc['conflict'])})\b", re.IGNORECASE)
        self.ceasefire = re.compile(rf"\b(?:{'|'.join(doc['ceasefire'])})\b", re.IGNORECASE)
        # "demanded that", "demand once again that", "insisted on Monday that": up to three adverbial
        # words between a call cue and "that" (not a noun: "urged the parties that are fighting to")
        adverbs = "|".join(doc["before_that"])
        self.that = re.compile(rf"\s*(?:(?:(?:{adverbs}),?\s+){{0,3}}?that\s+)?")
        self.co_chairs = re.compile(rf"\b(?:{'|'.join(doc['co_chairs'])})\b", re.IGNORECASE)
        generic = "|".join(doc["other_generic"])
        harmed = "|".join(doc["harmed"])
        self.harmed = re.compile(rf"(?:['\u2019]s)?\s+(?:{harmed})\b")
        # a mention right before a harm does it ("the Azerbaijani blockade", "Russia's continued
        # attacks"), even after a preposition that otherwise marks a place ("an end to ...")
        self.doer = re.compile(rf"(?:['\u2019]s)?(?-i:\s+[a-z][\w-]*){{0,2}}?\s+(?:{harm})\b", re.IGNORECASE)
        foe = "|".join(doc["adversary"])
        # who governs a place is that place's actor: "the leadership in Baku", "the Government of
        # Armenia" (a place after "in" or "of" is otherwise no party)
        seat = "|".join(doc["seat"])
        self.seat = re.compile(
            rf"\b(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{seat})\s+(?:in|of)\s+(?:the\s+)?$",
            re.IGNORECASE,
        )
        self.seat_tail = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
        self.adversary = re.compile(rf"\b(?:the|an?)\s+(?:{foe})\b", re.IGNORECASE)
        # the words between the determiner and the noun are its modifiers, never a new noun phrase
        # ("called the attack a terrorist act": the act is terrorist, no terrorists are named)
        self.generic = re.compile(
            rf"\b(?:the|its|their)\s+(?:(?!(?:a|an|the)\b)[\w-]+\s+){{0,2}}(?:{generic})\b", re.IGNORECASE
        )
        self.failure = re.compile(rf"\b(?:{'|'.join(doc['failure'])})\b", re.IGNORECASE)
        self.reciprocal = re.compile(rf"\b(?:{'|'.join(doc['reciprocal'])})\b", re.IGNORECASE)
        self.sides = re.compile(rf"\b(?:{'|'.join(doc['parties'] + doc['each_side'])})\b", re.IGNORECASE)
        self.foe = re.compile(
            rf"\b(?:{'|'.join(doc['against_foe'])})\s+(?:[\w\u2019'-]+,?\s+){{0,6}}?against\s+(?:the\s+)?\Z",
            re.IGNORECASE,
        )
        self.abetting = _Marker(
            rf"\b(?:with|under)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:{'|'.join(doc['abetting'])})\s+of\s+{det}"
        )
        self.cessation = re.compile(rf"\b(?:{'|'.join(doc['cessation'])})\b", re.IGNORECASE)
        nobody = "|".join(re.escape(w) for w in doc["no_target"])
        self.nobody = re.compile(rf"\s*(?:{nobody})?\s*$", re.IGNORECASE)
        self.others = Gazetteer(
            [
                {"code": "OTHER", "name": "other", "mentions": doc["other_names"]},
                {"code": "USA", "name": "the West", "mentions": doc["west"]},
                {"code": "UN", "name": "United Nations", "mentions": doc["un_names"]},
            ]
        )


@lru_cache(maxsize=1)
def _roles() -> _Roles:
    return _Roles()


def conflict_parties(
    text: str,
    gazetteer: Gazetteer | None = None,
    top: int = 3,
    skip: Sequence[tuple[int, int]] = (),
    min_share: float = 0.2,
) -> tuple[str, ...]:
    """The actors an article names most often (other than the UN, the OSCE and other bodies that
    mediate or observe: ``target_cues.json``, ``not_parties``), most named first.

    An actor counts when it is named at least twice and at least ``min_share`` times as often
    as the most named one (an article about Tigray that names Russia twice is not about Russia).

    ``find_targets`` takes the first two of them that are not the speaker as "the parties".
    States the gazetteer knows count under their own codes (in an article about a war in Georgia,
    "both sides" are GEO and RUS; evaluation against the gold counts GEO as OTHER); groups it
    does not know (the Taliban, Hamas) count together as ``OTHER``. Mentions
    inside the ``skip`` spans (the speakers' own mentions) are not counted: parties are who an
    article talks about, not who talks. Nor are mentions of a state as keeping or brokering the
    peace ("the Russian peacekeepers", "the Russian-brokered truce": ``third_party``). Time:
    linear in the text (the spans are merged and searched by bisection).

    Examples
    --------
    >>> conflict_parties("Armenia and Azerbaijan clashed. Baku and Yerevan traded blame. Russia ...")
    ('ARM', 'AZE')
    """
    gaz = gazetteer or default_gazetteer()
    places = _places()
    mediators = _not_parties()
    roles = _roles()
    starts, ends = _merged(skip)
    mentions = [
        h
        for h in _party_mentions(text, gaz)
        if h.code not in mediators
        and h.mention not in places
        and not _inside(h.start, starts, ends)
        and not roles.third_party.match(text, h.end)
    ]
    counts = Counter(h.code for h in mentions)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    most = ranked[0][1] if ranked else 0
    parties = tuple(code for code, n in ranked[:top] if n >= 2 and n >= min_share * most)
    if len(parties) >= 2:
        return parties
    return _paired(text, mentions, parties, top, gaz, mediators | _places())


def _paired(
    text: str,
    mentions: Sequence[ActorMatch],
    parties: tuple[str, ...],
    top: int,
    gaz: Gazetteer | None = None,
    not_parties: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """``parties``, or when they are fewer than two, led by the pair the text names most often as
    two sides ("the hostilities between Armenia and Azerbaijan", "the Armenia-Azerbaijan border",
    "the Georgian-Russian frontier", or a headline that names two actors and a conflict:
    "Azerbaijan, Armenia report casualties in border fighting"): one such phrase names a
    conflict's parties as well as counting does."""
    if len(parties) >= 2:
        return parties
    roles = _roles()
    gaz = gaz or default_gazetteer()
    not_parties = _not_parties() | _places() if not_parties is None else not_parties
    pairs: Counter[tuple[str, str]] = Counter()
    for a, b in pairwise(mentions):
        join = roles.pair_join.fullmatch(text, a.end, b.start)
        if a.code == b.code or join is None:
            continue
        dash = not any(c.isalpha() for c in join.group(0))  # "Armenia-Azerbaijan", "Kyiv/Moscow"
        if dash or roles.pair_between.search(text, max(0, a.start - 16), a.start):
            pairs[(a.code, b.code)] += 1
    # a hyphen joins two names into one word, which the gazetteer does not read as two mentions;
    # the pair are sides when a conflict follows ("the Armenian-Azerbaijani conflict"), not in
    # "a Russia-China draft" or "Iranian-Americans"
    for m in _COMPOUND.finditer(text):
        if not roles.conflict.match(text, m.end() + 1) or not text[m.end() : m.end() + 1].isspace():
            continue
        a_code, b_code = (_one_code(part, gaz) for part in m.group(0).split("-"))
        if a_code and b_code and a_code != b_code and not {a_code, b_code} & not_parties:
            pairs[(a_code, b_code)] += 1
    # a headline (a first line with no stop, a blank line after it) that names a conflict names
    # its two sides: "Kyrgyzstan and Tajikistan exchange fire at disputed frontier"
    head = _HEADLINE.match(text)
    if head is not None and roles.conflict.search(head.group(1)):
        named = [h for h in mentions if h.end <= head.end(1)]
        for a, b in pairwise(named):
            if a.code != b.code and _AND.fullmatch(text, a.end, b.start):
                pairs[(a.code, b.code)] += 1
                break
    if not pairs:
        return parties
    pair = pairs.most_common(1)[0][0]
    return (*pair, *[p for p in parties if p not in pair])[:top]


# two names joined by a hyphen into one word: "Armenia-Azerbaijan", "Georgian-Russian"
_COMPOUND = re.compile(r"(?<![\w-])[A-Z][a-z]+-[A-Z][a-z]+(?![\w-])")
# a first line with no stop at its end and a blank line after it
_HEADLINE = re.compile(r"\s*([^\n]{8,200}?)(?<![.!?:\"\u201d])[ \t]*\n[ \t]*\n")


def _one_code(part: str, gaz: Gazetteer) -> str | None:
    """The code of a word that is one gazetteer mention as a whole ("Armenia", "Georgian")."""
    found = gaz.find(part)
    return found[0].code if len(found) == 1 and found[0].start == 0 and found[0].end == len(part) else None


def _party_mentions(text: str, gaz: Gazetteer) -> list[ActorMatch]:
    """Gazetteer mentions plus those of states and groups outside the actor codes (OTHER)."""
    return _with_others(text, list(gaz.find(text)), _roles())


def _merged(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of ``[a, b)`` spans as sorted, disjoint starts and ends (empty spans dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted((a, b) for a, b in spans if a < b):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``pos`` lies in one of the merged spans (a binary search: O(log n))."""
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def _overlaps(a: int, b: int, starts: list[int], ends: list[int]) -> bool:
    """Whether ``[a, b)`` overlaps one of the merged spans (the last one starting before ``b``
    is the only candidate: O(log n))."""
    i = bisect_left(starts, b) - 1
    return i >= 0 and ends[i] > a


def find_targets(
    text: str,
    label: str,
    speaker_actor: str | None = None,
    parties: Sequence[str] = (),
    gazetteer: Gazetteer | None = None,
    *,
    mentions: Sequence[ActorMatch] | None = None,
    answered: str | None = None,
    context: str = "",
) -> tuple[str, ...]:
    """Actor codes that ``text`` blames (``label="blame"``) or calls upon (``"call_to_action"``).

    Culprits, not victims: a mention that is the object of a harm (``an attack on X``, ``the
    deaths of X``, ``shelled X``) is never blamed, and one after ``by`` always may be. The
    addressee of a call, not whom the call should help: a mention after the requested act
    begins (``urged Baku to cooperate with the UN``) is not called upon. States and groups
    outside the actor codes (``target_cues.json``, ``other_names``) are ``OTHER``. With nobody
    named, a blame falls on the other conflict party when the speaker is one of them, and a
    call for a ceasefire or restraint on the conflict parties.

    Parameters
    ----------
    text : the statement.
    label : ``"blame"`` or ``"call_to_action"``.
    speaker_actor : the speaker's own actor, never its own target.
    parties : the codes ``the parties`` / ``both sides`` stand for (empty: unresolved).
    gazetteer : the actor gazetteer (default: the shipped one).
    mentions : ``gazetteer.find(text)``, when the caller has it already (scoring both labels).
    answered : the actor of the statement right before this one, when another speaker's: a
        rebuttal that names no party ("This is an outright lie.") blames it.
    context : the text before the statement (its last sentence is read; more is ignored). A
        blame that names no culprit ("France condemns them in the strongest terms.") blames the
        culprits of that sentence, and a call on a pronoun ("We urge them to stop.") calls on them.
        When it names neither of ``parties``, "both sides" are the two it names most (a
        paragraph about another conflict in a briefing or a UN speech).

    Examples
    --------
    >>> find_targets("The ministry urged Baku to withdraw its troops.", "call_to_action", "FRA")
    ('AZE',)
    >>> find_targets("It urged the warring sides to show restraint.", "call_to_action", "RUS",
    ...              parties=("ARM", "AZE"))
    ('ARM', 'AZE')
    >>> find_targets("We condemn the attack on the Ukrainian port by Russian forces.", "blame", "FRA")
    ('RUS',)
    >>> find_targets("France condemns them.", "blame", "FRA", context="Russian drones struck Odesa.")
    ('RUS',)
    """
    if label not in ("blame", "call_to_action"):
        raise invalid_value("label", ("blame", "call_to_action"), label)
    gaz = gazetteer or default_gazetteer()
    places = _places()
    roles = _roles()
    found_t = tuple(gaz.find(text) if mentions is None else mentions)
    # statements are short; a long text is not kept in the cache
    found = list(_extended(text, found_t) if len(text) <= 4096 else _extended.__wrapped__(text, found_t))
    # "Armenia's partners": others than Armenia (OTHER, as states outside the actor codes are)
    found = [
        ActorMatch(h.start, h.end, h.mention, "OTHER", "associates")
        if h.code != "OTHER" and roles.associates.match(text, h.end)
        else h
        for h in found
    ]
    mutual = _mutual_targets(text, found, parties, speaker_actor, roles) if label == "blame" else None
    if mutual is not None:
        return mutual
    head: list[ActorMatch] = []
    if speaker_actor is None:
        head = _head(text, found)
        speaker_actor = head[0].code if head else None
    elif speaker_actor in (*roles.co_chair_codes, roles.co_chair_body) and any(
        h.name == "co-chairs" for h in found
    ):
        # "The Co-Chairs stressed ..." spoken by a co-chair or the OSCE: its speaker, not its target
        head = [h for h in _head(text, found) if h.name == "co-chairs"]
    elif speaker_actor == "OTHER" and label == "call_to_action":
        # "Turkey's Foreign Ministry said Armenia should end ...": a speaker outside the codes,
        # named at the head of its statement under a code of its own, calls on others
        head = [h for h in _head(text, found) if codebook_code(h.code) == "OTHER"]
    if context and len(parties) >= 2 and _cues()[1][2].search(text):
        # "both sides" in an article about several conflicts: when the text before names neither
        # of the article's parties, the two it names most
        near = context[-CONTEXT_CHARS:]
        named = {h.code for h in gaz.find(near)}
        if not named & set(parties[:2]):
            local = conflict_parties(near, gaz)
            if len(local) >= 2:
                parties = local
    all_parties = list(parties)
    parties = [p for p in parties if p != speaker_actor][:2]
    tx = _Text(text)  # the markers' matches, found once for every cue and rule below
    verb = roles.reporting.search(text) if speaker_actor == "OTHER" else None
    verb_at = verb.start() if verb is not None else -1
    hits = [
        h
        for h in found
        if h.mention not in places
        and not _own(h, speaker_actor, verb_at)
        and h not in head
        and not roles.held.match(text, h.end)
        and not _authored(text, h, roles)
        and not _cleared(tx, h, roles)
    ]
    if answered == speaker_actor:
        answered = None
    if label == "blame" and not hits and not parties and not answered and not roles.generic.search(text):
        # nobody to name: every blame rule below would return ()
        return _from_context(context, speaker_actor, all_parties, gaz)
    folded, any_case = _cues()
    # lower-casing keeps offsets only for ASCII text; other text is matched ignoring case
    ascii_ = text.isascii()
    subject = text.lower() if ascii_ else text
    call_cue, blame_cue, party_phrase = folded if ascii_ else any_case
    # OTHER is everyone outside the codes: an OTHER speaker is not the OTHER party
    speaker_side = speaker_actor not in (None, "OTHER") and speaker_actor in all_parties[:2]
    if (
        speaker_actor not in (None, "OTHER")
        and len(all_parties) == 1
        and speaker_actor not in _not_parties()
        and all_parties[0] != speaker_actor
    ):
        # the article's one party, named by a state that speaks of it (the speaker's own name,
        # as who talks, is not counted): the speaker is the other side, unless the text before
        # names a third state (which may be the party's foe: "Russian drones strike Ukrainian
        # cities")
        seen = {h.code for h in gaz.find(context[-CONTEXT_CHARS:])} - {speaker_actor, all_parties[0]}
        speaker_side = not seen - _not_parties()
    if label == "call_to_action":
        other_side = parties[0] if speaker_side and parties else None
        # the first call cue that names someone ("The ... must go to the people who need it, and we
        # call on the Council to ..."): a later cue is read only when an earlier one names nobody
        cue = call_cue.search(subject)
        called, pronoun, owned = _call_targets(
            tx, subject, found, hits, parties, cue, party_phrase, roles, other_side
        )
        while cue is not None and not called and not pronoun:
            cue = call_cue.search(subject, cue.end())
            if cue is not None:
                called, pronoun, owned = _call_targets(
                    tx, subject, found, hits, parties, cue, party_phrase, roles, other_side
                )
        if not called and pronoun:
            return _from_context(context, speaker_actor, all_parties, gaz)
        if owned >= 0 and called in ((), ("OTHER",)):
            # "condemns the Azerbaijani offensive and demands its immediate end": the culprit of
            # what the statement says before the call, else of the sentence before it
            owner = find_targets(text[:owned], "blame", speaker_actor, (), gaz) if owned else ()
            return owner or _from_context(context, speaker_actor, (), gaz) or called
        return called
    rebuttal = roles.rebuttal_folded if ascii_ else roles.rebuttal
    rebutted = rebuttal.search(subject) is not None
    if hits or not rebutted:
        answered = None  # a rebuttal that names a party speaks for itself
    claimed = _claimed(text, subject, roles, rebuttal) if rebutted else (0, 0)
    blamed = _blame_targets(
        tx, subject, found, hits, parties, speaker_side, blame_cue, party_phrase, roles, answered, claimed
    )
    return blamed or _from_context(context, speaker_actor, all_parties, gaz)


def _mutual(
    text: str, found: Sequence[ActorMatch], parties: Sequence[str], roles: _Roles
) -> tuple[tuple[str, ...], bool, re.Match[str]] | None:
    """The parties that blame each other ("Armenia and Azerbaijan blamed each other for the clash",
    "Baku and Yerevan traded accusations": ``target_cues.json``, ``reciprocal``), whether they are
    named (the pair just before the cue) or are the conflict parties in a statement that names
    nobody ("the two sides blamed each other", "each side blamed the other"), and the cue. None
    when the statement tells of no mutual blame (or calls for an end to it: "urged Baku and
    Yerevan to stop blaming each other")."""
    cue = roles.reciprocal.search(text)
    if cue is None or _cues()[1][0].search(text, 0, cue.start()):
        return None
    places = _places()
    before = [h for h in found if h.end <= cue.start() and h.mention not in places]
    pair: list[ActorMatch] = []
    for h in reversed(before):
        if pair and _AND.fullmatch(text, h.end, pair[0].start) is None:
            break
        if not pair and text[h.end : cue.start()].strip(" ,'\u2019s") and not _SUBJECT_GAP.fullmatch(
            text, h.end, cue.start()
        ):
            break
        pair.insert(0, h)
    codes = _codes(pair)
    if len(codes) >= 2:
        return codes, True, cue
    if (
        len(parties) >= 2
        and not before
        and not any(h.start >= cue.end() for h in found)
        and roles.sides.search(text, 0, cue.end())
    ):
        return tuple(parties[:2]), False, cue
    return None


def _mutual_targets(
    text: str, found: Sequence[ActorMatch], parties: Sequence[str], speaker_actor: str | None, roles: _Roles
) -> tuple[str, ...] | None:
    """The targets of a statement of mutual blame (see :func:`_mutual`), or None to read it as any
    other. When the pair speaks ("Armenia and Azerbaijan accused each other ...": a list of states
    speaks for none of them alone, OTHER; "The two sides blamed each other"), both are blamed.
    A third party that only reports it blames nobody ("the UN said both sides had blamed each
    other"; a state that speaks of "the two sides" is not one of them), unless it blames in words
    of its own ("France condemned the shelling ..., though the sides traded accusations")."""
    mutual = _mutual(text, found, parties, roles)
    if mutual is None:
        return None
    pair, named, cue = mutual
    # OTHER is everyone outside the codes: who speaks is read from the head of the statement
    known = speaker_actor not in (None, "OTHER")
    if named:
        speakers = {speaker_actor} if known else {h.code for h in _head(text, found)}
        if speakers <= set(pair):
            return pair
    elif not known:
        return pair
    if _ACCUSE.search(text, 0, cue.start()) or _ACCUSE.search(text, cue.end()):
        return None
    return ()


#: how much of the text before a statement its context needs: the last sentence is read from it
CONTEXT_CHARS = 600

# the end of a sentence: a stop, closing quotes or brackets, space, and a capital or digit next;
# or a blank line (a title or a heading has no stop)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])|\n[ \t]*\n\s*")


def _last_sentence(context: str) -> str:
    """The last sentence of ``context`` (read from its last ``CONTEXT_CHARS`` characters)."""
    chunk = context[-CONTEXT_CHARS:].rstrip()
    start = 0
    for m in _SENTENCE_END.finditer(chunk, 0, max(0, len(chunk) - 1)):
        start = m.end()
    return chunk[start:]


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _sentence_before_last(context: str) -> str:
    """The sentence before the last one of ``context``, whole, when both are in the paragraph
    that ``context`` ends in (empty otherwise)."""
    chunk = context[-CONTEXT_CHARS:].rstrip()
    if _BLANK_LINE.search(context, len(chunk) + max(0, len(context) - CONTEXT_CHARS)):
        return ""  # the statement opens a paragraph
    ends = list(_SENTENCE_END.finditer(chunk, 0, max(0, len(chunk) - 1)))
    if not ends or "\n" in ends[-1].group(0):
        return ""
    if len(ends) >= 2:
        return chunk[ends[-2].end() : ends[-1].end()]
    return chunk[: ends[-1].end()] if len(context) <= CONTEXT_CHARS else ""


def _from_context(
    context: str, speaker_actor: str | None, parties: Sequence[str], gaz: Gazetteer
) -> tuple[str, ...]:
    """Whom the sentence before a statement blames, for a statement that names nobody itself
    ("Russian drones struck Odesa overnight. France condemns them."); ``()`` without context."""
    if not context.strip():
        return ()
    if len(parties) < 2:
        parties = ()  # (the one party's other side is judged with the statement's own context)
    last = _last_sentence(context)
    found = _culprits(last, speaker_actor, parties, gaz)
    if found:
        return found
    # "Azerbaijani forces detained two soldiers. They were on patrol. Yerevan condemned the
    # detention.": the sentence before that one, in the same paragraph
    before = _sentence_before_last(context)
    if not before:
        return ()
    found = _culprits(before, speaker_actor, parties, gaz)
    # a sentence that names only who suffers ("Ukrainian hospitals are hit.") names no culprit
    roles = _roles()
    named = [h for h in _extended(before, tuple(gaz.find(before))) if h.code in found]
    if named and len(_codes(named)) == len(found) and all(_qualifies(before, h, roles) for h in named):
        return ()
    return found


def _culprits(
    sentence: str, speaker_actor: str | None, parties: Sequence[str], gaz: Gazetteer
) -> tuple[str, ...]:
    """Whom a sentence before a statement blames, for the statement to take: its culprits, less a
    state it names only as keeping or brokering the peace ("Russian peacekeepers are deployed in
    the corridor"), unless it tells of a failure ("the peacekeepers did not prevent ..."), and
    less a state outside the conflict parties that it calls upon to act ("It urged Moscow to
    ensure the safety of the convoy": Moscow is asked to help), unless the act is to stop
    ("urged Moscow to halt its strikes": ``target_cues.json``, ``cessation``)."""
    found = find_targets(sentence, "blame", speaker_actor, parties, gaz)
    if not found:
        return found
    roles = _roles()
    mentions = gaz.find(sentence)
    keepers = {h.code for h in mentions if roles.third_party.match(sentence, h.end)}
    if keepers and not roles.failure.search(sentence):
        keepers -= {h.code for h in mentions if not roles.third_party.match(sentence, h.end)}
        found = tuple(c for c in found if c not in keepers)
    if not found or len(parties) < 2:
        return found  # (with the parties unknown, anyone called upon may be one)
    cue = _cues()[1][0].search(sentence)
    if cue is None or _MODAL.match(cue.group(0)) or roles.cessation.search(sentence, cue.end()):
        return found  # ("Baku must end its offensive": the addressee of a modal is its subject)
    # OTHER is everyone outside the codes: a call on some of them does not clear the others
    helpers = set(find_targets(sentence, "call_to_action", speaker_actor, parties, gaz)) - {*parties, "OTHER"}
    return tuple(c for c in found if c not in helpers)


class _Span(Protocol):
    """A statement's offsets and actor (read only)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def actor(self) -> str | None: ...


class _Spoken(Protocol):
    """A statement's offsets and speaker (read only)."""

    @property
    def start(self) -> int: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def speaker_span(self) -> tuple[int, int] | None: ...


def speaker_spans(text: str, statements: Sequence[_Spoken]) -> list[tuple[int, int]]:
    """The spans of ``text`` that name who talks, for :func:`conflict_parties` to skip: each
    statement's speaker mention; the issuer of a first-person text where its header names it
    ("Statement by Ambassador X, Permanent Representative of Poland to the United Nations"); and
    the introduction of a speaker whose statements name it by pronoun or surname ("Jalina Porter,
    Principal Deputy Spokesperson at the U.S. Department of State, told reporters ..." before
    "she said"): the first place the resolved speaker is written, before it speaks, when it is an
    issuer or three words or more (a short name such as "Armenia" may be written first as what an
    article talks about). A state is no party for being named as who talks. Time: one search per
    distinct speaker, in a bounded window."""
    spans = [s.speaker_span for s in statements if s.speaker_span is not None]
    named: dict[str, int] = {}
    for s in statements:
        if s.speaker and s.speaker not in named and (s.speaker_span is None or len(s.speaker.split()) >= 3):
            named[s.speaker] = s.start
    for speaker, first in named.items():
        # the header, or the introduction shortly before it speaks (each search bounded, so a
        # text with many speakers costs linear time)
        at = text.find(speaker, 0, min(first, _HEADER_CHARS))
        if at < 0:
            at = text.find(speaker, max(0, first - _INTRODUCTION_CHARS), first)
        if at >= 0:
            spans.append((at, at + len(speaker)))
    return spans


#: where a header names an issuer, and how far before its first statement a speaker is introduced
_HEADER_CHARS = 1500
_INTRODUCTION_CHARS = 3000


def answered_actor(text: str, previous: _Span, statement: _Span) -> str | None:
    """The actor of the statement ``previous`` when ``statement`` follows it at once (nothing but
    spaces and quotation marks between them) and is another actor's: the one a rebuttal such as
    "This is an outright lie." answers (see ``find_targets``, ``answered``).

    Examples
    --------
    >>> from types import SimpleNamespace as S
    >>> text = "Baku claims that Armenian forces fired first. This is a lie."
    >>> answered_actor(text, S(start=0, end=45, actor="AZE"), S(start=46, end=60, actor="ARM"))
    'AZE'
    """
    if previous.actor is None or previous.actor == statement.actor:
        return None
    gap = text[previous.end : statement.start]
    return previous.actor if not gap.strip(" \t\n\"'\u201c\u201d\u2018\u2019") else None


def _codes(hits: Sequence[ActorMatch]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(h.code for h in hits))


def _seated(text: str, h: ActorMatch, found: Sequence[ActorMatch], roles: _Roles) -> bool:
    """Whether a mention names where the body before it governs ("the leadership in Baku", "the
    Government of Armenia"), a body no other mention names ("U.S. military leaders in Iraq",
    "the Russian authorities in Crimea" are not Iraq's or Crimea's)."""
    lo = max(0, h.start - 80)
    m = roles.seat.search(text[lo : h.start])
    return m is not None and not _between(found, lo + m.start(), h.start)


def _object(text: str, at: int, hits: Sequence[ActorMatch]) -> list[ActorMatch]:
    """The mentions that open the noun phrase at ``at`` ("accused the Armenian side and Turkey
    of ..."): the first, when only determiners (or words of its own noun phrase) come before it,
    and those joined to it by "and" or a comma."""
    out: list[ActorMatch] = []
    for h in hits:
        if not out:
            if not _OBJECT_GAP.fullmatch(text, at, h.start):
                return []
        elif h.start != out[-1].start and not _AND.fullmatch(text, out[-1].end, h.start):
            break  # (a mention that stands for several actors, "the West", is one)
        out.append(h)
    return out


_OBJECT_GAP = re.compile(r"\s*(?:(?:the|its|their|his|her|both)\s+)?", re.IGNORECASE)
# the charge after the accused ("accused X of ...", "blamed X for ..."), after the rest of their
# noun phrase ("the Russian peacekeepers for ...", "Russia's invasion of ...")
_OF_FOR = re.compile(r"(?:['\u2019]s)?(?:\s+[\w-]+){0,3}?\s+(?:of|for)\s", re.IGNORECASE)


def _opposed(tx: _Text, h: ActorMatch, roles: _Roles) -> bool:
    """Whether a mention is what something is directed against ("territorial claims against
    Armenia", "the use of force against Georgia", "not directed against Iraq"): no culprit, unless
    as a possessive it names a doer ("protests against Baku's decision") or a word of opposition
    makes it the foe ("we were fighting against Azerbaijan", "proceedings against Azerbaijan":
    ``target_cues.json``, ``against_foe``)."""
    if not tx.before(h, _AGAINST) or _POSSESSOR.match(tx.text, h.end):
        return False
    return roles.foe.search(tx.text[max(0, h.start - 100) : h.start]) is None


def _qualifies(text: str, h: ActorMatch, roles: _Roles) -> bool:
    """Whether a state's name, adjective or possessive qualifies what suffers a harm ("Ukrainian
    cities", "Ukraine's power plants", "ethnic Georgian villages": ``target_cues.json``,
    ``harmed``), unlike "Russian forces" or "Russia's attacks"."""
    return roles.harmed.match(text, h.end) is not None


def _cleared(tx: _Text, h: ActorMatch, roles: _Roles) -> bool:
    """Whether a mention is cleared of blame ("Armenia is not responsible for ...", "Moscow bears
    no responsibility") or set apart from who is at fault or addressed ("Azerbaijan, not Armenia,
    is responsible"; "rather than Baku"): ``target_cues.json``, ``cleared``, ``cleared_before``."""
    return roles.cleared.match(tx.text, h.end) is not None or tx.before(h, roles.cleared_before)


def _authored(text: str, h: ActorMatch, roles: _Roles) -> bool:
    """Whether a mention names the author of a document ("the resolutions of this Council")."""
    if "of " not in text[max(0, h.start - 10) : h.start].lower():
        return False  # (a cheap test first: most mentions follow no "of")
    return roles.document_of.search(text[max(0, h.start - 40) : h.start]) is not None


def _generic_codes(
    text: str,
    start: int,
    end: int,
    found: Sequence[ActorMatch],
    hits: Sequence[ActorMatch],
    roles: _Roles,
    other_side: str | None = None,
) -> list[str]:
    """The codes of the parties ``text[start:end]`` names generically: OTHER for "the regime",
    "the interim government"; for a possessive ("its troops", "their forces") the actor named
    last before it ("Baku accused Yerevan ... and demanded that its troops withdraw": ARM), or
    none when that is the speaker's own side or a place; OTHER when nobody is named before it.
    When the speaker is one of the two conflict parties, ``other_side`` is the other: what names
    an adversary ("the aggressor", "the occupying forces": ``target_cues.json``, ``adversary``)
    is that party."""
    places = _places()
    codes: list[str] = []
    foes: list[tuple[int, int]] = []
    hit_set = set(hits)
    if other_side is not None:
        foes = [(m.start(), m.end()) for m in roles.adversary.finditer(text, start, end)]
        if foes:
            codes.append(other_side)
    for m in roles.generic.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in foes):
            continue  # "the occupying forces": the other side
        if _between(found, m.start(), m.end()):
            continue  # "the Azerbaijani authorities": named, not generic
        tail = roles.seat_tail.match(text, m.end())
        seat = _between(found, tail.end(), tail.end() + 1) if tail is not None else []
        if seat:
            codes += [h.code for h in seat if h in hit_set]  # "the leadership in Baku": named after it
            continue
        if not _POSSESSIVE.match(text, m.start()):
            codes.append("OTHER")
            continue
        last = _last_before(found, m.start(), places)
        if last is None and roles.reporting.search(text, 0, m.start()):
            continue  # "It said its forces had responded ...": the speaker's own, no party named
        if last is None:
            codes.append("OTHER")
        elif last in hit_set:
            codes.append(last.code)
    return list(dict.fromkeys(codes))


def _last_before(found: Sequence[ActorMatch], pos: int, places: frozenset[str]) -> ActorMatch | None:
    """The last mention (in the order of ``found``, sorted by start) that ends by ``pos`` and is
    no place; None if there is none."""
    for i in range(bisect_left(found, pos, key=_start) - 1, -1, -1):
        h = found[i]
        if h.end <= pos and h.mention not in places:
            return h
    return None


_POSSESSIVE = re.compile(r"(?:its|their)\b", re.IGNORECASE)
_DETERMINERS = re.compile(
    r"^(?:\s|the\b|all\b|our\b|its\b|their\b|his\b|her\b|those\b|these\b)*", re.IGNORECASE
)


def _names_someone(text: str, start: int, end: int, roles: _Roles) -> bool:
    """Whether an addressee window holds a noun phrase other than "the international community",
    "all states" and the like (which name nobody), and other than a pronoun."""
    chunk = text[start:end]
    rest = chunk[_DETERMINERS.match(chunk).end() :]  # type: ignore[union-attr]
    if not re.search(r"[^\W\d_]{3,}", rest) or _PRONOUN.fullmatch(rest.strip()):
        return False
    return roles.nobody.fullmatch(chunk) is None


def _own(h: ActorMatch, speaker_actor: str | None, verb_at: int) -> bool:
    """Whether a mention is the speaker's own side. OTHER covers many states and groups: an OTHER
    speaker's side is only an OTHER mention before the first reporting verb ("Congo's government
    accused Rwanda": Congo speaks, Rwanda is blamed)."""
    if speaker_actor is None or h.code != speaker_actor:
        return False
    if speaker_actor != "OTHER":
        return True
    return h.start < verb_at  # ``verb_at``: where the first reporting verb starts (-1: none)


_SUBJECT_GAP = re.compile(r"\s*[\w\u2019'.-]+(?:\s+[\w\u2019'.-]+){0,3}\s+|\s+|\s*,[^,]{1,60},\s+")


def _head(text: str, found: Sequence[ActorMatch]) -> list[ActorMatch]:
    """The mentions of a speaker named at the head of a reported statement ("Armenia's Defence
    Ministry said ...", "Moscow, which ..., warned ...", "The Co-Chairs stressed ..."): one, or
    several for a mention that stands for several actors (the co-chairs)."""
    verb = _roles().reporting.search(text, 0, 120)
    if verb is None:
        return []
    for h in found:
        if h.start > 40 or h.end > verb.start():
            break
        gap = text[h.end : verb.start()]
        if not gap or _SUBJECT_GAP.fullmatch(gap):
            before = text[max(0, verb.start() - 12) : verb.start()]
            if _PASSIVE.search(before):
                return []  # "The French side was called upon to ...": the addressee, not the speaker
            return [g for g in found if g.start == h.start]
    return _tail(text, found)


def _tail(text: str, found: Sequence[ActorMatch]) -> list[ActorMatch]:
    """The mentions of a speaker named in a short clause after the last comma ("..., the Armenian
    ministry said.", "..., said the Kremlin spokesman.")."""
    comma = text.rfind(",")
    if comma < 0 or len(text) - comma > 100:
        return []
    roles = _roles()
    verb = roles.reporting.search(text, comma)
    if verb is None:
        return []
    if text[comma + 1 : verb.start()].strip(" \u201d\"'"):
        if len(text) - verb.end() > 40:
            return []  # "..., the ministry said that ...": a clause of its own
        return [h for h in found if comma < h.start and h.end <= verb.start()]
    if not roles.inverted.fullmatch(verb.group(0)):
        return []
    return [h for h in found if h.start >= verb.end()]  # "..., said the Kremlin spokesman."


def _weak(h: ActorMatch) -> bool:
    return h.code == "UN" or h.name == "co-chairs"


@lru_cache(maxsize=256)
def _extended(text: str, found: tuple[ActorMatch, ...]) -> tuple[ActorMatch, ...]:
    """The gazetteer's mentions with the co-chairs and the states and groups outside the actor
    codes (cached: scoring asks for blame and call targets of the same statement in turn)."""
    roles = _roles()
    return tuple(_with_others(text, _with_co_chairs(text, list(found), roles), roles))


def _with_co_chairs(text: str, found: list[ActorMatch], roles: _Roles) -> list[ActorMatch]:
    """The Minsk Group co-chairs stand for their states (``co_chair_codes``: FRA, RUS and USA),
    not for the OSCE."""
    if "hair" not in text and "HAIR" not in text:  # no "co-chair" in any spelling: skip the search
        return found
    spans = [(m.start(), m.end()) for m in roles.co_chairs.finditer(text)]
    if not spans:
        return found
    out = [h for h in found if not any(a - 16 <= h.start < b for a, b in spans)]
    for a, b in spans:
        out += [ActorMatch(a, b, text[a:b], code, "co-chairs") for code in roles.co_chair_codes]
    return sorted(out, key=lambda h: h.start)


def _with_others(text: str, found: list[ActorMatch], roles: _Roles) -> list[ActorMatch]:
    """Mentions of states and groups outside the actor codes, as OTHER (gazetteer hits win)."""
    starts, ends = _merged([(g.start, g.end) for g in found])
    extra = [h for h in roles.others.find(text) if not _overlaps(h.start, h.end, starts, ends)]
    # "the West" is the United States and others
    extra += [ActorMatch(h.start, h.end, h.mention, "OTHER", h.name) for h in extra if h.name == "the West"]
    return sorted([*found, *extra], key=lambda h: h.start) if extra else found


def _call_targets(
    tx: _Text,
    subject: str,
    found: list[ActorMatch],
    hits: list[ActorMatch],
    parties: list[str],
    cue: re.Match[str] | None,
    party_phrase: re.Pattern[str],
    roles: _Roles,
    other_side: str | None = None,
) -> tuple[tuple[str, ...], bool, int]:
    """The addressees of a call, and whether it calls on a pronoun it does not resolve ("urged
    them to ...": the caller may resolve it from the sentence before). The work for one cue is
    bounded by ``_REACH`` characters around it: a long text with many cues costs linear time.
    The third value is where the cue starts when its requested act belongs to a possessive
    pronoun and names nobody ("demanded their release"; -1 otherwise): the caller looks for the
    owner before it."""
    text = tx.text
    pronoun = False
    lo, hi = (max(0, cue.start() - _REACH), cue.end() + _REACH) if cue is not None else (0, len(text))
    if cue is not None and (lo > 0 or hi < len(text)):
        found, hits = _between(found, lo, hi), _between(hits, lo, hi)
    named = hits
    # an addressee is never a place ("withdraw from Ukraine") nor whom the act should help; a
    # mention right after the cue is addressed ("appeal to the UN agencies")
    right_after = cue.end() + 6 if cue is not None else -1
    sent_to = [h for h in hits if tx.before(h, _SENT_TO)]
    if sent_to:
        return _codes(sent_to), False, -1
    hits = [
        h
        for h in hits
        if h.start <= right_after
        or not tx.before(h, _LOCATIVE)
        or _seated(text, h, found, roles)
        or tx.before(h, _HELD_IN)  # "the release of the detainees held in Baku": whoever holds them
        or roles.doer.match(text, h.end) is not None
    ]
    asked, questions = _asked(text, hits)
    if asked and (cue is None or any(a <= cue.start() < b for a, b in questions)):
        # "Will Washington finally condemn Kyiv's crimes?": a question asks its subject to act
        return _codes(asked), False, -1
    if cue is None:
        kept = [h for h in hits if not tx.before(h, roles.victim) and not tx.before(h, roles.helped)]
        if party_phrase.search(subject):
            return tuple(dict.fromkeys([*_codes(kept), *parties])), False, -1
        return _codes(kept), False, -1
    if _MODAL.match(cue.group(0)) or _PASSIVE.search(subject, max(0, cue.start() - 12), cue.start()):
        # "X must ...", "X was called upon to ...": the addressee comes first
        window = (lo, cue.start())
        addressee = [h for h in hits if h.end <= cue.start() and not tx.before(h, roles.victim)]
        acted = True
    else:
        begin = roles.that.match(text, cue.end())  # "demanded that Syria withdraw": skip the "that"
        begin_at = begin.end() if begin is not None else cue.end()
        # the request ends with its sentence at the latest ("We urge calm. We urge ...")
        end = _REQUEST_END.search(text, begin_at, hi)
        reach = end.start() if end is not None else hi
        act = _ACT.search(text, begin_at, reach)
        stop = act.start() if act is not None else min(len(text), reach)
        request = roles.request.match(text, begin_at)
        if (
            act is not None
            and request is not None
            and request.end() == act.start()
            and act.group(0).split()[-1].lower() == "to"
        ):
            # "called for an end to Russia's attacks": the "to" is the request's own, and whoever
            # does what it should end is asked (up to the end of the clause)
            end_of_clause = _CLAUSE_END.search(text, act.end(), reach)
            stop = end_of_clause.start() if end_of_clause is not None else min(len(text), reach)
            again = _cues()[1][0].search(text, act.end(), stop)  # ("... and call on both sides to")
            stop = again.start() if again is not None else stop
        window = (begin_at, stop)
        # 'urged restraint.', 'called for calm': the window is the request, which names nobody
        acted = act is not None or roles.request.match(text, begin_at) is None
        # whom the act should help ("cooperate with X", "an appeal for Syria"), but not a party
        # named inside an act after the cue's own preposition ("called for the withdrawal of X");
        # a helping word before the act ("ready for talks but wanted Baku to ...") helps nobody in it
        addressee = [
            h
            for h in hits
            if begin_at <= h.start < stop
            and not tx.before(h, roles.helped_in_act, (0, begin_at))
            and not (
                cue.group(0).split()[-1] in roles.help_preps  # "an appeal for Syria", not "a call for X to"
                and _DETERMINERS.fullmatch(text[begin_at : h.start])
                and not _TO.match(text, _SPACE.match(text, h.end).end())  # type: ignore[union-attr]
            )
            # inside the requested act, who suffers is not asked ("called for an end to the attacks
            # on Armenian villages", "an inquiry into the deaths of Ukrainian civilians")
            and not (
                not _DETERMINERS.fullmatch(text[begin_at : h.start])
                and (tx.before(h, roles.victim) or _qualifies(text, h, roles))
                and not tx.before(h, _HELD_IN)  # ("the soldiers detained in Azerbaijan": who holds them)
            )
        ]
        # "If Moscow wants to help, ...": the act follows at once; who wants it (in the cue's clause)
        # is asked
        clause = max(max(text.rfind(c, lo, cue.start()) for c in ",;:") + 1, lo)
        wishers = [h for h in hits if clause <= h.start and h.end <= cue.start()]
        wishers = [h for h in wishers if not tx.before(h, roles.victim)]
        if wishers and roles.wish.fullmatch(cue.group(0)) and _TO.match(text, begin_at):
            addressee = wishers
        elif not addressee and _PRONOUN.search(text, *window):
            # "urged it to ...": the last party named before the cue
            earlier = [h for h in hits if h.end <= cue.start() and not tx.before(h, roles.victim)]
            # (all the actors that mention stands for: "the co-chairs ... expect them to")
            addressee = [h for h in earlier if h.start == earlier[-1].start]
            pronoun = not addressee
    codes = list(_codes(addressee))
    # "demanded their release", "urged its immediate end": who holds them, or whose act it is, is
    # named before the call (earlier in the statement, or in the sentence before it)
    owned = -1 if codes or roles.possessed.match(text, *window) is None else cue.start()
    phrase = party_phrase.search(subject, *window)
    if phrase is not None:
        # "all parties in Syria": the parties of that conflict, not of the article's; "between
        # Bishkek and Dushanbe ... both governments": the two the statement names
        where = [h for h in named if phrase.end() <= h.start < phrase.end() + 48 and tx.before(h, _LOCATIVE)]
        before = list(_codes([h for h in named if h.end <= phrase.start() and not _weak(h)]))
        pair = before[:2] if len(before) >= 2 else []
        # "all parties in the Middle East": a conflict the codes do not name
        elsewhere = not where and _ELSEWHERE.match(text, phrase.end()) is not None
        where_codes = ["OTHER"] if elsewhere else list(_codes(where))
        codes += where_codes or pair or parties or ["OTHER"]  # outside the actor codes: OTHER
    elif not codes and (generic := _generic_codes(text, *window, found, hits, roles, other_side)):
        codes += generic
    elif (
        not codes and parties and cue.group(0).endswith("for") and roles.ceasefire.search(text, window[0], hi)
    ):
        codes += parties  # "called for an immediate cessation of hostilities": of the parties
    elif not codes and acted and not _MODAL.match(cue.group(0)) and _names_someone(text, *window, roles):
        codes.append("OTHER")  # "appealed to donor governments to ...": someone outside the codes
    elif not codes and parties and roles.ceasefire.search(text, window[0], hi):
        codes += parties  # "urged an end to the hostilities"
    return tuple(dict.fromkeys(codes)), pronoun and not codes, owned


# a question that asks its subject to act: "Will Baku ...?", "Why does Yerevan refuse ...?",
# "When will Moscow stop ...?", "How long will the Azerbaijani side ...?"
_QUESTION = re.compile(
    r"(?:(?<=^)|(?<=[.!?:]\s)|(?<=[.!?:][\"'\u201d\u2019]\s))[\"'\u201c\u2018]?"
    r"(?:(?:why|when|how\s+long|how\s+much\s+longer|until\s+when)\s+)?"
    r"(?:will|would|does|do|did|is|are|can|could|should|has|have|won['\u2019]t|wouldn['\u2019]t|"
    r"doesn['\u2019]t|don['\u2019]t|didn['\u2019]t|isn['\u2019]t|aren['\u2019]t|can['\u2019]t|cannot|"
    r"hasn['\u2019]t|haven['\u2019]t)\s+(?:the\s+|official\s+)?",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.!?]")


def _asked(text: str, hits: Sequence[ActorMatch]) -> tuple[list[ActorMatch], list[tuple[int, int]]]:
    """The subjects of the questions in ``text`` that ask them to act ("Will Baku withdraw its
    troops?", "Why do Baku and Ankara refuse to ...?": the mentions right after the auxiliary,
    and those joined to them by "and" or a comma), and the spans of those questions. What else
    a question names is what the act is about ("condemn Kyiv's crimes"), not who is asked."""
    if "?" not in text:
        return [], []
    asked: list[ActorMatch] = []
    spans: list[tuple[int, int]] = []
    for m in _QUESTION.finditer(text):
        stop = _SENTENCE_STOP.search(text, m.end(), m.end() + _REACH)  # bounded: linear time
        if stop is None or stop.group(0) != "?":
            continue
        at = m.end()
        subject: list[ActorMatch] = []
        for h in _between(hits, m.end(), stop.start()):
            joined = subject and _AND.fullmatch(text, subject[-1].end, h.start) is not None
            if h.start == at or joined:
                subject.append(h)
                at = h.end
            elif h.start >= at:
                break
        if subject:
            asked += subject
            spans.append((m.start(), stop.end()))
    return asked, spans


_AND = re.compile(r"(?:['\u2019]s)?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:the\s+)?")


# the end of a sentence, not after a capital ('U.S.') or a short title ('Mr.', 'Gen.')
_REQUEST_END = re.compile(
    r"(?<![A-Z])(?<![A-Z][a-z])(?<![A-Z][a-z]{2})[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])"
)

#: how far from a call cue its addressee and its act are looked for (far beyond any statement)
_REACH = 1000


def _between(hits: Sequence[ActorMatch], lo: int, hi: int) -> list[ActorMatch]:
    """The mentions (sorted by start) that start in ``[lo, hi)``: two binary searches."""
    return list(hits[bisect_left(hits, lo, key=_start) : bisect_left(hits, hi, key=_start)])


def _start(h: ActorMatch) -> int:
    return h.start


def _claimed(text: str, subject: str, roles: _Roles, rebuttal: re.Pattern[str]) -> tuple[int, int]:
    """The content of a claim that the statement rejects as false ("Baku's claim that Armenian
    forces fired first is a lie"), up to the rebuttal or the end of its clause; ``(0, 0)`` if none.
    The parties the claim is about are not at fault (the claimant may be)."""
    claim = roles.claim.search(text)
    if claim is None:
        return (0, 0)
    stop = len(text)
    for pattern in (_CLAUSE_END, rebuttal):
        m = pattern.search(subject, claim.end())
        if m is not None:
            stop = min(stop, m.start())
    return (claim.end(), stop)


def _blame_targets(
    tx: _Text,
    subject: str,
    found: list[ActorMatch],
    hits: list[ActorMatch],
    parties: list[str],
    speaker_side: bool,
    blame_cue: re.Pattern[str],
    party_phrase: re.Pattern[str],
    roles: _Roles,
    answered: str | None = None,
    claimed: tuple[int, int] = (0, 0),
) -> tuple[str, ...]:
    text = tx.text
    hits = [h for h in hits if not claimed[0] <= h.start < claimed[1]]
    hits = [h for h in hits if not roles.facing.match(text, h.end)]
    by = [h for h in hits if tx.before(h, _BY)]
    # "the Armenian soldiers detained in Azerbaijan": who holds them, not whose they are
    held = [h for h in hits if tx.before(h, _HELD_IN)]
    culprits = by or held or [
        h
        for h in hits
        if not tx.before(h, roles.victim)
        and not tx.before(h, roles.helped)
        and (not tx.before(h, _PLACE) or _seated(text, h, found, roles))
    ]
    cue = blame_cue.search(subject)
    if cue is not None:
        after = [h for h in culprits if h.start >= cue.end()]
        if after and not by and _ACCUSE.match(cue.group(0)):
            culprits = after  # "Baku accused Yerevan of ...": the accused follow the cue
            accused = _object(text, cue.end(), after)
            if accused and _OF_FOR.match(text, accused[-1].end):
                # "blamed the Russian peacekeepers for failing to stop the Azerbaijani advance": the
                # accused, not whom the charge names, but with those who abet them ("... with the
                # support of Turkey")
                # ("condemned Azerbaijan's shelling of Armenian villages and Turkey's supply of drones":
                # another doer's possessive)
                others = [
                    h
                    for h in hits
                    if h.start >= cue.end()
                    and (
                        tx.before(h, roles.abetting)
                        or (_POSSESSOR.match(text, h.end) and not _qualifies(text, h, roles))
                    )
                ]
                culprits = accused + [h for h in others if h not in accused]
        elif not by and not _ACCUSE.match(cue.group(0)):
            # "Azerbaijani forces shelled ..., the Armenian ministry said": who did it comes first
            before = [h for h in culprits if h.end <= cue.start()]
            culprits = before or culprits
    # the UN (its resolutions, its members) and the co-chairs (called upon) are rarely blamed:
    # only when nobody else is and a blame cue names them
    strong = [h for h in culprits if not _weak(h)]
    if len(_codes(strong)) > 1:
        # "Russian strikes on Ukrainian cities": a state that only qualifies what is harmed
        # ("Ukrainian cities", "Ukraine's power plants") is no culprit when another is named, nor
        # is one that what is done is directed against ("Baku's territorial claims against Armenia")
        doers = [h for h in strong if not _qualifies(text, h, roles) and not _opposed(tx, h, roles)]
        strong = doers or strong
    if strong:
        return _codes(strong)
    if cue is not None and culprits and any(h.start >= cue.end() for h in culprits):
        return _codes([h for h in culprits if h.start >= cue.end()])
    if answered is not None:
        return (answered,)  # "This is an outright lie.": the claim it answers is at fault
    if party_phrase.search(subject) and parties:
        return tuple(parties)
    other_side = parties[0] if speaker_side and parties else None
    generic = _generic_codes(text, 0, len(text), found, hits, roles, other_side)
    if generic:
        return tuple(generic)
    if speaker_side and parties:
        return (parties[0],)  # the speaker is one of the two sides: the other side
    return ()
