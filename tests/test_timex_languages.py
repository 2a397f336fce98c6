"""How each language says time: the tagger on news sentences in the languages it claims.

Each case is a construction of the language (a modifier written before a day,
a weekday and its part written as one word, a declined month), not a sentence
of the gold sets, which are only scored (benchmarks/timex.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from storyline.analyse.timex import tag, tag_sentences
from storyline.dates import PartialDate
from storyline.model import TimexType

TUESDAY = PartialDate.day(2012, 11, 20)
GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "gold" / "timex"
#: Every language the tagger claims has a news gold of its own (GUIDELINES.md there).
CLAIMED = ("en", "da", "de", "es", "fr", "it", "pt", "nl", "ar", "ru", "sv", "no")


def values(text: str, language: str, anchor: PartialDate = TUESDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, language, anchor)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a modifier written before a day of a month looks back or ahead ("el pasado 11 de febrero")
    ("es", "El acuerdo se firmó el pasado 11 de febrero en Madrid.", [("pasado 11 de febrero", "2012-02-11")]),
    ("it", "L'accordo è stato firmato lo scorso 11 febbraio a Roma.", [("scorso 11 febbraio", "2012-02-11")]),
    ("de", "Der Vertrag wurde am vergangenen 11. Februar unterzeichnet.", [("vergangenen 11. Februar", "2012-02-11")]),
    ("pt", "O acordo foi assinado no passado dia 11 de fevereiro.", [("passado dia 11 de fevereiro", "2012-02-11")]),
    ("es", "La cumbre se celebrará el próximo 5 de marzo.", [("próximo 5 de marzo", "2013-03-05")]),
    # a day written as a word
    ("es", "La ley entra en vigor el primero de diciembre.", [("primero de diciembre", "2012-12-01")]),
    # words before a weekday that look ahead, and future tenses
    ("da", "Ministrene mødes på lørdag i Bruxelles.", [("lørdag", "2012-11-24")]),
    ("fr", "Les ministres se réuniront samedi à Bruxelles.", [("samedi", "2012-11-24")]),
    ("it", "La decisione è attesa per sabato.", [("sabato", "2012-11-24")]),
    # a date something is put off to lies ahead; "the month of" does not hide the "para" before it
    ("en", "The vote was postponed until Saturday.", [("Saturday", "2012-11-24")]),
    ("fr", "Le procès a été reporté à samedi.", [("samedi", "2012-11-24")]),
    ("es", "Las elecciones se anuncian para el mes de octubre.", [("octubre", "2013-10")]),
    # "i mandags" is the last Monday
    ("da", "Politiet anholdt i mandags en 34-årig mand.", [("i mandags", "2012-11-19")]),
    ("sv", "Polisen grep i måndags en 34-årig man.", [("i måndags", "2012-11-19")]),
    # a weekday and its part in one word; clock times with their own words
    ("de", "Schwere Unwetter trafen am Dienstagabend weite Teile Bayerns.", [("Dienstagabend", "2012-11-20TEV")]),
    ("nl", "Zo'n tachtig bewoners konden zaterdagmiddag terug naar huis.", [("zaterdagmiddag", "2012-11-17TAF")]),
    ("nl", "De herdenking begint om 20.00 uur op de Dam.", [("20.00 uur", "2012-11-20T20:00")]),
    ("fr", "L'audience a repris à 14h30 au palais de justice.", [("14h30", "2012-11-20T14:30")]),
    ("sv", "Regeringen höll presskonferens klockan 14 på torsdagen.",
     [("klockan 14", "2012-11-15T14:00"), ("torsdagen", "2012-11-15")]),
    # a year named with the word "year", declined months, a month with its second name, numeric dates
    ("ru", "Закон был принят в сентябре 2006 года.", [("сентябре 2006", "2006-09")]),
    ("ru", "Выборы прошли в 2010 году.", [("2010", "2010")]),
    ("ar", "كلف الرئيس الحريري تشكيل الحكومة في 27 حزيران/يونيو 2009 .", [("27 حزيران/يونيو 2009", "2009-06-27")]),
    ("ru", "Постановление от 05.06.2009 ограничило движение.", [("05.06.2009", "2009-06-05")]),
    # seasons with a year or a modifier, without the preposition that governs them, and no-time words
    ("fr", "Les écoles, fermées au printemps dernier, resteront ouvertes.", [("printemps dernier", "2012-SP")]),
    ("da", "Festivalen flyttes til sommeren 2015.", [("sommeren 2015", "2015-SU")]),
    ("es", "No espera que el paro se frene antes del verano.", [("verano", "2012-SU")]),
    ("fr", "Le chantier a repris avant l'été.", [("été", "2012-SU")]),
    ("es", "Pensando en el futuro del país, votó a favor.", []),
    ("fr", "Jean Dupont, 61 ans, a été interpellé.", []),
    ("fr", "Un homme âgé de 45 ans a été blessé.", []),
    # where months are common nouns, a month is one with no cue before it; where they are names, not
    ("es", "Diciembre fue el mes con menos víctimas, y agosto el más trágico.",
     [("Diciembre", "2012-12"), ("agosto", "2012-08")]),
    ("it", "Ottobre è stato il mese più piovoso.", [("Ottobre", "2012-10")]),
    ("da", "Dødstallet steg igen i takt med at maj nærmede sig.", [("maj", "2012-05")]),
    ("en", "March was the wettest month, and May the driest.", []),
    # spans of years and vague lengths
    ("en", "The 1957-58 season was his best.", [("1957-58", "1957")]),
    ("es", "Lo conocí hace años en Sevilla.", [("años", "PXY")]),
    ("de", "Tausende Helfer sind seit Tagen im Einsatz.", [("Tagen", "PXD")]),
])
def test_how_each_language_says_time(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, language) == expected


def test_norwegian_is_read_as_bokmal() -> None:
    """"no" (the macrolanguage) and "nb" (what language detection names) read Norwegian alike."""
    text = "Stortinget vedtok loven fredag 14. mars 2008 ."
    assert values(text, "no") == values(text, "nb") == [("fredag 14. mars 2008", "2008-03-14")]


def test_a_modifier_governed_by_its_own_preposition_is_not_ahead() -> None:
    """Danish "har stået på siden januar": "på" belongs to the verb, "siden januar" looks back."""
    assert values("Forhandlingerne har stået på siden januar.", "da") == [("januar", "2012-01")]


@pytest.mark.parametrize("language", CLAIMED)
def test_every_claimed_language_has_a_scored_gold(
    language: str, benchmark_script: Callable[[str], ModuleType]
) -> None:
    """At least 60 expressions in 8 documents, read by the benchmark and scored through the tagger."""
    bench = benchmark_script("timex")
    corpus = bench.read_tsv_corpus(GOLD / f"{language}.tsv", language)
    assert not corpus.problems
    assert len(corpus.docs) >= 8
    assert sum(len(doc.gold) for doc in corpus.docs) >= 60
    figures = bench.score_corpus(corpus)
    assert 0 < figures["value"]["f1"] <= figures["relaxed"]["f1"] <= 1


@pytest.mark.parametrize(("language", "story"), [
    ("en", ["On 12 March 2009 the army attacked the town.", "Two days later the rebels fled.",
            "Three days after the attack, talks began.", "A month earlier, the rebels had taken the city."]),
    ("es", ["El 12 de marzo de 2009 el ejército atacó la ciudad.", "Dos días después los rebeldes huyeron.",
            "Tres días después del ataque empezaron las negociaciones.", "Un mes antes, los rebeldes habían tomado la ciudad."]),
    ("fr", ["Le 12 mars 2009, l'armée a attaqué la ville.", "Deux jours plus tard, les rebelles ont fui.",
            "Trois jours après l'attaque, les négociations ont commencé.", "Un mois plus tôt, les rebelles avaient pris la ville."]),
])
def test_a_length_counted_from_the_date_told_last_points_at_a_day(language: str, story: list[str]) -> None:
    """"Two days later" is 14 March when the article told 12 March, whatever the publication date; the
    length after an event ("three days after the attack") dates nothing, as that event's day is not told."""
    told, later, after_event, earlier = tag_sentences(story, language, TUESDAY)
    assert [(t.value, t.date) for t in told] == [("2009-03-12", PartialDate.day(2009, 3, 12))]
    assert [(t.type, t.value, t.date) for t in later] == [(TimexType.DURATION, "P2D", PartialDate.day(2009, 3, 14))]
    assert [t.date for t in after_event] == [None]
    assert [t.date for t in earlier] == [PartialDate.month(2009, 2)]
