"""Who says so: the source a sentence gives for what it reports, in each language we read.

News names its sources in two ways everywhere: a source phrase before or
after the claim ("according to the Iraqi government", "selon l'ONU",
"ifølge politiet", "laut Polizei") and a reporting verb beside its subject
("the ministry said", "a indiqué le porte-parole", "sagde han"). Both are
found here, with the words of the source as written; a pronoun ("he said")
is kept as written and resolved by the caller, which knows the sentences
before it. Figures take their source from here, and quotes their speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from storyline.stopwords import stopwords

#: Source phrases followed by the source ("according to X"); German "zufolge" follows it and is handled apart.
SOURCE_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("according to", "citing", "quoting"),
    "fr": ("selon", "d'après", "d’après", "de source", "citant"),
    "es": ("según", "de acuerdo con", "citando"),
    "de": ("laut", "nach angaben von", "nach angaben des", "nach angaben der", "nach angaben"),
    "it": ("secondo", "stando a", "citando"),
    "pt": ("segundo", "de acordo com", "conforme", "citando"),
    "da": ("ifølge", "citerer"),
    "nl": ("volgens", "aldus"),
    "sv": ("enligt",),
}

#: Reporting verbs, as they stand beside their subject (auxiliaries included where the tense needs one).
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "stated",
           "states", "added", "adds", "estimated", "estimates", "confirmed", "confirms", "claimed", "claims",
           "warned", "warns", "explained", "declared", "insisted", "noted", "wrote", "writes", "tweeted",
           "counted", "recorded", "put the toll", "put the number", "put the figure", "vowed", "pledged", "promised",
           "acknowledged", "admitted", "described", "urged", "argued", "stressed", "asserted", "recalled",
           "predicted", "conceded", "complained", "replied", "answered", "asked", "explained"),
    "fr": ("a déclaré", "a affirmé", "a indiqué", "a annoncé", "a précisé", "a ajouté", "a expliqué",
           "a estimé", "a dit", "a assuré", "a souligné", "a rapporté", "a confirmé", "a fait savoir",
           "a-t-il déclaré", "a-t-il dit", "a-t-il ajouté", "a-t-il précisé", "a-t-il indiqué", "a-t-elle déclaré",
           "a-t-elle dit", "a-t-elle ajouté", "a-t-elle précisé", "a-t-elle indiqué", "ont déclaré", "ont indiqué",
           "ont affirmé", "ont annoncé", "déclare", "affirme", "indique", "annonce", "précise", "ajoute",
           "explique", "estime", "assure", "rapporte", "dit", "confirme", "souligne", "déclarait", "affirmait",
           "indiquait", "dénombre", "recense", "fait état", "raconte", "a raconté", "témoigne", "a témoigné",
           "rappelle", "a rappelé", "déplore", "a déploré", "a-t-il raconté", "a-t-elle raconté"),
    "es": ("dijo", "afirmó", "informó", "declaró", "aseguró", "señaló", "indicó", "explicó", "anunció",
           "añadió", "agregó", "confirmó", "ha dicho", "ha afirmado", "ha informado", "ha declarado", "dice",
           "afirma", "asegura", "informa", "señala", "indica", "explica", "estima", "cifró"),
    "de": ("sagte", "sagt", "erklärte", "erklärt", "berichtete", "berichtet", "teilte mit", "meldete",
           "meldet", "betonte", "hieß es", "heißt es", "schätzt", "schätzte", "bestätigte", "sprach von"),
    "it": ("ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha annunciato", "ha riferito",
           "ha sottolineato", "ha aggiunto", "ha confermato", "dice", "afferma", "dichiara", "riferisce",
           "spiega", "annuncia", "stima"),
    "pt": ("disse", "afirmou", "declarou", "informou", "anunciou", "explicou", "acrescentou", "confirmou",
           "diz", "afirma", "declara", "informa", "estima"),
    "da": ("sagde", "siger", "oplyser", "oplyste", "fortæller", "fortalte", "meddeler", "meddelte", "skriver",
           "skrev", "vurderer", "vurderede", "udtalte", "bekræfter", "bekræftede", "melder", "meldte"),
    "nl": ("zei", "zegt", "verklaarde", "meldde", "meldt", "liet weten", "laat weten", "schat", "schatte",
           "bevestigde"),
    "sv": ("sade", "sa", "säger", "uppger", "uppgav", "meddelade", "meddelar", "berättade", "berättar",
           "skriver", "skrev", "bekräftade", "uppskattar"),
}

#: Verbs that give a few of someone's words as the object of what they do, not as what they said ("accused BP
#: of ``taking shortcuts''", "a exhorté à mettre «immédiatement» fin", "bezeichnete ihn als „Verräter“"): their
#: subject is the speaker of a quoted fragment. Kept apart from the reporting verbs, whose clause is a claim.
FRAMING_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("accused", "accuses", "accusing", "called", "calls", "calling", "urged", "urges", "urging", "denounced",
           "denounces", "condemned", "condemns", "described", "describes", "describing", "branded", "labelled",
           "labeled", "dismissed", "criticised", "criticized", "praised", "promised", "vowed", "demanded"),
    "fr": ("accusé", "accuse", "accusant", "exhorté", "exhorte", "exhortant", "dénoncé", "dénonce", "dénonçant",
           "qualifié", "qualifie", "qualifiant", "appelé", "appelle", "appelant", "fustigé", "fustige", "fustigeant",
           "condamné", "condamne", "condamnant", "promis", "promet", "réclamé", "réclame", "dénonçaient"),
    "es": ("acusó", "acusa", "acusando", "calificó", "califica", "calificando", "denunció", "denuncia",
           "denunciando", "instó", "insta", "exhortó", "condenó", "condena", "tachó", "tacha", "prometió",
           "exigió", "exige"),
    "de": ("warf", "wirft", "beschuldigte", "beschuldigt", "nannte", "nennt", "bezeichnete", "bezeichnet",
           "forderte", "fordert", "verurteilte", "verurteilt", "kritisierte", "kritisiert", "versprach"),
    "it": ("accusato", "accusa", "accusando", "definito", "definisce", "denunciato", "denuncia", "esortato",
           "condannato", "condanna", "promesso", "chiesto"),
    "pt": ("acusou", "acusa", "acusando", "classificou", "classifica", "chamou", "chama", "denunciou", "denuncia",
           "condenou", "condena", "prometeu", "exigiu"),
    "da": ("anklagede", "anklager", "beskyldte", "beskylder", "kaldte", "kalder", "betegnede", "betegner",
           "opfordrede", "opfordrer", "fordømte", "fordømmer", "kritiserede", "lovede"),
    "nl": ("beschuldigde", "beschuldigt", "noemde", "noemt", "veroordeelde", "veroordeelt", "bekritiseerde",
           "beloofde", "eiste"),
    "sv": ("anklagade", "anklagar", "kallade", "kallar", "uppmanade", "uppmanar", "fördömde", "fördömer",
           "kritiserade", "lovade", "krävde"),
}

#: Verbs of saying whose reported clause may follow with no "that" ("he said the city had fallen").
SAYING: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "a dit", "dit", "a déclaré", "a affirmé", "a ajouté",
    "dijo", "dice", "afirmó", "añadió", "sagte", "sagt", "ha detto", "disse", "diz", "sagde", "siger",
    "zei", "zegt", "sade", "sa", "säger",
})

#: Personal pronouns that can be a speaker; resolved by the caller to the last named one.
PRONOUNS: dict[str, frozenset[str]] = {
    "en": frozenset({"he", "she", "they", "we", "i"}), "fr": frozenset({"il", "elle", "ils", "elles"}),
    "es": frozenset({"él", "ella", "ellos", "ellas"}), "de": frozenset({"er", "sie"}),
    "it": frozenset({"lui", "lei", "loro"}), "pt": frozenset({"ele", "ela", "eles", "elas"}),
    "da": frozenset({"han", "hun", "de"}), "nl": frozenset({"hij", "zij", "ze"}),
    "sv": frozenset({"han", "hon", "de"}),
}

#: A French reporting cue with its subject inverted: "a-t-il expliqué", "ont-elles affirmé", "a-t-elle poursuivi".
_FRENCH_INVERTED = regex.compile(r"(?<![\p{L}])(?:a|ont)-(?:t-)?(?:il|elle|ils|elles)\s+\p{Ll}+[ée]s?(?![\p{L}])")
#: A pronoun written inside a French inverted cue ("a-t-il déclaré", "ont-elles dit").
_PRONOUN_IN_CUE = regex.compile(r"-(?:t-)?(il|elle|ils|elles)\b")
#: Most words a source is taken to run over.
MAX_SOURCE_WORDS = 10
#: Where a source's words end: punctuation, quotation marks, brackets.
_STOP = regex.compile(r"[,;:.!?()\[\]\"“”«»„`]|(?<!\p{L})[‘’]|[‘’](?!\p{L})|''|--|—|–| - ")
#: An abbreviation whose dot does not end the source ("Maj. Dhia Thamir", "Lt. Col.", "U.S.").
_ABBREVIATION = regex.compile(r"(?:\b\p{Lu}\p{Ll}{0,3}|\b(?:\p{Lu}\.)+\p{Lu})\.\s*$")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-.]*")


@dataclass(frozen=True)
class Source:
    """Who a sentence says is speaking or reporting: the words as written and the cue that says so."""

    start: int
    end: int
    text: str
    cue: str
    cue_start: int  # where the cue stands in the sentence
    cue_end: int
    pronoun: bool = False


@cache
def _cue_pattern(cues: tuple[str, ...]) -> regex.Pattern[str]:
    alternatives = "|".join(regex.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    # never inside a compound: "laboratory-confirmed cases" holds no verb
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}-])(?:{alternatives})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


def find_sources(text: str, language: str | None, times: Sequence[tuple[int, int]] = ()) -> list[Source]:
    """Every source the sentence names, in order: after source phrases, and beside reporting verbs.

    ``times`` are the spans of the sentence's time expressions, which are never a source ("said Thursday").
    """
    lang = language if language in REPORTING_VERBS else "en"
    pronouns = PRONOUNS.get(lang, frozenset())
    sources = []
    for cue in _cue_pattern(SOURCE_PHRASES[lang]).finditer(text):
        words = _words_after(text, cue.end(), _AUXILIARIES[lang], nouns_capitalised=lang == "de")
        if words is not None:
            sources.append(_source(text, words, cue, pronouns))
    cues = list(_cue_pattern(REPORTING_VERBS[lang]).finditer(text))
    if lang == "fr":  # "a-t-il expliqué", "ont-elles affirmé": any participle after an inverted subject
        cues += [c for c in _FRENCH_INVERTED.finditer(text) if not any(c.start() == k.start() for k in cues)]
    for cue in cues:
        inside = _PRONOUN_IN_CUE.search(cue.group())
        if inside is not None:  # "a-t-il déclaré": the speaker is in the cue
            at = cue.start() + inside.start(1)
            sources.append(Source(at, at + len(inside.group(1)), inside.group(1), cue.group(), cue.start(), cue.end(),
                                  pronoun=True))
            continue
        if _passive(text, cue.start(), lang):
            continue  # "is said to have", "was reported to": nobody is named as saying it
        if _not_a_verb(text, cue, lang):
            continue  # "amid reports that", "an estimated 1,000": a noun or an adjective, not a verb
        after = _words_after(text, cue.end(), _AUXILIARIES[lang])
        time_after = next((end for start, end in times if after is not None and start <= after[0] < end), None)
        if time_after is not None:  # "said Thursday"; "a affirmé mardi l'Observatoire": the subject may follow
            after = _words_after(text, time_after, _AUXILIARIES[lang])
        if after is not None and _inverted(text, cue.start(), after, pronouns):
            words: tuple[int, int] | None = after
        else:
            words = _words_before(text, cue.start(), CLAUSE_WORDS[lang]) or after
        if words is not None:
            sources.append(_source(text, words, cue, pronouns))
    kept = [s for s in sources if not any(start <= s.start < end for start, end in times)
            and (" " in s.text or names_someone(s, lang))  # "On dénombre", "There have been": no one
            and not s.text[0].isdigit()]  # "6,000 new cases reported": what is counted, not who counts
    return sorted({(s.start, s.end): s for s in kept}.values(), key=lambda s: s.start)


def framing_verbs(text: str, language: str | None) -> list[regex.Match[str]]:
    """The framing verbs of a sentence (see FRAMING_VERBS), in order."""
    lang = language if language in FRAMING_VERBS else "en"
    return list(_cue_pattern(FRAMING_VERBS[lang]).finditer(text))


#: Endings of the present participle, whose subject is the main clause's ("Erdogan spoke, accusing...").
_PARTICIPLE_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": ("ing",), "fr": ("ant",), "es": ("ando", "iendo"), "it": ("ando", "endo"), "pt": ("ando", "endo"),
}


def is_participle(verb: str, language: str | None) -> bool:
    """Whether a verb form is a present participle, which has no subject of its own."""
    return verb.lower().endswith(_PARTICIPLE_ENDINGS.get(language or "en", ()))


def names_someone(source: Source, language: str | None) -> bool:
    """Whether a source's words can name a speaker: a pronoun, or some word that is not a function word."""
    if source.pronoun:
        return True
    return any(w.lower() not in stopwords(language) for w in _WORD.findall(source.text))


def subject_before(text: str, verb: regex.Match[str], language: str | None) -> Source | None:
    """The subject of a verb ("The Islamic State has blamed"), as a source; None when there is none."""
    lang = language if language in REPORTING_VERBS else "en"
    span = _words_before(text, verb.start(), CLAUSE_WORDS[lang])
    if span is None:
        return None
    return _source(text, span, verb, PRONOUNS.get(lang, frozenset()))


def _passive(text: str, cue_start: int, language: str) -> bool:
    """Whether the reporting verb is passive: a form of "be" just before it, or before an adverb ("are
    already said to have fled")."""
    before = _WORD.findall(text[max(0, cue_start - 40):cue_start])
    if len(before) > 1 and before[-1].lower() in _ADVERBS.get(language, frozenset()):
        before = before[:-1]
    return bool(before) and before[-1].lower() in _BE.get(language, frozenset())


#: Adverbs that stand between "be" and its participle.
_ADVERBS: dict[str, frozenset[str]] = {
    "en": frozenset({"already", "also", "now", "still", "widely", "often", "previously", "once", "reportedly",
                     "generally", "officially", "allegedly", "initially", "originally", "later"}),
    "fr": frozenset({"déjà", "aussi", "également", "souvent"}),
}


def _not_a_verb(text: str, cue: regex.Match[str], language: str) -> bool:
    """Whether an English cue stands as a noun or an adjective: after an article or a number ("an estimated
    1,000", "2,254 confirmed cases"), or, for one that is also a plural noun ("reports", "claims"), after a
    preposition or a determiner ("amid reports")."""
    if language != "en":
        return False
    before = _WORD.findall(text[max(0, cue.start() - 20):cue.start()])
    if not before:
        return False
    word = before[-1].lower()
    return word in _ARTICLES or word[0].isdigit() or (cue.group().lower() in _ALSO_NOUNS and word in _BEFORE_NOUNS)


_ARTICLES = frozenset({"a", "an", "the"})
#: English reporting verbs written as their plural nouns are.
_ALSO_NOUNS = frozenset({"reports", "claims", "estimates", "states", "counts", "notes", "answers", "promises"})
#: Words after which such a form is a noun ("amid reports", "the claims", "conflicting estimates").
_BEFORE_NOUNS = frozenset({
    "a", "an", "the", "of", "amid", "in", "on", "to", "for", "with", "from", "by", "about", "despite", "after",
    "these", "those", "such", "any", "some", "no", "his", "her", "their", "its", "our", "your", "media", "news",
    "press", "unconfirmed", "conflicting", "initial", "early", "earlier", "later", "local", "official", "several",
    "many", "recent", "new", "latest", "first", "similar", "other", "both", "all", "united",
})


#: Forms of "be" that make a reporting verb after them passive, where the language forms its passive so.
_BE: dict[str, frozenset[str]] = {
    "en": frozenset({"is", "was", "are", "were", "been", "be", "being"}),
    "fr": frozenset({"est", "été", "sont", "était"}), "es": frozenset({"es", "fue", "son", "sido"}),
    "it": frozenset({"è", "stato", "stata", "sono"}), "pt": frozenset({"é", "foi", "são", "sido"}),
    "de": frozenset({"wird", "wurde", "worden"}), "nl": frozenset({"wordt", "werd", "is"}),
}


def _inverted(text: str, verb_start: int, after: tuple[int, int], pronouns: frozenset[str]) -> bool:
    """Whether the subject follows its verb (", said Maj. Dhia Thamir", ", sagde han"): the verb opens its clause
    and a pronoun or a capitalised name comes next."""
    if text[:verb_start].rstrip()[-1:] not in {",", '"', "”", "»", "'", "’", ""} and text[:verb_start].strip():
        return False
    first = _ELIDED_ARTICLE.sub("", text[after[0]:after[1]].split()[0])  # "a ajouté l'OSDH"
    return first.lower() in pronouns or first[:1].isupper()


#: An article elided before a name ("l'OSDH", "d'Amnesty"), which the name's capital follows.
_ELIDED_ARTICLE = regex.compile(r"^[lLdD]['’]")


def _source(text: str, span: tuple[int, int], cue: regex.Match[str], pronouns: frozenset[str]) -> Source:
    start, end = span
    words = text[start:end]
    return Source(start, end, words, cue.group(), cue.start(), cue.end(), pronoun=words.lower() in pronouns)


def _words_after(text: str, start: int, verbs: frozenset[str], nouns_capitalised: bool = False) -> tuple[int, int] | None:
    """The source words from ``start`` to the next stop, auxiliary verb or number (an abbreviation's dot is no stop)."""
    position = start
    while True:
        stop = _STOP.search(text, position)
        end = stop.start() if stop else len(text)
        if stop and stop.group() == "." and _ABBREVIATION.search(text[:stop.end()]):
            position = stop.end()
            continue
        break
    words = []
    for word in _WORD.finditer(text, start, end):
        if word.group().lower() in verbs or word.group()[0].isdigit() or len(words) == MAX_SOURCE_WORDS:
            break
        if nouns_capitalised and words and word.group()[0].islower() and word.group() not in _GERMAN_LINKS:
            break  # "laut Polizei gab es": German writes its nouns, not its verbs, with a capital
        words.append(word)
    if not words:
        return None
    return words[0].start(), words[-1].end()


def _words_before(text: str, end: int, clause_words: frozenset[str]) -> tuple[int, int] | None:
    """The subject just before a reporting verb, back to the last stop or clause word; None when there is none.

    A subject set off by commas (", Peter Hawkins, said") is the words between them.
    """
    stops = [m for m in _STOP.finditer(text, 0, end) if not (m.group() == "." and _ABBREVIATION.search(text[:m.end()]))]
    apposition = False
    while stops and not text[stops[-1].end():end].strip() and stops[-1].group() == ",":
        end = stops.pop().start()
        apposition = True
    start = stops[-1].end() if stops else 0
    if apposition and stops and stops[-1].group() == "," and not _is_name(text[start:end]):
        before = stops[-2].end() if len(stops) > 1 else 0
        if _is_name(text[before:stops[-1].start()]):  # "Bob Dudley, the head of BP's unit, said"
            start, end = before, stops[-1].start()
    words = list(_WORD.finditer(text, start, end))
    if words and words[-1].group().lower() in ALL_PRONOUNS:
        words = words[-1:]  # "... this week, he said": the pronoun is the subject
    if words and words[-1].group().lower() in _RELATIVES:
        words = words[:-1]  # "a spokesman for the coalition who said": the spokesman
    clause = [i for i, w in enumerate(words) if w.group().lower() in clause_words]
    if clause:
        words = words[clause[-1] + 1:]
    words = words[-MAX_SOURCE_WORDS:]
    while words and words[-1].group().lower() in _AUXILIARY_WORDS:
        words = words[:-1]  # "the United Nations has said"
    if not words or (text[words[-1].end():end].strip() and not _only_auxiliaries(text[words[-1].end():end])):
        return None
    finite = next((i for i, w in enumerate(words) if i and _is_auxiliary(w.group())), None)
    if finite is not None:
        words = words[:finite]  # "Obama has repeatedly said", "la Ligue l'a pour la première fois exhorté"
    return words[0].start(), words[-1].end()


def _is_auxiliary(word: str) -> bool:
    """Whether a word is an auxiliary or adverb that follows a subject, or one with an object pronoun ("l'a")."""
    return word.lower() in _AUXILIARY_WORDS or bool(_CLITIC_AUXILIARY.match(word))


#: A French object pronoun elided before its auxiliary: "l'a", "l’ont", "l'avait".
_CLITIC_AUXILIARY = regex.compile(r"[lL]['’](?:a|ont|avait|avaient)$")


def _is_name(words: str) -> bool:
    """Whether words are a short name: each capitalised, but for the particles of names ("al-", "de", "van")."""
    found = _WORD.findall(words)
    return 0 < len(found) <= 5 and all(w[0].isupper() or w.lower() in _NAME_PARTICLES for w in found) \
        and any(w[0].isupper() for w in found)


_NAME_PARTICLES = frozenset({"al", "el", "de", "du", "da", "di", "van", "von", "der", "den", "bin", "ibn", "la", "le"})


def _only_auxiliaries(between: str) -> bool:
    """Whether the words between a subject and its verb are auxiliaries or a relative ("who has said")."""
    words = _WORD.findall(between)
    return bool(words) and all(w.lower() in _AUXILIARY_WORDS or w.lower() in _RELATIVES for w in words)


#: Every language's speaker pronouns (but Danish "de" and French "on", also other words).
ALL_PRONOUNS = frozenset(p for pronouns in PRONOUNS.values() for p in pronouns) - {"de", "on"}
#: Relative pronouns standing between a subject and its verb ("a spokesman who said").
_RELATIVES = frozenset({"who", "which", "qui", "quien", "quienes", "der", "die", "som", "che", "wer"})
#: Auxiliaries between a subject and its reporting verb ("has said", "a dit" is one cue already).
_AUXILIARY_WORDS = frozenset({"has", "have", "had", "is", "was", "were", "will", "would", "also", "later", "again",
                              "then", "further", "ha", "han", "hat", "haben", "har", "heeft", "hebben"})


#: Lower-case words inside a German noun phrase: articles and prepositions ("laut Angaben der Polizei").
_GERMAN_LINKS = frozenset({"der", "die", "das", "des", "dem", "den", "von", "vom", "im", "in", "eines", "einer",
                           "einem", "und", "für", "zur", "zum"})


#: Auxiliaries and copulas, where a source named before the claim ends ("ifølge militæret er ...").
_AUXILIARIES: dict[str, frozenset[str]] = {
    "en": frozenset({"is", "are", "was", "were", "have", "has", "had", "will", "would", "there"}),
    "fr": frozenset({"est", "sont", "était", "étaient", "ont", "a", "avait", "sera", "il", "ils"}),
    "es": frozenset({"es", "son", "fue", "fueron", "han", "ha", "hay", "había", "era"}),
    "de": frozenset({"ist", "sind", "war", "waren", "hat", "haben", "hatte", "wurde", "wurden", "gibt"}),
    "it": frozenset({"è", "sono", "era", "erano", "ha", "hanno", "ci"}),
    "pt": frozenset({"é", "são", "foi", "foram", "há", "tem", "têm", "havia"}),
    "da": frozenset({"er", "var", "har", "havde", "blev", "vil", "der"}),
    "nl": frozenset({"is", "zijn", "was", "waren", "heeft", "hebben", "er"}),
    "sv": frozenset({"är", "var", "har", "hade", "blev", "det"}),
}


#: Words that open the clause a subject stands in, so the subject starts after them.
CLAUSE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset({"that", "and", "but", "as", "while", "when", "because", "which", "who", "where", "after",
                     "before", "since", "although", "though", "if", "unless", "until", "versus", "than", "whereas"}),
    "fr": frozenset({"que", "qui", "et", "mais", "comme", "car", "où", "après", "avant", "quand", "lorsque",
                     "pendant", "depuis", "puisque", "si", "alors"}),
    "es": frozenset({"que", "y", "pero", "como", "quien", "donde", "después", "antes", "cuando", "mientras",
                     "aunque", "si"}),
    "de": frozenset({"dass", "und", "aber", "wie", "weil", "wo", "nachdem", "bevor", "als", "wenn", "während",
                     "obwohl"}),
    "it": frozenset({"che", "e", "ma", "come", "dove", "dopo", "prima", "quando", "mentre", "se"}),
    "pt": frozenset({"que", "e", "mas", "como", "onde", "depois", "antes", "quando", "enquanto", "se"}),
    "da": frozenset({"at", "og", "men", "som", "hvor", "efter", "før", "da", "når", "mens", "selvom", "hvis"}),
    "nl": frozenset({"dat", "en", "maar", "zoals", "waar", "nadat", "voordat", "toen", "wanneer", "terwijl"}),
    "sv": frozenset({"att", "och", "men", "som", "där", "efter", "innan", "när", "medan", "fast", "om"}),
}
