"""The public API on the embedded default model: score, analyze, load, train."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

import stance
from stance.corpus import load as load_corpus
from stance.errors import StanceTypeError, StanceValueError
from stance.results import LABELS, Score


def test_import_stays_light() -> None:
    code = "import stance, sys; print(sorted(m for m in ('sklearn', 'numpy', 'nltk') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_scoring_with_the_default_model_needs_only_numpy() -> None:
    """The first score stays well under a second: no NLTK, scikit-learn or scipy import."""
    code = (
        "import stance, sys; stance.score('We urge restraint.'); "
        "print(sorted(m for m in ('sklearn', 'scipy', 'nltk') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert out.stdout.strip() == "[]"


def test_score_one_and_many() -> None:
    texts = [
        "We are deeply alarmed by the shelling of civilians.",
        "The ministry accused Baku of violating the ceasefire.",
        "We call on both sides to return to negotiations.",
        "The ministers met in Geneva on Friday.",
    ]
    one = stance.score(texts[0])
    many = stance.score(texts)
    assert isinstance(one, Score) and isinstance(many, list) and len(many) == 4
    assert one == many[0]
    # the concern sentence also draws blame above its threshold (a known weakness, see README)
    assert "concern" in many[0].labels and "call_to_action" not in many[0].labels
    assert [s.labels for s in many[1:]] == [("blame",), ("call_to_action",), ()]
    for s in many:
        assert all(0.0 <= p <= 1.0 for p in s.probabilities().values())
        assert Score(**s.to_dict()) == s
        assert json.loads(json.dumps(s.to_dict())) == s.to_dict()
    assert many[1].blame_targets == ("AZE",)


def test_labels_follow_thresholds() -> None:
    text = "We urge Moscow to withdraw its troops."
    assert stance.score(text, threshold=0.0).labels == LABELS
    s = stance.score(text, threshold={"call_to_action": 1.0})
    assert "call_to_action" not in s.labels or s.call_to_action == 1.0


def test_score_rejects_bad_input() -> None:
    with pytest.raises(StanceTypeError, match=r"'texts\[1\]' must be str"):
        stance.score(["fine", None])  # type: ignore[list-item]
    with pytest.raises(StanceValueError, match="'threshold' must be a number in"):
        stance.score("x", threshold=1.5)
    with pytest.raises(StanceValueError, match="'threshold' must be a float or a mapping"):
        stance.score("x", threshold={"worry": 0.5})
    with pytest.raises(StanceTypeError, match="'model' must be StanceClassifier"):
        stance.score("x", model=42)  # type: ignore[arg-type]
    assert stance.score([]) == []


def test_analyze_seed_article() -> None:
    corpus = load_corpus()
    text = corpus.article("seed-000").text
    statements = stance.analyze(text)
    assert statements and all(s.score is not None for s in statements)
    for s in statements:
        assert text[s.start : s.end] == s.text
        assert type(s)(**s.to_dict()) == s
    first = statements[0]
    assert first.actor == "RUS" and first.text.startswith("Russia has accused Azerbaijan")
    assert "blame" in first.score.labels and first.score.blame_targets == ("AZE",)
    assert stance.analyze("") == []


def test_default_model_is_built_from_the_shipped_corpus() -> None:
    model = stance.load()
    assert model is stance.load()  # loaded once
    meta = model.metadata_
    assert meta["corpus_sha256"] == load_corpus().fingerprint()
    assert set(meta["versions"]) >= {"stance", "scikit-learn", "numpy", "nltk"}
    for key in ("test_report", "seed_report"):
        assert set(meta[key]["labels"]) == set(LABELS)
    assert all(0 < t < 1 for t in model.thresholds_)


def test_retraining_reproduces_the_default_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    shipped = stance.load()
    model = stance.train(out=tmp_path / "m")
    test = load_corpus().subset(split="test").texts()
    from stance.api import default_model_path
    from stance.persist import model_differences

    # numbers within 1e-6 relative (other CPUs and BLAS move weights by ~1e-8); vocabulary, cue
    # lexicon, parameters and metadata exactly, except the library versions
    assert model_differences(tmp_path / "m", default_model_path()) == []
    np.testing.assert_allclose(model.predict_proba(test), shipped.predict_proba(test), atol=1e-6)


# --------------------------------------------------------------------------- bad input (issue 11)


@pytest.mark.parametrize(
    "texts,message",
    [
        ({"a": "b"}, r"got a dict \(iterating it gives its keys\)"),
        ({"We urge restraint.", "They met."}, "got a set, whose order changes"),
        (frozenset(["x"]), "got a frozenset"),
        (b"We urge restraint.", "Decode it first"),
    ],
)
def test_score_refuses_containers_that_are_not_texts(texts: object, message: str) -> None:
    with pytest.raises(StanceTypeError, match=message):
        stance.score(texts)  # type: ignore[call-overload]


def test_score_refuses_a_dataframe_and_takes_a_series() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"text": ["We urge Baku to withdraw.", "They met."]}, index=[10, 20])
    with pytest.raises(StanceTypeError, match=r"DataFrame \(iterating it gives its column names\)"):
        stance.score(df)
    assert stance.score(df["text"]) == stance.score(list(df["text"]))


def test_analyze_refuses_a_gazetteer_that_is_not_one_and_points_lists_to_pipe() -> None:
    with pytest.raises(StanceTypeError, match="'gazetteer' must be Gazetteer"):
        stance.analyze("Russia urged restraint.", gazetteer={})  # type: ignore[arg-type]
    with pytest.raises(StanceTypeError, match=r"stance\.pipe\(docs\)"):
        stance.analyze(["a", "b"])  # type: ignore[arg-type]
    with pytest.raises(StanceValueError, match="'n_jobs' must be"):
        stance.score(["x"], n_jobs=0)


# --------------------------------------------------------------------------- Score and LABELS (issue 12)


def test_score_is_built_from_labels() -> None:
    import pickle
    from dataclasses import FrozenInstanceError

    s = Score(0.1, 0.7, 0.2, labels=("blame",), blame_targets=("AZE",))
    assert s.proba == (0.1, 0.7, 0.2) and [getattr(s, n) for n in LABELS] == [0.1, 0.7, 0.2]
    assert s == Score(**s.to_dict()) == Score(concern=0.1, blame=0.7, call_to_action=0.2, labels=["blame"],
                                             blame_targets=["AZE"])  # fmt: skip
    assert pickle.loads(pickle.dumps(s)) == s and hash(s) == hash(Score(**s.to_dict()))
    assert list(s.to_dict())[: len(LABELS)] == list(LABELS)
    with pytest.raises(FrozenInstanceError):
        s.concern = 0.5  # type: ignore[misc]
    with pytest.raises(TypeError, match="one probability for each of"):
        Score(0.1, 0.2)
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        Score(0.1, 0.2, 0.3, worry=0.4)
    with pytest.raises(AttributeError):
        _ = s.worry


# --------------------------------------------------------------------------- model cache (issue 11)


def test_a_model_path_is_loaded_once_and_again_when_it_changes(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from stance import api
    from stance.api import default_model_path

    path = tmp_path / "m"
    shutil.copytree(default_model_path(), path)
    calls = []
    real = api.load_linear
    monkeypatch.setattr(api, "load_linear", lambda p: calls.append(p) or real(p))
    text = 'Russia urged Azerbaijan to withdraw. "We are deeply alarmed," the ministry said.'
    first = stance.analyze(text, model=str(path))
    for _ in range(5):
        assert stance.analyze(text, model=path) == first
    assert len(calls) == 1
    weights = path / "weights.npy"
    data = weights.read_bytes()
    weights.write_bytes(data)  # same content, new modification time: read again (and verified)
    import os

    st = weights.stat()
    os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    stance.analyze(text, model=path)
    assert len(calls) == 2


# --------------------------------------------------------------------------- many documents (issue 12)

DOCS = [
    'Russia urged Azerbaijan to withdraw. "We are deeply alarmed," the ministry said.',
    "The ministers met in Geneva on Friday.",
    "France called on both sides to return to negotiations, the French Foreign Ministry said.",
]


def test_pipe_takes_texts_pairs_mappings_and_series() -> None:
    expected = [stance.analyze(t) for t in DOCS]
    by_text = list(stance.pipe(DOCS))
    assert [d.id for d in by_text] == [0, 1, 2] and by_text == expected
    assert [d.text for d in by_text] == DOCS
    pairs = list(stance.pipe(zip("abc", DOCS)))
    assert [d.id for d in pairs] == ["a", "b", "c"] and pairs == expected
    assert [d.id for d in stance.pipe(dict(zip("xyz", DOCS)))] == ["x", "y", "z"]
    pd = pytest.importorskip("pandas")
    series = pd.Series(DOCS, index=[101, 102, 103])
    assert [(d.id, list(d)) for d in stance.pipe(series)] == list(zip([101, 102, 103], expected))


def test_pipe_is_lazy() -> None:
    pulled = []

    def docs():  # type: ignore[no-untyped-def]
        for i in range(10**9):
            pulled.append(i)
            yield DOCS[i % 3]

    results = stance.pipe(docs())
    assert pulled == []  # nothing read before the first result is asked for
    first = next(iter(results))
    assert first.id == 0 and len(pulled) == 1


def test_pipe_rejects_bad_documents() -> None:
    with pytest.raises(StanceTypeError, match="single str"):
        stance.pipe("one text")
    with pytest.raises(StanceTypeError, match=r"document 'b' \(docs\[1\]\) must be str"):
        list(stance.pipe([("a", "x"), ("b", None)]))
    with pytest.raises(StanceTypeError, match=r"'docs\[0\]' must be a str or an \(id, text\) pair"):
        list(stance.pipe([42]))


def test_n_jobs_gives_the_serial_results() -> None:
    texts = [s.text for s in load_corpus().subset(split="test").statements[:300]]
    serial = stance.score(texts)
    parallel = stance.score(texts, n_jobs=2, batch_size=100)
    assert [s.labels for s in parallel] == [s.labels for s in serial]
    np.testing.assert_allclose([s.proba for s in parallel], [s.proba for s in serial], atol=1e-9)
    docs = [a.text for a in load_corpus().articles[:6]]
    parallel_docs, serial_docs = list(stance.pipe(docs, n_jobs=2, batch_size=2)), list(stance.pipe(docs))
    assert [d.id for d in parallel_docs] == [d.id for d in serial_docs]
    assert [[(s.start, s.end, s.actor) for s in d] for d in parallel_docs] == [
        [(s.start, s.end, s.actor) for s in d] for d in serial_docs
    ]
    np.testing.assert_allclose(
        [s.score.proba for d in parallel_docs for s in d],
        [s.score.proba for d in serial_docs for s in d],
        atol=1e-9,
    )


def test_dask_cluster_through_joblib() -> None:
    """The same call on a Dask cluster (a local one here) through joblib's Dask backend."""
    pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    import joblib

    texts = [s.text for s in load_corpus().subset(split="test").statements[:200]]
    serial = stance.score(texts)
    with (
        # one in-process worker thread: the cluster machinery without another process to start
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
        joblib.parallel_config(backend="dask"),
    ):
        scored = stance.score(texts, n_jobs=-1, batch_size=50)
        docs = list(stance.pipe(DOCS, n_jobs=-1, batch_size=1))
        assert client.scheduler_info()["workers"]
    np.testing.assert_allclose([s.proba for s in scored], [s.proba for s in serial], atol=1e-9)
    assert docs == [stance.analyze(t) for t in DOCS]


def test_train_from_a_table_texts_and_labels_or_a_dataframe(tmp_path) -> None:  # type: ignore[no-untyped-def]
    statements = load_corpus().subset(split="train").statements[:200]
    texts = [s.text for s in statements]
    Y = [[s.concern, s.blame, s.call_to_action] for s in statements]
    path = tmp_path / "l.jsonl"
    path.write_text(
        "".join(json.dumps({"body": t, **dict(zip(LABELS, y))}) + "\n" for t, y in zip(texts, Y)),
        encoding="utf-8",
    )
    from_file = stance.train(data=path, text_field="body", out=tmp_path / "m")
    assert from_file.metadata_["training_data"].startswith("200 labelled texts from l.jsonl")
    assert "test_report" not in from_file.metadata_
    from_lists = stance.train(texts, labels=Y)
    np.testing.assert_allclose(
        from_lists.predict_proba(texts[:20]), from_file.predict_proba(texts[:20]), atol=1e-9
    )
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"body": texts, **{n: [y[j] for y in Y] for j, n in enumerate(LABELS)}})
    from_frame = stance.train(data=df, text_field="body")
    np.testing.assert_allclose(
        from_frame.predict_proba(texts[:20]), from_file.predict_proba(texts[:20]), atol=1e-9
    )
    with pytest.raises(StanceValueError, match=r"field 'text' is missing from every record.*--text-field"):
        stance.train(data=df)
    loaded = stance.load(tmp_path / "m")
    np.testing.assert_allclose(
        loaded.predict_proba(texts[:5]), from_file.predict_proba(texts[:5]), atol=1e-12
    )


def test_the_model_cache_is_shared_by_threads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Threads asking for the same path at once get one model (scoring from threads is the
    featuriser's business, tested with it)."""
    import shutil
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from stance import api
    from stance.api import default_model_path

    path = tmp_path / "m"
    shutil.copytree(default_model_path(), path)
    barrier = threading.Barrier(8)

    def get(_: int) -> object:
        barrier.wait()
        return api.cached_model(path)

    with ThreadPoolExecutor(8) as pool:
        models = list(pool.map(get, range(8)))
    assert all(m is models[0] for m in models)
    assert api._cache[api._cache_key(path)] is models[0]


def test_the_label_list_is_the_cue_datas_and_the_models() -> None:
    from stance.features import shipped_cues

    assert list(shipped_cues()) == list(LABELS)
    assert list(stance.load().classes_) == list(LABELS)
    assert list(stance.score("x").probabilities()) == list(LABELS)


def test_n_jobs_with_a_fitted_model_in_memory() -> None:
    model = stance.load()
    texts = [s.text for s in load_corpus().subset(split="test").statements[:120]]
    parallel = stance.score(texts, model=model, n_jobs=2, batch_size=40)
    serial = stance.score(texts, model=model)
    np.testing.assert_allclose([s.proba for s in parallel], [s.proba for s in serial], atol=1e-9)


def test_list_items_are_scored_with_their_lead_in() -> None:
    """'We call on both sides to:' then one item a line: each item is a call (scored with the
    lead-in), its span its own; a sentence after the list is scored alone."""
    text = (
        "The Ministry of Foreign Affairs of Armenia\n\nStatement\n\nWe call on both sides to:\n\n"
        "- withdraw their forces from the border;\n- release all detainees;\n"
        "- resume dialogue under international facilitation.\n\nWe remain committed to peace.\n"
    )
    found = stance.analyze(text)
    assert [s.text for s in found][1:4] == [
        "withdraw their forces from the border;",
        "release all detainees;",
        "resume dialogue under international facilitation.",
    ]
    assert all("call_to_action" in s.score.labels for s in found[:4])
    assert "call_to_action" not in found[4].score.labels
    from stance.segmentation.assembly import scoring_texts

    texts = scoring_texts(text, list(found))
    assert texts[1] == "We call on both sides to: withdraw their forces from the border;"
    assert texts[0] == found[0].text and texts[4] == found[4].text
