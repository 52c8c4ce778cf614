"""The report: every notebook runs on the sample corpus; hostile text stays text in a real browser."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd
import pytest

from analysis import plots
from analysis.cli import main
from analysis.report import NotebookResult, ReportResult, build_report, run_notebook
from conftest import DATA

matplotlib.use("Agg")

NOTEBOOKS = ["00_tour", "01_editorial_vs_promotional", "02_readability", "03_quotes", "04_actors", "05_report"]
HOSTILE = """News / World

<script>alert(1)</script> Minister <img src=x onerror=alert(1)> Visits Port

By Ana <b onmouseover=alert(1)>Ruiz</b>

PORT CALLOW — The minister arrived on Tuesday to open the new quay, officials said, and spoke to workers for an hour before the ceremony began.

"<script>document.title='PWNED'</script> We are ready for the ships," said Mayor Ana Ruiz. "<img src=x onerror=alert(1)> is not a picture," she added.

The quay cost $12 million and $3 million more than planned, according to the city's budget office, which published the figures last week.

You May Like

<iframe src="https://example.com"></iframe> Ten things to do this weekend More
"""


def report_ok(result):
    failed = [f"{r.name}: cell {r.failing_cell}: {r.error}" for r in result.notebooks if not r.ok]
    assert not failed, failed


@pytest.fixture(scope="module")
def offline():
    """Notebook kernels inherit NEWSFRAME_OFFLINE: any network use in them raises."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSFRAME_OFFLINE", "1")
        yield


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, offline):
    out = tmp_path_factory.mktemp("report")
    return build_report(DATA, out, progress=False), out


def test_every_notebook_runs_on_the_sample_corpus(sample_report):
    result, out = sample_report
    report_ok(result)
    assert [r.name for r in result.notebooks] == NOTEBOOKS
    index = (out / "index.html").read_text()
    for name in NOTEBOOKS:
        page = (out / f"{name}.html").read_text()
        assert f'href="{name}.html"' in index
        assert "<script" not in page  # the kit's template carries no script at all
        assert "Traceback" not in page
        images = re.findall(r"<img[^>]*>", page)
        assert all('alt="Figure. ' in img for img in images), f"{name}: a figure without alternative text"
    assert "The Harbor Ledger" in index and "27</b> documents" in index
    assert (out / "figures" / "page_map.png").stat().st_size > 10_000


def cells(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", page, flags=re.S)]


MISSING_WORDS = {"NaN", "nan", "None", "&lt;NA&gt;", "<NA>", "NaT"}


def test_every_page_carries_its_notebooks_title(sample_report):
    _, out = sample_report
    titles = {"00_tour": "A tour of a news corpus", "02_readability": "How hard is it to read?",
              "05_report": "One-page summary of the corpus"}
    for name in NOTEBOOKS:
        page_title = re.search(r"<title>(.*?)</title>", (out / f"{name}.html").read_text()).group(1)
        assert page_title != "Notebook" and page_title.strip(), name
        if name in titles:
            assert page_title == titles[name]
    assert "<title>Media-analysis report</title>" in (out / "index.html").read_text()


def test_tables_show_missing_values_as_a_dash_not_nan(sample_report):
    _, out = sample_report
    for page in [*(out / f"{name}.html" for name in NOTEBOOKS), out / "index.html"]:
        shown = cells(page.read_text())
        assert shown, page.name
        assert not MISSING_WORDS & set(shown), f"{page.name}: {sorted(MISSING_WORDS & set(shown))}"
    # a readable article body has no undefined_reason: the cell shows "—"
    assert "—" in cells((out / "02_readability.html").read_text())


def test_summary_counts_are_whole_numbers(sample_report):
    _, out = sample_report
    page = (out / "05_report.html").read_text()
    value = {name: re.search(rf"<th>{re.escape(name)}</th>\s*<td>(.*?)</td>", page).group(1)
             for name in ("documents", "outlets", "words", "direct quotations", "actors", "problems (see the table below)",
                          "editorial share of words (%)")}
    assert value["documents"] == "27"
    for name in ("outlets", "words", "direct quotations", "actors", "problems (see the table below)"):
        assert re.fullmatch(r"\d+", value[name]), (name, value[name])
    assert re.fullmatch(r"\d+\.\d", value["editorial share of words (%)"])


def test_exercise_feedback_shows_as_a_sentence_not_a_string(sample_report):
    _, out = sample_report
    page = (out / "00_tour.html").read_text()
    assert "not yet</b>. Hint:" in page
    assert "'not yet" not in page and "&#x27;not yet" not in page and "&#39;not yet" not in page


def test_code_is_hidden_in_the_report(sample_report):
    _, out = sample_report
    page = (out / "01_editorial_vs_promotional.html").read_text()
    assert "The page map" in page
    assert "plots.page_map(" not in page and "import analysis" not in page


def test_missing_data_path_fails_before_any_notebook(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        build_report(tmp_path / "nowhere", tmp_path / "out", progress=False)


# ---------------------------------------------------------------------------- hostile text

def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("headless Chromium is not installed (make test installs Debian's chromium as root); "
                "browser checks skipped")


def browse(browser: str, page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", *extra, page.as_uri()],
        capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory, offline):
    data = tmp_path_factory.mktemp("hostile_data")
    (data / "000-hostile.txt").write_text(HOSTILE)
    for src in sorted((DATA / "pages" / "harbor-ledger").glob("*.txt"))[:2]:
        shutil.copy(src, data / src.name)
    (data / "metadata.csv").write_text(
        'file,title,outlet\n000-hostile.txt,"<script>alert(1)</script>","<img src=x onerror=alert(1)>"\n')
    out = tmp_path_factory.mktemp("hostile_report")
    result = build_report(data, out, progress=False)
    report_ok(result)
    return out


def test_hostile_text_is_escaped_in_every_page(hostile_report):
    pages = sorted(hostile_report.glob("*.html"))
    assert len(pages) == 7
    for page in pages:
        html = page.read_text()
        assert "<script" not in html, page.name
        assert not re.search(r"<img[^>]*src=.?x", html), page.name
        assert "<iframe" not in html and "onmouseover=alert" not in html.replace("onmouseover=alert(1)&gt;", "")
    tour = (hostile_report / "00_tour.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tour  # shown as text
    index = (hostile_report / "index.html").read_text()
    assert "&lt;img src=x onerror=alert(1)&gt;" in index


def test_hostile_report_in_headless_chromium(hostile_report, tmp_path):
    browser = chromium()
    for page in sorted(hostile_report.glob("*.html")):
        run = browse(browser, page, tmp_path / f"profile-{page.stem}", "--dump-dom")
        assert run.returncode == 0, run.stderr[-2000:]
        dom = run.stdout
        assert "PWNED" not in re.sub(r"&lt;script&gt;document.title='PWNED'", "", dom) or "<title>PWNED" not in dom
        assert "<title>PWNED" not in dom
        assert not re.search(r"<img[^>]*src=\"x\"", dom), f"{page.name}: hostile <img> became an element"
        console = [line for line in run.stderr.splitlines() if "CONSOLE" in line]
        assert not console, f"{page.name}: console messages: {console}"
    tour = browse(browser, hostile_report / "00_tour.html", tmp_path / "profile-tour-dom", "--dump-dom").stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tour


def test_report_screenshot_is_not_blank(hostile_report, tmp_path):
    browser = chromium()
    from matplotlib.image import imread

    for name in ("index", "01_editorial_vs_promotional"):
        shot = tmp_path / f"{name}.png"
        run = browse(browser, hostile_report / f"{name}.html", tmp_path / f"profile-{name}",
                     f"--screenshot={shot}", "--window-size=1280,1600", "--hide-scrollbars")
        assert shot.exists(), run.stderr[-2000:]
        pixels = imread(shot)[..., :3]
        assert pixels.std() > 0.05, f"{name}: screenshot looks blank"
        assert (pixels.mean(axis=2) < 0.5).mean() > 0.005, f"{name}: almost no dark (text) pixels"


def test_report_on_a_corpus_without_quotes_or_actors(tmp_path):
    """A single non-news page and an empty file: every notebook still runs."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(DATA / "pages" / "cobalt-courier" / "cookie-policy.txt", data)
    (data / "empty.txt").write_text("")
    result = build_report(data, tmp_path / "out", progress=False)
    report_ok(result)
    assert result.exit_code == 0 and result.message.startswith("report written:")
    assert "empty document" in (tmp_path / "out" / "index.html").read_text()
    summary = (tmp_path / "out" / "05_report.html").read_text()
    # the summary figure says in words which panels have nothing to show (alternative text = panel notes)
    alt = re.search(r'<img[^>]*alt="([^"]*)"', summary).group(1)
    assert "Who gets the most words quoted; no data: no quotation with a known speaker" in alt
    assert "Most mentioned actors; no data: no actor found" in alt
    for name in NOTEBOOKS:
        shown = cells((tmp_path / "out" / f"{name}.html").read_text())
        assert not MISSING_WORDS & set(shown), name
    assert "—" in cells((tmp_path / "out" / "00_tour.html").read_text())  # no outlet, date or title


def test_report_on_a_corpus_without_any_text(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "empty.txt").write_text("")
    (data / "binary.txt").write_bytes(bytes(range(256)))
    result = build_report(data, tmp_path / "out", progress=False)
    assert not result.ok and result.notebooks == []
    assert result.exit_code == 2 and result.message.startswith("no notebook was run: no document in")
    index = (tmp_path / "out" / "index.html").read_text()
    assert "No notebook was run: no document in" in index and "looks binary" in index
    assert "every file loaded" not in index


def test_report_on_an_empty_folder_says_so_and_exits_2(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    code = main(["report", str(tmp_path / "data"), "--out", str(tmp_path / "out"), "--quiet"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "report written" not in out + err
    assert "no notebook was run: no file to analyse was found in" in err
    index = (tmp_path / "out" / "index.html").read_text()
    assert "No notebook was run: no file to analyse was found" in index
    assert "every file loaded" not in index and "see Problems" not in index


def test_exit_code_and_message_match_what_happened(tmp_path):
    ran = NotebookResult("00_tour", True, None, 2.0)
    failed = NotebookResult("03_quotes", False, None, 1.0, failing_cell=7, error="ValueError: boom")
    ok = ReportResult(tmp_path / "index.html", [ran])
    assert ok.exit_code == 0 and ok.message.startswith("report written:")
    bad = ReportResult(tmp_path / "index.html", [ran, failed])
    assert bad.exit_code == 1
    assert "1 of 2 notebooks failed: 03_quotes (cell 7)" in bad.message and "report written with errors" in bad.message
    none = ReportResult(tmp_path / "index.html", [], ok_corpus=False, reason="no file to analyse was found in x")
    assert none.exit_code == 2 and "no file to analyse" in none.message


# ---------------------------------------------------------------------------- progress and kernel noise

def test_progress_lines_and_no_kernel_warnings(tmp_path, capfd):
    """Each notebook gets a start line, a per-cell bar and a finish line with seconds; the kernels
    write nothing to stderr (their link is encrypted, so ipykernel has no TCP warning to give)."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(sorted((DATA / "pages" / "harbor-ledger").glob("*.txt"))[0], data)
    result = build_report(data, tmp_path / "out", progress=True, notebooks=["00_tour"])
    report_ok(result)
    err = capfd.readouterr().err
    assert "[1/1] 00_tour: running" in err
    assert re.search(r"\[1/1\] 00_tour: done in \d+ s", err)
    assert "cell/s" in err or "cell]" in err  # papermill's per-cell bar
    assert "IPKernelApp" not in err and "without encryption" not in err


def test_a_failing_cell_is_still_reported_on_stderr_lines(tmp_path, capfd):
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
                                         nbformat.v4.new_code_cell("raise ValueError('real problem')")])
    nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    path = tmp_path / "99_broken.ipynb"
    nbformat.write(nb, path)
    result = run_notebook(path, tmp_path / "executed.ipynb", {}, progress=True)
    assert not result.ok and result.failing_cell == 2 and "real problem" in result.error
    assert "IPKernelApp" not in capfd.readouterr().err


# ---------------------------------------------------------------------------- figures and tables

EMPTY_DOCS = pd.DataFrame({"doc_id": [], "outlet": [], "n_words": [], **{f"share_{z}": [] for z in plots.ZONE_COLORS}})


def notes(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "no-data"]


@pytest.mark.parametrize("draw", [
    lambda ax: plots.page_map(pd.DataFrame(columns=["doc_id", "kind", "n_words"]), ax=ax),
    lambda ax: plots.zone_shares(EMPTY_DOCS, by="outlet", ax=ax),
    lambda ax: plots.zone_shares(EMPTY_DOCS, ax=ax),
    lambda ax: plots.metric_by_group(pd.DataFrame({"outlet": [], "flesch_kincaid_grade": []}),
                                     "flesch_kincaid_grade", by="outlet", ax=ax),
    lambda ax: plots.compare_scores(pd.DataFrame({"a": [], "b": []}), "a", "b", ax=ax),
    lambda ax: plots.ranked_bars(pd.Series([], dtype=float), "Who gets the most words quoted", "words", ax=ax),
    lambda ax: plots.ranked_bars(pd.Series([], dtype=float), "Most mentioned", "mentions", ax=ax,
                                 highlight=pd.Series([], dtype=bool), highlight_label="quoted", other_label="not"),
    lambda ax: plots.cooccurrence_network(pd.DataFrame(columns=["name_a", "name_b", "count"]), ax=ax),
], ids=["page_map", "zone_shares_outlet", "zone_shares_doc", "metric_by_group", "compare_scores",
        "ranked_bars", "ranked_bars_highlight", "cooccurrence"])
def test_a_figure_without_data_says_so_on_the_panel(draw):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    try:
        draw(ax)
        assert notes(fig) and notes(fig)[0].startswith("no data")
        assert list(ax.get_xticks()) == [] and list(ax.get_yticks()) == []  # no meaningless ±0.04 axes
        assert ax.get_legend() is None and ax.get_title()
        assert "no data" in plots.describe(fig)  # and in the alternative text
    finally:
        plt.close(fig)


def test_ranked_bars_all_zero_has_a_zero_to_one_axis_and_a_note():
    import matplotlib.pyplot as plt

    fig = plots.ranked_bars(pd.Series({"a": 0.0, "b": 0.0}), "Quoted share", "quoted words (%)")
    ax = fig.axes[0]
    assert ax.get_xlim() == (0, 1) and "every value is 0" in plots.describe(fig)
    plt.close(fig)


def test_one_colour_per_zone_in_every_figure():
    import matplotlib.pyplot as plt
    from matplotlib.colors import to_hex

    docs = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"], "n_words": [100, 50],
                         "share_editorial": [0.5, 0.4], "share_promotional": [0.2, 0.1],
                         "share_user": [0.2, 0.3], "share_boilerplate": [0.1, 0.2]})
    fig = plots.zone_shares(docs)
    bars = {c.get_label(): to_hex(c.patches[0].get_facecolor()) for c in fig.axes[0].containers}
    plt.close(fig)
    zones = pd.DataFrame({"zone": pd.Categorical(["user", "editorial", "boilerplate", "promotional"],
                                                 categories=list(plots.ZONE_COLORS)),
                          "flesch_kincaid_grade": [5.0, 9.0, 3.0, 6.0]})
    fig = plots.metric_by_group(zones, "flesch_kincaid_grade", by="zone")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    dots = {label: to_hex(coll.get_facecolor()[0]) for label, coll in zip(labels, fig.axes[0].collections)}
    plt.close(fig)
    for zone, colour in plots.ZONE_COLORS.items():
        assert bars[zone] == colour and dots[zone] == colour, zone
    assert plots.KIND_COLORS["comment"] == plots.ZONE_COLORS["user"]  # the page map's user kind, too
    fig = plots.metric_by_group(pd.DataFrame({"outlet": ["X", "Y"], "flesch_kincaid_grade": [5.0, 6.0]}),
                                "flesch_kincaid_grade", by="outlet")
    assert {to_hex(c.get_facecolor()[0]) for c in fig.axes[0].collections} == {plots.NEUTRAL_COLOR}
    plt.close(fig)


def test_table_html_shows_every_missing_value_the_same_way_and_escapes():
    frame = pd.DataFrame({"title": ["<b>x</b>", None, np.nan], "share": [0.5, np.nan, 0.25],
                          "n": pd.array([1, None, 3], dtype="Int64"), "text": pd.array(["s", None, "t"], dtype="string"),
                          "date": pd.to_datetime(["2024-01-01", None, "2024-02-01"]),
                          "kind": pd.Categorical(["a", None, "b"])})
    html = plots.table_html(frame)
    shown = cells(html)
    assert not MISSING_WORDS & set(shown), shown
    assert shown.count(plots.MISSING) == 7
    assert "2024-01-01" in shown  # dates look as pandas shows them
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert 'class="dataframe"' in html
    big = pd.DataFrame({"n": range(500)})
    assert len(cells(plots.table_html(big))) < 100  # pandas' row limit still applies


def test_table_html_shows_a_whole_reason_but_cuts_a_long_text():
    """A reason ("headline: a byline or date follows, …") is read by students: a notebook
    table shows it whole, where pandas' default cuts a cell after 50 characters. A body
    paragraph is still cut, so tables stay readable."""
    reason = "headline: a byline or date follows, nearest title-like line above the body"
    paragraph = "The council met on Monday. " * 20
    html = plots.table_html(pd.DataFrame({"reason": [reason], "text": [paragraph]}))
    assert reason in cells(html)
    assert paragraph.strip() not in cells(html) and "..." in html


def test_long_document_ids_are_shortened_on_figure_axes():
    """Export ids are often 64-character hashes; on an axis they are cut in the middle
    (head … tail, still unique) so the bars keep the width of the figure."""
    import matplotlib.pyplot as plt

    ids = [f"{i:02d}" + "ab12cd34ef" * 6 + f"{i:02d}" for i in range(3)]
    assert plots.short_labels(ids) != ids
    assert all(len(s) <= plots.LABEL_WIDTH for s in plots.short_labels(ids))
    assert len(set(plots.short_labels(ids))) == 3
    assert plots.short_labels(["a", "b"]) == ["a", "b"]
    same_ends = ["x" * 40 + "1" + "y" * 40, "x" * 40 + "2" + "y" * 40]  # alike at both ends
    assert plots.short_labels(same_ends) == same_ends  # cutting would merge them: kept whole
    blocks = pd.DataFrame({"doc_id": [ids[0]] * 2 + [ids[1]], "kind": ["headline", "body", "body"],
                           "n_words": [5, 50, 60]})
    docs = pd.DataFrame({"doc_id": ids, "outlet": ["X"] * 3, "n_words": [100, 50, 80],
                         "share_editorial": [0.5, 0.4, 1.0], "share_promotional": [0.2, 0.1, 0.0],
                         "share_user": [0.2, 0.3, 0.0], "share_boilerplate": [0.1, 0.2, 0.0]})
    for fig in (plots.page_map(blocks), plots.zone_shares(docs)):
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert labels and all(len(s) <= plots.LABEL_WIDTH for s in labels), labels
        assert labels[0].startswith(ids[0][:8]) and labels[0].endswith(ids[0][-6:])
        plt.close(fig)


def test_many_outlets_show_the_largest_and_say_so():
    """A corpus from 60 sites (outlets from web addresses) draws the outlets with the most
    documents or words, not 60 rows or the first ones in alphabetical order."""
    import matplotlib.pyplot as plt

    n = 60
    outlets = [f"site{i:02d}.example" for i in range(n)]
    frame = pd.DataFrame({"outlet": [o for i, o in enumerate(outlets) for _ in range(1 + i // 10)],
                          "flesch_kincaid_grade": 8.0})
    fig = plots.metric_by_group(frame, "flesch_kincaid_grade", by="outlet", max_groups=25)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 25 and "site59.example" in labels and "site00.example" not in labels
    assert "25 of 60" in fig.axes[0].get_title()
    plt.close(fig)
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": outlets,
                         "n_words": [10 * (i + 1) for i in range(n)],
                         "share_editorial": 0.5, "share_promotional": 0.2, "share_user": 0.2,
                         "share_boilerplate": 0.1})
    fig = plots.zone_shares(docs, by="outlet", max_rows=40)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 40 and "site59.example" in labels and "site00.example" not in labels
    assert "40 of 60" in fig.axes[0].get_title()
    plt.close(fig)


def test_network_shows_actors_mentioned_together_again_and_again():
    """One long page naming 30 things once each (a German page: every noun is capitalised)
    must not crowd out actors that appear together in many documents."""
    import matplotlib.pyplot as plt

    one_page = [f"Ding{i:02d}" for i in range(30)]
    pairs = [{"name_a": a, "name_b": b, "count": 1}
             for i, a in enumerate(one_page) for b in one_page[i + 1:]]
    pairs += [{"name_a": "Varnia", "name_b": "Talmor", "count": 6},
              {"name_a": "Lina Okafor", "name_b": "Varnia", "count": 3},
              {"name_a": "Kestria", "name_b": "Talmor", "count": 2}]
    fig = plots.cooccurrence_network(pd.DataFrame(pairs), top_n=10)
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert {"Varnia", "Talmor", "Lina Okafor", "Kestria"} <= labels
    plt.close(fig)


def test_ranked_bars_shorten_long_document_ids():
    import matplotlib.pyplot as plt

    ids = [f"{i:02d}" + "ab12cd34ef" * 6 for i in range(3)]
    fig = plots.ranked_bars(pd.Series([3.0, 2.0, 1.0], index=ids), "Quoted share", "quoted words (%)")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 3 and all(len(s) <= plots.LABEL_WIDTH for s in labels)
    plt.close(fig)
