"""Scoring the pipeline on annotated corpora, side by side with natasha.

readers (pipeline.corpora) -> systems (systems.py) -> scorers (ner.py,
morph.py, claims.py) -> report.py; runs.py ties one run together and
cli.py is `rupipe evaluate`.
"""
