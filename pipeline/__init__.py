"""rupipe: a Russian news pipeline as spaCy components.

razdel segmentation, slovnet morphology, syntax and NER, pymorphy3 lemmas,
entity normal forms and clusters, and numeric claims.
"""
from pipeline.api import analyze, analyze_many, load

__all__ = ["load", "analyze", "analyze_many"]
__version__ = "0.1.0"
