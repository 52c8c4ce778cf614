# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # One-page summary of the corpus
#
# The main findings of notebooks 01–04 side by side: what the pages are made of, how hard
# the articles are to read, who is quoted and who is mentioned.

# %% tags=["parameters"]
data_path = "../data"
figures_dir = None
outlet = None
top_n = 10

# %%
import matplotlib.pyplot as plt
import pandas as pd

import analysis
from analysis import plots
from analysis.exercises import check, question
from analysis.quotes import quote_density

plots.use_style()
corpus = analysis.load(data_path)
if outlet:
    corpus = corpus.subset(outlet=outlet)

# %% [markdown]
# ## The corpus in numbers

# %%
docs = corpus.documents
read = corpus.readability(level="document")
density = quote_density(corpus.quotes, corpus.blocks, by="document")
summary = pd.Series({  # counts stay whole numbers; a value that cannot be computed shows as "—"
    "documents": len(docs),
    "outlets": docs["outlet"].nunique(),
    "words": int(docs["n_words"].sum()),
    "editorial share of words (%)": round(100 * (docs["share_editorial"] * docs["n_words"]).sum() / max(docs["n_words"].sum(), 1), 1),
    "promotional share of words (%)": round(100 * (docs["share_promotional"] * docs["n_words"]).sum() / max(docs["n_words"].sum(), 1), 1),
    "median Flesch–Kincaid grade of article bodies": round(read["flesch_kincaid_grade"].median(), 1),
    "direct quotations": len(corpus.quotes),
    "median share of words quoted (%)": round(100 * density["quoted_share"].median(), 1),
    "actors": len(corpus.actors),
    "problems (see the table below)": len(corpus.problems),
}, name="value", dtype=object)
summary.to_frame()

# %%
fig, axes = plt.subplots(2, 2, figsize=(13, 9))
plots.zone_shares(docs, by="outlet", ax=axes[0, 0], max_rows=top_n)  # the top_n biggest outlets
plots.metric_by_group(read.merge(docs[["doc_id", "outlet"]], on="doc_id").assign(
    outlet=lambda d: d["outlet"].fillna("(unknown)")), "flesch_kincaid_grade", by="outlet", ax=axes[0, 1],
    max_groups=top_n)
voice = corpus.quotes[corpus.quotes["zone"].astype(str) == "editorial"].groupby("speaker")["n_words"].sum()
plots.ranked_bars(voice, "Who gets the most words quoted", "words quoted", ax=axes[1, 0], top_n=top_n,
                  empty="no data: no quotation with a known speaker")
top = corpus.actors.groupby("name").agg(n_mentions=("n_mentions", "sum"), quoted=("quoted", "any"))
plots.ranked_bars(top["n_mentions"], "Most mentioned actors", "mentions", ax=axes[1, 1], top_n=top_n,
                  highlight=top["quoted"].astype(bool), highlight_label="quoted", other_label="only mentioned",
                  empty="no data: no actor found")
fig.tight_layout()
plots.show(fig, "summary", figures_dir)

# %% [markdown]
# ## Problems: files not read, copies left out, stories not in English

# %%
corpus.problems

# %% [markdown]
# ## What to look for
# * Compare outlets: who gives most of the page to the story, who to promotion?
# * Do the outlets that quote most also quote the widest range of people (notebook 03)?
# * Check the problems table before drawing conclusions: a corpus with unreadable files is a biased sample.
#
# ## Exercises

# %%
print(question("outlet_most_promotional"))
check("outlet_most_promotional", None, corpus)

# %%
print(question("outlet_most_quoted"))
check("outlet_most_quoted", None, corpus)
