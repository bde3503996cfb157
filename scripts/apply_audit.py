"""Apply a label audit to the corpus: set each audited label to the auditor's decision.

An audit file holds one decision a line: ``id`` (a statement id), ``label`` (concern, blame or
call_to_action), ``old`` and ``new`` (0 or 1), ``rule`` (the codebook or guideline rule that
decides), ``targets`` (the new target list when a blame or call label changes, else null) and
``picked`` (why the item was audited). A decision already applied is skipped, so applying a
file twice changes nothing the second time; one naming no statement of the corpus is reported.

Refreshes the statistics tables of the data card (``corpus/README.md``) afterwards.

Usage::

    python scripts/apply_audit.py corpus/audits/label_audit_2026_12.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

sys.path.insert(0, str(ROOT / "scripts"))

from build_corpus import update_card  # noqa: E402

from stance.corpus import load, stats_markdown  # noqa: E402

LABELS = ("concern", "blame", "call_to_action")
TARGETS = {"blame": "blame_targets", "call_to_action": "call_targets"}


def apply(statements: list[dict], decisions: list[dict]) -> tuple[int, list[str]]:
    """Apply ``decisions`` to ``statements`` in place; the number changed and the problems."""
    by_id = {s["id"]: s for s in statements}
    changed, problems = 0, []
    for d in decisions:
        s = by_id.get(d["id"])
        if s is None or d["label"] not in LABELS:
            problems.append(f"{d['id']} {d['label']}: no such statement or label")
            continue
        if d["new"] == d["old"] or s[d["label"]] == d["new"]:
            continue  # kept, or applied already
        s[d["label"]] = d["new"]
        if d["label"] in TARGETS:
            s[TARGETS[d["label"]]] = sorted(set(d.get("targets") or [])) if d["new"] else []
        note = f"audit: {d['label']} {d['old']}->{d['new']} ({d['rule']})"
        s["note"] = f"{s['note']}; {note}" if s.get("note") else note
        changed += 1
    return changed, problems


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    lines = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    decisions = [json.loads(x) for x in lines if x.strip()]
    path = ROOT / "corpus" / "statements.jsonl"
    statements = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    changed, problems = apply(statements, decisions)
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in statements), encoding="utf-8")
    corpus = load(ROOT / "corpus")  # the corpus still validates
    update_card(ROOT / "corpus" / "README.md", stats_markdown(corpus))
    for p in problems:
        print("skipped:", p)
    print(f"{len(decisions)} decisions, {changed} labels changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
