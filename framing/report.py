"""Notebook set-up and the one-article report.

:func:`setup` is the first call of every notebook: it resolves the parameters
(article, corpus, cast; paths relative to the repository root), loads the
corpus (the hydrated coverage cache when it has texts, the synthetic teaching
texts otherwise), finds or suggests the cast, and says which of each it used.
:func:`report` runs the comparison notebook for any article with papermill and
exports it as one self-contained HTML file.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

__all__ = ["Context", "setup", "report", "repository_root", "resolve"]

CASE_ARTICLE = "corpora/case/article.txt"
COVERAGE_CACHE = "corpora/coverage/cache"
TEACHING_MANIFEST = "corpora/examples/manifest.csv"
COMPARISON_NOTEBOOK = "notebooks/05_coverage_comparison.ipynb"
_SPACE = re.compile(r"\s+")


def repository_root(start=None) -> Path:
    """The repository root: the folder holding ``corpora/`` above the package, or above ``start`` (the cwd)."""
    here = Path(__file__).resolve().parents[1]
    if (here / "corpora").is_dir():
        return here
    start = Path(start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / "corpora").is_dir() and (folder / "notebooks").is_dir():
            return folder
    return start


def resolve(path, *, root=None, must_exist: bool = True) -> Path | None:
    """A path given to a notebook or the CLI: absolute as is, else from the repository root, else from the cwd."""
    if path is None or (isinstance(path, str) and not path.strip()):
        return None
    p = Path(path).expanduser()
    if p.is_absolute():
        candidates = [p]
    else:
        candidates = [repository_root() / p if root is None else Path(root) / p, Path.cwd() / p]
    for c in candidates:
        if c.exists():
            return c.resolve()
    if must_exist:
        tried = ", ".join(str(c) for c in candidates)
        raise FileNotFoundError(f"{path}: no such file (tried {tried})")
    return candidates[0]


def _cache_has_texts(folder: Path) -> bool:
    return folder.is_dir() and any(p.suffix in (".json", ".txt") and p.stat().st_size > 200
                                   for p in folder.iterdir())


def _read_manifest(path: Path) -> pd.DataFrame:
    """A manifest CSV whose ``path`` column points at text files (relative to the manifest's folder)."""
    frame = pd.read_csv(path)
    id_col = "doc_id" if "doc_id" in frame.columns else "id" if "id" in frame.columns else None
    if id_col:
        frame = frame.set_index(id_col)
    frame.index.name = "doc_id"
    texts = []
    for p in frame["path"]:
        f = (path.parent / str(p))
        texts.append(f.read_text(encoding="utf-8") if f.is_file() else None)
    return frame.assign(text=texts, source_path=[str((path.parent / str(p)).resolve()) for p in frame["path"]])


def load(source) -> pd.DataFrame:
    """Load a corpus with :func:`framing.load_corpus`; a manifest CSV whose ``path`` column points at text
    files (relative to the manifest) is read first. Paths resolve from the repository root."""
    from framing.corpus import load_corpus

    if isinstance(source, pd.DataFrame):
        return load_corpus(source, progress=False)
    path = resolve(source)
    if path.suffix == ".csv":
        head = pd.read_csv(path, nrows=1)
        if "path" in head.columns and "text" not in head.columns:
            return load_corpus(_read_manifest(path), progress=False)
    frame = load_corpus(path, progress=False)
    if path.is_dir() and "path" in frame.columns:
        frame["source_path"] = [str((path / p).resolve()) if isinstance(p, str) else None for p in frame["path"]]
    return frame


def _synthetic(frame: pd.DataFrame):
    if "synthetic" not in frame.columns:
        return None
    values = frame["synthetic"].astype(str).str.lower().map({"true": True, "false": False})
    return bool(values.all()) if values.notna().all() else None


def _norm(text) -> str:
    return _SPACE.sub(" ", text).strip().casefold() if isinstance(text, str) else ""


@dataclass(eq=False)
class Context:
    """What a notebook runs on: the article, the corpus, the cast, and where each came from.

    Build it with :func:`setup`. Display it in a notebook to state the corpus
    and whether it is synthetic.
    """

    root: Path
    article_path: Path
    text: str
    corpus: pd.DataFrame = field(repr=False)
    corpus_path: Path | None
    corpus_kind: str
    synthetic: bool | None
    cast: object = field(repr=False)
    cast_source: str = ""
    exclude: list = field(default_factory=list)
    metadata: dict = field(default_factory=dict)
    cleaning: object = field(default=None, repr=False)

    @cached_property
    def document(self):
        from framing.document import read

        return read(self.text)

    @cached_property
    def profile(self) -> pd.Series:
        """The article's profile (:func:`framing.profile`), with the cast."""
        from framing.profile import profile

        return profile(self.document, cast=self.cast)

    @cached_property
    def corpus_profile(self) -> pd.DataFrame:
        """The corpus profiled (:func:`framing.profile_corpus`, with the cast), metadata columns kept."""
        from framing.profile import profile_corpus

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # non-English articles are recorded in the table, not warned about
            table = profile_corpus(self.corpus, cast=self.cast, progress=False)
        meta = self.corpus.drop(columns=[c for c in self.corpus.columns if c in table.columns or c == "text"])
        return meta.join(table)

    @property
    def others(self) -> pd.DataFrame:
        """The corpus without the focal article."""
        return self.corpus.drop(index=[d for d in self.exclude if d in self.corpus.index])

    @property
    def title(self) -> str:
        first = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return str(self.metadata.get("title") or first[:120])

    def paragraph_origin(self, reuse=None) -> tuple[list, str]:
        """Per paragraph, where it comes from, and how that was found.

        From the article's metadata (``paragraph_source``) when it lists one
        entry per paragraph; otherwise computed from ``reuse`` (a
        :func:`framing.reuse` result against the corpus): the outlet of the
        article a paragraph's reused sentences follow, or ``unique``.
        """
        n = len(self.document.paragraphs)
        given = self.metadata.get("paragraph_source")
        if isinstance(given, list) and len(given) == n:
            return list(given), "the article's metadata (paragraph_source, coded by hand)"
        if reuse is None:
            from framing.reuse import reuse as find_reuse

            reuse = find_reuse(self.document, self.corpus, exclude=self.exclude)
        s = reuse.sentences
        origin = ["unique"] * n
        outlets = reuse.by_source["outlet"] if "outlet" in reuse.by_source.columns else None
        for p, part in s[s["reused"]].groupby("paragraph"):
            src = part.groupby("source")["words"].sum().idxmax()
            origin[p] = str(outlets.get(src, src)) if outlets is not None else str(src)
        how = (f"text reuse against the {len(self.corpus) - len(self.exclude)} other articles of the corpus "
               "(a paragraph is 'unique' when none of its sentences is found elsewhere in this corpus)")
        if isinstance(given, list):
            how += f"; the metadata's paragraph_source lists {len(given)} paragraphs, the text has {n}"
        return origin, how

    def describe(self) -> str:
        kind = {True: "synthetic (fictional texts written for this project)", False: "real coverage",
                None: "not marked as synthetic or real"}[self.synthetic]
        changes = self.cleaning.n_changes if self.cleaning is not None else 0
        cleaned = (f"; cleaned by `fr.clean`: {changes} change{'s' if changes != 1 else ''} "
                   "(`ctx.cleaning.log`)" if changes else "")
        return (f"**Article:** `{self._rel(self.article_path)}` ({len(self.document.paragraphs)} paragraphs, "
                f"{self.document.n_words} words{cleaned})  \n"
                f"**Corpus:** {self.corpus_kind}, `{self._rel(self.corpus_path)}`: {len(self.corpus)} articles, "
                f"{kind}; {len(self.exclude)} of them left out as the article itself  \n"
                f"**Cast:** {self.cast_source}")

    def _rel(self, path) -> str:
        if path is None:
            return "(none)"
        try:
            return str(Path(path).relative_to(self.root))
        except ValueError:
            return str(path)

    def _repr_markdown_(self) -> str:
        return self.describe()


def _find_cast(cast_path, article: Path, text: str, corpus: pd.DataFrame):
    from framing.actors import as_cast, suggest

    if cast_path not in (None, "auto", "suggest"):
        path = resolve(cast_path)
        return as_cast(str(path)), f"given: `{path}`"
    if cast_path == "auto" and (article.parent / "cast.yml").is_file():
        path = article.parent / "cast.yml"
        return as_cast(str(path)), f"`{path.name}` found next to the article (`{path}`); edit it or pass cast_path"
    # the article's own actors first (a corpus about another event must not crowd them out), then the
    # corpus's; a term the article's suggestion already gives to an actor keeps that actor
    own = suggest([text], top=12)
    texts = [text] + [t for t in corpus.get("text", pd.Series(dtype=object)).dropna().tolist()[:200]]
    both = pd.concat([own, suggest(texts, top=12)], ignore_index=True)
    table = both[~both["term"].str.casefold().duplicated()].reset_index(drop=True)
    return as_cast(table), ("suggested by `framing.actors.suggest`: the article's own most salient names "
                            f"({own['actor'].nunique()} actors), then the corpus's most frequent "
                            f"({table['actor'].nunique()} actors in all; no cast file given): check it before "
                            "reading anything into the actor measures")


def setup(article_path=None, corpus_path=None, cast_path="auto", metadata_path="auto") -> Context:
    """Resolve a notebook's parameters and load what it runs on.

    Parameters
    ----------
    article_path : str or Path, optional
        The focal article (a UTF-8 text file, one paragraph per line). Default:
        the case article. Relative paths resolve from the repository root,
        then from the working directory.
    corpus_path : str or Path, optional
        The coverage to compare with: a manifest CSV with a ``path`` column, a
        hydration cache folder, a CSV, JSONL or Parquet file or a folder of
        texts (:func:`framing.load_corpus`). Default: the hydrated coverage
        cache ``corpora/coverage/cache/`` when it holds texts, else the
        synthetic teaching texts ``corpora/examples/``.
    cast_path : str, Path, None or "auto"
        A cast file. ``"auto"``: ``cast.yml`` next to the article when there is
        one, else a cast suggested from the texts. ``None``: always suggested.
    metadata_path : str, Path, None or "auto"
        The article's metadata YAML (optional). ``"auto"``: ``metadata.yml``
        next to the article when there is one.

    Returns
    -------
    Context
    """
    import yaml

    root = repository_root()
    article = resolve(article_path or CASE_ARTICLE, root=root)
    raw = article.read_text(encoding="utf-8")
    from framing.clean import clean

    cleaned = clean(raw)
    text = cleaned.text  # cleaned as load_corpus cleans the corpus, so both are measured alike
    if corpus_path:
        source = resolve(corpus_path, root=root)
        kind = "the corpus given"
    elif _cache_has_texts(root / COVERAGE_CACHE):
        source, kind = root / COVERAGE_CACHE, "the hydrated coverage cache"
    else:
        source = root / TEACHING_MANIFEST
        kind = ("the teaching texts (no hydrated coverage cache found: "
                "run `framing hydrate corpora/coverage/manifest.csv`)")
    corpus = load(source)
    if not isinstance(corpus, pd.DataFrame):  # load_corpus may return (frame, report)
        corpus = corpus[0]
    exclude = []
    if "source_path" in corpus.columns:
        exclude += corpus.index[corpus["source_path"] == str(article)].tolist()
    # the article itself, as given or cleaned, with or without its headline line (caches keep it as 'title')
    targets = {_norm(x) for x in (raw, text, raw.split("\n", 1)[-1], text.split("\n", 1)[-1])} - {""}
    for column in ("raw_text", "text"):
        if column in corpus.columns:
            exclude += [d for d, t in corpus[column].items() if _norm(t) in targets and d not in exclude]
    metadata = {}
    meta_path = article.parent / "metadata.yml" if metadata_path == "auto" else resolve(metadata_path, root=root)
    if meta_path is not None and meta_path.is_file():
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
        if metadata_path != "auto" or Path(str(meta.get("path", ""))).name == article.name:
            metadata = meta
    cast, cast_source = _find_cast(cast_path, article, text, corpus)
    cast_source = cast_source.replace(str(root) + "/", "")
    return Context(root=root, article_path=article, text=text, corpus=corpus, corpus_path=source, corpus_kind=kind,
                   synthetic=_synthetic(corpus), cast=cast, cast_source=cast_source, exclude=exclude,
                   metadata=metadata, cleaning=cleaned)


def report(article, *, against=None, cast=None, out, notebook=None, show_code: bool = False,
           timeout: int = 1800) -> Path:
    """Run the coverage-comparison notebook for an article and write a self-contained HTML report.

    Parameters
    ----------
    article : str or Path
        The article's text file. Relative paths are taken from the working
        directory, then from the repository root.
    against : str or Path, optional
        The corpus (see :func:`setup`); default the hydrated coverage cache, else
        the teaching texts.
    cast : str or Path, optional
        A cast file; default ``cast.yml`` next to the article, else suggested.
    out : str or Path
        The HTML file to write (its folder is created). The executed notebook is
        written next to it (``.ipynb``).
    notebook : str or Path, optional
        Another notebook to run (default ``notebooks/05_coverage_comparison.ipynb``).
    show_code : bool
        Keep the code cells in the report (default: outputs and text only).

    Returns
    -------
    Path
        The HTML file.

    Notes
    -----
    Images are embedded in the HTML, which needs no other file. Runs the
    notebook with the ``python3`` Jupyter kernel of the current environment.
    """
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    root = repository_root()

    def here(path):  # a path given on the command line: from the working directory first, then the root
        return Path(path).expanduser().resolve() if Path(path).expanduser().exists() else resolve(path, root=root)

    article = here(article)
    against = here(against) if against else None
    cast_path = str(here(cast)) if cast else "auto"
    source = resolve(notebook or COMPARISON_NOTEBOOK, root=root)
    out = Path(out).expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    executed = out.with_suffix(".ipynb")
    papermill.execute_notebook(
        str(source), str(executed), cwd=str(source.parent), kernel_name="python3", progress_bar=False,
        execution_timeout=timeout,
        parameters={"article_path": str(article), "corpus_path": str(against) if against else None,
                    "cast_path": cast_path},
    )
    exporter = HTMLExporter(exclude_input=not show_code, exclude_input_prompt=True, exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(str(executed), as_version=4))
    out.write_text(body, encoding="utf-8")
    return out
