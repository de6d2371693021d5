"""Hostile and heavy uploads made in memory: a header-only giant PNG, a zip bomb, active PDFs."""

import struct
import zipfile
import zlib
from functools import cache
from io import BytesIO

import pikepdf
from PIL import Image

OOXML_TYPES = (
    '<Types><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width, height):
    """A PNG whose header says width x height; its pixels are never needed to refuse it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def photo(width, height):
    """A real JPEG photo of width x height pixels with a GPS position in its EXIF."""
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (56.0, 57.0, 0.0)}
    buffer = BytesIO()
    Image.new("RGB", (width, height), (40, 90, 140)).save(buffer, "JPEG", exif=exif, quality=70)
    return buffer.getvalue()


@cache
def docx_bomb(gib=2):
    """A DOCX of a few MB whose document.xml really inflates to `gib` GiB of zeros.

    Deflate blocks ended by a full flush are independent, so one compressed 8 MB block of zeros
    repeated makes a valid stream of any length without compressing gigabytes here.
    """
    block = 8 << 20
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    segment = compressor.compress(b"\0" * block) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = gib * 1024 * 1024 * 1024 // block
    data = segment * count + b"\x03\x00"  # an empty final block ends the stream
    crc = 0
    zeros = b"\0" * block
    for _ in range(count):
        crc = zlib.crc32(zeros, crc)
    size = count * block
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", OOXML_TYPES)
    head = buffer.getvalue()
    # Append the bomb entry by hand: zipfile cannot store data it did not compress itself.
    directory_at = head.rindex(b"PK\x01\x02")
    end_at = head.rindex(b"PK\x05\x06")
    entries, central = head[:directory_at], head[directory_at:end_at]
    name = b"word/document.xml"
    local = struct.pack(
        "<4s5H3I2H", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(name), 0
    )
    offset = len(entries)
    record = struct.pack(
        "<4s6H3I5H2I",
        b"PK\x01\x02",
        20,
        20,
        0,
        8,
        0,
        0,
        crc,
        len(data),
        size,
        len(name),
        0,
        0,
        0,
        0,
        0,
        offset,
    )
    entries += local + name + data
    central += record + name
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 2, 2, len(central), len(entries), 0)
    return entries + central + end


def docx(text="Sveiki"):
    """A small honest DOCX."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", OOXML_TYPES)
        archive.writestr("word/document.xml", f"<w:document>{text}</w:document>")
    return buffer.getvalue()


def pdf(active=None):
    """A one-page PDF, packed in object streams; `active` adds what a reader would run."""
    document = pikepdf.new()
    document.add_blank_page()
    if active == "openaction":
        document.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS="app.alert(1)")
    elif active == "launch":
        annotation = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Link,
            Rect=[0, 0, 100, 100],
            A=pikepdf.Dictionary(S=pikepdf.Name.Launch, F="cmd.exe"),
        )
        document.pages[0].Annots = document.make_indirect(pikepdf.Array([annotation]))
    elif active == "embedded":
        document.attachments["invoice.exe"] = pikepdf.AttachedFileSpec(document, b"MZ\x90\x00")
    buffer = BytesIO()
    document.save(buffer, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return buffer.getvalue()
