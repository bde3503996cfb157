"""Findings, reports and positions the codebook counts as statements, found in the eighth round
of cue work on real news ('a poll released Friday shows ...', 'the panel found the United States
was ...', 'the ministry reported shelling ...'), and the near misses each rule must leave alone
(actions, recordings, data with no issuer). Invented sentences throughout."""

from __future__ import annotations

from segment_helpers import one

from stance.segmentation import segment

# -- a clause without 'that' after a finding verb ------------------------------------------------


def test_a_name_with_a_cue_word_opens_a_clause_without_that() -> None:
    # 'States' in 'the United States' is a name's word, not the verb 'states'
    s = one("The arbitration panel found the United States was in breach of the accord.")
    assert (s.speaker, s.cue) == ("The arbitration panel", "found")
    s = one("The tribunal found the Russian Federation had violated the convention.")
    assert s.speaker == "The tribunal"


def test_a_finding_verb_before_a_plain_object_stays_narration() -> None:
    # 'found' with an object and no clause: the panel came upon something, no statement
    assert segment("The inspectors found the United States embassy closed for the holiday.") == []
    assert segment("Rescuers found the missing hikers near the border.") == []
