"""clean_documents on the seed files, ML-Crisis French pages and made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.clean import Cleaned, clean_documents, line_key
from storyline.clean.flat import sentences_of
from storyline.model import Document
from storyline.read import read_paths

SEEDS = Path(__file__).parent.parent / "examples" / "mosul-2017"
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"


@pytest.fixture(scope="module")
def seeds() -> list[Cleaned]:
    return clean_documents([d for d in read_paths([SEEDS]) if isinstance(d, Document)])


def _paragraphs(cleaned: Cleaned) -> list[str]:
    return cleaned.text.split("\n\n")


def test_titles(seeds: list[Cleaned]) -> None:
    assert [c.title for c in seeds] == [
        "Iraqi troops close in on 'caliphate' mosque in Mosul",
        "The liberation of Mosul from ISIS is 'imminent,' US-led coalition says",
        None,
        None,
    ]


def test_000_keeps_the_article_and_one_copy_of_each_caption(seeds: list[Cleaned]) -> None:
    paragraphs = _paragraphs(seeds[0])
    assert paragraphs[0] == "IS leader Abu Bakr al-Baghdadi made his declaration at the landmark in 2014."
    assert paragraphs[-1].startswith("As they abandoned their homes today")
    assert len(paragraphs) == 18
    for caption in ("Rubble stands in place of monuments inside the museum.",
                    "Iraqi troops have come within sight of the Nuri mosque's minaret."):
        assert paragraphs.count(caption) == 1
    for gone in ("ITV News", "password", "vote", "e-mail", "STV", "Cookie"):
        assert gone not in seeds[0].text
    assert seeds[0].clutter[:3] == ["• STV", "• MySTV", "ITV"]
    assert "Rubble stands in place of monuments inside the museum. ITV News" in seeds[0].clutter
    assert seeds[0].clutter[-1].startswith("That's you. All that's left")


def test_001_keeps_subheadings_and_drops_byline(seeds: list[Cleaned]) -> None:
    paragraphs = _paragraphs(seeds[1])
    assert paragraphs[0].startswith("Mosul, Iraq (CNN)Iraqi forces are locked")
    assert paragraphs[-1].startswith("CNN's Nick Paton Walsh and Salma Abdelaziz reported")
    for heading in ("'We will not relent'", "Residents still at risk", "Why Mosul is crucial",
                    "Key trading city", "'Mosul is cultural capital'"):
        assert heading in paragraphs
    assert len(paragraphs) == 26
    assert seeds[1].clutter[:4] == [
        "Breaking News",
        "By Nick Paton Walsh, Jomana Karadsheh, Mohammed Tawfeeq and Ryan Browne, CNN",
        "Updated 1:36 PM ET, Thu June 29, 2017",
        "Story highlights",
    ]


def test_002_danish_article_kept_whole_but_the_credit(seeds: list[Cleaned]) -> None:
    paragraphs = _paragraphs(seeds[2])
    assert len(paragraphs) == 17
    assert paragraphs[9] == "Islamisk Stat er generelt på tilbagetog flere steder."
    assert seeds[2].clutter == ["/ritzau/Reuters"]


def test_003_drops_comment_and_password_prompts(seeds: list[Cleaned]) -> None:
    paragraphs = _paragraphs(seeds[3])
    assert len(paragraphs) == 12
    assert paragraphs[-1] == (
        "U.S.-led coalition spokesman Col. Ryan Dillon told reporters at the Pentagon "
        "that victory in Mosul was “imminent.”"
    )
    assert [line[:20] for line in seeds[3].clutter] == ["Only subscribers are", "Use the form below t"]


def _doc(text: str, name: str = "x.txt") -> Document:
    return Document(source_path=name, text=text)


ARTICLE = (
    "The council voted on Monday to close the old bridge to heavy traffic.\n\n"
    "Engineers said the structure had been weakened by the floods of last winter.\n\n"
)


def test_lines_repeated_across_the_batch_are_clutter() -> None:
    menu = "Accueil International Économie\n"
    stories = [
        "The council voted on Monday to close the old bridge to heavy traffic.",
        "Engineers said the structure had been weakened by the floods of last winter.",
        "Shops near the river say they have lost half of their customers since March.",
    ]
    docs = [_doc(menu + story) for story in stories]
    cleaned = clean_documents(docs)
    assert all(c.clutter == ["Accueil International Économie"] for c in cleaned)
    single = clean_documents([docs[0]], known_counts={line_key("  ACCUEIL international  économie "): 2})
    assert single[0].clutter == ["Accueil International Économie"]


def test_furniture_in_other_languages_and_short_real_sentences() -> None:
    text = (
        ARTICLE
        + "“No.”\n\n"
        + "The bridge will reopen in May, the mayor said.\n\n"
        + "Mot de passe oublié ?\n"
        + "Inscrivez-vous à notre newsletter\n"
        + "Passwort vergessen?\n"
        + "Glemt din adgangskode?\n"
    )
    (cleaned,) = clean_documents([_doc(text)])
    assert _paragraphs(cleaned)[2:] == ["“No.”", "The bridge will reopen in May, the mayor said."]
    assert cleaned.clutter == [
        "Mot de passe oublié ?", "Inscrivez-vous à notre newsletter", "Passwort vergessen?", "Glemt din adgangskode?",
    ]


def test_clean_text_documents_pass_through() -> None:
    doc = Document(source_path="p.html", text="Sign in\n\nText.", title="T", clean_text=True)
    assert clean_documents([doc]) == [Cleaned(title="T", text="Sign in\n\nText.", clutter=[])]


@pytest.fixture(scope="module")
def french() -> dict[str, Cleaned]:
    folder = CORPORA / "ml-crisis" / "fr"
    if not folder.is_dir():
        pytest.skip("shared ml-crisis corpus not available")
    docs = [d for d in read_paths([folder]) if isinstance(d, Document)]
    return {str(Path(d.source_path).relative_to(folder)): c for d, c in zip(docs, clean_documents(docs))}


def test_french_le_monde_page(french: dict[str, Cleaned]) -> None:
    cleaned = french["egypt/2013-02-02/ext_10.txt"]
    assert cleaned.title == 'Les "Black bloc", nouveau visage de la contestation égyptienne'
    assert _paragraphs(cleaned)[0].startswith("Ils ont entre 20 et 30 ans")
    assert "LA BÊTE NOIRE DES AUTORITÉS ÉGYPTIENNES" in _paragraphs(cleaned)
    assert "Faire ses courses sans passer par la caisse, Amazon Go veut imposer son modèle" in cleaned.clutter
    for gone in ("Publié le", "cookies", "mot de passe", "Newsletters", "Suivez Le Monde", "sur un autre appareil"):
        assert gone not in cleaned.text


def test_french_figaro_menus(french: dict[str, Cleaned]) -> None:
    cleaned = french["egypt/2012-09-27/ext_3.txt"]
    assert cleaned.clutter[:3] == ["Les sites éditoriaux", "Les sites du Groupe Figaro", "Nos journaux et magazines"]
    assert cleaned.title == "Égypte: le copte Alber Saber jugé pour blasphème"
    assert all(c.text.strip() for c in french.values())


def test_french_reader_comments_are_removed(french: dict[str, Cleaned]) -> None:
    """Threads under French pages go whole, from their heading or, where the page lost it, from readers' marks.

    Left in, readers' asides ("en 1962...") become timeline entries.
    """
    agoravox = french["egypt/2013-10-19/ext_66.txt"]
    assert len(_paragraphs(agoravox)) == 30
    assert _paragraphs(agoravox)[-1].startswith("(**) La mosquée Zeitouna")
    assert "100 réactions à cet article" in agoravox.clutter
    assert "J'avais lu plusieurs articles sur le « jihad du sexe »" not in agoravox.text
    blog = french["egypt/2013-08-01/ext_63.txt"]
    assert [paragraph[:20] for paragraph in _paragraphs(blog)] == ["Le clientélisme, mar", "Les contestations qu"]
    assert "Je place à nouveau mon dernier commentaire qui me semble approprié:" in blog.clutter
    assert "1962" not in blog.text


def test_comment_heading_ends_the_article_but_an_invitation_does_not() -> None:
    """A form title opens the thread; a live blog's invitation closes one post, and the next post stays."""
    comments = [
        "I think the council should have closed the bridge years ago, it was never safe.",
        "We drove over it every day in the sixties and nobody ever worried about it.",
    ]
    (page,) = clean_documents([_doc(ARTICLE + "Leave a Reply\n" + "\n".join(comments))])
    assert page.clutter == ["Leave a Reply", *comments]
    live = ARTICLE + "Post a comment below or sound off on video .\n" + ARTICLE.replace("bridge", "tunnel")
    (blog,) = clean_documents([_doc(live)])
    assert "The council voted on Monday to close the old tunnel to heavy traffic." in blog.text


# Timeline17 lines: one tokenised sentence per line, as the corpus gives them.
_T17_STORIES = [
    "Oil from the ruptured well reached the Louisiana marshes on Thursday , officials said .",
    "Fishermen in Alabama said the closures had cost them most of the shrimp season .",
    "Engineers worked through the night to fit a new cap over the leaking well .",
    "The coast guard said the slick had grown to twice its size in two days .",
    "Hotel owners on the Florida panhandle reported cancellations for the whole summer .",
]


def _t17_doc(index: int, *extra: str) -> Document:
    """An article of its own (two sentences no other document has), then ``extra`` lines.

    Line keys fold digits, so the sentences differ in a word, not a number.
    """
    name = "".join(chr(ord("a") + int(digit)) for digit in str(index))
    story = [
        f"Officials in the parish of {name} gave a figure for the damage to the coast and its wildlife .",
        f"The spill had reached the {name} beach by the time the cleanup crews arrived there .",
    ]
    return _doc("\n".join([*story, *extra]), f"t17-{index}.txt")


def test_syndicated_sentence_in_a_few_documents_is_kept() -> None:
    syndicated = "BP has said its costs for containing the spill are running at $ 6 million a day ."
    cleaned = clean_documents([_t17_doc(index, syndicated) for index in range(3)])
    assert all(syndicated in c.text and not c.clutter for c in cleaned)


def test_site_sentence_in_many_documents_is_removed() -> None:
    closed = "This discussion is now closed ."
    cleaned = clean_documents([_t17_doc(index, closed) for index in range(25)])
    assert all(c.clutter == [closed] for c in cleaned)


def test_plain_sentence_needs_many_unrelated_documents() -> None:
    boilerplate = "News , features , and opinions on environmental policy and tools to live a green life ."
    few = clean_documents([_t17_doc(index, boilerplate) for index in range(5)])
    many = clean_documents([_t17_doc(index, boilerplate) for index in range(25)])
    assert all(boilerplate in c.text for c in few)
    assert all(c.clutter == [boilerplate] for c in many)


def test_a_note_about_the_post_that_opens_or_closes_it_is_removed_whatever_its_series() -> None:
    french = [
        "Les manifestants se sont rassemblés vendredi sur la place centrale de la ville, selon des témoins.",
        "La police a dispersé la foule dans la soirée et arrêté une dizaine de personnes.",
        "Le gouvernement a promis une enquête sur les violences de la semaine dernière.",
    ]
    for story, note in [
        (_T17_STORIES, "This post is part of our special coverage of the Gulf oil spill 2010 ."),
        (french, "Ce billet fait partie du dossier de Global Voices sur le soulèvement en Syrie 2011/12."),
    ]:
        for page in ([*story, note], [note, *story]):
            (cleaned,) = clean_documents([_doc("\n".join(page))])
            assert cleaned.clutter == [note]
            assert all(line in cleaned.text for line in story)


def test_a_quoted_tweet_that_ends_a_post_is_kept() -> None:
    tweet = "@monasosh: une foule impressionnante attend de franchir le pont Kasr El Nil #Jan25 http://yfrog.com/h0ef"
    (cleaned,) = clean_documents([_doc("\n".join([*_T17_STORIES, tweet]))])
    assert tweet in cleaned.text


def test_french_blog_posts_lose_their_series_note(french: dict[str, Cleaned]) -> None:
    closing = [name for name, c in french.items() if "fait partie du dossier" in c.text or "fait partie de notre" in c.text]
    assert closing == []
    assert any("fait partie" in line for c in french.values() for line in c.clutter)


def test_near_copies_count_once() -> None:
    copies = [_doc(f"{' '.join(_T17_STORIES)}\nThe cap sits on the lower marine riser package , BP said .\n")
              for _ in range(25)]
    assert all(not c.clutter for c in clean_documents(copies))


def test_quotes_and_first_person_speech_are_kept() -> None:
    lines = [
        "`` I could n't buy my shrimp , I could n't buy my oysters , I could n't take my boat out . ''",
        "`` It 's very sad because I grew up out here , '' she said .",
        "I know what they would say .",
        "`` To the people of Haiti , we say clearly , you will not be forsaken , '' he said .",
        _T17_STORIES[0],
    ]
    (cleaned,) = clean_documents([_doc("\n".join(lines))])
    assert cleaned.clutter == []


def test_prompts_to_the_reader_are_removed() -> None:
    prompts = [
        "Get constant updates from our in-the-field reporters and producers and read stories you 'll only see here .",
        "So share your thoughts with the rest of us .",
    ]
    (cleaned,) = clean_documents([_doc("\n".join([*_T17_STORIES, *prompts]))])
    assert cleaned.clutter == prompts


def test_reader_comments_are_clutter(corpora: Path) -> None:
    """CNN pages in Timeline17 keep their comments; a comment's stamp dates it like news, so it must go."""
    import json

    with (corpora / "t17" / "LibyaWar" / "articles.jsonl").open(encoding="utf-8") as records:
        texts = [json.loads(line)["text"] for line in records]
    page = next(t for t in texts if "2011 at 6:22 pm |" in t)
    [cleaned] = clean_documents([_doc(page)])
    stamped = [line for line in page.splitlines() if " 2011 at " in line and " pm | " in line]
    assert stamped and all(line.strip() in cleaned.clutter for line in stamped)
    # The report above the comments stays.
    first = next(line.strip() for line in page.splitlines() if len(line.split()) > 12)
    assert first in cleaned.text


def test_an_article_written_on_one_line_is_cleaned_sentence_by_sentence() -> None:
    # Seed 003 as many scrapers write pages: every paragraph, and the comment form, on one line.
    text = (SEEDS / "003_080acb2d75f9ff25.txt").read_text(encoding="utf-8")
    as_lines, on_one_line = clean_documents([Document("lines.txt", text), Document("flat.txt", " ".join(text.split()))])
    assert on_one_line.text.strip(), "the whole line was thrown away"
    kept = [sentence for paragraph in _paragraphs(as_lines) for sentence in sentences_of(paragraph)]
    assert len(kept) > 20 and all(sentence in on_one_line.text for sentence in kept)
    removed = [sentence for line in as_lines.clutter for sentence in sentences_of(line)]
    assert removed and not any(sentence in on_one_line.text for sentence in removed)
    assert "\n" not in on_one_line.text  # one paragraph it was, one it stays
