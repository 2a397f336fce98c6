from storyline.analyse.countries import country_code, name_key


def test_a_country_has_one_key_in_every_language() -> None:
    spellings = [("Syria", "en"), ("Syrie", "fr"), ("Syrien", "da"), ("Siria", "es"), ("سوريا", "ar")]
    assert {name_key(name, language) for name, language in spellings} == {"country:SY"}
    assert name_key("Égypte", "fr") != name_key("Syrie", "fr")


def test_an_english_country_name_is_known_in_any_article() -> None:
    assert country_code("Libya", "fr") == "LY"
    assert country_code("L'Égypte", "fr") == "EG"  # a sentence-initial elided article stays on the name


def test_other_names_are_only_lower_cased() -> None:
    assert name_key("Mosul", "en") == "mosul"
    assert name_key("Abu Bakr al-Baghdadi", "da") == "abu bakr al-baghdadi"
    assert country_code("Europe", "en") is None  # a region, not a country
    assert country_code("Syria", "xx") == "SY"  # an unknown language falls back to English names
