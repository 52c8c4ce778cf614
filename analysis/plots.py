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
#: one fixed colour per zone, used by every figure that shows zones (and matching the kinds' hues above)
ZONE_COLORS = {"editorial": "#1b6ca8", "promotional": "#e07a1f", "user": "#8064a2", "boilerplate": "#bdbdbd"}
#: points of groups that are neither zones nor kinds (outlets…): one neutral colour, so no zone colour is reused
NEUTRAL_COLOR = "#4d4d4d"
#: how a missing value is shown in tables (notebook pages and the report index)
MISSING = "—"


def use_style() -> None:
    """Apply the kit's look: its matplotlib style for figures and, in a notebook, its table
    display (missing values shown as "—" instead of NaN, None or <NA>)."""
    plt.style.use(str(STYLE))
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebooks
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, table_html)


def _missing_as_nan(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every missing value (None, NaN, NaT, <NA>) as NaN, so one ``na_rep`` shows them all."""
    out = frame
    for i in range(frame.shape[1]):
        col = frame.iloc[:, i]
        if col.dtype.kind in "fc" or not col.isna().any():
            continue
        if out is frame:
            out = frame.copy()
        if col.dtype.kind == "M":  # dates keep pandas' look: no 00:00:00 when every time is midnight
            dates = col.dropna()
            fmt = "%Y-%m-%d" if (dates == dates.dt.normalize()).all() else "%Y-%m-%d %H:%M:%S"
            col = col.dt.strftime(fmt)
        out.isetitem(i, col.astype(object).where(col.notna(), np.nan))
    return out


#: characters of a text cell a notebook table shows at least: a whole ``reason``, where
#: pandas' default (50) cuts most of them; longer text (a paragraph) is cut with "..."
TABLE_COLWIDTH = 100


def table_html(frame: pd.DataFrame) -> str:
    """A data frame as the notebooks show it (pandas' own HTML, escaped, the same row and
    column limits), with missing values shown as :data:`MISSING` and text cells of up to
    :data:`TABLE_COLWIDTH` characters shown whole."""
    try:
        max_rows = pd.get_option("display.max_rows")
        if max_rows and len(frame) > max_rows:
            max_rows = pd.get_option("display.min_rows") or max_rows
        colwidth = pd.get_option("display.max_colwidth")
        if colwidth is not None and colwidth < TABLE_COLWIDTH:
            colwidth = TABLE_COLWIDTH
        with pd.option_context("display.max_colwidth", colwidth):
            return _missing_as_nan(frame).to_html(
                na_rep=MISSING, escape=True, notebook=True, max_rows=max_rows,
                max_cols=pd.get_option("display.max_columns"),
                show_dimensions=pd.get_option("display.show_dimensions"))
    except Exception:  # noqa: BLE001 - never lose a table over its display: fall back to pandas'
        return frame._repr_html_()


def no_data(ax, message: str):
    """Say in words on the panel that there is nothing to draw (no empty axes with meaningless ticks).

    Keeps the title, removes ticks, grid, spines and legend; the note is also in the figure's
    alternative text (:func:`describe`)."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if ax.get_legend() is not None:
        ax.get_legend().remove()
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, fontsize=11,
            color="#555555", wrap=True, gid="no-data")
    return ax.figure


#: longest label on a figure's axis; a longer one is cut in the middle (see short_labels)
LABEL_WIDTH = 28


def short_labels(labels, width: int = LABEL_WIDTH) -> list[str]:
    """Axis labels of at most ``width`` characters: a longer one (a 64-character hash id
    from an export) keeps its head and tail around "…", so it can still be found in the
    tables. If cutting would make two labels the same, all are kept whole."""
    labels = [str(s) for s in labels]
    tail = max(1, width // 3)
    head = width - 1 - tail
    short = [s if len(s) <= width else f"{s[:head]}…{s[-tail:]}" for s in labels]
    return short if len(set(short)) == len(set(labels)) else labels


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
    ax.set_yticks(range(len(docs)), labels=short_labels(docs))
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("position on the page (% of words, top of page at left)")
    ax.set_ylabel("document")
    ax.set_title("Page map: what each part of every page is")
    if not docs:
        return no_data(ax, "no data: no page has any text")
    present = [k for k in KIND_COLORS if k in set(map(str, blocks["kind"]))]
    ax.legend(handles=[Patch(color=KIND_COLORS[k], label=k) for k in present],
              loc="upper left", bbox_to_anchor=(1.01, 1), title="kind")
    ax.grid(False)
    return fig


def zone_shares(documents: pd.DataFrame, by: str = "doc_id", ax=None, max_rows: int = 40):
    """Stacked bars: the share of words in each zone, per document or per ``by`` group (e.g. outlet).

    At most ``max_rows`` bars: the first documents, or the groups with the most words
    (in alphabetical order); the title says when some are left out."""
    cols = [f"share_{z}" for z in ZONE_COLORS]
    frame = documents.dropna(subset=cols)
    n_rows = len(frame)
    if by != "doc_id":
        weights = frame["n_words"].to_numpy(dtype=float)[:, None]
        words = pd.DataFrame(frame[cols].to_numpy() * weights, columns=cols)
        words[by] = frame[by].fillna("(unknown)").to_numpy()
        grouped = words.groupby(by)[cols].sum()
        n_rows = len(grouped)
        if n_rows > max_rows:
            biggest = grouped.sum(axis=1).sort_values(ascending=False, kind="stable").index[:max_rows]
            grouped = grouped[grouped.index.isin(biggest)]
        frame = grouped.div(grouped.sum(axis=1), axis=0).reset_index()
    frame = frame.head(max_rows)
    fig, ax = _axes(ax, figsize=(9, 0.32 * len(frame) + 1.6))
    left = np.zeros(len(frame))
    rows = np.arange(len(frame))
    for zone, col in zip(ZONE_COLORS, cols):
        values = frame[col].to_numpy(dtype=float) * 100
        ax.barh(rows, values, left=left, color=ZONE_COLORS[zone], label=zone)
        left += values
    ax.set_yticks(rows, labels=short_labels(frame[by]))
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("share of the page's words (%)")
    ax.set_ylabel("outlet" if by == "outlet" else by.replace("_", " "))
    title = "Editorial, promotional, user and boilerplate words" + (" by outlet" if by == "outlet" else "")
    if n_rows > len(frame):
        what = "pages" if by == "doc_id" else f"{by.replace('_', ' ')}s with the most words"
        title += f"\n({len(frame)} of {n_rows} {what})"
    ax.set_title(title)
    if frame.empty:
        return no_data(ax, "no data: no page has any words")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), title="zone")
    return fig


def metric_by_group(frame: pd.DataFrame, metric: str, by: str, ax=None, unit: str = "US school grade",
                    max_groups: int = 25):
    """Dot plot of one readability ``metric`` per row, grouped by ``by`` (zone, outlet, kind…), with medians.

    At most ``max_groups`` groups: those with the most rows (in their usual order); the
    title says when some are left out."""
    data = frame.dropna(subset=[metric])
    groups = [g for g in (data[by].cat.categories if hasattr(data[by], "cat") else sorted(data[by].dropna().unique()))
              if (data[by] == g).any()]
    n_groups = len(groups)
    if n_groups > max_groups:
        sizes = data[by].value_counts(sort=False)
        biggest = set(sorted(groups, key=lambda g: -sizes[g])[:max_groups])
        groups = [g for g in groups if g in biggest]
    fig, ax = _axes(ax, figsize=(9, 0.5 * len(groups) + 1.8))
    rng = np.random.default_rng(0)
    palette = ZONE_COLORS if by == "zone" else KIND_COLORS if by == "kind" else {}
    for i, group in enumerate(groups):
        values = data.loc[data[by] == group, metric].to_numpy(dtype=float)
        ax.scatter(values, i + rng.uniform(-0.15, 0.15, len(values)), s=14, alpha=0.6,
                   color=palette.get(str(group), NEUTRAL_COLOR))
        ax.plot([np.median(values)] * 2, [i - 0.3, i + 0.3], color="black", linewidth=2)
    ax.set_yticks(range(len(groups)), labels=short_labels(groups))
    ax.invert_yaxis()
    label = METRIC_LABELS.get(metric, metric.replace("_", " "))
    if metric == "flesch_reading_ease":
        unit = "0–100, higher is easier"
    ax.set_xlabel(f"{label} ({unit})")
    ax.set_ylabel(by)
    title = f"{label} by {by} (black bar: median)"
    if n_groups > len(groups):
        title += f"\n({len(groups)} of {n_groups} {by}s with the most texts)"
    ax.set_title(title)
    if not groups:
        return no_data(ax, "no data: no text long enough to score")
    return fig


def compare_scores(frame: pd.DataFrame, ours: str, theirs: str, ax=None, unit: str = "US school grade"):
    """Scatter of our score against another implementation's, with the line of agreement."""
    data = frame.dropna(subset=[ours, theirs])
    fig, ax = _axes(ax, figsize=(5.5, 5.5))
    if data.empty:
        ax.set_title("Where the kit and textstat disagree")
        return no_data(ax, "no data: no paragraph long enough to compare")
    ax.scatter(data[ours], data[theirs], s=16, alpha=0.7)
    lo = float(np.nanmin([data[ours].min(), data[theirs].min(), 0]))
    hi = float(np.nanmax([data[ours].max(), data[theirs].max(), 1]))
    ax.plot([lo, hi], [lo, hi], color="grey", linestyle="--", linewidth=1, label="same score")
    label = METRIC_LABELS.get(ours, ours.replace("_", " "))
    ax.set_xlabel(f"kit: {label} ({unit})")
    ax.set_ylabel(f"textstat 0.7.13: {label} ({unit})")
    ax.set_title("Where the kit and textstat disagree")
    ax.legend(loc="upper left")
    ax.grid(True)
    return fig


def ranked_bars(values: pd.Series, title: str, xlabel: str, ax=None, top_n: int = 15,
                highlight: pd.Series | None = None, highlight_label: str = "", other_label: str = "",
                empty: str = "no data: nothing to rank"):
    """Horizontal bars of the ``top_n`` largest values; ``highlight`` (bool per index) colours some bars.

    With no values the panel says ``empty`` in words."""
    values = values.dropna().sort_values(ascending=False).head(top_n)
    fig, ax = _axes(ax, figsize=(9, 0.34 * len(values) + 1.6))
    if values.empty:
        ax.set_title(title)
        return no_data(ax, empty)
    colors = ["#1b6ca8"] * len(values)
    if highlight is not None:
        colors = ["#e07a1f" if bool(highlight.get(i, False)) else "#1b6ca8" for i in values.index]
        ax.legend(handles=[Patch(color="#e07a1f", label=highlight_label), Patch(color="#1b6ca8", label=other_label)],
                  loc="lower right")
    rows = np.arange(len(values))
    ax.barh(rows, values.to_numpy(dtype=float), color=colors)
    ax.set_yticks(rows, labels=short_labels(values.index))
    ax.invert_yaxis()
    if (values >= 0).all():  # bars start at 0; all zero: a 0–1 axis, not ±0.04, and a note
        ax.set_xlim(0, None if values.max() > 0 else 1)
        if values.max() == 0:
            ax.text(0.5, 0.5, "every value is 0", ha="center", va="center", transform=ax.transAxes,
                    fontsize=11, color="#555555", gid="note")
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    return fig


def cooccurrence_network(pairs: pd.DataFrame, ax=None, top_n: int = 20, min_count: int = 1):
    """The actors most often mentioned together, drawn on a circle; line width = times together.

    ``pairs`` has columns ``name_a``, ``name_b``, ``count`` (from ``corpus.cooccurrence``).
    The ``top_n`` actors shown are those with the strongest tie (the highest count with any
    one partner), then the most ties in all: a single page naming thirty things once each
    does not crowd out actors named together again and again.
    """
    pairs = pairs[pairs["count"] >= min_count]
    ends = pd.concat([pairs[["name_a", "count"]].set_axis(["name", "count"], axis=1),
                      pairs[["name_b", "count"]].set_axis(["name", "count"], axis=1)])
    rank = ends.groupby("name")["count"].agg(["max", "sum"])
    nodes = list(rank.sort_values(["max", "sum"], ascending=False, kind="stable").head(top_n).index)
    fig, ax = _axes(ax, figsize=(7.5, 7.5))
    ax.set_title("Who is mentioned with whom")
    ax.set_axis_off()
    if not nodes:
        return no_data(ax, "no data: no actors mentioned together")
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
        bits += [t.get_text() for t in ax.texts if t.get_gid() in ("no-data", "note")]
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
