# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # How hard is it to read?
#
# Readability formulas turn counts — sentences, words, syllables, letters, difficult
# words — into a school grade or a 0–100 ease score. The kit shows the counts beside each
# score, so you can see *why* a text scores as it does, and compares its numbers with the
# popular `textstat` library.

# %% tags=["parameters"]
data_path = "../data"
figures_dir = None
outlet = None
metric = "flesch_kincaid_grade"

# %%
import analysis
from analysis import plots
from analysis.exercises import check, question

plots.use_style()
corpus = analysis.load(data_path)
if outlet:
    corpus = corpus.subset(outlet=outlet)

# %% [markdown]
# ## Article bodies, one row per document
# Higher grades and lower Flesch Reading Ease mean harder text.

# %%
docs = corpus.readability(level="document").merge(corpus.documents[["doc_id", "outlet"]], on="doc_id")
docs[["doc_id", "outlet", "sentences", "words", "syllables", "flesch_reading_ease", metric, "undefined_reason"]].round(1)

# %% [markdown]
# ## By zone: is the article harder than the teasers and comments?

# %%
zones = corpus.readability(level="zone")
fig = plots.metric_by_group(zones, metric, by="zone")
plots.show(fig, "readability_by_zone", figures_dir)

# %% [markdown]
# ## By outlet

# %%
fig = plots.metric_by_group(docs.assign(outlet=docs["outlet"].fillna("(unknown)")), metric, by="outlet")
plots.show(fig, "readability_by_outlet", figures_dir)

# %% [markdown]
# ## The counts behind a score
# The easiest article body: the words per sentence and syllables per word drive
# Flesch–Kincaid, and here both are low. Read the text and decide whether the grade feels
# right (an exercise below asks for the hardest one).

# %%
easiest = docs.sort_values(metric).iloc[0]
print(easiest[["doc_id", "sentences", "words", "syllables", "polysyllables", metric]].to_string())
print(f"\n{easiest['words'] / easiest['sentences']:.1f} words per sentence, "
      f"{easiest['syllables'] / easiest['words']:.2f} syllables per word")

# %% [markdown]
# ## Where textstat differs, and why
# `textstat` splits sentences at every full stop ("U.S." ends a sentence there) and runs
# teaser lines without full stops together into one long sentence. The kit treats
# abbreviations and headline-style lines as a reader would.

# %%
blocks = corpus.readability(level="block", compare_textstat=True).merge(
    corpus.blocks[["doc_id", "block_id", "text"]], on=["doc_id", "block_id"])
prose = blocks[blocks["words"] >= 20].copy()  # one-word blocks give meaningless grades in any tool
prose["difference"] = prose["textstat_flesch_kincaid_grade"] - prose["flesch_kincaid_grade"]
fig = plots.compare_scores(prose, "flesch_kincaid_grade", "textstat_flesch_kincaid_grade")
plots.show(fig, "kit_vs_textstat", figures_dir)

# %% [markdown]
# The paragraphs where the two disagree most. Compare the sentence counts: that is
# usually the reason.

# %%
prose.reindex(prose["difference"].abs().sort_values(ascending=False).index)[
    ["doc_id", "block_id", "kind", "sentences", "textstat_sentences", "words", "textstat_words",
     "flesch_kincaid_grade", "textstat_flesch_kincaid_grade", "text"]].head(8).round(1)

# %% [markdown]
# ## What to look for
# * Are the comments easier to read than the articles? Are the teasers?
# * A short block can get an extreme score from a handful of words: check `words` before trusting a number.
#
# ## Exercises

# %%
print(question("hardest_zone"))
check("hardest_zone", None, corpus)

# %%
print(question("hardest_document"))
check("hardest_document", None, corpus)
