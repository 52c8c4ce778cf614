"""Shared fixtures.

``shared_dir`` points at ``../shared`` (real pages and evaluation sets). CI has it beside
the checkout; when it is missing, tests that need it skip and say so.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSFRAME_SHARED", REPO.parent / "shared"))
DATA = REPO / "data"
SEED = SHARED / "seeds" / "000_0cf8f4e938e2421f.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: real pages and evaluation sets are "
                    "not available here, so this test is skipped")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "seeds" / "000_0cf8f4e938e2421f.txt"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return REPO
