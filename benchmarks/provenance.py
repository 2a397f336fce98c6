"""What every benchmark writes beside its figures: the commit they were measured at.

Shared by the scripts in this folder, which run as ``python benchmarks/<name>.py``
and so find this module next to them.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commit_id() -> str:
    """The commit measured, marked ``-dirty`` when the working tree differs from it."""
    result = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() or "unknown"
