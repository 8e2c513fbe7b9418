"""Trunk post-build hook: move the inline module script trunk writes into index.html into
boot.js, so that the page runs under `script-src 'self'` (no inline script)."""
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()
pattern = re.compile(r"<script type=\"module\"[^>]*>(.*?)</script>", re.S)
scripts = [m for m in pattern.finditer(html) if "src=" not in m.group(0).split(">")[0]]
if not scripts:
    sys.exit(0)
body = "\n".join(m.group(1).strip() for m in scripts) + "\n"
name = "boot-%s.js" % hashlib.sha256(body.encode()).hexdigest()[:16]
open(os.path.join(staging, name), "w", encoding="utf-8").write(body)
for m in reversed(scripts):
    html = html[: m.start()] + html[m.end():]
html = html.replace("</head>", '<script type="module" src="./%s"></script>\n</head>' % name, 1)
open(index, "w", encoding="utf-8").write(html)
