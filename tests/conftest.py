from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def case_text() -> str:
    return (ROOT / "corpora" / "case" / "article.txt").read_text(encoding="utf-8")
