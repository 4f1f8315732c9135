"""rupipe: a Russian news pipeline as spaCy components.

razdel segmentation, slovnet morphology, syntax and NER, pymorphy3 lemmas,
entity normal forms and clusters, and numeric claims.

    >>> import pipeline
    >>> record = pipeline.analyze("Выручка выросла на 5%.")
"""
__all__ = ["load", "analyze", "analyze_many"]
__version__ = "0.1.0"


def __getattr__(name):
    # Imported on first use, so `python -m pipeline.corpora...` and the CLI's
    # help stay quick: spaCy and the models load only when asked for.
    if name in __all__:
        from pipeline import api
        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
