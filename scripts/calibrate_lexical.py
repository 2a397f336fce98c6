"""Set the word-overlap thresholds of timeline merging from the e5 ones, on a built collection.

    python scripts/calibrate_lexical.py /tmp/storyline-t17.db

Within one language, timeline merging compares sentences by stem TF-IDF
cosine instead of e5 (see storyline.timeline.merge). The e5 thresholds were
set on the seeds; this script carries them over without any gold timeline:
for each kind of date agreement it takes the same-language sentence pairs of
other articles with compatible dates that a collection built with e5 vectors
holds, and finds the TF-IDF cosine that lets through the same share of pairs
as the e5 threshold does (quantile matching). It prints the thresholds to put
in ``LEXICAL``.

Builds now store e5 vectors only for sentences that meet another language,
so the collection must have been built by a version that embedded
same-language candidates too (commit 07dc8fc; LEXICAL was set on its T17
build).
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict

import numpy as np

from storyline.lexical import lexical_vectors
from storyline.model import Article
from storyline.store import open_store
from storyline.timeline import Candidate, select_candidates
from storyline.timeline.merge import SEMANTIC

#: Candidates and pairs looked at per story, so that the largest stories do not take all the weight.
CANDIDATES_PER_STORY = 300
PAIRS_PER_STORY = 2000


def _kind(first: Candidate, second: Candidate) -> str:
    if not first.recent and not second.recent:
        return "explicit"
    return "recent_same_date" if first.date == second.date else "recent_contained_date"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    args = parser.parse_args()
    store = open_store(args.db)
    members: dict[str, list[Article]] = defaultdict(list)
    for article in store.articles():
        if article.story_id:
            members[article.story_id].append(article)
    pairs: dict[str, list[tuple[float, float]]] = defaultdict(list)
    sample = random.Random(0)
    for articles in members.values():
        candidates = [c for a in articles for c in select_candidates(a)]
        vectors = store.sentence_vectors(c.key for c in candidates)
        # Weighted over all the story's candidates, as merging weighs them.
        lexical = lexical_vectors([c.text for c in candidates], [c.language for c in candidates])
        with_vector = [i for i, c in enumerate(candidates) if c.key in vectors]
        picked = sorted(sample.sample(with_vector, min(len(with_vector), CANDIDATES_PER_STORY)))
        same_language = [
            (i, j)
            for n, i in enumerate(picked)
            for j in picked[n + 1 :]
            if candidates[i].article_id != candidates[j].article_id
            and candidates[i].language == candidates[j].language
            and candidates[i].date.compatible(candidates[j].date)
        ]
        for i, j in sample.sample(same_language, min(len(same_language), PAIRS_PER_STORY)):
            semantic = float(vectors[candidates[i].key] @ vectors[candidates[j].key])
            words = float((lexical[i] @ lexical[j].T).toarray()[0, 0])
            pairs[_kind(candidates[i], candidates[j])].append((semantic, words))
    chosen = []
    for kind in SEMANTIC._fields:
        scored = np.array(pairs[kind])
        threshold = getattr(SEMANTIC, kind)
        share = float((scored[:, 0] >= threshold).mean())
        lexical_threshold = float(np.quantile(scored[:, 1], 1 - share))
        chosen.append(round(lexical_threshold, 2))
        print(f"{kind}: {len(scored)} pairs, e5 >= {threshold} passes {share:.3%}, words >= {lexical_threshold:.3f}")
    print(f"LEXICAL = Thresholds{tuple(chosen)}")


if __name__ == "__main__":
    main()
