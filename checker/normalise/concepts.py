"""What a number counts, in both languages: counted nouns, what happened to them (killed, wounded),
and the portfolios that qualify ministers. Singular and broken-plural forms share one concept.

The table is small on purpose; unknown nouns fall back to their folded stem, so two articles still
match when they use the same word.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from checker.normalise.arabic import fold, prefix_variants
from checker.normalise.memo import WordMemo
from checker.normalise.stems import stem

_COUNTED = {
    "country": "دولة دول دولتين دولتان بلد بلدان بلاد بلدين country countries nation nations state states",
    "minister": "وزير وزيرا وزراء وزيرة وزيرين وزيران minister ministers secretary secretaries",
    "person": "شخص شخصا أشخاص اشخاص شخصين فرد أفراد نفر آخرين آخرون people person persons individual individuals "
    "others "
    # Those arrested or sought are people whoever calls them suspects: "17 people" and "27 suspects" arrested.
    "مشتبه مشتبها مشتبهين مشتبهون suspect suspects",
    "civilian": "مدني مدنيا مدنيين مدنيون civilian civilians",
    "soldier": "جندي جنديا جنود جنديين عسكري عسكريا عسكريين عسكريون عنصر عنصرا عناصر soldier soldiers troops "
    "servicemen service members",
    "fighter": "مقاتل مقاتلا مقاتلين مقاتلون مسلح مسلحا مسلحين مسلحون fighter fighters militant militants "
    "gunman gunmen",
    "child": "طفل طفلا أطفال اطفال child children kid kids",
    "woman": "امرأة نساء سيدة سيدات woman women",
    "leader": "رئيس رؤساء زعيم زعماء قائد قادة leader leaders head heads chief chiefs",
    "representative": "ممثل ممثلا ممثلين ممثلو ممثلون مندوب مندوبين مندوبو representative representatives "
    "delegate delegates",
    "delegation": "وفد وفدا وفود delegation delegations",
    "ambassador": "سفير سفيرا سفراء ambassador ambassadors envoy envoys",
    "vehicle": "سيارة سيارات مركبة مركبات آلية آليات vehicle vehicles car cars",
    "aircraft": "طائرة طائرات مقاتلة مقاتلات aircraft plane planes jet jets",
    "rocket": "صاروخ صاروخا صواريخ قذيفة قذائف rocket rockets missile missiles shell shells",
    "raid": "غارة غارات ضربة ضربات raid raids strike strikes airstrike airstrikes",
    "city": "مدينة مدن city cities town towns",
    "village": "قرية قرى village villages",
    "dollar": "دولار دولارا دولارات dollar dollars usd",
    "euro": "يورو euro euros eur",
    "pound": "جنيه جنيها جنيهات استرليني إسترليني pound pounds sterling gbp",
    "year": "عام عاما أعوام سنة سنوات سنين year years",
    "month": "شهر شهرا أشهر شهور month months",
    "week": "أسبوع أسبوعا أسابيع week weeks",
    "day": "يوم يوما أيام day days",
    "hour": "ساعة ساعات hour hours",
    "minute": "دقيقة دقائق minute minutes",
    "kilometre": "كيلومتر كيلومترا كيلومترات كلم كم km kilometre kilometres kilometer kilometers",
    "metre": "متر مترا أمتار metre metres meter meters",
    "hectare": "هكتار هكتارا هكتارات hectare hectares",
    "tonne": "طن طنا أطنان tonne tonnes ton tons",
    "barrel": "برميل برميلا براميل barrel barrels",
    "litre": "لتر لترا لترات litre litres liter liters",
    "kilogram": "كيلوغرام كيلوغراما كيلوجرام كغ kilogram kilograms kg",
    "megawatt": "ميغاواط ميجاوات megawatt megawatts",
    "job": "وظيفة وظائف job jobs",
    "worker": "عامل عاملا عمال worker workers",
    "student": "طالب طالبا طلاب طالبة طالبات student students",
    "percent": "% percent",
    "seat": "مقعد مقعدا مقاعد seat seats",
    "vote": "صوت صوتا أصوات اصوات vote votes ballot ballots",
    "passenger": "راكب راكبا ركاب مسافر مسافرا مسافرين مسافرون passenger passengers traveller travellers traveler "
    "travelers",
    "athlete": "رياضي رياضيا رياضيين لاعب لاعبا لاعبين لاعبون لاعبة لاعبات athlete athletes player players",
    "visitor": "زائر زائرا زوار سائح سائحا سياح visitor visitors tourist tourists",
    "spectator": "متفرج متفرجا متفرجين مشجع مشجعا مشجعين spectator spectators fan fans",
    "teacher": "معلم معلما معلمين مدرس مدرسا مدرسين teacher teachers",
    "doctor": "طبيب طبيبا أطباء doctor doctors physician physicians",
    "patient": "مريض مريضا مرضى patient patients",
    "home": "منزل منزلا منازل بيت بيوت مسكن مساكن home homes house houses",
    "building": "مبنى مباني بناية بنايات building buildings",
    "school": "مدرسة مدارس school schools",
    "company": "شركة شركات company companies firm firms",
    "vessel": "سفينة سفن قارب قوارب boat boats ship ships vessel vessels",
    "fisherman": "صياد صيادا صيادين fisherman fishermen",
    "pilgrim": "حاج حاجا حجاج pilgrim pilgrims",
    "member": "عضو عضوا أعضاء member members",
    "candidate": "مرشح مرشحا مرشحين candidate candidates",
    "voter": "ناخب ناخبا ناخبين voter voters",
    "employee": "موظف موظفا موظفين employee employees",
    "protester": "متظاهر متظاهرا متظاهرين محتج محتجا محتجين protester protesters demonstrator demonstrators",
    "family": "أسرة أسر عائلة عائلات family families",
    "hospital": "مستشفى مستشفيات hospital hospitals",
    "goal": "هدف هدفا أهداف goal goals",
    "ticket": "تذكرة تذاكر ticket tickets",
    "dose": "جرعة جرعات dose doses",
    "migrant": "مهاجر مهاجرا مهاجرين مهاجرون migrant migrants",
    "medal": "ميدالية ميداليات medal medals",
    "view": "مشاهدة مشاهدات view views",
    "flight": "رحلة رحلات flight flights",
    "time": "مرة مرات time times",
    "refugee": "لاجئ لاجئا لاجئين لاجئون refugee refugees",
    "prisoner": "أسير أسرى سجين سجناء معتقل معتقلا معتقلين prisoner prisoners detainee detainees hostage hostages",
}

# What befell the counted people: a count of the killed is never compared with a count of the wounded.
_STATUS = {
    "killed": "قتيل قتيلا قتلى مقتل قتل قتلت قتلوا لقي لقوا مصرع حتفهم حتفه وفاة وفيات توفي بحياة killed dead died "
    "deaths death fatalities killing lives "
    # Martyred: how many outlets tell of the killed, "استشهد 20 فلسطينيا", "20 شهيدا".
    "استشهد استشهدت استشهدوا استشهاد شهيد شهيدا شهداء martyred martyrs "
    "غرق غرقوا غرقى drowned "
    # Bodies recovered are of the dead: "انتشال جثث أربعة صيادين", "the bodies of four fishermen".
    "جثث جثة جثتي جثامين جثمان bodies body",
    "wounded": "جريح جريحا جرحى جرح جرحت إصابة اصابة إصابات اصابات مصاب مصابا مصابين أصيب اصيب wounded injured "
    "injuries injuring wounding hurt",
    "arrested": "اعتقال اعتقل اعتقلت توقيف أوقف arrested detained arrest arrests",
    "missing": "مفقود مفقودا مفقودين فقدان missing",
    # Sentenced to death: not the defendants given prison terms.
    "condemned": "إعدام بإعدام الإعدام بالإعدام",
    # An audience: "123.7 million viewers" are as many people who watched.
    "watched": "viewer viewers watched watching watchers مشاهد مشاهدا مشاهدين مشاهدون شاهد شاهدوا شاهدها شاهده تابعوا",
}

_PORTFOLIO = {
    "defence": "دفاع الدفاع defence defense pentagon",
    "foreign": "خارجية الخارجية foreign state",
    "interior": "داخلية الداخلية interior home",
    "finance": "مالية المالية finance treasury",
    "justice": "عدل العدل justice",
    "health": "صحة الصحة health",
    "economy": "اقتصاد الاقتصاد economy",
    "energy": "طاقة الطاقة نفط النفط energy oil",
    "information": "إعلام الإعلام اعلام الاعلام information",
    "education": "تعليم التعليم تربية التربية education",
    "labour": "عمل العمل labour labor",
    "agriculture": "زراعة الزراعة agriculture",
    "transport": "نقل النقل مواصلات المواصلات transport transportation",
    "tourism": "سياحة السياحة tourism",
    "culture": "ثقافة الثقافة culture",
    "trade": "تجارة التجارة trade commerce",
    "industry": "صناعة الصناعة industry",
    "supply": "تموين التموين supply",
    "housing": "إسكان الإسكان اسكان الاسكان housing",
    "environment": "بيئة البيئة environment",
    "communications": "اتصالات الاتصالات communications",
    "sport": "رياضة الرياضة شباب الشباب sport sports youth",
    "planning": "تخطيط التخطيط planning",
    "religious affairs": "أوقاف الأوقاف اوقاف الاوقاف",
}

# What happened: the words that make a sentence about an event (and so about its place and day).
_HAPPENINGS = {
    "meeting": "اجتماع اجتماعا الاجتماع لقاء اللقاء اجتمع اجتمعوا يجتمع يجتمعون يعقد عقد التقى التقت يلتقي "
    "استقبل استضافت استضاف meeting meet meets met hosted host hosts held",
    "press conference": "مؤتمر المؤتمر conference",
    "summit": "قمة القمة summit",
    "talks": "محادثات مباحثات مفاوضات بحث talks negotiations",
    "visit": "زيارة الزيارة زار وصل visit visited arrived",
    "attack": "هجوم الهجوم هجوما attack attacked",
    "explosion": "انفجار الانفجار تفجير explosion blast bombing bomber",
    "air strike": "غارة غارات قصف airstrike airstrikes shelling",
    "battle": "معركة المعركة معارك اشتباكات battle fighting clashes",
    "election": "انتخابات الانتخابات election vote",
    "protest": "احتجاج احتجاجات مظاهرة مظاهرات protest protests demonstration",
}

# What an amount measures, from the words around it: "aged 88" and "عن عمر يناهز 92 عاما" are ages,
# "jailed for 15 years" and "بالسجن 10 سنوات" prison terms. Synonyms only: an amount whose words are
# not here is measured by those words themselves (`numbers`), and compared when two reports share them.
_MEASURES = {
    "age": "عمر عمرها عمره عمرهم العمر aged age old",
    "prison": "سجن السجن بالسجن بسجن سجنه بسجنه حبس الحبس بالحبس بحبس حبسه بحبسه prison jail jailed imprisonment "
    "sentenced sentence",
    # A share of the registered voters is a turnout: "48 percent of registered voters cast a ballot".
    "turnout": "مشاركة المشاركة الإقبال turnout registered electorate eligible مسجلين المسجلين مقيدين المقيدين",
    "vote": "أصوات الأصوات الاصوات اصوات vote votes ballot ballots",
    "inflation": "تضخم التضخم inflation",
    "unemployment": "بطالة البطالة unemployment jobless",
    "growth": "نمو النمو growth grew expanded gdp",
    "interest": "فائدة الفائدة interest",
    "price": "سعر السعر أسعار الأسعار ثمن price prices cost costs costing fare fares",
    "magnitude": "قوة بقوة قوته قوتها ريختر magnitude richter",
    "fee": "صفقة رسوم fee fees",
    "settlement": "تسوية settle settlement settles",
    "bail": "كفالة bail bond",
    "revenue": "إيرادات الإيرادات ايرادات الايرادات عائدات العائدات revenue revenues",
    "profit": "ربح الربح أرباح الأرباح ارباح الارباح أرباحه أرباحها profit profits earnings",  # ربح: "صافي ربح"
    "reserves": "احتياطي الاحتياطي احتياطيات الاحتياطيات reserves",
    "exports": "صادرات الصادرات exports",
    "imports": "واردات الواردات imports",
    "deficit": "عجز العجز deficit",
    "debt": "دين الدين ديون الديون debt",
    "sales": "مبيعات المبيعات sales",
    "capacity": "سعة السعة capacity",
    "budget": "ميزانية الميزانية موازنة الموازنة budget",
    "investment": "استثمارات الاستثمارات investment investments",
    "production": "إنتاج الإنتاج انتاج الانتاج إنتاجه إنتاجها production output",
    "elapsed": "منذ تأسيس تأسيسه تأسيسها ذكرى ago founded founding anniversary",
    # A change ("lost 112 seats", "خسر 112 مقعدا") is not the level it changed ("won 13 seats").
    "change": "خسر خسرت يخسر تخسر فقد فقدت يفقد كسب كسبت ربحت lost loses lose gained gains gain shed added",
}
MEASURES = frozenset(_MEASURES)
# What says that the death of the one whose age is given is told: "عن 86 عاما" after "توفي" is an age.
_DEATH = frozenset({"وفاه", "توفي", "توفيت", "تتوفي", "يتوفي", "رحيل", "رحل", "رحلت", "died", "dies", "death"})

# Counted nouns that name holders of a role; "ministers of 11 countries" counts ministers.
ROLE_HOLDERS = frozenset({"minister", "leader", "representative", "delegation", "ambassador"})
# Counts of these say little without context ("3 days", "$5"), so they are compared only when
# their surrounding words agree.
GENERIC = frozenset({"person", "dollar", "euro", "pound", "year", "month", "week", "day", "hour", "minute", "time",
                     "kilometre", "metre", "percent"})


def _index(table: dict[str, str]) -> dict[str, str]:
    return {fold(word): concept for concept, words in table.items() for word in words.split()}


_COUNTED_INDEX = _index(_COUNTED)
_STATUS_INDEX = _index(_STATUS)
_PORTFOLIO_INDEX = _index(_PORTFOLIO)
_HAPPENING_INDEX = _index(_HAPPENINGS)
_MEASURE_INDEX = _index(_MEASURES)


def _lookup(index: dict[str, str], key: str) -> str | None:
    for variant in prefix_variants(key):
        if variant in index:
            return index[variant]
    return None


@lru_cache(maxsize=1 << 16)
def counted_concept(key: str) -> str | None:
    return _lookup(_COUNTED_INDEX, key)


@lru_cache(maxsize=1 << 16)
def status_concept(key: str) -> str | None:
    """What befell those counted, as a word near the count says it: "اعتقلت", and another form of a verb
    the table gives two of ("أوقفت" beside "أوقف" and "توقيف")."""
    found = _lookup(_STATUS_INDEX, key)
    if found is None and not key.isascii():
        found = status_of_verb(key)
    return found


def status_of_verb(key: str) -> str | None:
    """What befell them, by a form of a verb of the table ("أوقفت", "يعتقل"); not after the و of "and"."""
    if key.isascii() or key.startswith("و"):
        return None
    return _status_families().get(stem(key))


@lru_cache(maxsize=1)
def _status_families() -> dict[str, str]:
    """The common forms (`stems.stem`) that two or more Arabic words of a status share: a verb's
    family the table vouches for (قتل قتلت قتلى), not the accidental form of one word."""
    forms = Counter((status, stem(fold(word))) for status, words in _STATUS.items()
                    for word in set(words.split()) if not word.isascii())
    return {form: status for (status, form), n in forms.items() if n >= 2}


def status_as_written(key: str) -> str | None:
    """What befell them, when the word itself says it (not once a clitic is taken off: وفاة is a death,
    وإصابة "and wounded")."""
    return _STATUS_INDEX.get(key)


@lru_cache(maxsize=1 << 16)
def portfolio_concept(key: str) -> str | None:
    return _lookup(_PORTFOLIO_INDEX, key)


@lru_cache(maxsize=1 << 16)
def measure_concept(key: str) -> str | None:
    """What an amount near this word measures, if the word says it: عمرها, aged → "age"."""
    return _lookup(_MEASURE_INDEX, key)


def tells_of_death(key: str) -> bool:
    return key in _DEATH or (len(key) > 4 and key[0] == "و" and key[1:] in _DEATH)


@WordMemo
def happening(key: str) -> str | None:
    """The kind of event a word names or tells of: اجتماع, التقى, met → "meeting"."""
    return _lookup(_HAPPENING_INDEX, key)


_NOT_SYNONYMS = frozenset({"change", "elapsed"})  # measures named by words of many meanings ("lost", "ago")


@WordMemo
def synonym_key(key: str) -> str | None:
    """What a word means, when the tables give it as one of several words for one thing: killed, dead,
    died and مصرع are "killed"; viewers and watched "watched"; jobless and البطالة "unemployment".
    Units ("pounds", "years", "people") say nothing of what happened, and the words of a kind of
    happening (protests, demonstrations) are common to many events of a place."""
    measure = measure_concept(key)
    return status_concept(key) or (measure if measure not in _NOT_SYNONYMS else None)


@lru_cache(maxsize=1 << 16)
def noun_stem(key: str) -> str:
    """A counted noun with no known concept: its stem, so singular and sound plural agree."""
    from checker.normalise.words import content_key

    word = content_key(key)
    if not word.isascii():
        for suffix in ("ات", "ين", "ون", "ا", "ه"):  # ه: a folded taa marbuta, درجة and درجات
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
    elif word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word
