"""In how many unrelated documents of a batch each line occurs.

A line that many documents share is a site's furniture; but a batch also
holds near-copies of one article (a wire story updated through the day, the
same report in two feeds), and their shared sentences are article text. So
documents whose prose lines are mostly the same are grouped first, and a
line counts once per group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from storyline.clean.lines import Line

# Two documents are near-copies when more than this share of the prose lines
# of each of them also occurs in the other (of the longer one, so that pages
# that merely share a sidebar of teasers are not taken for copies).
_NEAR_COPY_SHARE = 0.5
# A prose line in more documents than this is furniture, not a sign that two
# documents are copies; skipping it also keeps pairing cheap.
_MAX_PAIRING_DOCS = 50


def repeat_counts(documents: list[list[Line]]) -> Counter[str]:
    """For each line key, the number of groups of near-copy documents it occurs in."""
    keys = [{line.key for line in lines} for lines in documents]
    prose = [{line.key for line in lines if line.is_prose} for lines in documents]
    groups: dict[int, set[str]] = defaultdict(set)
    for index, group in enumerate(_near_copy_groups(prose)):
        groups[group] |= keys[index]
    counts: Counter[str] = Counter()
    for group_keys in groups.values():
        counts.update(group_keys)
    return counts


def _near_copy_groups(prose: list[set[str]]) -> list[int]:
    """A group number for each document; near-copies, directly or through others, share one."""
    holders: dict[str, list[int]] = defaultdict(list)
    for index, document_keys in enumerate(prose):
        for key in document_keys:
            holders[key].append(index)
    shared: Counter[tuple[int, int]] = Counter()
    for indexes in holders.values():
        if 2 <= len(indexes) <= _MAX_PAIRING_DOCS:
            shared.update(combinations(indexes, 2))
    parent = list(range(len(prose)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for (first, second), count in shared.items():
        if count > _NEAR_COPY_SHARE * max(len(prose[first]), len(prose[second])):
            parent[root(first)] = root(second)
    return [root(index) for index in range(len(prose))]
