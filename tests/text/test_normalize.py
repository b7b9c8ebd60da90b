import pytest
from hypothesis import given, settings, strategies as st

from hadath.text.normalize import hashtags_as_spaces, normalize, normalize_string, strip_marks

# rows: (original, normalised form)
CASES = [
    ("أحمد إبراهيم آل", "احمد ابراهيم ال"),  # alef forms
    ("مسؤول رئيس", "مسوول رييس"),  # hamza seats keep their letter
    ("مستشفى الجامعة", "مستشفي الجامعه"),  # ى→ي, ة→ه
    ("كَتَبَ الطّالِبُ", "كتب الطالب"),  # diacritics
    ("الســـلام", "السلام"),  # tatweel
    ("عام ٢٠٢١ و۱۴۰۰", "عام 2021 و1400"),  # Arabic-Indic and Persian digits
    ("٢٫٥٪", "2.5%"),  # Arabic decimal separator and percent
    ("ﻻ", "لا"),  # presentation-form ligature, expanded
    ("پیام کرد", "پيام كرد"),  # Farsi yeh and keheh
    ("a\u200fb\u00a0c", "ab c"),  # RLM dropped, no-break space → space
    ("Hello", "Hello"),
]


@pytest.mark.parametrize("original,expected", CASES)
def test_normalised_forms(original, expected):
    assert normalize(original).text == expected
    assert normalize_string(original) == expected


def test_offsets_skip_diacritics():
    text = "وَصَلَ قاآني إلى بغدادَ"
    nt = normalize(text)
    start = nt.text.index("بغداد")
    s, e = nt.span_to_original(start, start + len("بغداد"))
    assert text[s:e] == "بغدادَ"  # a final diacritic stays with its word
    assert nt.to_normalized(s) == start


def test_ligature_maps_to_its_source():
    nt = normalize("ﻻ بد")
    assert nt.text == "لا بد"
    assert [nt.to_original(i) for i in range(len(nt.text) + 1)] == [0, 0, 1, 2, 3, 4]
    assert nt.span_to_original(0, 1) == (0, 1)  # half a ligature still covers the ligature


def test_positions_out_of_range_raise():
    nt = normalize("بغداد")
    with pytest.raises(IndexError):
        nt.to_original(6)
    with pytest.raises(IndexError):
        nt.to_normalized(-1)


def test_strip_marks_keeps_letters_as_written():
    assert strip_marks("إِلْغَاءُ القرار") == "إلغاء القرار"


ARABIC_EXTRAS = list("أإآٱؤئىةیکـًٌٍَُِّْٰٓٔ٠١٢٣۴۵٫٬٪\u200c\u200f\ufeffﻻﷺﻷ") + ["\U0001F600", "\u00a0"]
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(ARABIC_EXTRAS)), max_size=60)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_map_is_monotone_and_complete(text):
    nt = normalize(text)
    orig = [nt.to_original(i) for i in range(len(nt.text) + 1)]
    assert orig == sorted(orig)
    assert orig[-1] == len(text)
    assert all(0 <= o <= len(text) for o in orig)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_map_round_trips(text):
    nt = normalize(text)
    # normalisation is per character, so the whole is the concatenation of the parts (but for
    # a hashtag's # and _, which are spaces before and between letters)
    assert nt.text == hashtags_as_spaces("".join(normalize_string(ch) for ch in text))
    for i, ch in enumerate(nt.text):
        assert ch in normalize_string(text[nt.to_original(i)]) or ch == " " and text[nt.to_original(i)] in "#_"
        assert nt.to_normalized(nt.to_original(i)) <= i
    for j in range(len(text) + 1):
        assert nt.to_original(nt.to_normalized(j)) >= j or nt.to_normalized(j) == len(nt.text)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_spans_round_trip(text, data):
    nt = normalize(text)
    a = data.draw(st.integers(0, len(nt.text)))
    b = data.draw(st.integers(a, len(nt.text)))
    s, e = nt.span_to_original(a, b)
    assert 0 <= s <= e <= len(text)
    blank = str.maketrans("#_", "  ")  # a hashtag's marks may read as spaces
    assert nt.text[a:b].translate(blank) in normalize_string(text[s:e]).translate(blank)


def test_a_hashtag_reads_as_its_words_with_offsets_kept():
    text = "زار #ولي_العهد_السعودي باريس"
    nt = normalize(text)
    assert nt.text == "زار  ولي العهد السعودي باريس"
    assert len(nt.text) == len(text)  # one space for each mark: offsets unchanged
    assert normalize("a_b #1 x_2").text == "a b #1 x_2"  # only before and between letters
