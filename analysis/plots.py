"""Figures for the notebooks and the report. Every function takes ``ax=`` and returns the figure.

All figures use the kit's one style (``analysis/style/newsframe.mplstyle``), have a title,
labelled axes and units. Call :func:`use_style` once (the notebooks do).
"""
from __future__ import annotations

import math
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

STYLE = Path(__file__).resolve().parent / "style" / "newsframe.mplstyle"

#: one colour per block kind, grouped by zone (editorial blues/greens, promo orange, user purple, boilerplate greys)
KIND_COLORS = {
    "headline": "#08306b", "standfirst": "#9ecae1", "byline": "#17becf", "dateline": "#c6dbef",
    "caption": "#41ab5d", "body": "#3182bd", "promo": "#e07a1f", "comment": "#8064a2",
    "comment_meta": "#bcaad6", "section": "#bdbdbd", "navigation": "#969696", "boilerplate": "#d9d9d9",
}
#: how metric columns are named in figures
METRIC_LABELS = {
    "flesch_reading_ease": "Flesch Reading Ease", "flesch_kincaid_grade": "Flesch–Kincaid grade",
    "gunning_fog": "Gunning Fog index", "smog_index": "SMOG grade", "coleman_liau_index": "Coleman–Liau index",
    "automated_readability_index": "Automated Readability Index",
    "dale_chall_readability_score": "Dale–Chall score", "linsear_write_formula": "Linsear Write grade",
    "spache_readability": "Spache grade (approximate)",
}
ZONE_COLORS = {"editorial": "#1b6ca8", "promotional": "#e07a1f", "user": "#8064a2", "boilerplate": "#bdbdbd"}


def use_style() -> None:
    """Apply the kit's matplotlib style."""
    plt.style.use(str(STYLE))


def _axes(ax, figsize=None):
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
        return fig, ax
    return ax.figure, ax


def page_map(blocks: pd.DataFrame, ax=None, max_docs: int = 40, weight: str = "n_words"):
    """One horizontal strip per document, one coloured cell per block, coloured by kind.

    Cell width is the block's share of the page's words (``weight="n_words"``) or equal
    (``weight=None``), so long article paragraphs and short teaser lines are both visible.
    """
    docs = list(dict.fromkeys(blocks["doc_id"]))[:max_docs]
    fig, ax = _axes(ax, figsize=(10, 0.32 * len(docs) + 1.6))
    for row, doc_id in enumerate(docs):
        part = blocks[blocks["doc_id"] == doc_id]
        widths = (part[weight].clip(lower=1).to_numpy(dtype=float) if weight else np.ones(len(part)))
        widths = widths / widths.sum() * 100 if widths.sum() else widths
        left = np.concatenate([[0], np.cumsum(widths)[:-1]])
        colors = [KIND_COLORS.get(str(k), "#000000") for k in part["kind"]]
        ax.barh(row, widths, left=left, color=colors, height=0.8, linewidth=0)
    ax.set_yticks(range(len(docs)), labels=docs)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("position on the page (% of words, top of page at left)")
    ax.set_ylabel("document")
    ax.set_title("Page map: what each part of every page is")
    present = [k for k in KIND_COLORS if k in set(map(str, blocks["kind"]))]
    ax.legend(handles=[Patch(color=KIND_COLORS[k], label=k) for k in present],
              loc="upper left", bbox_to_anchor=(1.01, 1), title="kind")
    ax.grid(False)
    return fig


def zone_shares(documents: pd.DataFrame, by: str = "doc_id", ax=None, max_rows: int = 40):
    """Stacked bars: the share of words in each zone, per document or per ``by`` group (e.g. outlet)."""
    cols = [f"share_{z}" for z in ZONE_COLORS]
    frame = documents.dropna(subset=cols)
    if by != "doc_id":
        weights = frame["n_words"].to_numpy(dtype=float)[:, None]
        words = pd.DataFrame(frame[cols].to_numpy() * weights, columns=cols)
        words[by] = frame[by].fillna("(unknown)").to_numpy()
        grouped = words.groupby(by)[cols].sum()
        frame = grouped.div(grouped.sum(axis=1), axis=0).reset_index()
    frame = frame.head(max_rows)
    fig, ax = _axes(ax, figsize=(9, 0.32 * len(frame) + 1.6))
    left = np.zeros(len(frame))
    for zone, col in zip(ZONE_COLORS, cols):
        values = frame[col].to_numpy(dtype=float) * 100
        ax.barh(frame[by].astype(str), values, left=left, color=ZONE_COLORS[zone], label=zone)
        left += values
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the page's words (%)")
    ax.set_ylabel("outlet" if by == "outlet" else by.replace("_", " "))
    ax.set_title("Editorial, promotional, user and boilerplate words" + (" by outlet" if by == "outlet" else ""))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), title="zone")
    return fig


def metric_by_group(frame: pd.DataFrame, metric: str, by: str, ax=None, unit: str = "US school grade"):
    """Dot plot of one readability ``metric`` per row, grouped by ``by`` (zone, outlet, kind…), with medians."""
    data = frame.dropna(subset=[metric])
    groups = [g for g in (data[by].cat.categories if hasattr(data[by], "cat") else sorted(data[by].dropna().unique()))
              if (data[by] == g).any()]
    fig, ax = _axes(ax, figsize=(9, 0.5 * len(groups) + 1.8))
    rng = np.random.default_rng(0)
    for i, group in enumerate(groups):
        values = data.loc[data[by] == group, metric].to_numpy(dtype=float)
        ax.scatter(values, i + rng.uniform(-0.15, 0.15, len(values)), s=14, alpha=0.6)
        ax.plot([np.median(values)] * 2, [i - 0.3, i + 0.3], color="black", linewidth=2)
    ax.set_yticks(range(len(groups)), labels=[str(g) for g in groups])
    ax.invert_yaxis()
    label = METRIC_LABELS.get(metric, metric.replace("_", " "))
    if metric == "flesch_reading_ease":
        unit = "0–100, higher is easier"
    ax.set_xlabel(f"{label} ({unit})")
    ax.set_ylabel(by)
    ax.set_title(f"{label} by {by} (black bar: median)")
    return fig


def compare_scores(frame: pd.DataFrame, ours: str, theirs: str, ax=None, unit: str = "US school grade"):
    """Scatter of our score against another implementation's, with the line of agreement."""
    data = frame.dropna(subset=[ours, theirs])
    fig, ax = _axes(ax, figsize=(5.5, 5.5))
    ax.scatter(data[ours], data[theirs], s=16, alpha=0.7)
    lo = float(np.nanmin([data[ours].min(), data[theirs].min(), 0])) if len(data) else 0
    hi = float(np.nanmax([data[ours].max(), data[theirs].max(), 1])) if len(data) else 1
    ax.plot([lo, hi], [lo, hi], color="grey", linestyle="--", linewidth=1, label="same score")
    label = METRIC_LABELS.get(ours, ours.replace("_", " "))
    ax.set_xlabel(f"kit: {label} ({unit})")
    ax.set_ylabel(f"textstat 0.7.13: {label} ({unit})")
    ax.set_title("Where the kit and textstat disagree")
    ax.legend(loc="upper left")
    ax.grid(True)
    return fig


def ranked_bars(values: pd.Series, title: str, xlabel: str, ax=None, top_n: int = 15,
                highlight: pd.Series | None = None, highlight_label: str = "", other_label: str = ""):
    """Horizontal bars of the ``top_n`` largest values; ``highlight`` (bool per index) colours some bars."""
    values = values.sort_values(ascending=False).head(top_n)
    fig, ax = _axes(ax, figsize=(9, 0.34 * len(values) + 1.6))
    colors = ["#1b6ca8"] * len(values)
    if highlight is not None:
        colors = ["#e07a1f" if bool(highlight.get(i, False)) else "#1b6ca8" for i in values.index]
        ax.legend(handles=[Patch(color="#e07a1f", label=highlight_label), Patch(color="#1b6ca8", label=other_label)],
                  loc="lower right")
    ax.barh([str(i) for i in values.index], values.to_numpy(dtype=float), color=colors)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return fig


def cooccurrence_network(pairs: pd.DataFrame, ax=None, top_n: int = 20, min_count: int = 1):
    """The actors most often mentioned together, drawn on a circle; line width = times together.

    ``pairs`` has columns ``name_a``, ``name_b``, ``count`` (from ``corpus.cooccurrence``).
    """
    pairs = pairs[pairs["count"] >= min_count]
    weight = pd.concat([pairs.groupby("name_a")["count"].sum(), pairs.groupby("name_b")["count"].sum()])
    nodes = list(weight.groupby(level=0).sum().sort_values(ascending=False).head(top_n).index)
    fig, ax = _axes(ax, figsize=(7.5, 7.5))
    ax.set_title("Who is mentioned with whom")
    ax.set_axis_off()
    if not nodes:
        ax.text(0.5, 0.5, "no actors mentioned together", ha="center", va="center", transform=ax.transAxes)
        return fig
    angle = {n: 2 * math.pi * i / len(nodes) for i, n in enumerate(nodes)}
    pos = {n: (math.cos(a), math.sin(a)) for n, a in angle.items()}
    shown = pairs[pairs["name_a"].isin(nodes) & pairs["name_b"].isin(nodes)]
    top = max(1, int(shown["count"].max()) if len(shown) else 1)
    for row in shown.itertuples():
        (x0, y0), (x1, y1) = pos[row.name_a], pos[row.name_b]
        ax.plot([x0, x1], [y0, y1], color="#1b6ca8", alpha=0.35 + 0.5 * row.count / top,
                linewidth=0.5 + 5 * row.count / top)
    for n, (x, y) in pos.items():
        ax.scatter([x], [y], s=60, color="#e07a1f", zorder=3)
        ax.text(x * 1.08, y * 1.08, n, ha="left" if x >= 0 else "right", va="center", fontsize=9)
    ax.set_xlim(-1.7, 1.7)
    ax.set_ylim(-1.3, 1.3)
    ax.text(0, -1.28, "line width: number of blocks/documents in which both are mentioned",
            ha="center", fontsize=8.5, color="#555555")
    return fig


def describe(fig) -> str:
    """Alternative text for a figure, from its titles and axis labels (for screen readers)."""
    parts = []
    for ax in fig.axes:
        bits = [ax.get_title() or ax.get_title(loc="left")]
        if ax.get_xlabel():
            bits.append(f"horizontal axis: {ax.get_xlabel()}")
        if ax.get_ylabel():
            bits.append(f"vertical axis: {ax.get_ylabel()}")
        text = "; ".join(b for b in bits if b)
        if text:
            parts.append(text)
    return "Figure. " + ". ".join(parts) if parts else "Figure."


def show(fig, name: str | None = None, figures_dir: str | Path | None = None, alt: str | None = None) -> None:
    """Display ``fig`` in a notebook with alternative text (default: :func:`describe`), save it
    as ``figures_dir/name.png`` when both are given, and close it (so it shows once)."""
    if name and figures_dir is not None:
        save(fig, name, figures_dir)
    from IPython.display import display

    display(fig, metadata={"image/png": {"alt": alt or describe(fig)}})
    plt.close(fig)


def save(fig, name: str, figures_dir: str | Path | None) -> None:
    """Save ``fig`` as ``figures_dir/name.png`` (no-op when ``figures_dir`` is None).

    Returns nothing, so a notebook cell ending with ``plots.save(...)`` shows only the figure."""
    if figures_dir is None:
        return
    path = Path(figures_dir)
    path.mkdir(parents=True, exist_ok=True)
    fig.savefig(path / f"{name}.png")


matplotlib.rcParams["text.parse_math"] = False
