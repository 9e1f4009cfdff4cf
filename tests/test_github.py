"""The repository's GitHub side: workflows valid and locked down, issue forms valid, hooks real."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import BIN, ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def schema_check(schema: str, *files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", schema, *map(str, files)],
                          capture_output=True, text=True)


def load(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)  # `on` stays a string key


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_there_is_a_pull_request_workflow_and_a_pages_workflow() -> None:
    triggers = {path.name: load(path)["on"] for path in WORKFLOWS}
    assert any("pull_request" in on for on in triggers.values())
    assert any("push" in on for on in triggers.values())


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_validates_against_the_github_workflow_schema(path: Path) -> None:
    result = schema_check("vendor.github-workflows", path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_is_locked_down(path: Path) -> None:
    workflow = load(path)
    assert "pull_request_target" not in workflow["on"], "never run PR code with a write token"
    assert workflow["permissions"] == {"contents": "read"}, "default token: read-only"
    for step in steps(workflow):
        if "uses" in step and not step["uses"].startswith("./"):
            assert PINNED.match(step["uses"]), f"{step['uses']}: pin third-party actions by full commit SHA"
    for name, job in workflow["jobs"].items():
        granted = job.get("permissions", {})
        if granted:
            assert name == "deploy" and "push" in workflow["on"], f"only the Pages deploy job widens permissions ({name})"
            assert granted == {"pages": "write", "id-token": "write"}


def test_pull_request_code_reaches_no_secrets() -> None:
    for path in WORKFLOWS:
        if "pull_request" in load(path)["on"]:
            assert "secrets." not in path.read_text(encoding="utf-8"), path.name


def test_pull_request_workflow_checks_with_annotations_builds_strictly_and_tests() -> None:
    text = (GITHUB / "workflows" / "pull-request.yml").read_text(encoding="utf-8")
    for command in ("cramp-atlas check --format github", "cramp-atlas fmt --check", "make build", "make test"):
        assert command in text


def test_main_and_a_nightly_run_sweep_every_page() -> None:
    """make test looks at a sample of pages (tests/sweep.py); the full sweep must run somewhere."""
    sweeping = [load(path) for path in WORKFLOWS if "make test-all" in path.read_text(encoding="utf-8")]
    assert sweeping, "no workflow runs make test-all"
    triggers = {trigger for workflow in sweeping for trigger in workflow["on"]}
    assert {"push", "schedule"} <= triggers
    assert all(workflow["on"]["push"]["branches"] == ["main"] for workflow in sweeping if "push" in workflow["on"])


def test_pages_workflow_uploads_and_deploys_the_built_site() -> None:
    workflow = load(GITHUB / "workflows" / "pages.yml")
    uses = [step.get("uses", "") for step in steps(workflow)]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    assert "make build" in (GITHUB / "workflows" / "pages.yml").read_text(encoding="utf-8")  # includes the PDFs


def test_issue_forms_and_their_config_are_valid() -> None:
    forms = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))
    forms = [f for f in forms if f.name != "config.yml"]
    assert {f.stem for f in forms} >= {"propose-a-fact", "report-an-error"}
    result = schema_check("vendor.github-issue-forms", *forms)
    assert result.returncode == 0, result.stdout + result.stderr
    config = schema_check("vendor.github-issue-config", GITHUB / "ISSUE_TEMPLATE" / "config.yml")
    assert config.returncode == 0, config.stdout + config.stderr
    report = load(GITHUB / "ISSUE_TEMPLATE" / "report-an-error.yml")
    labels = {item.get("attributes", {}).get("label", "") for item in report["body"]}
    assert any("Page address" in label for label in labels) and any("Source" in label for label in labels)


def test_pull_request_template_has_the_reviewer_checklist() -> None:
    text = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    for item in ("supports the claim", "wording is original", "evidence grade is right"):
        assert item in text


def test_pre_commit_hooks_run_the_formatter_check_yamllint_and_ruff_and_they_pass() -> None:
    hooks = load(ROOT / ".pre-commit-config.yaml")["repos"][0]["hooks"]
    entries = {hook["id"]: hook["entry"] for hook in hooks}
    assert set(entries) == {"data-format", "data-check", "yamllint", "ruff"}
    for hook in ("yamllint", "ruff"):  # the two not run elsewhere in the suite
        target = ["data", ".github", "mkdocs.yml"] if hook == "yamllint" else ["macros", "tests"]
        command = entries[hook].replace(".venv/bin/", str(BIN) + "/").split()
        result = subprocess.run([*command, *target], cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
