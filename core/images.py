"""Image uploads: checked by Pillow, stripped of metadata, served as renditions.

The check in the request reads only the header (format, width, height), so it is fast for any
size. Stripping and resizing a 50-megapixel photo takes seconds: that runs in the task queue
(`core.tasks.image_refresh`), and until it has, pages show no image rather than the original.
"""

import uuid
import warnings
from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
# Sized for real photos: a 48-megapixel phone photo (8000 x 6000) is a JPEG of 10-20 MB.
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 50_000_000
# Pillow itself refuses to decode anything over twice this (DecompressionBombError).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
RENDITION_WIDTHS = (320, 640, 960, 1280)
# Pillow options per format for a faithful re-encoding; nothing else is written.
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
}


def validate_image(upload):
    """Accept only real JPEG, PNG or WebP images of a sane size."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The image is larger than %(limit)s MB."),
            params={"limit": MAX_UPLOAD_BYTES // (1024 * 1024)},
        )
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Over the cap Pillow only warns on open; the check below refuses it.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(upload)
        with image:
            if image.format not in ALLOWED_FORMATS:
                raise ValidationError(_("Upload a JPEG, PNG or WebP image."))
            if image.width * image.height > MAX_PIXELS:
                raise ValidationError(_("The image has too many pixels."))
            image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(_("The file is not a valid image.")) from error
    finally:
        upload.seek(0)


@deconstructible
class RandomName:
    """upload_to: a random file name in `folder`, so an unprocessed upload cannot be guessed."""

    def __init__(self, folder):
        self.folder = folder

    def __call__(self, instance, filename):
        extension = PurePosixPath(filename).suffix.lower().lstrip(".")
        extension = extension if extension in {"jpg", "jpeg", "png", "webp"} else "img"
        return f"{self.folder}/{uuid.uuid4().hex}.{extension}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


def make_renditions(field_file, widths=RENDITION_WIDTHS):
    """Write resized WebP copies without metadata; return [{name, width, height}]."""
    storage = field_file.storage
    field_file.open("rb")
    try:
        with Image.open(field_file) as original:
            image = ImageOps.exif_transpose(original).convert("RGB")
    finally:
        field_file.close()
    stem = PurePosixPath(field_file.name)
    renditions = []
    for width in sorted(set(min(w, image.width) for w in widths)):
        height = round(image.height * width / image.width)
        resized = image.resize((width, height), Image.Resampling.LANCZOS)
        buffer = BytesIO()
        resized.save(buffer, "WEBP", quality=78, method=4)
        name = str(stem.parent / "renditions" / f"{stem.stem}-{width}.webp")
        if storage.exists(name):
            storage.delete(name)
        saved = storage.save(name, ContentFile(buffer.getvalue()))
        renditions.append({"name": saved, "width": width, "height": height})
    return renditions


def rendition_context(renditions, storage):
    """Template data: the largest rendition as src plus a srcset of all."""
    if not renditions:
        return None
    items = [{**r, "url": storage.url(r["name"])} for r in renditions]
    largest = items[-1]
    fallback = next((r for r in items if r["width"] >= 640), largest)
    return {
        "src": fallback["url"],
        "width": fallback["width"],
        "height": fallback["height"],
        "srcset": ", ".join(f"{r['url']} {r['width']}w" for r in items),
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
