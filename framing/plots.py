"""Seaborn helpers for notebooks: axes-level, ``data=`` first, each returns the Axes it drew on.

Every figure gets a title, labelled axes and alt text (a one-sentence description
of what is drawn). In a notebook the alt text travels with the image: the first
plot drawn registers a display formatter that writes it into the output's
metadata and into an ``<img alt=...>``, so exported HTML reports describe every
figure. ``describe(ax, text)`` sets the alt text of a figure drawn by hand.

One article against a corpus
----------------------------
* :func:`focal_strip`: the corpus distribution of each measure (box and
  points), the focal article marked and labelled with its value.
* :func:`measure_by_group`: one measure by outlet type (or any group), the
  focal article as a line.
* :func:`distinctive_terms`: the most distinctive terms of each side, by z.

Text reuse
----------
* :func:`reuse_map`: the focal article's paragraphs against the articles they
  match, coloured by the share of the paragraph's words found there.
* :func:`reuse_network`: groups of near-duplicate articles (from
  :func:`framing.reuse_clusters`) as small networks.

Actor framing
-------------
* :func:`role_shares`: a bar chart of how often each actor is agent, patient or
  neither (share of its mentions), from :func:`framing.actors`.
* :func:`label_heatmap`: actors by evaluative labels, cells counting uses, with
  each label's category and voice (narrator or quote) in the column name.

Nothing is drawn at import; matplotlib and seaborn are imported on first call.
"""

from __future__ import annotations

import textwrap

import pandas as pd

__all__ = ["describe", "distinctive_terms", "focal_strip", "label_heatmap", "labels_by_group", "measure_by_group",
           "reuse_map", "reuse_network", "role_shares"]

_ROLE_ORDER = ("agent", "patient", "other")
_ROLE_COLOURS = {"agent": "#D55E00", "patient": "#0072B2", "other": "#BBBBBB"}


def _axes(ax, size=None):
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax
    if size is not None:
        return plt.subplots(figsize=size)[1]
    return plt.gca()


def _alt_text(fig) -> str:
    alt = getattr(fig, "_framing_alt", None)
    if alt:
        return " ".join(alt)
    titles = [a.get_title() for a in fig.axes if a.get_title()]
    return "Figure: " + "; ".join(titles) if titles else "A figure without a description."


def _install_alt_text() -> None:
    """In IPython, make every matplotlib figure carry its alt text (output metadata and an HTML img tag)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a notebooks extra
        return
    ip = get_ipython()
    if ip is None or getattr(ip, "_framing_alt_text", False):
        return
    import base64
    import html

    from IPython.core.pylabtools import print_figure
    from matplotlib.figure import Figure

    formatters = ip.display_formatter.formatters

    def png(fig):
        data = print_figure(fig, "png", base64=True)
        return (data, {"alt": _alt_text(fig)}) if data else None

    def img(fig):
        data = print_figure(fig, "png")
        if not data:
            return None
        src = base64.b64encode(data).decode("ascii")
        return f'<img src="data:image/png;base64,{src}" alt="{html.escape(_alt_text(fig))}"/>'

    formatters["image/png"].for_type(Figure, png)
    formatters["text/html"].for_type(Figure, img)
    ip._framing_alt_text = True


def describe(ax, text: str):
    """Set (append) the alt text of the figure of ``ax``; returns ``ax``."""
    fig = ax.figure
    if not hasattr(fig, "_framing_alt"):
        fig._framing_alt = []
    fig._framing_alt.append(text.strip())
    _install_alt_text()
    return ax


def _finish(ax, *, title: str, xlabel: str, ylabel: str, alt: str):
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return describe(ax, alt)


def _empty(ax, message: str, title: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()
    ax.set_title(title)
    return describe(ax, f"{title}: {message}.")


def _actor_table(data) -> pd.DataFrame:
    table = getattr(data, "table", data)
    if not isinstance(table, pd.DataFrame):
        raise TypeError("data must be an Actors result or its .table DataFrame")
    if "actor" in table.columns:
        table = table.set_index("actor")
    missing = {"mentions", "agent", "patient"} - set(table.columns)
    if missing:
        raise ValueError(f"the actor table lacks the columns {sorted(missing)}")
    return table


def role_shares(data=None, *, min_mentions: int = 1, ax=None, legend: bool = True,
                title: str = "Agent and patient shares of each actor's mentions"):
    """Bars of each actor's agent, patient and other shares (of its mentions).

    Parameters
    ----------
    data : Actors or DataFrame
        The result of :func:`framing.actors` or its ``.table`` (one row per actor
        with ``mentions``, ``agent``, ``patient``).
    min_mentions : int
        Actors with fewer mentions are left out.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        Actors are ordered by mentions; each tick label shows the number of
        mentions the shares are computed from.
    """
    import seaborn as sns

    table = _actor_table(data)
    table = table[table["mentions"] >= max(min_mentions, 1)].sort_values("mentions", ascending=False)
    ax = _axes(ax, (7, 1.5 + 0.45 * max(len(table), 1)))
    if table.empty:
        return _empty(ax, "no actor mentioned", title)
    n = table["mentions"].astype(float)
    shares = pd.DataFrame(
        {
            "agent": table["agent"] / n,
            "patient": table["patient"] / n,
            "other": (n - table["agent"] - table["patient"]) / n,
        }
    )
    shares.index = [f"{a} ({int(k)})" for a, k in zip(table.index, table["mentions"])]
    long = shares.rename_axis("actor").reset_index()
    long = long.melt(id_vars="actor", var_name="role", value_name="share")
    sns.barplot(data=long, y="actor", x="share", hue="role", hue_order=list(_ROLE_ORDER),
                palette=_ROLE_COLOURS, orient="h", ax=ax)
    ax.set_xlim(0, 1)
    if legend:
        ax.legend(title="role", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    elif ax.get_legend() is not None:
        ax.get_legend().remove()
    top = shares.iloc[0]
    alt = (f"Horizontal bars for {len(shares)} actors showing the share of each actor's mentions in which it is "
           f"the agent, the patient or neither. The most mentioned, {shares.index[0]}, is agent in "
           f"{top['agent']:.0%} and patient in {top['patient']:.0%} of its mentions.")
    return _finish(ax, title=title, xlabel="share of the actor's mentions", ylabel="actor (mentions)", alt=alt)


def label_heatmap(data=None, *, voice: bool = True, ax=None, cmap: str = "rocket_r", annot: bool = True,
                  title: str = "Labels naming each actor"):
    """Heatmap of actors (rows) by the labels that name them (columns), counting uses.

    Parameters
    ----------
    data : Actors or DataFrame
        The result of :func:`framing.actors` or its ``.labels`` table (actor,
        label, category, voice, count).
    voice : bool
        Keep narrator and quoted uses of a label in separate columns.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        Columns read ``label (category)``, in quotation marks when the label is
        used inside a quote (with ``voice=True``); columns are grouped by category.
    """
    import seaborn as sns

    labels = getattr(data, "labels", data)
    needed = {"actor", "label", "category", "count"}
    if not isinstance(labels, pd.DataFrame) or not needed <= set(labels.columns):
        raise TypeError("data must be an Actors result or its .labels DataFrame")
    ax = _axes(ax, (10, 4))
    if labels.empty:
        return _empty(ax, "no evaluative label used", title)
    frame = labels.copy()
    quoted = (frame["voice"] == "quote") if voice and "voice" in frame.columns else False
    names = frame["label"].map(lambda x: textwrap.fill(x, 22))
    names = names.where(~quoted, "\u201c" + names + "\u201d") if voice else names
    frame["column"] = names + "\n(" + frame["category"].str.replace("_", " ") + ")"
    order = frame.sort_values(["category", "label"])["column"].drop_duplicates().tolist()
    grid = frame.pivot_table(index="actor", columns="column", values="count", aggfunc="sum", fill_value=0)
    grid = grid.reindex(columns=order)
    sns.heatmap(grid, annot=annot, fmt="d", cmap=cmap, cbar_kws={"label": "uses"}, linewidths=0.5, ax=ax)
    quoted_note = "; \u201cquoted\u201d = used inside a quote" if voice else ""
    ax.tick_params(axis="x", labelrotation=45, labelsize="small")
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    alt = (f"Heatmap of {grid.shape[0]} actors by {grid.shape[1]} evaluative labels, each cell counting how often "
           f"the label names the actor; {int(grid.to_numpy().sum())} uses in all.")
    return _finish(ax, title=title, xlabel="label (category)" + quoted_note, ylabel="actor", alt=alt)


# One article against a corpus ------------------------------------------------------------------------------


def _wide(data) -> pd.DataFrame:
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a profile table (DataFrame), got {type(data).__name__}")
    return data


def _scaled(values: pd.Series) -> tuple[pd.Series, float, float]:
    """Values as distance from the median in IQRs (MAD, then range, then 1 when the IQR is 0)."""
    v = pd.to_numeric(values, errors="coerce").dropna()
    median = float(v.median()) if len(v) else 0.0
    spread = float(v.quantile(0.75) - v.quantile(0.25)) if len(v) else 0.0
    if spread <= 0:
        spread = float((v - median).abs().median() * 1.4826) if len(v) else 0.0
    if spread <= 0:
        spread = float(v.max() - v.min()) if len(v) else 0.0
    return v, median, spread if spread > 0 else 1.0


def focal_strip(data=None, *, focal, measures=None, ax=None, title: str = "The article against the corpus",
                label: str = "this article"):
    """Each measure's corpus distribution (box and points), the focal article marked and labelled.

    Parameters
    ----------
    data : DataFrame
        The corpus profile table (one row per article, measures as columns).
    focal : pandas.Series
        The focal article's profile.
    measures : list of str, optional
        Default: the measures of ``focal`` with a numeric column in ``data``
        (at most 12; pass a list to choose).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
        Measures have different units, so each is drawn on a common scale: the
        distance from the corpus median in interquartile ranges (0 = the
        median). The focal value is printed in the measure's own unit.
    """
    import seaborn as sns

    frame = _wide(data)
    if measures is None:
        measures = [m for m in focal.index if m in frame.columns and pd.api.types.is_numeric_dtype(frame[m])][:12]
    measures = list(measures)
    ax = _axes(ax, (8, 1.2 + 0.5 * max(len(measures), 1)))
    if not measures:
        return _empty(ax, "no measure to compare", title)
    rows, marks = [], []
    for m in measures:
        v, median, spread = _scaled(frame[m])
        rows.append(pd.DataFrame({"measure": m, "scaled": (v - median) / spread}))
        f = pd.to_numeric(pd.Series([focal.get(m)]), errors="coerce").iloc[0]
        marks.append((m, (f - median) / spread if pd.notna(f) else None, f))
    long = pd.concat(rows, ignore_index=True)
    sns.boxplot(data=long, x="scaled", y="measure", order=measures, color="#DDDDDD", fliersize=0, ax=ax)
    sns.stripplot(data=long, x="scaled", y="measure", order=measures, color="#555555", size=3, alpha=0.6,
                  jitter=0.2, ax=ax)
    for i, (_m, x, f) in enumerate(marks):
        if x is None:
            ax.annotate("no value", (0, i), xytext=(6, -10), textcoords="offset points", fontsize="small",
                        color="#D55E00")
            continue
        ax.scatter([x], [i], marker="D", s=60, color="#D55E00", zorder=5, label=label if i == 0 else None)
        ax.annotate(f"{f:.3g}", (x, i), xytext=(6, -12), textcoords="offset points", fontsize="small",
                    color="#D55E00")
    ax.axvline(0, color="grey", linewidth=0.8, linestyle=":")
    ax.legend(loc="lower right", frameon=False)
    n = int(long.groupby("measure").size().max()) if len(long) else 0
    placed = [m for m, x, _ in marks if x is not None]
    alt = (f"Box and point plots of {len(measures)} measures across up to {n} corpus articles, each scaled to "
           f"its distance from the corpus median in interquartile ranges; a diamond marks {label} on "
           f"{len(placed)} of them, labelled with its value.")
    return _finish(ax, title=title, xlabel="distance from the corpus median (interquartile ranges)",
                   ylabel="measure", alt=alt)


def measure_by_group(data=None, *, measure: str, by: str = "outlet_type", focal=None, ax=None,
                     title: str | None = None, label: str = "this article"):
    """One measure's distribution in each group (box and points), the focal article as a line.

    Parameters
    ----------
    data : DataFrame
        Profile table with the measure and the ``by`` column.
    measure : str
    by : str
        The group column (``outlet_type``, ``language``, ``outlet``).
    focal : pandas.Series or float, optional
        The focal profile (or its value), drawn as a vertical line.

    Returns
    -------
    matplotlib.axes.Axes
    """
    import seaborn as sns

    frame = _wide(data)
    for col in (measure, by):
        if col not in frame.columns:
            raise ValueError(f"data has no column {col!r}")
    title = title or f"{measure} by {by.replace('_', ' ')}"
    values = frame[[by, measure]].assign(**{measure: pd.to_numeric(frame[measure], errors="coerce")})
    values = values.dropna()
    counts = values.groupby(by).size()
    ax = _axes(ax, (7, 1.2 + 0.5 * max(len(counts), 1)))
    if values.empty:
        return _empty(ax, f"no article has a value for {measure}", title)
    names = {g: f"{g} ({n})" for g, n in counts.items()}
    values[by] = values[by].map(names)
    order = [names[g] for g in counts.index]
    sns.boxplot(data=values, x=measure, y=by, order=order, color="#DDDDDD", fliersize=0, ax=ax)
    sns.stripplot(data=values, x=measure, y=by, order=order, color="#555555", size=4, alpha=0.7, ax=ax)
    f = focal.get(measure) if isinstance(focal, pd.Series) else focal
    f = pd.to_numeric(pd.Series([f]), errors="coerce").iloc[0]
    where = ""
    if pd.notna(f):
        ax.axvline(f, color="#D55E00", linewidth=1.5, label=f"{label} ({f:.3g})")
        ax.legend(loc="lower right", frameon=False)
        where = f"; a vertical line marks {label} at {f:.3g}"
    alt = (f"Box and point plots of {measure} for {len(values)} articles in {len(counts)} groups of "
           f"{by.replace('_', ' ')}{where}.")
    return _finish(ax, title=title, xlabel=measure, ylabel=f"{by.replace('_', ' ')} (articles)", alt=alt)


def distinctive_terms(data=None, *, top: int = 12, ax=None, title: str = "Distinctive terms",
                      focal: str = "the article", reference: str = "the corpus"):
    """Bars of the ``top`` most distinctive terms of each side (z-scores from :func:`framing.distinctive_terms`)."""
    import seaborn as sns

    if not isinstance(data, pd.DataFrame) or not {"term", "z"} <= set(data.columns):
        raise TypeError("data must be the DataFrame returned by framing.distinctive_terms()")
    head = data[data["z"] > 0].head(top)
    tail = data[data["z"] < 0].tail(top)
    both = pd.concat([head, tail]).assign(side=lambda d: [focal if z > 0 else reference for z in d["z"]])
    ax = _axes(ax, (7, 1.2 + 0.3 * max(len(both), 1)))
    if both.empty:
        return _empty(ax, "no terms to compare", title)
    palette = {focal: "#D55E00", reference: "#0072B2"}
    sns.barplot(data=both, x="z", y="term", hue="side", dodge=False, palette=palette, ax=ax)
    ax.axvline(1.96, color="grey", linestyle=":", linewidth=0.8)
    ax.axvline(-1.96, color="grey", linestyle=":", linewidth=0.8)
    alt = (f"Horizontal bars of {len(head)} terms more typical of {focal} and {len(tail)} more typical of "
           f"{reference}, by z-score of the log-odds ratio; dotted lines at z = \u00b11.96."
           + (f" The most distinctive of {focal} is '{head['term'].iloc[0]}'." if len(head) else ""))
    return _finish(ax, title=title, xlabel="z-score of the log-odds ratio (informative Dirichlet prior)",
                   ylabel="term", alt=alt)


def labels_by_group(data=None, *, by: str = "outlet_type", values: str = "count", ax=None, cmap: str = "rocket_r",
                    title: str | None = None):
    """Heatmap of evaluative labels (rows: actor, label, category) by group (columns), summing ``values``.

    ``data`` is a long table of label uses across articles: the ``.labels``
    tables of :func:`framing.actors` stacked, with the ``by`` column added.
    """
    import seaborn as sns

    needed = {"actor", "label", "category", values, by}
    if not isinstance(data, pd.DataFrame) or not needed <= set(data.columns):
        raise TypeError(f"data must be a DataFrame with the columns {sorted(needed)}")
    title = title or f"Labels by {by.replace('_', ' ')}"
    if data.empty:
        return _empty(_axes(ax, (8, 3)), "no evaluative label used", title)
    rows = (data["actor"].astype(str) + ": " + data["label"].astype(str) + " ("
            + data["category"].astype(str).str.replace("_", " ") + ")")
    counts = pd.to_numeric(data[values], errors="coerce").fillna(0).astype(float)
    grid = data.assign(row=rows, **{values: counts}).pivot_table(index="row", columns=by, values=values,
                                                                 aggfunc="sum", fill_value=0).astype(float)
    ax = _axes(ax, (2 + 1.1 * grid.shape[1], 1.5 + 0.35 * grid.shape[0]))
    sns.heatmap(grid, annot=True, fmt="g", cmap=cmap, cbar_kws={"label": values}, linewidths=0.5, ax=ax)
    alt = (f"Heatmap of {grid.shape[0]} actor labels by {grid.shape[1]} groups of {by.replace('_', ' ')}, "
           f"cells counting uses ({int(grid.to_numpy().sum())} in all).")
    return _finish(ax, title=title, xlabel=by.replace("_", " "), ylabel="actor: label (category)", alt=alt)


# Text reuse ----------------------------------------------------------------------------------------------------


def reuse_map(data=None, *, top: int = 10, ax=None, cmap: str = "mako_r", title: str = "Where each paragraph is found",
              names=None):
    """The focal article's paragraphs (rows) against the articles they match (columns), coloured by share.

    Parameters
    ----------
    data : Reuse
        The result of :func:`framing.reuse`.
    top : int
        The sources sharing most of the article's words are shown.
    names : dict or Series, optional
        Column labels for the sources (doc_id -> e.g. outlet); default the
        ``outlet`` of each source when known, with its doc_id.

    Returns
    -------
    matplotlib.axes.Axes
        Each cell is the share of the paragraph's words found, in runs of
        shingle words, in that article (0 to 1); paragraphs are numbered from 1.
    """
    import numpy as np
    import seaborn as sns

    table = getattr(data, "paragraph_sources", None)
    if table is None:
        raise TypeError("data must be the result of framing.reuse()")
    n_par = len(data.document.paragraphs)
    ax = _axes(ax, (2.5 + 0.8 * min(top, max(table["source"].nunique(), 1)), 1.5 + 0.35 * max(n_par, 1)))
    if table.empty:
        return _empty(ax, "no paragraph is found in another article", title)
    sources = data.by_source.index[:top]
    if names is None and "outlet" in data.by_source.columns:
        names = {d: f"{o}\n{d}" for d, o in data.by_source["outlet"].items()}
    grid = table[table["source"].isin(sources)].pivot_table(index="paragraph", columns="source", values="share",
                                                            aggfunc="max", fill_value=0)
    grid = grid.reindex(index=range(n_par), columns=list(sources), fill_value=0)
    grid.index = grid.index + 1
    if names is not None:
        grid.columns = [dict(names).get(c, c) for c in grid.columns]
    sns.heatmap(grid, vmin=0, vmax=1, cmap=cmap, cbar_kws={"label": "share of the paragraph's words found"},
                linewidths=0.5, ax=ax)
    ax.tick_params(axis="x", labelrotation=45, labelsize="small")
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    found = int((grid.max(axis=1) >= data.threshold).sum())
    alt = (f"Heatmap of the article's {n_par} paragraphs against the {grid.shape[1]} articles sharing most of its "
           f"words; {found} paragraphs have at least {data.threshold:.0%} of their words in one of them"
           + (f", most from {grid.columns[int(np.argmax(grid.sum().to_numpy()))]}." if grid.size else "."))
    alt = alt.replace("\n", " ")
    return _finish(ax, title=title, xlabel="source article", ylabel="paragraph of the article", alt=alt)


def reuse_network(data=None, *, hue: str = "outlet", min_size: int = 2, ax=None,
                  title: str = "Groups of near-duplicate articles"):
    """Near-duplicate groups as small networks: one circle of articles per group, links by Jaccard similarity.

    Parameters
    ----------
    data : DataFrame
        The result of :func:`framing.reuse_clusters` (its ``attrs['pairs']``
        gives the links).
    hue : str
        Column naming each article (and colouring it): ``outlet`` by default.
    min_size : int
        Groups smaller than this are left out (single articles by default).
    """
    import matplotlib.pyplot as plt
    import numpy as np

    if not isinstance(data, pd.DataFrame) or not {"cluster", "cluster_size"} <= set(data.columns):
        raise TypeError("data must be the DataFrame returned by framing.reuse_clusters()")
    groups = data[data["cluster_size"] >= min_size]
    clusters = sorted(groups["cluster"].unique())
    cols = int(np.ceil(np.sqrt(len(clusters)))) if clusters else 1
    ax = _axes(ax, (3 * cols + 1, 3 * max(int(np.ceil(len(clusters) / cols)), 1) + 0.5))
    if not clusters:
        return _empty(ax, "no two articles are near duplicates", title)
    pairs = data.attrs.get("pairs", pd.DataFrame(columns=["a", "b", "jaccard"]))
    names = groups[hue].astype(str) if hue in groups.columns else pd.Series(groups.index.astype(str), groups.index)
    palette = dict(zip(sorted(names.unique()), plt.get_cmap("tab10").colors * 10))
    pos = {}
    for k, c in enumerate(clusters):
        members = groups.index[groups["cluster"] == c]
        cx, cy = 3.0 * (k % cols), -3.0 * (k // cols)
        for i, doc in enumerate(members):
            angle = 2 * np.pi * i / len(members)
            pos[doc] = (cx + np.cos(angle), cy + np.sin(angle))
        ax.text(cx, cy + 1.45, f"group {c} ({len(members)})", ha="center", fontsize="small")
    for a, b, jac in pairs.itertuples(index=False):
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            ax.plot([x1, x2], [y1, y2], color="grey", linewidth=0.5 + 3 * jac, alpha=0.6, zorder=1)
    for doc, (x, y) in pos.items():
        ax.scatter([x], [y], s=80, color=palette[names[doc]], zorder=2, edgecolor="black", linewidth=0.5)
        ax.annotate(textwrap.shorten(names[doc], 18), (x, y), xytext=(0, 7), textcoords="offset points",
                    ha="center", fontsize="x-small")
    rows = int(np.ceil(len(clusters) / cols))
    ax.set_xlim(-1.8, 3.0 * (cols - 1) + 1.8)
    ax.set_ylim(-3.0 * (rows - 1) - 1.6, 1.9)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    plural = "s" if len(clusters) != 1 else ""
    alt = (f"Network view of {len(clusters)} group{plural} of near-duplicate articles ({len(groups)} articles); "
           f"each group is a circle of articles labelled by {hue}, linked when their word shingles overlap, thicker "
           "for higher Jaccard similarity.")
    return _finish(ax, title=title, xlabel="", ylabel="", alt=alt)


# Generic ---------------------------------------------------------------------------------------------------------


def bars(data=None, *, x: str, y: str, hue: str | None = None, title: str, xlabel: str | None = None,
         ylabel: str | None = None, ax=None, dodge: bool = False, zero_line: bool = False, **kwargs):
    """A seaborn bar chart with the title, axis labels and alt text every figure here carries.

    ``x``, ``y`` and ``hue`` are columns of ``data`` (as in ``seaborn.barplot``;
    a categorical ``y`` draws horizontal bars). Extra keywords go to seaborn.
    """
    import seaborn as sns

    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be a DataFrame, got {type(data).__name__}")
    missing = [c for c in (x, y, hue) if c is not None and c not in data.columns]
    if missing:
        raise ValueError(f"data has no column {missing[0]!r}")
    horizontal = not pd.api.types.is_numeric_dtype(data[y])
    n = data[y if horizontal else x].nunique()
    ax = _axes(ax, (7, 1.2 + 0.4 * max(n, 1)) if horizontal else (max(6, 0.5 * n + 2), 4))
    if data.empty:
        return _empty(ax, "nothing to draw", title)
    sns.barplot(data=data, x=x, y=y, hue=hue, dodge=dodge, ax=ax, **kwargs)
    if zero_line:
        (ax.axvline if horizontal else ax.axhline)(0, color="grey", linewidth=0.8)
    value, group = (x, y) if horizontal else (y, x)
    top = data.loc[pd.to_numeric(data[value], errors="coerce").idxmax()] if data[value].notna().any() else None
    alt = (f"Bar chart of {xlabel or value if horizontal else ylabel or value} for {n} "
           f"{(ylabel or group) if horizontal else (xlabel or group)} values"
           + (f", coloured by {hue}" if hue else "")
           + (f"; the largest is {top[group]} at {top[value]:.3g}." if top is not None else "."))
    return _finish(ax, title=title, xlabel=xlabel or x, ylabel=ylabel or y, alt=alt)
