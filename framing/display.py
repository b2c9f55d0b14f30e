"""Evidence in the notebook: ``highlight(doc, *results)`` renders the spans behind the numbers.

Every result of a measure has an ``evidence()`` method returning
``(start, end, label, tooltip)`` tuples; :func:`highlight` colours each span by
its label (``hedge:probability``, ``quote:direct``...), shows the label and the
tooltip on hover, and adds a legend. The output is self-contained HTML (inline
styles only), so it survives export to HTML and works in JupyterLab.
"""

from __future__ import annotations

import heapq
import html
from dataclasses import dataclass, field

from framing.document import as_document

__all__ = ["highlight", "Highlight", "evidence_of"]

# Colour-blind-friendly palette (Okabe & Ito 2008) and lighter tints, cycled by family.
_PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
    "#999999", "#F5C710", "#8FD0F0", "#7FD1B9", "#E9A3C9", "#B2ABD2", "#FDB863",
)
# Labels whose span is drawn as an underline rather than a background, so a cue
# inside a quote stays visible.
_UNDERLINED = ("speaker", "cue:", "actor:")
# At most this many spans are drawn around one piece of text; the outermost says how many more cover it.
_MAX_NEST = 6


def evidence_of(result) -> list[tuple[int, int, str, str]]:
    """The ``(start, end, label, tooltip)`` spans of a measure's result."""
    if hasattr(result, "evidence"):
        return list(result.evidence())
    raise TypeError(f"{type(result).__name__} has no evidence() method to highlight")


@dataclass(frozen=True)
class Highlight:
    """Rendered HTML; displays itself in Jupyter and converts with ``str()``."""

    html: str = field(repr=False)

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html


def _colours(labels) -> dict[str, str]:
    return {label: _PALETTE[i % len(_PALETTE)] for i, label in enumerate(sorted(labels))}


def _pieces(cuts, spans):
    """Yield ``(a, b, covering, hidden)`` for each piece between consecutive cuts.

    ``covering`` holds at most ``_MAX_NEST`` of the spans over the piece, innermost first (the latest
    to start); ``hidden`` counts the others. Spans are added in start order and expire through a
    heap of ends, and the nesting is capped, so time and output stay linear in the text and the
    number of spans, even for thousands of spans nested inside one another.
    """
    by_start = sorted(spans, key=lambda s: (s[0], -s[1]))
    active, ends, dead, k = [], [], 0, 0  # active: [span, alive] in start order
    for a, b in zip(cuts, cuts[1:]):
        while k < len(by_start) and by_start[k][0] <= a:
            entry = [by_start[k], True]
            active.append(entry)
            heapq.heappush(ends, (by_start[k][1], k, entry))
            k += 1
        while ends and ends[0][0] <= a:
            heapq.heappop(ends)[2][1] = False
            dead += 1
        while active and not active[-1][1]:
            active.pop()
            dead -= 1
        if dead > len(active) // 2 + 8:
            active = [e for e in active if e[1]]
            dead = 0
        chosen = []
        for span, alive in reversed(active):
            if alive:
                chosen.append(span)
                if len(chosen) == _MAX_NEST:
                    break
        chosen.reverse()
        chosen.sort(key=lambda s: s[1] - s[0])
        yield a, b, chosen, len(active) - dead - len(chosen)


def highlight(doc, *results, labels=None, paragraphs: bool = True, legend: bool = True) -> Highlight:
    """Render the text as HTML with each evidence span coloured by its label.

    Parameters
    ----------
    doc : Document or str
        The document the results were computed on.
    *results
        Results of measures (``hedging(doc)``, ``quotes(doc)``...), each with ``evidence()``.
    labels : iterable of str, optional
        Show only spans whose label starts with one of these prefixes
        (e.g. ``labels=["hedge"]``).
    paragraphs : bool, default True
        Keep the document's line breaks as paragraph breaks and number the paragraphs.
    legend : bool, default True
        Add a legend of the labels shown, with their counts.

    Returns
    -------
    Highlight
        Displays as HTML in a notebook; ``str()`` gives the HTML.

    Notes
    -----
    Overlapping spans are nested where they nest and cut at the boundaries where
    they cross, so every character keeps the labels that cover it (the hover text
    lists them). At most six spans are drawn around one piece of text, the
    innermost ones; the outermost drawn span's hover text says how many more cover
    it. This keeps the time and the size of the HTML linear in the text and the
    number of spans, whatever the spans.
    """
    doc = as_document(doc)
    text = doc.text
    spans = []
    for result in results:
        for start, end, label, tip in evidence_of(result):
            if labels is None or any(label.startswith(p) for p in labels):
                if not (0 <= start < end <= len(text)):
                    raise ValueError(f"evidence span ({start}, {end}) lies outside the text")
                spans.append((start, end, label, tip))
    colours = _colours({s[2] for s in spans})

    # Cut the text at every span boundary; each piece carries the spans covering it.
    starts = {s: i + 1 for i, (s, _) in enumerate(doc.paragraphs)} if paragraphs else {}
    cuts = sorted({0, len(text), *starts, *(s[0] for s in spans), *(s[1] for s in spans)})
    out = []
    for a, b, covering, hidden in _pieces(cuts, spans):
        piece = html.escape(text[a:b])
        if paragraphs:
            piece = piece.replace("\n", "<br>")
            if a in starts:
                piece = f'<sup style="color:#888;font-family:sans-serif;margin-right:3px">{starts[a]}</sup>{piece}'
        for i, (_, _, label, tip) in enumerate(covering):
            colour = colours[label]
            if label.startswith(_UNDERLINED):
                style = f"border-bottom:3px solid {colour};"
            else:
                style = f"background:{colour}55;border-radius:3px;padding:0 1px;"
            title = f"{label}: {tip}" if tip else label
            if hidden and i == len(covering) - 1:
                title += f" (and {hidden} more overlapping spans)"
            piece = f'<span style="{style}" title="{html.escape(title, quote=True)}">{piece}</span>'
        out.append(piece)

    body = "".join(out)
    parts = ['<div class="framing-highlight" style="font-family:Georgia,serif;line-height:1.7;max-width:54em">']
    if legend and spans:
        counts = {}
        for s in spans:
            counts[s[2]] = counts.get(s[2], 0) + 1
        items = []
        for label in sorted(counts):
            colour = colours[label]
            mark = (
                f"border-bottom:3px solid {colour}"
                if label.startswith(_UNDERLINED)
                else f"background:{colour}55"
            )
            items.append(
                f'<span style="{mark};padding:0 4px;margin-right:8px;white-space:nowrap">'
                f"{html.escape(label)} ({counts[label]})</span>"
            )
        parts.append('<div style="font-family:sans-serif;font-size:85%;margin-bottom:8px">' + "".join(items) + "</div>")
    parts.append(f"<div>{body}</div></div>")
    return Highlight("".join(parts))
