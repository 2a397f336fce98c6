"""Where a story's sources disagree: figures that cannot both be true, and claims met with a denial.

Figures conflict when they count one category at one named place as of one
date, come from different named sources, and their hedged ranges do not meet:
"at least 500" and "300" conflict, "about 100,000" and "more than 95,000" do
not. The sides are the groups of sources whose counts can all be true.
A claim conflicts when a sentence denies, rejects or disputes it ("a claim
rejected by a spokesman for the coalition", "a démenti", "afviste"): its two
sides are the claim and the denial, each with the source the sentence gives.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from storyline.analyse.attribution import ALL_PRONOUNS, find_sources, subject_before
from storyline.model import (
    Article,
    Citation,
    Disagreement,
    DisagreementSide,
    Figure,
    FigurePoint,
    FigureReport,
)

#: How far "about" and "nearly" reach from their value.
ABOUT = 0.15
#: Words for a claim or an accusation: a denial counts only where one is named or a source speaks.
CLAIMS: dict[str, tuple[str, ...]] = {
    "en": ("claim", "allegation", "accus", "blam", "report", "charge", "assertion", "suggestion"),
    "fr": ("affirmation", "accus", "allégation", "version", "information", "rumeur", "imput"),
    "es": ("acusación", "acus", "afirmación", "versión", "informacion", "atribu"),
    "de": ("vorwurf", "vorwürfe", "behauptung", "beschuldig", "bericht", "darstellung"),
    "it": ("accus", "affermazion", "notizi", "version", "attribu"),
    "pt": ("acusação", "acus", "afirmação", "versão", "notícia", "atribu"),
    "da": ("påstand", "beskyld", "anklage", "oplysning"),
    "nl": ("bewering", "beschuldig", "aantijging", "bericht"),
    "sv": ("påstående", "anklag", "uppgift"),
}
#: Words that deny or reject a claim, per language (matched as word openings).
DENIALS: dict[str, tuple[str, ...]] = {
    "en": ("denied", "denies", "deny", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes",
           "refuted", "refutes", "contrary to", "contradicted", "contradicts", "disavowed"),
    "fr": ("démenti", "dément", "démentent", "nié", "nie", "nient", "rejeté", "rejette", "contesté", "conteste",
           "réfuté", "réfute", "contrairement à"),
    "es": ("negó", "niega", "desmintió", "desmiente", "rechazó", "rechaza", "refutó", "contrariamente a"),
    "de": ("bestritt", "bestreitet", "dementierte", "dementiert", "wies zurück", "weist zurück", "widersprach"),
    "it": ("smentito", "smentisce", "negato", "nega", "respinto", "respinge", "contestato"),
    "pt": ("negou", "nega", "desmentiu", "desmente", "rejeitou", "rejeita", "contestou"),
    "da": ("afviste", "afviser", "benægtede", "benægter", "dementerede", "dementerer", "tilbageviste"),
    "nl": ("ontkende", "ontkent", "wees af", "weerlegde", "betwistte"),
    "sv": ("förnekade", "förnekar", "avvisade", "avvisar", "dementerade", "tillbakavisade"),
}


def figure_disagreements(points: Sequence[FigurePoint]) -> list[Disagreement]:
    """Each point whose reports from different sources give counts that cannot all be true.

    Only a point with a place says the reports count one thing: a story's
    figures for one day with no place are often of different events, and
    "other" counts different nouns.
    """
    found = []
    for point in points:
        if point.place is None or point.category == "other":
            continue
        sides = _conflicting_sides(point.reports)
        if sides:
            place = f" in {point.place}" if point.place else ""
            when = f" as of {point.date.label()}" if point.date else ""
            found.append(Disagreement("figures", f"{point.category}{place}{when}", sides, point.date))
    return found


def _range(figure: Figure) -> tuple[float, float]:
    """The counts a figure allows, its hedge taken at its word."""
    value = figure.value
    if value is None:
        return (figure.low or 0.0, figure.high if figure.high is not None else float("inf"))
    return {
        "more_than": (value, float("inf")), "at_least": (value, float("inf")),
        "up_to": (0.0, value), "fewer_than": (0.0, value),
        "about": (value * (1 - ABOUT), value * (1 + ABOUT)), "nearly": (value * (1 - ABOUT), value),
    }.get(figure.hedge, (value, value))


def _conflicting_sides(reports: Sequence[FigureReport]) -> list[DisagreementSide]:
    """The sources in groups whose counts can all be true together, when there is more than one such group."""
    by_source: dict[str, list[FigureReport]] = {}
    for report in reports:
        if _named(report.figure.source):  # a disagreement is between sources that are named
            by_source.setdefault(report.source_key, []).append(report)
    if len(by_source) < 2:
        return []
    groups: list[tuple[tuple[float, float], list[FigureReport]]] = []
    for members in sorted(by_source.values(), key=lambda group: _range(group[0].figure)):
        allowed = _meet([_range(r.figure) for r in members])
        if allowed is None:
            continue  # a source that contradicts itself (a count that changed within its own reports)
        joined = next((n for n, (span, _) in enumerate(groups) if _meet([span, allowed]) is not None), None)
        if joined is None:
            groups.append((allowed, list(members)))
        else:
            span, held = groups[joined]
            groups[joined] = (_meet([span, allowed]), held + members)  # type: ignore[assignment]
    if len(groups) < 2:
        return []
    return [DisagreementSide(says=_says(held[0]), citations=[_citation(r) for r in held],
                             sources=sorted({r.reporter for r in held}))
            for _, held in groups]


def _named(source: str | None) -> bool:
    """Whether a figure's source names someone: not missing, and more than a pronoun."""
    return bool(source) and source.lower() not in ALL_PRONOUNS  # type: ignore[union-attr]


def _says(report: FigureReport) -> str:
    figure = report.figure
    return f"{figure.text} {figure.counted}".strip()


def _meet(ranges: list[tuple[float, float]]) -> tuple[float, float] | None:
    """What the ranges of one source allow together (None when the source contradicts itself)."""
    low, high = max(r[0] for r in ranges), min(r[1] for r in ranges)
    return (low, high) if low <= high else None


def _citation(report: FigureReport) -> Citation:
    return Citation(report.article_id, report.sentence_index, report.sentence, report.language)


def claim_disagreements(articles: Sequence[Article]) -> list[Disagreement]:
    """Sentences that deny or reject a claim, each with the claim and the denial as its two sides."""
    found = []
    for article in articles:
        pattern = _denial_pattern(article.language)
        for sentence in article.sentences:
            denial = pattern.search(sentence.text)
            if denial is None:
                continue
            sources = find_sources(sentence.text, article.language, [(t.start, t.end) for t in sentence.timexes])
            if not sources and not _names_a_claim(sentence.text, article.language):
                continue
            before = [s.text for s in sources if s.end <= denial.start()] or _claimant(sentence.text, denial.start(),
                                                                                        article.language)
            after = [s.text for s in sources if s.end > denial.start()]
            citation = Citation(article.id, sentence.index, sentence.text, article.language)
            claim = sentence.text[:denial.start()].rstrip(" ,;:")
            found.append(Disagreement("claim", claim or sentence.text, [
                DisagreementSide(says=claim or sentence.text, citations=[citation], sources=before),
                DisagreementSide(says=sentence.text[denial.start():].strip(), citations=[citation], sources=after),
            ], sentence.timexes[0].date if sentence.timexes else article.published))
    return found


def _denial_pattern(language: str | None) -> regex.Pattern[str]:
    words = DENIALS.get(language or "en") or DENIALS["en"]
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])", regex.IGNORECASE)


def _names_a_claim(text: str, language: str | None) -> bool:
    lower = text.lower()
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(word)}", lower)
               for word in CLAIMS.get(language or "en") or CLAIMS["en"])


def _claimant(text: str, before: int, language: str | None) -> list[str]:
    """Who makes the claim a sentence then denies: the subject of its claim verb ("The Islamic State has blamed")."""
    words = CLAIMS.get(language or "en") or CLAIMS["en"]
    verb = regex.search(rf"(?<![\p{{L}}])(?:{'|'.join(regex.escape(w) for w in words)})\p{{L}}*", text[:before],
                        regex.IGNORECASE)
    if verb is None:
        return []
    subject = subject_before(text, verb, language)
    return [subject.text] if subject else []
