"""Shared fixtures: one loaded pipeline per test session, the corpora folder."""
import pytest

from pipeline.paths import corpora_dir, shared_docs_dir


@pytest.fixture(scope="session")
def nlp():
    import pipeline
    return pipeline.load()


@pytest.fixture(scope="session")
def corpora():
    path = corpora_dir()
    if not path.is_dir():
        pytest.skip(f"corpora folder {path} is absent")
    return path


@pytest.fixture(scope="session")
def seed_text():
    path = shared_docs_dir() / "seed-article.txt"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return path.read_text(encoding="utf-8")
