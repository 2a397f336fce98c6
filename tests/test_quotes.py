"""Who said what, where sources disagree, and which outlet published: on the seeds and on sentences of other
languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline import Collection
from storyline.analyse.attribution import find_sources
from storyline.analyse.outlet import find_outlet, outlet_key, outlet_names
from storyline.analyse.quotes import find_quotes
from storyline.analyse.recognise import recognise
from storyline.analyse.segment import split_sentences
from storyline.analyse.timex import tag_sentences


def quotes_in(text: str, language: str):  # type: ignore[no-untyped-def]
    """The quotes of a text whose sentences carry their time expressions and recognised names, as in a build."""
    sentences = split_sentences(text, language)
    texts = [s.text for s in sentences]
    for sentence, timexes, entities in zip(sentences, tag_sentences(texts, language, None), recognise(texts, language)):
        sentence.timexes, sentence.entities = timexes, entities
    return find_quotes(text, sentences, language)


@pytest.fixture(scope="module")
def told(seeds_db: Path):  # type: ignore[no-untyped-def]
    with Collection(seeds_db, read_only=True) as collection:
        (story,) = collection.stories()
        articles = {a.source_path.rsplit("/", 1)[-1][:3]: a for a in collection.articles(sentences=False)}
        return collection.reported(story.id), articles


def test_one_statement_in_two_articles_is_one_quote(told) -> None:  # type: ignore[no-untyped-def]
    reported, articles = told
    (statement,) = [q for q in reported.quotes if "end of the fake" in q.text]
    assert statement.speaker == "Haider al-Abadi" and statement.speaker_entity
    assert set(statement.article_ids) == {articles["001"].id, articles["003"].id}


def test_dillon_says_imminent(told) -> None:  # type: ignore[no-untyped-def]
    reported, _ = told
    imminent = [q for q in reported.quotes if "imminent" in q.text]
    assert imminent and all("Dillon" in (q.speaker or "") for q in imminent)


def test_the_mosque_claim_and_its_denial(told) -> None:  # type: ignore[no-untyped-def]
    reported, articles = told
    (claim,) = [d for d in reported.disagreements if d.kind == "claim"]
    blamed, rejected = claim.sides
    assert "blamed a U.S. airstrike" in blamed.says and blamed.sources == ["The Islamic State"]
    assert "spokesman for the U.S.-led coalition" in rejected.sources[0]
    assert {c.article_id for side in claim.sides for c in side.citations} == {articles["003"].id}


def test_seed_outlets_from_their_own_signatures(told) -> None:  # type: ignore[no-untyped-def]
    _, articles = told
    assert {name: a.outlet for name, a in articles.items()} == {"000": "STV", "001": "CNN", "002": "Ritzau",
                                                                "003": None}


@pytest.mark.parametrize(("text", "outlet"), [
    ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "Reuters"),
    ("By Anne Smith and John Doe, BBC News\n\nThe vote was held.", "BBC News"),
    ("Le vote a eu lieu.\n/ritzau/AFP\n", "Ritzau"),
    ("The vote was held on Tuesday in the city.", None),
])
def test_outlet_signatures(text: str, outlet: str | None) -> None:
    assert find_outlet(text) == outlet


def test_outlet_spellings_fold() -> None:
    assert outlet_key("BBC News") == outlet_key("bbc") == outlet_key("bbc.co.uk")
    assert outlet_names(["BBC", "bbc.co.uk", "BBC", "CNN", None]) == ["BBC", "CNN"]
    assert find_outlet("", "https://www.lemonde.fr/international/article.html") == "lemonde.fr"


@pytest.mark.parametrize(("text", "language", "speaker", "kind"), [
    ("« Nous ne céderons jamais devant la terreur », a déclaré le ministre Jean Dupont.", "fr", "le ministre Jean Dupont", "direct"),
    ("„Wir werden nicht aufgeben“, sagte Bundeskanzler Olaf Scholz.", "de", "Bundeskanzler Olaf Scholz", "direct"),
    ("“No vamos a rendirnos nunca”, dijo el portavoz del gobierno.", "es", "el portavoz del gobierno", "direct"),
    ("Politiet oplyser, at tre personer er blevet anholdt i nat.", "da", "Politiet", "reported"),
    ("The ministry said that the bridge had been destroyed overnight.", "en", "The ministry", "reported"),
])
def test_quotes_across_languages(text: str, language: str, speaker: str, kind: str) -> None:
    (quote,) = quotes_in(text, language)
    assert (quote.speaker, quote.kind) == (speaker, kind)


def test_he_said_goes_to_the_last_named_speaker() -> None:
    text = ('Interior Minister Ali Hassan said the curfew would be lifted. '
            '"We have restored order in every district," he said.')
    quotes = quotes_in(text, "en")
    assert [q.speaker for q in quotes] == ["Interior Minister Ali Hassan", "Interior Minister Ali Hassan"]


def test_a_quoted_fragment_counts_where_its_sentence_names_the_speaker() -> None:
    (quote,) = quotes_in('The company\'s chief executive said a quick repair was "unlikely" this month.', "en")
    assert (quote.text, quote.speaker, quote.kind) == ("unlikely", "The company's chief executive", "direct")
    (quote,) = quotes_in("Le ministre a dénoncé des «mensonges», a-t-il déclaré à la télévision.", "fr")
    assert quote.text == "mensonges"
    # A title in marks is no one's words, even beside a speaker.
    assert [q.text for q in quotes_in('He told NBC\'s "Today" that the spill was "a disaster for the whole coast".',
                                      "en")] == ["a disaster for the whole coast"]


def test_a_fragment_framed_by_an_accusation_or_a_call_is_its_subjects_words() -> None:
    (quote,) = quotes_in("Two committees accused the company of ``taking shortcuts'' on the well.", "en")
    assert (quote.text, quote.speaker) == ("taking shortcuts", "Two committees")
    (quote,) = quotes_in("La Ligue arabe l'a pour la première fois exhorté à mettre «immédiatement» fin aux violences.",
                         "fr")
    assert (quote.text, quote.speaker) == ("immédiatement", "La Ligue arabe")
    # A participle has no subject of its own: the speaker is whom the sentence names first.
    (quote,) = quotes_in("Recep Tayyip Erdogan s'est prononcé contre toute sanction, accusant les grandes puissances"
                         " de «calculs» pétroliers.", "fr")
    assert (quote.text, quote.speaker) == ("calculs", "Recep Tayyip Erdogan")


def test_what_follows_said_on_tuesday_as_is_no_reported_clause() -> None:
    text = ("Libya may become a peaceful democracy or face a long civil war, Secretary of State Hillary Clinton said"
            " on Tuesday as she urged Congress not to cut aid.")
    (quote,) = [q for q in quotes_in(text, "en") if q.kind == "reported"]
    assert (quote.text, quote.speaker) == ("Libya may become a peaceful democracy or face a long civil war",
                                           "Secretary of State Hillary Clinton")


def test_a_subject_ends_where_its_auxiliary_begins() -> None:
    assert [s.text for s in find_sources("Obama has repeatedly said the spill was a disaster.", "en")] == ["Obama"]


@pytest.mark.parametrize("text", [
    'The so-called "moderate rebels" were seen in the town.',
    "That said, the talks went on until the evening.",
    "The prime minister announced the formation of a new cabinet.",
])
def test_no_quote_from_terms_idioms_or_plain_objects(text: str) -> None:
    assert quotes_in(text, "en") == []


def test_sources_in_each_language() -> None:
    assert [s.text for s in find_sources("Ifølge politiet er tre døde.", "da")] == ["politiet"]
    assert [s.text for s in find_sources("Laut Polizei gab es drei Tote.", "de")] == ["Polizei"]
    assert [s.text for s in find_sources("Trois morts, a-t-il précisé.", "fr")] == ["il"]


def test_api_and_cli_list_figures_quotes_and_disagreements(client, mosul: str, seeds_db: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from storyline.cli import app

    figures = client.get(f"/api/stories/{mosul}/figures").json()
    assert any(p["category"] == "displaced" and p["shown"] == 742_000 for p in figures)
    quotes = client.get(f"/api/stories/{mosul}/quotes", params={"speaker": "abadi"}).json()
    assert quotes and all("Abadi" in q["speaker"] for q in quotes)
    assert client.get(f"/api/stories/{mosul}/disagreements").json()[0]["kind"] == "claim"
    assert client.get("/api/stories/nothing/figures").status_code == 404
    assert client.get(f"/api/stories/{mosul}/quotes", params={"speaker": "x" * 10_000}).status_code == 422
    runner = CliRunner()
    listed = runner.invoke(app, ["figures", "--db", str(seeds_db), "--format", "json"])
    assert listed.exit_code == 0 and json.loads(listed.stdout) == figures
    rows = runner.invoke(app, ["figures", "--db", str(seeds_db), "--format", "csv"]).stdout.splitlines()
    assert rows[0].startswith("text,category,counted,hedge") and len(rows) == 1 + sum(len(p["reports"]) for p in figures)
    spoken = runner.invoke(app, ["quotes", "--db", str(seeds_db), "--speaker", "Dillon", "--format", "json"])
    assert spoken.exit_code == 0 and all("Dillon" in q["speaker"] for q in json.loads(spoken.stdout))
    assert runner.invoke(app, ["disagreements", "--db", str(seeds_db)]).exit_code == 0


def test_a_collection_stored_before_figures_and_quotes_gets_them_on_its_next_build(tmp_path: Path, seeds: Path) -> None:
    import sqlite3

    db = tmp_path / "older.db"
    with Collection(db) as collection:
        collection.build([seeds])
        (story,) = collection.stories()
        before = collection.reported(story.id)
    with sqlite3.connect(db) as older:  # as a collection built before these columns existed
        older.execute("UPDATE articles SET quotes = NULL")
        older.execute("UPDATE sentences SET figures = NULL")
        older.execute("DROP TABLE story_reports")  # nor was what a story reports kept
    with Collection(db) as collection:
        assert collection.reported(story.id).figures == []
        report = collection.build([seeds])
        assert report.added == 0
        after = collection.reported(story.id)
    assert [(p.category, p.shown) for p in after.figures] == [(p.category, p.shown) for p in before.figures]
    assert [q.text for q in after.quotes] == [q.text for q in before.quotes]


def test_the_timeline_entry_of_a_quote_cites_every_article_carrying_it(client, mosul: str) -> None:  # type: ignore[no-untyped-def]
    entries = client.get(f"/api/stories/{mosul}/timeline").json()["entries"]
    (statement,) = [e for e in entries if any("end of the fake" in c["text"] for c in e["citations"])]
    quoting = [c for c in statement["citations"] if "end of the fake" in c["text"]]
    assert len({c["article"] for c in quoting}) == 2


def test_reports_and_claims_as_nouns_name_no_source() -> None:
    assert find_sources("One plane had returned without landing amid reports of clashes at the airport.", "en") == []
    assert [s.text for s in find_sources("The ministry reports 30 dead in the city.", "en")] == ["The ministry"]
    assert [s.text for s in find_sources("The United States says it will act.", "en")] == ["The United States"]
    assert find_sources("The oil is known to have affected an estimated 1,000 birds.", "en") == []


def test_sources_past_numbers_compounds_elided_articles_and_times() -> None:
    assert [s.text for s in find_sources("On Saturday, the CDC reported 2,254 confirmed cases.", "en")] == ["the CDC"]
    assert find_sources("The total stands at 52,160 laboratory-confirmed cases.", "en") == []
    assert [s.text for s in find_sources("Quatre blessés parmi les manifestants, a ajouté l'OSDH.", "fr")] == ["l'OSDH"]
    text = "Près de 12.000 personnes ont péri, a affirmé mardi l'Observatoire syrien des droits de l'Homme."
    [times] = tag_sentences([text], "fr", None)
    assert [s.text for s in find_sources(text, "fr", [(t.start, t.end) for t in times])] == [
        "l'Observatoire syrien des droits de l'Homme"]
    assert find_sources("On dénombre au moins onze morts depuis le début des manifestations.", "fr") == []


def test_already_said_is_passive_and_a_count_is_no_source() -> None:
    assert find_sources("Thirty generals are already said to have fled across the border.", "en") == []
    assert [s.text for s in find_sources("Ils n'ont rien pu faire, raconte Magdy.", "fr")] == ["Magdy"]
    assert find_sources("There were 6,000 new cases reported this week.", "en") == []
