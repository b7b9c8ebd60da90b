"""Conjugated forms of a verb from its past and present (third person masculine singular), as
news writes them: the trigger lexicon and the speech cues of quotes list verbs this way.

    >>> sorted(past_forms("زار"))[:3]
    ['زار', 'زارا', 'زارت']
"""
from __future__ import annotations

__all__ = ["conjugate", "past_forms", "present_forms"]


def past_forms(p: str) -> set[str]:
    """زار: زار زارت زاروا زارا زارتا زارن زارنا زارتم; التقى: التقت التقوا التقيا ...; دعا: دعت دعوا ..."""
    if p.endswith(("ى", "ي")):
        b = p[:-1]
        return {p, b + "ت", b + "وا", b + "يا", b + "تا", b + "ينا", b + "يتم", b + "يت"}
    if p.endswith("ا") and len(p) == 3:
        b = p[:-1]
        return {p, b + "ت", b + "وا", b + "وتا", b + "ونا", b + "وتم"}
    return {p, p + "ت", p + "وا", p + "ا", p + "تا", p + "ن", p + "نا", p + "تم"}


def present_forms(r: str) -> set[str]:
    """يزور: يزور تزور نزور يزورون يزوران يزوروا, and the feminine plural of a verb with a sound
    last letter (يتظاهرن، يطالبن: women protesting, asking); يلتقي: يلتقون يلتقيان; يدعو: يدعون
    يدعوان. Not the first person singular (أزور) nor the second person feminine and the feminine
    plural of a verb whose last letter is weak (-ين): they collide with nouns (أثنين: اثنين
    "two", "Monday")."""
    if not r.startswith("ي"):
        return {r}
    rest = r[1:]
    out = set()
    for prefix in ("ي", "ت", "ن"):
        s = prefix + rest
        out.add(s)
        if s.endswith(("ي", "و")):  # يلتقي، يدعو
            b = s[:-1]
            out |= {b + "ون", b + "وا", s + "ان"}
        elif s.endswith("ى"):  # يرى
            b = s[:-1]
            out |= {b + "ون", b + "وا", b + "يان"}
        else:
            out |= {s + "ون", s + "وا", s + "ان"}
            if prefix != "ن" and len(s) >= 4:
                out.add(s + "ن")  # يتظاهرن، تطالبن
    return out


def conjugate(pair: str) -> set[str]:
    """All forms of a `PAST/PRESENT` pair (زار/يزور)."""
    past, _, present = pair.partition("/")
    return past_forms(past.strip()) | (present_forms(present.strip()) if present.strip() else set())
