"""Every bound the server sets on what one request may ask of it, and on what it keeps in memory.

A server answers readers it does not know, so nothing a request says may
make it slow, large or broken: each query parameter has a maximum (given in
the OpenAPI schema at ``/openapi.json``, and asking beyond it is a 422
naming the parameter), a request body has a size limit (413 beyond it), a
write waits only so long for another build (503 with ``Retry-After``), and
the kept timelines and rendered responses have a bound in entries and in
bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Most reported dates one timeline request may ask for (``dates``): a story's dates are ranked
#: once, so this bounds the response, not the ranking. The story page shows 40; the benchmarks ask 20.
MAX_DATES = 100
#: Sentences per date (``per_date``).
MAX_PER_DATE = 10
#: Stories one ``/api/stories`` request returns (``limit``), and the largest ``offset``.
MAX_STORIES = 1_000
MAX_OFFSET = 1_000_000
#: Sentences one ``/api/sentences`` request returns (``limit``).
MAX_SENTENCES = 500
#: Characters of a search (``q``): every word is matched against every article.
MAX_QUERY_CHARS = 200
#: Characters of a language, outlet or date filter.
MAX_FILTER_CHARS = 100
#: Characters of a story or article id in a path (ids are 12 to 13 characters; a prefix is shorter).
MAX_ID_CHARS = 64

#: Most documents one POST /api/documents may hold: they are analysed before it answers.
MAX_DOCUMENTS = 100
#: Characters of each field of a posted document (the longest long reads run to some 50,000).
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 1_000
MAX_OUTLET_CHARS = 200
MAX_URL_CHARS = 2_048
#: A posted language is a language code: ``en``, ``da``, ``pt-BR``, ``zh-Hant`` (BCP 47 tags
#: need at most 35 characters, RFC 5646 section 4.4.1).
LANGUAGE_CODE = r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
MAX_LANGUAGE_CHARS = 35
#: A posted publication date, TIMEX3-style: 2017-06-29, 2017-W25, 2017-06-WXX-3.
MAX_DATE_CHARS = 20


@dataclass(frozen=True)
class Limits:
    """What a server spends on requests; ``create_app`` takes one (tests pass small ones)."""

    #: Rendered responses kept in memory, and apart the timelines and reports they are made from:
    #: each in number ...
    cache_entries: int = 512
    #: ... and in bytes (estimated; see storyline.web.memo). Whichever is reached first evicts.
    cache_bytes: int = 64 * 1024 * 1024
    #: Largest request body, checked from Content-Length and while a chunked body streams in. A write
    #: is analysed before it is answered, at some 70,000 characters a second here: a full body takes ~15 s.
    body_bytes: int = 1_000_000
    #: Seconds a write waits for another build of the collection before answering 503.
    write_wait_seconds: float = 10.0
