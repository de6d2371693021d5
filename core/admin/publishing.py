"""Draft, in review, published: only those allowed to publish may put content on the site."""


class PublishingMixin:
    """Limits the publication field for editors without the model's `publish_…` permission."""

    publication_field = "publication"
    # Values an editor who may not publish can choose (drafts and review).
    unpublished_values = ("draft", "review")

    def has_publish_permission(self, request, obj=None):
        codename = f"publish_{self.opts.model_name}"
        return request.user.has_perm(f"{self.opts.app_label}.{codename}")

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == self.publication_field and not self.has_publish_permission(request):
            kwargs["choices"] = [
                (value, label)
                for value, label in db_field.choices
                if value in self.unpublished_values
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        locked = (
            obj is not None and getattr(obj, self.publication_field) not in self.unpublished_values
        )
        if locked and not self.has_publish_permission(request, obj):
            fields.append(self.publication_field)
        return fields
