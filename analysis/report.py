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

While it runs, each notebook gets a start line, a per-cell progress bar and a finish line
with its time (on stderr). :attr:`ReportResult.message` and :attr:`ReportResult.exit_code`
say how it went; the command prints the one and exits with the other:

* 0 -- every notebook ran;
* 1 -- the report was written, but a notebook failed (the index and its page say where);
* 2 -- nothing to analyse (no file found, or no document with any text), so no notebook
  ran; the index says why. (A DATA path that does not exist also exits with 2.)
"""
from __future__ import annotations

import datetime as _dt
import os
import sys
import time
from contextlib import contextmanager
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
    reason: str = ""  #: why no notebook ran, when ``ok_corpus`` is False

    @property
    def ok(self) -> bool:
        return self.ok_corpus and all(n.ok for n in self.notebooks)

    @property
    def failed(self) -> list[NotebookResult]:
        return [n for n in self.notebooks if not n.ok]

    @property
    def exit_code(self) -> int:
        """0: every notebook ran; 1: a notebook failed; 2: nothing to analyse, no notebook ran."""
        if not self.ok_corpus:
            return 2
        return 1 if self.failed else 0

    @property
    def message(self) -> str:
        """One line for the terminal that says what happened and where to look."""
        if not self.ok_corpus:
            return f"no notebook was run: {self.reason}; {self.index} says why"
        if self.failed:
            names = ", ".join(f"{n.name} (cell {n.failing_cell})" if n.failing_cell is not None else n.name
                              for n in self.failed)
            return (f"report written with errors: {len(self.failed)} of {len(self.notebooks)} notebooks "
                    f"failed: {names}; see {self.index}")
        seconds = sum(n.seconds for n in self.notebooks)
        return f"report written: {self.index} ({len(self.notebooks)} notebooks, {seconds:.0f} s)"


def _kernel_config():
    """Kernel-manager settings: encrypt the link to the kernel (CurveZMQ) when pyzmq can.

    The notebook kernels run on this machine over local TCP; without keys ipykernel warns,
    once per notebook, that the link is not encrypted. With keys the link is encrypted and
    the warning has no reason to appear; every other kernel message still reaches stderr."""
    import zmq
    from traitlets.config import Config

    if not zmq.has("curve"):
        return Config()
    return Config({"KernelManager": {"transport_encryption": "auto"}})


def _kernel_manager_class():
    """The kernel manager papermill uses, but one that does not interrupt the kernel before
    asking it to shut down.

    jupyter_client sends SIGINT and then a shutdown request; a kernel that is still
    finishing a reply logs "ERROR | KeyboardInterrupt caught in kernel" for an interrupt
    nobody asked for. The shutdown request alone stops the kernel (and a kernel that does
    not stop is still terminated, then killed, by jupyter_client)."""
    from jupyter_client.manager import AsyncKernelManager

    class QuietShutdownKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if getattr(self, "shutting_down", False):  # (an attribute of jupyter_client 8)
                return
            await super()._async_interrupt_kernel()

    return QuietShutdownKernelManager


@contextmanager
def _no_bars_in_kernels():
    """Kernels started inside inherit ``NEWSFRAME_PROGRESS=0``: no progress bar of the
    kit's stages lands in a report page (papermill's per-cell bar shows the progress)."""
    from .progress import ENV_VAR

    before = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = "0"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = before


def run_notebook(path: Path, executed: Path, parameters: dict, timeout: int = 1800,
                 progress: bool = False) -> NotebookResult:
    """Execute one notebook with papermill; failures come back as a result, not an exception.

    ``progress`` shows papermill's per-cell progress bar (on stderr)."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    bar = {"desc": f"  {path.stem}", "unit": "cell", "leave": False} if progress else False
    try:
        with _no_bars_in_kernels():
            pm.execute_notebook(str(path), str(executed), parameters=parameters, cwd=str(path.parent),
                                progress_bar=bar, request_save_on_cell_execute=False,
                                execution_timeout=timeout, kernel_name="python3",
                                language="python", config=_kernel_config(),
                                kernel_manager_class=_kernel_manager_class())
        return NotebookResult(path.stem, True, None, time.perf_counter() - start)
    except PapermillExecutionError as exc:
        return NotebookResult(path.stem, False, None, time.perf_counter() - start,
                              exc.exec_count, f"{exc.ename}: {exc.evalue}")
    except Exception as exc:  # noqa: BLE001 - a kernel that dies is a failed notebook, not a failed report
        return NotebookResult(path.stem, False, None, time.perf_counter() - start, None,
                              f"{type(exc).__name__}: {exc}")


def to_html(executed: Path, target: Path, title: str | None = None) -> Path:
    """Convert an executed notebook to a code-hidden HTML page with the kit's template;
    the page's ``<title>`` is ``title`` (default: the notebook's own heading)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="newsframe", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    nb = nbformat.read(str(executed), as_version=4)
    resources = {"metadata": {"name": title or _title_of(executed)}}  # the template escapes it
    body, _ = exporter.from_notebook_node(nb, resources=resources)
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
    """(summary HTML, problems HTML) for the index page; every value escaped, a missing one shown as "—"."""
    from .plots import MISSING
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
        lines.append(table.reset_index().to_html(index=False, escape=True, border=0, classes="summary", na_rep=MISSING))
    problems = corpus.problems
    if len(problems):
        problems_html = problems.to_html(index=False, escape=True, border=0, classes="summary", na_rep=MISSING)
    elif len(docs):
        problems_html = "<p>None: every file loaded.</p>"
    else:
        problems_html = "<p>None, but no file was read either.</p>"
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
{items}
<h2>Problems</h2>
{problems}
</body></html>
"""


def _nothing_to_analyse(corpus, data) -> str:
    """Why no notebook can run on ``corpus`` (empty when there is text to analyse)."""
    if not corpus.raw_blocks.empty:
        return ""
    if len(corpus.documents_read) == 0 and len(corpus.problems) == 0:
        return f"no file to analyse was found in {data}"
    return f"no document in {data} has any text"


def write_index(out: Path, data, results: list[NotebookResult], titles: dict[str, str], corpus=None,
                reason: str = "") -> Path:
    try:
        summary, problems = corpus_summary(corpus)
    except Exception as exc:  # noqa: BLE001 - the index is still written
        summary, problems = f"<p class='failed'>Summary failed: {escape(exc)}</p>", ""
    if reason:
        see = " (the README lists the file formats the kit reads)" if reason.startswith("no file") else "; see Problems"
        summary += f"<p class='failed'>No notebook was run: {escape(reason)}{see}.</p>"
    items = []
    for r in results:
        title = escape(titles.get(r.name, r.name))
        link = f'<a href="{escape(r.html.name)}">{title}</a>' if r.html else title
        where = f" at cell {escape(r.failing_cell)}" if r.failing_cell is not None else ""
        status = (f" <span class='meta'>({r.seconds:.0f} s)</span>" if r.ok else
                  f" <span class='failed'>failed{where}: {escape(r.error)}</span>")
        items.append(f"<li>{link}{status}</li>")
    items_html = "<ol>\n" + "\n".join(items) + "\n</ol>" if items else "<p>None was run.</p>"
    page = INDEX_TEMPLATE.format(title="Media-analysis report", data=escape(str(data)),
                                 when=escape(_dt.datetime.now().strftime("%Y-%m-%d %H:%M")),
                                 summary=summary, items=items_html, problems=problems)
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
    reason = _nothing_to_analyse(corpus, data_path if isinstance(data_path, str) else ", ".join(data_path))
    for number, path in enumerate([] if reason else paths, 1):  # nothing to analyse: the index explains why
        if progress:
            _say(f"[{number}/{len(paths)}] {path.stem}: running…")
        executed = out / "executed" / path.name
        result = run_notebook(path, executed, params, progress=progress)
        if executed.exists():
            result.html = to_html(executed, out / f"{path.stem}.html", titles[path.stem])
        results.append(result)
        if progress:
            where = f" at cell {result.failing_cell}" if result.failing_cell is not None else ""
            outcome = (f"done in {result.seconds:.0f} s" if result.ok else
                       f"FAILED after {result.seconds:.0f} s{where}: {result.error}")
            _say(f"[{number}/{len(paths)}] {path.stem}: {outcome}")
    index = write_index(out, data_path, results, titles, corpus, reason)
    return ReportResult(index, results, ok_corpus=not reason, reason=reason)


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)

