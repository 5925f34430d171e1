"""Awards: award names and grades (parts), recipients, lists and rosters (lists), and the reader whose
methods are the passes over a notice (table rows, rosters, graded lists, sentences, verbs)."""
from .reader import Award, awards_in

__all__ = ["Award", "awards_in"]
