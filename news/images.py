"""The stored original of an upload, re-encoded so that no EXIF or GPS data stays in it."""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

# Pillow options per format for a faithful re-encoding; nothing else is written.
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
}


def strip_metadata(field_file):
    """Rewrite the file in place, upright and without metadata; return name, width, height."""
    field_file.open("rb")
    try:
        with Image.open(field_file) as original:
            image_format = original.format
            # Turn the pixels as the EXIF orientation said, since that tag goes too.
            image = ImageOps.exif_transpose(original)
            image.load()
    finally:
        field_file.close()
    # Only transparency is kept: EXIF, GPS, XMP, ICC and comments are all left out.
    image.info = {key: value for key, value in image.info.items() if key == "transparency"}
    buffer = BytesIO()
    image.save(buffer, image_format, **SAVE_OPTIONS.get(image_format, {}))
    storage, name = field_file.storage, field_file.name
    storage.delete(name)
    field_file.name = storage.save(name, ContentFile(buffer.getvalue()))
    return field_file.name, image.width, image.height
