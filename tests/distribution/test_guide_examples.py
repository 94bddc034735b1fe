"""The user guide's pytest example for `finalpos.testing` runs as written: copied out of
generated/README.md into a scratch project (conftest.py + test_checkout.py) and run by pytest against
the generated package, as a user pasting it would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GUIDE = REPO_ROOT / "generated" / "README.md"


def guide_testing_example() -> dict[str, str]:
    """The guide's testing section's code block, split at its `# <file>.py` lines."""
    section = GUIDE.read_text().split("## Testing your integration", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```python\n(.*?)```", section, flags=re.S)
    assert block, "the testing section has no python example"
    files: dict[str, str] = {}
    current = ""
    for line in block.group(1).splitlines(keepends=True):
        named = re.fullmatch(r"# (\w+\.py)\n", line)
        if named:
            current = named.group(1)
            files[current] = ""
        elif current:
            files[current] += line
    return files


def test_testing_example_passes_under_pytest(tmp_path: Path) -> None:
    files = guide_testing_example()
    assert sorted(files) == ["conftest.py", "test_checkout.py"]
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "generated")}
    env.pop("FINALPOS_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout, done.stdout
