"""Demo synonyms for the search, in Latvian, Russian, English and Ukrainian; then the index.

Each entry is (meaning, lv, ru, en, uk), one word or phrase per line, as people type them.
"""

from search.indexing import rebuild
from search.models import Synonym

SYNONYMS = [
    ("legal aid",
     "juridiskā palīdzība\njurists\njuridiskā konsultācija\nadvokāts",
     "юридическая помощь\nюрист\nюридическая консультация\nадвокат",
     "legal aid\nlawyer\nlegal advice\nattorney\nsolicitor",
     "юридична допомога\nюрист\nюридична консультація\nадвокат"),
    ("residence permit",
     "uzturēšanās atļauja\npastāvīgā uzturēšanās atļauja",
     "вид на жительство\nВНЖ\nПМЖ",
     "residence permit\nresidence card\npermit to stay",
     "посвідка на проживання\nпосвідка на постійне проживання"),
    ("translation",
     "tulkošana\ntulks\ntulkotājs",
     "перевод\nпереводчик",
     "translation\ninterpreter\ntranslator",
     "переклад\nперекладач"),
    ("psychological help",
     "psihologs\npsiholoģiskais atbalsts\npsihoterapeits",
     "психолог\nпсихологическая помощь\nпсихотерапевт",
     "psychologist\ncounselling\nmental health\npsychotherapist",
     "психолог\nпсихологічна допомога\nпсихотерапевт"),
    ("learning Latvian",
     "latviešu valoda\nvalodas kursi",
     "латышский язык\nкурсы латышского",
     "Latvian language\nLatvian lessons\nlanguage course",
     "латиська мова\nкурси латиської"),
    ("PMLP",
     "PMLP\nPilsonības un migrācijas lietu pārvalde\nmigrācijas pārvalde",
     "УДГМ\nУправление по делам гражданства и миграции\nмиграционная служба",
     "Office of Citizenship and Migration Affairs\nimmigration office\nOCMA",
     "Управління у справах громадянства та міграції\nміграційна служба"),
    ("social worker",
     "sociālais darbinieks\nsociālā palīdzība\npabalsts",
     "социальный работник\nсоцработник\nпособие",
     "social worker\nbenefits\nwelfare",
     "соціальний працівник\nсоцпрацівник\nдопомога від держави"),
]  # fmt: skip


def load():
    """Create or update the synonyms, then build the search documents of all demo content."""
    for meaning, lv, ru, en, uk in SYNONYMS:
        Synonym.objects.update_or_create(
            meaning=meaning,
            defaults={"terms_lv": lv, "terms_ru": ru, "terms_en": en, "terms_uk": uk},
        )
    rebuild()
