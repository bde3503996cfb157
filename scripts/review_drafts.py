"""Flag what a reviewer should look at in annotation drafts before they enter the corpus.

For each draft folder (see ``build_corpus.py``), builds the drafts in a scratch corpus and prints:

- ``UNANNOTATED``: narration sentences (every sentence that is no statement and no header) that
  a model scores at or above its threshold for some label, or that carry a reporting verb: a
  statement left unannotated becomes a false narration negative;
- ``PERSON``: statements whose speaker, or the person whose stance a statement reports, may be
  a real, identifiable person (a gazetteer name such as Putin or Lavrov, or an unnamed
  single-holder title: the Secretary, the Minister, the Secretary-General, the President);
- ``LABEL``: statements whose labels the model contradicts with confidence (probability
  below 0.15 for a gold 1, above 0.85 for a gold 0).

Usage::

    python scripts/review_drafts.py --model MODEL_DIR DRAFT_DIR...
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from build_corpus import write  # noqa: E402

from stance._data import package_json  # noqa: E402
from stance.api import load as load_model  # noqa: E402
from stance.corpus import load  # noqa: E402
from stance.results import LABELS  # noqa: E402

_REPORTING = re.compile(
    r"\b(?:said|says|told|added|stated|urged|called on|accused|condemned|warned|insisted|"
    r"according to|announced|declared|stressed|expressed)\b",
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(?:[Tt]he (?:Secretary|Minister|Foreign Minister|President|Prime Minister|Chancellor|"
    r"Secretary-General|Secretary General|High Representative|Ambassador)|"
    r"(?:President|Prime Minister|Foreign Minister|Secretary|Chancellor) [A-Z][a-z]+)\b"
    r"(?=[^.]{0,60}\b(?:said|says|urged|called|condemned|expressed|told|stressed|warned|welcomed|"
    r"thanked|voiced|reiterated|accused|hoped|insisted|believes|is|was)\b)"
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True, help="a saved model directory")
    ap.add_argument("drafts", nargs="+", type=Path)
    args = ap.parse_args()
    model = load_model(args.model)
    # full names in the gazetteer (Vladimir Putin, Maria Zakharova): real people
    places = re.compile(
        r"\b(?:United|Russian|Federation|States|House|Department|Council|Union|Group|Republic|Nations|Cross|Parliament|Commission|Office|Foreign|European|Court|Agency)\b"
    )
    people = {
        m
        for entry in package_json("actors.json")["actors"]
        for m in entry["mentions"]
        if re.fullmatch(r"[A-Z][\w'-]+ [A-Z][\w'-]+", m) and not places.search(m)
    }
    person_names = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(people)) + r")\b")
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), args.drafts)
        corpus = load(tmp)
    narration = corpus.narration()
    if narration:
        P = model.predict_proba([n.text for n in narration])
        for n, p in zip(narration, P):
            hot = [name for name, v, t in zip(LABELS, p, model.thresholds_) if v >= t]
            if hot or _REPORTING.search(n.text):
                print(f"UNANNOTATED {n.article_id} {hot or ['reporting verb']}: {n.text}")
    P = model.predict_proba(corpus.texts())
    for s, p in zip(corpus.statements, P):
        speaker = f"{s.speaker or ''} / {s.speaker_resolved or ''}"
        hit = _TITLE.search(s.text) or _TITLE.search(speaker)
        names = [m.group(0) for m in person_names.finditer(speaker + " " + s.text)]
        if hit or names:
            print(f"PERSON {s.id} [{speaker}] {(hit.group(0) if hit else names[0])!r}: {s.text}")
        for name, gold, v in zip(LABELS, s.labels, p):
            if (gold and v < 0.15) or (not gold and v > 0.85):
                print(f"LABEL {s.id} {name}={gold} (model {v:.2f}): {s.text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
