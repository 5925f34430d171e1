"""Awards: award names and grades (parts), recipients, lists and rosters, flattened ones too (lists), the layouts of a
roster whatever its bullets, spacing and labels (rosters), pasted tables
(tables), what a mention leaves to the text before it (earlier: the contest, the list, the full name, the short
form), the wording of award sentences (wording), dates (dating), the fact and its merge (facts), and the reader
whose methods are the passes over a notice (table rows, rosters, graded lists, sentences, verbs); a reprint's pinyin
glosses are read past."""
from .reader import Award, awards_in

__all__ = ["Award", "awards_in"]
