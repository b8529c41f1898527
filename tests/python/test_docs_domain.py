"""docs/domain.md explains every rule id the library uses: an id that appears in
a region profile or in the core's sources has its meaning in the domain
reference, so that an error, a decision or a log record that names it can be
looked up in the repository.
"""

from __future__ import annotations

import re

from conftest import ROOT

RULE_ID = re.compile(r"\bR-[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\b")


def rule_ids_used() -> dict[str, str]:
    """Each rule id in profiles/ and src/, with one file that uses it."""
    used: dict[str, str] = {}
    files = sorted((ROOT / "profiles").glob("*.json")) + sorted(
        p for p in (ROOT / "src").rglob("*") if p.suffix in {".cpp", ".hpp"}
    )
    for path in files:
        for rule in RULE_ID.findall(path.read_text(encoding="utf-8")):
            used.setdefault(rule, path.relative_to(ROOT).as_posix())
    return used


def test_the_core_and_the_profiles_use_rule_ids():
    assert {"R-OWNER", "R-SEG-C-AKKOORD", "R-DEFAULT-DENY"} <= rule_ids_used().keys()


def test_every_rule_id_in_use_is_explained_in_docs_domain_md():
    explained = set(RULE_ID.findall((ROOT / "docs" / "domain.md").read_text(encoding="utf-8")))
    missing = {rule: where for rule, where in rule_ids_used().items() if rule not in explained}
    assert missing == {}, "add these rule ids, with their meaning, to docs/domain.md"


# A source document's number, as the sources cite them in comments: "(000)", "(002,
# 004)", "004 stap 3". Users do not have those documents; messages name rule ids and
# describe the step in words instead.
SOURCE_NUMBER = re.compile(r"\b00[0-4]\b(?:\s+(?:stap|step)\s+\d)?")
STRING_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def message_literals_citing_source_numbers() -> list[str]:
    found = []
    for path in sorted(p for p in (ROOT / "src").rglob("*") if p.suffix in {".cpp", ".hpp"}):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.lstrip().startswith("//"):
                continue
            code = line.split(" // ")[0]
            for literal in STRING_LITERAL.findall(code):
                if SOURCE_NUMBER.search(literal) and " " in literal:  # a sentence, not an id or a code
                    found.append(f"{path.relative_to(ROOT)}:{number}: {literal}")
    return found


def test_messages_carry_no_source_document_numbers():
    assert message_literals_citing_source_numbers() == []


def test_the_check_finds_a_source_number_in_a_message():
    assert SOURCE_NUMBER.search("in segment C is een plan nodig (000)")
    assert SOURCE_NUMBER.search("kies een aanbieder (004 stap 3)")
    assert not SOURCE_NUMBER.search("toewijzing T-2026-0001 loopt")


def test_profile_texts_shown_to_users_carry_no_source_document_numbers():
    """Labels and the regie matrix's basis (every {"nl", "en"} text of a profile) reach users."""
    import json

    found = []

    def walk(value, where):
        if isinstance(value, dict):
            if set(value) == {"nl", "en"}:
                found.extend(f"{where}: {t}" for t in value.values() if SOURCE_NUMBER.search(t))
            for key, item in value.items():
                walk(item, f"{where}/{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{where}/{i}")

    for path in sorted((ROOT / "profiles").glob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
    assert found == []
