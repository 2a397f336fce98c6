"""A document as a client posts it: every field checked before anything is stored."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field
from pydantic.fields import FieldInfo

from storyline.dates import PartialDate
from storyline.model import DateSource, Document
from storyline.web.limits import (
    LANGUAGE_CODE,
    MAX_DATE_CHARS,
    MAX_LANGUAGE_CHARS,
    MAX_OUTLET_CHARS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
)


def _calendar_date(value: str | None) -> str | None:
    """Refuse a date that is not a calendar date at some precision, before the batch is analysed."""
    if value is not None:
        PartialDate.parse(value)  # its ValueError says what is wrong; pydantic names the field
    return value


def _text(max_chars: int) -> FieldInfo:
    """A string field of at most ``max_chars`` characters.

    Any constraint makes pydantic check that the string is Unicode it can
    encode, so text holding a lone surrogate (JSON ``"\\ud800"``) is refused
    here, naming its field, instead of failing when it is stored.
    """
    return Field(max_length=max_chars)


class NewDocument(BaseModel):
    """A document posted to the collection: its text and what its source said about it."""

    text: Annotated[str, _text(MAX_TEXT_CHARS)]
    title: Annotated[str | None, _text(MAX_TITLE_CHARS)] = None
    url: Annotated[str | None, _text(MAX_URL_CHARS)] = None
    outlet: Annotated[str | None, _text(MAX_OUTLET_CHARS)] = None
    language: Annotated[str | None, Field(pattern=LANGUAGE_CODE, max_length=MAX_LANGUAGE_CHARS)] = None
    #: A TIMEX3-style date: 2017, 2017-06, 2017-W25, 2017-06-29.
    published: Annotated[str | None, _text(MAX_DATE_CHARS), AfterValidator(_calendar_date)] = None

    def document(self, position: int) -> Document:
        """The document to add; ``position`` in the batch names it when it has no URL."""
        published = PartialDate.parse(self.published) if self.published else None
        return Document(
            source_path=self.url or f"api:document-{position}",
            text=self.text,
            title=self.title,
            url=self.url,
            outlet=self.outlet,
            language=self.language,
            published=published,
            published_source=DateSource.METADATA if published else None,
        )
