"""Set-up files agree with each other and with the README."""
from __future__ import annotations

import re
import tomllib

from conftest import REPO

NAME = re.compile(r"^([A-Za-z0-9_.\-]+)\s*(.*)$")


def _norm(requirement: str) -> tuple[str, str]:
    name, spec = NAME.match(requirement.strip()).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "").replace("=", "==").replace("====", "==") \
        .replace(">==", ">=").replace("<==", "<=")


def pyproject_requirements() -> dict[str, str]:
    data = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    reqs = data["dependencies"] + data["optional-dependencies"]["test"]
    return dict(_norm(r) for r in reqs)


def environment_requirements() -> dict[str, str]:
    """Conda dependencies and the pip: section of environment.yml, minus python, pip and the project."""
    out = {}
    lines = (REPO / "environment.yml").read_text().splitlines()
    for line in lines[lines.index("dependencies:"):]:
        m = re.match(r"^\s*-\s+([^#:]+?)\s*$", line)
        if not m:
            continue
        item = m.group(1)
        if item.startswith(("python=", "-e")) or item == "pip":
            continue
        name, spec = _norm(item)
        out[name] = spec
    return out


def test_environment_yml_and_pyproject_list_the_same_dependencies():
    assert environment_requirements() == pyproject_requirements()


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text()
    ci = (REPO / ".ci" / "run").read_text()
    assert "make test" in ci.split("\n")[-2:][0] or ci.strip().endswith("make test")
    assert "make test" in readme and "make report" in readme


def test_textstat_is_pinned_exactly():
    assert pyproject_requirements()["textstat"] == "==0.7.13"
