"""One event told in nearly the same words with another place is a location finding: customs that
foiled the smuggling of 6 kg of gold "at Cairo airport" in one report and "at Borg El Arab airport in
Alexandria" in the other. A location field naming what no table knows (an airport, a stadium), which
the quote places in a city, says where it happened as much as a field naming the city does. Two
different seizures, told in other words, stay apart."""

from datetime import date

from tests.one_claim_each import compare_each, kinds_of

DAY = date(2025, 11, 5)


def findings(*claims: dict) -> list[tuple[str, str]]:
    return kinds_of(compare_each(*claims, published=DAY))


def test_one_seizure_told_alike_at_two_airports_in_arabic():
    assert findings(
        dict(speaker="مصلحة الجمارك", statement="إحباط تهريب 5 كيلوغرامات من الذهب في مطار طنجة",
             quote="أحبطت مصلحة الجمارك تهريب 5 كيلوغرامات من سبائك الذهب بحوزة مسافر قادم من إسطنبول عبر مطار طنجة.",
             location="طنجة"),
        dict(speaker=None, statement="إحباط تهريب 5 كيلوغرامات من الذهب في مطار محمد الخامس",
             quote="أحبط رجال الجمارك في مطار محمد الخامس بالدار البيضاء تهريب 5 كيلوغرامات من سبائك الذهب "
                   "أخفاها مسافر قادم من إسطنبول.", location="مطار محمد الخامس")) == [("location", "medium")]


def test_one_seizure_told_alike_at_two_airports_in_english():
    assert findings(
        dict(speaker="customs", statement="Customs foiled the smuggling of 5 kg of gold bars at Tangier airport",
             quote="Customs officers foiled the smuggling of 5 kg of gold bars carried by a passenger from Istanbul "
                   "at the airport in Tangier.", location="Tangier"),
        dict(speaker=None, statement="Customs at Mohammed V airport in Casablanca foiled the smuggling of 5 kg of gold bars",
             quote="Customs officers at Mohammed V airport in Casablanca foiled the smuggling of 5 kg of gold bars "
                   "carried by a passenger from Istanbul.", location="Mohammed V airport")) == [("location", "medium")]


def test_two_seizures_told_in_other_words_at_two_airports_are_two_events():
    assert findings(
        dict(speaker="customs", statement="Customs seized 5 kg of gold bars at Tangier airport",
             quote="Customs officers seized 5 kg of gold bars from a passenger arriving from Istanbul at the airport "
                   "in Tangier.", location="Tangier"),
        dict(speaker=None, statement="Police at Mohammed V airport in Casablanca arrested a man carrying cocaine",
             quote="Police at Mohammed V airport in Casablanca arrested a man carrying 3 kg of cocaine in his luggage.",
             location="Mohammed V airport")) == []


def test_a_long_account_sharing_many_words_disagrees_on_the_day_in_english():
    assert findings(
        dict(speaker=None, statement="The new metro line opened to passengers on Sunday",
             quote="The new driverless metro line linking the airport to the old harbour opened to passengers on "
                   "Sunday morning, with trains every four minutes.", date="Sunday"),
        dict(speaker="the transport authority", statement="The driverless metro line to the airport opened on Saturday",
             quote="The driverless metro line between the old harbour and the airport opened to passengers on "
                   "Saturday, the transport authority said, adding that trains would run every four minutes; the "
                   "project cost billions, took six years of tunnelling under crowded neighbourhoods and was "
                   "delayed twice by flooding and disputes with contractors.",
             date="Saturday")) == [("date", "medium")]


def test_a_long_account_sharing_many_words_disagrees_on_the_day_in_arabic():
    assert findings(
        dict(speaker=None, statement="افتتاح خط المترو الجديد أمام الركاب يوم الأحد",
             quote="افتتح خط المترو الجديد بلا سائق الذي يربط المطار بالميناء القديم أمام الركاب صباح الأحد، "
                   "بمعدل قطار كل أربع دقائق.", date="الأحد"),
        dict(speaker="هيئة النقل", statement="خط المترو بلا سائق إلى المطار افتتح يوم السبت",
             quote="أعلنت هيئة النقل أن خط المترو بلا سائق بين الميناء القديم والمطار افتتح أمام الركاب يوم السبت، "
                   "بمعدل قطار كل أربع دقائق، بعد أعمال حفر استمرت ست سنوات تحت أحياء مكتظة وتأخير مرتين بسبب "
                   "الفيضانات وخلافات مع المقاولين حول التكلفة.", date="السبت")) == [("date", "medium")]


def test_two_lines_opened_on_two_days_told_in_few_same_words_stay_apart():
    assert findings(
        dict(speaker=None, statement="The new tram line opened to passengers on Sunday",
             quote="The new tram line to the university campus opened to passengers on Sunday, the council said.",
             date="Sunday"),
        dict(speaker="the transport authority", statement="The driverless metro line to the airport opened on Saturday",
             quote="The driverless metro line between the old harbour and the airport opened on Saturday, the "
                   "transport authority said.", date="Saturday")) == []
