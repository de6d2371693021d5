from services.models.choices import (
    DELIVERY_FIELDS,
    ELIGIBILITY_FIELDS,
    MODE_PHRASES,
    Availability,
    DeliveryMode,
    Eligibility,
)
from services.models.offer import BranchService, WeekdaysField
from services.models.service import Category, Service, ServiceQuerySet

__all__ = [
    "DELIVERY_FIELDS",
    "ELIGIBILITY_FIELDS",
    "MODE_PHRASES",
    "Availability",
    "BranchService",
    "Category",
    "DeliveryMode",
    "Eligibility",
    "Service",
    "ServiceQuerySet",
    "WeekdaysField",
]
