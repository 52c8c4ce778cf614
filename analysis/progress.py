"""Progress bars for long runs: one rule for every stage that works through a corpus.

A stage that handles more than :data:`PROGRESS_FROM` items (files, documents) shows a
``tqdm`` bar; smaller runs stay quiet, so notebooks on the sample corpus print nothing
extra. In Jupyter the bar is a widget when ``ipywidgets`` is installed, else a text bar
(never tqdm's "IProgress not found" warning). ``NEWSFRAME_PROGRESS=0`` in the environment
turns every bar off: the HTML report sets it for its notebooks, whose pages would
otherwise keep the bars' text.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Sized
from typing import TypeVar

T = TypeVar("T")

#: stages with more items than this show a progress bar
PROGRESS_FROM = 200
#: environment variable that turns the bars off when set to 0, false or no
ENV_VAR = "NEWSFRAME_PROGRESS"


def bars_allowed() -> bool:
    """False when ``NEWSFRAME_PROGRESS`` is set to 0, false or no."""
    return os.environ.get(ENV_VAR, "").strip().lower() not in ("0", "false", "no")


def bar_class() -> type:
    """tqdm's notebook-aware bar when ``ipywidgets`` can draw it, else its text bar."""
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        from tqdm.std import tqdm
        return tqdm
    from tqdm.auto import tqdm
    return tqdm


def progress(items: Iterable[T], desc: str, unit: str = "doc", show: bool | None = None,
             total: int | None = None) -> Iterable[T]:
    """``items``, wrapped in a progress bar labelled ``desc`` when ``show`` is True, or when
    ``show`` is None and there are more than :data:`PROGRESS_FROM` of them (``total``, or
    ``len(items)``); else ``items`` unchanged. ``NEWSFRAME_PROGRESS=0`` overrides both."""
    if total is None and isinstance(items, Sized):
        total = len(items)
    if show is None:
        show = total is not None and total > PROGRESS_FROM
    if not show or not bars_allowed():
        return items
    return bar_class()(items, desc=desc, unit=unit, total=total)
