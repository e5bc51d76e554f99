"""Renders a platform's generated reference index (README.md) and its largest section
page to HTML with Python-Markdown (no automatic heading ids: the anchors are the pages'
explicit <a id>s), loads each in headless Chromium, and checks the DOM Chromium dumps:
every href="#x" names an element of that page, and every href="<other rendered page>#x"
an element of that page. Also checks that <summary> labels carry no literal backticks.
Prints what it checked and a closing 'N passed, N failed' line; exits non-zero on a
broken anchor.

Usage: render_reference.py OUT_DIR REFERENCE_DIR  (e.g. docs/reference/coding)"""

import html.parser
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import markdown

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def render(page: pathlib.Path, rendered: set, out_dir: pathlib.Path) -> pathlib.Path:
    """page.md → OUT_DIR/page.html; links to the other rendered pages point at their HTML."""
    body = markdown.markdown(
        page.read_text(encoding="utf-8"), extensions=["tables", "fenced_code"], output_format="html"
    )

    def local(match):
        name, fragment = match.group(1), match.group(2) or ""
        if name in rendered:
            return f'href="{name[:-3]}.html{fragment}"'
        return match.group(0)

    body = re.sub(r'href="([^"/#:]+\.md)(#[^"]*)?"', local, body)
    target = out_dir / (page.stem + ".html")
    target.write_text(
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{page.name}</title></head>'
        f"<body>\n{body}\n</body></html>\n",
        encoding="utf-8",
    )
    return target


def dump_dom(chromium: str, page: pathlib.Path) -> str:
    profile = tempfile.mkdtemp(prefix="forgespec-chromium-")
    try:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if result.returncode != 0 or "</html>" not in result.stdout:
        sys.stderr.write(result.stderr[-4000:])
        raise RuntimeError(f"chromium exited {result.returncode} without a DOM for {page}")
    return result.stdout


class Dom(html.parser.HTMLParser):
    """The ids, hrefs and <summary> texts of a dumped DOM."""

    def __init__(self):
        super().__init__()
        self.ids, self.hrefs, self.summaries = set(), [], []
        self.elements = 0
        self._summary = None

    def handle_starttag(self, tag, attrs):
        self.elements += 1
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("href") is not None:
            self.hrefs.append(attrs["href"])
        if tag == "summary":
            self._summary = ""

    def handle_endtag(self, tag):
        if tag == "summary" and self._summary is not None:
            self.summaries.append(self._summary)
            self._summary = None

    def handle_data(self, data):
        if self._summary is not None:
            self._summary += data


def main(out_dir: str, reference_dir: str) -> int:
    chromium = shutil.which("chromium")
    if chromium is None:
        print("FAILED chromium is not on PATH")
        return 1
    reference = pathlib.Path(reference_dir)
    sections = list(reference.glob("[0-9]*.md"))
    if not sections:
        print(f"FAILED no section page in {reference}")
        return 1
    largest = max(sections, key=lambda p: (p.stat().st_size, p.name))
    pages = [reference / "README.md", largest]
    out = pathlib.Path(out_dir)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    rendered = {p.name for p in pages}
    doms = {}
    for page in pages:
        html_file = render(page, rendered, out)
        dom = Dom()
        dom.feed(dump_dom(chromium, html_file))
        doms[html_file.name] = dom
        print(f"loaded {page} as {html_file} in Chromium: {dom.elements} elements, {len(dom.ids)} ids, {len(dom.hrefs)} links")

    passed = failed = 0
    for name, dom in doms.items():
        same = other = skipped = 0
        failed_before = failed
        for href in dom.hrefs:
            if "://" in href or href.startswith("mailto:") or "#" not in href:
                continue
            file, fragment = href.split("#", 1)
            target = name if file == "" else file
            if target not in doms:
                skipped += 1  # a page this check did not render
                continue
            if fragment in doms[target].ids:
                passed += 1
                if target == name:
                    same += 1
                else:
                    other += 1
            else:
                failed += 1
                print(f"FAILED {name}: href=\"{href}\": {target} has no element with id \"{fragment}\"")
        for label in dom.summaries:
            if "`" in label:
                failed += 1
                print(f"FAILED {name}: <summary> shows literal backticks: {label!r}")
        print(
            f"{'ok    ' if failed == failed_before else 'FAILED'} {name}: {same} links to anchors on the page, {other} to anchors on the other rendered page, "
            f"{len(dom.summaries)} <summary> labels; {skipped} links to pages not rendered here"
        )
    if passed == 0:
        failed += 1
        print("FAILED no anchor link was checked")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
