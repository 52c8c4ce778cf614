# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who is the story about?
#
# The kit finds the people, organisations and countries a story mentions with its own
# named-entity tagger (trained by the project, working offline), merges "Kerry", "Secretary
# Kerry" and "John Kerry" into one actor and "Russian" and "Moscow" into Russia, and joins
# the quotes: who is quoted, and who is only talked about?

# %% tags=["parameters"]
data_path = "../data"
figures_dir = None
outlet = None
top_n = 15

# %%
import analysis
from analysis import plots
from analysis.exercises import check, question
from analysis.highlight import mentions_in_page

plots.use_style()
corpus = analysis.load(data_path)
if outlet:
    corpus = corpus.subset(outlet=outlet)
actors = corpus.actors

# %% [markdown]
# ## The most mentioned actors; orange ones are quoted somewhere

# %%
top = actors.groupby("name").agg(n_mentions=("n_mentions", "sum"), quoted=("quoted", "any"))
fig = plots.ranked_bars(top["n_mentions"], "Most mentioned actors", "mentions", top_n=top_n,
                        highlight=top["quoted"].astype(bool), highlight_label="quoted", other_label="only mentioned",
                        empty="no data: no actor found")
plots.show(fig, "top_actors", figures_dir)

# %% [markdown]
# ## Quoted or only mentioned? Roles and affiliations

# %%
people = actors[actors["type"] == "person"].sort_values("n_mentions", ascending=False)
people[["name", "roles", "affiliation", "n_mentions", "n_docs", "quoted", "n_quotes", "words_quoted"]].head(top_n)

# %% [markdown]
# ## Who is mentioned with whom

# %%
pairs = corpus.cooccurrence(level="document")
fig = plots.cooccurrence_network(pairs, top_n=top_n)
plots.show(fig, "cooccurrence", figures_dir)

# %% [markdown]
# ## Mentions highlighted in one article

# %%
mentions_in_page(corpus)

# %% [markdown]
# ## What to look for
# * Which actors are talked about but never get to speak? Who speaks for them?
# * Are countries represented by their governments ("Moscow") or by their people?
#
# ## Exercises

# %%
print(question("most_mentioned"))
check("most_mentioned", None, corpus)

# %%
print(question("mentioned_not_quoted"))
check("mentioned_not_quoted", None, corpus)
