"""The codebook: every variable the toolkit produces, defined for a methods section and for coders.

Two kinds of variable:

* **article level**: every column of :func:`framing.profile` (one row per article). Their
  definitions come from the profile's own variable registry, so the codebook and the profile
  cannot drift (a test checks that every profile column has an entry).
* **sentence level**: coding variables a human coder can judge sentence by sentence
  (``sentence.uncertain``, ``sentence.has_quote``, ``sentence.anonymous_source``,
  ``sentence.loaded``, ``sentence.tone``). The toolkit codes them from the same measures
  (:mod:`framing.scholar.toolkit`), so that human and machine codes can be compared with
  :func:`framing.agreement`.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

__all__ = ["codebook", "write_codebook", "SENTENCE_VARIABLES", "COLUMNS"]

#: Columns of the codebook, in order.
COLUMNS = (
    "name", "level", "definition", "unit", "range", "scale", "values", "measure", "version", "reference",
)

_YES_NO = {0: "no", 1: "yes"}

#: Sentence-level coding variables: definition (as given to coders), scale, value labels, measure,
#: the lexicon whose version is recorded, and the reference.
SENTENCE_VARIABLES = {
    "sentence.uncertain": {
        "definition": (
            "1 if the sentence presents at least one claim as uncertain: an epistemic modal (may, might, "
            "could of possibility), an epistemic verb (appear, suggest, believe), a probability word "
            "(likely, possibly, reportedly), an evidential or an open question; 0 otherwise. An "
            "approximator alone (about 40) or a booster (clearly) does not make a sentence uncertain."
        ),
        "scale": "nominal", "values": _YES_NO, "measure": "hedging", "lexicon": "hedges",
        "reference": "Hyland (2005); Farkas et al. (2010), CoNLL-2010 uncertain-sentence guidelines",
    },
    "sentence.has_quote": {
        "definition": (
            "1 if the sentence contains quoted or reported speech (a direct or partial quotation in quote "
            "marks, or indirect speech such as 'X said that ...' or 'according to X') or the attribution "
            "of such speech; 0 otherwise."
        ),
        "scale": "nominal", "values": _YES_NO, "measure": "quotes", "lexicon": "cue_verbs",
        "reference": "Bell (1991); Pareti (2016), PARC 3.0 attribution relations",
    },
    "sentence.anonymous_source": {
        "definition": (
            "1 if the sentence attributes speech or information to a source that is not named "
            "('officials said', 'a person familiar with the matter', 'diplomats said', 'a local aid group "
            "said'), or says a source spoke on condition of anonymity; 0 otherwise. "
            "A named person, organisation or outlet is not anonymous."
        ),
        "scale": "nominal", "values": _YES_NO, "measure": "quotes", "lexicon": "sources",
        "reference": "Sigal (1973); Bell (1991)",
    },
    "sentence.loaded": {
        "definition": (
            "1 if the sentence contains at least one loaded or emotive word or phrase (an intensifier, a "
            "moral evaluation, an emotion word, dramatisation, or a one-sided label for an actor) that a "
            "careful writer could replace with a plainer one; 0 otherwise. Quoted words count too."
        ),
        "scale": "nominal", "values": _YES_NO, "measure": "sentiment", "lexicon": "loaded",
        "reference": "Entman (1993); Recasens et al. (2013); Martin & White (2005)",
    },
    "sentence.tone": {
        "definition": (
            "The overall tone of the sentence's wording: -1 negative, 0 neutral or mixed, 1 positive. "
            "The toolkit codes VADER's compound score with its own thresholds (<= -0.05, >= 0.05)."
        ),
        "scale": "ordinal", "values": {-1: "negative", 0: "neutral", 1: "positive"}, "measure": "sentiment",
        "lexicon": None, "reference": "Hutto & Gilbert (2014)",
    },
}


def _lexicon_label(name: str | None) -> str:
    if name is None:
        from framing.lang.vader import label

        return label()
    from framing.lexicons import load

    return load(name).label


def _sentence_rows() -> list[dict]:
    rows = []
    for name, spec in SENTENCE_VARIABLES.items():
        values = spec["values"]
        rows.append(
            {
                "name": name,
                "level": "sentence",
                "definition": spec["definition"],
                "unit": "code",
                "range": f"{min(values)} to {max(values)}",
                "scale": spec["scale"],
                "values": dict(values),
                "measure": spec["measure"],
                "version": _lexicon_label(spec["lexicon"]),
                "reference": spec["reference"],
            }
        )
    return rows


_SCALES = {"count": "ratio", "per 100 words": "ratio", "share": "ratio", "score": "interval"}


def _article_rows(cast=None) -> list[dict]:
    """One row per profile column, from the profile's own registry (:mod:`framing.variables`)."""
    from framing.variables import to_frame

    table = to_frame(cast)
    rows = []
    for name, v in table.iterrows():
        rows.append(
            {
                "name": name,
                "level": "article",
                "definition": v["definition"],
                "unit": v["unit"],
                "range": v["range"],
                "scale": _SCALES.get(v["unit"], "nominal"),
                "values": None,
                "measure": v["measure"],
                "version": v["version"],
                "reference": v["reference"],
            }
        )
    return rows


def codebook(*, cast=None, format: str | None = None, level: str | None = None):
    """Every variable of the toolkit: definition, unit, range, measure, lexicon or model version, reference.

    Parameters
    ----------
    cast : path, dict or Cast, optional
        With a cast, the per-actor profile variables (``actors.<slug>.mentions`` ...) are listed too.
    format : {None, 'markdown', 'html'}
        ``None`` returns a DataFrame; ``'markdown'`` or ``'html'`` returns the codebook as text,
        ready to cite in a methods section or an appendix.
    level : {None, 'article', 'sentence'}
        Only the variables of that level.

    Returns
    -------
    pandas.DataFrame or str
        One row per variable, columns ``name, level, definition, unit, range, scale, values, measure,
        version, reference``. ``scale`` is the level of measurement used for Krippendorff's alpha
        (nominal, ordinal, interval, ratio); ``values`` holds value labels for coded variables.

    Limitations
    -----------
    The definitions describe what the toolkit counts, not the construct in general: a human coder
    following them will still disagree with a lexicon on words it does not list.

    References
    ----------
    Krippendorff, K. (2004). *Content Analysis: An Introduction to Its Methodology* (2nd ed.). Sage.
    Neuendorf, K. A. (2017). *The Content Analysis Guidebook* (2nd ed.). Sage.
    """
    if format not in (None, "markdown", "html"):
        raise ValueError(f"format must be None, 'markdown' or 'html', not {format!r}")
    if level not in (None, "article", "sentence"):
        raise ValueError(f"level must be None, 'article' or 'sentence', not {level!r}")
    rows = []
    if level in (None, "article"):
        rows += _article_rows(cast)
    if level in (None, "sentence"):
        rows += _sentence_rows()
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    if format == "markdown":
        return _markdown(table)
    if format == "html":
        return _html(table)
    return table


def _values_text(values) -> str:
    if not isinstance(values, dict) or not values:
        return ""
    return "; ".join(f"{k} = {v}" for k, v in values.items())


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _markdown(table: pd.DataFrame) -> str:
    shown = ["name", "definition", "unit", "range", "scale", "values", "measure", "version", "reference"]
    lines = []
    for level, part in table.groupby("level", sort=False):
        lines += [f"### {level.capitalize()}-level variables", ""]
        lines.append("| " + " | ".join(shown) + " |")
        lines.append("|" + " --- |" * len(shown))
        for _, row in part.iterrows():
            cells = [_values_text(row[c]) if c == "values" else row[c] for c in shown]
            cells[0] = f"`{cells[0]}`"
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)


def _html(table: pd.DataFrame) -> str:
    shown = table.copy()
    shown["values"] = shown["values"].map(_values_text)
    body = shown.to_html(index=False, escape=True, na_rep="", classes="framing-codebook")
    return f"<h2>{html.escape('Codebook')}</h2>\n{body}"


def write_codebook(path, *, cast=None) -> Path:
    """Write the codebook to ``path``: ``.md`` (Markdown), ``.html``, ``.csv`` or ``.xlsx``, by extension.

    Returns the path written. See :func:`codebook`.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        path.write_text(codebook(cast=cast, format="markdown"), encoding="utf-8")
    elif suffix in (".html", ".htm"):
        path.write_text(codebook(cast=cast, format="html"), encoding="utf-8")
    elif suffix in (".csv", ".xlsx"):
        table = codebook(cast=cast)
        table["values"] = table["values"].map(_values_text)
        if suffix == ".csv":
            table.to_csv(path, index=False)
        else:
            table.to_excel(path, index=False)
    else:
        raise ValueError(f"write_codebook writes .md, .html, .csv or .xlsx, not {suffix or 'no extension'!r}")
    return path
