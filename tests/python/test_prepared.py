"""The fast path (docs/python.md, "The fast path"): prepared plans, parties, moments and
answers built in C++, ask and the vectorised ask_batch. Every answer must equal the part's
entry in the decision for a request for that part alone, on the allow and the deny side."""

from __future__ import annotations

import datetime
import pickle
import threading
from typing import Any

import numpy  # a test dependency (through pandas): a batch takes its arrays
import pytest

import perspectief
from perspectief import Answer, Engine, ParsedMoment, Party, PreparedPlan

from conftest import ROOT

PLAN = ROOT / "examples" / "plans" / "amsterdam-twee-kinderen-segment-c.json"
AT = "2026-04-01T10:00:00+02:00"
WORKER = {"role": "lokaal_team", "person": "btn-0412", "organisation": "Buurtteam Amsterdam Noord (fictief)"}
GEMEENTE = {"role": "gemeente", "person": "gem-77", "organisation": "Gemeente Amsterdam"}
PROVIDER = {"role": "hoofdaannemer", "person": "ajk-0931", "organisation": "90000101"}
OTHER_PROVIDER = {"role": "hoofdaannemer", "person": "pr-9", "organisation": "90000999"}
NOOR = {"role": "jeugdige", "person": "noor", "member": "noor"}


@pytest.fixture(scope="module")
def amsterdam() -> Engine:
    return Engine("amsterdam-zaanstreek")


@pytest.fixture(scope="module")
def plan(amsterdam: Engine) -> perspectief.Plan:
    return amsterdam.parse(PLAN)


@pytest.fixture(scope="module")
def prepared(amsterdam: Engine, plan: perspectief.Plan) -> PreparedPlan:
    return amsterdam.prepare(plan)


def decided(engine: Engine, plan: perspectief.Plan, party: dict[str, Any], part: str, channel: str,
            purpose: str = "uitvoering") -> dict[str, Any]:
    """The part's entry of the decision for a request for that part alone. A decision that
    denies the whole request (R-GEMEENTE, nothing involved) lists no parts and gives no reason:
    then its verdict and rules."""
    request = {"requester": party, "action": "read", "purpose": purpose, "channel": channel, "at": AT, "parts": [part]}
    decision = engine.decide(plan, request)
    if not decision.parts:
        return {"verdict": decision.decision, "rules": list(decision.rules)}
    (entry,) = decision.parts
    return {"verdict": entry.decision, "rules": list(entry.rules), "reason": entry.reason}


@pytest.mark.parametrize(
    ("party", "channel", "purpose"),
    [(WORKER, "portaal", "uitvoering"), (GEMEENTE, "portaal", "beleid"), (PROVIDER, "beveiligde_email", "uitvoering"),
     (OTHER_PROVIDER, "beveiligde_email", "uitvoering"), (NOOR, "portaal", "uitvoering")],
    ids=["worker", "gemeente", "provider", "other-provider", "jeugdige"],
)
def test_every_answer_is_the_decisions_entry_for_that_part(amsterdam, plan, prepared, party, channel, purpose):
    asker = Party.from_dict(party)
    channel_index = amsterdam.find_channel(channel)
    at = ParsedMoment(AT)
    addresses = [prepared.part_address(i) for i in range(prepared.part_count)]
    batch = prepared.ask_batch(asker, "read", purpose, range(prepared.part_count), channel_index, at)
    for i, address in enumerate(addresses):
        one = prepared.ask(asker, "read", purpose, i, channel_index, at)
        assert one == batch[i]
        expected = decided(amsterdam, plan, party, address, channel, purpose)
        assert {key: one.to_dict()[key] for key in expected} == expected, address


def test_the_allow_and_the_deny_side(amsterdam, prepared):
    portaal, email = amsterdam.find_channel("portaal"), amsterdam.find_channel("beveiligde_email")
    angst = prepared.find_part("children/noor/results/r-noor-angst")
    daan = prepared.find_part("children/daan/results/r-daan-klas")
    worker = prepared.ask(Party.from_dict(WORKER), "read", "uitvoering", angst, portaal, AT)
    assert worker.allowed and worker.verdict == "allow" and worker.rules == ("R-LT-INVOLVED",)
    gemeente = prepared.ask(Party.from_dict(GEMEENTE), "read", "beleid", angst, portaal, AT)
    assert not gemeente.allowed and gemeente.verdict == "deny" and "R-GEMEENTE" in gemeente.rules
    provider = Party.from_dict(PROVIDER)
    assert prepared.ask(provider, "read", "uitvoering", angst, email, AT).reason == "toewijzing_linked"
    assert not prepared.ask(provider, "read", "uitvoering", angst, portaal, AT).allowed, "not over the portaal"
    assert not prepared.ask(Party.from_dict(OTHER_PROVIDER), "read", "uitvoering", angst, email, AT).allowed
    noor = Party.from_dict(NOOR)
    assert prepared.ask(noor, "read", "uitvoering", angst, portaal, AT).allowed
    sibling = prepared.ask(noor, "read", "uitvoering", daan, portaal, AT)
    assert not sibling.allowed and "R-MEMBER-PRIVACY" in sibling.rules
    assert repr(sibling) == f"Answer(deny, {sibling.rules!r}, {sibling.reason!r})"
    assert sibling.rule_bits and worker.rule_bits != sibling.rule_bits


def test_a_batch_alternating_parties_answers_each_as_one_question(amsterdam, prepared):
    parties = [Party.from_dict(p) for p in (WORKER, GEMEENTE, NOOR, PROVIDER)] * 3
    parts = [i % prepared.part_count for i in range(0, 5 * len(parties), 5)]
    purposes = ["uitvoering", "beleid", "uitvoering", "uitvoering"] * 3
    channel = amsterdam.find_channel("beveiligde_email")
    batch = prepared.ask_batch(parties, "read", purposes, parts, channel, AT)
    assert batch == [
        prepared.ask(party, "read", purpose, part, channel, AT) for party, purpose, part in zip(parties, purposes, parts)
    ]
    assert any(a.allowed for a in batch) and not all(a.allowed for a in batch)


def test_moments_as_text_datetime_or_parsed(prepared, amsterdam):
    worker, portaal = Party.from_dict(WORKER), amsterdam.find_channel("portaal")
    aware = datetime.datetime(2026, 4, 1, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    assert ParsedMoment(aware) == ParsedMoment(AT) and str(ParsedMoment(aware)) == AT
    assert prepared.ask(worker, "read", "uitvoering", 0, portaal, aware) == prepared.ask(worker, "read", "uitvoering", 0, portaal, AT)
    with pytest.raises(perspectief.InvalidArgumentError, match="naive"):
        ParsedMoment(datetime.datetime(2026, 4, 1, 10))
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        ParsedMoment("1 april")
    assert caught.value.pointer == ""
    assert pickle.loads(pickle.dumps(ParsedMoment(AT))) == ParsedMoment(AT)


def test_a_party_is_read_once_with_the_requests_spelling():
    provider = Party("hoofdaannemer", "ajk-0931", organisation="90000101", toewijzing="26001437")
    assert provider.to_dict() == {"role": "hoofdaannemer", "person": "ajk-0931", "organisation": "90000101",
                                  "toewijzing": "26001437"}
    assert provider == Party.from_dict(provider.to_dict()) and hash(provider) == hash(Party.from_dict(provider.to_dict()))
    assert provider.member is None and provider.organisation == "90000101"
    assert repr(provider) == "Party('hoofdaannemer', 'ajk-0931', organisation='90000101', toewijzing='26001437')"
    assert pickle.loads(pickle.dumps(provider)) == provider
    with pytest.raises(perspectief.SchemaError) as caught:
        Party.from_dict({"role": "koning", "person": "w-1"})
    assert [p.pointer for p in caught.value.problems] == ["/role"]
    with pytest.raises(perspectief.SchemaError) as caught:
        Party("ouder", "p-1", organization="typo")
    assert [p.pointer for p in caught.value.problems] == ["/organization"]
    with pytest.raises(TypeError, match="Party.from_dict"):
        Party.from_dict("lokaal_team")  # type: ignore[arg-type]


def test_bad_questions_name_their_place(amsterdam, prepared):
    worker, portaal = Party.from_dict(WORKER), amsterdam.find_channel("portaal")
    with pytest.raises(perspectief.NotFoundError, match="children/noor/results/r-nope"):
        prepared.find_part("children/noor/results/r-nope")
    with pytest.raises(perspectief.NotFoundError, match="duif"):
        amsterdam.find_channel("duif")
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.ask(worker, "read", "uitvoering", prepared.part_count, portaal, AT)
    assert [(p.code, p.pointer) for p in caught.value.problems] == [("PP-D-QUESTION", "/part")]
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.ask(worker, "lees", "uitvoering", 0, -1, AT)
    assert [p.pointer for p in caught.value.problems] == ["/action", "/channel"]
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.ask(worker, "forward", "uitvoering", 0, portaal, AT)
    assert [p.pointer for p in caught.value.problems] == ["/recipient"]
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.ask(worker, "read", "uitvoering", 0, portaal, "gisteren")
    assert caught.value.pointer == "/at"
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.ask_batch(worker, "read", "uitvoering", [0, 1, 2], portaal, [AT, AT, "gisteren"])
    assert caught.value.pointer == "/2/at"
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.ask_batch(worker, "read", "uitvoering", [0, 1, 99999], portaal, AT)
    assert [p.pointer for p in caught.value.problems] == ["/2/part"]
    with pytest.raises(perspectief.InvalidArgumentError, match="part has 3 values"):
        prepared.ask_batch([worker, worker], "read", "uitvoering", [0, 1, 2], portaal, AT)
    with pytest.raises(TypeError, match="Party"):
        prepared.ask(WORKER, "read", "uitvoering", 0, portaal, AT)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="find_part"):
        prepared.ask(worker, "read", "uitvoering", "header", portaal, AT)  # type: ignore[arg-type]
    assert prepared.ask_batch(worker, "read", "uitvoering", [], portaal, AT) == []


def test_a_batch_takes_parts_as_any_sequence_of_indexes(amsterdam, prepared):
    worker, portaal = Party.from_dict(WORKER), amsterdam.find_channel("portaal")
    as_list = prepared.ask_batch(worker, "read", "uitvoering", [0, 1, 2], portaal, AT)
    assert prepared.ask_batch(worker, "read", "uitvoering", numpy.arange(3), portaal, AT) == as_list
    assert prepared.ask_batch(worker, "read", "uitvoering", range(3), portaal, AT) == as_list
    assert prepared.ask_batch(worker, "read", "uitvoering", numpy.int64(1), portaal, AT) == as_list[1:2]


def test_decide_and_view_on_a_prepared_plan_equal_those_on_the_plan(amsterdam, plan, prepared):
    request = {"requester": PROVIDER, "action": "read", "purpose": "uitvoering", "channel": "beveiligde_email",
               "at": AT, "parts": ["children/noor"]}
    assert prepared.decide(request) == amsterdam.decide(plan, request)
    assert prepared.view(request).to_dict() == amsterdam.view(plan, request).to_dict()
    with pytest.raises(perspectief.SchemaError):
        prepared.decide(dict(request, channel="duif"))


def test_closed_handles(amsterdam, plan):
    engine = Engine("amsterdam-zaanstreek")
    with engine.prepare(engine.parse(PLAN)) as prepared:
        engine.close()  # the prepared plan keeps what it needs
        assert prepared.part_count > 10 and repr(prepared).startswith("<PreparedPlan parts=")
        assert prepared.ask(Party.from_dict(WORKER), "read", "uitvoering", 0, 0, AT).verdict in ("allow", "deny")
    assert prepared.closed and repr(prepared) == "<PreparedPlan (closed)>"
    for use in (lambda: prepared.part_count, lambda: prepared.find_part("header"),
                lambda: prepared.ask(Party.from_dict(WORKER), "read", "uitvoering", 0, 0, AT),
                lambda: prepared.decide({})):
        with pytest.raises(perspectief.StateError):
            use()
    with pytest.raises(perspectief.StateError):
        engine.prepare(plan)
    with pytest.raises(perspectief.StateError):
        engine.find_channel("portaal")


def test_many_threads_share_one_prepared_plan(amsterdam, prepared):
    worker, portaal = Party.from_dict(WORKER), amsterdam.find_channel("portaal")
    expected = prepared.ask_batch(worker, "read", "uitvoering", range(prepared.part_count), portaal, AT)
    results: list[list[Answer]] = []

    def ask_all() -> None:
        for _ in range(50):
            results.append(prepared.ask_batch(worker, "read", "uitvoering", range(prepared.part_count), portaal, AT))

    threads = [threading.Thread(target=ask_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 200 and all(r == expected for r in results)
