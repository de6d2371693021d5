"""Many rows at once, for the tests that prove a page costs the same at any size."""

import copy

from django.db.models.base import ModelState

__all__ = ["create_many", "link_many"]


def create_many(factory, count, **fields):
    """`count` objects like the one `factory` builds with `fields`, stored with one INSERT.

    A field given as a list sets each object's own value; a slug gets the object's number, so
    it stays unique. Copying one built object is far quicker than building each; post-generation
    hooks do not run (add many-to-many links with `link_many`).
    """
    varied = {name: value for name, value in fields.items() if isinstance(value, list)}
    template = factory.build(**{**fields, **{name: value[0] for name, value in varied.items()}})
    objects = []
    for number in range(count):
        obj = copy.copy(template)
        obj._state = ModelState()  # its own cache of related objects
        for name, values in varied.items():
            setattr(obj, name, values[number])
        if hasattr(obj, "slug"):
            obj.slug = f"{template.slug}-{number}"
        objects.append(obj)
    return type(template).objects.bulk_create(objects)


def link_many(objects, field, *targets):
    """Link every object to every target through the many-to-many `field`, with one INSERT."""
    if not objects:
        return
    relation = type(objects[0])._meta.get_field(field)
    through = relation.remote_field.through
    source, target = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    through.objects.bulk_create(
        through(**{f"{source}_id": obj.pk, f"{target}_id": other.pk})
        for obj in objects
        for other in targets
    )
