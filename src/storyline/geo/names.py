"""Place names as the gazetteer compares them, and what the words around a name say it is.

One key for every way a name is written: "Mossoul" and "MOSSOUL", "Tadmur" and
"Tadmūr", "al-Raqqah" and "Al Raqqah", "St. Louis" and "Saint Louis" must
meet, on the gazetteer's side and the article's, through the same function.
A name also carries words that are no part of it but say what it names:
"Anbar province" is a province called Anbar, "the Tigris River" a river (and
not the town Tigris), "the al-Nuri mosque" a building no gazetteer locates.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

#: Longest name worth looking up; longer "names" are recognition errors (the longest real toponyms are ~60 letters).
MAX_NAME_CHARS = 200

# Punctuation inside names separates words ("al-Nuri", "Ma`arrat", "N'Djamena"); dots only abbreviate
# ("U.S.", "W.Va.") and are dropped, so "US" and "U.S." meet. Newlines part the names of a batch.
_SEPARATORS = "-_'`\"()[]/\\&+,;:!?*\t\r\x0b\x0c"
_ASCII_SPACES = bytes.maketrans(_SEPARATORS.encode(), b" " * len(_SEPARATORS))
# Diacritics are dropped where they are optional accents or vowel points (the combining blocks of Latin,
# Greek, Cyrillic, Hebrew and Arabic); in Indic and other scripts a mark is a vowel, part of the word.
_OPTIONAL_MARKS = [(0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F),
                   (0x0670, 0x0670), (0x06D6, 0x06ED), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF)]
# Arabic letters written several ways (hamza seats, taa marbuta, alif maqsura; Persian yeh and kaf; tatweel).
_ARABIC_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": None}


def _unicode_table() -> dict[int, str | None]:
    """One str.translate table for punctuation, optional marks and Arabic letter forms together."""
    table: dict[int, str | None] = {
        code: " " for code in range(0x80, 0x10000) if unicodedata.category(chr(code))[0] in "PSZ"}
    table.update({ord(c): " " for c in _SEPARATORS})
    table.update({code: None for first, last in _OPTIONAL_MARKS for code in range(first, last + 1)})
    table.update({ord(c): v for c, v in _ARABIC_FORMS.items()})
    table[ord(".")] = None
    return table


_UNICODE_TABLE = _unicode_table()
_SPACE_RUNS = regex.compile(r" {2,}")
_LINE_EDGES = regex.compile(r"^ | $", flags=regex.MULTILINE)
# Abbreviations that open a name ("St. Louis", "Mt. Pleasant", "Ft. Worth"); at its end "St." is a street.
_OPENING_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_OPENING = regex.compile(r"^(st|ste|mt|ft) (?=\S)", flags=regex.MULTILINE)
# Articles that may open a name or not ("al-Raqqah" / "Raqqa", "the Netherlands", "l'Irak", "الموصل").
_ARTICLES = frozenset("al el ad ar as an at az ash the le la les l der die das den det".split())
_ARABIC_ARTICLE = "ال"
#: What a key opening with an article starts with: a cheap test before :func:`without_article`.
ARTICLE_OPENINGS = (*(article + " " for article in _ARTICLES), _ARABIC_ARTICLE)


def name_key(name: str) -> str:
    """``name`` lower-cased, without diacritics, punctuation or repeated spaces: the form every lookup uses."""
    return name_keys([name])[0]


def name_keys(names: list[str]) -> list[str]:
    """:func:`name_key` of each name, computed over all of them at once.

    The gazetteer keys 1.4 million names when it is built: joined into one
    text, each step runs once in C rather than once a name in Python.
    """
    if not names:
        return []
    text = "\n".join(name.replace("\n", " ") for name in names)
    if text.isascii():
        text = text.encode().translate(_ASCII_SPACES, b".").decode().lower()
    else:
        text = unicodedata.normalize("NFKD", text).casefold().translate(_UNICODE_TABLE)
    text = _LINE_EDGES.sub("", _SPACE_RUNS.sub(" ", text))
    text = _OPENING.sub(lambda m: _OPENING_ABBREVIATIONS[m.group(1)] + " ", text)
    return text.split("\n")


def without_article(key: str) -> str | None:
    """``key`` without the article opening it ("al raqqah" -> "raqqah"), or None when it opens with none."""
    head, _, rest = key.partition(" ")
    if rest and head in _ARTICLES:
        return rest
    if key.startswith(_ARABIC_ARTICLE) and len(key) > len(_ARABIC_ARTICLE) + 2 and " " not in key[:3]:
        return key[len(_ARABIC_ARTICLE):]
    return None


def compact(key: str) -> str:
    """``key`` without spaces: "W. Va." and "W.Va." write one abbreviation."""
    return key.replace(" ", "")


# --- words that say what a name names ---------------------------------------------------

def _keyed(words: str, kind: str) -> dict[str, str]:
    """Each word's key -> ``kind``: the words are matched against keys, which have no accents."""
    return {name_key(word): kind for word in words.split()}


#: Division words: "Anbar province", "Province of Bulacan", "Washington state", "Mosul city".
#: They restrict a name to one feature kind; the gazetteer drops them from division names too.
DIVISION_WORDS: dict[str, str] = {
    **_keyed("""province provinces provincia provincie provinz provinsen provinsi governorate muhafazat
        muhafazah wilayah wilayat vilayet state states estado etat bundesland region regione región
        oblast krai kray okrug prefecture departement department departamento departement territory
        canton kanton voivodeship division mayorality autonomous sheng shi zizhiqu zhuangzu huizu uygur""",
             "region"),  # the last words of "Anhui Sheng", "Tibet Autonomous Region", "Guangxi Zhuangzu Zizhiqu"
    **_keyed("county parish district districts distrito kreis landkreis borough municipality comune "
                    "municipio kommune commune arrondissement shire", "district"),
    **_keyed("city town village ville stadt ciudad cidade citta città", "city"),
}
#: Words naming what no gazetteer here locates: such a place gets its kind and no coordinates,
#: rather than the coordinates of a town that shares the rest of its name.
FEATURE_WORDS: dict[str, str] = {
    **_keyed("river rivers floden flod elv elven fleuve riviere fluss strom rio río nahr نهر creek", "river"),
    **_keyed("lake lakes sø søen lac see lago reservoir", "lake"),
    **_keyed("mount mountain mountains mont monte berg bjerg jabal jebel جبل range hills hill", "mountain"),
    **_keyed("island islands isle ø øen île ile insel isla ilha جزيرة", "island"),
    **_keyed("sea ocean gulf bay strait channel hav havet mer meer mar golfe bucht بحر خليج", "sea"),
    **_keyed("valley desert plain peninsula dal wüste desierto wadi وادي", "area"),
    **_keyed("""street st road rd avenue ave boulevard blvd lane highway hwy route drive square plaza
        gade vej vejen plads straße strasse platz rue place calle avenida شارع ميدان""", "street"),
    **_keyed("""mosque moské moskeen mosquée mosquee moschee mezquita mesquita masjid مسجد جامع
        church kirke kirken église eglise kirche iglesia cathedral katedral domkirke cathédrale dom
        temple synagogue shrine minaret tomb""", "landmark"),
    **_keyed("""bridge bro broen pont brücke puente airport lufthavn aéroport aeroport flughafen
        aeropuerto مطار museum museet musée musee palace palads palais palast castle slot château chateau
        schloss tower tårn stadium stadion hospital hospitalet hôpital krankenhaus university universitet
        université universität universidad جامعة college school prison fængsel dam dæmning base camp lejr
        market marked souk sooq station harbour harbor port park""", "landmark"),
}
#: Words joining a feature or division word to the name it qualifies ("Province of Bulacan", "Great Mosque of al-Nuri").
_LINKS = frozenset("of de di du del della des da do dos das von van".split())
#: Words that, alone before a division word, describe rather than name ("the Old City", "the new town").
_DESCRIPTIVE = frozenset("old new inner upper lower central historic".split())


@dataclass(frozen=True)
class NameParts:
    """A written name taken apart: the bare name, and what its extra words say it names."""

    key: str  # the bare name's key
    kind: str | None = None  # a division kind its words restrict it to (region, district, city)
    feature: str | None = None  # a feature kind its words say it is (river, landmark, ...)


def parts(key: str) -> NameParts:
    """What the words of ``key`` say: "anbar province" is the region Anbar, "tigris river" a river.

    Only the first or last word (or "X of Y") counts, so "Lake Charles" or
    "Kansas City" keep their name; the gazetteer is asked for the whole key first.
    """
    words = key.split()
    if len(words) < 2:
        return NameParts(key)
    for table, as_feature in ((FEATURE_WORDS, True), (DIVISION_WORDS, False)):
        for index in (len(words) - 1, 0):
            kind = table.get(words[index])
            if kind is None:
                continue
            rest = words[:index] + words[index + 1:]
            while rest and rest[0] in _LINKS:
                rest = rest[1:]
            if not rest:
                continue
            bare = " ".join(rest)
            if not as_feature and is_description(key):
                return NameParts(key, feature="area")
            return NameParts(bare, feature=kind) if as_feature else NameParts(bare, kind=kind)
    for index, word in enumerate(words[1:-1], start=1):  # "great mosque of al nuri", "university of mosul"
        if word in _LINKS and (kind := FEATURE_WORDS.get(words[index - 1])) is not None:
            return NameParts(" ".join(words[index + 1:]), feature=kind)
    return NameParts(key)


def is_description(key: str) -> bool:
    """Whether the words describe a part of a place rather than name one: "old city", "new town".

    The gazetteer holds towns with such names (an "Old City" in
    Pennsylvania), but in news they are nearly always a part of the town the
    story is about, which the gazetteer cannot locate.
    """
    words = key.split()
    return len(words) > 1 and words[-1] in DIVISION_WORDS and all(word in _DESCRIPTIVE for word in words[:-1])


def division_name_variant(key: str) -> str | None:
    """A division's name without its division words ("basra governorate" -> "basra",
    "tibet autonomous region" -> "tibet"), to index beside it."""
    bare = key
    while (found := parts(bare)).kind is not None and found.key != bare:
        bare = found.key
    return bare if bare != key else None


#: Compass words that part one region into divisions ("North Kivu", "Kasai-Oriental", "Southern Darfur",
#: "Jawa Barat"), as gazetteers write them in English, French, Spanish, Portuguese, Italian, German, Danish,
#: Norwegian and Indonesian.
COMPASS_WORDS = frozenset(name_keys("""north northern south southern east eastern west western central
    northeast northeastern northwest northwestern southeast southeastern southwest southwestern upper lower
    nord sud est ouest centre norte sur sul este leste oeste centro occidental oriental septentrional meridional
    ovest nordest nordovest sudest sudovest süd ost mittel nordre søndre østre vestre
    utara selatan timur barat tengah""".split()))


def compass_stem(key: str) -> str | None:
    """The name left when a compass word opens or closes ``key`` ("north kivu" -> "kivu", "kasai oriental" ->
    "kasai"), or None. Only a stem that several divisions of one country share is made a region of
    (see the gazetteer), so "west bengal" alone gives no "Bengal"."""
    words = key.split()
    for edge, rest in ((words[0], words[1:]), (words[-1], words[:-1])) if len(words) > 1 else ():
        while rest and rest[0] in _LINKS:  # "nord du quebec"
            rest = rest[1:]
        while rest and rest[-1] in _LINKS:  # "zamboanga del norte"
            rest = rest[:-1]
        if edge in COMPASS_WORDS and rest and not any(w in COMPASS_WORDS or w in DIVISION_WORDS for w in rest) \
                and rest[-1] not in FEATURE_WORDS:  # not "red sea", "lower river"
            return " ".join(rest)
    return None


def is_code(written: str) -> bool:
    """Whether a name is written as an abbreviation or code ("U.S.", "W.Va.", "NSW"), which only then may match one."""
    letters = written.replace(".", "").replace(" ", "")
    return 0 < len(letters) <= 5 and ("." in written or letters.isupper())
