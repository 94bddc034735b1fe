"""The docs stay true to the Makefile and to each other: `make help` and README's target table in one
order with one text, no issue-tracker markers, and every relative link pointing at a file."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DOCS = [
    REPO_ROOT / "README.md",
    REPO_ROOT / "CONTRIBUTING.md",
    REPO_ROOT / "generated" / "README.md",
    *sorted((REPO_ROOT / "docs").glob("*.md")),
]


def test_readme_target_table_is_make_help_in_the_same_order() -> None:
    done = subprocess.run(["make", "--no-print-directory", "help"], cwd=REPO_ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    from_help = [
        tuple(re.split(r"\s{2,}", line.strip().removeprefix("make "), maxsplit=1)) for line in done.stdout.splitlines()
    ]
    readme = (REPO_ROOT / "README.md").read_text()
    table = readme.split("<!-- targets:begin", 1)[1].split("<!-- targets:end -->", 1)[0]
    from_readme = re.findall(r"^\| `make ([a-z-]+)` \| (.+) \|$", table, flags=re.M)
    assert from_readme == from_help


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_issue_markers(doc: Path) -> None:
    assert not re.search(r"\(issue \d+\)|section: \w+ \(issue", doc.read_text(), flags=re.I)


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_relative_links_point_at_files(doc: Path) -> None:
    for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text()):
        if target.startswith(("http://", "https://", "#")):
            continue
        assert (doc.parent / target.split("#", 1)[0]).exists(), f"{doc.name}: {target}"
