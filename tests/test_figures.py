"""Figures as each language writes them, and the seeds' acceptance: how many, of what, said by whom, as of when."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import Collection
from storyline.analyse.figures import find_figures
from storyline.analyse.figures.numbers import find_quantities
from storyline.analyse.recognise import recognise
from storyline.analyse.timex import tag_sentences
from storyline.dates import PartialDate
from storyline.model import Figure


def figures_of(text: str, language: str, published: str = "2017-06-29") -> list[Figure]:
    [timexes] = tag_sentences([text], language, PartialDate.parse(published))
    return find_figures(text, language, timexes)


@pytest.mark.parametrize(("text", "language", "value"), [
    ("742,000 people", "en", 742_000), ("742.000 mennesker", "da", 742_000), ("742 000 personnes", "fr", 742_000),
    ("742.000 Menschen", "de", 742_000), ("2.5 million people", "en", 2_500_000),
    ("2,5 millions de personnes", "fr", 2_500_000), ("deux cents soldats", "fr", 200),
    ("zweihundert Soldaten", "de", 200), ("two hundred and fifty troops", "en", 250),
    ("doscientos soldados", "es", 200), ("vingt et un soldats", "fr", 21),
])
def test_numbers_as_each_language_writes_them(text: str, language: str, value: int) -> None:
    (quantity,) = find_quantities(text, language)
    assert quantity.value == value


def test_magnitudes_ranges_and_articles() -> None:
    (hundreds,) = find_quantities("tens of thousands of people", "en")
    assert (hundreds.low, hundreds.high, hundreds.vague) == (20_000, 99_999, True)
    (thousands,) = find_quantities("tusindvis af børn", "da")
    assert thousands.vague and thousands.low == 2_000
    (between,) = find_quantities("between 2 and 3 million", "en")
    assert (between.low, between.high) == (2_000_000, 3_000_000)
    assert find_quantities("un homme et une femme", "fr") == []  # the article is no count


@pytest.mark.parametrize(("text", "language", "category", "hedge", "value"), [
    ("Selon l'ONU, plus de 300 personnes ont été tuées depuis mars.", "fr", "killed", "more_than", 300),
    ("Al menos 20 personas murieron en el ataque.", "es", "killed", "at_least", 20),
    ("Mindestens 30 Menschen wurden verletzt.", "de", "wounded", "at_least", 30),
    ("Almeno 15 persone sono state arrestate.", "it", "arrested", "at_least", 15),
    ("Mindst 12 mennesker blev dræbt.", "da", "killed", "at_least", 12),
    ("Une centaine de manifestants ont été arrêtés.", "fr", "arrested", "about", 100),
    ("The attack killed 30 people and wounded 50.", "en", "killed", "exact", 30),
])
def test_figures_across_languages(text: str, language: str, category: str, hedge: str, value: int) -> None:
    first = figures_of(text, language)[0]
    assert (first.category, first.hedge, first.value) == (category, hedge, value)


@pytest.mark.parametrize(("text", "language", "category", "value"), [
    ("Prosecutors said 45 people had been charged over the riots.", "en", "arrested", 45),
    ("Quelque 200 personnes ont déjà été inculpées.", "fr", "arrested", 200),
    ("Insgesamt wurden 30 Demonstranten angeklagt.", "de", "arrested", 30),
    ("Doctors say the man infected eight people on the flight.", "en", "cases", 8),
    ("La compagnie a rapatrié un total de 122 personnes.", "fr", "displaced", 122),
    ("The army evacuated a total of 900 residents.", "en", "displaced", 900),
])
def test_charges_infections_and_totals_name_their_category(text: str, language: str, category: str,
                                                            value: int) -> None:
    first = figures_of(text, language)[0]
    assert (first.category, first.value) == (category, value)


def test_a_figure_that_names_its_own_event_keeps_it_within_a_list() -> None:
    found = figures_of("The total stands at 52,160 confirmed cases, including 231 deaths.", "en")
    assert [(f.value, f.category) for f in found] == [(52_160, "cases"), (231, "killed")]
    found = figures_of("The blast killed 62 people, including 36 tourists.", "en")
    assert [(f.value, f.category) for f in found] == [(62, "killed"), (36, "killed")]


def test_a_list_counts_what_its_first_figure_counts() -> None:
    found = figures_of("There are 50,227 refugees in Turkey; 45,869 in Jordan and 13,730 in Iraq.", "en")
    assert [(f.value, f.category) for f in found] == [(50_227, "displaced"), (45_869, "displaced"),
                                                       (13_730, "displaced")]


@pytest.mark.parametrize("text", [
    "The 11-story building collapsed.", "Mosul is 560 kilometers from Raqqa.", "It cost $2 billion.",
    "Turnout was 45 percent.", "A 25-year-old man was arrested.", "Resolution 1973 was passed.",
    "You must be 16 or over to sign in.", "The meeting starts at 10:30.",
])
def test_no_figures_from_measures_money_shares_ages_times_or_names(text: str) -> None:
    assert figures_of(text, "en") == []


def test_a_huge_number_or_sentence_is_bounded() -> None:
    assert figures_of("9" * 1_500 + " people died.", "en") == []
    assert find_figures("30 people died. " * 10_000, "en") == []


@pytest.fixture(scope="module")
def reported(seeds_db: Path):  # type: ignore[no-untyped-def]
    with Collection(seeds_db, read_only=True) as collection:
        (story,) = collection.stories()
        articles = {a.source_path.rsplit("/", 1)[-1][:3]: a.id for a in collection.articles(sentences=False)}
        return collection.reported(story.id), articles


def _reports(reported, article: str):  # type: ignore[no-untyped-def]
    found, articles = reported
    return [r for point in found.figures for r in point.reports if r.article_id == articles[article]]


def test_seed_figures_with_hedge_source_and_date(reported) -> None:  # type: ignore[no-untyped-def]
    by_value = {r.figure.value or r.figure.low: r for r in _reports(reported, "001")}
    fled = by_value[742_000]
    assert (fled.figure.category, fled.figure.hedge, fled.figure.source) == ("displaced", "more_than",
                                                                            "the Iraqi government")
    assert fled.date == PartialDate.parse("2017-05")  # "about a month ago", in a 29 June article
    fighters = by_value[200]
    assert (fighters.figure.category, fighters.figure.hedge) == ("fighters", "about")
    assert fighters.date == PartialDate.parse("2017-06-26") and "coalition spokesman" in fighters.figure.source
    assert by_value[2_500_000].figure.hedge == "more_than"
    reports = _reports(reported, "001")
    assert {(r.figure.category, r.figure.value) for r in reports} >= {("trapped", 100_000), ("troops", 100_000)}
    children = next(r for r in reports if r.figure.counted == "children")
    assert children.figure.hedge == "vague" and children.figure.source == "Peter Hawkins"
    (army,) = _reports(reported, "000")
    assert (army.figure.category, army.figure.hedge, army.figure.value) == ("killed", "at_least", 500)
    bodies = next(r for r in _reports(reported, "003") if r.figure.counted == "bodies")
    assert bodies.figure.category == "killed" and "Dhia Thamir" in bodies.figure.source
    (danish,) = _reports(reported, "002")
    assert danish.figure.hedge == "vague" and danish.figure.source == "irakisk militær"


def test_seed_figures_hold_no_clutter(reported) -> None:  # type: ignore[no-untyped-def]
    texts = [r.sentence for point in reported[0].figures for r in point.reports]
    assert not any("sign in" in t.lower() or "16 or over" in t for t in texts)
    assert not any(r.figure.value in (11, 560, 2014, 16) for point in reported[0].figures for r in point.reports)


def test_the_shown_figure_is_the_lowest_well_sourced_one() -> None:
    from storyline.reported import figure_points, figure_reports

    articles = _story_of(["At least 40 people were killed in Aleppo, the ministry said.",
                          "About 25 people were killed in Aleppo, according to the monitor.",
                          "Some 10 people were killed in Aleppo."])
    (point,) = figure_points(figure_reports(articles))
    assert point.shown == 25 and point.low == 10 and len(point.reports) == 3


def _story_of(texts: list[str]) -> list:  # type: ignore[type-arg]
    from storyline.model import Article, Sentence

    articles = []
    for n, text in enumerate(texts):
        sentence = Sentence(0, text, 0, len(text))
        [sentence.timexes] = tag_sentences([text], "en", PartialDate.parse("2017-06-29"))
        [sentence.entities] = recognise([text], "en")
        sentence.figures = find_figures(text, "en", sentence.timexes, sentence.entities)
        articles.append(Article(f"a{n}", f"a{n}.txt", f"h{n}", text, language="en",
                                published=PartialDate.parse("2017-06-29"), sentences=[sentence]))
    return articles


def test_figures_beyond_each_others_hedges_disagree_and_a_rising_toll_is_a_series() -> None:
    from storyline.reported import figure_disagreements, figure_points, figure_reports

    conflicting = _story_of(["At least 500 people were killed in Homs, the opposition said.",
                             "300 people were killed in Homs, the government said."])
    (disagreement,) = figure_disagreements(figure_points(figure_reports(conflicting)))
    assert disagreement.kind == "figures" and len(disagreement.sides) == 2
    assert {tuple(side.sources) for side in disagreement.sides} == {("the opposition",), ("the government",)}
    agreeing = _story_of(["About 100 people were killed in Homs, the opposition said.",
                          "More than 95 people were killed in Homs, the government said."])
    assert figure_disagreements(figure_points(figure_reports(agreeing))) == []
    unplaced = _story_of(["At least 500 people were killed, the opposition said.",
                          "300 people were killed, the government said."])
    assert figure_disagreements(figure_points(figure_reports(unplaced))) == []  # no place: maybe two events
    rising = _story_of(["On Monday 20 people were killed in Homs, the opposition said.",
                        "On Wednesday 50 people were killed in Homs, the opposition said."])
    points = figure_points(figure_reports(rising))
    assert [p.shown for p in points] == [20, 50] and figure_disagreements(points) == []


def test_a_pronoun_source_is_the_person_the_article_named(tmp_path: Path) -> None:
    (tmp_path / "raid.txt").write_text(
        "Raid on the market\n\nInterior Minister Ali Hassan visited the market in Kirkuk on Monday, 3 April 2017.\n"
        "He said 30 people were killed in the attack and 12 were wounded.\n", encoding="utf-8")
    with Collection(tmp_path / "raid.db") as collection:
        collection.build([tmp_path / "raid.txt"])
        (story,) = collection.stories()
        sources = {r.figure.category: r.figure.source for point in collection.reported(story.id).figures
                   for r in point.reports}
    assert sources["killed"] in ("Ali Hassan", "Interior Minister Ali Hassan")
