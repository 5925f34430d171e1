"""Rule-based extraction of projects, awards, targets (and outcomes) from the text of a notice.

Pure Python, offline and deterministic; the output follows design/extraction-contract.md.

    extract_document(body, published=…, url=…, title=…) -> Extraction
    Extraction.to_contract() -> the contract's JSON object (outcomes are kept out of it)

Modules, one idea each: sentences (spans), numbers (units), dates (relative dates), sections
(review / goals / lead-ins), tense (forward or back), measures (indicator + quantity), targets,
outcomes, project_names / project_attributes / project_frame / project_tables / projects, places, companies,
award_parts / award_recipients / award_lists / awards, core (ties them together).
"""
from .core import EXTRACTOR_VERSION, Extraction, extract_document

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_document"]
