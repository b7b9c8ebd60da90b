import pytest

from hadath.text import analyse_text


def segments(word_in_text, text=None):
    """The token of `word_in_text` as (proclitics, article, stem, suffix)."""
    text = text or word_in_text
    tok = next(t for t in analyse_text(text).tokens if text[t.start:t.end] == word_in_text)
    return (text[tok.start:tok.base_start], text[tok.base_start:tok.stem_start],
            text[tok.stem_start:tok.stem_end], text[tok.stem_end:tok.end])


# rows: (word, proclitics, article, stem, suffix)
CLITICS = [
    ("وبغداد", "و", "", "بغداد", ""),
    ("بغداد", "", "", "بغداد", ""),
    ("والعراق", "و", "ال", "عراق", ""),
    ("بالعراق", "ب", "ال", "عراق", ""),
    ("وبالعراق", "وب", "ال", "عراق", ""),
    ("للعراق", "ل", "ل", "عراق", ""),  # ل + ال written لل: the article is the second ل
    ("وللعراق", "ول", "ل", "عراق", ""),
    ("والقوات", "و", "ال", "قوات", ""),
    ("وقال", "و", "", "قال", ""),
    ("قواتها", "", "", "قوات", "ها"),
    ("منهم", "", "", "من", "هم"),
    ("لأنه", "ل", "", "أن", "ه"),
    ("وسيتم", "و", "", "سيتم", ""),
    # words that only look like clitic + word
    ("وصل", "", "", "وصل", ""),
    ("وزير", "", "", "وزير", ""),
    ("بريطانيا", "", "", "بريطانيا", ""),
    ("لبنان", "", "", "لبنان", ""),
    ("كان", "", "", "كان", ""),
    ("بين", "", "", "بين", ""),
    ("الله", "", "", "الله", ""),
    ("الذي", "", "", "الذي", ""),
    ("إلغاء", "", "", "إلغاء", ""),  # starts with إل, never the article
    ("التزام", "", "", "التزام", ""),
    ("عامة", "", "", "عامة", ""),  # ة is never the suffix ه
]


@pytest.mark.parametrize("word,pre,art,stem,suf", CLITICS)
def test_clitics(word, pre, art, stem, suf):
    assert segments(word) == (pre, art, stem, suf)


def test_clitics_with_diacritics_keep_original_offsets():
    text = "وَصَلَ إلى بَغْدَادَ وَلِلعِرَاقِ"
    assert segments("وَلِلعِرَاقِ", text) == ("وَلِ", "ل", "عِرَاقِ", "")


def test_token_kinds():
    text = "قُتل 12 شخصا، وأصيب 2.5 ألف في 2021."
    toks = analyse_text(text).tokens
    assert [(text[t.start:t.end], t.kind) for t in toks] == [
        ("قُتل", "word"), ("12", "number"), ("شخصا", "word"), ("،", "punct"), ("وأصيب", "word"),
        ("2.5", "number"), ("ألف", "word"), ("في", "word"), ("2021", "number"), (".", "punct")]


def test_arabic_indic_numbers_are_one_token_with_an_ascii_norm():
    toks = analyse_text("بلغ العدد ١٬٢٠٠ جندي").tokens
    assert [t.norm for t in toks] == ["بلغ", "العدد", "1,200", "جندي"]


def test_every_token_span_is_inside_the_text_and_ordered():
    text = "ﻻ يزال الـــوضع متوتراً في غزّة\u200f، حسب مصادر."
    toks = analyse_text(text).tokens
    for t in toks:
        assert 0 <= t.start <= t.base_start <= t.stem_start <= t.stem_end <= t.end <= len(text)
    assert [t.start for t in toks] == sorted(t.start for t in toks)


def test_the_taa_marbuta_written_before_a_suffix():
    from hadath.text import analyse_text
    layers = analyse_text("زيارته")
    t = layers.tokens[0]
    assert (layers.text[t.base_start:t.stem_end], layers.text[t.stem_end:t.end]) == ("زيارت", "ه")
