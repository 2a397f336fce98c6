"""Function words per language: every language we read has them, Norwegian under either code."""

from __future__ import annotations

import pytest

from storyline.stopwords import stopwords


@pytest.mark.parametrize("language", ["en", "da", "de", "es", "fr", "it", "pt", "nl", "sv", "no", "nb", "ru", "ar"])
def test_every_language_we_read_has_function_words(language: str) -> None:
    assert len(stopwords(language)) > 100


def test_norwegian_is_bokmal_under_either_code_and_an_unknown_code_has_none() -> None:
    assert stopwords("no") == stopwords("nb") and "ikke" in stopwords("no")
    assert stopwords("xx") == frozenset() and stopwords(None) == frozenset()
