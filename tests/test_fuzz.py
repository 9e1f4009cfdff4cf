"""Property-based: whatever a data file holds, `check` ends with exit 0 or 1 and messages in the
documented `path:line:col: severity: what — fix` form, never a traceback, within a time bound;
and the build either publishes or refuses with those messages.

Real data files are mutated: random bytes spliced in, a field replaced by a random YAML
structure, huge values, deep nesting, random text. `check` runs in-process (fast, many
examples); the build runs as a subprocess on a few examples only, so the suite stays quick.
"""

from __future__ import annotations

import io
import re
import shutil
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import yaml
from conftest import BIN, ROOT, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from macros.cli import commands as cli

FILES = sorted(p.relative_to(ROOT / "data").as_posix() for p in (ROOT / "data").glob("*/*.yaml"))
MESSAGE = re.compile(r"^data/[^\n:]+:\d+:\d+: (error|warning)(\[[a-z-]+\])?: [^\n]+$")
SUMMARY = re.compile(r"^checked \d+ entries in data/: \d+ error\(s\), \d+ warning\(s\)$")
SECONDS = 30  # per example, cold, on a loaded 2-core machine; a healthy run takes about one

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=40), st.sampled_from(["{{ x }}", "{% if %}", "2026-02-30", "yes", "~", ""]))
structures = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=12), inner, max_size=5)), max_leaves=25)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """(file under data/, its new bytes)."""
    rel = draw(st.sampled_from(FILES))
    raw = (ROOT / "data" / rel).read_bytes()
    how = draw(st.sampled_from(["bytes", "structure", "huge", "deep", "text"]))
    if how == "bytes":
        at = draw(st.integers(0, len(raw)))
        return rel, raw[:at] + draw(st.binary(min_size=1, max_size=64)) + raw[at + draw(st.integers(0, 64)):]
    lines = raw.decode("utf-8").splitlines()
    header, fields = lines[0], yaml.safe_load(raw)
    key = draw(st.sampled_from([*fields, "extra_field"]))
    if how == "structure":
        fields[key] = draw(structures)
        return rel, (header + "\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False)).encode()
    if how == "huge":
        size = draw(st.sampled_from([1_000, 50_000, 300_000]))
        value = "word " * (size // 5) if draw(st.booleans()) else "[" + ", ".join(["x"] * (size // 3)) + "]"
        return rel, f"{header}\n{key}: {value}\n".encode() + raw
    if how == "deep":
        depth = draw(st.integers(1, 400))
        opener, closer = ("[", "]") if draw(st.booleans()) else ("{a: ", "}")
        replaced = [f"{key}: {opener * depth}x{closer * depth}" if line.startswith(f"{key}:") else line for line in lines]
        return rel, "\n".join(replaced).encode() + b"\n"
    line = draw(st.integers(0, len(lines)))
    lines.insert(line, draw(st.text(max_size=80)))
    return rel, "\n".join(lines).encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def fuzz_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("fuzz") / "data"
    shutil.copytree(ROOT / "data", copy)
    return copy


@pytest.fixture(scope="module")
def private_caches(tmp_path_factory: pytest.TempPathFactory):
    """Fuzzed files are remembered in a throw-away cache, not the worktree's .cache/."""
    from macros.check import style
    from macros.load import filecache

    where = tmp_path_factory.mktemp("fuzz-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(filecache.FileCache.__init__, "__defaults__", (where / "files.pickle", True))
        patch.setattr(style, "CACHE", where / "formatted.txt")
        yield


def check_in_process(data: Path) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        code = cli.main(["check", "--data", str(data)])
    return code, out.getvalue()


def assert_documented(code: int, out: str) -> None:
    assert code in (0, 1), out
    assert "Traceback" not in out and "internal error" not in out, out
    lines = out.splitlines()
    assert lines and SUMMARY.match(lines[-1]), out
    bad = [line for line in lines[:-1] if not MESSAGE.match(line)]
    assert not bad, bad


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(change=mutated())
def test_check_survives_any_mutation_of_a_real_file(fuzz_data: Path, private_caches: None,
                                                    change: tuple[str, bytes]) -> None:
    rel, raw = change
    target = fuzz_data / rel
    original = target.read_bytes()
    target.write_bytes(raw)
    try:
        started = time.monotonic()
        code, out = check_in_process(fuzz_data)
        assert time.monotonic() - started < SECONDS, f"check took too long on {rel}"
        assert_documented(code, out)
    finally:
        target.write_bytes(original)


@settings(max_examples=3, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(change=mutated())
def test_the_build_publishes_or_refuses_with_the_same_messages(fuzz_data: Path, tmp_path_factory: pytest.TempPathFactory,
                                                                change: tuple[str, bytes]) -> None:
    rel, raw = change
    target = fuzz_data / rel
    original = target.read_bytes()
    target.write_bytes(raw)
    try:
        site = tmp_path_factory.mktemp("fuzz-site")
        result = run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)], data=fuzz_data)
        assert result.code in (0, 1), result.out
        assert "Traceback" not in result.out, result.out
        if result.code == 1:
            assert "error(s) in data/:" in result.out and re.search(r"^data/\S+:\d+:\d+: error(\[[a-z-]+\])?: ", result.out, re.MULTILINE), result.out
    finally:
        target.write_bytes(original)
