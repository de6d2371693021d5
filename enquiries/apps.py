from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    """Consultation requests asked in writing, and the branches' queue of them."""

    name = "enquiries"
    verbose_name = _("Consultation requests")
