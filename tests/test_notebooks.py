"""The notebooks run top to bottom in a fresh kernel and reproduce their stored outputs.

Notebook 02 also asserts, in its last cell, that the figures it computes are those stored in the
shipped default model, so a stale model or notebook fails here.
"""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def text_outputs(nb: nbformat.NotebookNode) -> list[str]:
    """Every text a notebook shows (streams, markdown, plain results), in order; images left out."""
    out = []
    for cell in nb.cells:
        stream = ""  # a kernel may flush one print in several chunks: compare a cell's whole stream
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream":
                stream += o["text"]
                continue
            if stream:
                out.append(stream)
                stream = ""
            if o.get("output_type") == "error":
                out.append(f"ERROR {o['ename']}: {o['evalue']}")
            else:
                data = o.get("data", {})
                out.append(data.get("text/markdown") or "")
        if stream:
            out.append(stream)
    return out


@pytest.mark.parametrize("name", ["01_corpus", "02_model", "03_actors"])
def test_notebook_runs_and_reproduces_its_outputs(name: str) -> None:
    stored = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    fresh = copy.deepcopy(stored)
    NotebookClient(
        fresh, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    assert not [t for t in text_outputs(fresh) if t.startswith("ERROR")]
    assert text_outputs(fresh) == text_outputs(stored)
