"""The one-command report: run the notebooks on a corpus, convert them to HTML, write an index.

``python -m analysis report DATA --out reports/`` (the README's main command):

1. every notebook in ``notebooks/`` (``NN_name.ipynb``) runs with papermill, its
   ``parameters`` cell given ``data_path`` (and ``figures_dir``);
2. nbconvert turns each executed notebook into ``reports/NN_name.html`` with the code hidden,
   using the kit's template (no scripts, nothing fetched from the network);
3. ``reports/index.html`` links them, with a corpus summary.

A notebook that fails does not stop the others: its result records the failing cell and
error (as nbmake does), the page still shows everything up to the error, and the index says
which notebook failed. All document text in the index is escaped.
"""
from __future__ import annotations

import datetime as _dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from .highlight import escape

PACKAGE = Path(__file__).resolve().parent
TEMPLATES = PACKAGE / "templates"


def notebooks_dir() -> Path:
    """The numbered notebooks: ``notebooks/`` beside the package (a source checkout)."""
    for candidate in (PACKAGE.parent / "notebooks", Path.cwd() / "notebooks"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("notebooks/ folder not found beside the analysis package or in the current folder")


@dataclass
class NotebookResult:
    """How one notebook ran: ``ok``, the HTML page, and where it failed if it did."""

    name: str
    ok: bool
    html: Path | None
    seconds: float
    failing_cell: int | None = None
    error: str | None = None


@dataclass
class ReportResult:
    index: Path
    notebooks: list[NotebookResult] = field(default_factory=list)
    ok_corpus: bool = True  #: False when no document had any text (no notebook ran)

    @property
    def ok(self) -> bool:
        return self.ok_corpus and all(n.ok for n in self.notebooks)


def run_notebook(path: Path, executed: Path, parameters: dict, timeout: int = 1800) -> NotebookResult:
    """Execute one notebook with papermill; failures come back as a result, not an exception."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    try:
        pm.execute_notebook(str(path), str(executed), parameters=parameters, cwd=str(path.parent),
                            progress_bar=False, request_save_on_cell_execute=False,
                            execution_timeout=timeout, kernel_name="python3", language="python")
        return NotebookResult(path.stem, True, None, time.perf_counter() - start)
    except PapermillExecutionError as exc:
        return NotebookResult(path.stem, False, None, time.perf_counter() - start,
                              exc.exec_count, f"{exc.ename}: {exc.evalue}")
    except Exception as exc:  # noqa: BLE001 - a kernel that dies is a failed notebook, not a failed report
        return NotebookResult(path.stem, False, None, time.perf_counter() - start, None,
                              f"{type(exc).__name__}: {exc}")


def to_html(executed: Path, target: Path) -> Path:
    """Convert an executed notebook to a code-hidden HTML page with the kit's template."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="newsframe", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(str(executed), as_version=4))
    target.write_text(body, encoding="utf-8")
    return target


def _title_of(path: Path) -> str:
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def corpus_summary(corpus) -> tuple[str, str]:
    """(summary HTML, problems HTML) for the index page; every value escaped."""
    docs = corpus.documents
    lines = [f"<p><b>{len(docs)}</b> documents, <b>{int(docs['n_words'].sum()):,}</b> words, "
             f"<b>{len(corpus.problems)}</b> problems.</p>"]
    share_cols = [c for c in docs.columns if c.startswith("share_")]
    if len(docs):
        by = docs.assign(outlet=docs["outlet"].fillna("(unknown)")).groupby("outlet")
        table = by.agg(documents=("doc_id", "size"), words=("n_words", "sum"))
        for col in share_cols:
            table[col.replace("share_", "% ")] = by.apply(
                lambda g, c=col: 100 * (g[c] * g["n_words"]).sum() / max(g["n_words"].sum(), 1),
                include_groups=False).round(1)
        lines.append(table.reset_index().to_html(index=False, escape=True, border=0, classes="summary"))
    problems = corpus.problems
    problems_html = (problems.to_html(index=False, escape=True, border=0, classes="summary", na_rep="")
                     if len(problems) else "<p>None: every file loaded.</p>")
    return "\n".join(lines), problems_html


INDEX_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 64em; margin: 2em auto; padding: 0 1em; color: #222; }}
h1 {{ font-size: 1.6em; }} table.summary {{ border-collapse: collapse; margin: 0.5em 0 1.5em; }}
table.summary td, table.summary th {{ padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; }}
li {{ margin: 0.4em 0; }} .failed {{ color: #b00020; }} .meta {{ color: #666; font-size: 90%; }}
</style></head>
<body>
<h1>{title}</h1>
<p class="meta">Corpus: {data} &middot; built {when} with newsframe-kit</p>
<h2>Corpus</h2>
{summary}
<h2>Notebooks</h2>
<ol>
{items}
</ol>
<h2>Problems</h2>
{problems}
</body></html>
"""


def write_index(out: Path, data, results: list[NotebookResult], titles: dict[str, str], corpus=None) -> Path:
    try:
        summary, problems = corpus_summary(corpus)
    except Exception as exc:  # noqa: BLE001 - the index is still written
        summary, problems = f"<p class='failed'>Summary failed: {escape(exc)}</p>", ""
    if not results:
        summary += "<p class='failed'>No document has any text, so no notebook was run; see Problems.</p>"
    items = []
    for r in results:
        title = escape(titles.get(r.name, r.name))
        link = f'<a href="{escape(r.html.name)}">{title}</a>' if r.html else title
        status = (f" <span class='meta'>({r.seconds:.0f} s)</span>" if r.ok else
                  f" <span class='failed'>failed at cell {escape(r.failing_cell)}: {escape(r.error)}</span>")
        items.append(f"<li>{link}{status}</li>")
    page = INDEX_TEMPLATE.format(title="Media-analysis report", data=escape(str(data)),
                                 when=escape(_dt.datetime.now().strftime("%Y-%m-%d %H:%M")),
                                 summary=summary, items="\n".join(items), problems=problems)
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def build_report(data="data", out: Path | str = "reports", progress: bool = True,
                 notebooks: list[str] | None = None, parameters: dict | None = None) -> ReportResult:
    """Run the notebooks on ``data`` and write ``out/index.html`` and one page per notebook."""
    from .corpus import load

    corpus = load(data)  # a missing path fails here, naming it, before any notebook runs
    data_path = str(Path(data).resolve()) if not isinstance(data, (list, tuple)) else [str(Path(d).resolve()) for d in data]
    out = Path(out)
    (out / "executed").mkdir(parents=True, exist_ok=True)
    figures = (out / "figures").resolve()
    paths = sorted(notebooks_dir().glob("[0-9][0-9]_*.ipynb"))
    if notebooks:
        paths = [p for p in paths if p.stem in notebooks]
    params = {"data_path": data_path, "figures_dir": str(figures), **(parameters or {})}
    results: list[NotebookResult] = []
    titles = {p.stem: _title_of(p) for p in paths}
    iterator = paths
    bar = None
    if progress:
        from tqdm.auto import tqdm
        bar = tqdm(paths, desc="report", unit="notebook")
        iterator = bar
    for path in iterator:
        if corpus.raw_blocks.empty:  # nothing to analyse: the index explains why
            break
        if bar is not None:
            bar.set_postfix_str(path.stem)
        executed = out / "executed" / path.name
        result = run_notebook(path, executed, params)
        if executed.exists():
            result.html = to_html(executed, out / f"{path.stem}.html")
        results.append(result)
    index = write_index(out, data_path, results, titles, corpus)
    return ReportResult(index, results, ok_corpus=not corpus.raw_blocks.empty)

