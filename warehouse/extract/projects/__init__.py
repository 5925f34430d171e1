"""Projects: names (what counts as one), attributes (money, land, stages, dates), frames (one project's
facts gathered across sentences), table rows, and the reader that walks a notice."""
from .frame import Project
from .reader import projects_in

__all__ = ["Project", "projects_in"]
