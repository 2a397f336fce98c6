from storyline.analyse.language import detect_language
from storyline.analyse.mentions import find_mentions
from storyline.analyse.segment import split_sentences


def test_danish_day_and_month_is_not_a_sentence_end() -> None:
    text = "Offensiven, der har til formål at tilbageerobre Mosul, begyndte 17. oktober. Den går nu ind i en mere kompliceret fase."
    sentences = split_sentences(text, "da")
    assert [s.text for s in sentences] == [
        "Offensiven, der har til formål at tilbageerobre Mosul, begyndte 17. oktober.",
        "Den går nu ind i en mere kompliceret fase.",
    ]


def test_offsets_point_back_into_the_text() -> None:
    text = "First line here.\n\n  Col. Ryan Dillon said Thursday from Baghdad. It was hot."
    sentences = split_sentences(text, "en")
    assert [s.text for s in sentences] == [
        "First line here.",
        "Col. Ryan Dillon said Thursday from Baghdad.",
        "It was hot.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.index for s in sentences] == [0, 1, 2]


def test_language_of_seed_sentences() -> None:
    assert detect_language("Irakiske elitestyrker har natten til tirsdag taget kontrollen over det sidste store område") == "da"
    assert detect_language("Iraqi troops have come within sight of the Nuri mosque's minaret.") == "en"
    assert detect_language("12 345 -- 17") is None


def test_names_keep_particles_and_skip_function_words() -> None:
    text = "The al-Nuri mosque was where IS leader Abu Bakr al-Baghdadi first announced himself, CNN said."
    assert [m.text for m in find_mentions(text, "en")] == ["al-Nuri", "Abu Bakr al-Baghdadi", "CNN"]
    danish = "Det siger oberstløjtnant Abdel Amir al-Mohammadawi til nyhedsbureauet Reuters."
    assert [m.text for m in find_mentions(danish, "da")] == ["Abdel Amir al-Mohammadawi", "Reuters"]


def test_time_words_and_possessives_are_not_part_of_names() -> None:
    text = "Mosul's liberation is imminent, Col. Ryan Dillon said Thursday from Baghdad."
    assert [m.text for m in find_mentions(text, "en", [(54, 62)])] == ["Mosul", "Col", "Ryan Dillon", "Baghdad"]


def test_a_clock_time_does_not_end_the_sentence_it_is_in() -> None:
    # TimeBank wsj_0152; sentencex alone ends a sentence after "p.m.".
    text = ("Dow Jones & Co. said it extended its $18-a-share offer for Telerate Inc. common stock until 5 p.m. "
            "EST Nov. 9. The offer was valued at about $576 million. The market closed at 4 p.m. Traders left.")
    sentences = split_sentences(text, "en")
    assert [s.text for s in sentences] == [
        "Dow Jones & Co. said it extended its $18-a-share offer for Telerate Inc. common stock until 5 p.m. EST Nov. 9.",
        "The offer was valued at about $576 million.",
        "The market closed at 4 p.m.",
        "Traders left.",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_name_after_an_elided_article_is_found() -> None:
    # ML-Crisis fr, egypt: the name starts after "l'" and "qu'".
    text = "J'aimerais avoir autant de nouvelles sur le Yémen qu'il y en a sur l'Égypte."
    assert [m.text for m in find_mentions(text, "fr")] == ["Yémen", "Égypte"]


def test_a_country_in_the_stoplist_is_still_a_name() -> None:
    # jusText's French stoplist holds "états-unis"; ML-Crisis fr, syria.
    text = "Ils veulent montrer qu'ils peuvent créer l'insécurité aux États-Unis."
    assert [m.text for m in find_mentions(text, "fr")] == ["États-Unis"]
