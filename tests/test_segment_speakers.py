"""Speaker rules for real news (issue 10): which of a sentence's cues names its speaker. Each
rule with invented sentences, and the cases it must leave alone."""

from __future__ import annotations

import pytest
from segment_helpers import one

from stance.segmentation import segment

# -- a participle is never an inverted cue ----------------------------------------------------------


def test_a_participle_after_a_comma_speaks_for_its_clause_subject_not_the_phrase_after_it() -> None:
    s = one(
        "Provincial ministers who have opposed the levy have backed a joint fund, "
        "warning that Portugal's withdrawal from the scheme leaves it short."
    )
    assert (s.speaker, s.cue) == ("Provincial ministers", "warning")
    # a verb of saying after a quote still inverts
    s = one('"The levy is unfair," said the provincial governor.')
    assert s.speaker == "the provincial governor"


# -- a subject with a relative clause before the cue ------------------------------------------------


def test_a_subject_with_a_relative_clause_speaks_not_the_phrase_after_the_cue() -> None:
    s = one(
        "Analyst Nora Lind, who follows shipping at the institute, said Carl Berg's report "
        "didn't settle the question."
    )
    assert (s.speaker, s.cue) == ("Analyst Nora Lind", "said")
    # after a quote the cue still inverts
    s = one('"The report settles nothing," said Analyst Nora Lind.')
    assert s.speaker == "Analyst Nora Lind"


# -- a noun ending in -ly is no adverb ----------------------------------------------------------------


def test_a_noun_ending_like_an_adverb_heads_the_speaker() -> None:
    s = one("The crossing stayed shut on Sunday, the family said.")
    assert (s.speaker, s.cue) == ("the family", "said")
    s = one("Relatives, who visited the port, left on Monday, lawyers for the family said.")
    assert (s.speaker, s.cue) == ("lawyers for the family", "said")
    # a real adverb between the subject and the cue is still stepped over
    s = one("The ministry firmly denied the report.")
    assert (s.speaker, s.cue) == ("The ministry", "denied")


# -- a restrictive relative clause between the subject and the cue ---------------------------------


def test_the_antecedent_of_a_relative_clause_speaks_not_the_clause_object() -> None:
    s = one("Fishermen who saw the tanker said its lights were off.")
    assert (s.speaker, s.cue) == ("Fishermen", "said")
    s = one("In Lisbon, a port official who watched the tanker said it had left.")
    assert s.speaker == "a port official"
    # the object of a verb with a relative clause is no subject
    s = one("The harbour office asks skippers who hear the siren to stay in port.")
    assert s.speaker != "skippers"


# -- a generic mention after a named speaker of the same sentence -----------------------------------


def test_a_generic_mention_after_a_named_speaker_of_the_sentence_is_that_speaker() -> None:
    s = one(
        "Senator Ada Moss, the ranking member of the panel, called on the agency to publish the "
        "audit, a step the senator said was overdue."
    )
    assert s.speaker.startswith("Senator Ada Moss")
    # a generic mention that closes the sentence is its speaker
    s = one("Norway asked for an emergency meeting of the council, the ministry said.")
    assert s.speaker_mention == "the ministry"


# -- a closing 'according to' with a complement --------------------------------------------------------


def test_a_closing_source_with_its_complement_is_the_sentence_speaker() -> None:
    s = one("The port authority has said it will not release the logs, according to lawyers for the crew.")
    assert s.cue == "according to" and s.speaker.startswith("lawyers")
    # 'according to' before the reported clause's own speaker does not close the sentence
    s = one("According to lawyers for the crew, the port authority said it will not release the logs.")
    assert s.speaker.startswith("lawyers")


# -- a closing recording does not take the sentence -------------------------------------------------


def test_a_closing_recording_does_not_take_over_the_sentence() -> None:
    s = one(
        "Dale Roe also said the clips do not show whether the driver was armed, which he said was "
        "plain from the start, the footage showed."
    )
    assert (s.speaker, s.cue) == ("Dale Roe", "said")
    # a closing speaker still takes the sentence
    s = one("Dale Roe also said the clips were incomplete, his lawyer said.")
    assert s.speaker_mention == "his lawyer"


# -- the partner named in a readout's title line is not the issuer's actor --------------------------

_READOUT = """Deputy Secretary Harmon's Call with Moldovan Foreign Minister Popa

READOUT
OFFICE OF THE SPOKESPERSON
MARCH 3, 2024

The Deputy Secretary reaffirmed the importance of the reform agenda. She urged all parties to
refrain from steps that raise tensions.
"""

_HOSTED = """Deputy Secretary Harmon's Call with Moldovan Foreign Minister Popa

READOUT
OFFICE OF THE SPOKESPERSON
MARCH 3, 2024

The following is attributable to Spokesperson Ana Reyes:

Deputy Secretary Karen Harmon met today in Washington with Moldovan Foreign Minister Ion Popa.
The Deputy Secretary reaffirmed the importance of the reform agenda.
"""


def test_the_partner_in_a_readout_title_is_not_the_issuers_actor() -> None:
    from stance.segmentation import segment

    found = segment(_READOUT)
    assert len(found) == 2
    assert all(s.actor != "MDA" for s in found)
    # an issuer line still gives the actor, whatever the title's partner
    text = _READOUT.replace("OFFICE OF THE SPOKESPERSON", "U.S. Department of State")
    assert {s.actor for s in segment(text)} == {"USA"}


def test_a_readout_without_an_issuer_actor_takes_the_hosts_from_its_meeting_report() -> None:
    from stance.segmentation import segment

    found = segment(_HOSTED)
    assert [s.actor for s in found if s.cue == "reaffirmed"] == ["USA"]
    # no partner in the opening sentence: its names are not the issuer's (the date written day
    # first, else the header has the State Department's release format, which names its actor)
    meeting = " met today in Washington with Moldovan Foreign Minister Ion Popa"
    text = _HOSTED.replace(meeting, " is in Chisinau").replace("MARCH 3, 2024", "3 MARCH 2024")
    assert all(s.actor != "USA" for s in segment(text))
    # a meeting in the partner's capital names the partner's home, not the host's
    text = _HOSTED.replace(" met today in Washington with Moldovan", " met today in Chisinau with Moldovan")
    assert all(s.actor != "MDA" for s in segment(text))
    # a meeting in a clause after the main one names places the host went to
    text = _HOSTED.replace(" met today in Washington with", " traveled to Madrid, where she met with")
    assert all(s.actor != "ESP" for s in segment(text))


# -- a meeting report in a readout is no statement ---------------------------------------------------

_MEETING = """Statement by Spokesperson Ana Reyes

The Secretary spoke today with Moldovan Foreign Minister Ion Popa. The Secretary reaffirmed our support.

Deputy Secretary Karen Harmon also met representatives of civil society in Chisinau.
"""


def test_a_meeting_report_in_a_readout_is_no_statement() -> None:
    from stance.segmentation import segment

    found = segment(_MEETING)
    assert [s.text.split()[1] for s in found] == ["Secretary"]
    assert "reaffirmed" in found[0].text


def test_a_meeting_with_content_or_in_the_first_person_is_left_alone() -> None:
    from stance.segmentation import segment

    text = _MEETING.replace(
        "The Secretary spoke today with Moldovan Foreign Minister Ion Popa.",
        "The Council met last week, and we thank its members for their resolve.",
    ).replace("Deputy Secretary Karen Harmon also met", "We also met")
    found = [s.text for s in segment(text) if s.speaker == "Spokesperson Ana Reyes"]
    assert found == [
        "The Council met last week, and we thank its members for their resolve.",
        "We also met representatives of civil society in Chisinau.",
    ]


# -- content-free formulas are no statements (guidelines) ---------------------------------------------

_BRIEFING = """Ministry of Foreign Affairs of Armenia

Briefing by Spokesperson Ani Badalyan

Good afternoon, everyone. We are concerned by the shelling of the border villages.

Thank you very much.
"""


def test_a_greeting_or_thanks_alone_is_no_statement() -> None:
    from stance.segmentation import segment

    found = segment(_BRIEFING)
    assert [s.text for s in found] == ["We are concerned by the shelling of the border villages."]
    found = segment("MR. HALVORSEN: Good afternoon. We urge both sides to return to the table.")
    assert [s.text for s in found] == ["We urge both sides to return to the table."]
    # two formulas in one sentence
    text = "MR. HALVORSEN: We urge both sides to return to the table. Thank you all, and have a good day."
    assert [s.text for s in segment(text)] == ["We urge both sides to return to the table."]


def test_thanks_with_content_is_left_alone() -> None:
    from stance.segmentation import segment

    text = _BRIEFING.replace("Thank you very much.", "We thank Georgia for hosting the talks.")
    assert len(segment(text)) == 2


# -- the issuer line decides the actor, not the title's subject ------------------------------------

_RELEASE = """Press Statement

Office of the Spokesperson

May 4, 2031

Kenya's Harbour Dispute

We are concerned by the closure of the port of Lamu to foreign shipping.
The United States welcomes the offer of mediation by the African Union.
"""


def test_a_releases_title_names_its_subject_not_its_issuer() -> None:
    from stance.segmentation import segment

    found = segment(_RELEASE)
    # the office names no state; the body names the issuer ('The United States welcomes')
    assert [s.actor for s in found] == ["USA", "USA"]
    assert found[0].speaker == "Office of the Spokesperson"
    # no self-naming sentence: the header's format is the State Department's (a release type,
    # the spokesperson's office, a month-first date), never the title's country
    text = _RELEASE.replace("The United States welcomes", "We welcome")
    assert {s.actor for s in segment(text)} == {"USA"}
    # without that format the actor is unknown
    text = text.replace("May 4, 2031", "4 May 2031")
    assert all(s.actor not in ("KEN", "USA") for s in segment(text))
    # a place line or a state's name in the header is the issuer's, as before
    for line in ("Washington, May 4, 2031", "United States of America"):
        text = _RELEASE.replace("May 4, 2031", line).replace("The United States welcomes", "We welcome")
        assert {s.actor for s in segment(text)} == {"USA"}, line


def test_a_release_names_itself_as_the_subject_of_its_own_commitment() -> None:
    from stance.segmentation import segment

    # 'The United States strongly condemns ...' opening a body sentence of an office's release
    # names the issuer even where the sentence's cue goes to a third party inside it
    text = _RELEASE.replace(
        "The United States welcomes the offer of mediation by the African Union.",
        "The United States strongly condemns the raid, an attack for which the Lamu Brigade has "
        "claimed responsibility. We call on the port authority to reopen the harbour.",
    )
    assert {s.actor for s in segment(text) if s.speaker == "Office of the Spokesperson"} == {"USA"}
    text = _RELEASE.replace("The United States welcomes", "We welcome") + (
        "The United States will continue to stand with the people of Lamu.\n"
    )
    assert {s.actor for s in segment(text) if s.speaker == "Office of the Spokesperson"} == {"USA"}
    # the state the title names is its subject, and two states as subjects name nobody (the date
    # written day first: not the State Department's format, which would name the publisher)
    for body in ("Kenya will hold talks with the shipping lines.",
                 "Iran will continue to block the port. The United States values its ties with Kenya."):
        text = _RELEASE.replace("The United States welcomes the offer of mediation by the African Union.",
                                body).replace("May 4, 2031", "4 May 2031")
        assert all(s.actor not in ("KEN", "USA", "IRN") for s in segment(text)), body
    # an event is no commitment of the issuer's
    text = _RELEASE.replace("The United States welcomes the offer of mediation by the African Union.",
                            "Iran has closed its own ports as well.")
    assert all(s.actor != "IRN" for s in segment(text) if s.speaker == "Office of the Spokesperson")


def test_a_wire_storys_headline_still_gives_the_context_of_an_office() -> None:
    from stance.segmentation import segment

    text = (
        "Armenia extends curfew in capital\n\n"
        "The curfew was extended by a week on Friday. "
        "A ministry spokeswoman said the measure would be reviewed daily.\n"
    )
    assert [s.actor for s in segment(text)] == ["ARM"]


_BYLINE = """Ministry of Foreign Affairs of the Republic of Armenia

Statement of the Ministry of Foreign Affairs on the shelling of border villages by Azerbaijan

12 March 2031

The Ministry strongly condemns the shelling of three villages in Tavush overnight.
"""


def test_a_by_line_ends_before_its_topic() -> None:
    from stance.segmentation import segment

    s = segment(_BYLINE)[0]
    assert (s.speaker, s.actor) == ("the Ministry of Foreign Affairs", "ARM")
    text = _BYLINE.replace("Statement of the Ministry of Foreign Affairs", "Comment by the Press Department")
    assert (segment(text)[0].speaker, segment(text)[0].actor) == ("the Press Department", "ARM")
    # a capitalised title after 'on' belongs to the speaker ('Adviser on Human Rights')
    text = (
        "Statement by Mr. Tomas Eriksen-Vale, Adviser on Human Rights, Mission of Norway\n\n"
        "We remain deeply concerned by the detention of journalists in the region.\n"
    )
    assert segment(text)[0].actor == "NOR"


def test_the_one_who_delivers_a_statement_speaks_for_his_state() -> None:
    from stance.segmentation import segment

    text = (
        "Statement of the European Union on the situation in Moldova\n\n"
        "Delivered by Ms. Odile Sarrazin-Ferrand, Deputy Permanent Representative of France, "
        "on behalf of the European Union\n\n"
        "We remain concerned by the tension in the region and call for restraint.\n"
    )
    s = segment(text)[0]
    assert s.actor == "FRA" and s.speaker.startswith("Ms. Odile Sarrazin-Ferrand")
    text = (
        "Security Council - Haiti\n\n"
        "Explanation of vote by Mr. Paul Delorme-Vidal, Deputy Permanent Representative of France\n\n"
        "We voted in favour of the resolution.\n"
    )
    assert segment(text)[0].actor == "FRA"


def test_a_joint_statement_is_its_publishers() -> None:
    from stance.segmentation import segment

    text = (
        "Ministry for Europe and Foreign Affairs\n\n"
        "Joint Statement by the Co-Chair countries of the OSCE Minsk Group\n\n"
        "Paris, 2 June 2031\n\n"
        "The Co-Chairs call on the sides to respect the ceasefire.\n"
    )
    assert [s.actor for s in segment(text)] == ["FRA"]
    # a plain by-line still names the issuer
    text = text.replace("Joint Statement", "Statement")
    assert segment(text)[0].actor == "OSCE"


# -- a first-person text naming itself: the issuer speaks ------------------------------------------

_SELF = """Ministry for Europe and Foreign Affairs

Statement by the Spokesperson

Paris, 3 June 2031

France condemns the shelling of the port of Odesa overnight. It calls on Moscow to stop its strikes.
The Armenian Foreign Ministry said on Monday that it rejected the proposal.
The two sides agreed to meet again in Geneva next month.
"""


def test_a_texts_own_state_or_both_parties_as_subject_is_its_issuer() -> None:
    from stance.segmentation import segment

    found = segment(_SELF)
    speakers = [(s.speaker, s.actor) for s in found]
    assert speakers[0] == ("the Spokesperson", "FRA")  # 'France condemns'
    assert speakers[1] == ("the Spokesperson", "FRA")  # 'It calls on'
    assert speakers[-1] == ("the Spokesperson", "FRA")  # 'The two sides agreed'
    # another state named in the text is itself
    assert any(s.actor == "ARM" for s in found)
    # in a wire story the state is the speaker, as written
    s = segment("France condemned the shelling of the port of Odesa overnight.")[0]
    assert (s.speaker, s.actor) == ("France", "FRA")
    # named parties are not 'the two sides'
    text = _SELF.replace("The two sides agreed", "Armenian officials agreed")
    assert segment(text)[-1].actor == "ARM"


_UN_NOTE = """Note to Correspondents by the Office of the Spokesperson for the Secretary-General

The United Nations calls on all parties to respect the Blue Line.
UNIFIL said its peacekeepers had counted more than 200 projectiles overnight.
The World Food Programme warns that stocks in the camps will run out next week.
"""


def test_another_body_of_the_issuers_actor_speaks_for_itself() -> None:
    """In a UN spokesperson's note, 'the United Nations' is the issuer, but UNIFIL and the World
    Food Programme are bodies of their own, which the note quotes (their actor is still UN)."""
    from stance.segmentation import segment

    found = [(s.speaker, s.actor) for s in segment(_UN_NOTE)]
    issuer = "the Office of the Spokesperson for the Secretary-General"
    assert found == [(issuer, "UN"), ("UNIFIL", "UN"), ("The World Food Programme", "UN")]
    # the issuer's own acronym is the issuer
    text = (
        "Press Release\n\nUnited Nations Office for the Coordination of Humanitarian Affairs (OCHA)\n\n"
        "Geneva, 4 June 2031\n\nOCHA is alarmed by the fighting around the dam.\n"
    )
    assert segment(text)[0].speaker.startswith("United Nations Office for the Coordination")


def test_a_delegate_naming_his_state_is_the_delegate_and_it_is_the_state() -> None:
    from stance.segmentation import segment

    text = (
        "Statement by Mr. Paul Delorme-Vidal, Deputy Permanent Representative of France\n\n"
        "Mr. President,\n\n"
        "France condemns the attack on the convoy near Goma. It stands by the victims and their families.\n"
    )
    found = segment(text)
    assert [s.speaker.split(",")[0] for s in found] == ["Mr. Paul Delorme-Vidal"] * 2
    assert [s.actor for s in found] == ["FRA", "FRA"]


# -- private persons: OTHER when named, no actor when not; unnamed diplomats -------------------------


def test_a_private_person_is_other_when_named_and_has_no_actor_when_not_whatever_place() -> None:
    # the codebook: OTHER is 'any other identified speaker'; null is for one not identified
    s = one('"Prices will keep falling," said Ilya Vostrin, an analyst at a Moscow brokerage.')
    assert (s.speaker, s.actor) == ("Ilya Vostrin, an analyst at a Moscow brokerage", "OTHER")
    assert one("A Western diplomat in Baku said the talks had stalled.").actor is None
    assert one("A West African diplomat said the talks had stalled.").actor is None
    assert one("Residents of Tovuz said the shelling lasted all night.").actor is None
    assert one("Diplomats in Vienna said the talks had stalled.").actor is None
    assert one("An analyst at a Moscow brokerage said prices would fall.").actor is None
    # an expert at a named institute is named, not the institute's voice: OTHER, not its state
    s = one("Mira Talvik, a senior fellow at the Lakeside Security Forum in Tbilisi, said the truce held.")
    assert s.actor == "OTHER"
    s = one("Oda Brenn, a marine geologist at an institute in Bergen, said the seabed moved.")
    assert s.actor == "OTHER"
    # the apposition that introduced a bare name: 'A farmer near the border, Rasim Talibli'
    found = segment(
        "A farmer near the border, Rasim Talibli, said the fields were mined. "
        "Talibli said the army had not cleared them."
    )
    # (a farmer is a role, as a spokesman is: the mention holds it, 'A ministry spokesman, X')
    assert [(s.speaker_mention, s.actor) for s in found] == [
        ("A farmer near the border, Rasim Talibli", "OTHER"),
        ("Talibli", "OTHER"),
    ]


def test_a_diplomat_at_a_body_speaks_for_an_unnamed_state() -> None:
    # a diplomat at the Council serves one of its members, which the text does not name
    for who in ("A Security Council diplomat", "A U.N. Security Council diplomat"):
        s = one(f"{who} said there was little appetite for a new resolution.")
        assert s.actor is None, who
    # his state named beside the body still speaks
    s = one("A French Security Council diplomat said the draft would be tabled on Monday.")
    assert s.actor == "FRA"


def test_a_diplomat_of_a_named_state_an_official_or_an_organisation_keeps_its_actor() -> None:
    assert one("A French diplomat at the United Nations said the text was ready.").actor == "FRA"
    assert one("Kremlin spokesman Oleg Varin said the talks would resume.").actor == "RUS"
    assert one("Greenpeace said the spill was spreading.").actor == "OTHER"
    # a UN agency under either spelling of its name
    assert one("The World Health Organisation said cases were rising in the north.").actor == "UN"
    assert one("The UN Resident Coordinator in Armenia, Ana Ruiz, said aid was arriving.").actor == "UN"
    # a role for someone speaks for him: 'chief strategist for the party'
    s = one("Tom Irvin, chief strategist for the Liberal Party, said the vote was lost.")
    assert s.actor == "OTHER"


def test_a_bare_name_takes_the_actor_of_the_apposition_that_introduced_it() -> None:
    found = segment(
        '"Our forces will not hold the hills," said Gor Melikyan, a spokesman for the Karabakh '
        "State Defence Committee. Melikyan said Stepanakert was ready for talks."
    )
    assert [s.actor for s in found] == ["KARABAKH", "KARABAKH"]
    found = segment(
        "Mr. Paul Verdain, Special Envoy of the Minister for Europe and Foreign Affairs for "
        "Moldova, travelled to Chisinau on Monday.\n\nMr. Verdain welcomed the reforms under way."
    )
    assert [(s.speaker, s.actor) for s in found] == [("Mr. Verdain", "FRA")]
    # a clause after the name is no apposition: 'X, told reporters in Monrovia ...'
    s = one("Later, Nils Aune, said peacekeepers had stepped up patrols in Monrovia.")
    assert s.actor == "OTHER"


# -- pronouns agree in number with the speaker they stand for ---------------------------------------


def test_he_is_not_a_plural_speaker() -> None:
    text = (
        "Delegates said the talks in Geneva had stalled over the border map. "
        "He said the next round would start in May."
    )
    first, second = segment(text)
    assert first.speaker == "Delegates"
    assert second.speaker != "Delegates"
    text = (
        "The members of the monitoring delegation said the mission was unarmed. "
        "They stressed that its mandate covered only the border."
    )
    assert [s.speaker for s in segment(text)] == ["The members of the monitoring delegation"] * 2


def test_they_is_not_one_person() -> None:
    text = (
        "Foreign Minister Ilse Varga met the envoy on Tuesday. Varga said the talks had stalled. "
        "They said the next round would start in May."
    )
    assert segment(text)[-1].speaker != "Varga"
    # left alone: 'they' for a body, and 'he' for a surname that ends like a plural
    text = "The ministry said the talks had stalled. They said the next round would start in May."
    assert [s.speaker for s in segment(text)] == ["The ministry", "The ministry"]
    text = "Sanders said the talks had stalled. He said the next round would start in May."
    assert [s.speaker for s in segment(text)] == ["Sanders", "Sanders"]


# -- an envoy for a place speaks for whoever sent him ------------------------------------------------

_ENVOY_READOUT = """Special Envoy for Moldova Ruth Calder's Meeting with Baltic Political Directors

READOUT

OFFICE OF THE SPOKESPERSON

MAY 9, 2031

The below is attributable to Spokesperson Dana Whitcombe:

Special Envoy for Moldova Ruth Calder met today in Riga with the political directors of Estonia and Latvia.
Special Envoy Calder underscored that the blockade of the river port was deeply troubling.
She said the United States remained committed to the talks.

The United States will continue to support the mediation.
"""


def test_an_envoy_for_a_place_speaks_for_the_one_who_sent_him_not_for_the_place() -> None:
    # a readout of the office: the envoy's subject (Moldova) is not whom she speaks for
    found = segment(_ENVOY_READOUT)
    assert {s.actor for s in found} == {"USA"}
    assert [s.speaker for s in found][:2] == ["Special Envoy Calder"] * 2
    # with no issuer line the title is the context of last resort, and its brief is no actor
    text = _ENVOY_READOUT.replace("The below is attributable to Spokesperson Dana Whitcombe:", "")
    assert "MDA" not in {s.actor for s in segment(text)}
    # wire copy: the state named before the title speaks, not the one after 'for'
    s = one("U.S. Special Envoy for Syria Ann Brisk said the crossing must stay open.")
    assert s.actor == "USA"
    s = one("The French Special Representative for the Sahel, Marc Doret, said the talks would resume.")
    assert s.actor == "FRA"
    found = segment(
        "Russia's special envoy for Armenia and Azerbaijan, Lev Gorin, said on Monday that the "
        "truce was holding. Gorin said more observers would be sent."
    )
    assert [s.actor for s in found] == ["RUS", "RUS"]


def test_a_spokesman_or_minister_for_a_body_still_speaks_for_it() -> None:
    # 'for' after a spokesman names his principal (the guidelines), not a subject
    s = one("A spokesman for the Russian Foreign Ministry said the talks would resume.")
    assert s.actor == "RUS"
    s = one("Tom Irvin, chief strategist for the Liberal Party, said the vote was lost.")
    assert s.actor == "OTHER"
    # an envoy of a state ('of', not 'for') and a state's own minister keep their actor
    s = one("The Armenian Minister for Foreign Affairs, Aram Sarkisov, said the border was calm.")
    assert s.actor == "ARM"
    s = one("The envoy of Azerbaijan, Rauf Kerimli, said the road would reopen.")
    assert s.actor == "AZE"
    # a body after 'for' is whom the negotiator works for, not his brief
    s = one("Ilse Vogt, a trade negotiator for the Austrian delegation, said the text was ready.")
    assert s.actor == "AUT"


# -- a header line naming a press conference is no statement ---------------------------------------

_PRESS_CONFERENCE = """Government press conference, Vienna, 4 June 2031

Statements of the Austrian Foreign Ministry, Deputy Spokesperson Lena Aigner

MS. AIGNER: I would like to begin with the floods. We are deeply concerned by the situation.
"""


def test_a_press_conference_line_is_part_of_the_header_not_a_statement() -> None:
    found = segment(_PRESS_CONFERENCE)
    # the header block runs on to the statements line, so the name tag has its issuer's actor
    assert [s.speaker for s in found] == ["MS. AIGNER"] * 2
    assert {s.actor for s in found} == {"AUT"}
    # a headline with a verb of saying ('presses Baku') is a headline, no statement (guidelines)
    text = "Kremlin presses Baku over truce\n\nThe Kremlin said on Monday that the truce was at risk.\n"
    assert [(s.speaker, s.cue) for s in segment(text)] == [("The Kremlin", "said")]


_UPPER_HEADER = """MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA
Weekly press conference, Deputy Spokesperson Anush Galstyan
Yerevan, 3 May 2031

MS. GALSTYAN: Good afternoon.

We are concerned by the shelling of the border villages overnight.
"""


def test_a_ministry_header_in_capitals_names_the_issuer() -> None:
    # the untagged paragraph after a name tag's is the issuer's, named by the line in capitals
    s = one(_UPPER_HEADER)
    assert (s.speaker, s.actor) == ("MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA", "ARM")
    # Germany's Federal Foreign Office is not the British Foreign Office
    text = _UPPER_HEADER.replace(
        "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ARMENIA", "FEDERAL FOREIGN OFFICE"
    )
    assert {s.actor for s in segment(text)} == {"DEU"}
    # a line in capitals that names no institution names no issuer
    text = _UPPER_HEADER.replace("MINISTRY OF FOREIGN AFFAIRS OF THE", "A WEEK IN THE")
    assert all(s.speaker != "A WEEK IN THE REPUBLIC OF ARMENIA" for s in segment(text))


# -- an office with no country is the office of the body that just spoke ------------------------------


def test_a_bare_office_after_a_named_body_is_that_bodys_spokesman() -> None:
    # wire copy under a foreign dateline: the dateline is the context of last resort only
    found = segment(
        "TBILISI, May 3 - Voting ended on Sunday.\n\n"
        "The State Department welcomed the calm vote. \u201cThis was a good day,\u201d department "
        "spokesman Tom Hale said.\n"
    )
    assert [s.actor for s in found] == ["USA", "USA"]
    found = segment(
        "VIENNA, May 3 - The talks ended on Friday.\n\n"
        "The French Foreign Ministry welcomed the deal. \u201cWe will build on it,\u201d ministry "
        "spokesman Luc Varenne told reporters.\n"
    )
    assert [s.actor for s in found] == ["FRA", "FRA"]
    # a spokesperson with no body word right after a body that spoke is its spokesperson
    found = segment(
        "KIEV, July 18 - The jet crashed on Thursday.\n\n"
        "In Washington, the State Department said the evidence pointed to a missile. \u201cWe are "
        "deeply troubled,\u201d deputy spokesperson Ada Ferris told reporters.\n"
    )
    assert [s.actor for s in found] == ["USA", "USA"]


def test_a_bare_office_with_no_antecedent_keeps_the_datelines_context() -> None:
    s = one("TBILISI, May 3 - A ministry spokesman said the vote had been calm.")
    assert s.actor == "GEO"
    # a body of another kind is not the ministry's antecedent
    found = segment(
        "TBILISI, May 3 - Voting ended on Sunday.\n\n"
        "The European Union welcomed the calm vote. A ministry spokesman said turnout was high.\n"
    )
    assert [s.actor for s in found] == ["EU", "GEO"]
    # a private person who spoke last is no spokesman's principal
    found = segment(
        "TBILISI, May 3 - Voting ended on Sunday.\n\n"
        "Nino Beraia, a teacher in Gori, said the queues were long. A deputy spokesperson, Levan "
        "Kvirika, said turnout was high.\n"
    )
    assert [s.actor for s in found] == ["OTHER", "GEO"]


# -- a later short mention takes the title that introduced the full name ------------------------------

_CALLS = """Ministry of Foreign Affairs of the Russian Federation

Press release

On 4 May, Deputy Foreign Minister of the Russian Federation Oleg Marchuk held separate telephone \
conversations with Deputy Foreign Minister of the Republic of Armenia Aram Vardanyan and Deputy \
Foreign Minister of the Republic of Azerbaijan Rauf Aliyarli.

Deputy Minister Vardanyan said that the shelling had been started by the other side. \
Deputy Minister Aliyarli, for his part, said that his country's positions had come under fire. \
Aliyarli called on the mediators to assess the incident.

Marchuk stressed that the sides must return to the ceasefire.
"""


def test_a_short_mention_takes_the_actor_of_the_title_that_introduced_the_name() -> None:
    found = [s for s in segment(_CALLS) if s.cue is not None]
    assert [(s.speaker_mention, s.actor) for s in found] == [
        ("Deputy Minister Vardanyan", "ARM"),
        ("Deputy Minister Aliyarli", "AZE"),
        ("Aliyarli", "AZE"),
        ("Marchuk", "RUS"),
    ]


def test_a_short_mention_with_no_title_before_its_name_is_left_alone() -> None:
    # wire copy: the name first met with no title keeps the mention's own actor
    found = segment(
        "Ilgar Orujov met officials of Georgia on Monday. Orujov said the road would reopen."
    )
    assert [s.actor for s in found] == ["OTHER"]
    # a place before the name is where he is, not whom he speaks for
    found = segment("In Armenia Aram Vardanyan met farmers. Vardanyan said the harvest was poor.")
    assert [s.actor for s in found] == ["OTHER"]


# -- an organisation named by its kind speaks as OTHER, and a later 'the union' is the same ------------


def test_an_organisation_named_by_its_kind_is_other_and_its_generic_mention_the_same() -> None:
    found = segment(
        "The cabin crew union said the strike would continue until Sunday. "
        "The union said talks with the airline had failed."
    )
    assert [(s.speaker, s.actor) for s in found] == [("The cabin crew union", "OTHER")] * 2
    # a plural owner belongs to the mention ("The dockers' union")
    s = one("The dockers' union said the port would stay shut.")
    assert (s.speaker, s.actor) == ("The dockers' union", "OTHER")
    s = one("A consumers\u2019 association said prices would rise.")
    assert (s.speaker, s.actor) == ("A consumers\u2019 association", "OTHER")
    found = segment(
        "The State Electoral Commission said the count was over. The commission said turnout was 54 percent."
    )
    assert [s.speaker for s in found] == ["The State Electoral Commission"] * 2


def test_a_person_or_a_document_named_by_its_kind_is_left_alone() -> None:
    # private persons and unnamed sources speak for nobody (the guidelines)
    assert one("A farmer said the fields were flooded.").actor is None
    assert one("The report said the dam had cracked.").actor is None
    # the owner of a plural possessive is no speaker of its own
    s = one("He said the workers' homes were flooded.")
    assert s.speaker_mention == "He"
    # a group of private persons is no organisation; groups named by their kind are bodies
    assert one("A group of planetary scientists said the vote was flawed.").actor is None
    found = segment("The army said the road was open, but aid groups warned that it was closed.")
    assert found[-1].actor == "OTHER"
    assert one("The two companies said the merger would go ahead.").actor == "OTHER"
    assert one("Activists said the arrests were unlawful.").actor is None  # people, unnamed
    # 'the Georgian association' is an association, not any Georgian speaker before it
    found = segment(
        "The Tbilisi prosecutor's office said the case was closed. "
        "The Georgian association said it would appeal."
    )
    assert found[1].speaker == "The Georgian association"


# -- an office with no country speaks from its seat ('said in Paris') --------------------------------


def test_an_office_that_speaks_in_a_capital_is_that_capitals() -> None:
    text = (
        "MADRID, March 12 - Thousands marched on Friday.\n\n"
        "France was horrified by the attack, the Foreign Ministry said in Paris. "
        "\u201cWe stand with Spain,\u201d Foreign Ministry spokesman Paul Rivet told reporters in Paris.\n"
    )
    assert [s.actor for s in segment(text)] == ["FRA", "FRA"]
    # as a place phrase opening the sentence does
    s = one("MADRID, March 12 - In Paris, the Foreign Ministry said it was horrified.")
    assert s.actor == "FRA"


def test_a_named_state_or_a_person_speaking_in_a_capital_is_left_alone() -> None:
    s = one("MADRID, March 12 - Russia's Foreign Ministry said in Paris that it was horrified.")
    assert s.actor == "RUS"
    s = one("Ada Lenz, an analyst at a Lisbon bank, said in Paris that prices would fall.")
    assert s.actor == "OTHER"  # named, and not France's
    s = one("MADRID, March 12 - The Foreign Ministry said on Friday that it was horrified.")
    assert s.actor == "ESP"


# -- a body's name before lower-case modifiers and an office belongs to the mention ------------------


def test_a_bodys_name_before_modifiers_and_an_office_is_part_of_the_mention() -> None:
    s = one("EU foreign policy spokeswoman Mara Lindqvist condemned the shelling.")
    assert (s.speaker, s.actor) == ("EU foreign policy spokeswoman Mara Lindqvist", "EU")
    s = one("\u201cWe cannot reach the wounded,\u201d ICRC regional spokesman Tomas Berli said in Tbilisi.")
    assert s.speaker == "ICRC regional spokesman Tomas Berli"
    assert s.actor not in ("GEO", None)


def test_a_name_that_is_no_body_before_a_role_is_left_alone() -> None:
    # a company after its country's adjective speaks for itself
    s = one("French carmaker Arvelle said it would cut 900 jobs.")
    assert s.actor == "OTHER"
    # a place phrase before the subject is not part of it
    s = one("In Vienna, foreign ministry officials said the talks would resume.")
    assert s.speaker == "foreign ministry officials"


def test_a_name_takes_the_actor_of_its_title_in_apposition_or_with_given_name() -> None:
    text = (
        "Paris, 15 March 2031\n\n"
        "The French Co-Chair, Ambassador Luc Mercier, today received the Deputy Minister of Foreign "
        "Affairs of Armenia, Mr Aram Vardanyan, and the Deputy Minister of Foreign Affairs of "
        "Azerbaijan, Mr Rauf Aliyarli.\n\n"
        "Mr Vardanyan said that the talks had stalled. Mr Aliyarli said that the road must reopen.\n"
    )
    found = [s for s in segment(text) if s.cue == "said"]
    assert [(s.speaker_mention, s.actor) for s in found] == [("Mr Vardanyan", "ARM"), ("Mr Aliyarli", "AZE")]
    text = _CALLS.replace("Marchuk stressed", "Oleg Marchuk stressed")
    assert [s.actor for s in segment(text) if s.speaker == "Oleg Marchuk"] == ["RUS"]
    # a place in apposition is where he is, not his title
    found = segment("In Yerevan, Aram Vardanyan met farmers. Mr Vardanyan said the harvest was poor.")
    assert [s.actor for s in found] == ["OTHER"]


def test_a_name_after_a_states_role_in_apposition_speaks_for_that_state() -> None:
    found = segment(
        "\u201cThe text is unbalanced,\u201d Russia\u2019s deputy envoy to the United Nations, Oleg "
        "Vantsev, told the council. Vantsev said Moscow would abstain."
    )
    assert [s.actor for s in found] == ["RUS", "RUS"]
    # a possessive of a person is no state's role
    found = segment("Mrs. Roe's lawyer, Ada Lenz, said the appeal would be filed. Lenz said no more.")
    assert "RUS" not in {s.actor for s in found}


def test_a_release_that_speaks_on_behalf_of_a_state_is_that_states() -> None:
    text = _RELEASE.replace(
        "We are concerned by the closure of the port of Lamu to foreign shipping.\n"
        "The United States welcomes the offer of mediation by the African Union.\n",
        "On behalf of the Government of the United States of America, we congratulate the people of "
        "Kenya on their national day. We look forward to our partnership.\n",
    )
    assert {s.actor for s in segment(text)} == {"USA"}
    # the state a sentence speaks about is not the issuer: 'On Kenya's behalf' is no opener here
    text = _RELEASE.replace("The United States welcomes", "We welcome")
    assert all(s.actor != "KEN" for s in segment(text))


# -- transcripts: a turn runs on until the next name tag -----------------------------------------

_TURNS = """Daily Press Briefing
Office of the Spokesperson
Washington, DC

MR. HALDANE: Good afternoon. We are deeply concerned by the shelling of Stepanakert.

We call on both sides to respect the ceasefire.

QUESTION: Do you blame Azerbaijan?

That would be the third strike on the city this week.

MR. HALDANE: We urge restraint.

(Laughter.)

Our envoy will travel to Baku next week.

NORWAY

Norway will host the donors' conference in May.

(The briefing was concluded at 2:41 p.m.)"""


def test_a_turn_in_a_transcript_runs_over_its_untagged_paragraphs() -> None:
    found = {s.text: s for s in segment(_TURNS)}
    for text in (
        "We call on both sides to respect the ceasefire.",
        "Our envoy will travel to Baku next week.",
        "Norway will host the donors' conference in May.",
    ):
        assert (found[text].speaker_mention, found[text].kind) == ("MR. HALDANE", "direct"), text
    # the journalist's turn runs on too: a question's paragraphs are nobody's statement
    assert "That would be the third strike on the city this week." not in found


def test_headings_and_stage_directions_inside_a_turn_are_not_statements() -> None:
    texts = [s.text for s in segment(_TURNS)]
    assert "NORWAY" not in texts
    assert "(Laughter.)" not in texts
    assert "(The briefing was concluded at 2:41 p.m.)" not in texts


def test_a_bracketed_paragraph_with_its_own_speaker_is_still_a_statement() -> None:
    text = (
        "MR. HALDANE: We urge restraint.\n\nQUESTION: And Moscow?\n\n"
        "(Moscow said on Friday it would send more monitors.)"
    )
    found = segment(text)
    assert [s.speaker for s in found if s.text.startswith("(Moscow")] == ["Moscow"]


def test_a_lone_name_tag_speaks_for_its_own_line_only() -> None:
    text = (
        "Ada Roe: We will not accept any delay in the talks.\n"
        "Fighting resumed near the border on Tuesday after a week of calm."
    )
    found = segment(text)
    assert [s.text for s in found] == ["We will not accept any delay in the talks."]


def test_an_index_of_topics_is_no_name_tag() -> None:
    text = "INDEX:\nGEORGIA\nCeasefire Efforts\n\nMR. HALDANE: We welcome the ceasefire in Georgia."
    found = segment(text)
    assert [s.text for s in found] == ["We welcome the ceasefire in Georgia."]
    assert found[0].speaker_mention == "MR. HALDANE"


def test_a_body_that_a_state_only_locates_is_other_not_the_state() -> None:
    for who in ("A Russian rights group", "The Armenian opposition", "U.S. steel industry officials"):
        s = one(f"{who} said on Monday that the talks had failed.")
        assert (s.speaker, s.actor) == (who, "OTHER")
    # the state's own bodies, and names that hold the head, keep their actors
    assert one("Russian officials said the talks had failed.").actor == "RUS"
    assert one("The Armenian government said the talks had failed.").actor == "ARM"
    assert one("The European Union said the talks had failed.").actor == "EU"
    assert one("The Armenian party said the talks had failed.").actor == "ARM"  # a side in talks


def test_a_body_named_inside_a_longer_name_or_owned_by_the_state_keeps_its_actor() -> None:
    assert one("The European Union's foreign service said the road must reopen.").actor == "EU"
    assert one("The African Union mission said its patrol had withdrawn.").actor == "AU"
    s = one("Ukraine's state energy company Naftogaz denied taking any gas, saying it used only its own.")
    assert s.actor == "UKR"
    assert one("Unions in Belgium said they were deeply concerned by the closures.").actor == "OTHER"


# -- a colon with nothing after it introduces the next paragraph --------------------------------


def test_a_cue_with_a_colon_gives_the_next_paragraph_to_its_speaker() -> None:
    text = (
        "The governor was asked about the shooting on Tuesday.\n"
        "The governor added:\n"
        "It is typical of the opposition. They know nothing about what happened in the city.\n"
        "Fighting continued overnight in the north."
    )
    found = segment(text)
    assert [(s.text, s.speaker, s.kind) for s in found] == [
        ("It is typical of the opposition.", "The governor", "direct"),
        ("They know nothing about what happened in the city.", "The governor", "direct"),
    ]
    # a quoted paragraph after the colon is the speaker's as before; the one after it is not
    text = 'The ministry said in a statement:\n"We condemn the attack."\nRoads were closed.'
    assert [(s.text, s.speaker) for s in segment(text)] == [('"We condemn the attack."', "The ministry")]


def test_a_state_adjective_opening_a_plural_body_is_part_of_it() -> None:
    s = one("French companies said on Monday that the tariff would cost jobs.")
    assert (s.speaker, s.actor) == ("French companies", "OTHER")
    s = one("OSCE monitors said their office was in touch with both commands.")
    assert (s.speaker, s.actor) == ("OSCE monitors", "OSCE")
    assert one("Russian banks said the sanctions would bite.").actor == "OTHER"
    assert one("The Russian central bank said the sanctions would bite.").actor == "RUS"


def test_a_quote_after_a_colon_keeps_the_other_sentences_of_its_paragraph_apart() -> None:
    text = (
        "The ministry said in a statement:\n"
        '"We condemn the attack." The foreign minister, Ada Roe, later told reporters the talks '
        "would go on."
    )
    found = segment(text)
    assert [s.speaker_mention for s in found] == ["The ministry", "The foreign minister, Ada Roe"]


def test_a_participle_phrase_after_a_body_is_no_part_of_its_name() -> None:
    from stance.actors import Gazetteer
    from stance.segmentation.records import Doc
    from stance.segmentation.resources import language
    from stance.segmentation.speakers import SpeakerResolver

    resolver = SpeakerResolver(Doc("x", language("en", None), Gazetteer.default()))
    # the group that holds U.N. engineers is no U.N. body; a U.N. agency is
    assert resolver.actor("An armed group holding two U.N. engineers") == "OTHER"
    assert resolver.actor("The U.N. refugee agency") == "UN"


# -- a pronoun in a clause after the main one stands for the main clause's subject -----------------


def test_a_pronoun_after_because_or_after_is_the_subject_of_its_sentence() -> None:
    text = (
        "Officials of the ruling party called the vote fair. Lawmakers walked out of the "
        "session because they felt the count was rigged."
    )
    assert [s.speaker for s in segment(text)] == ["Officials of the ruling party", "Lawmakers"]
    text = "Ada Roe spoke first. The army withdrew after it said the road was safe."
    assert [s.speaker for s in segment(text)] == ["The army"]
    # a name nearer the pronoun that agrees with it is taken first; one that does not is passed
    text = "Protesters gathered outside the Interior Ministry after it said the march was banned."
    assert [s.speaker for s in segment(text)] == ["the Interior Ministry"]
    text = (
        "The Port Authority said the canal was open. Inspectors questioned Ada Roe, the port's "
        "director, for hours because they said the dredging was late."
    )
    assert [s.speaker for s in segment(text)] == ["The Port Authority", "Inspectors"]
    # a document is not a pronoun's antecedent
    text = (
        "The council met on Monday. Statements are not enough, and the members must adopt the "
        "measures they have promised."
    )
    assert all(s.speaker != "Statements" for s in segment(text))


# -- 'and' inside the name of one body ---------------------------------------------------------------


def test_and_inside_the_name_of_one_body_does_not_make_a_list() -> None:
    text = (
        "Pierre Daumal, spokesman of the Ministry for Europe and Foreign Affairs, said the strikes "
        "were unacceptable. He urged Baku to pull back its forces."
    )
    found = segment(text)
    assert [s.actor for s in found] == ["FRA", "FRA"]
    assert found[1].speaker == found[0].speaker
    # the head of 'X of Y and Z' is X: 'It' can stand for the ministry
    text = "The Ministry of Foreign Affairs and Trade of Norway said the talks failed. It urged calm."
    assert [s.speaker for s in segment(text)] == ["The Ministry of Foreign Affairs and Trade of Norway"] * 2
    # lists stay lists: 'They' stands for them, and several states speak for none alone
    text = "The Ministry of Defence and the Foreign Ministry said the talks failed. They urged calm."
    found = segment(text)
    assert found[1].speaker == found[0].speaker
    found = segment("The United States, Russia and France said the talks failed. They urged calm.")
    assert [s.actor for s in found] == ["OTHER", "OTHER"]


# -- 'The representative of the X, however, said' -------------------------------------------------


def test_a_role_of_a_body_before_a_parenthetical_speaks() -> None:
    text = "The representative of the Russian Federation, however, said the format remained viable."
    assert (one(text).speaker, one(text).actor) == ("The representative of the Russian Federation", "RUS")
    s = one("The head of the delegation of the United Kingdom, for his part, said the format was dead.")
    assert (s.speaker, s.actor) == ("The head of the delegation of the United Kingdom", "GBR")
    # the role and its body are kept with the name that follows them
    s = one("A spokeswoman for the French Foreign Ministry, Claire Dumont, said Paris was in contact.")
    assert (s.speaker, s.actor) == ("A spokeswoman for the French Foreign Ministry, Claire Dumont", "FRA")
    # a place is not part of who speaks
    s = one(
        "In Stepanakert, the main town of the enclave, Arsen Dilanyan, a local official, said it "
        "was calm."
    )
    assert s.speaker == "Arsen Dilanyan, a local official"
    # 'and' inside one body's name keeps one actor
    s = one(
        "A spokesman for the U.N. Relief and Works Agency for Palestine Refugees, Sami Khalil, said "
        "it was shut."
    )
    assert s.actor == "UN"


def test_a_lower_case_head_after_a_name_ends_the_subject() -> None:
    s = one("The Armenian side informed the mediators of the shelling and asked for assistance.")
    assert (s.speaker, s.actor) == ("The Armenian side", "ARM")
    s = one("The European Union's Slovenian presidency said it was following developments closely.")
    assert s.speaker == "The European Union's Slovenian presidency"
    # the verb after the head is no modifier of it
    s = one("The Nigerien side informed the French delegation of its measures and asked for support.")
    assert s.speaker == "The Nigerien side"


# -- a person who works for a non-state body in a capital speaks for no state -----------------------


def test_a_person_of_a_non_state_body_named_after_a_place_takes_other() -> None:
    s = one("Ada Lenz, a human rights lawyer in Baku, said the trial was unfair.")
    assert s.actor == "OTHER"
    s = one("Gulnara Safarli, director of the Baku Centre for International Relations, said it was false.")
    assert s.actor == "OTHER"
    s = one("Ivo Marek, a fellow at the Halden Institute in Moscow, said prices would fall.")
    assert s.actor == "OTHER"
    # a state's own body, or a body the gazetteer names, keeps its actor
    s = one("Rashad Aliyev, spokesman of the Azerbaijani Foreign Ministry in Baku, said the talks failed.")
    assert s.actor == "AZE"
    assert one("The Central Bank of Russia said rates would rise.").actor == "RUS"
    s = one("A spokesman for the Russian Defence Ministry's Centre for Reconciliation said it was calm.")
    assert s.actor == "RUS"


def test_it_stands_for_a_body_known_only_by_its_name() -> None:
    found = segment("Frontline Aid said the camps were full. It urged donors to act.")
    assert [s.speaker for s in found] == ["Frontline Aid", "Frontline Aid"]
    found = segment("KFOR said the road was open. It urged calm.")
    assert [s.speaker for s in found] == ["KFOR", "KFOR"]
    # a person's name is not a body
    found = segment("Ada Roe said the road was open. It urged calm.")
    assert found[1].speaker != "Ada Roe"


# -- a pronoun after a person named in the narration ---------------------------------------------------


def test_a_pronoun_stands_for_the_person_the_narration_just_named() -> None:
    text = (
        "Coach Dorin Munteanu said the team had played well. Craiova coach Vasile Pop was less "
        "happy. He said the referee had made mistakes."
    )
    assert [s.speaker for s in segment(text)] == ["Coach Dorin Munteanu", "Craiova coach Vasile Pop"]
    text = (
        "The agency said the camps were full. Ada Lenz visited the camp on Monday. She said it was "
        "crowded."
    )
    assert segment(text)[1].speaker == "Ada Lenz"
    # gender and number still decide, and 'I' is never a name of the narration
    text = "Ada Roe said the talks had failed. Ivo Marek, her deputy, resigned. She said she would stay."
    assert segment(text)[-1].speaker == "Ada Roe"
    text = "Ivo Marek resigned on Monday. I said the talks had failed."
    assert all(s.speaker != "Ivo Marek" for s in segment(text))


def test_a_closing_generic_mention_is_the_body_its_sentence_opens_with() -> None:
    text = (
        "Georgia's Foreign Ministry summoned Russia's envoy after guards moved fences, the "
        "ministry said."
    )
    s = one(text)
    assert (s.speaker, s.actor) == ("Georgia's Foreign Ministry", "GEO")
    # a proper name with 'the' is no generic mention
    text = (
        "The Independent Electoral Commission of Norland published the results, the Electoral "
        "Commission said."
    )
    assert one(text).speaker == "the Electoral Commission"


def test_a_singular_generic_mention_is_not_a_list_of_states() -> None:
    text = (
        "YEREVAN/BAKU, April 20 - Armenia and Azerbaijan agreed on Friday on the first section of "
        "their border. The Armenian government said the commissions had agreed on a map."
    )
    found = segment(text)
    assert found[-1].speaker == "The Armenian government"
    assert text[found[0].start : found[0].start + 7] == "Armenia"


def test_its_ministry_speaks_for_the_state_just_named() -> None:
    s = segment("Azerbaijan closed the road on Monday. Its foreign ministry said the road was unsafe.")[0]
    assert (s.speaker, s.actor) == ("Azerbaijan's foreign ministry", "AZE")
    found = segment("Russia said the talks failed. Its delegation walked out, its foreign ministry said.")
    assert [s.actor for s in found] == ["RUS", "RUS"]


def test_a_generic_mention_prefers_the_speaker_that_bears_its_word() -> None:
    text = (
        "A source in the Russian Defence Ministry said the convoy was attacked. The state minister "
        "Ada Roe said the road was closed. The source said the attack was planned."
    )
    assert segment(text)[-1].actor == "RUS"
    # with no speaker bearing it, the most recent of its kind
    found = segment("Ada Roe said the road was closed. The spokeswoman added that talks would resume.")
    assert found[1].speaker == "Ada Roe"


def test_a_title_of_another_body_and_he_after_the_secretary_general() -> None:
    assert one("The Secretary General of the Council of Europe said it must stop.").actor == "COE"
    text = (
        "The Secretary-General of the Nordic Fisheries Forum is alarmed by the fighting. He calls "
        "on the parties to exercise restraint."
    )
    assert [s.actor for s in segment(text)] == ["OTHER", "OTHER"]
    text = "The Secretary-General said the fighting must stop. He called on the parties to stop."
    assert [s.actor for s in segment(text)] == ["UN", "UN"]
    assert one("The Secretary-General of the United Nations said it must stop.").actor == "UN"


def test_a_users_body_ending_in_forum_is_a_body() -> None:
    import stance

    g = stance.Gazetteer.default().extend("PFF", ["Pacific Fisheries Forum"])
    text = "The Pacific Fisheries Forum condemned illegal fishing. It urged Japan to act."
    assert [s.actor for s in segment(text, gazetteer=g)] == ["PFF", "PFF"]


def test_it_after_a_programme_is_the_programme() -> None:
    text = (
        "The Russian Foreign Ministry said the talks failed. The Nordic Development Programme said "
        "the camps were full. It urged donors to act."
    )
    found = segment(text)
    assert found[-1].speaker == "The Nordic Development Programme"


def test_hyphenated_titles_speak_for_their_body() -> None:
    assert one("The ICRC's director-general said the fighting must stop.").actor == "ICRC"
    s = one("ICRC director-general Anna Morel said the fighting must stop.")
    assert (s.speaker, s.actor) == ("ICRC director-general Anna Morel", "ICRC")
    s = one("The director-general of the ICRC said it must stop.")
    assert s.speaker == "The director-general of the ICRC"


def test_a_role_named_by_the_head_of_the_opening_body_speaks_for_it() -> None:
    text = (
        "Russia's Foreign Ministry has expressed concern over the deployment, ministry "
        "spokeswoman Irina Volkova told a briefing."
    )
    s = one(text)
    assert (s.speaker, s.actor) == ("ministry spokeswoman Irina Volkova", "RUS")
    assert one("Russia's Foreign Ministry has expressed concern, a ministry official said.").actor == "RUS"
    # a role of another kind of body keeps its own reading
    assert one("Russia's Foreign Ministry has expressed concern, a bank official said.").actor != "RUS"


# -- a news outlet relays the words of the speaker another cue names -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said on Monday that it was involved, according to state news agency TASS.",
        "The Kremlin said the talks had failed, according to the RIA news agency.",
        "According to TASS, the Kremlin said the talks had failed.",
        "The Kremlin said the talks had failed, according to state media.",
        "The Kremlin said the talks had failed, according to state television.",
    ],
)
def test_a_news_outlet_after_according_to_relays_the_speaker_of_the_sentence(text: str) -> None:
    s = one(text)
    assert (s.speaker.lower(), s.actor, s.cue) == ("the kremlin", "RUS", "said")


def test_a_news_outlet_alone_or_a_person_after_according_to_is_the_source() -> None:
    s = one("The talks had failed, according to Reuters.")
    assert (s.speaker, s.kind) == ("Reuters", "according_to")
    # a medium is the head of the source phrase, not a time after it ('told television')
    assert one("According to state television, the talks had failed.").speaker == "state television"
    assert one("The talks failed, according to the ministry on Monday.").speaker == "the ministry"
    # a person who reports the words is the sentence's source, as the corpus has it
    s = one("Lavrov said the talks had failed, according to a diplomat.")
    assert (s.speaker, s.kind) == ("a diplomat", "according_to")


# -- a pronoun speaker after the name its sentence opens with ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Secretary Daniel Ashworth summoned the ambassador over what he called "
        '"a pattern of hostile activity" on British soil.',
        "Foreign Secretary Daniel Ashworth summoned the ambassador, and he called it a pattern of threats.",
    ],
)
def test_a_pronoun_speaker_after_the_name_its_sentence_opens_with_is_that_name(text: str) -> None:
    s = one(text)
    assert (s.speaker_mention, s.speaker, s.actor) == ("he", "Foreign Secretary Daniel Ashworth", "GBR")


def test_a_participle_opening_the_sentence_is_no_subject_for_its_pronoun() -> None:
    s = one("Campaigning against Ivo Marek in 2012, he barely mentioned the treaty.")
    assert s.speaker != "Campaigning against Ivo Marek"
