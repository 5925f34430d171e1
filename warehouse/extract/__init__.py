"""Rule-based extraction of projects, awards, targets (and outcomes) from the text of a notice.

Pure Python, offline and deterministic; the output follows design/extraction-contract.md.
"""
from .core import EXTRACTOR_VERSION, Extraction, extract_document

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_document"]
