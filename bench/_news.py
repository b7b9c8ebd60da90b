"""The first N articles of the 2018 news corpus in ../shared (never copied into the repo)."""
import gzip
import itertools
import json
import sys
from pathlib import Path

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant-2018.jsonl.gz"


def first_articles(n: int, path: Path = NEWS) -> list[dict]:
    if not path.exists():
        sys.exit(f"bench: no news corpus at {path}; the benchmarks read ../shared/data/news")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, n)]
