"""The words each language counts with: magnitudes, scale words, hedges, range links, units and what is counted.

These are facts about the languages, written once here as data (lower case),
not lists fitted to a corpus: the same entries exist for every language the
extractor claims (English, French, Spanish, German, Italian, Portuguese,
Danish, Dutch, Swedish). A language with no entry is read with the digits
and the English words only.

Word entries match a word that starts with them and runs on for at most
:data:`INFLECTION` more letters ("kill" matches killed and killing, not
killjoy's longer cousins), so one entry covers a word's inflections.
"""

from __future__ import annotations

#: Letters a word may run on past a lexicon entry and still match it.
INFLECTION = 4

#: Plural magnitudes ("hundreds of", "des milliers de"): (low, high) bounds of the count they stand for.
MAGNITUDES: dict[str, dict[str, tuple[int, int]]] = {
    "en": {"tens": (20, 99), "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
           "millions": (2_000_000, 9_999_999)},
    "fr": {"dizaines": (20, 99), "douzaines": (24, 99), "centaines": (200, 999), "milliers": (2_000, 9_999),
           "millions": (2_000_000, 9_999_999)},
    "es": {"decenas": (20, 99), "docenas": (24, 99), "centenares": (200, 999), "cientos": (200, 999),
           "miles": (2_000, 9_999), "millares": (2_000, 9_999), "millones": (2_000_000, 9_999_999)},
    "de": {"dutzende": (24, 99), "hunderte": (200, 999), "tausende": (2_000, 9_999),
           "zehntausende": (20_000, 99_999), "hunderttausende": (200_000, 999_999),
           "millionen": (2_000_000, 9_999_999)},
    "it": {"decine": (20, 99), "dozzine": (24, 99), "centinaia": (200, 999), "migliaia": (2_000, 9_999),
           "milioni": (2_000_000, 9_999_999)},
    "pt": {"dezenas": (20, 99), "dúzias": (24, 99), "centenas": (200, 999), "milhares": (2_000, 9_999),
           "milhões": (2_000_000, 9_999_999)},
    "da": {"snesevis": (40, 99), "hundredvis": (200, 999), "tusindvis": (2_000, 9_999),
           "titusindvis": (20_000, 99_999), "hundredtusindvis": (200_000, 999_999)},
    "nl": {"tientallen": (20, 99), "honderden": (200, 999), "duizenden": (2_000, 9_999),
           "tienduizenden": (20_000, 99_999), "honderdduizenden": (200_000, 999_999),
           "miljoenen": (2_000_000, 9_999_999)},
    "sv": {"dussintals": (24, 99), "hundratals": (200, 999), "tusentals": (2_000, 9_999),
           "tiotusentals": (20_000, 99_999), "hundratusentals": (200_000, 999_999)},
}

#: Words that multiply the number before them ("2.5 million", "5 mil" in Spanish is 5,000).
SCALES: dict[str, dict[str, int]] = {
    "en": {"thousand": 1_000, "million": 1_000_000, "millions": 1_000_000, "billion": 1_000_000_000,
           "mn": 1_000_000, "bn": 1_000_000_000},
    "fr": {"mille": 1_000, "million": 1_000_000, "millions": 1_000_000, "milliard": 1_000_000_000,
           "milliards": 1_000_000_000},
    "es": {"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000},
    "de": {"tausend": 1_000, "million": 1_000_000, "millionen": 1_000_000, "mio": 1_000_000,
           "milliarde": 1_000_000_000, "milliarden": 1_000_000_000, "mrd": 1_000_000_000},
    "it": {"mila": 1_000, "mille": 1_000, "milione": 1_000_000, "milioni": 1_000_000,
           "miliardo": 1_000_000_000, "miliardi": 1_000_000_000},
    "pt": {"mil": 1_000, "milhão": 1_000_000, "milhões": 1_000_000, "bilhão": 1_000_000_000},
    "da": {"tusind": 1_000, "million": 1_000_000, "millioner": 1_000_000, "mio": 1_000_000,
           "milliard": 1_000_000_000, "milliarder": 1_000_000_000},
    "nl": {"duizend": 1_000, "miljoen": 1_000_000, "miljard": 1_000_000_000},
    "sv": {"tusen": 1_000, "miljon": 1_000_000, "miljoner": 1_000_000, "miljard": 1_000_000_000,
           "miljarder": 1_000_000_000},
}

#: Words that join the words of one number ("two hundred and fifty", "vingt et un", "treinta y dos").
NUMBER_LINKS: dict[str, frozenset[str]] = {
    "en": frozenset({"and"}), "fr": frozenset({"et"}), "es": frozenset({"y"}), "it": frozenset({"e"}),
    "pt": frozenset({"e"}), "da": frozenset({"og"}), "de": frozenset({"und"}), "nl": frozenset({"en"}),
    "sv": frozenset({"och"}),
}

#: Phrases between two numbers that make them one range ("between 12 and 18", "de 10 à 15").
RANGE_LINKS: dict[str, tuple[str, ...]] = {
    "en": ("and", "to", "or", "-", "–"), "fr": ("et", "à", "ou", "-", "–"), "es": ("y", "a", "o", "-", "–"),
    "de": ("und", "bis", "oder", "-", "–"), "it": ("e", "a", "o", "-", "–"), "pt": ("e", "a", "ou", "-", "–"),
    "da": ("og", "til", "eller", "-", "–"), "nl": ("en", "tot", "of", "-", "–"),
    "sv": ("och", "till", "eller", "-", "–"),
}

#: Hedges written before a number, longest first when matched; "vague" is given to magnitudes themselves.
HEDGES: dict[str, dict[str, str]] = {
    "en": {"more than": "more_than", "over": "more_than", "upwards of": "more_than", "in excess of": "more_than",
           "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "a minimum of": "at_least",
           "about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
           "an estimated": "about", "estimated": "about", "a couple of": "about", "circa": "about",
           "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
           "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
           "less than": "fewer_than", "fewer than": "fewer_than", "under": "fewer_than", "below": "fewer_than",
           "exactly": "exact", "precisely": "exact"},
    "fr": {"plus de": "more_than", "au moins": "at_least", "au minimum": "at_least", "environ": "about",
           "quelque": "about", "quelques": "about", "près de": "nearly", "presque": "nearly", "quasiment": "nearly",
           "jusqu'à": "up_to", "jusqu’à": "up_to", "moins de": "fewer_than", "une estimation de": "about",
           "exactement": "exact", "pas moins de": "at_least"},
    "es": {"más de": "more_than", "al menos": "at_least", "por lo menos": "at_least", "unos": "about",
           "unas": "about", "alrededor de": "about", "aproximadamente": "about", "cerca de": "nearly",
           "casi": "nearly", "hasta": "up_to", "menos de": "fewer_than", "exactamente": "exact"},
    "de": {"mehr als": "more_than", "über": "more_than", "mindestens": "at_least", "wenigstens": "at_least",
           "etwa": "about", "rund": "about", "ungefähr": "about", "circa": "about", "ca.": "about",
           "gut": "about", "fast": "nearly", "beinahe": "nearly", "knapp": "nearly", "bis zu": "up_to",
           "weniger als": "fewer_than", "unter": "fewer_than", "genau": "exact"},
    "it": {"più di": "more_than", "oltre": "more_than", "almeno": "at_least", "circa": "about",
           "quasi": "nearly", "fino a": "up_to", "meno di": "fewer_than", "esattamente": "exact"},
    "pt": {"mais de": "more_than", "pelo menos": "at_least", "cerca de": "about", "aproximadamente": "about",
           "quase": "nearly", "até": "up_to", "menos de": "fewer_than", "exatamente": "exact"},
    "da": {"mere end": "more_than", "flere end": "more_than", "over": "more_than", "mindst": "at_least",
           "omkring": "about", "cirka": "about", "ca.": "about", "godt": "about", "næsten": "nearly",
           "knap": "nearly", "op til": "up_to", "op mod": "up_to", "færre end": "fewer_than",
           "under": "fewer_than", "præcis": "exact"},
    "nl": {"meer dan": "more_than", "ruim": "more_than", "minstens": "at_least", "ten minste": "at_least",
           "ongeveer": "about", "circa": "about", "zo'n": "about", "bijna": "nearly", "tot": "up_to",
           "minder dan": "fewer_than", "precies": "exact"},
    "sv": {"mer än": "more_than", "fler än": "more_than", "över": "more_than", "minst": "at_least",
           "omkring": "about", "cirka": "about", "ungefär": "about", "nästan": "nearly", "upp till": "up_to",
           "färre än": "fewer_than", "under": "fewer_than", "exakt": "exact"},
}

#: Words after a number that make it a measure, a sum of money or a share, never a count of people or things.
MEASURES: dict[str, frozenset[str]] = {
    "en": frozenset({"km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "m", "metres",
                     "meters", "metre", "meter", "feet", "foot", "ft", "kg", "kilograms", "tons", "tonnes", "ton",
                     "pounds", "lb", "lbs", "barrels", "gallons", "litres", "liters", "hectares", "acres",
                     "square", "cubic", "percent", "per", "pct", "dollars", "euros", "dinars", "francs",
                     "usd", "eur", "gbp", "cents", "degrees", "mph", "magnitude", "points", "bpd", "mw",
                     "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
                     "minutes", "minute", "seconds", "am", "pm", "a.m.", "p.m.", "times", "yards", "inches"}),
    "fr": frozenset({"km", "kilomètres", "kilomètre", "m", "mètres", "mètre", "kg", "kilos", "tonnes", "tonne",
                     "barils", "litres", "hectares", "pour", "pourcent", "dollars", "euros", "dinars", "francs",
                     "livres", "centimes", "degrés", "points", "ans", "an", "années", "mois", "semaines", "jours",
                     "jour", "heures", "heure", "minutes", "secondes", "h", "fois"}),
    "es": frozenset({"km", "kilómetros", "kilómetro", "m", "metros", "metro", "kg", "kilos", "toneladas",
                     "barriles", "litros", "hectáreas", "por", "dólares", "euros", "pesos", "libras", "grados",
                     "puntos", "años", "año", "meses", "mes", "semanas", "días", "día", "horas", "hora",
                     "minutos", "segundos", "h", "veces"}),
    "de": frozenset({"km", "kilometer", "m", "meter", "kg", "kilo", "tonnen", "barrel", "liter", "hektar",
                     "prozent", "dollar", "euro", "franken", "pfund", "cent", "grad", "punkte", "jahre", "jahren",
                     "jahr", "monate", "monaten", "wochen", "tage", "tagen", "stunden", "minuten", "sekunden",
                     "uhr", "mal"}),
    "it": frozenset({"km", "chilometri", "chilometro", "m", "metri", "metro", "kg", "chili", "tonnellate",
                     "barili", "litri", "ettari", "per", "dollari", "euro", "sterline", "gradi", "punti", "anni",
                     "anno", "mesi", "settimane", "giorni", "ore", "minuti", "secondi", "volte"}),
    "pt": frozenset({"km", "quilômetros", "quilómetros", "m", "metros", "kg", "quilos", "toneladas", "barris",
                     "litros", "hectares", "por", "dólares", "euros", "reais", "libras", "graus", "pontos",
                     "anos", "ano", "meses", "semanas", "dias", "horas", "minutos", "segundos", "vezes"}),
    "da": frozenset({"km", "kilometer", "m", "meter", "kg", "kilo", "ton", "tønder", "liter", "hektar",
                     "procent", "pct", "kroner", "kr", "dollar", "euro", "grader", "point", "år", "måneder",
                     "uger", "dage", "timer", "minutter", "sekunder", "gange"}),
    "nl": frozenset({"km", "kilometer", "m", "meter", "kg", "kilo", "ton", "vaten", "liter", "hectare",
                     "procent", "dollar", "euro", "graden", "punten", "jaar", "jaren", "maanden", "weken",
                     "dagen", "uur", "minuten", "seconden", "keer"}),
    "sv": frozenset({"km", "kilometer", "m", "meter", "kg", "kilo", "ton", "fat", "liter", "hektar", "procent",
                     "kronor", "kr", "dollar", "euro", "grader", "poäng", "år", "månader", "veckor", "dagar",
                     "timmar", "minuter", "sekunder", "gånger"}),
}

#: Words after a number that make it someone's age ("a boy of 12 years", "âgé de 25 ans" go through MEASURES).
AGE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("aged", "age", "ages"), "fr": ("âgé", "âgée", "âgés", "âgées"), "es": ("edad",),
    "de": ("alter",), "it": ("età",), "pt": ("idade",), "da": ("alder",), "nl": ("leeftijd",), "sv": ("ålder",),
}

#: What is counted, by category: words for the event that befell the counted ("killed"), or for the counted
#: themselves ("fighters"). Events are looked for first, then the counted nouns (see find.py).
EVENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "killed": {
        "en": ("kill", "dead", "die", "dying", "martyr", "slaughter", "death", "lives", "fatalit", "slain", "massacre",
               "murder", "execut", "perish", "bodies", "corpses", "toll"),
        "fr": ("tué", "tuée", "mort", "morte", "martyr", "décès", "décéd", "péri", "victime", "cadavre", "corps",
               "bilan", "assassin", "exécut", "massacr"),
        "es": ("muert", "muerto", "mártir", "murieron", "murió", "mueren", "morir", "fallec", "asesinad", "víctima", "cadáver", "cuerpos", "balance", "mató",
               "matad", "ejecutad"),
        "de": ("tote", "toten", "getötet", "gestorben", "starben", "starb", "ums leben", "leichen", "opfer",
               "umgekommen", "ermordet", "hingerichtet"),
        "it": ("mort", "uccis", "morti", "morirono", "morto", "vittim", "cadaver", "decedut", "deced", "bilancio", "giustiziat"),
        "pt": ("mort", "mortos", "morreram", "morreu", "assassinad", "vítima", "cadáver", "corpos", "balanço", "faleceu", "falecid"),
        "da": ("dræbt", "døde", "død", "omkom", "omkommet", "lig", "dræbte", "henrettet"),
        "nl": ("dood", "doden", "gedood", "omgekomen", "om het leven", "lijken", "slachtoffer", "vermoord"),
        "sv": ("död", "döda", "dödade", "dödad", "omkom", "omkommit", "dödsoffer", "lik", "mördad"),
    },
    "wounded": {
        "en": ("wound", "injur", "hurt", "maimed"),
        "fr": ("blessé", "blessure"),
        "es": ("herid", "lesionad"),
        "de": ("verletz", "verwundet"),
        "it": ("ferit", "ferimento"),
        "pt": ("ferid",),
        "da": ("såret", "sårede", "kvæstet"),
        "nl": ("gewond", "gewonden"),
        "sv": ("skadad", "skadade", "sårad", "sårade"),
    },
    "displaced": {
        "en": ("fled", "flee", "displac", "no shelter", "without shelter", "repatriat", "refugee", "evacuat", "homeless", "uprooted", "left their homes",
               "driven from"),
        "fr": ("réfugié", "déplacé", "fui", "fuient", "fuyant", "évacué", "sans-abri", "sans abri", "exil", "rapatri"),
        "es": ("refugiad", "desplazad", "huid", "huyeron", "evacuad", "damnificad", "sin hogar"),
        "de": ("flüchtling", "geflohen", "geflüchtet", "vertrieben", "obdachlos", "evakuiert", "flohen"),
        "it": ("profugh", "sfollat", "rifugiat", "fuggit", "evacuat", "senzatetto"),
        "pt": ("refugiad", "deslocad", "fugiram", "evacuad", "desabrigad"),
        "da": ("flygtning", "flygtet", "flygtede", "fordrevet", "fordrevne", "evakuer", "hjemløs"),
        "nl": ("vluchteling", "gevlucht", "ontheemd", "geëvacueerd", "dakloos"),
        "sv": ("flykting", "flytt", "flydde", "fördrivna", "evakuer", "hemlösa"),
    },
    "trapped": {
        "en": ("trapped", "remain", "besieged", "stranded", "stuck", "stayed behind"),
        "fr": ("piégé", "restent", "restant", "assiégé", "bloqué", "encerclé"),
        "es": ("atrapad", "permanecen", "quedan", "sitiad", "bloquead"),
        "de": ("eingeschlossen", "festsitzen", "verbleiben", "ausharren", "belagert"),
        "it": ("intrappolat", "rimangono", "restano", "assediat", "bloccat"),
        "pt": ("presos", "encurralad", "permanecem", "sitiad", "cercad"),
        "da": ("fanget", "tilbage", "indespærret", "belejret"),
        "nl": ("ingesloten", "vastzitten", "achtergebleven", "belegerd"),
        "sv": ("instängda", "fast", "kvar", "belägrade"),
    },
    "arrested": {
        # Charged people are in the hands of the law too: "charged", "inculpés", "angeklagt".
        "en": ("arrest", "detain", "detention", "jailed", "imprison", "custody", "prisoner", "captured",
               "rounded up", "charged", "indicted"),
        "fr": ("arrêté", "arrestation", "interpellé", "interpellation", "détenu", "emprisonné", "prisonnier",
               "incarcéré", "capturé", "inculpé", "écroué", "mis en examen"),
        "es": ("detenid", "arrestad", "presos", "encarcelad", "capturad", "prisioner", "imputad", "procesad"),
        "de": ("festgenommen", "verhaftet", "gefangen", "inhaftiert", "festnahme", "angeklagt"),
        "it": ("arrestat", "detenut", "fermat", "prigionier", "incarcerat", "catturat", "imputat", "indagat"),
        "pt": ("detid", "pres", "capturad", "prisioneir", "encarcerad", "indiciad"),
        "da": ("anholdt", "arresteret", "fængslet", "tilbageholdt", "fanger", "sigtet", "tiltalt"),
        "nl": ("gearresteerd", "opgepakt", "aangehouden", "gevangen", "aangeklaagd"),
        "sv": ("gripna", "gripits", "arresterade", "fängslade", "fångar", "åtalade", "åtalats"),
    },
    "missing": {
        "en": ("missing", "unaccounted"), "fr": ("disparu",), "es": ("desaparecid",), "de": ("vermisst",),
        "it": ("dispers", "scompars"), "pt": ("desaparecid",), "da": ("savnet", "savnede", "forsvundne"),
        "nl": ("vermist",), "sv": ("saknade", "saknas", "försvunna"),
    },
    "hostages": {
        "en": ("hostage", "kidnap", "abduct", "captive", "held captive"), "fr": ("otage", "enlevé", "kidnapp"),
        "es": ("rehén", "rehenes", "secuestrad"), "de": ("geisel", "entführt"), "it": ("ostagg", "rapit"),
        "pt": ("refém", "reféns", "sequestrad"), "da": ("gidsel", "gidsler", "kidnappet"),
        "nl": ("gijzelaar", "ontvoerd"), "sv": ("gisslan", "kidnappade"),
    },
    "cases": {
        "en": ("case", "infect", "sick", "ill", "patient", "contract", "tested positive", "confirmed cases"),
        "fr": ("cas", "infecté", "contaminé", "malade", "patient"),
        "es": ("casos", "infectad", "contagiad", "enferm", "pacient"),
        "de": ("fälle", "fällen", "infiziert", "erkrankt", "patienten", "angesteckt"),
        "it": ("casi", "contagiat", "infett", "malat", "pazient"),
        "pt": ("casos", "infectad", "infetad", "contaminad", "doentes", "pacientes"),
        "da": ("tilfælde", "smittet", "smittede", "syge", "patienter"),
        "nl": ("gevallen", "besmet", "ziek", "patiënten"),
        "sv": ("fall", "smittade", "smittats", "sjuka", "patienter"),
    },
    "affected": {
        "en": ("affected", "in need", "need aid", "need help", "need assistance", "depend on aid", "orphan",
               "unemployed", "jobless", "lost their jobs", "lose their jobs", "foreclos", "evicted", "starv",
               "hungry", "without food", "without water", "without power", "without electricity"),
        "fr": ("touché", "sinistré", "besoin", "orphelin", "chômeur", "sans emploi", "privés de", "sans eau",
               "sans électricité", "affamé"),
        "es": ("afectad", "necesitan", "huérfan", "desempleado", "sin agua", "sin electricidad", "hambrient"),
        "de": ("betroffen", "waisen", "arbeitslos", "ohne strom", "ohne wasser", "hungernd"),
        "it": ("colpit", "orfan", "disoccupat", "senza acqua", "senza elettricità"),
        "pt": ("afetad", "afectad", "atingid", "órfã", "desempregad", "sem água"),
        "da": ("berørt", "ramt", "forældreløse", "arbejdsløse", "uden vand", "uden strøm"),
        "nl": ("getroffen", "hulp nodig", "wezen", "werklozen", "zonder stroom", "zonder water"),
        "sv": ("drabbade", "berörda", "föräldralösa", "arbetslösa", "utan vatten", "utan ström"),
    },
}

#: Events named only before the number they befall ("the army lost 500 men", not "workers lost their jobs";
#: "he infected eight people", where the nouns of cases before a number would misread "a contract for 30 jets").
EVENTS_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "killed": {"en": ("lost", "claimed the lives of"), "fr": ("perdu", "coûté la vie à"), "es": ("perdió", "costó la vida a"),
               "de": ("verlor",), "it": ("perso",), "pt": ("perdeu",), "da": ("mistede",), "nl": ("verloor",),
               "sv": ("förlorade",)},
    "cases": {"en": ("infected", "infecting", "sickened"), "fr": ("contaminé", "infecté"),
              "es": ("contagió", "infectó", "contagiado"), "de": ("infiziert", "angesteckt", "steckte"),
              "it": ("contagiato", "infettato"), "pt": ("infectou", "infetou", "contaminou"),
              "da": ("smittet", "smittede"), "nl": ("besmet", "besmette"), "sv": ("smittade", "smittat")},
}

#: Events a verb before the number can name ("killing 30", "arrested 200"); a case or a need is never named so.
BEFORE_CATEGORIES = frozenset({"killed", "wounded", "displaced", "arrested", "hostages"})

#: Events named only after what they befall ("people have left Mosul", not "the quake left 30 dead").
EVENTS_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "displaced": {"en": ("left",), "fr": ("quitté",), "es": ("abandonado",), "de": ("verlassen",), "it": ("lasciato",),
                  "pt": ("deixaram",), "da": ("forladt",), "nl": ("verlaten",), "sv": ("lämnat",)},
}

#: What people gathered for: a crowd counted at a protest is counted as protesters.
PROTEST_EVENTS: dict[str, tuple[str, ...]] = {
    "en": ("protest", "demonstrat", "rallied", "rally", "marched", "took to the streets", "on strike", "sit-in",
           "chanting", "gathered", "crammed", "packed", "massed", "thronged"),
    "fr": ("manifest", "rassembl", "défilé", "défilent", "sit-in", "grève", "protest", "massés", "réunis"),
    "es": ("manifest", "protest", "concentr", "marcharon", "huelga", "se reunieron"),
    "de": ("demonstr", "protest", "versammelt", "streik", "kundgebung"),
    "it": ("manifest", "protest", "sciopero", "radunat", "corteo"),
    "pt": ("manifest", "protest", "greve", "reunid"),
    "da": ("demonstr", "protest", "strejke", "samlet"),
    "nl": ("demonstr", "protest", "staking", "verzameld"),
    "sv": ("demonstr", "protest", "strejk", "samlades"),
}

#: Counted nouns that are a category by themselves, when no event word says otherwise.
COUNTED_CATEGORIES: dict[str, dict[str, tuple[str, ...]]] = {
    "fighters": {
        "en": ("fighter", "militant", "rebel", "insurgent", "jihadi", "militia", "gunmen", "guerrilla",
               "extremist", "terrorist", "loyalist", "mercenar"),
        "fr": ("combattant", "militant", "rebelle", "insurgé", "djihadiste", "jihadiste", "milicien",
               "terroriste", "mercenaire", "islamiste", "loyaliste"),
        "es": ("combatiente", "militante", "rebelde", "insurgente", "yihadista", "milician", "terrorista",
               "mercenari"),
        "de": ("kämpfer", "rebellen", "aufständische", "dschihadisten", "milizionäre", "milizen", "terroristen",
               "söldner", "islamisten"),
        "it": ("combattent", "militant", "ribell", "insort", "jihadist", "milizian", "terrorist", "mercenar"),
        "pt": ("combatente", "militante", "rebelde", "insurgente", "jihadista", "milician", "terrorista"),
        "da": ("krigere", "militante", "oprører", "jihadister", "militsfolk", "terrorister", "lejesoldater"),
        "nl": ("strijders", "militanten", "rebellen", "opstandelingen", "jihadisten", "milities",
               "terroristen"),
        "sv": ("krigare", "militanta", "rebeller", "upprorsmän", "jihadister", "miliser", "terrorister"),
    },
    "troops": {
        "en": ("troop", "soldier", "police", "officer", "marine", "servicem", "forces", "personnel",
               "peacekeeper", "guards", "sailors", "airmen", "army", "paratroop", "reservist"),
        "fr": ("soldat", "militaire", "troupe", "policier", "gendarme", "casque", "forces", "agents",
               "marins"),
        "es": ("soldado", "militar", "tropa", "policía", "policías", "agentes", "efectivos", "guardias",
               "marines"),
        "de": ("soldat", "truppen", "polizist", "einsatzkräfte", "sicherheitskräfte", "militärs",
               "beamte"),
        "it": ("soldat", "militari", "truppe", "poliziott", "agenti", "carabinieri", "marines"),
        "pt": ("soldado", "militar", "tropa", "policia", "polícia", "agentes", "efetivos"),
        "da": ("soldat", "tropper", "betjente", "politifolk", "styrker", "marinesoldater"),
        "nl": ("soldaten", "troepen", "agenten", "politieagenten", "militairen", "mariniers"),
        "sv": ("soldater", "trupper", "poliser", "styrkor", "marinsoldater"),
    },
    "protesters": {
        "en": ("protester", "protestor", "demonstrator", "marcher", "rioter"),
        "fr": ("manifestant", "protestataire", "émeutier"),
        "es": ("manifestante", "protestante"),
        "de": ("demonstranten", "protestierende", "demonstrierende"),
        "it": ("manifestant", "dimostrant"),
        "pt": ("manifestante",),
        "da": ("demonstranter",),
        "nl": ("demonstranten", "betogers"),
        "sv": ("demonstranter",),
    },
}

#: Counted nouns that make a number a figure of "other" when no category word is found: people and the
#: things an analyst counts (homes, vehicles, weapons).
COUNTABLE: dict[str, tuple[str, ...]] = {
    "en": ("people", "person", "civilian", "child", "children", "women", "men", "resident", "famil", "villager",
           "student", "worker", "journalist", "migrant", "pilgrim", "passenger", "victim", "member", "inhabitant",
           "boys", "girls", "babies", "infant", "minor", "adult", "citizen", "individual", "protesters",
           "house", "home", "building", "vehicle", "car", "truck", "tank", "aircraft", "plane", "jet", "helicopter",
           "ship", "boat", "vessel", "school", "hospital", "village", "town", "rocket", "missile", "bomb", "shell",
           "mortar", "airstrike", "air strike", "strike", "attack", "raid", "drone", "weapon", "gun", "rifle",
           "mine", "checkpoint", "doctor", "nurse", "volunteer", "employee", "staff", "defector", "deserter",
           "detainee", "volunteer", "cleric", "official", "diplomat", "minister", "national", "foreigner", "tourist",
           "expatriate", "grandchild", "general", "veteran", "household", "homeowner", "crew", "team", "user",
           "customer", "survivor", "orphan", "pupil", "teacher", "priest", "assault", "bombing", "explosion",
           "incident"),
    "fr": ("personne", "gens", "civil", "civils", "enfant", "femme", "homme", "habitant", "famille", "villageois",
           "étudiant", "ouvrier", "travailleur", "journaliste", "migrant", "pèlerin", "passager", "membre",
           "citoyen", "individu", "mineur", "bébé", "maison", "logement", "bâtiment", "immeuble", "véhicule",
           "voiture", "camion", "char", "avion", "hélicoptère", "navire", "bateau", "école", "hôpital", "village",
           "roquette", "missile", "bombe", "obus", "frappe", "raid", "attaque", "drone", "arme", "médecin",
           "infirmier", "bénévole", "employé", "déserteur", "responsable", "diplomate", "ministre", "opposant",
           "ressortissant", "étranger", "touriste", "expatrié", "général", "foyer", "ménage", "élève", "enseignant",
           "prêtre", "agression", "attentat", "explosion", "incident", "otage"),
    "es": ("personas", "civil", "civiles", "niño", "niños", "mujer", "hombre", "habitante", "familia", "vecino",
           "estudiante", "trabajador", "periodista", "migrante", "pasajero", "miembro", "ciudadano", "casa",
           "vivienda", "edificio", "vehículo", "coche", "camión", "tanque", "avión", "helicóptero", "barco",
           "escuela", "hospital", "pueblo", "cohete", "misil", "bomba", "ataque", "dron", "arma", "médico",
           "opositor", "extranjero", "turista", "ciudadanos", "hogares", "atentado", "explosión"),
    "de": ("menschen", "personen", "zivilisten", "kinder", "frauen", "männer", "einwohner", "familien",
           "bewohner", "studenten", "arbeiter", "journalisten", "migranten", "passagiere", "mitglieder",
           "bürger", "häuser", "gebäude", "fahrzeuge", "autos", "panzer", "flugzeuge", "hubschrauber", "schiffe",
           "boote", "schulen", "krankenhäuser", "dörfer", "raketen", "bomben", "angriffe", "drohnen", "waffen",
           "ärzte", "ausländer", "touristen", "staatsbürger", "haushalte", "anschläge", "explosionen"),
    "it": ("persone", "civili", "bambin", "donne", "uomini", "abitanti", "famiglie", "studenti", "lavoratori",
           "giornalisti", "migranti", "passeggeri", "membri", "cittadini", "case", "abitazioni", "edifici",
           "veicoli", "auto", "carri", "aerei", "elicotteri", "navi", "barche", "scuole", "ospedali", "villaggi",
           "razzi", "missili", "bombe", "attacchi", "droni", "armi", "medici", "stranieri", "turisti", "connazionali",
           "attentati", "esplosioni"),
    "pt": ("pessoas", "civis", "crianças", "mulheres", "homens", "habitantes", "famílias", "moradores",
           "estudantes", "trabalhadores", "jornalistas", "migrantes", "passageiros", "membros", "cidadãos",
           "casas", "edifícios", "prédios", "veículos", "carros", "tanques", "aviões", "helicópteros", "navios",
           "barcos", "escolas", "hospitais", "aldeias", "foguetes", "mísseis", "bombas", "ataques", "drones",
           "armas", "médicos", "estrangeiros", "turistas", "atentados", "explosões"),
    "da": ("mennesker", "personer", "folk", "civile", "børn", "kvinder", "mænd", "indbyggere", "familier",
           "beboere", "studerende", "arbejdere", "journalister", "migranter", "passagerer", "medlemmer",
           "borgere", "huse", "hjem", "bygninger", "køretøjer", "biler", "kampvogne", "fly", "helikoptere",
           "skibe", "både", "skoler", "hospitaler", "landsbyer", "raketter", "missiler", "bomber", "angreb",
           "droner", "våben", "læger", "udlændinge", "turister", "statsborgere", "husstande", "eksplosioner"),
    "nl": ("mensen", "personen", "burgers", "kinderen", "vrouwen", "mannen", "inwoners", "families", "bewoners",
           "studenten", "arbeiders", "journalisten", "migranten", "passagiers", "leden", "huizen", "woningen",
           "gebouwen", "voertuigen", "auto's", "tanks", "vliegtuigen", "helikopters", "schepen", "boten",
           "scholen", "ziekenhuizen", "dorpen", "raketten", "bommen", "aanvallen", "drones", "wapens", "artsen",
           "buitenlanders", "toeristen", "huishoudens", "aanslagen", "explosies"),
    "sv": ("människor", "personer", "civila", "barn", "kvinnor", "män", "invånare", "familjer", "boende",
           "studenter", "arbetare", "journalister", "migranter", "passagerare", "medlemmar", "medborgare", "hus",
           "hem", "byggnader", "fordon", "bilar", "stridsvagnar", "flygplan", "helikoptrar", "fartyg", "båtar",
           "skolor", "sjukhus", "byar", "raketer", "missiler", "bomber", "attacker", "drönare", "vapen",
           "läkare", "utlänningar", "turister", "hushåll", "explosioner"),
}

#: Phrases before a number that say it is a sum ("a total of 122 people"): left out, as a hedge is, when the
#: words before the number are read for an event ("repatriated a total of 122").
TOTALS: dict[str, tuple[str, ...]] = {
    "en": ("a total of", "in total", "in all"), "fr": ("un total de", "au total", "en tout"),
    "es": ("un total de", "en total"), "de": ("insgesamt", "eine gesamtzahl von"), "it": ("un totale di", "in tutto"),
    "pt": ("um total de", "no total"), "da": ("i alt", "sammenlagt"), "nl": ("een totaal van", "in totaal"),
    "sv": ("totalt", "sammanlagt", "sammantaget"),
}

#: Nouns for a death toll: a number the clause gives such a noun counts the dead ("the death toll passed 5,400").
TOLLS: dict[str, tuple[str, ...]] = {
    "en": ("death toll", "toll", "deaths", "dead"), "fr": ("bilan", "nombre de morts", "décès"),
    "es": ("balance", "cifra de muertos", "número de muertos"), "de": ("bilanz", "zahl der toten", "todesopfer"),
    "it": ("bilancio", "numero dei morti"), "pt": ("balanço", "número de mortos"), "da": ("dødstal", "dødstallet"),
    "nl": ("dodental",), "sv": ("dödssiffran", "dödstalet"),
}


def entries(table: dict[str, dict[str, tuple[str, ...]]], language: str | None) -> dict[str, tuple[str, ...]]:
    """Each category's words in ``language``, English's where the language has none."""
    return {category: words.get(language or "en") or words["en"] for category, words in table.items()}
