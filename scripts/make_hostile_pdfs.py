"""Builds the hostile and unreadable PDFs of tests/fixtures/pdf/hostile/ (committed; this documents
how they were made). Needs qpdf (Debian) for the encrypted copies.

  scan.pdf            two pages that are only images: no text layer
  unmapped.pdf        bordered-2021.pdf with every /ToUnicode renamed: glyphs without Unicode
  encrypted-empty.pdf bordered-2021.pdf encrypted (AES-256) with an empty user password: opens
  encrypted-user.pdf  the same with a user password: cannot be opened
  bomb.pdf            a 40 KB content stream that inflates to 40 MB
  deep.pdf            an object nested 50 000 arrays deep
  broken-xref.pdf     bordered-2021.pdf with its xref offsets pointing nowhere
  many-pages.pdf      300 pages, each with a line of text
  huge-page.pdf       one page 200 × 200 inches holding 40 000 glyphs

Run: python3 scripts/make_hostile_pdfs.py
"""
import os
import subprocess
import zlib

ROOT = os.path.join(os.path.dirname(__file__), "..")
PDF = os.path.join(ROOT, "tests", "fixtures", "pdf")
OUT = os.path.join(PDF, "hostile")
os.makedirs(OUT, exist_ok=True)


def write_pdf(name, objects):
    """objects: list of bytes bodies for objects 1..n (1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(os.path.join(OUT, name), "wb").write(out)


def stream(data, extra=b""):
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode %s >>\nstream\n" % (len(packed), extra) + packed + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"

# scan.pdf: pages that paint a grey image and nothing else.
pixels = bytes((x * 7 + y * 3) % 256 for y in range(64) for x in range(64))
image = stream(pixels, b"/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8")
paint = stream(b"q 500 0 0 700 40 60 cm /Im1 Do Q")
write_pdf("scan.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 6 0 R >>",
    image,
    paint,
])

# bomb.pdf: 40 MB of spaces behind one page.
write_pdf("bomb.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    stream(b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n" + b" " * (40 * 1024 * 1024)),
    FONT,
])

# deep.pdf: an array nested 50 000 deep in the page dictionary.
depth = 50000
write_pdf("deep.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep " + b"[" * depth + b"]" * depth + b" /Contents 4 0 R >>",
    stream(b"BT 72 720 Td (deep) Tj ET"),
])

# many-pages.pdf: 300 pages of one line each.
count = 300
kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count, FONT]
for i in range(count):
    objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
    objects.append(stream(b"BT /F1 12 Tf 72 720 Td (page %d) Tj ET" % (i + 1)))
write_pdf("many-pages.pdf", objects)

# huge-page.pdf: 14 400 pt square, 200 rows of 200 numbers.
rows = []
for r in range(200):
    rows.append(b"BT /F1 10 Tf 20 %d Td (%s) Tj ET" % (14300 - r * 70, b" ".join(b"%d" % (r * 200 + c) for c in range(200))))
write_pdf("huge-page.pdf", [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    stream(b"\n".join(rows)),
    FONT,
])

# From a real LibreOffice export.
base = open(os.path.join(PDF, "bordered-2021.pdf"), "rb").read()
unmapped = base.replace(b"/ToUnicode", b"/ToUnicodX")
open(os.path.join(OUT, "unmapped.pdf"), "wb").write(unmapped)
start = base.rindex(b"startxref")
broken = base[:start] + b"startxref\n999999\n%%EOF\n"
broken = broken.replace(b" 00000 n", b" 00000 n")
# Also shift every xref entry so none points at its object.
xref_at = broken.rindex(b"\nxref\n")
head, table = broken[:xref_at], broken[xref_at:]
table = bytes(table).replace(b"0000", b"9999", 40)
open(os.path.join(OUT, "broken-xref.pdf"), "wb").write(head + table)
source = os.path.join(PDF, "bordered-2021.pdf")
subprocess.run(["qpdf", "--encrypt", "", "owner-secret", "256", "--", source, os.path.join(OUT, "encrypted-empty.pdf")], check=True)
subprocess.run(["qpdf", "--encrypt", "user-secret", "owner-secret", "256", "--", source, os.path.join(OUT, "encrypted-user.pdf")], check=True)
for name in sorted(os.listdir(OUT)):
    print("%-22s %8d bytes" % (name, os.path.getsize(os.path.join(OUT, name))))
