"""Numeric claims: every figure in a news text, linked to what it measures.

The spaCy factory "rupipe_claims" (entry point in pyproject) adds the
component; it fills `doc._.claims` with dicts shaped as docs/CLAIMS.md.
"""
from pipeline.claims.component import ClaimsComponent, make_claims

__all__ = ["make_claims", "ClaimsComponent"]
