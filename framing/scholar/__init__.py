"""The scholar's loop: a codebook, coding sheets, agreement with human coders, export, concordance.

* :func:`codebook` defines every variable (for a methods section and for coders);
* :func:`coding_sheet` draws a reproducible sample of articles or sentences for human coders;
* :func:`agreement` compares their codes with the toolkit's (Krippendorff's alpha, P/R/F1);
* :func:`export` writes a table for SPSS, Stata, R or Excel with the codebook's labels;
* :func:`concordance` lists every hit of a word, phrase, pattern or lexicon category in context.
"""

from framing.scholar.agreement import Agreement, agreement
from framing.scholar.codebook import codebook, write_codebook
from framing.scholar.coding import coding_sheet, read_sheet
from framing.scholar.concordance import categories, concordance, concordance_html
from framing.scholar.export import export, short_names

__all__ = [
    "Agreement", "agreement", "categories", "codebook", "coding_sheet", "concordance", "concordance_html",
    "export", "read_sheet", "short_names", "write_codebook",
]
