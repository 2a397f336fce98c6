"""Figures: the counts a sentence reports (killed, displaced, fighters...), with their hedge, source, place and date.

    numbers.py  numbers as each language writes them (digits, words, magnitudes, ranges)
    lexicon.py  the words of counting, per language: hedges, measures, events, counted nouns
    find.py     which numbers are figures, and what they count
"""

from storyline.analyse.figures.find import find_figures

__all__ = ["find_figures"]
