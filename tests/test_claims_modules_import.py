"""Every module of pipeline/claims can be imported on its own.

extract.py imports the rule modules in one order; a module that works only
after some other module has been imported hides an import cycle, and the
next change to that order breaks it. Each module is therefore imported in
a fresh interpreter, as a script or a test that needs only that module would.
"""
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CLAIMS_DIR = REPO_ROOT / "pipeline" / "claims"


def claims_modules():
    """'pipeline.claims.frames', 'pipeline.claims.lists.brackets', ...: every
    module file under pipeline/claims, subpackages included."""
    names = []
    for path in sorted(CLAIMS_DIR.rglob("*.py")):
        parts = path.relative_to(REPO_ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_the_module_list_reaches_into_subpackages():
    modules = claims_modules()
    assert "pipeline.claims.frames" in modules
    assert "pipeline.claims.lists.brackets" in modules


def import_alone(module):
    """Import `module` in a fresh interpreter, this checkout first on the path
    whatever copy of the package is installed; the finished process."""
    path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-c", f"import {module}"], cwd=REPO_ROOT,
                          env=dict(os.environ, PYTHONPATH=path), capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def imported_alone():
    """{module: finished process}. Each import loads spaCy afresh (a few
    seconds), so the imports run side by side, one per core."""
    modules = claims_modules()
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(zip(modules, pool.map(import_alone, modules)))


@pytest.mark.parametrize("module", claims_modules())
def test_a_claims_module_imports_in_a_fresh_interpreter(imported_alone, module):
    result = imported_alone[module]
    assert result.returncode == 0, result.stderr.strip().splitlines()[-1]
