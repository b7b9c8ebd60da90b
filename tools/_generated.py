"""What every build script in tools/ does with the file it generates: render, then write or check."""
import argparse
import gzip
from pathlib import Path
from typing import Callable


def gz_table(header: list[str], rows: list[list[str]]) -> bytes:
    """A gzipped TSV with comment lines first; byte-identical for the same input (mtime 0)."""
    return gzip.compress(("\n".join(header + ["\t".join(r) for r in rows]) + "\n").encode("utf-8"), mtime=0)


def write_or_check(out: Path, data: bytes, *, check: bool, root: Path) -> int:
    """With `check`, compare with the shipped file (exit status 1 if it differs); else write it."""
    if check:
        same = out.exists() and gzip.decompress(out.read_bytes()) == gzip.decompress(data)
        print(f"{out.name} is up to date" if same else f"{out.name} differs from a rebuild: run tools/ again")
        return 0 if same else 1
    out.write_bytes(data)
    print(f"wrote {out.relative_to(root)} ({len(data) / 1e6:.2f} MB)")
    return 0


def main(doc: str, out: Path, render: Callable[[], bytes], root: Path) -> int:
    """The command line of a build script whose only option is --check."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs from a rebuild")
    args = ap.parse_args()
    return write_or_check(out, render(), check=args.check, root=root)
