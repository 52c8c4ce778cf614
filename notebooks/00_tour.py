# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A tour of a news corpus
#
# This notebook loads a folder of news pages and shows the three tables every other
# notebook builds on: **documents**, **blocks** and **problems**. Every number in the kit
# can be traced back to the words it came from; the last part shows how.

# %% tags=["parameters"]
data_path = "../data"          # a folder, file or glob of news pages
figures_dir = None             # where figures are saved (the report sets this)
outlet = None                  # show only this outlet (None: all)

# %%
import analysis
from analysis import plots
from analysis.exercises import check, question
from analysis.highlight import highlight_blocks

plots.use_style()                      # the kit's look for tables: a missing value shows as "—"
corpus = analysis.load(data_path)
if outlet:
    corpus = corpus.subset(outlet=outlet)
corpus

# %% [markdown]
# ## Documents: one row per page
# `n_words` counts every word on the page, menus and comments included. The `share_…`
# columns say how those words split between editorial, promotional, user and boilerplate
# content (notebook 01 explains how).

# %%
corpus.documents[["doc_id", "outlet", "date", "title", "n_lines", "n_words",
                  "share_editorial", "share_promotional", "share_user"]].round(2)

# %% [markdown]
# The full table also says where each document came from (`source`, `format`,
# `encoding`, `url`): `corpus.documents.columns` lists them all.

# %% [markdown]
# ## Blocks: one row per line of the page
# A page dump has one block per line. `kind` says what the block is (headline, body,
# caption, promo, comment…), `zone` groups kinds, and `reason` says in words why the kit
# decided so. `char_start`/`char_end` point into the page's text.

# %%
first = corpus.blocks["doc_id"].iloc[0]  # the first document that has any text
corpus.blocks[corpus.blocks["doc_id"] == first][["block_id", "kind", "zone", "reason", "text"]].head(15)

# %% [markdown]
# ## The page as the kit sees it
# Each block with its kind; hover over a kind to read the reason.

# %%
highlight_blocks(corpus.blocks[corpus.blocks["doc_id"] == first], max_blocks=40)

# %% [markdown]
# ## Tracing a number back to its words
# Any row with `doc_id`, `char_start` and `char_end` can be turned back into text.

# %%
row = corpus.blocks[corpus.blocks["doc_id"] == first].iloc[1]
print(f"{row.doc_id} [{row.char_start}:{row.char_end}] ->", corpus.text_of(row.doc_id, row.char_start, row.char_end))

# %% [markdown]
# ## Problems: what could not be read or analysed
# Files that were empty, binary or malformed are listed here instead of stopping the run,
# and so are pages saved twice and stories that do not look like English (the kit's name
# tagger and readability formulas are made for English, so those stories are left out of
# them).

# %%
corpus.problems

# %% [markdown]
# ## What to look for
# * How much of each page is the article at all? Compare `n_words` with the editorial share.
# * Which pages had problems, and what would you lose if you ignored them?
#
# ## Exercises
# Answer in the cell, then run it: the checker says "right" or gives a hint.

# %%
print(question("tour_blocks"))
check("tour_blocks", None, corpus)      # replace None with your answer

# %%
print(question("tour_trace"))
check("tour_trace", None, corpus)       # replace None with your answer
