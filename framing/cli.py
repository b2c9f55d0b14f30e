"""The ``framing`` command: profile a corpus, hydrate a coverage manifest, write a comparison report.

    framing profile PATH --out profiles.parquet [--cast cast.yml] [--jobs N] [--no-clean]
    framing hydrate MANIFEST [--cache corpora/coverage/cache]
    framing report ARTICLE --against CORPUS [--cast cast.yml] --out report.html

Built on typer. Each command shows progress bars and a summary, and exits non-zero with a one-line
message (no traceback) when the input is wrong: a missing file, an unreadable corpus, an unknown
output format. ``python -m framing.cli`` runs it too.
"""

from __future__ import annotations

import time
import warnings
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="framing",
    help="Media framing analysis: hedging, sentiment, quotes and sourcing, actor framing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

#: Default cache of ``framing hydrate`` (git-ignored).
DEFAULT_CACHE = Path("corpora/coverage/cache")
#: Output formats of ``framing profile`` by file extension (the others go through framing.export).
DIRECT_FORMATS = (".parquet", ".csv")
EXPORT_FORMATS = (".sav", ".dta", ".xlsx")

# Errors that are the user's input, reported in one line; anything else is a bug and keeps its traceback.
_USER_ERRORS = (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError, ValueError, KeyError,
                TypeError, UnicodeDecodeError)


class UserError(Exception):
    """A problem with what the user asked for, reported without a traceback."""


def _fail(message: str, code: int = 1):
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


@contextmanager
def _reported():
    """Run a command's work: its warnings are echoed once each, and a user error ends it in one line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield
        except UserError as error:
            _echo_warnings(caught)
            _fail(str(error))
        except _USER_ERRORS as error:
            _echo_warnings(caught)
            _fail(_message(error))
    _echo_warnings(caught)


def _echo_warnings(caught) -> None:
    seen = set()
    for w in caught:
        text = str(w.message)
        if text not in seen:
            seen.add(text)
            typer.secho(f"warning: {text}", err=True, fg=typer.colors.YELLOW)


def _message(error: BaseException) -> str:
    text = str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error)
    return text or type(error).__name__


def _write_table(table, out: Path) -> None:
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        table.to_parquet(out)
    elif suffix == ".csv":
        table.to_csv(out)
    elif suffix in EXPORT_FORMATS:
        from framing.scholar import export

        export(table, out)
    else:
        raise UserError(
            f"unknown output format {out.suffix or '(no extension)'!r} for {out}: use "
            + ", ".join(DIRECT_FORMATS + EXPORT_FORMATS)
        )


@app.command("profile")
def profile_command(
    path: Annotated[Path, typer.Argument(help="A corpus: a folder of .txt/.md files, a CSV, JSONL or Parquet "
                                              "file, a Media Cloud export or a hydration cache.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output table: .parquet, .csv, .xlsx, .sav or .dta.")],
    cast: Annotated[Path | None, typer.Option("--cast", "-c", help="A YAML cast file: the actors to measure.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (-1: one per core).")] = 1,
    clean: Annotated[bool, typer.Option("--clean/--no-clean", help="Clean scraped text first (framing.clean).")] = True,
    text: Annotated[str, typer.Option("--text", help="The column holding the article texts.")] = "text",
    chunksize: Annotated[int, typer.Option("--chunksize", help="Articles per chunk sent to a worker.")] = 200,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show progress bars.")] = True,
) -> None:
    """Profile every article of a corpus: one row per article, one column per measure."""
    if out.suffix.lower() not in DIRECT_FORMATS + EXPORT_FORMATS:
        _fail(f"unknown output format {out.suffix or '(no extension)'!r} for {out}: use "
              + ", ".join(DIRECT_FORMATS + EXPORT_FORMATS))
    if not path.exists():
        _fail(f"{path}: no such file or folder")
    if cast is not None and not cast.is_file():
        _fail(f"--cast {cast}: no such file")
    from framing.corpus import load_corpus
    from framing.profile import profile_corpus

    started = time.perf_counter()
    with _reported():
        corpus = load_corpus(path, clean=clean)
        typer.echo(f"read {len(corpus):,} articles from {path}", err=True)
        table = profile_corpus(corpus, text=text, cast=cast, n_jobs=jobs, progress=progress, chunksize=chunksize)
        _write_table(table, out)
    counts = Counter(table["status"].tolist()) if len(table) else Counter()
    summary = ", ".join(f"{n:,} {status}" for status, n in counts.most_common())
    seconds = time.perf_counter() - started
    typer.echo(f"profiled {len(table):,} articles ({summary or 'none'}) in {seconds:.1f} s "
               f"-> {out} ({len(table.columns)} columns)")
    if len(table) and counts.get("ok", 0) + counts.get("not_english", 0) + counts.get("empty", 0) == 0:
        _fail("no article could be profiled (see the warnings above)")


@app.command("hydrate")
def hydrate_command(
    manifest: Annotated[Path, typer.Argument(help="A manifest: a CSV with a 'url' column (and metadata).")],
    cache: Annotated[Path, typer.Option("--cache", help="Where the texts are cached.")] = DEFAULT_CACHE,
    timeout: Annotated[float | None, typer.Option("--timeout", help="Seconds per request.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Fetch and extract the article of each URL of a manifest into a cache (reruns fetch only what is missing)."""
    from framing.corpus import hydrate

    if not manifest.is_file():
        _fail(f"{manifest}: no such file")
    started = time.perf_counter()
    options = {"progress": progress} if timeout is None else {"progress": progress, "timeout": timeout}
    with _reported():
        log = hydrate(manifest, cache, **options)
    ok = int(log["ok"].sum()) if "ok" in log else 0
    failed = len(log) - ok
    typer.echo(f"{len(log):,} URLs: {ok:,} texts in {cache}, {failed:,} failed "
               f"({time.perf_counter() - started:.1f} s)")
    if failed and "reason" in log:
        for reason, n in log.loc[~log["ok"].astype(bool), "reason"].fillna("unknown").value_counts().items():
            typer.echo(f"  {n:5d}  {reason}")
    if len(log) and ok == 0:
        _fail("no URL could be fetched (see the reasons above)")


@app.command("report")
def report_command(
    article: Annotated[Path, typer.Argument(help="The focal article: a .txt/.md file.")],
    against: Annotated[Path, typer.Option("--against", "-a", help="The corpus to compare it with (as for profile).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML report to write.")] = Path("report.html"),
    cast: Annotated[Path | None, typer.Option("--cast", "-c", help="A YAML cast file.")] = None,
) -> None:
    """Compare one article with a corpus and write a self-contained HTML report."""
    for given, what in ((article, "article"), (against, "--against corpus")):
        if not given.exists():
            _fail(f"{what} {given}: no such file or folder")
    if cast is not None and not cast.is_file():
        _fail(f"--cast {cast}: no such file")
    if out.suffix.lower() not in (".html", ".htm"):
        _fail(f"the report is HTML: --out must end in .html, got {out}")
    from framing.report import report

    started = time.perf_counter()
    with _reported():
        written = report(article, against=against, cast=cast, out=out)
    typer.echo(f"report on {article} against {against} -> {written or out} "
               f"({time.perf_counter() - started:.1f} s)")


def main() -> None:
    """Entry point of the ``framing`` console script."""
    app()


if __name__ == "__main__":
    main()
