"""Notebooks are stored without outputs, paired with py:percent scripts, and start with parameters."""
from __future__ import annotations

import jupytext
import nbformat
import pytest

from conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_six_numbered_notebooks():
    assert [p.stem for p in NOTEBOOKS] == ["00_tour", "01_editorial_vs_promotional", "02_readability",
                                          "03_quotes", "04_actors", "05_report"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs_and_paired(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert "parameters" in code[0].metadata.get("tags", [])
    assert "data_path" in code[0].source
    paired = jupytext.read(path.with_suffix(".py"))
    assert [c.source for c in paired.cells] == [c.source for c in nb.cells], "run: jupytext --sync notebooks/*.ipynb"
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_call_the_package_and_have_exercises(path):
    source = path.with_suffix(".py").read_text()
    assert "import analysis" in source
    assert "## What to look for" in source and source.count("check(") >= 2


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_use_the_kits_display(path):
    """plots.use_style() sets the figure style and shows missing values in tables as "—"."""
    source = path.with_suffix(".py").read_text()
    setup = source.index("plots.use_style()")
    assert setup < source.index("analysis.load(")
