"""Speakers and actors left from probing (lead8): each rule with the near miss it must leave
alone. Invented speeches and wire copy."""

from __future__ import annotations

from stance.segmentation import segment

# -- a speech with no header that opens 'On behalf of <group>': the group speaks -----------------


def test_a_speech_on_behalf_of_a_group_is_the_groups() -> None:
    text = (
        "On behalf of the Nordic countries, I would like to thank the Special Representative for her "
        "briefing.\n\nWe are deeply concerned by the continued fighting in the east. We call on all "
        "parties to respect the ceasefire."
    )
    found = segment(text)
    assert [s.speaker for s in found] == ["the Nordic countries"] * 3
    assert {s.actor for s in found} == {"OTHER"}
    text = (
        "Mr. President,\n\nI have the honour to speak on behalf of the European Union.\n\n"
        "We condemn the attack on the convoy. We urge both sides to return to talks."
    )
    assert [(s.speaker, s.actor) for s in segment(text)][-2:] == [("the European Union", "EU")] * 2
    text = (
        "Allow me, on behalf of the Government of Ghana, to congratulate you. "
        "We remain concerned about the fighting."
    )
    assert [s.actor for s in segment(text)] == ["GHA", "GHA"]


def test_on_behalf_of_in_someone_elses_sentence_names_no_speaker() -> None:
    # the group is the one another speaker or statement spoke for, not the text's
    text = (
        "We associate ourselves with the statement delivered on behalf of the European Union. "
        "We are concerned about the fighting."
    )
    assert all(s.actor != "EU" for s in segment(text))
    text = "On behalf of the EU, the Finnish minister said the bloc was concerned. We will see."
    assert [s.speaker for s in segment(text)] == ["the Finnish minister"]
    # the speaker's own government, unnamed: nobody identifiable
    text = "Mr. President, on behalf of my Government, I thank you. We are concerned about the fighting."
    assert segment(text) == []
    # a quote is the quoted speaker's words
    text = '"On behalf of the Nordic countries, we protest," Ada Lindqvar said. We will follow the case.'
    assert [s.speaker for s in segment(text)] == ["Ada Lindqvar"]
