#!/usr/bin/env python3
"""Compile the event trigger lexicon: hadath/data/events/src/triggers.tsv → triggers.tsv.gz.

Rows whose note starts with "doubtful" are left out (a cue mostly used in another sense); a
row's `when` column (FORMAT.md) keeps an ambiguous cue with a condition instead.
Verbs are given as PAST/PRESENT pairs in the third person masculine singular; this script
writes their conjugations (past and present, all persons and numbers news uses, with the
shapes of verbs that end in a vowel: التقى/يلتقي، دعا/يدعو). Nouns and phrases are kept as they
are. Every form is stored normalised, as the text layer matches it.

    python tools/build_triggers.py [--check]
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
from _generated import gz_table, main as generated_main  # noqa: E402
from hadath.text.normalize import normalize_string  # noqa: E402
from hadath.text.verbs import past_forms, present_forms  # noqa: E402

SRC = ROOT / "hadath" / "data" / "events" / "src" / "triggers.tsv"
OUT = ROOT / "hadath" / "data" / "events" / "triggers.tsv.gz"
TYPES = set("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
            "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split()) | {"NONE"}  # NONE: a phrase that is no event


# a condition on a cue (FORMAT.md): near:W,W (one of these words close by), agent (an actor
# found), person (a person or the media acts), political (a political actor takes part),
# pejorative (a person described, or a word of blame in what is said), from_it:W,W (من with a
# pronoun after it, one of these nouns before it), made (a threat made, not a danger to), deal (an agreement
# reached, concluded or on something), first:W,W / first_not:W,W (the first word after the trigger and its subject is, is not, one of these), not:F,F (leave out these forms: first, before any
# other); several joined by ";" must all hold
_ONE = r"(?:(?:near|away|unsaid|from_it|first|first_not):[^\s,;]+(?:,[^\s,;]+)*|agent|actor|person|political|pejorative|deal|made)"
WHEN = re.compile(rf"not:[^\s,;]+(?:,[^\s,;]+)*(?:;{_ONE})*|{_ONE}(?:;{_ONE})*")


ARGS = {"", "object", "passive", "victim", "payer", "claimed", "held"}  # where a cue's arguments stand (FORMAT.md)


def dual_forms(noun: str) -> set[str]:
    """هجوم: هجومين هجومان; غارة: غارتين غارتان. Only for singular nouns of 3+ letters."""
    if len(noun) < 3 or noun.endswith(("ات", "ون", "ين", "اء")):
        return set()
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    return {stem + "ين", stem + "ان"}


def rows():
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 7)[:7]
        typ, mode, kind, forms, note, when, args = (c.strip() for c in cells)
        if typ not in TYPES or kind not in ("verb", "noun", "phrase") or not forms:
            print(f"triggers.tsv:{n}: bad row; left out", file=sys.stderr)
            continue
        if note.lower().startswith("doubtful"):
            continue  # kept in the source for the record, but mostly another sense in news
        if when and not WHEN.fullmatch(when):
            print(f"triggers.tsv:{n}: bad condition {when!r}; row left out", file=sys.stderr)
            continue
        if args not in ARGS:
            print(f"triggers.tsv:{n}: bad args {args!r}; row left out", file=sys.stderr)
            continue
        yield typ, mode, kind, forms, when, args


def render() -> bytes:
    table, conditions = {}, {}
    for typ, mode, kind, forms, when, args in rows():
        excluded = set()
        if when.startswith("not:"):  # forms of another sense: فجر (dawn) of فجر/يفجر
            left_out, _, when = when.partition(";")  # the conditions after it still hold
            excluded = {normalize_string(w) for w in left_out[4:].split(",")}
        for item in forms.split("|"):
            item = item.strip()
            if kind == "verb":
                past, _, present = item.partition("/")
                words = past_forms(past.strip()) | (present_forms(present.strip()) if present else set())
                lemma = past.strip()
            elif kind == "noun":
                words, lemma = {item} | dual_forms(item), item
            else:  # a phrase: also with the article on its first word (الحرب التجارية، المساعدات الإنسانية);
                # not a one-word phrase, a participle or a passive: المتهمين are "the accused", no one accusing
                definite = " " in item and not item.startswith("ال")
                words, lemma = {item} | ({"ال" + item} if definite else set()), item
            for w in words:
                form, cond = normalize_string(w), normalize_string(when)
                if form in excluded:
                    continue
                # the first row of a form and type wins; a later one is added only where both
                # hold a condition (أطلق near صواريخ is heavy-weapons, near النار firearms)
                earlier = conditions.setdefault((form, typ), [])
                if not earlier or cond and all(earlier) and cond not in earlier:
                    earlier.append(cond)
                    table[(form, typ, cond)] = [form, typ, mode, kind, lemma, cond, args]
    head = ["# generated by tools/build_triggers.py from hadath/data/events/src/triggers.tsv: do not edit",
            "# form\ttype\tmode\tkind\tlemma\twhen\targs"]
    return gz_table(head, sorted(table.values()))


def main() -> int:
    return generated_main(__doc__, OUT, render, ROOT)


if __name__ == "__main__":
    sys.exit(main())
