"""Make the README's two screenshots of the ``kg viz`` page again.

For the seed article (``../shared/corpus/000_seed_russia_india_pakistan.txt``) and
for the 46 VOA stories (``../shared/voa/voa_stories.jsonl``), it runs
``kg ingest`` into a store of its own in a temporary folder, ``kg viz -o`` to
write the page, and headless Chromium's ``--screenshot`` at 1400x900, with a
virtual time budget so that the physics has settled and the graph is drawn
before the picture is taken. The pictures go to ``docs/page-seed.png`` and
``docs/page-voa.png``.

kg runs from this checkout (``PYTHONPATH`` is set to it), not from whatever is
installed. Needs Debian's ``chromium`` on the PATH; nothing is downloaded.

    python scripts/screenshots.py [--shared ../shared] [--out docs]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {  # picture name: input under ../shared
    "page-seed.png": "corpus/000_seed_russia_india_pakistan.txt",
    "page-voa.png": "voa/voa_stories.jsonl",
}


def kg(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], env=env, check=True)


def screenshot(page: Path, png: Path, profile: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install -y chromium)")
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--hide-scrollbars", f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1400,900",
         "--virtual-time-budget=15000", page.resolve().as_uri()],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )
    if not png.exists() or png.stat().st_size < 10_000:
        sys.exit(f"{png}: chromium wrote no picture, or a blank one")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "docs")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-screenshots-") as tmp:
        for name, source in PAGES.items():
            stem = Path(name).stem
            store, page = Path(tmp) / stem, Path(tmp) / f"{stem}.html"
            kg("ingest", "--store", str(store), str(args.shared / source))
            kg("viz", "--store", str(store), "-o", str(page))
            screenshot(page, args.out / name, Path(tmp) / "profile")
            print(f"wrote {args.out / name} ({(args.out / name).stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
