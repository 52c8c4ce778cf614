"""The report: every notebook runs on the sample corpus; hostile text stays text in a real browser."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from analysis.report import build_report
from conftest import DATA

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
    assert "empty document" in (tmp_path / "out" / "index.html").read_text()


def test_report_on_a_corpus_without_any_text(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "empty.txt").write_text("")
    (data / "binary.txt").write_bytes(bytes(range(256)))
    result = build_report(data, tmp_path / "out", progress=False)
    assert not result.ok and result.notebooks == []
    index = (tmp_path / "out" / "index.html").read_text()
    assert "No document has any text" in index and "looks binary" in index
