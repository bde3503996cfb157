"""Targets: culprits and addressees (helper tgt12); invented sentences and names."""

from __future__ import annotations

import pytest

from stance.targets import find_targets

AA = ("ARM", "AZE")
DRONES = "Azerbaijani drones struck a bus near the border village on Sunday."


@pytest.mark.parametrize(
    "text,speaker,parties,context,expected",
    [
        # "called the attack a terrorist act": the act is terrorist, no terrorists are named (a new
        # noun phrase after "the attack" is no modifier of a generic noun): nobody, or the culprit
        # of the sentence before
        ("It called the attack a terrorist act.", "FRA", AA, "", ()),
        ("It called the attack a terrorist act.", "FRA", AA, DRONES, ("AZE",)),
        ("The ministry called the shelling a terrorist attack.", "FRA", (), "", ()),
        # near misses: a generic noun in its own noun phrase still names a party outside the codes
        ("The ministry blamed the attack on the rebel militias.", "FRA", AA, "", ("OTHER",)),
        ("The ministry condemned the heinous terrorist attack.", "FRA", (), "", ("OTHER",)),
    ],
)
def test_blame_targets(
    text: str, speaker: str | None, parties: tuple[str, ...], context: str, expected: tuple[str, ...]
) -> None:
    assert set(find_targets(text, "blame", speaker, parties, context=context)) == set(expected)
