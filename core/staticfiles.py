"""Static files: WhiteNoise's hashed, compressed storage, each address worked out once."""

from django.core.signals import setting_changed
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """The manifest does not change while a process runs, so neither does a name's address:
    `{% static %}` (four on every page) looks it up once instead of hashing the name again."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._addresses = {}
        setting_changed.connect(self._forget, weak=True)

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        address = self._addresses.get(name)
        if address is None:
            address = self._addresses[name] = super().url(name)
        return address

    def _forget(self, **_kwargs):
        self._addresses = {}
