import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli_binary() -> str:
    """The command line: `DOSSIER_BIN` when set, else the debug build (built if missing)."""
    given = os.environ.get("DOSSIER_BIN")
    if given:
        return given
    subprocess.run(["cargo", "build", "--quiet"], cwd=ROOT, check=True)
    return str(ROOT / "target" / "debug" / "dossier")
