"""The small learned part of page segmentation: logistic regressions stored as JSON.

Three models live in ``analysis/models/segment_model.json`` (trained by
``scripts/train_segment.py``):

* ``prose``: is a line, on its own, article prose? (line-local features)
* ``body``: is a line part of the article body, given its own features and its place
  relative to the main text run (the densest run of prose lines, see :func:`main_span`)?
* ``headline``: which line above the body is the headline?

Each model is plain numbers: feature names, means and scales used to standardise, and
coefficients. Loading never unpickles anything. :meth:`LogReg.top_features` names the
features that pushed a decision most, which feeds the readable ``reason`` column.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import numpy as np

from analysis.segment_features import LOCAL_FEATURES, NAV_SPACES_RE, STOPWORDS, LineTable

CONTEXT_FEATURES = LOCAL_FEATURES + (
    "prose_logit", "in_span", "before_span", "after_span", "span_distance",
    "prev_logit", "next_logit", "window_logit", "first_in_span", "last_in_span",
    "sandwiched", "prev_caption_cue", "next_caption_cue", "prev_short", "next_short",
)
CLUSTER_GAP = 4  # prose lines at most this many rows apart belong to one cluster

CAPTION_COL = LOCAL_FEATURES.index("cue_caption")
SEPARATOR_COL = LOCAL_FEATURES.index("separator")
BYLINE_COL = LOCAL_FEATURES.index("byline")
DATE_ONLY_COL = LOCAL_FEATURES.index("date_only")
ONE_WORD_COL = LOCAL_FEATURES.index("one_word")
ENDS_COL = LOCAL_FEATURES.index("ends_sentence")
SHORT_COL = LOCAL_FEATURES.index("short")
POSITION_COL = LOCAL_FEATURES.index("position")
BYLINE_ANY_COL = LOCAL_FEATURES.index("byline_any")

HEADLINE_FEATURES = LOCAL_FEATURES + (
    "rows_above_body", "nearest_candidate", "title_length", "next_is_body",
    "repeats_later", "body_overlap", "title_below", "title_above", "byline_below",
)
#: cue roles that rule a line out as a headline
NOT_HEADLINE_CUES = frozenset({"boilerplate", "caption", "promo_heading", "comment_heading",
                               "byline_title",
                               "teaser_prefix", "signup"})


@dataclass
class LogReg:
    """A logistic regression over named features (standardised with ``mean``/``scale``)."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def logit(self, x: np.ndarray) -> np.ndarray:
        if x.shape[0] == 0:
            return np.zeros(0)
        return ((x - self.mean) / self.scale) @ self.coef + self.intercept

    def contributions(self, row: np.ndarray) -> np.ndarray:
        return (row - self.mean) / self.scale * self.coef

    def top_features(self, row: np.ndarray, sign: int = 1, k: int = 2) -> list[str]:
        """Names of the ``k`` features pushing most in direction ``sign`` for ``row``."""
        c = self.contributions(row) * sign
        order = np.argsort(-c)
        return [self.names[j] for j in order[:k] if c[j] > 0]

    def to_dict(self) -> dict:
        return {"names": list(self.names), "mean": self.mean.round(6).tolist(),
                "scale": self.scale.round(6).tolist(), "coef": self.coef.round(6).tolist(),
                "intercept": round(float(self.intercept), 6)}

    @classmethod
    def from_dict(cls, d: dict) -> "LogReg":
        return cls(tuple(d["names"]), np.array(d["mean"], float), np.array(d["scale"], float),
                   np.array(d["coef"], float), float(d["intercept"]))


def fit_logreg(x: np.ndarray, y: np.ndarray, names: tuple[str, ...], l2: float = 1.0,
               weight: np.ndarray | None = None, iters: int = 50) -> LogReg:
    """L2-regularised logistic regression fitted by Newton's method (IRLS)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    const = scale < 1e-9
    scale[const] = 1.0
    mean[const] = 0.0
    z = (x - mean) / scale
    z = np.hstack([z, np.ones((len(z), 1))])
    w = np.ones(len(z)) if weight is None else weight
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        g = z.T @ (w * (p - y)) + reg * beta
        h = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(h, g)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return LogReg(names, mean, scale, beta[:-1], float(beta[-1]))


SPAN_NEG = [-1.0]  # weight of a line that does not read like prose, in the span search
SPAN_POS = [4.0]
SPAN_TAIL = [0.05]  # prose in the last 5% of the rows (footer notices) ...
SPAN_TAIL_W = [0.5]  # ... counts half in the search for the main text run


def main_span(table: LineTable, prose_logit: np.ndarray) -> tuple[int, int]:
    """(first_row, last_row) of the densest run of prose: the run of non-blank lines with
    the largest sum of per-line prose evidence (a prose line adds its logit times
    sqrt(length); any other line costs a fixed amount; prose at the very end of the page,
    where legal and disclaimer notices sit, counts half). (-1, -1) for a page without
    lines."""
    n = len(prose_logit)
    if n == 0:
        return -1, -1
    x = table.x
    if 0 < table.comments_from < n:  # the run is looked for above readers' comments
        n = table.comments_from
        prose_logit = prose_logit[:n]
        x = x[:n]
    nchars = np.exp(x[:, 1]) - 1.0
    w = np.where(prose_logit > 0,
                 np.minimum(prose_logit, SPAN_POS[0]) * np.sqrt(np.minimum(nchars, 600.0) + 1.0),
                 SPAN_NEG[0] * np.sqrt(np.minimum(nchars, 100.0) + 1.0))
    if SPAN_TAIL[0]:
        pos = x[:, POSITION_COL]
        w = np.where((pos > 1.0 - SPAN_TAIL[0]) & (w > 0), w * SPAN_TAIL_W[0], w)
    cs = np.zeros(len(w) + 1)
    np.cumsum(w, out=cs[1:])
    lows = np.minimum.accumulate(cs[:-1])  # smallest prefix sum before each row
    gain = cs[1:] - lows
    end = int(np.argmax(gain))
    start = int((cs[:end + 1] == lows[end]).nonzero()[0][-1])
    return start, end


def context_matrix(table: LineTable, prose_logit: np.ndarray,
                   span: tuple[int, int]) -> np.ndarray:
    """Line-local features plus where each line sits relative to the main text run."""
    n = len(prose_logit)
    if n == 0:
        return np.zeros((0, len(CONTEXT_FEATURES)))
    a, b = span
    r, lo, hi, width = _window_rows(n)
    lg = np.minimum(np.maximum(prose_logit, -6.0), 6.0)  # np.clip, with less overhead
    csum = np.zeros(n + 1)
    np.cumsum(lg, out=csum[1:])
    # strongest evidence within three rows above and below: high when sandwiched by prose
    pad = np.full(n + 6, -6.0)
    pad[3:n + 3] = lg
    above = np.maximum(np.maximum(pad[0:n], pad[1:n + 1]), pad[2:n + 2])
    below = np.maximum(np.maximum(pad[4:n + 4], pad[5:n + 5]), pad[6:n + 6])
    x = table.x
    k = x.shape[1]
    out = np.zeros((n, len(CONTEXT_FEATURES)))
    out[:, :k] = x
    out[:, k] = lg
    a0, b1 = max(a, 0), max(b + 1, 0)
    out[a0:b1, k + 1] = 1.0  # in the run
    out[:a0, k + 2] = 1.0  # before it
    out[b1:, k + 3] = 1.0  # after it
    dist = np.zeros(n)  # rows to the run
    dist[:a0] = a - r[:a0]
    dist[b1:] = r[b1:] - b
    out[:, k + 4] = np.log1p(dist)
    out[1:, k + 5] = lg[:-1]
    out[:-1, k + 6] = lg[1:]
    out[:, k + 7] = (csum[hi] - csum[lo]) / width
    if 0 <= a < n:
        out[a, k + 8] = 1.0
    if 0 <= b < n:
        out[b, k + 9] = 1.0
    out[:, k + 10] = np.minimum(above, below)
    j = k + 11
    out[1:, j] = x[:-1, CAPTION_COL]
    out[:-1, j + 1] = x[1:, CAPTION_COL]
    out[1:, j + 2] = x[:-1, SHORT_COL]
    out[:-1, j + 3] = x[1:, SHORT_COL]
    return out


@lru_cache(maxsize=512)
def _window_rows(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Row numbers 0..n-1 and the bounds and width of the 7-row window around each."""
    r = np.arange(n)
    lo = np.maximum(r - 3, 0)
    hi = np.minimum(r + 4, n)
    return r, lo, hi, hi - lo


def _cluster_features(table: LineTable, lg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Prose lines at most CLUSTER_GAP rows apart form a cluster (with the lines between
    them). Per row: its cluster's prose weight as a share of the heaviest cluster's, and
    whether it is in the heaviest cluster (0 for rows outside any cluster)."""
    n = len(lg)
    share = np.zeros(n)
    main = np.zeros(n)
    pos = np.flatnonzero(lg > 0)
    if len(pos) == 0:
        return share, main
    nchars = np.exp(table.x[pos, 1]) - 1.0
    w = np.minimum(lg[pos], 4.0) * np.sqrt(np.minimum(nchars, 600.0) + 1.0)
    breaks = np.flatnonzero(np.diff(pos) > CLUSTER_GAP + 1) + 1
    starts = np.concatenate([[0], breaks])
    ends = np.concatenate([breaks, [len(pos)]])
    weights = np.array([w[a:b].sum() for a, b in zip(starts, ends)])
    best = int(np.argmax(weights))
    top = weights[best] if weights[best] > 0 else 1.0
    for k, (a, b) in enumerate(zip(starts, ends)):
        share[pos[a]:pos[b - 1] + 1] = weights[k] / top
        if k == best:
            main[pos[a]:pos[b - 1] + 1] = 1.0
    return share, main


#: how a line that is no headline may start: a web address, or a dash opening the
#: attribution of a quotation or an embedded post ("— NAME (@handle) DATE")
NOT_HEADLINE_STARTS = ("http://", "https://", "www.", "—", "―", "– ")


def headline_allowed(table: LineTable, r: int) -> bool:
    """May row ``r`` be a headline at all? Not a menu (bars, wide spaces), not a chrome or
    teaser cue, not a byline, date, credit or commenter line, not a single word, not a
    web address or an attribution line (see ``NOT_HEADLINE_STARTS``)."""
    x = table.local[r] if table.local else table.x[r]
    s = table.text[r]
    return not (x[SEPARATOR_COL] or x[BYLINE_COL] or x[DATE_ONLY_COL] or x[ONE_WORD_COL]
                or ("  " in s and NAV_SPACES_RE.search(s))
                or s.startswith(NOT_HEADLINE_STARTS)
                or NOT_HEADLINE_CUES & table.cues[r].keys())


def _content_words(table: LineTable, r: int) -> set[str]:
    """Lower-cased words of row ``r`` that are not function words."""
    clean = table.clean[r] if table.clean else table.text[r].lower()
    return set(clean.split()) - STOPWORDS


def headline_candidates(table: LineTable, body_rows: np.ndarray,
                        max_above: int = 60) -> tuple[list[int], np.ndarray]:
    """Rows that may hold the headline (allowed rows up to ``max_above`` rows above the
    first body row, plus the first body row) and their feature matrix."""
    n = len(table.idx)
    if n == 0:
        return [], np.zeros((0, len(HEADLINE_FEATURES)))
    first = int(body_rows[0]) if len(body_rows) else n
    lo, hi = max(0, first - max_above), min(first + 1, n)
    local = table.local or [tuple(row) for row in table.x.tolist()]
    nwl = table.nwl or table.n_words.tolist()
    rows = [r for r in range(lo, hi)
            if not (local[r][SEPARATOR_COL] or local[r][BYLINE_COL] or local[r][DATE_ONLY_COL]
                    or local[r][ONE_WORD_COL]) and headline_allowed(table, r)]
    if not rows:
        return [], np.zeros((0, len(HEADLINE_FEATURES)))
    body_list = body_rows.tolist()
    body_set = set(body_list)
    cand_words = {r: _content_words(table, r) if nwl[r] <= 40 else set() for r in rows}
    # words of the first body paragraphs that are words of a candidate (all the overlap
    # below looks at)
    clean = table.clean if table.clean else [t.lower() for t in table.text]
    body_words = set().union(*cand_words.values()).intersection(
        " ".join([clean[r] for r in body_list[:6]]).split())
    norm = table.norm
    last = dict(zip(norm, range(n)))  # last row of each normalised text
    feats = []
    nearest_seen = False
    is_cand = {}
    for r in reversed(rows):
        nw = nwl[r]
        cand = 2 <= nw <= 30 and not local[r][ENDS_COL] and r not in body_set
        is_cand[r] = cand
        near = 1.0 if cand and not nearest_seen else 0.0
        nearest_seen = nearest_seen or cand
        nm = norm[r]
        later = bool(nm) and last[nm] > r
        words = cand_words[r]
        overlap = len(words & body_words) / len(words) if words else 0.0
        feats.append((float(first - r), near, 1.0 if 3 <= nw <= 25 else 0.0,
                      1.0 if (r + 1) in body_set else 0.0, float(bool(later)), overlap))
    feats.reverse()
    feats = [f + (float(is_cand.get(r + 1, False)), float(is_cand.get(r - 1, False)),
                  float(any(x[BYLINE_COL] or x[DATE_ONLY_COL] or x[BYLINE_ANY_COL]
                            for x in local[r + 1:r + 5])))
             for f, r in zip(feats, rows)]
    extra = np.array(feats, float)
    extra[:, 0] = np.log1p(np.maximum(extra[:, 0], 0.0))
    return rows, np.hstack([table.x[rows], extra])


def body_scores(table: LineTable, prose: LogReg, body: list[LogReg]):
    """-> (prose_logit, span, context matrix, body_logit) for one page: each body stage
    sees the line's own features and its place relative to the main text run found
    from the previous stage's scores."""
    logit = prose.logit(table.x)
    prev = logit
    span, ctx = (-1, -1), None
    for stage in body:
        prev = logit
        span = main_span(table, logit)
        ctx = context_matrix(table, logit, span)
        logit = stage.logit(ctx)
    if ctx is None:
        ctx = context_matrix(table, logit, main_span(table, logit))
    return prev, span, ctx, logit


@dataclass
class SegmentModel:
    prose: LogReg
    body: list[LogReg]
    headline: LogReg
    threshold: float = 0.0
    #: sha1 of the training data (set by scripts/train_segment.py)
    trained_on: dict | None = None

    def to_dict(self) -> dict:
        return {"about": "Logistic regressions for analysis.segment; trained by "
                         "scripts/train_segment.py. Plain numbers, no pickle.",
                "trained_on": self.trained_on or {},
                "threshold": self.threshold, "prose": self.prose.to_dict(),
                "body": [b.to_dict() for b in self.body], "headline": self.headline.to_dict()}

    @classmethod
    def from_dict(cls, d: dict) -> "SegmentModel":
        return cls(LogReg.from_dict(d["prose"]), [LogReg.from_dict(b) for b in d["body"]],
                   LogReg.from_dict(d["headline"]), float(d.get("threshold", 0.0)),
                   d.get("trained_on") or None)

    def save(self, path) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(self.to_dict(), fh, indent=1)
            fh.write("\n")


@cache
def load_model() -> SegmentModel:
    """The shipped model (``analysis/models/segment_model.json``)."""
    text = resources.files("analysis").joinpath("models", "segment_model.json").read_text(
        encoding="utf-8")
    return SegmentModel.from_dict(json.loads(text))
