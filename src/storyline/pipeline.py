"""The build, stage by stage: the one place to read how a run flows.

    read     files -> Documents                   (storyline.read)
    clean    page clutter out, title found         (storyline.clean)
    analyse  language, sentences, time, names      (storyline.analyse: recognised entities, figures, quotes,
                                                   outlet too)
    embed    lead vectors                          (storyline.embed)
    store    one transaction per batch             (storyline.store)
    stories  new articles join or found stories    (storyline.stories)
    dating   undated articles dated from their story (storyline.dating)
    entities a story's people, organisations, places (storyline.entities, storyline.geo)
    timeline dated entries citing their sources    (storyline.timeline), when a story is read
    reported figures, quotes and disagreements     (storyline.reported), when a story is read

Batches are committed as they are done, so a build killed halfway keeps what
it finished and the next build adds only what is missing.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storyline.analyse import find_reports
from storyline.clean import Cleaned, clean_documents, line_key
from storyline.dating import infer_date
from storyline.embed import embed
from storyline.entities import link_entities
from storyline.geo import prepare as prepare_places
from storyline.geo import resolve_places
from storyline.model import Article, Document, ReadProblem, TimelineEntry
from storyline.read import read_paths
from storyline.reported import Reported, story_reported
from storyline.store import Store
from storyline.stories import MemberIndex, StoryFeatures, assign_stories, describe_story
from storyline.stories.features import article_names, lead_text
from storyline.stories.stored import StoredStories
from storyline.timeline import (
    RankedTimeline,
    cite_quoted,
    main_line,
    merge_candidates,
    needs_vector,
    select_candidates,
)
from storyline.workers import Engine, analysed

#: Articles analysed, embedded and committed together.
BATCH_SIZE = 64
#: A sentence found in this many documents is not part of any one article's lead:
#: higher than the cleaner's bar, so a wire story reprinted by a few outlets keeps its lead.
LEAD_FURNITURE_DOCUMENTS = 5

Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) while a build runs."""


@dataclass(frozen=True)
class Wait:
    """How a build waits for another writer of the same collection to finish.

    ``on_wait`` is called once when the collection is busy (the CLI says so);
    after ``timeout`` seconds (None: no limit) the build gives up with
    :class:`~storyline.store.StoreBusy` before reading anything.
    """

    timeout: float | None = None
    on_wait: Callable[[], None] | None = None


@dataclass
class BuildReport:
    """What a build did, for the summary a user sees at the end."""

    added: int = 0
    duplicates: int = 0
    problems: list[ReadProblem] = field(default_factory=list)
    #: Things noticed and worked around in documents that were ingested (an impossible header date ignored).
    notes: list[ReadProblem] = field(default_factory=list)
    stories_updated: int = 0
    timelines_merged: int = 0
    stories_total: int = 0
    seconds: float = 0.0
    #: Wall seconds per stage: read, clean, analyse (with other processes analysing: the time spent waiting
    #: for them), embed, store, stories, timelines.
    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timing(self, stage: str) -> Iterator[None]:
        """Add the wall time of the block to ``stage``."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stages[stage] = self.stages.get(stage, 0.0) + time.perf_counter() - started

    @property
    def partial(self) -> bool:
        """True when some input could not be ingested."""
        return bool(self.problems)


def content_hash(document: Document) -> str:
    """Same text, same hash: ingesting a file twice adds nothing."""
    normalised = " ".join(document.text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def _where(document: Document) -> str:
    """The file, and the record inside it when the file holds many."""
    if document.record_id:
        return f"{document.source_path} (record {document.record_id})"
    return document.source_path


def _new_documents(
    items: Iterable[Document | ReadProblem], store: Store, report: BuildReport
) -> list[tuple[Document, str]]:
    """Readable documents not stored yet, each with its content hash."""
    documents: list[tuple[Document, str]] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, ReadProblem):
            report.problems.append(item)
            continue
        digest = content_hash(item)
        if digest in seen:
            report.duplicates += 1
            continue
        seen.add(digest)
        documents.append((item, digest))
    stored = store.known_hashes(seen)
    report.duplicates += len(stored)
    return [(doc, digest) for doc, digest in documents if digest not in stored]


def _line_keys(document: Document) -> set[str]:
    return {line_key(line) for line in document.text.splitlines() if line.strip()}


def _ingest(
    documents: list[tuple[Document, str]], store: Store, report: BuildReport, progress: Progress, jobs: int = 1,
    engine: Engine | None = None,
) -> list[str]:
    """Clean, analyse, embed and store documents batch by batch; ids of the articles added.

    With ``jobs`` above 1, other processes analyse the next batches while
    this one embeds and stores (:mod:`storyline.workers`); an ``engine``
    analyses them elsewhere instead. What is stored is the same.

    Lines are judged by how many documents hold them, the batch's and the
    stored ones together: a build resumed after a kill thus judges each line
    as an uncut build would have. Only stored articles count their lines,
    so a document rejected on every build is not counted again each time.
    """
    added: list[str] = []
    line_keys = [_line_keys(doc) for doc, _ in documents]
    batch_counts = Counter(key for keys in line_keys for key in keys)
    stored_counts = store.line_counts(batch_counts)
    with report.timing("clean"):
        cleaned_all = clean_documents([doc for doc, _ in documents], known_counts=stored_counts)
    furniture = {key for key, count in (batch_counts + Counter(stored_counts)).items()
                 if count >= LEAD_FURNITURE_DOCUMENTS}
    kept: list[tuple[Document, Cleaned, str, set[str]]] = []
    for (document, digest), cleaned, keys in zip(documents, cleaned_all, line_keys):
        report.notes += [ReadProblem(_where(document), note) for note in document.notes]
        if cleaned.text.strip():
            kept.append((document, cleaned, digest, keys))
        else:
            report.problems.append(ReadProblem(_where(document), "no article text left after removing page clutter"))
    batches = [kept[start : start + BATCH_SIZE] for start in range(0, len(kept), BATCH_SIZE)]
    work = jobs if len(batches) > 1 else 1  # one batch: no other process would have anything to do
    done = len(documents) - len(kept)
    items = ([(d, c, h) for d, c, h, _ in b] for b in batches)
    outcomes_of = engine.analysed(items) if engine else analysed(items, work)
    for batch in batches:
        with report.timing("analyse"):
            outcomes = next(outcomes_of)
        articles: list[tuple[Article, set[str]]] = []
        for (document, _, _, keys), outcome in zip(batch, outcomes):
            if isinstance(outcome, str):
                report.problems.append(ReadProblem(_where(document), f"could not be analysed ({outcome})"))
            else:
                articles.append((outcome, keys))
        with report.timing("embed"):
            lead_vectors = embed([lead_text(a, furniture) for a, _ in articles])
        with report.timing("store"), store.transaction():
            for (article, keys), vector in zip(articles, lead_vectors):
                store.add_article(article, vector)
                store.count_lines(keys)
        added += [a.id for a, _ in articles]
        done += len(batch)
        progress("analyse and embed", done, len(documents))
    return added


def _features(article: Article, vector: np.ndarray, furniture: set[str]) -> StoryFeatures:
    return StoryFeatures(
        article.id, vector, article.published, article_names(article, furniture), article.language
    )


def merged_timeline(articles: list[Article], store: Store) -> list[TimelineEntry]:
    """The articles' dated sentences merged into entries.

    Sentence vectors are embedded only for the candidates that meet another
    language (see :func:`~storyline.timeline.needs_vector`) and kept in the
    store, so no sentence is embedded twice (a read-only store keeps nothing).
    """
    candidates = [c for a in articles for c in select_candidates(a)]
    wanted = needs_vector(candidates)
    vectors = store.sentence_vectors(c.key for c in wanted)
    missing = [c for c in wanted if c.key not in vectors]
    if missing:
        fresh = dict(zip((c.key for c in missing), embed([c.text for c in missing])))
        if not store.read_only:
            with store.transaction():
                store.add_sentence_vectors(fresh)
        vectors.update(fresh)
    return merge_candidates(candidates, vectors)


def _restore_story_state(store: Store, furniture: set[str]) -> None:
    """Give a store built before story profiles were kept its profiles and name counts, once.

    This reads every placed article, which is what profiles exist to avoid, so
    it runs only when placed articles have no profiles.
    """
    if not store.placed_articles() or store.profiled_stories():
        return
    ids, vectors = store.article_vectors()
    row = {aid: i for i, aid in enumerate(ids)}
    placed = [(_features(a, vectors[row[a.id]], furniture), a.story_id) for a in store.articles() if a.story_id]
    rebuilt = MemberIndex(placed)  # type: ignore[arg-type]
    with store.transaction():
        store.save_story_profiles(rebuilt.stories)
        for features, _ in placed:
            store.count_names(features.names)


def place_articles(store: Store, furniture: set[str]) -> int:
    """Give every article without a story one, keeping profiles and name counts in step; how many were placed.

    Only the unplaced articles are read in full: placed ones are reached
    through the store's vector index and the story profiles, so the cost
    follows the number of new articles, not the size of the collection.
    """
    unplaced_ids = store.unplaced_articles()
    if not unplaced_ids:
        return 0
    _restore_story_state(store, furniture)
    ids, vectors = store.article_vectors(unplaced_ids)
    newcomers = {a.id: a for a in store.articles(ids)}
    features = [_features(newcomers[aid], vectors[i], furniture) for i, aid in enumerate(ids)]
    placement = assign_stories(features, StoredStories(store))
    with store.transaction():  # merges, assignments, profiles and counts stand or fall together
        store.merge_stories(placement.merged)
        store.place_articles(placement.assigned)
        store.save_story_profiles(placement.profiles)
        for item in features:
            store.count_names(item.names)
    return len(ids)


def _backfill_reports(store: Store, progress: Progress) -> None:
    """Give articles stored before figures and quotes were found their figures and quotes, once, batch by batch."""
    missing = store.articles_without_reports()
    for start in range(0, len(missing), BATCH_SIZE):
        with store.transaction():
            for article in store.articles(missing[start : start + BATCH_SIZE]):
                find_reports(article)
                store.save_reports(article)
        progress("figures and quotes of older articles", min(start + BATCH_SIZE, len(missing)), len(missing))


def update_stories(store: Store, progress: Progress, notes: list[ReadProblem] | None = None) -> int:
    """Place new articles, then describe, re-date and link the entities of the stories that changed.

    A story has changed when its stored description counts other members than
    it has (see :meth:`Store.stale_stories`), so a build killed between the
    two steps finishes the work on the next build. Their timelines are merged
    and their reports kept after this, by :func:`ready_stories`.
    """
    furniture = store.frequent_lines(LEAD_FURNITURE_DOCUMENTS)
    _backfill_reports(store, progress)
    place_articles(store, furniture)
    changed = store.stale_stories()
    for done, story_id in enumerate(changed, 1):
        member_ids, member_vectors = store.article_vectors(store.story_members(story_id))
        loaded = {a.id: a for a in store.articles(member_ids)}
        story_articles = [loaded[aid] for aid in member_ids]
        story = describe_story(story_id, story_articles, member_vectors, furniture)
        redated = [a for a in story_articles if a.published is None and infer_date(a, story_articles)]
        linked = link_entities(story_articles, resolve_places, _name_vectors(store))
        with store.transaction():
            for article in redated:
                store.update_dates(article)
            store.save_story(story)
            store.save_story_entities(story_id, linked.entities)
        if notes is not None:
            notes += [ReadProblem(f"story {story_id}", note) for note in linked.notes]
        progress("stories", done, len(changed))
    return len(changed)


def _name_vectors(store: Store) -> Callable[[list[str]], np.ndarray]:
    """Vectors of entity names, embedded once and kept in the store."""
    def vectors(names: list[str]) -> np.ndarray:
        known = store.name_vectors(names)
        missing = list(dict.fromkeys(name for name in names if name not in known))
        if missing:
            fresh = dict(zip(missing, embed(missing)))
            with store.transaction():
                store.add_name_vectors(fresh)
            known.update(fresh)
        return np.vstack([known[name] for name in names])

    return vectors


def _members(store: Store, story_id: str) -> list[Article]:
    return list(store.articles(store.story_members(story_id)))


def story_timeline(store: Store, story_id: str, articles: list[Article] | None = None) -> list[TimelineEntry]:
    """A story's timeline, merged again first if articles joined the story since it was stored.

    Which entries are on the story's main line, and how its dates rank for
    a reader who asks for the few that mattered, are worked out at the same
    time and kept, so a budgeted read neither loads the articles nor ranks.
    ``articles`` are the story's members when the caller has them already.
    """
    if store.timeline_is_current(story_id):
        return store.timeline(story_id)
    articles = articles if articles is not None else _members(store, story_id)
    entries = cite_quoted(merged_timeline(articles, store), articles)
    on_line = {id(entry) for entry in main_line(entries, articles)}
    for entry in entries:
        entry.on_main_line = id(entry) in on_line
    if not store.read_only:  # a read-only reader merges for itself and keeps nothing
        with store.transaction():
            store.save_timeline(story_id, entries, RankedTimeline(entries).picks_ranking())
    return entries


def story_reports(store: Store, story_id: str, articles: list[Article] | None = None,
                  quotes: int | None = None) -> Reported:
    """What a story's sources report, worked out again first if articles joined the story since it was kept;
    with at most ``quotes`` quotes, the most cited (all when None)."""
    kept = store.story_reports(story_id, quotes)
    if kept is not None:
        return Reported(*kept)
    articles = articles if articles is not None else _members(store, story_id)
    reported = story_reported(articles, store.story_entities(story_id), embed)
    if not store.read_only:
        with store.transaction():
            store.save_story_reports(story_id, (reported.figures, reported.quotes, reported.disagreements))
    return reported.cut(quotes)


def ready_stories(store: Store, progress: Progress) -> int:
    """Merge and keep the timeline, and work out and keep the reports, of every story that changed since.

    A build ends with this, so that no reader waits: the first read of any
    story page is a stored read. A build killed before the end leaves some
    stale; the next build (or the first read) does them.
    """
    stale, unreported = set(store.stale_timelines()), set(store.stale_reports())
    changed = sorted(stale | unreported)
    for done, story_id in enumerate(changed, 1):
        articles = _members(store, story_id)  # read once for both
        if story_id in stale:
            story_timeline(store, story_id, articles)
        if story_id in unreported:
            story_reports(store, story_id, articles)
        progress("timelines, figures and quotes", done, len(changed))
    return len(stale)


def build(
    paths: Iterable[str | Path], store: Store, progress: Progress | None = None, wait: Wait | None = None,
    jobs: int = 1, engine: Engine | None = None,
) -> BuildReport:
    """Ingest files and folders into ``store``, update its stories and merge their timelines.

    ``jobs`` processes share the per-document work (see :func:`_ingest`), unless an ``engine`` (a Spark
    cluster) runs it.
    """
    return build_documents(read_paths(paths), store, progress, wait, jobs, engine=engine)


def build_documents(
    items: Iterable[Document | ReadProblem],
    store: Store,
    progress: Progress | None = None,
    wait: Wait | None = None,
    jobs: int = 1,
    ready: bool = True,
    engine: Engine | None = None,
) -> BuildReport:
    """Ingest documents already read (a feed, a scraper's batch) and update stories.

    With ``ready``, the timelines and reports of the stories that changed are
    made and kept before it returns (:func:`ready_stories`); a feed adding a
    few articles at a time to large stories passes False and leaves them to
    the first read, which would otherwise pay a large story's merge on every batch.

    ReadProblems among ``items`` are reported, not fatal, as in :func:`build`.
    The build holds the store's writer lock throughout, so a second build
    of the same collection waits for this one (see :class:`Wait`).
    """
    wait = wait or Wait()
    with store.writer(wait.timeout, wait.on_wait):
        started = time.perf_counter()
        report = BuildReport()
        notify = progress or (lambda stage, done, total: None)
        with report.timing("read"):
            documents = _new_documents(items, store, report)
        if documents and (jobs > 1 or engine):
            prepare_places()  # built in the background while other processes analyse and this one embeds
        added = _ingest(documents, store, report, notify, jobs, engine)
        report.added = len(added)
        with report.timing("stories"):
            report.stories_updated = update_stories(store, notify, report.notes)
        if ready:
            with report.timing("timelines"):
                report.timelines_merged = ready_stories(store, notify)
        report.stories_total = len(store.stories())
        report.seconds = time.perf_counter() - started
    return report
