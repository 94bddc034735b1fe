"""Every Python code block of the user guide (generated/README.md) type-checks under `mypy --strict`
against the package, so what users copy from it is correct as written.

Each block is its own module. Names a block uses without defining them (`client`, `async_client`,
`customer`: the guide's running examples) get a typed stand-in; `myapp.tenant_customer` stands in for
the module `make customer-dto` writes. Nothing else is added to or taken from a block."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.package_under_test import INSTALLED

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "generated" / "README.md"

# A name the guide uses across blocks -> how a block that does not define it gets it.
STAND_INS = {
    "client": "client: FinalPOS = FinalPOS()",
    "async_client": "async_client: AsyncFinalPOS = AsyncFinalPOS()",
    "customer": "customer: Customer = FinalPOS().customers.create(email='a@b.c', first_name='A', last_name='B')",
}
PRELUDE = "from finalpos import AsyncFinalPOS, FinalPOS\nfrom finalpos.models import Customer\n"
TENANT_CUSTOMER = "import pydantic\n\n\nclass TenantCustomer(pydantic.BaseModel):\n    loyaltyPoints: int\n"


def python_blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def _defines(block: str, name: str) -> bool:
    return bool(re.search(rf"^\s*(?:async def |def )?{name}\b\s*(?:=|\(|:)|\bas {name}\b", block, flags=re.M))


def module_for(block: str) -> str:
    uses = [n for n in STAND_INS if re.search(rf"\b{n}\b", block) and not _defines(block, n)]
    return PRELUDE + "".join(STAND_INS[n] + "\n" for n in uses) + "\n" + block


def test_every_python_block_of_the_guide_type_checks(tmp_path: Path) -> None:
    blocks = python_blocks(GUIDE.read_text())
    assert len(blocks) >= 15
    files = []
    for number, block in enumerate(blocks, 1):
        path = tmp_path / f"guide_block_{number:02d}.py"
        path.write_text(module_for(block))
        files.append(str(path))
    (tmp_path / "myapp").mkdir()
    (tmp_path / "myapp" / "__init__.py").write_text("")
    (tmp_path / "myapp" / "tenant_customer.py").write_text(TENANT_CUSTOMER)
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    if not INSTALLED:
        env["MYPYPATH"] = str(ROOT / "generated")
    cache = Path(os.environ.get("REGEN_MYPY_CACHE") or tmp_path) / "user-guide"
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--config-file", os.devnull, *files],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"Success: no issues found in {len(files)} source files" in done.stdout


def test_the_stand_ins_only_fill_gaps() -> None:
    assert module_for("client = FinalPOS(timeout=2.0)\nclient.close()\n").count("client: FinalPOS") == 0
    assert "client: FinalPOS" in module_for("client.close()\n")
    assert "async_client: AsyncFinalPOS" not in module_for("async with AsyncFinalPOS() as client:\n    pass\n")
