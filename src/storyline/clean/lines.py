"""What one line looks like: prose, furniture, a bullet, a credit, a byline.

Each test here looks at one line and the document's stoplist only; the
cleaner combines them with what it knows about the batch and positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.clean import vocab
from storyline.clean.keys import line_key
from storyline.clean.language import stopword_density, words

_BULLET = re.compile(r"^\s*[•·▪►▶→»«■□◦‣⁃*–-]\s*")
# Closing quotes and brackets may follow the final stop, also as tokenised text
# writes them: "out here . ''" and "-RRB-".
_CLOSERS = r"(?:\s*(?:[\"'”’»)\]]|''|-RRB-|-RSB-))*"
_SENTENCE_END = re.compile(r"[.!?…:;]" + _CLOSERS + r"$")
_INNER_SENTENCE_END = re.compile(r"[.!?…]" + _CLOSERS + r"\s+(?:[\"'“‘«(]|``)?\s*[A-ZÀ-Ý]")
_QUOTE_MARK = re.compile(r"``|''|[“”«»„\"]")
_OPENING_QUOTES = frozenset({"``", "“", "«", "„"})
_URL_OR_MAIL = re.compile(r"^(?:\S+://\S+|www\.\S+|\S+@\S+\.\w+)$")
PROSE_MIN_WORDS = 8
PROSE_MIN_DENSITY = 0.15
# "Laisser un commentaire Annuler la réponse" is a form title; longer lines are prompts or prose.
_COMMENT_LABEL_MAX_WORDS = 6


@dataclass(frozen=True)
class Line:
    """One non-blank line and the signals the cleaner needs about it.

    Regex signals are computed once, in :func:`analyse`; the judgements
    built on them are cheap properties.
    """

    text: str
    key: str  # line_key(text): the same line in other documents has the same key
    tokens: list[str]
    density: float
    strong: int  # furniture phrases found
    weak: int  # furniture words that are also news words
    site: int  # phrases about the page or outlet itself
    own: int  # ... of them, those where the page names itself ("this post", "notre dossier")
    addresses: int  # web and Twitter addresses (vocab.SITE_ADDRESS): the site's, or someone quoted
    opens_with_prompt: bool  # starts with a verb that calls the reader to act
    addresses_reader: bool  # outside quotations: a quoted "you" is someone speaking, not the page
    bullet: bool
    ends_sentence: bool
    comment_section: str | None  # "count", "label" or "notice" of a comment section (vocab.COMMENT_SECTION)
    mentions_own_comment: bool  # outside quotes: "mon dernier commentaire" (vocab.COMMENT_REPLY)

    @property
    def word_count(self) -> int:
        return len(self.tokens)

    @property
    def is_sentence(self) -> bool:
        """A sentence of any length, as opposed to a label: "They just die." but not "WHERE TO NOW?"."""
        return (
            self.word_count >= 2
            and self.density >= PROSE_MIN_DENSITY
            and self.ends_sentence
            and not self.text.isupper()
        )

    @property
    def is_plain_sentence(self) -> bool:
        """A sentence without a word of forms or of the page: "They just die." but not "One account."."""
        return self.is_sentence and not self.weak and not self.is_about_site

    @property
    def is_prose(self) -> bool:
        """Running text: long enough, sentence punctuation, enough function words."""
        if self.word_count < PROSE_MIN_WORDS or self.density < PROSE_MIN_DENSITY:
            return False
        return self.ends_sentence or bool(_INNER_SENTENCE_END.search(self.text))

    @property
    def is_prompt(self) -> bool:
        """Speaks to the reader about the page: "So share your thoughts", "Get updates from our reporters".

        "You" alone is no sign: narrative and speech use it too ("you will
        not be forgotten"); it takes site, form or prompt words with it.
        """
        return self.addresses_reader and bool(self.strong or self.weak or self.site or self.addresses or self.opens_with_prompt)

    @property
    def is_about_site(self) -> bool:
        """Talks about the page, the outlet or the reader rather than the news."""
        return bool(self.strong or self.site or self.addresses or self.opens_with_prompt) or self.is_prompt

    @property
    def names_post(self) -> bool:
        """Names the page or post itself ("this post", "ce billet", "our coverage"), not a blog or a feed."""
        return self.own > 0

    @property
    def is_furniture(self) -> bool:
        """Words of forms, accounts, comments, notices or share buttons, judged by context.

        A furniture phrase in a long plain sentence may be news ("the
        comments of the minister"), so one phrase only counts on a short
        line, a line without sentence punctuation, or one that speaks to
        the reader.
        """
        if self.strong >= 2:
            return True
        if self.strong == 1:
            return self.word_count <= 6 or self.addresses_reader or not self.ends_sentence
        return self.is_prompt and self.word_count <= 40

    @property
    def is_bullet_menu(self) -> bool:
        """A bulleted entry of a few words without a sentence: a menu item."""
        return self.bullet and self.word_count <= 5 and not self.ends_sentence

    @property
    def is_byline(self) -> bool:
        """An author line, update stamp or reading time."""
        return not self.is_prose and bool(vocab.BYLINE.search(self.text))

    @property
    def is_comment(self) -> bool:
        """A reader's comment, known by its stamp (see :data:`vocab.COMMENT_STAMP`)."""
        return bool(vocab.COMMENT_STAMP.search(self.text))

    @property
    def opens_comments(self) -> bool:
        """Heads a comment section: a count, a short label or form title, or a notice in the page's voice.

        Labels are checked for length because the same words open longer
        invitations inside articles ("Post a comment below or sound off on
        video"), and notices for the page's voice because an article may
        report that "comments are moderated" elsewhere.
        """
        if self.comment_section == "label":
            return self.word_count <= _COMMENT_LABEL_MAX_WORDS and not self.is_sentence
        if self.comment_section == "notice":
            return self.is_about_site or self.addresses_reader
        return self.comment_section == "count"

    @property
    def marks_comment(self) -> bool:
        """A mark of one reader's comment: its stamp, or the reader speaking of their own comment."""
        return self.is_comment or self.mentions_own_comment

    @property
    def is_link_only(self) -> bool:
        return bool(_URL_OR_MAIL.match(self.text))

    @property
    def is_credit_only(self) -> bool:
        """A picture or wire credit on its own line ("ITV News", "/ritzau/Reuters")."""
        if self.word_count == 0 or self.word_count > 4 or self.ends_sentence:
            return False
        remainder = vocab.CREDIT_WORDS.sub(" ", self.text.casefold())
        return not words(remainder) and not re.search(r"\d", remainder)


def analyse(text: str, stoplist: frozenset[str], address: re.Pattern[str]) -> Line:
    """The signals of one stripped, non-blank line; ``address`` matches the language's reader-address words."""
    lowered = text.casefold()
    tokens = words(lowered)
    found = vocab.furniture_words(lowered)
    section = vocab.COMMENT_SECTION.search(lowered)
    own_voice = outside_quotes(lowered)
    return Line(
        text=text,
        key=line_key(text),
        tokens=tokens,
        density=stopword_density(tokens, stoplist),
        strong=found["strong"],
        weak=found["weak"],
        site=found["site"] + found["own"],
        own=found["own"],
        addresses=len(vocab.SITE_ADDRESS.findall(lowered)),
        opens_with_prompt=bool(vocab.PROMPT.match(strip_bullet(lowered))),
        addresses_reader=bool(address.search(own_voice)),
        bullet=bool(_BULLET.match(text)),
        ends_sentence=bool(_SENTENCE_END.search(text)),
        comment_section=section.lastgroup if section else None,
        mentions_own_comment=bool(vocab.COMMENT_REPLY.search(own_voice)),
    )


def outside_quotes(text: str) -> str:
    """The text with quotations cut out, so that only the page's own voice is left.

    A line may open or close a quotation that spans lines ("`` I could n't
    buy my shrimp ." / "... take my boat out . ''"): an unclosed opening
    quote runs to the end, and a closing quote with no opening one ends a
    quotation that started before the line.
    """
    kept: list[str] = []
    inside, start, first = False, 0, True
    for match in _QUOTE_MARK.finditer(text):
        mark = match.group()
        if mark == '"':
            opens = not inside
        else:
            opens = mark in _OPENING_QUOTES and not (mark == "“" and inside)
        if not inside and (opens or not first):
            kept.append(text[start : match.start()])
        inside, start, first = opens, match.end(), False
    if not inside:
        kept.append(text[start:])
    return " ".join(kept)


def strip_bullet(text: str) -> str:
    """The line without a leading bullet mark."""
    return _BULLET.sub("", text, count=1)
