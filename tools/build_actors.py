#!/usr/bin/env python3
"""Compile the actor dictionary: hadath/data/actors/src/{people-*,orgs*}.tsv → actors.tsv.gz.

The sources are hand-curated (FORMAT.md beside them says how); people-up.tsv is the cleaned
UniversalPetrarch seed and yields to the curated files where both name the same person.
Rows that break the format are reported and left out. Arabic names are stored as written
(marks removed, NFC); matching normalises them.

    python tools/build_actors.py [--check]
"""
import argparse
import gzip
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from _generated import gz_table, write_or_check  # noqa: E402
from hadath.text.normalize import strip_marks  # noqa: E402

SRC = ROOT / "hadath" / "data" / "actors" / "src"
OUT = ROOT / "hadath" / "data" / "actors" / "actors.tsv.gz"
SECTORS = set("GOV MIL COP JUD LEG PTY REB SPY BUS JRN MED REL EDU LAB CVL REF OPP UAF UNK ELI".split())
KINDS = set("government ministry army police intelligence militia rebel party igo ngo media company "
            "court legislature religious university union other".split())
ROLE = re.compile(r"^[a-z-]+@[A-Z0-9-]+:\d{4}(-\d{2}(-\d{2})?)?\.\.(\d{4}(-\d{2}(-\d{2})?)?)?$")
ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A0-9 ]+$")
# people-up.tsv last: the curated files win
PEOPLE = ["people-mena.tsv", "people-world.tsv", "people-nonstate.tsv", "people-extra.tsv", "people-up.tsv"]


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _words(path: Path, column: int, *, split: bool = False) -> set[str]:
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cell = line.split("\t")[column]
            found.update(cell.split("|") if split else [cell])
    found.discard("")
    return found


def _descriptors(scope: str) -> set[str]:
    rows = [line.split("\t") for line in (SRC / "descriptors.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {word for word, s in rows if s == scope}


# before a name, always dropped: titles and "any" descriptors (الرئيس، الشيخ، صحيفة)
TITLES = _descriptors("any") | _words(SRC / "titles.tsv", 1, split=True)
# dropped only where the rest is another name of the same actor (تنظيم داعش → داعش, but
# وكالة الأنباء الفرنسية stays whole)
SOFT = _descriptors("dict")
BODIES = _words(SRC / "bodies.tsv", 0)
DEMONYMS = _words(SRC / "countries.tsv", 3, split=True)


def _is_body_phrase(name: str) -> bool:
    """القوات الأمريكية، الحكومة المصرية: a country's body, a nominal rather than a name."""
    words = name.split()
    return any(" ".join(words[:k]) in BODIES and " ".join(words[k:]) in DEMONYMS for k in (1, 2))


def _undescribed(name: str, words_before: set[str]) -> str:
    """The name without a leading word or two from `words_before`."""
    words = name.split()
    for k in (2, 1):
        if len(words) > k and " ".join(words[:k]) in words_before:
            return " ".join(words[k:])
    return name


def names(field: str) -> list[str]:
    """A row's Arabic names, cleaned: marks removed; leading titles and descriptors dropped
    (the text has them outside the name); body phrases left to the nominal rules."""
    found = [_undescribed(" ".join(strip_marks(unicodedata.normalize("NFC", n)).split()), TITLES)
             for n in field.split("|")]
    out = []
    for n in found:
        bare = _undescribed(n, SOFT)
        if bare != n and bare in found:
            continue  # تنظيم داعش where داعش is listed too
        head, _, last = n.rpartition(" ")
        if last in DEMONYMS and head in found:
            continue  # الغارديان البريطانية where الغارديان is listed too: the demonym is apart
        if len(n) >= 2 and ARABIC.match(n) and n not in out and not _is_body_phrase(n) and not _is_demonym(n):
            out.append(n)
    return out


def _is_demonym(name: str) -> bool:
    """السوداني as a short name of Mohammed Shia al-Sudani is, far more often, "the Sudanese"."""
    return name in DEMONYMS or ("ال" + name) in DEMONYMS


def rows(path: Path, width: int):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        cells += [""] * (width - len(cells))
        if len(cells) != width:
            print(f"{path.name}:{n}: {len(cells)} fields, expected {width}; left out", file=sys.stderr)
            continue
        yield n, [c.strip() for c in cells]


NOMINAL_ONLY = []  # rows whose every name is a body phrase: the nominal rules cover them


def check(path: Path, n: int, country: str, sector: str, roles: list[str], ar: list[str]) -> bool:
    if not ar:
        NOMINAL_ONLY.append(f"{path.name}:{n}")
        return False
    problems = []
    if not re.fullmatch(r"[A-Z]{3}", country):
        problems.append(f"country {country!r}")
    if sector and sector not in SECTORS:
        problems.append(f"sector {sector!r}")
    problems += [f"role {r!r}" for r in roles if not ROLE.match(r)]
    if problems:
        print(f"{path.name}:{n}: {', '.join(problems)}; left out", file=sys.stderr)
    return not problems


def people() -> dict[str, list]:
    found: dict[str, list] = {}
    full_names: dict[tuple[str, str], str] = {}  # (country, a full Arabic name of 3+ words) → key
    for fname in PEOPLE:
        path = SRC / fname
        if not path.exists():
            continue
        for n, (en, ar, country, sector, roles, _note) in rows(path, 6):
            ar_names, role_list = names(ar), [r for r in roles.split(";") if r]
            if not en or not check(path, n, country, sector, role_list, ar_names):
                continue
            key = slug(en)
            # the same person spelt otherwise in English in another file (Salman bin Abdulaziz,
            # Salman bin Abdulaziz Al Saud): the same full Arabic name in the same country
            key = next((full_names[(country, a)] for a in ar_names if (country, a) in full_names), key)
            for a in ar_names:
                if len(a.split()) >= 3:
                    full_names.setdefault((country, a), key)
            if key in found:  # the same person in two files: gather names and roles
                old = found[key]
                old[8] = "|".join(dict.fromkeys(old[8].split("|") + ar_names))
                old[7] = ";".join(dict.fromkeys([r for r in old[7].split(";") if r] + role_list))
                continue
            found[key] = [f"p-{key}", "PER", en, country, sector or "UNK", "", "", ";".join(role_list), "|".join(ar_names)]
    return found


def orgs() -> dict[str, list]:
    found: dict[str, list] = {}
    for path in sorted(SRC.glob("orgs*.tsv")):
        for n, (key, en, ar, country, sector, kind, _note) in rows(path, 7):
            ar_names = names(ar)
            if not en or not check(path, n, country, sector, [], ar_names):
                continue
            if kind not in KINDS:
                print(f"{path.name}:{n}: kind {kind!r}; taken as other", file=sys.stderr)
                kind = "other"
            oid = "o-" + (key.lower() if key else slug(en))
            if oid in found:
                found[oid][8] = "|".join(dict.fromkeys(found[oid][8].split("|") + ar_names))
                continue
            found[oid] = [oid, "ORG", en, country, sector, kind, key, "", "|".join(ar_names)]
    return found


def render() -> bytes:
    table = list(people().values()) + list(orgs().values())
    head = ["# generated by tools/build_actors.py from hadath/data/actors/src: do not edit",
            "# id\ttype\ten\tcountry\tsector\tkind\tkey\troles\tar_names"]
    return gz_table(head, table)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the shipped file differs from a rebuild")
    args = ap.parse_args()
    data = render()
    text = gzip.decompress(data).decode("utf-8")
    print(f"{text.count(chr(9) + 'PER' + chr(9))} people, {text.count(chr(9) + 'ORG' + chr(9))} organisations "
          f"({len(NOMINAL_ONLY)} rows left to the nominal rules: all their names are body phrases)")
    return write_or_check(OUT, data, check=args.check, root=ROOT)


if __name__ == "__main__":
    sys.exit(main())
