"""The demo services in Latvian, Russian and English, written from the seed articles."""

import datetime as dt

ALL_BRANCHES = ("riga", "liepaja", "jelgava", "daugavpils")
DESK_LANGUAGES = ("lv", "ru", "en")
PLANNED_FROM = dt.date(2027, 3, 1)

CATEGORIES = [
    ("migration-residence", ("Migrācija un uzturēšanās", "Миграция и проживание",
                             "Migration and residence")),
    ("learning-latvian", ("Latviešu valodas apguve", "Изучение латышского языка",
                          "Learning Latvian")),
    ("translation", ("Tulkošana", "Перевод", "Translation")),
    ("legal-aid", ("Juridiskā palīdzība", "Юридическая помощь", "Legal aid")),
    ("psychological-support", ("Psiholoģiskais atbalsts", "Психологическая поддержка",
                               "Psychological support")),
    ("social-support", ("Sociālais atbalsts un mentori", "Социальная поддержка и наставники",
                        "Social support and mentoring")),
]  # fmt: skip

SHARED = {
    "funding": (
        "Eiropas Savienības Patvēruma, migrācijas un integrācijas fonds (AMIF). "
        "Valsts budžeta līdzekļu šobrīd nav.",
        "Фонд убежища, миграции и интеграции Европейского союза (AMIF). "
        "Средства государственного бюджета сейчас не используются.",
        "EU Asylum, Migration and Integration Fund (AMIF). No state budget money at present.",
    ),
    "eligibility_notes": (
        "Trešo valstu pilsoņiem (tiem, kuri nav ES, EEZ vai Šveices pilsoņi) un "
        "starptautiskās aizsardzības saņēmējiem, kas dzīvo Latvijā vai pārceļas uz šejieni. "
        "ES, EEZ un Šveices pilsoņi šo pakalpojumu saņemt nevar.",
        "Для граждан третьих стран (то есть не граждан ЕС, ЕЭЗ или Швейцарии) и лиц, "
        "получивших международную защиту, которые живут в Латвии или переезжают сюда. "
        "Граждане ЕС, ЕЭЗ и Швейцарии этой услугой воспользоваться не могут.",
        "For third-country nationals (people who are not citizens of the EU, EEA or "
        "Switzerland) and beneficiaries of international protection who live in Latvia or "
        "are moving here. Citizens of the EU, EEA and Switzerland are not eligible.",
    ),
}

BY_VIDEO_FROM_RIGA = (
    "Videozvanā ar juristu Rīgā. Filiālē palīdzēsim pieslēgties.",
    "По видеосвязи с юристом в Риге. В филиале помогут подключиться.",
    "By video call with the lawyer in Riga. Staff at the branch help you connect.",
)
INTERPRETER_REMOTE = (
    "Tulks pieslēdzas pa tālruni vai videozvanā.",
    "Переводчик подключается по телефону или по видеосвязи.",
    "The interpreter joins by phone or video call.",
)

ADVICE_SERVICES = [
    {
        "slug": "individual-consultations", "category": "migration-residence", "reviewed": 3,
        "modes": "in_person by_phone by_email",
        "offers": {"daugavpils": {"note": ("Katru darba dienu strādā divas konsultantes.",
                                           "Каждый рабочий день работают два консультанта.",
                                           "Two consultants are on duty every weekday.")}},
        "name": ("Individuālās konsultācijas", "Индивидуальные консультации",
                 "Individual consultations"),
        "summary": (
            "Konsultants atbild uz jūsu jautājumiem par dzīvi Latvijā un palīdz saprast, kur "
            "vērsties. Klātienē, pa tālruni vai e-pastā.",
            "Консультант ответит на ваши вопросы о жизни в Латвии и подскажет, куда обратиться. "
            "Лично, по телефону или по электронной почте.",
            "A consultant answers your questions about life in Latvia and tells you where to "
            "go. In person, by phone or by e-mail.",
        ),
        "body": (
            "<p>Varat jautāt par visu, kas saistīts ar pārcelšanos uz Latviju un dzīvi šeit:</p>"
            "<ul><li>uzturēšanās atļaujas un migrācija;</li><li>latviešu valodas mācības;</li>"
            "<li>darbs, mājoklis, veselības aprūpe, skola bērniem.</li></ul>"
            "<p>Konsultanti runā <strong>latviski, krieviski un angliski</strong>. Ja runājat "
            "citā valodā, mēs pieaicināsim tulku.</p>",
            "<p>Можно спросить обо всём, что связано с переездом в Латвию и жизнью здесь:</p>"
            "<ul><li>вид на жительство и миграция;</li><li>курсы латышского языка;</li>"
            "<li>работа, жильё, медицинская помощь, школа для детей.</li></ul>"
            "<p>Консультанты говорят <strong>на латышском, русском и английском</strong>. "
            "Если вы говорите на другом языке, мы пригласим переводчика.</p>",
            "<p>You can ask about anything to do with moving to Latvia and living here:</p>"
            "<ul><li>residence permits and migration;</li><li>Latvian language classes;</li>"
            "<li>work, housing, health care, school for children.</li></ul>"
            "<p>Consultants speak <strong>Latvian, Russian and English</strong>. If you speak "
            "another language, we will bring in an interpreter.</p>",
        ),
    },
    {
        "slug": "pmlp-documents", "category": "migration-residence", "reviewed": 3,
        "modes": "in_person by_email",
        "name": ("Palīdzība dokumentu sagatavošanā PMLP", "Помощь с документами для УДГМ (PMLP)",
                 "Help preparing documents for PMLP"),
        "summary": (
            "Palīdzam sagatavot un pārbaudīt dokumentus Pilsonības un migrācijas lietu pārvaldei "
            "(PMLP). Ja vajag, strādājam kopā vairākās tikšanās reizēs.",
            "Поможем подготовить и проверить документы для Управления по делам гражданства и "
            "миграции (УДГМ, PMLP). Если нужно, работаем вместе за несколько встреч.",
            "We help you prepare and check documents for the Office of Citizenship and "
            "Migration Affairs (PMLP). If needed, we work on them with you over several visits.",
        ),
        "body": (
            "<p>Konsultants palīdz:</p><ul><li>saprast, kādi dokumenti jums vajadzīgi;</li>"
            "<li>aizpildīt veidlapas;</li><li>pārbaudīt, vai nekas netrūkst, pirms iesniedzat "
            "dokumentus PMLP.</li></ul><p>Dažreiz tas prasa vairākas tikšanās reizes. "
            "<strong>Ņemiet līdzi pasi un visus dokumentus, kas jums jau ir.</strong></p>"
            "<p>Dokumentus PMLP iesniedzat jūs paši, un lēmumu pieņem PMLP.</p>",
            "<p>Консультант поможет:</p><ul><li>понять, какие документы вам нужны;</li>"
            "<li>заполнить анкеты;</li><li>проверить, что ничего не забыто, прежде чем вы "
            "подадите документы в УДГМ.</li></ul><p>Иногда для этого нужно несколько встреч. "
            "<strong>Возьмите с собой паспорт и все документы, которые у вас уже есть.</strong>"
            "</p><p>Документы в УДГМ вы подаёте сами, а решение принимает УДГМ.</p>",
            "<p>A consultant helps you:</p><ul><li>find out which documents you need;</li>"
            "<li>fill in the forms;</li><li>check that nothing is missing before you hand the "
            "documents in to PMLP.</li></ul><p>Sometimes this takes several visits. "
            "<strong>Bring your passport and all the documents you already have.</strong></p>"
            "<p>You hand in the documents yourself, and PMLP makes the decision.</p>",
        ),
    },
    {
        "slug": "residence-permits", "category": "migration-residence", "reviewed": 5,
        "modes": "in_person by_phone by_email",
        "name": ("Informācija par uzturēšanās atļaujām un migrāciju",
                 "Информация о виде на жительство и миграции",
                 "Information on residence permits and migration"),
        "summary": (
            "Izskaidrojam, kāda uzturēšanās atļauja jums var būt vajadzīga, kā to pagarināt un "
            "ko darīt, ja mainās jūsu situācija, piemēram, darbs vai ģimene.",
            "Объясним, какой вид на жительство вам может понадобиться, как его продлить и что "
            "делать, если меняется ваша ситуация, например работа или семья.",
            "We explain which residence permit you may need, how to extend it and what to do "
            "if your situation changes, for example your job or family.",
        ),
        "body": (
            "<p>Par šo mūsu klienti jautā visbiežāk. Mēs izskaidrojam:</p><ul><li>kādi ir "
            "uzturēšanās atļauju veidi;</li><li>kad un kā atļauju pagarināt;</li><li>kā pie "
            "jums var pārcelties ģimenes locekļi;</li><li>kā iegūt pastāvīgās uzturēšanās "
            "atļauju vai pilsonību.</li></ul><p>Mēs sniedzam informāciju, bet <strong>lēmumus "
            "pieņem PMLP</strong>.</p>",
            "<p>Об этом нас спрашивают чаще всего. Мы объясним:</p><ul><li>какие бывают виды "
            "на жительство;</li><li>когда и как продлить вид на жительство;</li><li>как к вам "
            "могут переехать члены семьи;</li><li>как получить постоянный вид на жительство "
            "или гражданство.</li></ul><p>Мы даём информацию, но <strong>решения принимает "
            "УДГМ</strong>.</p>",
            "<p>This is what our clients ask about most. We explain:</p><ul><li>the kinds of "
            "residence permit;</li><li>when and how to extend your permit;</li><li>how family "
            "members can join you;</li><li>how to get permanent residence or citizenship."
            "</li></ul><p>We give information, but <strong>PMLP makes the decisions</strong>.</p>",
        ),
    },
    {
        "slug": "learning-latvian", "category": "learning-latvian", "reviewed": 10,
        "modes": "in_person by_phone by_email",
        "name": ("Latviešu valodas apguve: kursi un iespējas",
                 "Изучение латышского языка: курсы и возможности",
                 "Learning Latvian: courses and options"),
        "summary": (
            "Pastāstām, kur un kā var mācīties latviešu valodu: kursi iesācējiem un "
            "turpinātājiem, klātienē un tiešsaistē. Palīdzam izvēlēties un pieteikties.",
            "Расскажем, где и как можно учить латышский язык: курсы для начинающих и "
            "продолжающих, очно и онлайн. Поможем выбрать курс и записаться.",
            "We tell you where and how you can learn Latvian: courses for beginners and "
            "improvers, in class and online. We help you choose and sign up.",
        ),
        "body": (
            "<p>Pēc migrācijas šī ir otra tēma, par ko cilvēki mums jautā visvairāk.</p><ul>"
            "<li>kursi pieaugušajiem dažādos līmeņos;</li><li>mācības tiešsaistē, ja nevarat "
            "apmeklēt nodarbības;</li><li>atbalsts bērniem, kuri sāk mācīties Latvijas skolā."
            "</li></ul><p>Konsultants palīdzēs atrast kursus tuvu jūsu dzīvesvietai.</p>",
            "<p>После миграции это вторая тема, о которой нас спрашивают чаще всего.</p><ul>"
            "<li>курсы для взрослых разного уровня;</li><li>онлайн-занятия, если вы не можете "
            "ходить на уроки;</li><li>поддержка детей, которые начинают учиться в латвийской "
            "школе.</li></ul><p>Консультант поможет найти курсы рядом с вашим домом.</p>",
            "<p>After migration, this is what people ask us about most.</p><ul><li>courses for "
            "adults at different levels;</li><li>online learning if you cannot attend classes;"
            "</li><li>support for children starting at a Latvian school.</li></ul><p>A "
            "consultant will help you find a course near where you live.</p>",
        ),
    },
    {
        "slug": "translation", "category": "translation", "reviewed": 10,
        "modes": "in_person by_phone by_video", "languages": "all", "interpreter": False,
        "offers": {"riga": {"note": ("Tulks var ierasties klātienē vai pieslēgties pa tālruni.",
                                     "Переводчик может прийти лично или подключиться по телефону.",
                                     "The interpreter can come in person or join by phone.")},
                   "liepaja": {"note": INTERPRETER_REMOTE}, "jelgava": {"note": INTERPRETER_REMOTE},
                   "daugavpils": {"note": INTERPRETER_REMOTE}},
        "name": ("Tulkošana vairāk nekā 24 valodās", "Перевод более чем на 24 языка",
                 "Translation in more than 24 languages"),
        "summary": (
            "Ja nerunājat latviski, krieviski vai angliski, konsultācijā pieaicinām tulku. Tulks "
            "var palīdzēt arī saprast vēstules un dokumentus.",
            "Если вы не говорите по-латышски, по-русски или по-английски, мы пригласим на "
            "консультацию переводчика. Он также поможет понять письма и документы.",
            "If you do not speak Latvian, Russian or English, we bring an interpreter to your "
            "consultation. The interpreter can also help you understand letters and documents.",
        ),
        "body": (
            "<p>Mēs sadarbojamies ar tulkiem vairāk nekā 24 valodās, arī arābu, persiešu, puštu, "
            "turku, ķīniešu, vjetnamiešu un citās.</p><ul><li>Tulks piedalās konsultācijā "
            "klātienē, pa tālruni vai videozvanā.</li><li>Piesakoties uz konsultāciju, "
            "<strong>pasakiet, ka jums vajadzīgs tulks</strong>.</li></ul>",
            "<p>С нами работают переводчики с более чем 24 языков, в том числе с арабского, "
            "персидского, пушту, турецкого, китайского, вьетнамского и других.</p><ul><li>"
            "Переводчик участвует в консультации лично, по телефону или по видеосвязи.</li>"
            "<li>Когда записываетесь на консультацию, <strong>скажите, что вам нужен "
            "переводчик</strong>.</li></ul>",
            "<p>We work with interpreters in more than 24 languages, including Arabic, Persian, "
            "Pashto, Turkish, Chinese, Vietnamese and others.</p><ul><li>The interpreter joins "
            "your consultation in person, by phone or by video call.</li><li>When you book a "
            "consultation, <strong>tell us that you need an interpreter</strong>.</li></ul>",
        ),
    },
]  # fmt: skip
