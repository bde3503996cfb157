"""Write the notebooks in notebooks/ from the cell sources below, then execute them in place.

Usage: python scripts/make_notebooks.py [--no-execute]

The notebooks only call the library and plot; every figure they print comes from the corpus
and the library, so re-running them reproduces the published results.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NB = ROOT / "notebooks"

SETUP = """\
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
plt.rcParams.update({"figure.dpi": 80, "svg.hashsalt": "stance", "font.size": 9})
import stance
from stance.corpus import load as load_corpus, stats_markdown
from stance.results import LABELS
from IPython.display import Markdown, display
corpus = load_corpus()"""

CORPUS = [
    ("md", "# 01 · The corpus at a glance\n\nThe labelled corpus shipped in `corpus/`: articles, "
           "statements, actors, stances, and the hard cases. Every table below is computed from the files."),
    ("code", SETUP),
    ("code", "display(Markdown(stats_markdown(corpus)))"),
    ("md", "## Statements per actor, genre and split"),
    ("code", """\
st = corpus.stats()
actors = [a for a in st["by_actor"] if a != "None"]
fig, axes = plt.subplots(1, 2, figsize=(10, 3.2))
for split, offset in (("train", -0.2), ("test", 0.2)):
    sub = corpus.subset(split=split).stats()["by_actor"]
    axes[0].bar(np.arange(len(actors)) + offset, [sub.get(a, {}).get("statements", 0) for a in actors], 0.4, label=split)
axes[0].set_xticks(range(len(actors)), actors, rotation=45); axes[0].set_title("statements per actor"); axes[0].legend()
genres = list(st["by_genre"])
axes[1].bar(genres, [st["by_genre"][g]["statements"] for g in genres]); axes[1].set_title("statements per genre")
axes[1].tick_params(axis="x", rotation=45)
fig.tight_layout(); plt.show()"""),
    ("md", "## Stance labels by actor\n\nShare of each actor's statements carrying each label (gold)."),
    ("code", """\
from stance.profiles import actor_profiles, rows_from_gold
rows = rows_from_gold(corpus.statements)
prof = actor_profiles(rows, actors)
fig, ax = plt.subplots(figsize=(9, 3.2))
for k, name in enumerate(LABELS):
    ax.bar(np.arange(len(actors)) + (k - 1) * 0.27, [prof[a][name] for a in actors], 0.27, label=name)
ax.set_xticks(range(len(actors)), actors); ax.set_ylabel("share of statements"); ax.legend(); plt.show()
for a in actors:
    print(f"{a:9s} n={prof[a]['statements']:4d}  " + "  ".join(f"{n}={prof[a][n]:.2f}" for n in LABELS))"""),
    ("md", "## Examples of each label, and of the hard cases\n\nThe hard cases carry a `note` that says why they were labelled as they were."),
    ("code", """\
for name in LABELS:
    print(f"--- {name}")
    for s in [s for s in corpus.statements if getattr(s, name)][:3]:
        print(f"  [{s.actor}] {s.text[:160]}")
print("--- none of the three")
for s in [s for s in corpus.statements if not any(s.labels)][:3]:
    print(f"  [{s.actor}] {s.text[:160]}")
noted = [s for s in corpus.statements if s.note]
print(f"\\n{len(noted)} statements carry a note; the first ten:")
for s in noted[:10]:
    print(f"  {s.labels} {s.text[:110]!r}\\n      note: {s.note}")"""),
]

MODEL = [
    ("md", "# 02 · The model\n\nTrains the model exactly as `stance train` does (train split, default "
           "parameters), then reports cross-validated and held-out figures, calibration, the strongest "
           "n-grams, and the worst mistakes. The last cell checks that these figures are the ones stored "
           "in the shipped default model."),
    ("code", SETUP),
    ("code", """\
model = stance.train(corpus)
rep = model.cv_report_
def table(report, title):
    lines = [f"**{title}** ({report.get('n', '')} statements)", "", "| label | precision | recall | F1 | ECE | threshold |", "|---|---:|---:|---:|---:|---:|"]
    for n in LABELS:
        r = report["labels"][n]
        lines.append(f"| {n} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['ece']:.3f} | {r['threshold']:.2f} |")
    lines.append(f"| **macro-F1** | | | **{report['macro_f1']:.3f}** | | |")
    display(Markdown("\\n".join(lines)))
table(rep, f"Cross-validation on the train split, {rep['folds']} folds grouped by article")
table(model.metadata_["test_report"], "Test split")
table(model.metadata_["seed_report"], "Seed articles")"""),
    ("md", "## Confusion matrices on the test split"),
    ("code", """\
test = corpus.subset(split="test")
Y = np.array(test.label_matrix())
P = model.predict(test.texts())
fig, axes = plt.subplots(1, 3, figsize=(9, 2.8))
for j, (name, ax) in enumerate(zip(LABELS, axes)):
    cm = np.array([[np.sum((Y[:, j] == a) & (P[:, j] == b)) for b in (0, 1)] for a in (0, 1)])
    ax.imshow(cm, cmap="Blues")
    for a in (0, 1):
        for b in (0, 1):
            ax.text(b, a, cm[a, b], ha="center", va="center")
    ax.set_title(name); ax.set_xlabel("predicted"); ax.set_ylabel("gold"); ax.set_xticks([0, 1]); ax.set_yticks([0, 1])
fig.tight_layout(); plt.show()"""),
    ("md", "## Calibration (reliability) per label\n\nOut-of-fold calibrated probabilities on the train split "
           "(its statements and narration sentences, the rows the model is fitted on), ten equal-width bins."),
    ("code", """\
from stance.api import training_rows
train = corpus.subset(split="train")
Ytr = np.array(training_rows(train)[1])
fig, axes = plt.subplots(1, 3, figsize=(9, 3))
for j, (name, ax) in enumerate(zip(LABELS, axes)):
    p = model.oof_proba_[:, j]
    bins = np.minimum((p * 10).astype(int), 9)
    xs = [p[bins == b].mean() for b in range(10) if (bins == b).any()]
    ys = [Ytr[bins == b, j].mean() for b in range(10) if (bins == b).any()]
    ax.plot([0, 1], [0, 1], "k:", lw=1); ax.plot(xs, ys, "o-")
    ax.set_title(f"{name} (ECE {rep['labels'][name]['ece']:.3f})"); ax.set_xlabel("predicted"); ax.set_ylabel("observed")
fig.tight_layout(); plt.show()"""),
    ("md", "## The strongest features per label\n\nWord n-grams as written (no stemming), `c:` character n-grams, `cue:` a group of the stance cue lexicon."),
    ("code", """\
for name, terms in model.top_terms(12).items():
    print(f"{name:15s}", ", ".join(t for t, w in terms))"""),
    ("md", "## Error analysis: the worst mistakes on the test split"),
    ("code", """\
proba = model.predict_proba(test.texts())
errors = []
for i, s in enumerate(test.statements):
    for j, name in enumerate(LABELS):
        if P[i, j] != Y[i, j]:
            errors.append((abs(proba[i, j] - Y[i, j]), name, Y[i, j], proba[i, j], s.text))
errors.sort(reverse=True)
print(f"{len(errors)} label errors on {len(test.statements)} test statements; the 12 most confident:")
for _, name, gold, p, text in errors[:12]:
    print(f"  {name:15s} gold={gold} p={p:.2f}  {text[:130]}")"""),
    ("md", "## These are the shipped model's figures"),
    ("code", """\
shipped = stance.load()
assert shipped.metadata_["corpus_sha256"] == corpus.fingerprint(), "the shipped model was trained on another corpus"
for key in ("test_report", "seed_report"):
    assert abs(shipped.metadata_[key]["macro_f1"] - model.metadata_[key]["macro_f1"]) < 1e-9
assert abs(shipped.cv_report_["macro_f1"] - rep["macro_f1"]) < 1e-9
assert np.array_equal(shipped.thresholds_, model.thresholds_)
print("identical to the shipped model: CV macro-F1", round(rep["macro_f1"], 3),
      "test", round(model.metadata_["test_report"]["macro_f1"], 3), "seeds", round(model.metadata_["seed_report"]["macro_f1"], 3))"""),
]

ACTORS = [
    ("md", "# 03 · Actors: who says what, and in which stance\n\nThe analyst's view, computed by "
           "`stance.analyze` with the shipped model: statements found and scored by the library, not the gold labels."),
    ("code", SETUP),
    ("md", "## The seed articles, highlighted\n\nEach statement is marked in the text and coloured by its "
           "strongest predicted stance; hover over it for the speaker, actor, probabilities and targets. "
           "`stance.pipe` analyses many documents in one call and keeps their ids."),
    ("code", """\
seeds = corpus.subset(provenance="seed").articles
docs = list(stance.pipe((art.id, art.text) for art in seeds))
for art, doc in zip(seeds, docs):
    display(Markdown(f"**{art.id}**: {art.title} ({art.date}), {len(doc)} statements"))
    display(doc)"""),
    ("md", "## The same statements as a table\n\n`stance.to_frame` gives one row per statement."),
    ("code", """\
import pandas as pd
pd.set_option("display.max_colwidth", 70)
seed_df = stance.to_frame(docs)
print(seed_df.groupby("doc_id").size().to_string())
seed_df[["doc_id", "speaker", "actor", "kind", *LABELS, "labels", "blame_targets", "call_targets", "text"]].round(2)"""),
    ("md", "## Stance profiles of the actors across the whole corpus"),
    ("code", """\
from stance.profiles import actor_profiles, rows_from_statements, target_matrix
docs = list(stance.pipe((art.id, art.text) for art in corpus.articles))
df = stance.to_frame(docs)
analyzed = [s for doc in docs for s in doc]
rows = rows_from_statements(analyzed)
ACTORS = ["RUS", "USA", "FRA", "UN", "ARM", "AZE", "KARABAKH", "OTHER"]
prof = actor_profiles(rows, ACTORS)
print(f"{len(df)} statements found in {df['doc_id'].nunique()} of {len(corpus.articles)} articles")
print(f"{'actor':9s} {'n':>5s} " + " ".join(f"{n:>15s}" for n in LABELS))
for a in ACTORS:
    print(f"{a:9s} {prof[a]['statements']:5d} " + " ".join(f"{prof[a][n]:15.2f}" for n in LABELS))
fig, ax = plt.subplots(figsize=(9, 3.2))
for k, name in enumerate(LABELS):
    ax.bar(np.arange(len(ACTORS)) + (k - 1) * 0.27, [prof[a][name] for a in ACTORS], 0.27, label=name)
ax.set_xticks(range(len(ACTORS)), ACTORS); ax.set_ylabel("share of statements"); ax.legend()
ax.set_title("stance profile per actor (predicted)"); fig.tight_layout()
fig.savefig("actor_profiles.png"); plt.show()"""),
    ("md", "The frame answers other questions in a line, e.g. the mean probability of each stance per "
           "actor and kind of statement:"),
    ("code", """\
df[df["actor"].isin(ACTORS)].pivot_table(index="actor", columns="kind", values="blame", aggfunc="mean").round(2)"""),
    ("md", "## Who blames whom, and who calls on whom\n\nRows: the speaker's actor; columns: the target."),
    ("code", """\
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
cells = {}
for ax, label in zip(axes, ("blame", "call_to_action")):
    m, cells[label] = target_matrix(rows, label, ACTORS)
    ax.imshow(m, cmap="Reds" if label == "blame" else "Greens")
    for i in range(len(ACTORS)):
        for j in range(len(ACTORS)):
            if m[i][j]:
                ax.text(j, i, m[i][j], ha="center", va="center", fontsize=8)
    ax.set_xticks(range(len(ACTORS)), ACTORS, rotation=45); ax.set_yticks(range(len(ACTORS)), ACTORS)
    ax.set_title(f"{label}: speaker (row) -> target (column)")
fig.tight_layout(); plt.show()"""),
    ("md", "## The statements behind the cells\n\nThe three largest cells of each matrix, with up to three statements each."),
    ("code", """\
for label in ("blame", "call_to_action"):
    biggest = sorted(cells[label].items(), key=lambda kv: -len(kv[1]))[:3]
    for (speaker, target), texts in biggest:
        print(f"{label}: {speaker} -> {target} ({len(texts)} statements)")
        for t in texts[:3]:
            print(f"    {t[:140]}")"""),
]


def build(name: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for i, (kind, src) in enumerate(cells):
        cell = nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src)
        cell["id"] = f"{name}-{i:02d}"
        nb.cells.append(cell)
    return nb


def main() -> int:
    execute = "--no-execute" not in sys.argv
    NB.mkdir(exist_ok=True)
    for name, cells in (("01_corpus", CORPUS), ("02_model", MODEL), ("03_actors", ACTORS)):
        nb = build(name, cells)
        if execute:
            NotebookClient(nb, timeout=900, kernel_name="python3",
                           resources={"metadata": {"path": str(NB)}}).execute()
            for cell in nb.cells:
                cell.get("metadata", {}).pop("execution", None)
        nbformat.write(nb, NB / f"{name}.ipynb")
        print(f"wrote notebooks/{name}.ipynb")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
