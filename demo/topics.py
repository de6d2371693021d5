"""The shared topics, from what newcomers and remigrants ask about most."""

from demo.languages import translated
from topics.models import Topic

TOPICS = [
    ("residence-permits", ("Uzturēšanās atļaujas", "Вид на жительство", "Residence permits")),
    ("citizenship", ("Pilsonība", "Гражданство", "Citizenship")),
    ("learning-latvian", ("Latviešu valodas apguve", "Изучение латышского языка", "Learning Latvian")),
    ("children-school", ("Bērni un skola", "Дети и школа", "Children and school")),
    ("work", ("Darbs", "Работа", "Work")),
    ("health", ("Veselība", "Здоровье", "Health")),
    ("housing", ("Mājoklis", "Жильё", "Housing")),
    ("social-support", ("Sociālais atbalsts", "Социальная поддержка", "Social support")),
    ("translation-legal", ("Tulkošana un juridiskā palīdzība", "Перевод и юридическая помощь",
                           "Translation and legal aid")),
]  # fmt: skip


def load():
    """Create or update the shared topics."""
    for position, (slug, name) in enumerate(TOPICS):
        Topic.objects.update_or_create(
            slug=slug, defaults={"position": position, **translated(name=name)}
        )
