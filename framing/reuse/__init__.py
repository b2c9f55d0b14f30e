"""Text reuse and provenance: what one article shares with other coverage, and which outlets copy which.

* :func:`reuse`: one article against a corpus, sentence by sentence and quote by
  quote (word shingles, containment, an inverted index: :class:`ReuseIndex`).
* :func:`reuse_clusters`, :func:`reuse_pairs`: near-duplicate groups across a
  whole corpus (MinHash LSH, datasketch).
"""

from framing.reuse.clusters import reuse_clusters, reuse_pairs
from framing.reuse.index import ReuseIndex
from framing.reuse.match import Reuse, reuse
from framing.reuse.parts import profile_parts

__all__ = ["Reuse", "ReuseIndex", "profile_parts", "reuse", "reuse_clusters", "reuse_pairs"]
