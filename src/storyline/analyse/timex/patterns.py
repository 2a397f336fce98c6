"""One compiled regular expression per language, built from its vocabulary.

All expression kinds are alternatives of a single pattern so a sentence is
scanned once. Each alternative is a named group (its *kind*, read back from
``match.lastgroup``); at any position the first alternative that matches wins,
so longer, more specific forms come first ("June 29, 2017" before "June").

The false positives of a plain name search are ruled out here, by context:
a 4-digit number is a year only after a preposition or a month name; in
languages that capitalise month names a bare one is a date only after a cue
("in October", "Last October"), and "may" and "march" are never months; where
months are common nouns ("agosto", "maj") one is a month as written; and
abbreviations ("Thu", "okt") are only read next to digits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from storyline.analyse.timex.vocabulary import Vocabulary, vocabulary

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th|er|\.|\.?º|°)?"  # "1st", "1er", "1.", "1º", "1°"
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_NOT_A_NUMBER_GOES_ON = r"(?![\w%]|[.,:]\d)"  # "2014" but not "2014,5", "20145", "2014%"
_NOT_A_CLOCK = r"(?!\s*(?:GMT|UTC|hrs|hours|h)\b)"  # "from 2100 GMT" is a time, not a year
_AMPM = r"(?:[ap]\.\s?m\.|[ap]m\b)"
_ZONE = (r"(?:(?-i:ET|EST|EDT|CT|CST|PT|PST|PDT|CET|CEST|BST)\b|gmt\b|utc\b|local time|lokal tid|dansk tid|"
         r"hora local|heure locale|Ortszeit|horas\b|heures\b|Uhr\b)")
_RANGE = r"(?:-|–|to|and|til|og|bis|und|à|et|al|a|y|e)"
_CONJUNCTIONS = r"(?:and|or|to|og|eller|und|oder|bis|et|ou|y|o|al|a|e|en|of)"  # a year may be followed by these


def _trie(forms: Iterable[str]) -> str:
    """A regex for a set of literal phrases, factored by shared prefixes.

    Python's ``re`` tries the branches of an alternation one by one, so a
    plain "january|february|..." costs one attempt per word at every
    position; a prefix tree fails on the first letter instead. This is what
    keeps one scan of a sentence fast with hundreds of words in the pattern.
    A space in a phrase stands for any run of whitespace.
    """
    tree: dict = {}
    for form in forms:
        node = tree
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a phrase

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if ends else body

    return emit(tree)


def words(phrases: Iterable[str], capitalised: bool = False) -> str:
    """A non-capturing alternation of phrases, spaces as any whitespace.

    With ``capitalised`` the phrases must be written with a leading capital
    (the pattern is otherwise case-insensitive), which is how "May" the month
    is told from "may" the verb.
    """
    forms = {" ".join(phrase.split()) for phrase in phrases}
    if not forms:
        return r"(?!x)x"  # matches nothing: the language lacks this cue
    if capitalised:
        return "(?-i:" + _trie(form[:1].upper() + form[1:] for form in forms) + ")"
    return "(?:" + _trie(forms) + ")"


def _build(vocab: Vocabulary) -> str:
    """The full alternation for one language (see the module docstring)."""
    cues = vocab.cues
    cap = cues.capitalised
    month = words(vocab.month_names, cap)
    month_any = (f"(?:{month}|{words(vocab.month_abbreviations, cap)}\\.?)")
    # a month written with its second name, as Arabic news does ("حزيران/يونيو", "يناير كانون الثاني")
    spaced = f"|\\s+{month}" if cues.paired_months else ""
    paired = f"(?:\\s*/\\s*{month}{spaced})?"
    month_any = f"(?:{month_any}{paired})"
    weekday = words(vocab.weekday_names, cap)
    weekday_any = f"(?:{weekday}|{words(vocab.weekday_abbreviations, cap)}\\.?)"
    of = f"(?:{words(cues.of)}\\s+)?"
    number = f"(?:(?<![\\d.,])\\d+(?:[.,]\\d+)?(?!\\d)|{words(cues.numbers)})"
    unit = words(vocab.units)
    plural_unit = words(_plural_units(vocab))  # "meses antes", not "año después"
    year_word = words(word for word, name in vocab.units.items() if name == "year")
    last, this, next_ = words(cues.last), words(cues.this), words(cues.next)
    month_of = f"(?:{words(cues.month_of)}\\s+)?"  # "el pasado mes de mayo"

    def directed(kind: str) -> str:
        """ "last", "this" or "next" before a name, each in its own group for the reader's direction."""
        return f"(?P<{kind}_last>{last})|(?P<{kind}_this>{this})|(?P<{kind}_next>{next_})"

    def after(kind: str, optional: bool = True) -> str:
        """A modifier written after the name ("lundi dernier"); empty where the language has none."""
        if not cues.last_after and not cues.next_after:
            return ""
        return (f"(?:\\s+(?P<{kind}_last_after>{words(cues.last_after)})"
                f"|\\s+(?P<{kind}_next_after>{words(cues.next_after)})){'?' if optional else ''}")

    weekday_suffix = f"(?:{words(cues.weekday_suffix)})?" if cues.weekday_suffix else ""  # Swedish "torsdagen"

    def weekday_prefix(kind: str) -> str:
        return f"(?:(?P<{kind}_wd>{weekday_any}){weekday_suffix}\\s*,?\\s+(?:{words(cues.articles)}\\s+)?)?"

    def preposed(kind: str) -> str:
        """ "el pasado (día) 11", "lo scorso 11", "am vergangenen 11.": a direction written before a day of a month."""
        day_noun = f"(?:{words(cues.day_nouns)}\\s+)?" if cues.day_nouns else ""
        return f"(?:(?:{directed(kind)})\\s+)?{day_noun}"

    day = f"(?:{_DAY}|{words(cues.day_words)})" if cues.day_words else _DAY

    clock_word = f"(?:(?P<clock_w>{words(cues.clock)})\\s+)?" if cues.clock else ""
    # "13.30" is a time after "kl." or before a zone ("13.00 GMT"); "13:30" always is.
    dotted = f"\\.(?=\\d\\d\\s*{_ZONE})"
    clock_separator = f"(?(clock_w)[:.]|(?::|{dotted}))" if cues.clock else f"(?::|{dotted})"
    hedge = f"(?:{words(cues.approx)}\\s+)?" if cues.approx else ""
    ago_count = f"{hedge}(?P<ago_n>{number}|{words(cues.one)})(?:\\s+|-)(?P<ago_u>{unit})"
    ago_before = f"{words(cues.ago_before)}\\s+" if cues.ago_before else ""
    ago_after = f"\\s+(?P<ago_a>{words(cues.ago_after)})" if cues.ago_after else ""
    if cues.ago_either:  # one of the two words: after is required only when before is missing
        ago_before = f"(?:(?P<ago_b>{words(cues.ago_before)})\\s+)?"
        ago_after = f"(?(ago_b)|\\s+{words(cues.ago_after)})"
    decade_before = f"{words(cues.decade_before)}\\s+" if cues.decade_before else ""
    decade_after = words(cues.decade_after) if cues.decade_after else ""
    decade_suffix = f"(?-i:{decade_after})" if decade_after else ""  # "the 80s" but not "the 80 people"
    # "the quarter a year ago": that quarter, a year back
    quarter_back = (f"(?:\\s+(?P<quarter_back>{words(cues.one)}\\s+{year_word}\\s+{words(cues.ago_after)}))?"
                    if cues.one and cues.ago_after else "")
    # a bare season name is a date only with a year or a modifier ("printemps 2011", "printemps dernier")
    season_told = "(?(season_pre)|(?(season_y)|" + (
        "(?(season_last_after)|(?(season_next_after)|(?!)))" if cues.last_after or cues.next_after else "(?!)") + "))"
    alternatives = {
        "iso": r"(?<!-)(?P<iso_y>\d{4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\w-])",
        # "05.06.2009", "5/6/2009": day first, or month first where the language writes it so (US English)
        "numeric": (f"(?<![\\d.,/])(?P<numeric_a>{_DAY})(?P<numeric_sep>[./])(?P<numeric_b>{_DAY})(?P=numeric_sep)"
                    f"(?P<numeric_y>{_YEAR})(?![\\d]|[.,/]\\d)"),
        "anaphor": f"(?P<anaphor_p>{words(cues.anaphora)})(?!\\w)" if cues.anaphora else None,
        "holiday": (f"(?:(?:{directed('holiday')})\\s+)?(?P<holiday_h>{words(cues.holidays)})"
                    f"(?:\\s*,?\\s+(?P<holiday_y>{_YEAR}))?(?!\\w)" if cues.holidays else None),
        "day_range": (f"(?P<day_range_d1>{_DAY}){_ORDINAL}\\s*{_RANGE}\\s*(?:{words(cues.articles)}\\s+)?"
                      f"(?P<day_range_d2>{_DAY}){_ORDINAL}\\s+{of}(?P<day_range_m>{month_any})"
                      f"(?:\\s*,?\\s+{of}(?P<day_range_y>{_YEAR}){_NOT_A_NUMBER_GOES_ON})?{after('day_range')}(?!\\w)"),
        "month_pair": (f"(?:{words(cues.month_preps)}\\s+)?(?P<month_pair_m1>{month})\\s+{_RANGE}\\s+"
                       f"(?P<month_pair_m2>{month})"
                       f"(?:\\s*,?\\s+{of}(?P<month_pair_y>{_YEAR}){_NOT_A_NUMBER_GOES_ON})?(?!\\w)"),
        "day_of_month": (f"(?P<day_of_month_p>{words(cues.day_of_month)})\\s+(?P<day_of_month_d>{_DAY})(?!\\w)"
                         f"(?:\\s+{_RANGE}\\s+(?P<day_of_month_d2>{_DAY})(?!\\w))?(?!\\s+{words(cues.of)}\\s)"
                         if cues.day_of_month else None),
        "dmy": (f"{weekday_prefix('dmy')}{preposed('dmy')}(?P<dmy_d>{day}){_ORDINAL}\\s+{of}(?P<dmy_m>{month_any}),?"
                f"\\s+{of}(?P<dmy_y>{_YEAR}){_NOT_A_NUMBER_GOES_ON}"),
        "mdy": (f"{weekday_prefix('mdy')}(?P<mdy_m>{month_any})\\s+(?P<mdy_d>{_DAY})(?:st|nd|rd|th)?"
                f"(?:\\s*,?\\s+(?P<mdy_y>{_YEAR}))?{_NOT_A_NUMBER_GOES_ON}"),
        "my": f"(?P<my_m>{month_any})\\s*,?\\s+{of}(?P<my_y>{_YEAR}){_NOT_A_NUMBER_GOES_ON}",
        "month_rel": (f"(?:{words(cues.month_preps)}\\s+)?(?P<month_rel_m>{month}),?\\s+{of}"
                      f"(?:{directed('month_rel')})\\s+{year_word}(?!\\w)"),
        "quarter": (f"(?:{words(cues.articles)}\\s+)?(?:(?P<quarter_y0>{_YEAR})\\s+|(?P<quarter_prior>{words(cues.year_ago)})\\s+)?"
                    f"(?:(?:(?:(?P<quarter_o>{words(cues.ordinals)})|"
                    f"(?P<quarter_latest>{words(cues.latest)})|(?P<quarter_this>{this})|(?<!\\w)(?-i:the))(?:\\s+|-)"
                    f"|(?(quarter_y0)|(?!)))"  # "the 1988 quarter": the year alone will do
                    f"(?:fiscal\\s+)?(?P<quarter_w>{words(cues.quarter)})(?:\\s+{of}(?:(?P<quarter_y>{_YEAR})|"
                    f"(?P<quarter_ty>{this})\\s+{year_word}))?{quarter_back}|(?P<quarter_ago>{words(cues.year_ago)})\\s+"
                    f"{words(cues.periods or cues.quarter)})(?!\\w)" if cues.quarter else None),
        # a preposition ending in an elided article runs into the season: "avant l'été", "prima dell'estate"
        "season": (f"(?P<season_pre>(?:{directed('season')})\\s+|(?P<season_prep>{words(cues.month_preps)})(?:\\s+|(?<=['’]))"
                   f"(?:{words(cues.articles)}\\s+)?)?"
                   f"(?P<season_s>{words(cues.seasons)})"
                   f"(?:\\s+{of}(?P<season_y>{_YEAR}){_NOT_A_NUMBER_GOES_ON}|{after('season', optional=False)})?(?!\\w)"
                   f"{season_told}"
                   if cues.seasons else None),
        "dm": f"{weekday_prefix('dm')}{preposed('dm')}(?P<dm_d>{day}){_ORDINAL}\\s+{of}(?P<dm_m>{month_any}){after('dm')}(?!\\w)",
        "clock": (f"{clock_word}(?P<clock_h>[01]?\\d|2[0-3]){clock_separator}(?P<clock_m>[0-5]\\d)"
                  f"(?![\\d:]|[.,]\\d)(?:\\s*(?P<clock_ap>{_AMPM}))?(?:,?\\s*{_ZONE})?"),
        # a broadcast or match listing: "(TV-3, 17.35)", "(21.30, TV-3)"
        "clock_after": (f"(?<![\\d.,])(?P<clock_after_h>[01]?\\d|2[0-3])(?:[.:](?P<clock_after_m>[0-5]\\d))?\\s+"
                        f"{words(cues.clock_after)}(?!\\w)" if cues.clock_after else None),
        "clock_hour": (f"{words(cues.hour_words)}\\s+(?P<clock_hour_h>[01]?\\d|2[0-3])(?![\\d:.,]\\d|\\w)"
                       if cues.hour_words else None),
        "hour_mark": (f"(?<![\\d.,])(?P<hour_mark_h>[01]?\\d|2[0-3])\\s?{words(cues.hour_marks)}(?:\\s?(?P<hour_mark_m>[0-5]\\d))?(?!\\w)"
                      if cues.hour_marks else None),
        "listing": (r"(?<=[(,]\s)(?<![\s(]\d,\s)(?<!%,\s)(?P<listing_h>[01]?\d|2[0-3])\.(?P<listing_m>[0-5]\d)"
                    r"(?=\s*\)|\s*,[^(),]{1,30}\))"),
        "hour": f"(?P<hour_h>1[0-2]|0?[1-9])\\s*(?P<hour_ap>{_AMPM})(?:,?\\s*{_ZONE})?",
        "hour_of_day": (f"(?:{words(cues.clock)}\\s+)?(?P<hour_of_day_h>1[0-2]|0?[1-9]|{words(cues.numbers)}|"
                        f"{words(cues.one)})\\s+(?P<hour_of_day_ap>{words(cues.meridiem)})(?!\\w)"
                        if cues.meridiem else None),
        "day_time": (f"(?<!high\\s)(?P<day_time_t>{words(cues.day_times)})(?!\\w)" if cues.day_times else None),
        "ago": f"{ago_before}{ago_count}{ago_after}(?!\\w)" if ago_before or ago_after else None,
        "vague": (f"(?:{words(cues.vague)}\\s+(?P<vague_u>{unit})|(?<!\\w){words((*cues.vague_preps, *cues.ago_before))}\\s+"
                  f"(?P<vague_p>{plural_unit})|(?P<vague_q>{plural_unit})\\s+{words((*cues.vague_after, *cues.ago_after))})(?!\\w)"
                  if cues.vague else None),
        "elided": (f"(?P<elided_n>{number})\\s+{words(cues.range_elided)}\\s+"
                   f"(?=(?:{number})(?:\\s+|-)(?P<elided_u>{unit})(?!\\w))" if cues.range_elided else None),
        "duration": (f"(?:(?:{words(cues.articles)}\\s+)?{words(cues.span_modifiers)}\\s+)?"
                     f"(?P<duration_n>{number}|{words(cues.one)})(?P<duration_frac>\\s+1/2|½)?"
                     f"(?:\\s+{words(cues.span_modifiers)})?(?:\\s+|-)(?P<duration_u>{unit})(?!\\w)"
                     f"(?!-old|\\s+old\\b|-earlier|-ago)(?:\\s+{words(cues.and_)}\\s+(?:(?P<duration_half>{words(cues.half)})|"
                     f"(?P<duration_n2>{number}|{words(cues.one)})\\s+(?P<duration_u2>{unit}))(?!\\w))?"),
        "every_weekday": f"{words(cues.every)}\\s+(?P<every_weekday_d>{weekday})s?(?!\\w)",
        "every_month": f"{words(cues.every)}\\s+(?P<every_month_m>{month})(?!\\w)",
        "every_quarter": (f"{words(cues.every)}\\s+(?P<every_quarter_w>{words(cues.quarter)})(?!\\w)"
                          if cues.quarter else None),
        "every_unit": (f"{words(cues.every)}\\s+(?:(?P<every_unit_n>{number})\\s+)?"
                       f"(?P<every_unit_u>{unit})(?!\\w)"),
        "reference": (f"(?:(?P<reference_present>{words(cues.present_ref)})|(?P<reference_past>{words(cues.past_ref)})|"
                      f"(?P<reference_future>{words(cues.future_ref)}))(?!\\w)"
                      f"(?!\\s+(?:\\d|(?:{weekday}|{month}|{unit}|{number}|{words(cues.vague)}|"
                      f"{words(cues.not_time_before)})(?!\\w)))"
                      if cues.present_ref or cues.past_ref or cues.future_ref else None),
        "part_of_day": (f"(?:(?P<part_of_day_this>{this})|(?P<part_of_day_last>{last})|"
                        f"(?P<part_of_day_r>{words(vocab.relative)})|(?P<part_of_day_d>{weekday}))"
                        f"(?:\\s+{words(cues.month_preps)})?(?:\\s+{words(cues.articles)})?\\s+"
                        f"(?P<part_of_day_p>{words(cues.parts_of_day)})s?(?!\\w)" if cues.parts_of_day else None),
        "part_first": (f"(?:{words(cues.part_intro)}\\s+)?(?P<part_first_p>{words(cues.parts_of_day)})\\s+"
                       f"{words(cues.of)}\\s+(?:(?P<part_first_r>{words(vocab.relative)})(?:,?\\s+{weekday})?|"
                       f"(?:{words(cues.articles)}\\s+)?(?P<part_first_d>{weekday}){after('part_first')})(?!\\w)"
                       if cues.part_intro else None),
        "part_compound": (f"(?P<part_compound_d>{weekday})(?P<part_compound_p>{words(cues.parts_of_day)})(?!\\w)"
                          if cues.compound_parts and cues.parts_of_day else None),
        "day_part": f"(?P<day_part_p>{words(cues.day_parts_alone)})(?!\\w)" if cues.day_parts_alone else None,
        "relative": (f"(?:{words(cues.earlier_later)}\\s+)?(?P<relative_p>{words(vocab.relative)})"
                     f"(?:(?:\\s*,\\s*|\\s+)(?P<relative_wd>{weekday}))?(?!\\w)"
                     f"(?!\\s+{words(cues.of)}\\s+{month})"),  # "el pasado mes | de mayo" is May
        # "i mandags": the last Monday (the "i" is read as "last")
        "weekday_past": (f"(?P<weekday_past_last>{words(cues.past_weekday_before)})\\s+(?P<weekday_past_d>{weekday})s(?!\\w)"
                         if cues.past_weekday_before else None),
        "weekday": (f"(?:(?:{directed('weekday')})\\s+|{words(cues.night_before)}\\s+)?"
                    f"(?P<weekday_d>{weekday}){weekday_suffix}{after('weekday')}(?!\\w)"),
        "month": (f"(?:(?:{directed('month')})\\s+{month_of}|{words(cues.month_preps)}(?:\\s+|-))"
                  f"(?P<month_m>{month}){after('month')}(?!\\w)"
                  f"(?!\\.?\\s+{of}\\d)"),
        "month_after": (f"(?P<month_after_m>{month}){after('month_after', optional=False)}(?!\\w)"
                        if cues.last_after or cues.next_after else None),
        # "agosto volvió a ser el más trágico": where months are common nouns, written in lower case, a month
        # name is the month with no cue before it, and so is one opening the sentence ("Diciembre fue...")
        "bare_month": (None if cap else f"(?P<bare_month_m>(?-i:{month})|\\A{words(vocab.month_names, True)})"
                       f"(?!\\w)(?!\\.?\\s+{of}\\d)"),
        "year": (f"{words(cues.year_preps)}(?:\\s+|-)(?P<year_y>{_YEAR}){_NOT_A_NUMBER_GOES_ON}{_NOT_A_CLOCK}(?![-–/]\\d)"
                 f"(?:\\s*{_RANGE}\\s*(?P<year_y2>{_YEAR}){_NOT_A_NUMBER_GOES_ON})?"),
        "year_span": (f"(?<![\\d.,-])(?P<year_span_y>{_YEAR})\\s*[-–/]\\s*(?P<year_span_y2>\\d\\d|{_YEAR})"
                      f"{_NOT_A_NUMBER_GOES_ON}(?!-)"),
        "decade": f"{decade_before}(?P<decade_y>1[89]\\d0|20\\d0){decade_after}(?!\\w)"
        if decade_before or decade_after else None,
        "decade_word": (f"{words(cues.decade_intro)}\\s+['’]?(?P<decade_word_n>{words(cues.decade_words)}|"
                        f"[1-9]0{decade_suffix})(?!\\w)" if cues.decade_intro else None),
        "count": f"{words(cues.counts)}\\s+(?:19|20)\\d\\d(?![\\d.,]\\d)" if cues.counts else None,
        "lone_year": (f"(?:(?P<lone_year_d>{words(cues.year_determiners)})\\s+(?=\\d)|(?P<lone_year_pos>(?<=['’]s\\s)))?"
                      f"(?<![$€£#-])(?P<lone_year_y>19\\d\\d|20[0-3]\\d){_NOT_A_NUMBER_GOES_ON}(?![-–/]\\d)"
                      f"(?(lone_year_d)|(?(lone_year_pos)|(?!\\s+(?!{_CONJUNCTIONS}\\s)(?-i:[a-zß-öø-ÿ]))))"),  # "Iraq's 1990 invasion"
        "weekend": (f"(?:{directed('weekend')}|{words(cues.articles)}|"
                    f"{words(cues.year_preps)}(?:\\s+{words(cues.articles)})?)\\s+"
                    f"{words(cues.weekend)}(?!\\w)" if cues.weekend else None),
        "spoken_year": (f"(?:(?P<spoken_year_the>{year_word})\\s+)?(?P<spoken_year_c>{words(cues.spoken_centuries)})"
                        f"(?:[\\s-]+(?P<spoken_year_n>{words(cues.numbers)}(?:-{words(cues.numbers)})?))?(?!\\w)"
                        if cues.spoken_centuries else None),
        "century": (f"(?:{words(cues.articles)}\\s+)?(?:(?P<century_n>1\\d|20|21|[1-9])(?:st|nd|rd|th|\\.|e|ème|º)(?:\\s+|-)"
                    f"{words(cues.century)}|{words(cues.century)}\\s+(?P<century_r>(?-i:[XVI]{{1,5}}))(?!\\w)|"
                    f"(?P<century_rb>(?-i:[XVI]{{1,5}}))(?:e|ème)\\s+{words(cues.century)}(?!\\w)|"
                    f"(?P<century_this>{this})\\s+{words(cues.century)})(?!\\w)" if cues.century else None),
        # last, so that "the year before", "el año pasado" and "the year-ago quarter" are read as what they are
        "the_year": (f"(?P<the_year_p>{words(cues.the_year)})(?P<the_year_ended>\\s+{words(cues.period_ended)})?"
                     f"(?![\\w-]|\\s+{of}\\d|\\s+{words(cues.the_year_not_before)}(?!\\w))" if cues.the_year else None),
        "frequency": f"(?P<frequency_f>{words(cues.frequencies)})(?!\\w)" if cues.frequencies else None,
    }
    body = "|".join(f"(?P<{kind}>{regex})" for kind, regex in alternatives.items() if regex)
    return f"(?<!\\w)(?=\\d|{words(_openers(vocab))}(?!\\w))(?:{body})"


def _openers(vocab: Vocabulary) -> set[str]:
    """Every word an expression can start with (besides a digit).

    The pattern first checks for one of these, in a single prefix tree, so
    the many alternatives are only tried where an expression can begin; the
    set must therefore cover the first word of every alternative above.
    """
    cues = vocab.cues
    phrases = [*vocab.month_names, *vocab.month_abbreviations, *vocab.weekday_names,
               *vocab.weekday_abbreviations, *vocab.relative, *cues.last, *cues.this,
               *cues.next, *cues.every, *cues.night_before, *cues.month_preps,
               *cues.year_preps, *cues.ago_before, *cues.span_modifiers, *cues.earlier_later,
               *cues.articles, *cues.decade_before, *cues.clock, *cues.numbers, *cues.one,
               *cues.present_ref, *cues.past_ref, *cues.future_ref, *cues.ordinals, *cues.latest, *cues.year_ago,
               *cues.quarter, *cues.seasons, *cues.day_parts_alone, *cues.vague, *cues.vague_preps,
               *cues.frequencies, *cues.year_determiners, *cues.weekend, *cues.holidays, *cues.counts,
               *cues.day_of_month, *cues.century, *cues.decade_intro, *_plural_units(vocab),
               *cues.anaphora, *cues.part_intro, *cues.past_weekday_before, *cues.hour_words, *cues.day_nouns, *cues.day_words, *cues.spoken_centuries, *cues.day_times, *cues.the_year]
    openers = {phrase.split()[0] for phrase in phrases}
    # words that begin with a weekday: "Dienstagabend", Swedish "torsdagen"
    endings = [*(cues.parts_of_day if cues.compound_parts else ()), *cues.weekday_suffix]
    return openers | {day + ending for day in vocab.weekday_names for ending in endings}


def _plural_units(vocab: Vocabulary) -> list[str]:
    """Unit words in the plural, the only ones that stand bare for an untold length ("for years")."""
    return [word for word in vocab.units if word.endswith("s") or word in vocab.cues.plural_units]


@dataclass(frozen=True)
class Grammar:
    """A language's compiled patterns with the words they were built from."""

    expressions: re.Pattern[str]
    future: re.Pattern[str] | None  # future-tense cue words, None when the language has none
    vocabulary: Vocabulary


@lru_cache(maxsize=None)
def grammar(language: str) -> Grammar | None:
    """The grammar of ``language``, compiled once; None if dateparser does not know it."""
    vocab = vocabulary(language)
    if vocab is None:
        return None
    cues = vocab.cues
    ahead = (*cues.future, *cues.postponed)
    future = [f"(?<!\\w){words(ahead)}(?!\\w)"] if ahead else []
    if cues.future_endings:
        future.append(f"(?<=\\w\\w){words(cues.future_endings)}(?!\\w)")
    return Grammar(
        expressions=re.compile(_build(vocab), re.IGNORECASE),
        future=re.compile("|".join(future), re.IGNORECASE) if future else None,
        vocabulary=vocab,
    )
