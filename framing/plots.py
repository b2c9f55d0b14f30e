"""Seaborn helpers for notebooks: axes-level, ``data=`` first, each returns the Axes it drew on.

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

__all__ = ["role_shares", "label_heatmap"]

_ROLE_ORDER = ("agent", "patient", "other")
_ROLE_COLOURS = {"agent": "#D55E00", "patient": "#0072B2", "other": "#BBBBBB"}


def _axes(ax):
    import matplotlib.pyplot as plt

    return ax if ax is not None else plt.gca()


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


def role_shares(data=None, *, min_mentions: int = 1, ax=None, legend: bool = True):
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

    ax = _axes(ax)
    table = _actor_table(data)
    table = table[table["mentions"] >= max(min_mentions, 1)].sort_values("mentions", ascending=False)
    if table.empty:
        ax.text(0.5, 0.5, "no actor mentioned", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
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
    ax.set_xlabel("share of the actor's mentions")
    ax.set_ylabel("actor (mentions)")
    if legend:
        ax.legend(title="role", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    elif ax.get_legend() is not None:
        ax.get_legend().remove()
    return ax


def label_heatmap(data=None, *, voice: bool = True, ax=None, cmap: str = "rocket_r", annot: bool = True):
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

    ax = _axes(ax)
    labels = getattr(data, "labels", data)
    needed = {"actor", "label", "category", "count"}
    if not isinstance(labels, pd.DataFrame) or not needed <= set(labels.columns):
        raise TypeError("data must be an Actors result or its .labels DataFrame")
    if labels.empty:
        ax.text(0.5, 0.5, "no evaluative label used", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
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
    ax.set_xlabel("label (category)" + quoted_note)
    ax.set_ylabel("actor")
    ax.tick_params(axis="x", labelrotation=45, labelsize="small")
    for tick in ax.get_xticklabels():
        tick.set_horizontalalignment("right")
    return ax
