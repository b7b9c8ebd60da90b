"""The Python examples in the README and the docs run and print what they say."""
import doctest
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("doc", ["README.md", "docs/text.md", "docs/entities.md", "docs/events.md",
                                 "docs/time.md", "docs/quotes.md", "docs/places.md"])
def test_examples(doc):
    failures, tried = doctest.testfile(str(ROOT / doc), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0
