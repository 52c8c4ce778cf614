# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Editorial or promotional? What a news page is made of
#
# A news page is more than its article: teasers for other stories, sponsored links,
# reader comments, menus and player notices. The kit gives every line of a page a
# **kind** (headline, body, caption, promo, comment…) and a **zone** (editorial,
# promotional, user, boilerplate), with the **reason** for its decision.

# %% tags=["parameters"]
data_path = "../data"
figures_dir = None
outlet = None
max_pages = 30                 # pages shown in the page map

# %%
import matplotlib.pyplot as plt

import analysis
from analysis import plots
from analysis.exercises import check, question
from analysis.highlight import highlight_blocks

plots.use_style()
corpus = analysis.load(data_path)
if outlet:
    corpus = corpus.subset(outlet=outlet)
blocks = corpus.blocks

# %% [markdown]
# ## The page map
# One strip per page, read left to right from the top of the page to the bottom; each
# cell is one block, as wide as its share of the page's words.

# %%
fig = plots.page_map(blocks, max_docs=max_pages)
plots.show(fig, "page_map", figures_dir)

# %% [markdown]
# ## How the words split between zones, page by page and outlet by outlet

# %%
fig = plots.zone_shares(corpus.documents, by="doc_id", max_rows=max_pages)
plots.show(fig, "zone_shares_by_document", figures_dir)

# %%
fig = plots.zone_shares(corpus.documents, by="outlet")
plots.show(fig, "zone_shares_by_outlet", figures_dir)

# %% [markdown]
# ## Why did the kit decide that? The reasons behind the classification
# The most common reasons for each kind. Every block's `reason` is in `corpus.blocks`.

# %%
(blocks.groupby(["kind", "reason"], observed=True).size().rename("blocks").reset_index()
 .sort_values(["kind", "blocks"], ascending=[True, False]).groupby("kind", observed=True).head(3)
 .set_index(["kind", "reason"]))

# %% [markdown]
# ## One page, block by block
# The page with the most promotional words (share of promotional words × words on the
# page); hover over a kind to read its reason.

# %%
docs = corpus.documents.assign(promo_words=lambda d: d["share_promotional"] * d["n_words"])
example = docs.sort_values("promo_words", ascending=False)["doc_id"].iloc[0]
highlight_blocks(blocks[blocks["doc_id"] == example], max_blocks=60)

# %% [markdown]
# ## The comment section
# Reader comments, with author, place and time parsed from the `by: … from: …` lines.

# %%
corpus.comments.head(10)

# %% [markdown]
# ## Pages without blank lines
# The kit reads paragraphs by the blank lines between them. On a page saved without any,
# it infers the breaks from line length, a little less reliably. `paragraph_breaks` says
# which pages were read that way.

# %%
corpus.documents["paragraph_breaks"].value_counts().rename("pages")

# %% [markdown]
# ## Duplicates
# Photo captions and teasers are often repeated on a page. `duplicate_of` points to the
# earlier copy, so repeated text is not counted twice by mistake.

# %%
blocks[blocks["duplicate_of"].notna()][["doc_id", "block_id", "kind", "duplicate_of", "text"]].head(15)

# %% [markdown]
# ## What to look for
# * Which outlet gives the most of its page to promotion? Does that change how you read it?
# * Are sponsored teasers marked as such on the page, or do they look like news?
# * Open a page whose classification surprises you and read the `reason` column: would you agree?
#
# ## Exercises

# %%
print(question("most_promotional"))
check("most_promotional", None, corpus)

# %%
print(question("comment_count"))
check("comment_count", None, corpus)
