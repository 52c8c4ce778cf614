# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who gets to speak?
#
# Direct quotations let sources speak in their own words. The kit finds every quotation,
# who said it and how it knows (the reporting verb, a pronoun, a name earlier in the
# story), and measures how much of each page is quotation.

# %% tags=["parameters"]
data_path = "../data"
figures_dir = None
outlet = None
top_n = 15

# %%
import analysis
from analysis import plots
from analysis.exercises import check, question
from analysis.highlight import quotes_in_page
from analysis.quotes import quote_density, share_of_voice

plots.use_style()
corpus = analysis.load(data_path)
if outlet:
    corpus = corpus.subset(outlet=outlet)
quotes = corpus.quotes

# %% [markdown]
# ## Every quotation, with its speaker and how it was found

# %%
editorial = quotes[quotes["zone"].astype(str) == "editorial"]
editorial[["doc_id", "block_id", "speaker", "speaker_mention", "cue", "method", "partial", "text"]].head(20)

# %% [markdown]
# Quotation marks also appear in teasers, comments and page chrome. Those quotes stay in
# the frame, flagged by zone, so you can decide whether to count them.

# %%
quotes.groupby("zone", observed=True).size().rename("quotations").to_frame()

# %% [markdown]
# How were the speakers found? `explicit after` (`"…," she said`) and `explicit before`
# (`said X: "…"`) are the safest; `pronoun` and `carried` depend on the story before.

# %%
editorial["method"].value_counts().rename("quotations").to_frame()

# %% [markdown]
# ## Quote density per document
# The share of each page's words that are inside quotation marks, and quotations per
# 1,000 words (`quote_density`; pass it the editorial quotes and blocks only to measure
# the articles alone).

# %%
density = quote_density(quotes, corpus.blocks, by="document")
fig = plots.ranked_bars(density.set_index("doc_id")["quoted_share"] * 100,
                        "Share of each page's words that are direct quotation", "quoted words (%)", top_n=top_n,
                        empty="no data: no page has editorial words")
plots.show(fig, "quote_density", figures_dir)

# %% [markdown]
# ## Share of voice
# Words quoted per speaker, across the corpus (editorial zone only).

# %%
voice = share_of_voice(quotes[quotes["zone"].astype(str) == "editorial"])
totals = voice.groupby("speaker")["quoted_words"].sum()
fig = plots.ranked_bars(totals, "Who gets the most words quoted", "words quoted", top_n=top_n,
                        empty="no data: no quotation with a known speaker")
plots.show(fig, "share_of_voice", figures_dir)

# %% [markdown]
# ## Quoted text highlighted in the page
# The article with the most quotations; quotations are highlighted, hover for the speaker.

# %%
quotes_in_page(corpus)

# %% [markdown]
# ## What to look for
# * Who is quoted, and who is only talked about? (Notebook 04 answers this for every actor.)
# * Are officials quoted at length while residents get a few words? Look at share of voice.
# * `method` tells you how sure to be: "explicit after" (`"…," she said`) is safer than "carried".
#
# ## Exercises

# %%
print(question("top_speaker"))
check("top_speaker", None, corpus)

# %%
print(question("quote_count"))
check("quote_count", None, corpus)
