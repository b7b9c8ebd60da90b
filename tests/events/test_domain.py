"""The article-domain model on articles written for these tests."""
import hadath
from hadath.events.domain import CLASSES, article_domain
from hadath.text import analyse_text

SPORT = ("فاز ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف في مباراة الدوري الإسباني لكرة القدم، "
         "وسجل المهاجم الفرنسي كريم بنزيمة هدفين في الشوط الثاني. وقال مدرب الفريق إن اللاعبين "
         "قدموا أداء رائعا أمام جماهير الملعب، وإن الفريق يستعد لمباراة نصف النهائي في دوري أبطال أوروبا.")
POLITICS = ("التقى وزير الخارجية الأمريكي نظيره الروسي في جنيف لبحث الأزمة السورية، وقال في مؤتمر "
            "صحفي إن بلاده تطالب الحكومة السورية بوقف الهجمات على المدنيين. وأعلنت وزارة الدفاع "
            "الروسية أن قواتها ستواصل دعم الجيش السوري في عملياته ضد التنظيمات المسلحة.")


def test_the_model_tells_sport_from_politics():
    sport, politics = article_domain(analyse_text(SPORT)), article_domain(analyse_text(POLITICS))
    assert set(sport) == set(CLASSES) and abs(sum(sport.values()) - 1) < 1e-9
    assert sport["other"] > 0.9 and politics["politics"] > 0.9


def test_an_article_about_sport_needs_a_political_side_for_its_events():
    # "attacked the referee" and "accused him" in a match report are no political events ...
    text = SPORT + " وهاجم مدرب برشلونة الحكم بعد المباراة واتهمه بالانحياز."
    assert list(hadath.extract(text, published="2018-05-01").events) == []
    # ... but a state body acting in one still counts
    text = SPORT + " واعتقلت الشرطة الإسبانية عشرة مشجعين خارج الملعب."
    assert [e.type for e in hadath.extract(text, published="2018-05-01").events] == ["COERCE"]
