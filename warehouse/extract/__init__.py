"""Rule-based extraction of projects, awards, targets (and outcomes) from the text of a notice.

Pure Python, offline and deterministic; the output follows design/extraction-contract.md.

    extract_document(body, published=…, url=…, title=…) -> Extraction
    Extraction.to_contract() -> the contract's JSON object (outcomes are kept out of it)

Modules, one idea each: script (traditional reprints read on a simplified copy), sentences (spans), numbers
(units), dates (relative dates), sections (review / goals / lead-ins), tense (forward or back), measures
(indicator + quantity), relations (targets with no number: 同步, 持平, 控制在上级目标内), targets, outcomes,
places, companies, core (ties them together); and two sub-packages whose `reader` walks a notice in passes:
projects/ (names, attributes, frame, tables, reader) and awards/ (parts, recipients, lists, reader).
The evaluator that scores all this against gold lives outside the production path, in govwatch/evaluate.py.
"""
from .core import EXTRACTOR_VERSION, Extraction, extract_document

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_document"]
