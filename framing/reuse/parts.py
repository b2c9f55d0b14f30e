"""Every measure for the parts of one article (reused against unique text, or any labelling of its paragraphs)."""

from __future__ import annotations

import pandas as pd

from framing.document import as_document

__all__ = ["profile_parts"]


def profile_parts(doc, labels, *, cast=None) -> pd.DataFrame:
    """Profile each part of an article, the parts given as one label per paragraph.

    Parameters
    ----------
    doc : str or Document
        The article.
    labels : sequence
        One label per paragraph (for example ``['nyt', 'unique', ...]`` from an
        article's metadata, or the origin computed by :func:`framing.reuse`).
    cast : optional
        Passed to :func:`framing.profile`.

    Returns
    -------
    pandas.DataFrame
        One row per label (in order of first appearance), with ``paragraphs``
        and every measure of :func:`framing.profile` run on that part's
        paragraphs joined (one per line).

    Raises
    ------
    ValueError
        If the number of labels is not the number of paragraphs.

    Limitations: each part is measured as a text of its own; a quote or a
    pronoun that crosses from one part to the next is read without its context.
    """
    from framing.profile import profile

    doc = as_document(doc)
    labels = list(labels)
    if len(labels) != len(doc.paragraphs):
        raise ValueError(f"{len(labels)} labels for {len(doc.paragraphs)} paragraphs: give one label per paragraph")
    rows, counts = {}, {}
    for label in dict.fromkeys(labels):
        text = "\n".join(doc.text[s:e] for (s, e), lab in zip(doc.paragraphs, labels) if lab == label)
        rows[label] = profile(text, cast=cast)
        counts[label] = labels.count(label)
    table = pd.DataFrame(rows).T
    table.insert(0, "paragraphs", pd.Series(counts))
    return table.rename_axis("part")
