"""The temporal tagger on real sentences from the mosul-2017 examples and T17."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.analyse.timex import tag, tag_sentences
from storyline.dates import PartialDate, Precision
from storyline.model import TimexType

THURSDAY = PartialDate.day(2017, 6, 29)  # CNN, "Updated 1:36 PM ET, Thu June 29, 2017"
MARCH = PartialDate.month(2017, 3)  # the Danish Ritzau article carries only "2017-03"
T17 = Path("/work/shared/corpora/t17/haiti/articles.jsonl")


def found(text: str, language: str | None, anchor: PartialDate | None) -> list[tuple]:
    """(text, type, value, date value or None) of every expression, in order."""
    return [(t.text, t.type.value, t.value, t.date.value if t.date else None)
            for t in tag(text, language, anchor)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mosul's liberation is \"imminent,\" coalition spokesman Col. Ryan Dillon said Thursday "
     "from Baghdad, confirming Iraqi forces had seized the remains of an iconic mosque.",
     [("Thursday", "DATE", "2017-06-29", "2017-06-29")]),
    ("Last October, al-Abadi announced the start of the mission to retake Mosul.",
     [("Last October", "DATE", "2016-10", "2016-10")]),
    ("The recapture of the Great Mosque of al-Nuri -- where Abu Bakr al-Baghdadi declared the "
     "ISIS caliphate in 2014 -- marks a major stride in the eight-month battle.",
     [("2014", "DATE", "2014", "2014"), ("eight-month", "DURATION", "P8M", None)]),
    ("They've been battling for control of Mosul for the last eight months",
     [("the last eight months", "DURATION", "P8M", None)]),
    ("Only a \"couple of hundred\" ISIS fighters remained in Mosul as of Monday, a coalition "
     "spokesman said at the time.",
     [("Monday", "DATE", "2017-06-26", "2017-06-26")]),
    ("Updated 1:36 PM ET, Thu June 29, 2017",
     [("1:36 PM ET, Thu June 29, 2017", "TIME", "2017-06-29T13:36", "2017-06-29")]),
    ("Iraqi and coalition officials said militants blew up the mosque complex last week.",
     [("last week", "DATE", "2017-W25", "2017-W25")]),
])
def test_english_against_a_day(text: str, expected: list[tuple]) -> None:
    assert found(text, "en", THURSDAY) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Offensiven, der har til formål at tilbageerobre Mosul, begyndte 17. oktober.",
     [("17. oktober", "DATE", "2016-10-17", "2016-10-17")]),
    ("Irakiske elitestyrker har natten til tirsdag taget kontrollen over det sidste store "
     "område.", [("natten til tirsdag", "DATE", "2017-03-WXX-2", "2017-03-WXX-2")]),
    ("Byen har været skiftevis på Islamisk Stats og den syriske regerings hænder siden maj "
     "2015, da IS første gang indtog byen.", [("maj 2015", "DATE", "2015-05", "2015-05")]),
    ("Konflikten og krigen i Syrien har stået på siden marts 2011.",
     [("marts 2011", "DATE", "2011-03", "2011-03")]),
])
def test_danish_against_a_month(text: str, expected: list[tuple]) -> None:
    assert found(text, "da", MARCH) == expected


def test_a_weekday_under_a_month_anchor_keeps_month_precision() -> None:
    [night] = tag("Irakiske elitestyrker har natten til tirsdag taget kontrollen", "da", MARCH)
    assert night.date == PartialDate.weekday_in_month(2017, 3, 2)
    assert night.date.precision is Precision.MONTH
    assert night.date.label() == "a Tuesday in March 2017"
    # It may be any Tuesday of March, and only a Tuesday.
    assert night.date.compatible(PartialDate.day(2017, 3, 14)) and PartialDate.month(2017, 3).contains(night.date)
    assert not night.date.compatible(PartialDate.day(2017, 3, 15))
    assert PartialDate.parse(night.date.value) == night.date


@pytest.mark.parametrize(("text", "expected"), [
    ("The site is where Islamic State leader Abu Bakr al-Baghdadi made his only public "
     "appearance in July 2014.", [("July 2014", "DATE", "2014-07", "2014-07")]),
    ("Iraqi forces captured the compound of a landmark mosque in Mosul that was blown up by "
     "the militants last week.", [("last week", "DATE", "XXXX-WXX", None)]),
    ("Iraq's prime minister declared an end to the Islamic State caliphate Thursday.",
     [("Thursday", "DATE", "XXXX-WXX-4", None)]),
    ("Offensiven begyndte 17. oktober.", [("17. oktober", "DATE", "XXXX-10-17", None)]),
])
def test_without_an_anchor_only_absolute_dates_get_a_date(text: str, expected: list) -> None:
    language = "da" if "begyndte" in text else None
    assert found(text, language, None) == expected


@pytest.mark.parametrize("text", [
    "Iraq's army lost at least 500 people in the bloody battle to capture east Mosul.",
    "We are seeing the end of the fake 'Daesh' state, the liberation of Mosul proves that.",
    "More than 742,000 people have left Mosul, where about 100,000 civilians remain.",
    "Dillon called it an \"11-story killing tower for this murderous group\".",
    "They will march on the city, and it may take weeks.",
    "The Sun reported that 2000 troops were deployed.",
    "The death toll rose to 1990.",
    "Officials said about 1500 people had fled.",
])
def test_no_false_positives(text: str) -> None:
    assert found(text, "en", THURSDAY) == []


def test_now_is_the_present_not_a_calendar_date() -> None:
    # dateparser dates "Now the terror group..." to the day it runs; TIMEX3 calls it PRESENT_REF.
    text = "Now the terror group are close to losing this highly significant landmark."
    assert [(t.text, t.value, t.date) for t in tag(text, "en", THURSDAY)] == [("Now", "PRESENT_REF", None)]


def test_german_die_is_an_article_not_tuesday() -> None:
    assert found("Die Armee hat die Stadt eingenommen.", "de", THURSDAY) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Haiti's population has grown by 12 years of migration.", "en",
     [("12 years", "DURATION", "P12Y", None)]),
    ("Kampene har varet i otte måneder.", "da", [("otte måneder", "DURATION", "P8M", None)]),
    ("Rescuers searched for 11 days.", "en", [("11 days", "DURATION", "P11D", None)]),
    ("The briefing is held every Thursday.", "en", [("every Thursday", "SET", "XXXX-WXX-4", None)]),
    ("Der holdes møde hver torsdag.", "da", [("hver torsdag", "SET", "XXXX-WXX-4", None)]),
])
def test_durations_and_sets_have_no_date(text: str, language: str, expected: list) -> None:
    assert found(text, language, THURSDAY) == expected


@pytest.mark.parametrize(("text", "language", "value"), [
    ("The talks happened today.", "en", "2017-06-29"),
    ("The talks happened yesterday.", "en", "2017-06-28"),
    ("Talks resume tomorrow.", "en", "2017-06-30"),
    ("Forhandlingerne sluttede i går.", "da", "2017-06-28"),
    ("Forhandlingerne slutter i dag.", "da", "2017-06-29"),
    ("Forhandlingerne fortsætter i morgen.", "da", "2017-06-30"),
    ("Byen faldt i sidste uge.", "da", "2017-W25"),
    ("Prices rose this week.", "en", "2017-W26"),
    ("Prices rose last month.", "en", "2017-05"),
    ("Prices rose last year.", "en", "2016"),
    ("Priserne steg sidste år.", "da", "2016"),
    ("Priserne steg i fjor.", "da", "2016"),
    ("Prices rose earlier this month.", "en", "2017-06"),
    ("Prices rose this year.", "en", "2017"),
    ("Byen blev indtaget sidste oktober.", "da", "2016-10"),
    ("Byen blev indtaget i oktober.", "da", "2016-10"),
    ("The city fell three years ago.", "en", "2014"),
    ("Byen faldt for tre år siden.", "da", "2014"),
])
def test_relative_expressions_resolve_against_the_anchor(text: str, language: str,
                                                          value: str) -> None:
    [expression] = tag(text, language, THURSDAY)
    assert (expression.type, expression.value, expression.date) == (
        TimexType.DATE, value, PartialDate.parse(value))


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Iraqi forces will launch the assault on Monday.", "en", "2017-07-03"),
    ("On Monday, Iraqi forces will launch the assault.", "en", "2017-07-03"),
    ("He said Monday that Iraqi forces will launch the assault.", "en", "2017-06-26"),
    ("Styrkerne skal angribe mandag.", "da", "2017-07-03"),
    ("Talks will resume next Thursday.", "en", "2017-07-06"),
    ("Talks collapsed last Thursday.", "en", "2017-06-22"),
    ("A donors' conference will be held in October.", "en", "2017-10"),
])
def test_future_tense_flips_forward_only_in_its_clause(text: str, language: str,
                                                        value: str) -> None:
    [expression] = tag(text, language, THURSDAY)
    assert expression.value == value


@pytest.mark.parametrize(("text", "expected"), [
    ("Taking office on 29 June 2017, he vowed change.", [("29 June 2017", "2017-06-29")]),
    ("The mosque fell on 2017-06-29.", [("2017-06-29", "2017-06-29")]),
    ("Haiti paid off this debt in 1883, rather than in 1947.", [("1883", "1883"), ("1947", "1947")]),
    ("The region was at peace from 2010 to 2014.", [("2010", "2010"), ("2014", "2014")]),
    ("Haiti's rainy season begins in May.", [("May", "2017-05")]),
    ("It was the worst quake since the 1990s.", [("1990s", "199")]),
    ("The channel aired it from 2100 GMT on Saturday.", [("Saturday", "2017-06-24")]),
])
def test_absolute_dates(text: str, expected: list[tuple]) -> None:
    assert [(t.text, t.value) for t in tag(text, "en", THURSDAY)] == expected


def test_a_time_next_to_a_date_takes_that_day() -> None:
    # One point in time, one expression (as TIMEX3 writes it), dated to the day beside it, not the anchor's.
    [time] = tag("On 12 January 2010, 16:53 local time, a magnitude 7 earthquake hit Haiti.",
                 "en", PartialDate.day(2010, 1, 18))
    assert (time.text, time.type, time.value, time.date) == (
        "12 January 2010, 16:53 local time", TimexType.TIME, "2010-01-12T16:53", PartialDate.day(2010, 1, 12))


def test_a_lone_time_takes_the_anchor_day() -> None:
    [time] = tag("A magnitude 7 earthquake hit Haiti at 16:53 local time.", "en",
                 PartialDate.day(2010, 1, 12))
    assert (time.text, time.type, time.value) == ("16:53 local time", TimexType.TIME,
                                                  "2010-01-12T16:53")


def test_offsets_point_into_the_sentence() -> None:
    text = "Konflikten og krigen i Syrien har stået på siden marts 2011."
    [expression] = tag(text, "da", MARCH)
    assert text[expression.start:expression.end] == expression.text == "marts 2011"


@pytest.mark.slow
@pytest.mark.skipif(not T17.exists(), reason="the shared T17 corpus is not here")
def test_t17_years_are_only_read_from_supported_numbers() -> None:
    for line in T17.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        anchor = PartialDate.parse(article["time"])
        for sentence in article["text"].split("\n"):
            for expression in tag(sentence, "en", anchor):
                if expression.type is TimexType.DATE and expression.text.isdigit():
                    assert 1800 <= int(expression.text) <= 2100


def test_periods_outside_the_calendar_are_kept_without_a_date() -> None:
    found = tag("Farming began here 5000 years ago.", "en", PartialDate.day(2011, 3, 1))
    assert [(t.text, t.date) for t in found] == [("5000 years ago", None)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Les combats ont repris lundi dernier.", "fr", [("lundi dernier", "2017-06-26")]),
    ("Le sommet aura lieu lundi prochain.", "fr", [("lundi prochain", "2017-07-03")]),
    ("La ville est tombée en octobre dernier.", "fr", [("octobre dernier", "2016-10")]),
    ("El ataque comenzó el pasado lunes.", "es", [("pasado lunes", "2017-06-26")]),
    ("Llegó en octubre pasado.", "es", [("octubre pasado", "2016-10")]),
    ("L'attacco è iniziato lunedì scorso, il 17 ottobre 2016.", "it",
     [("lunedì scorso", "2017-06-26"), ("17 ottobre 2016", "2016-10-17")]),
    ("O ataque começou na segunda-feira passada.", "pt", [("segunda-feira passada", "2017-06-26")]),
    ("O ataque começou há três anos.", "pt", [("há três anos", "2014")]),
    ("O ataque começou três anos atrás.", "pt", [("três anos atrás", "2014")]),
    ("De aanval begon vorige maandag, drie jaar geleden.", "nl",
     [("vorige maandag", "2017-06-26"), ("drie jaar geleden", "2014")]),
])
def test_romance_and_dutch_relative_expressions(text: str, language: str, expected: list[tuple]) -> None:
    assert [(t.text, t.value) for t in tag(text, language, THURSDAY)] == expected


@pytest.mark.parametrize(("text", "language", "span"), [
    ("Штурм начался 17 октября 2016 года.", "ru", "17 октября 2016"),
    ("Anfallet inleddes den 17 oktober 2016.", "sv", "17 oktober 2016"),
    ("Angrepet startet 17. oktober 2016.", "nb", "17. oktober 2016"),
    ("بدأ الهجوم في 17 أكتوبر 2016.", "ar", "17 أكتوبر 2016"),
])
def test_absolute_dates_in_more_languages(text: str, language: str, span: str) -> None:
    assert [(t.text, t.value) for t in tag(text, language, THURSDAY)] == [(span, "2016-10-17")]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Profit fell in the third quarter, and third-quarter sales rose.", "en",
     [("the third quarter", "1989-Q3"), ("third-quarter", "1989-Q3")]),
    ("Net rose 5% from a year ago in the third quarter.", "en", [("a year ago", "1988-Q3"),
                                                                 ("the third quarter", "1989-Q3")]),
    ("The latest quarter was weak; the year-ago quarter was strong.", "en",
     [("The latest quarter", "1989-Q3"), ("the year-ago quarter", "1988-Q3")]),
    ("He left last fall and will return this summer.", "en", [("last fall", "1988-FA"),
                                                              ("this summer", "1989-SU")]),
    ("It happened in January this year and in June last year.", "en",
     [("January this year", "1989-01"), ("June last year", "1988-06")]),
    ("The attack began yesterday morning and ended Wednesday night.", "en",
     [("yesterday morning", "1989-11-01TMO"), ("Wednesday night", "1989-11-01TNI")]),
    ("It has been going on for years and will take several months.", "en",
     [("years", "PXY"), ("several months", "PXM")]),
    ("The index is published daily.", "en", [("daily", "P1D")]),
    ("A day earlier, he left; a year earlier, profit rose.", "en", [("A day earlier", "P1D"), ("a year earlier", "1988")]),
    ("The company is now profitable; it recently said so.", "en",
     [("now", "PRESENT_REF"), ("recently", "PAST_REF")]),
    ("The vote is on Dec. 15, after the one on Nov. 28.", "en",
     [("Dec. 15", "1989-12-15"), ("Nov. 28", "1989-11-28")]),
    ("The 6-year-old boy arrived in his 1990 car.", "en", [("1990", "1990")]),
    ("Ahora, en el tercer trimestre, llovió anoche y esta mañana.", "es",
     [("Ahora", "PRESENT_REF"), ("el tercer trimestre", "1989-Q3"), ("anoche", "1989-11-01TNI"),
      ("esta mañana", "1989-11-02TMO")]),
    ("He arrived over the weekend and leaves next weekend, before Christmas Eve.", "en",
     [("the weekend", "1989-W43-WE"), ("next weekend", "1989-W44-WE"), ("Christmas Eve", "1989-12-24")]),
    ("The 11th-century temple was restored.", "en", [("The 11th-century", "10")]),
    ("Se celebrará del 7 al 11 de septiembre, tras las cifras entre enero y marzo de 1998.", "es",
     [("7", "1990-09-07"), ("11 de septiembre", "1990-09-11"), ("enero", "1998-01"), ("marzo de 1998", "1998-03")]),
    ("Fue candidato en 1988, 1994 y 2000, y la obra sigue hasta el día 13.", "es",
     [("1988", "1988"), ("1994", "1994"), ("2000", "2000"), ("el día 13", "1989-11-13")]),
    ("España jugará este miércoles en Francia.", "es", [("este miércoles", "1989-11-08")]),
    ("Sale a las 08.00 hora local (13.00 GMT), como en el siglo XIX.", "es",
     [("a las 08.00 hora local", "1989-11-02T08:00"), ("13.00 GMT", "1989-11-02T13:00Z"), ("el siglo XIX", "18")]),
    ("Llegará hoy, jueves, y el año próximo volverá en el 2000.", "es",
     [("hoy, jueves", "1989-11-02"), ("el año próximo", "1990"), ("2000", "2000")]),
])
def test_timeml_kinds(text: str, language: str, expected: list[tuple]) -> None:
    """Quarters, seasons, parts of days, vague durations, sets and PRESENT/PAST_REF, TIMEX3-style."""
    anchor = PartialDate.day(1989, 11, 2)  # a Thursday
    assert [(t.text, t.value) for t in tag(text, language, anchor)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The panel will meet for 2 1/2 years, and the call lasted a minute and a half.", "en",
     [("2 1/2 years", "P2Y6M"), ("a minute and a half", "PT1M30S")]),
    ("Negociaron dos horas y 30 minutos; el contrato dura dos años y tres meses.", "es",
     [("dos horas y 30 minutos", "PT2H30M"), ("dos años y tres meses", "P2Y3M")]),
    ("Los alemanes se quedan tres o cuatro semanas, con hijos de uno a dos años.", "es",
     [("tres", "P3W"), ("cuatro semanas", "P4W"), ("uno", "P1Y"), ("dos años", "P2Y")]),
    ("Llegó hace más de 30 años, en la década de los noventa no, en los años 80.", "es",
     [("hace más de 30 años", "1959"), ("la década de los noventa", "199"), ("los años 80", "198")]),
    ("Growth in the nineties beat the '80s; it took two decades.", "en",
     [("the nineties", "199"), ("the '80s", "198"), ("two decades", "P20Y")]),
    ("Aprobará las cuentas en el primer cuatrimestre y el segundo semestre de este año.", "es",
     [("el primer cuatrimestre", "1989-T1"), ("el segundo semestre de este año", "1989-H2")]),
    ("Salió a las 11 de la mañana; la noche del viernes pasado llovió.", "es",
     [("a las 11 de la mañana", "1989-11-02T11:00"), ("la noche del viernes pasado", "1989-10-27TNI")]),
    ("Se votó el 25 de abril pasado y se votará del día 3 al 5, y a finales del año que viene.", "es",
     [("25 de abril pasado", "1989-04-25"), ("del día 3", "1989-11-03"), ("5", "1989-11-05"),
      ("finales del año que viene", "1990")]),
    ("Hasta finales del pasado mes de mayo presentaba barriles diarios en el diario El País.", "es",
     [("pasado mes de mayo", "1989-05"), ("diarios", "P1D")]),
    ("The winter of nineteen ninety-four was cold, but nineteen people came.", "en",
     [("nineteen ninety-four", "1994")]),
    ("Es un vecino próximo a la familia, que mira al futuro.", "es", [("futuro", "FUTURE_REF")]),
])
def test_compound_and_worded_expressions(text: str, language: str, expected: list[tuple]) -> None:
    """Durations with two units or a half, counts sharing a unit, decades, parts of years, worded times and years."""
    anchor = PartialDate.day(1989, 11, 2)  # a Thursday
    assert [(t.text, t.value) for t in tag(text, language, anchor)] == expected


def test_that_day_points_back_to_the_date_told_before() -> None:
    """ "Ese día" and "the next day" take the last date of the article, not its publication date."""
    anchor = PartialDate.day(2002, 1, 3)
    spanish = tag_sentences(["El día 12 de septiembre debían enviarse los rollos.",
                             "Ese día no sabíamos nada, y al día siguiente llegó la noticia."], "es", anchor)
    assert [(t.text, t.value) for t in spanish[1]] == [("Ese día", "2001-09-12"), ("al día siguiente", "2001-09-13")]
    alone = tag("That day nobody knew.", "en", anchor)
    assert [(t.text, t.value, t.date) for t in alone] == [("That day", "XXXX-XX-XX", None)]


def test_a_year_earlier_in_a_quarterly_report_is_that_quarter() -> None:
    """Once the report names its quarter, a later "a year earlier" is that quarter a year back; "in 1988" is not."""
    anchor = PartialDate.day(1989, 11, 2)
    tagged = tag_sentences(["Third-quarter profit rose 5%.", "A year earlier, net income was lower than in 1988."],
                           "en", anchor)
    assert [(t.text, t.value) for t in tagged[1]] == [("A year earlier", "1988-Q3"), ("1988", "1988")]


@pytest.mark.parametrize(("text", "language", "anchor", "expected"), [
    ("He was plucked from the Atlantic on Thanksgiving Day and brought ashore.", "en",
     PartialDate.day(2000, 1, 6), [("Thanksgiving Day", "1999-11-25")]),
    ("The boy was found clinging to an inner tube last Thanksgiving.", "en",
     PartialDate.day(2000, 2, 10), [("last Thanksgiving", "1999-11-25")]),
    ("Protesters will gather on Easter Sunday; the march on Good Friday, 2015, was smaller.", "en",
     PartialDate.day(2017, 3, 1), [("Easter Sunday", "2017-04-16"), ("Good Friday, 2015", "2015-04-03")]),
    ("Natten til 2. påskedag brændte det.", "da", PartialDate.day(2017, 4, 20), [("2. påskedag", "2017-04-17")]),
    ("Der Anschlag am Karfreitag traf die Altstadt.", "de", PartialDate.day(2017, 4, 20),
     [("Karfreitag", "2017-04-14")]),
    ("El Viernes Santo murieron tres personas.", "es", PartialDate.day(2016, 4, 1),
     [("Viernes Santo", "2016-03-25")]),
])
def test_holidays_fixed_and_movable(text: str, language: str, anchor: PartialDate, expected: list[tuple]) -> None:
    """Easter's feasts move with the computus and Thanksgiving is November's fourth Thursday, nearest in the past."""
    assert [(t.text, t.value) for t in tag(text, language, anchor)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("His kidnappers demanded a ransom, but negotiations broke off at noon Thursday.",
     [("noon Thursday", "TIME", "1989-11-02T12:00")]),
    ("In London at mid-afternoon yesterday, Ratners's shares were up 2 pence.",
     [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")]),
    ("For the people of Poland, high noon comes today.", [("today", "DATE", "1989-11-02")]),
    ("RMS had a loss in the third quarter, compared with a year-earlier loss of $26,956.",
     [("the third quarter", "DATE", "1989-Q3"), ("year-earlier", "DATE", "1988-Q3")]),
    ("The year-ago results included a charge in the 1988 second quarter and the year-earlier third quarter.",
     [("year-ago", "DATE", "1988"), ("the 1988 second quarter", "DATE", "1988-Q2"),
      ("the year-earlier third quarter", "DATE", "1988-Q3")]),
    ("The write-off will be reported in the company's 1989 operating results, as in a 1996 law.",
     [("1989", "DATE", "1989"), ("1996", "DATE", "1996")]),
])
def test_times_of_day_and_report_periods(text: str, expected: list[tuple]) -> None:
    """Named hours take their day like clock times; "year-earlier" is an adjective, not "a year"; years before nouns."""
    anchor = PartialDate.day(1989, 11, 2)  # a Thursday
    assert [(t.text, t.type.value, t.value) for t in tag(text, "en", anchor)] == expected


def test_an_abbreviation_does_not_end_the_clause_of_a_future_tense() -> None:
    """ "Daniel P. Davison" must not cut "will succeed" off from the date after it."""
    tagged = tag("Mr. Schwarz, 52 years old, will succeed Daniel P. Davison Feb. 1.", "en",
                 PartialDate.day(1989, 10, 26))
    assert [(t.text, t.value) for t in tagged if t.type is TimexType.DATE] == [("Feb. 1", "1990-02-01")]


def test_a_day_of_the_month_is_of_the_month_at_hand() -> None:
    """ "El día 12" after "el 11 de septiembre" is 12 September; "hasta el día 8" on 2 January is the coming 8th."""
    anchor = PartialDate.day(2002, 1, 3)
    tagged = tag_sentences(["La película salió dos semanas después del 11 de septiembre.",
                            "El día 12, los rollos debían enviarse."], "es", anchor)
    assert [(t.text, t.value) for t in tagged[1]] == [("El día 12", "2001-09-12")]
    ahead = tag("La muestra acoge, desde hoy y hasta el día 8, 30 conciertos.", "es", PartialDate.day(2002, 1, 2))
    assert [(t.text, t.value) for t in ahead] == [("hoy", "2002-01-02"), ("el día 8", "2002-01-08")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mesic fue el último presidente de la hoy extinta Yugoslavia.", [("hoy", "PRESENT_REF")]),
    ("Pidió un plazo para elaborar las cuentas para el 2000 y aprobarlas durante el primer cuatrimestre.",
     [("2000", "2000"), ("el primer cuatrimestre", "2000-T1")]),
    ("La crisis puso en peligro el sistema la última semana, y la semana pasada quebró el fondo.",
     [("la última semana", "1999-W48"), ("la semana pasada", "1999-W47")]),
])
def test_spanish_today_as_nowadays_and_parts_of_a_written_year(text: str, expected: list[tuple]) -> None:
    """ "Hoy" between an article and an adjective is the present; a quarter shares the year its sentence wrote."""
    anchor = PartialDate.day(1999, 12, 2)
    assert [(t.text, t.value) for t in tag(text, "es", anchor)] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Sales for the full year were $6.6 billion, against $76 million for the year ended March 31.", "en",
     [("the full year", "DATE", "1989"), ("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")]),
    ("Revenue was down from $450 million the year before.", "en", []),
    ("El mercado registró el volumen más bajo de todo el año; el año pasado fue peor.", "es",
     [("todo el año", "DATE", "1989"), ("el año pasado", "DATE", "1988")]),
    ("El viaje está previsto para mañana, domingo, a las 08.00 hora local (13.00 GMT).", "es",
     [("mañana, domingo", "DATE", "1989-11-03"), ("a las 08.00 hora local", "TIME", "1989-11-03T08:00"),
      ("13.00 GMT", "TIME", "1989-11-03T13:00Z")]),
    ("La modelo es invitada del programa Ja hi som! (TV-3, 17.35).", "es", [("17.35", "TIME", "1989-11-02T17:35")]),
])
def test_the_year_itself_listings_and_times_in_another_zone(text: str, language: str, expected: list[tuple]) -> None:
    """ "The full year" is this year but "the year ended" a year's length; a time in another zone shares its day."""
    anchor = PartialDate.day(1989, 11, 2)
    assert [(t.text, t.type.value, t.value) for t in tag(text, language, anchor)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The stock would pay a dividend of $1.76 a year, and the plant makes 700 seats a week.", []),
    ("The company expects sales to rise 8.5% annually, though it was sentenced to a year in prison.",
     [("a year", "DURATION", "P1Y")]),
    ("Orangemen march each July, and Unisys pays interest every quarter.",
     [("each July", "SET", "XXXX-07"), ("every quarter", "SET", "P1Q")]),
    ("Kirschner earned $376,000 in the 1988 quarter; for the quarter a year ago it lost money.",
     [("the 1988 quarter", "DATE", "1988-Q3"), ("the quarter a year ago", "DATE", "1988-Q3")]),
    ("Debentures due March 15 , 2007 , were converted .", [("March 15 , 2007", "DATE", "2007-03-15")]),
])
def test_rates_sets_report_quarters_and_tokenised_text(text: str, expected: list[tuple]) -> None:
    """A rate's "a year" is no length of time; a year's quarters and sets; dates in space-tokenised text."""
    anchor = PartialDate.day(1989, 10, 30)
    assert [(t.text, t.type.value, t.value) for t in tag(text, "en", anchor)] == expected
