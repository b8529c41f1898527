"""The dossier store from Python (docs/store.md): a plan's whole life through the
store, the log, signatures, tampering, destruction and the dossier package."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

import perspectief
from perspectief import Engine, SigningKey, Store

from conftest import ROOT

SCENARIO = json.loads((ROOT / "examples" / "scenarios" / "amsterdam-twee-kinderen-segment-c.json").read_text("utf-8"))
FAMILY = json.loads((ROOT / SCENARIO["family"]).read_text("utf-8"))
PLAN_ID = FAMILY["id"]
GEMEENTE = {
    "requester": {"role": "gemeente", "person": "gem-01", "organisation": "Gemeente Amsterdam"},
    "action": "read",
    "purpose": "beleid",
    "channel": "portaal",
    "at": "2026-03-02T09:30:00+01:00",
}


def scenario_events() -> list[dict]:
    events = [dict(e) for e in SCENARIO["events"]]
    events[0]["payload"] = perspectief.initial_content(FAMILY)  # the scenario omits nothing
    return events


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine("amsterdam-zaanstreek")


@pytest.fixture
def lived(engine, tmp_path) -> Store:
    """A store file holding the whole scenario."""
    store = Store(tmp_path / "dossiers.db")
    events = scenario_events()
    store.create_plan(engine, events[0])
    for event in events[1:]:
        store.apply(engine, PLAN_ID, event)
    yield store
    store.close()


def test_whole_life_verifies_and_keeps_the_fixed_version(engine, lived):
    plan = lived.get(engine, PLAN_ID)
    assert plan["history"][-1]["event"] == SCENARIO["events"][-1]["event"]
    kinds = [row["kind"] for row in lived.rows(PLAN_ID, "history")]
    assert kinds.count("event") == len(SCENARIO["events"])
    assert kinds.count("fixed_version") == len(plan["versions"])
    version = plan["versions"][0]["version"]
    fixed = json.loads(lived.fixed_version(PLAN_ID, version))
    assert fixed["version"] == version and fixed != plan.to_dict()
    assert lived.consents(PLAN_ID) == plan.to_dict().get("consents", [])
    report = lived.verify()
    assert report["ok"], report["problems"]
    assert len(report["head"]) == 64 and PLAN_ID in report["heads"]


def test_refused_event_stores_nothing(engine, lived):
    before = len(lived.rows(PLAN_ID, "history"))
    with pytest.raises(perspectief.RejectedError):
        lived.apply(engine, PLAN_ID, scenario_events()[1])  # vraagverheldering again, long after
    assert len(lived.rows(PLAN_ID, "history")) == before
    with pytest.raises(perspectief.NotFoundError):
        lived.get(engine, "no-such-plan")


def test_views_are_logged_and_akkoord_evidence_is_checked(engine, lived):
    view = lived.view(engine, PLAN_ID, GEMEENTE)
    assert view.disclosure is None and view.refusal is not None
    (row,) = lived.rows(PLAN_ID, "log")
    assert row["kind"] == "refusal" and row["content"]["user"]["person"] == "gem-01"
    version = lived.get(engine, PLAN_ID)["versions"][0]["version"]
    evidence = lived.record_akkoord(
        PLAN_ID, {"person": "lotte", "version": version, "method": "digid_midden", "at": "2026-02-25T19:00:10+01:00"}
    )
    assert evidence["by"]["role"] == "ouder"
    with pytest.raises(perspectief.ValidationError) as refused:
        lived.record_akkoord(
            PLAN_ID, {"person": "emre", "version": version, "method": "digid_midden", "at": "2026-02-25T19:00:10+01:00"}
        )
    assert refused.value.pointer == "/person"


def test_signature_and_tampering(engine, lived, tmp_path):
    key = SigningKey.from_seed("ab" * 32)
    assert "secret" not in repr(key)
    version = lived.get(engine, PLAN_ID)["versions"][0]["version"]
    lived.sign_version(PLAN_ID, version, key, signer="btn-0412", at="2026-02-26T09:05:00+01:00")
    kept = lived.verify(trusted_keys=[key.public_key])
    assert kept["ok"]
    assert not lived.verify(trusted_keys=[SigningKey.generate().public_key])["ok"]
    lived.close()
    # An attacker with the file: drop the triggers and rewrite an old event.
    db = sqlite3.connect(tmp_path / "dossiers.db")
    db.executescript(
        "DROP TRIGGER history_no_update;"
        "UPDATE history SET content = replace(content, 'btn-0412', 'btn-9999') WHERE seq = 2;"
    )
    db.commit()
    db.close()
    with Store(tmp_path / "dossiers.db", create=False) as reopened:
        report = reopened.verify(expected_heads=kept["heads"])
        assert not report["ok"]
        first = report["problems"][0]
        assert (first["table"], first["seq"], first["problem"]) == ("history", 2, "content")


def test_package_moves_to_another_store_and_tampering_is_refused(engine, lived):
    package = lived.export(PLAN_ID)
    assert Store.verify_package(package)["ok"]
    with Store.in_memory() as elsewhere:
        assert elsewhere.import_package(package) == PLAN_ID
        assert elsewhere.verify()["head"] == lived.verify()["head"]
        with pytest.raises(perspectief.StateError):
            elsewhere.import_package(package)
    changed = json.loads(package)
    changed["log"] = []
    changed["history"][0]["content"]["entry"]["actor"]["person"] = "someone-else"
    assert not Store.verify_package(json.dumps(changed))["ok"]
    with Store.in_memory() as elsewhere:
        with pytest.raises(perspectief.ValidationError):
            elsewhere.import_package(json.dumps(changed))
        assert elsewhere.plans() == []


def test_retention_and_destruction(engine, lived):
    (entry,) = lived.retention("2030-01-01T00:00:00+01:00")
    assert entry["retain_until"] == "2046-07-01" and not entry["due"]
    with pytest.raises(perspectief.StateError):
        lived.destroy(
            PLAN_ID,
            {"requested_by": {"person": "btn-0412"}, "at": "2030-01-01T10:00:00+01:00", "basis": "bewaartermijn"},
        )
    record = lived.destroy(
        PLAN_ID, {"requested_by": {"person": "lotte", "role": "ouder"}, "at": "2030-01-01T10:00:00+01:00", "basis": "verzoek"}
    )
    assert record["basis"] == "verzoek"
    with pytest.raises(perspectief.StateError):
        lived.get(engine, PLAN_ID)
    assert all(row["content"] is None for row in lived.rows(PLAN_ID, "history"))
    assert lived.rows(PLAN_ID, "log")[-1]["kind"] == "destruction"
    assert lived.verify()["ok"]


def test_consents_and_rows_refuse_what_is_not_there(engine, lived):
    with pytest.raises(perspectief.NotFoundError):
        lived.consents("no-such-plan")
    with pytest.raises(perspectief.InvalidArgumentError):
        lived.rows(PLAN_ID, "ledger")
    lived.destroy(
        PLAN_ID, {"requested_by": {"person": "lotte", "role": "ouder"}, "at": "2030-01-01T10:00:00+01:00", "basis": "verzoek"}
    )
    with pytest.raises(perspectief.StateError, match="destroyed"):
        lived.consents(PLAN_ID)


def test_the_in_memory_path_is_a_new_store_each_time(engine, tmp_path, monkeypatch):
    # ":memory:" is C's PP_STORE_IN_MEMORY; Store.in_memory() is the same store. Neither
    # writes a file, also without create; "./:memory:" is a file of that name.
    monkeypatch.chdir(tmp_path)
    with Store(":memory:", create=False) as first, Store.in_memory() as second:
        first.create_plan(engine, scenario_events()[0])
        assert first.plans() == [PLAN_ID] and second.plans() == []
        consents = first.consents(PLAN_ID)
        assert consents and consents == first.get(engine, PLAN_ID).to_dict()["consents"]
    assert list(tmp_path.iterdir()) == []
    with Store("./:memory:") as in_a_file:
        assert in_a_file.plans() == []
    assert (tmp_path / ":memory:").is_file()


def test_bad_files_and_closed_store(tmp_path):
    (tmp_path / "random.db").write_bytes(bytes(range(256)) * 10)
    with pytest.raises(perspectief.IoError):
        Store(tmp_path / "random.db")
    with pytest.raises(perspectief.NotFoundError):
        Store(tmp_path / "missing.db", create=False)
    foreign = sqlite3.connect(tmp_path / "foreign.db")
    foreign.execute("CREATE TABLE t (x)")
    foreign.close()
    with pytest.raises(perspectief.StateError):
        Store(tmp_path / "foreign.db")
    store = Store(tmp_path / "ok.db")
    with store:
        assert store.plans() == []
    assert store.closed
    with pytest.raises(perspectief.StateError):
        store.plans()
    with pytest.raises(perspectief.StateError):
        store.consents(PLAN_ID)
    assert perspectief.STORE_SCHEMA_VERSION >= 1


def _record(person: str) -> dict:
    return {
        "format": "perspectief/disclosure@1",
        "outcome": "released",
        "event": "read",
        "at": "2026-03-02T09:30:00+01:00",
        "client": {"plan": PLAN_ID, "plan_version": 1, "members": [], "family": True},
        "user": {"person": person, "role": "lokaal_team"},
        "responsible_user": person,
        "channel": "portaal",
        "objects": ["header"],
        "purpose": "uitvoering",
        "rules": ["R-LT-INVOLVED"],
        "break_glass": False,
    }


def test_two_processes_lose_no_record(engine, tmp_path):
    path = str(tmp_path / "shared.db")
    with Store(path) as store:
        store.create_plan(engine, scenario_events()[0])
    # Two separate Python processes, each appending 40 records in 40 transactions.
    program = (
        "import json, sys, perspectief\n"
        "path, writer, record = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])\n"
        "with perspectief.Store(path, create=False) as store:\n"
        "    for n in range(40):\n"
        "        record['user']['person'] = f'w{writer}-{n}'\n"
        "        store.log(record['client']['plan'], record)\n"
    )
    writers = [
        subprocess.Popen([sys.executable, "-c", program, path, str(w), json.dumps(_record("x"))]) for w in range(2)
    ]
    for process in writers:
        assert process.wait(60) == 0
    with Store(path, create=False) as store:
        persons = {row["content"]["user"]["person"] for row in store.rows(PLAN_ID, "log")}
        assert len(persons) == 80
        assert store.verify()["ok"]


def test_the_extension_does_not_load_openssl():
    # Hashing and signing use libsodium (issue #15): no binary of perspectief needs OpenSSL.
    import shutil

    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("no ldd on this system")
    loaded = subprocess.run([ldd, perspectief._core.__file__], capture_output=True, text=True, check=True).stdout
    assert "libcrypto" not in loaded and "libssl" not in loaded, loaded
    # ldd did read the module's needs. libsodium is one of them in the host build; the release
    # wheels link it in (docs/release.md), and so need only glibc's libraries.
    assert "libc.so.6" in loaded, loaded
