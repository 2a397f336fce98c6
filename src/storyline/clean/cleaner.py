"""Page clutter out of plain text, line by line, with batch and position signals.

A line is clutter when it is furniture by itself (form words, bylines,
bullets, credits, links), when it repeats across documents of the batch
(menus, footers), or when position says so: everything above the first
paragraph except the headline, readers' comments below the article, and
the tail once it turns into furniture.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from storyline.clean.captions import credited_duplicates, is_learned_credit
from storyline.clean.flat import unfold
from storyline.clean.language import guess_stoplist
from storyline.clean.lines import Line, analyse
from storyline.clean.repeats import repeat_counts
from storyline.clean.title import pick_title
from storyline.clean.vocab import address_pattern
from storyline.model import Document

# How many unrelated documents must share a line before it counts as furniture.
# Menus and labels are furniture after two; a sentence about the page ("This
# discussion is now closed.") after three; any other sentence may be a news
# agency's copy run by several outlets, so only a line in many documents is
# taken for a site's boilerplate.
_LABEL_REPEATS = 2
_SITE_SENTENCE_REPEATS = 3
_SENTENCE_REPEATS = 20
# A sentence shared by this many documents but too few to be called furniture
# is kept where it sits among the article's lines, but does not mark where
# the article starts or ends: sidebars of teasers are shared sentences too.
_SHARED_REPEATS = 3
# Longest opening or closing paragraph about the post itself that is taken for the outlet's note.
_POST_NOTE_WORDS = 30
# Per-comment marks (stamps, readers speaking of their own comment) that make a
# comment thread without a heading; one alone may be a quotation or a byline.
_THREAD_MARKS = 3


@dataclass
class Cleaned:
    """A document's article text with page clutter removed, and what was removed."""

    title: str | None
    text: str  # kept lines, one paragraph each, separated by blank lines
    clutter: list[str] = field(default_factory=list)  # removed lines, in order


def clean_documents(docs: list[Document], known_counts: Mapping[str, int] | None = None) -> list[Cleaned]:
    """Clean each document, using lines repeated across the batch as a clutter signal.

    ``known_counts`` gives, for :func:`~storyline.clean.keys.line_key` keys,
    how many stored documents hold the line; they add to the batch's own
    counts, so a small incremental batch still recognises a site's menus,
    and a build resumed after a kill judges its lines as the whole build
    would have.
    """
    analysed = [None if doc.clean_text else _analyse(doc) for doc in docs]
    counts = repeat_counts([lines for lines, _ in filter(None, analysed)])
    counts.update(known_counts or {})
    return [
        Cleaned(title=doc.title, text=doc.text) if found is None else _clean(doc, *found, counts)
        for doc, found in zip(docs, analysed)
    ]


def _analyse(doc: Document) -> tuple[list[Line], list[int]]:
    """The document's non-blank lines with their signals, in its guessed language, and each one's paragraph.

    A page written on one line is judged sentence by sentence (see :mod:`storyline.clean.flat`).
    """
    language, stoplist = guess_stoplist(doc.text)
    address = address_pattern(language)
    texts, paragraphs = unfold([text.strip() for text in doc.text.split("\n") if text.strip()])
    return [analyse(text, stoplist, address) for text in texts], paragraphs


def _paragraphs(lines: list[Line], paragraphs: list[int], kept: list[int]) -> str:
    """The kept lines as text: lines of one paragraph joined by a space, paragraphs by a blank line."""
    joined: list[list[str]] = []
    for position, index in enumerate(kept):
        if position and paragraphs[kept[position - 1]] == paragraphs[index]:
            joined[-1].append(lines[index].text)
        else:
            joined.append([lines[index].text])
    return "\n\n".join(" ".join(parts) for parts in joined)


def _clean(doc: Document, lines: list[Line], paragraphs: list[int], counts: Counter[str]) -> Cleaned:
    clutter, repeated = _clutter_by_line(lines, counts)
    shared = {index for index, line in enumerate(lines) if counts[line.key] >= _SHARED_REPEATS}
    real = [
        index
        for index, line in enumerate(lines)
        if index not in clutter and index not in shared and _is_real_paragraph(line)
    ]
    if real:
        thread = _comment_thread(lines, real[0])
        clutter |= thread
        real = [index for index in real if index not in thread]
    title_index = None
    if real:
        clutter -= {i for i in repeated if real[0] < i < real[-1] and lines[i].ends_sentence}
        title_index = pick_title(lines, [i for i in range(real[0]) if i not in clutter])
        clutter.update(_head_clutter(lines, clutter, real[0], title_index))
        clutter.update(_tail_clutter(lines, clutter, real[-1]))
        clutter.update(_post_notes(lines, real))
    kept = [index for index in range(len(lines)) if index not in clutter and index != title_index]
    return Cleaned(
        title=lines[title_index].text if title_index is not None else doc.title,
        text=_paragraphs(lines, paragraphs, kept),
        clutter=[line.text for index, line in enumerate(lines) if index in clutter],
    )


def _clutter_by_line(lines: list[Line], counts: Counter[str]) -> tuple[set[int], set[int]]:
    """Lines that are clutter whatever their position, and those among them that are only repeated.

    A line whose only fault is repeating across the batch may be a stock
    phrase of one outlet's articles ("Elle ajoute :"); the caller keeps it
    when it sits between paragraphs and reads as a sentence. Within the
    document, a label printed twice is furniture, but a sentence printed
    twice is an article pasted twice, whose first copy is kept.
    """
    duplicates, credits = credited_duplicates(lines)
    keys = [line.key for line in lines]
    in_document = Counter(keys)
    seen: set[str] = set()
    clutter = set(duplicates)
    repeated: set[int] = set()
    for index, line in enumerate(lines):
        if counts[keys[index]] >= _repeats_needed(line):
            repeated.add(index)
        if (
            line.is_furniture
            or line.is_bullet_menu
            or line.is_byline
            or line.is_comment
            or line.is_link_only
            or line.is_credit_only
            or is_learned_credit(line, credits)
            or (in_document[keys[index]] > 1 and (not line.is_sentence or keys[index] in seen))
        ):
            clutter.add(index)
        seen.add(keys[index])
    return clutter | repeated, repeated - clutter


def _comment_thread(lines: list[Line], first_real: int) -> set[int]:
    """Readers' comments below the article: from where the thread starts to the end of the page.

    Comments are prose, so line tests keep them and the tail rule stops
    only after the last one; readers drift off topic and date their
    memories ("en 1962..."), which then read as news. A thread starts at a
    comment-section heading, or, where the page lost its headings, at the
    first of several per-comment marks. Only lines after the first real
    paragraph count: a count of comments under the headline ("93
    réactions") opens the article, not the thread.
    """
    after = range(first_real + 1, len(lines))
    heading = next((index for index in after if lines[index].opens_comments), len(lines))
    marks = [index for index in after if lines[index].marks_comment]
    start = min(heading, marks[0]) if len(marks) >= _THREAD_MARKS else heading
    return set(range(start, len(lines)))


def _repeats_needed(line: Line) -> int:
    """In how many unrelated documents this line must occur to be called furniture."""
    if not line.is_sentence:
        return _LABEL_REPEATS
    return _SITE_SENTENCE_REPEATS if line.is_about_site else _SENTENCE_REPEATS


def _is_real_paragraph(line: Line) -> bool:
    """Prose that is not a prompt to the reader."""
    return line.is_prose and not line.is_prompt


def _head_clutter(lines: list[Line], clutter: set[int], first_real: int, title_index: int | None) -> set[int]:
    """Before the first real paragraph: all but the headline and the sentences just above the paragraph.

    Menus, teasers and labels sit above an article; plain sentences that
    lead straight into it ("Look to the clouds.") are its first lines.
    """
    start = first_real
    while start > 0 and start - 1 not in clutter and start - 1 != title_index and lines[start - 1].is_plain_sentence:
        start -= 1
    return {index for index in range(start) if index != title_index}


def _post_notes(lines: list[Line], real: list[int]) -> set[int]:
    """The first and last paragraphs when they speak of the post, not the news ("Ce billet fait partie du dossier...").

    Outlets open or close their posts with the series they belong to, in a
    frame whose tail (the series' name, its year) varies from post to post, so
    repeat counts miss it. At least one paragraph stays, and the lines around
    them are judged as before: a note does not start the head's or the tail's clutter.
    """
    def is_note(index: int) -> bool:
        return lines[index].names_post and lines[index].word_count <= _POST_NOTE_WORDS

    first, last = 0, len(real)
    while last - first > 1 and is_note(real[last - 1]):
        last -= 1
    while last - first > 1 and is_note(real[first]):
        first += 1
    return set(real[:first]) | set(real[last:])


def _tail_clutter(lines: list[Line], clutter: set[int], last_real: int) -> set[int]:
    """After the last real paragraph: once clutter starts, all of the rest is clutter.

    Lines between the last paragraph and the first clutter line are kept
    only when they are plain sentences, so a "WHERE TO NOW?" label or a
    "One account." slogan that opens a furniture block goes with it.
    """
    tail = range(last_real + 1, len(lines))
    first = next((index for index in tail if index in clutter), None)
    if first is None:
        return set()
    return {index for index in tail if index >= first or not lines[index].is_plain_sentence}
