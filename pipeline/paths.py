"""Where the project's data lives: our own `models/` and the shared corpora.

Corpora are never copied into the project; they are read from a folder
given on the command line or by the RUPIPE_CORPORA environment variable,
defaulting to `../shared/corpora` beside the repository.
"""
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = REPO_ROOT / "models"
CORPUS_DIR = REPO_ROOT / "corpus"


def corpora_dir(explicit=None):
    if explicit:
        return Path(explicit)
    from_env = os.environ.get("RUPIPE_CORPORA")
    if from_env:
        return Path(from_env)
    return REPO_ROOT.parent / "shared" / "corpora"


def shared_docs_dir(explicit_corpora=None):
    return corpora_dir(explicit_corpora).parent / "docs"


def model_file(*parts):
    return MODELS_DIR.joinpath(*parts)
