from hadath.entities.gazetteer import Gazetteer
from hadath.text import analyse_text

GAZ = Gazetteer([("العراق", "IRQ"), ("بغداد", "BGD"), ("الولايات المتحدة", "USA"), ("الولايات", "STATES"),
                 ("جدة", "JED"), ("وجدة", "OUJ"), ("بيونغ يانغ", "PYO"), ("أمريكا", "USA")])


def found(text):
    return [(text[m.start:m.end], m.payloads) for m in GAZ.find(analyse_text(text))]


def test_names_after_proclitics_without_them():
    assert found("زار وبغداد بالعراق") == [("بغداد", ("BGD",)), ("عراق", ("IRQ",))] or \
        found("زار وبغداد بالعراق") == [("بغداد", ("BGD",)), ("العراق", ("IRQ",))]


def test_contracted_article():
    # ل + العراق is written للعراق: the name is matched from its second ل
    assert found("دعم للعراق") == [("لعراق", ("IRQ",))]


def test_longest_name_wins_and_words_are_whole():
    assert found("الولايات المتحدة والعراقية") == [("الولايات المتحدة", ("USA",))]


def test_normalised_spelling_matches():
    assert found("قالت امريكا") == [("امريكا", ("USA",))]


def test_clitic_reading_decides_between_two_names():
    assert found("وصل إلى وجدة") == [("جدة", ("JED",))]  # و + جدة, as the clitic analysis reads it


def test_whole_word_name_when_only_it_matches():
    assert found("في بيونغ يانغ") == [("بيونغ يانغ", ("PYO",))]


def test_empty_gazetteer_finds_nothing():
    assert Gazetteer([]).find(analyse_text("بغداد")) == []
