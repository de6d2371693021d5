"""Demo support services: legal aid, social work, mentoring, psychological help."""

from demo.services.texts import BY_VIDEO_FROM_RIGA

LAWYER_VISITS = (
    "Jurists no Rīgas pieņem Liepājas filiālē.",
    "Юрист из Риги принимает в Лиепайском филиале.",
    "The lawyer from Riga sees visitors at the Liepāja branch.",
)

SUPPORT_SERVICES = [
    {
        "slug": "legal-aid", "category": "legal-aid", "reviewed": 12, "modes": "in_person",
        "offers": {"riga": {"days": "03", "appointment": True},
                   "liepaja": {"days": "1", "hours": ("13:00", "16:00"), "appointment": True,
                               "note": LAWYER_VISITS},
                   "jelgava": {"modes": "by_video", "days": "2", "hours": ("10:00", "12:00"),
                               "appointment": True, "note": BY_VIDEO_FROM_RIGA},
                   "daugavpils": {"modes": "by_video", "days": "1", "hours": ("10:00", "12:00"),
                                  "appointment": True, "note": BY_VIDEO_FROM_RIGA}},
        "name": ("Juridiskā palīdzība", "Юридическая помощь", "Legal aid"),
        "summary": (
            "Jurists konsultē par jūsu tiesībām Latvijā, piemēram, darba, mājokļa vai "
            "uzturēšanās jautājumos. Klātienē Rīgā un Liepājā, Jelgavā un Daugavpilī – "
            "videozvanā; katrā filiālē noteiktās dienās.",
            "Юрист проконсультирует о ваших правах в Латвии, например по вопросам работы, жилья "
            "или проживания. Лично в Риге и Лиепае, в Елгаве и Даугавпилсе — по видеосвязи; в "
            "каждом филиале в определённые дни.",
            "A lawyer advises you on your rights in Latvia, for example about work, housing or "
            "residence. In person in Riga and Liepāja, by video call in Jelgava and Daugavpils; "
            "on set days at each branch.",
        ),
        "body": (
            "<p>Jurists var palīdzēt, ja:</p><ul><li>jums ir strīds ar darba devēju vai "
            "izīrētāju;</li><li>iestāde jums atteica un nesaprotat, ko darīt tālāk;</li><li>jums "
            "jāuzraksta iesniegums vai sūdzība.</li></ul><p><strong>Uz konsultāciju jāpiesakās "
            "iepriekš.</strong> Ņemiet līdzi dokumentus, kas attiecas uz jūsu jautājumu.</p>",
            "<p>Юрист поможет, если:</p><ul><li>у вас спор с работодателем или арендодателем;"
            "</li><li>учреждение вам отказало и вы не знаете, что делать дальше;</li><li>вам "
            "нужно написать заявление или жалобу.</li></ul><p><strong>На консультацию нужно "
            "записаться заранее.</strong> Возьмите с собой документы по вашему вопросу.</p>",
            "<p>A lawyer can help if:</p><ul><li>you have a dispute with your employer or "
            "landlord;</li><li>an institution said no to you and you do not know what to do "
            "next;</li><li>you need to write an application or a complaint.</li></ul><p><strong>"
            "Book your consultation in advance.</strong> Bring the documents about your "
            "question.</p>",
        ),
    },
    {
        "slug": "social-worker", "category": "social-support", "reviewed": 17,
        "modes": "in_person by_phone",
        "offers": {"liepaja": {"days": "2"}},
        "name": ("Sociālā darbinieka atbalsts", "Помощь социального работника",
                 "Social worker support"),
        "summary": (
            "Sociālais darbinieks palīdz, ja ikdienā ir grūtības: nauda, mājoklis, veselība vai "
            "ģimene. Kopā atrodam, kur jums var palīdzēt.",
            "Социальный работник поможет, если в повседневной жизни есть трудности: деньги, "
            "жильё, здоровье или семья. Вместе найдём, где вам могут помочь.",
            "A social worker helps if daily life is hard: money, housing, health or family "
            "matters. Together we find out who can help you.",
        ),
        "body": (
            "<p>Sociālais darbinieks:</p><ul><li>kopā ar jums izvērtē jūsu situāciju un "
            "vajadzības;</li><li>izskaidro, kādu palīdzību var saņemt no pašvaldības un valsts;"
            "</li><li>palīdz sazināties ar sociālo dienestu un citām iestādēm.</li></ul><p>Saruna "
            "ir konfidenciāla.</p>",
            "<p>Социальный работник:</p><ul><li>вместе с вами разберётся в вашей ситуации и "
            "потребностях;</li><li>объяснит, какую помощь можно получить от самоуправления и "
            "государства;</li><li>поможет связаться с социальной службой и другими "
            "учреждениями.</li></ul><p>Разговор конфиденциален.</p>",
            "<p>A social worker:</p><ul><li>looks at your situation and needs together with you;"
            "</li><li>explains what help you can get from the municipality and the state;</li>"
            "<li>helps you contact the social service and other institutions.</li></ul><p>What "
            "you say stays confidential.</p>",
        ),
    },
    {
        "slug": "mentor-support", "category": "social-support", "reviewed": 17,
        "modes": "in_person by_phone",
        "offers": {"jelgava": {"appointment": True}},
        "name": ("Mentora atbalsts", "Помощь наставника", "Mentor support"),
        "summary": (
            "Mentors palīdz ar ikdienas lietām pirmajos mēnešos Latvijā: kā pierakstīt bērnu "
            "skolā, atvērt bankas kontu vai atrast ģimenes ārstu.",
            "Наставник помогает с повседневными делами в первые месяцы в Латвии: как записать "
            "ребёнка в школу, открыть счёт в банке или найти семейного врача.",
            "A mentor helps with everyday matters in your first months in Latvia: how to enrol "
            "a child in school, open a bank account or find a family doctor.",
        ),
        "body": (
            "<p>Mentors ir cilvēks, kurš labi pazīst dzīvi Latvijā. Mentors:</p><ul><li>palīdz "
            "pierakstīt bērnus bērnudārzā vai skolā;</li><li>var aiziet kopā ar jums uz iestādi;"
            "</li><li>izskaidro, kā šeit notiek ikdienas lietas.</li></ul><p>Mentoru var saņemt "
            "pēc sarunas ar konsultantu.</p>",
            "<p>Наставник — это человек, который хорошо знает жизнь в Латвии. Наставник:</p>"
            "<ul><li>поможет записать детей в детский сад или школу;</li><li>может сходить "
            "вместе с вами в учреждение;</li><li>объяснит, как здесь устроены повседневные "
            "дела.</li></ul><p>Наставника можно получить после беседы с консультантом.</p>",
            "<p>A mentor is someone who knows life in Latvia well. A mentor:</p><ul><li>helps "
            "you enrol your children in kindergarten or school;</li><li>can go with you to an "
            "office;</li><li>explains how everyday things work here.</li></ul><p>You can get a "
            "mentor after a talk with a consultant.</p>",
        ),
    },
    {
        "slug": "psychologist", "category": "psychological-support", "reviewed": 20,
        "modes": "in_person by_video", "planned": True,
        "name": ("Psihologa konsultācijas", "Консультации психолога",
                 "Psychologist consultations"),
        "summary": (
            "Drīzumā: individuālas sarunas ar psihologu, ja jūs nomāc stress, vientulība vai "
            "grūtības pierast pie jaunās dzīves. Plānots no 2027. gada marta.",
            "Скоро: индивидуальные беседы с психологом, если вас тяготят стресс, одиночество "
            "или трудно привыкнуть к новой жизни. Планируется с марта 2027 года.",
            "Coming soon: one-to-one talks with a psychologist if you are struggling with "
            "stress, loneliness or getting used to a new life. Planned from March 2027.",
        ),
        "body": (
            "<p>Pārcelšanās uz jaunu valsti var būt smaga. Psihologs palīdzēs:</p><ul><li>tikt "
            "galā ar stresu un trauksmi;</li><li>runāt par to, kas jūs satrauc;</li><li>atrast "
            "spēkus ikdienai.</li></ul><p><strong>Pakalpojums vēl nav pieejams.</strong> "
            "Jautājiet konsultantam, kad varēsiet pieteikties.</p>",
            "<p>Переезд в новую страну может быть тяжёлым. Психолог поможет:</p><ul><li>"
            "справиться со стрессом и тревогой;</li><li>поговорить о том, что вас беспокоит;"
            "</li><li>найти силы для повседневной жизни.</li></ul><p><strong>Услуга пока не "
            "предоставляется.</strong> Спросите консультанта, когда можно будет записаться.</p>",
            "<p>Moving to a new country can be hard. A psychologist will help you:</p><ul><li>"
            "cope with stress and anxiety;</li><li>talk about what worries you;</li><li>find "
            "strength for everyday life.</li></ul><p><strong>This service is not available yet."
            "</strong> Ask a consultant when you can sign up.</p>",
        ),
    },
    {
        "slug": "psychotherapist", "category": "psychological-support", "reviewed": 20,
        "modes": "in_person by_video", "planned": True,
        "name": ("Psihoterapeita konsultācijas", "Консультации психотерапевта",
                 "Psychotherapist consultations"),
        "summary": (
            "Drīzumā: psihoterapeita palīdzība cilvēkiem, kuri pārdzīvojuši karu, vardarbību vai "
            "citu smagu pieredzi. Plānots no 2027. gada marta.",
            "Скоро: помощь психотерапевта для тех, кто пережил войну, насилие или другой "
            "тяжёлый опыт. Планируется с марта 2027 года.",
            "Coming soon: help from a psychotherapist for people who have lived through war, "
            "violence or other hard experiences. Planned from March 2027.",
        ),
        "body": (
            "<p>Psihoterapeits strādā ar jums ilgāku laiku, vairākās tikšanās reizēs. Tas var "
            "palīdzēt, ja:</p><ul><li>jums ir bijusi traumatiska pieredze;</li><li>grūtības "
            "nepāriet jau ilgu laiku;</li><li>jums ir grūti gulēt, strādāt vai rūpēties par "
            "ģimeni.</li></ul><p><strong>Pakalpojums vēl nav pieejams.</strong> Konsultants "
            "palīdzēs saprast, vai jums labāk der psihologs vai psihoterapeits.</p>",
            "<p>Психотерапевт работает с вами дольше, в течение нескольких встреч. Это может "
            "помочь, если:</p><ul><li>у вас был травматический опыт;</li><li>трудности не "
            "проходят уже долгое время;</li><li>вам трудно спать, работать или заботиться о "
            "семье.</li></ul><p><strong>Услуга пока не предоставляется.</strong> Консультант "
            "поможет понять, что вам больше подходит: психолог или психотерапевт.</p>",
            "<p>A psychotherapist works with you over a longer time, across several meetings. "
            "This can help if:</p><ul><li>you have been through a traumatic experience;</li><li>"
            "your difficulties have lasted a long time;</li><li>you find it hard to sleep, work "
            "or look after your family.</li></ul><p><strong>This service is not available yet."
            "</strong> A consultant will help you decide whether a psychologist or a "
            "psychotherapist suits you better.</p>",
        ),
    },
]  # fmt: skip
