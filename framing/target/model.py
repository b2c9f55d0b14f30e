"""The shipped target-sentiment model (plain JSON) and the rule method."""

from __future__ import annotations

import hashlib
import json
import math
from functools import lru_cache
from importlib import resources

import numpy as np

from .features import LABELS, MODEL_NAME, _target_range, target_features


def _canonical(model: dict) -> bytes:
    return json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("utf-8")


def model_sha256(model: dict) -> str:
    """sha256 of the ``model`` block of the JSON file (canonical serialisation)."""
    return hashlib.sha256(_canonical(model)).hexdigest()


@lru_cache(maxsize=1)
def _load_model():
    raw = json.loads((resources.files("framing.models") / f"{MODEL_NAME}.json").read_text(encoding="utf-8"))
    model = raw["model"]
    classes = tuple(model["classes"])
    order = [classes.index(label) for label in LABELS]
    weights = {name: np.asarray(w, dtype=float)[order] for name, w in model["weights"].items()}
    intercept = np.asarray(model["intercept"], dtype=float)[order]
    return raw, weights, intercept, model["settings"]


def model_info() -> dict:
    """The shipped model's name, version, settings and provenance (training data, script, score, sha256)."""
    raw, _, _, settings = _load_model()
    return {"name": raw["name"], "version": raw["version"], "settings": dict(settings),
            "provenance": dict(raw["provenance"]), "n_features": len(raw["model"]["weights"])}


def rule_score(doc, start: int, end: int, *, decay: float, boost: float, window: int = 6):
    """Target-aware VADER: (score in [-1, 1], {word index: signed weight}, {word index: features}).

    Each VADER word of the sentence (negation within three words flips and damps it, as in
    VADER) adds its valence / 4, divided by ``1 + (distance - 1) / decay`` and multiplied by
    ``boost`` inside the target's clause; the total is squashed with ``x / sqrt(x**2 + 1)``.
    """
    feats = target_features(doc, start, end, window=window)
    t0, t1 = _target_range(doc, start, end)[:2]
    in_clause = {i for name, _, i in feats if name.startswith("c:")}
    contributions: dict[int, float] = {}
    names: dict[int, list[str]] = {}
    for name, value, i in feats:
        if not name.startswith("v:sent_"):
            continue
        d = (t0 - i) if i < t0 else (i - t1 + 1)
        weight = (1.0 if name.endswith("pos") else -1.0) * value / (1.0 + max(d - 1, 0) / decay)
        if i in in_clause:
            weight *= boost
        contributions[i] = contributions.get(i, 0.0) + weight
        names.setdefault(i, []).append(f"valence {'+' if weight > 0 else '-'}{value * 4:.1f}, distance {d}")
    total = sum(contributions.values())
    return total / math.sqrt(total * total + 1.0), contributions, names


def _rules(doc, start, end, window):
    params = _load_model()[0]["model"]["rules"]
    score, contributions, names = rule_score(doc, start, end, decay=params["decay"], boost=params["boost"],
                                             window=window)
    t = params["threshold"]
    label = "positive" if score >= t else "negative" if score <= -t else "neutral"
    return label, float(score), {lab: float("nan") for lab in LABELS}, contributions, names


def _model(doc, start, end, window):
    _, weights, intercept, settings = _load_model()
    if window is None:
        window = int(settings["window"])
    feats = [(name, value, i, weights[name]) for name, value, i in target_features(doc, start, end, window=window)
             if name in weights]
    n = len(LABELS)
    contrib = np.array([value * w for _, value, _, w in feats]).reshape(len(feats), n)  # one row per feature
    logits = intercept + contrib.sum(axis=0)
    z = np.exp(logits - logits.max())
    p = z / z.sum()
    k = int(np.argmax(p))
    label = LABELS[k]
    probs = {lab: float(x) for lab, x in zip(LABELS, p)}
    score = probs["positive"] - probs["negative"]
    # A feature's (and a word's) weight: how much it raised the chosen label's log-odds against the mean of the others.
    others = [j for j in range(n) if j != k]
    toward = (contrib[:, k] - contrib[:, others].mean(axis=1)).tolist()
    names: dict[int, list[str]] = {}
    merged: dict[str, list] = {}  # a feature fired twice (e.g. by two words) is one row: values summed
    for (name, value, i, _), t in zip(feats, toward):
        if i >= 0:
            names.setdefault(i, []).append(name)
        row = merged.setdefault(name, [0.0, 0.0])
        row[0] += float(value)
        row[1] += t
    index = np.array([i for _, _, i, _ in feats], dtype=int)
    of_word = index >= 0
    word_ids, inverse = np.unique(index[of_word], return_inverse=True)
    per_word = np.zeros((len(word_ids), n))
    np.add.at(per_word, inverse, contrib[of_word])
    contributions = dict(zip(word_ids.tolist(), (per_word[:, k] - per_word[:, others].mean(axis=1)).tolist()))
    # a word's category agrees with its weight: the chosen label when it supports it, otherwise the other
    # label it raises most
    toward_word = per_word[:, k] - per_word[:, others].mean(axis=1)
    alternative = [others[j] for j in np.argmax(per_word[:, others], axis=1).tolist()]
    leaning = {i: (LABELS[k] if t > 0 else LABELS[alt])
               for i, t, alt in zip(word_ids.tolist(), toward_word.tolist(), alternative)}
    table = sorted(((name, v, w) for name, (v, w) in merged.items()), key=lambda r: -abs(r[2]))
    return label, float(score), probs, contributions, names, leaning, tuple(table)


