"""Prepared parties (docs/python.md, "The fast path"): a party of a prepared plan at one
moment, resolved once. Every answer must be the one PreparedPlan.ask gives for that party
at that moment, on the allow and the deny side, for the party and moment it was made
with (never another's); every refusal names its code and place."""

from __future__ import annotations

import datetime
import gc
import threading

import pytest

import perspectief
from perspectief import Answer, Engine, ParsedMoment, Party, PreparedParty, PreparedPlan

from test_prepared import AT, GEMEENTE, NOOR, OTHER_PROVIDER, PLAN, PROVIDER, WORKER

#: After the provider's toewijzing ended: only the part the family consented to still reaches it.
LATER = "2026-08-03T10:00:00+02:00"
PARTIES = {"worker": WORKER, "gemeente": GEMEENTE, "provider": PROVIDER, "other-provider": OTHER_PROVIDER,
           "jeugdige": NOOR}
TOPICS = [(action, purpose) for action in ("read", "store", "amend")
          for purpose in ("uitvoering", "beleid", "veiligheid")]


@pytest.fixture(scope="module")
def amsterdam() -> Engine:
    return Engine("amsterdam-zaanstreek")


@pytest.fixture(scope="module")
def prepared(amsterdam: Engine) -> PreparedPlan:
    return amsterdam.prepare(amsterdam.parse(PLAN))


@pytest.fixture(scope="module")
def channels(amsterdam: Engine) -> list[int]:
    return [amsterdam.find_channel("portaal"), amsterdam.find_channel("beveiligde_email")]


def answers_of(prepared: PreparedPlan, asking: PreparedParty, channels: list[int]) -> list[Answer]:
    """The prepared party's answer to every question of TOPICS about every part over each channel."""
    return [asking.ask(action, purpose, part, channel) for action, purpose in TOPICS
            for part in range(prepared.part_count) for channel in channels]


def questions_of(prepared: PreparedPlan, party: Party, at: str, channels: list[int]) -> list[Answer]:
    """The same questions, asked of the prepared plan with the party and the moment."""
    return [prepared.ask(party, action, purpose, part, channel, at) for action, purpose in TOPICS
            for part in range(prepared.part_count) for channel in channels]


@pytest.mark.parametrize("name", list(PARTIES))
@pytest.mark.parametrize("at", [AT, LATER])
def test_every_answer_is_the_questions(prepared, channels, name, at):
    party = Party.from_dict(PARTIES[name])
    with prepared.party(party, at) as asking:
        assert answers_of(prepared, asking, channels) == questions_of(prepared, party, at, channels)


def test_the_allow_and_the_deny_side(amsterdam, prepared):
    email = amsterdam.find_channel("beveiligde_email")
    angst = prepared.find_part("children/noor/results/r-noor-angst")
    provider = prepared.party(Party.from_dict(PROVIDER), AT)
    allowed = provider.ask("read", "uitvoering", angst, email)
    assert allowed.allowed and allowed.rules == ("R-SHARE-HOOFDAANNEMER",) and allowed.reason == "toewijzing_linked"
    denied = provider.ask("read", "uitvoering", prepared.find_part("family_part/personal/emre"), email)
    assert not denied.allowed and denied.verdict == "deny" and denied.reason == "member_privacy"


def test_each_answers_for_its_own_party_and_moment_only(amsterdam, prepared, channels):
    """Prepared parties of one plan side by side: each answers as its own party at its own
    moment, so answering for another one (a shared cache, the first moment kept) fails here."""
    made = {(name, at): prepared.party(Party.from_dict(document), at)
            for name, document in PARTIES.items() for at in (AT, LATER)}
    answers = {key: answers_of(prepared, asking, channels) for key, asking in made.items()}
    for (name, at), got in answers.items():
        assert got == questions_of(prepared, Party.from_dict(PARTIES[name]), at, channels), (name, at)
    # The comparison can fail: the parties and the moments give different answers here.
    assert answers[("provider", AT)] != answers[("provider", LATER)], "standing is dated"
    assert len({tuple(a) for a in answers.values()}) >= len(PARTIES) + 1
    email = amsterdam.find_channel("beveiligde_email")
    angst = prepared.find_part("children/noor/results/r-noor-angst")
    assert made[("provider", AT)].ask("read", "uitvoering", angst, email).allowed
    assert not made[("provider", LATER)].ask("read", "uitvoering", angst, email).allowed


def test_moments_as_text_datetime_or_parsed(prepared, channels):
    worker = Party.from_dict(WORKER)
    aware = datetime.datetime(2026, 4, 1, 10, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    expected = answers_of(prepared, prepared.party(worker, AT), channels)
    assert answers_of(prepared, prepared.party(worker, aware), channels) == expected
    assert answers_of(prepared, prepared.party(worker, ParsedMoment(AT)), channels) == expected


def test_every_refusal_names_its_code_and_place(amsterdam, prepared):
    worker, portaal = prepared.party(Party.from_dict(WORKER), AT), amsterdam.find_channel("portaal")

    def refused(*question: object) -> list[tuple[str, str]]:
        with pytest.raises(perspectief.InvalidArgumentError) as caught:
            worker.ask(*question)  # type: ignore[arg-type]
        assert caught.value.pointer == caught.value.problems[0].pointer
        return [(p.code, p.pointer) for p in caught.value.problems]

    assert refused("forward", "uitvoering", 0, portaal) == [("PP-D-QUESTION", "/action")]
    assert refused("lees", "uitvoering", 0, portaal) == [("PP-D-QUESTION", "/action")]
    assert refused("read", "doel", 0, portaal) == [("PP-D-QUESTION", "/purpose")]
    assert refused("read", "uitvoering", prepared.part_count, portaal) == [("PP-D-QUESTION", "/part")]
    assert refused("read", "uitvoering", 0, -1) == [("PP-D-QUESTION", "/channel")]
    assert refused("read", "uitvoering", 2**70, 2**70) == [("PP-D-QUESTION", "/part"), ("PP-D-QUESTION", "/channel")]
    with pytest.raises(TypeError, match="find_part"):
        worker.ask("read", "uitvoering", "header", portaal)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'read'"):
        worker.ask(0, "uitvoering", 0, portaal)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        worker.ask("read", "uitvoering", 0)  # type: ignore[call-arg]


def test_a_party_that_cannot_ask_is_refused_when_prepared(prepared):
    with pytest.raises(perspectief.PerspectiefError) as caught:
        prepared.party(Party("lokaal_team", "\u00a0", organisation="Buurtteam"), AT)
    assert caught.value.pointer == "/requester/person"
    assert [(p.code, p.pointer) for p in caught.value.problems] == [("PP-D-PERSON", "/requester/person")]
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        prepared.party(Party.from_dict(WORKER), "gisteren")
    assert caught.value.pointer == "/at"
    with pytest.raises(perspectief.InvalidArgumentError, match="naive"):
        prepared.party(Party.from_dict(WORKER), datetime.datetime(2026, 4, 1, 10))
    with pytest.raises(TypeError, match="Party"):
        prepared.party(WORKER, AT)  # type: ignore[arg-type]


def test_a_batch_answers_each_as_one_question(prepared, channels):
    asking = prepared.party(Party.from_dict(PROVIDER), AT)
    actions = [action for action, _ in TOPICS for _ in range(prepared.part_count)]
    purposes = [purpose for _, purpose in TOPICS for _ in range(prepared.part_count)]
    parts = list(range(prepared.part_count)) * len(TOPICS)
    for channel in channels:
        batch = asking.ask_batch(actions, purposes, parts, channel)
        assert batch == [asking.ask(a, p, part, channel) for a, p, part in zip(actions, purposes, parts)]
    every_part = asking.ask_batch("read", "uitvoering", range(prepared.part_count), channels[1])
    assert every_part == [asking.ask("read", "uitvoering", part, channels[1]) for part in range(prepared.part_count)]
    assert asking.ask_batch("read", "uitvoering", 0, channels[1]) == every_part[:1]
    assert asking.ask_batch("read", "uitvoering", [], channels[1]) == []


def test_a_batch_is_refused_whole_with_each_problem_behind_its_index(prepared, channels):
    asking = prepared.party(Party.from_dict(WORKER), AT)
    with pytest.raises(perspectief.InvalidArgumentError) as caught:
        asking.ask_batch(["read", "forward", "read"], "uitvoering", [0, 1, prepared.part_count], channels[0])
    assert caught.value.pointer == "/1/action"
    assert [(p.code, p.pointer) for p in caught.value.problems] == [
        ("PP-D-QUESTION", "/1/action"), ("PP-D-QUESTION", "/2/part")]
    with pytest.raises(perspectief.InvalidArgumentError, match="channel has 2 values and part 3"):
        asking.ask_batch("read", "uitvoering", [0, 1, 2], channels)
    with pytest.raises(TypeError, match="find_part"):
        asking.ask_batch("read", "uitvoering", ["header"], channels[0])  # type: ignore[list-item]


def test_it_outlives_the_plan_and_party_it_was_made_from(amsterdam, channels):
    engine = Engine("amsterdam-zaanstreek")
    plan_object = engine.prepare(engine.parse(PLAN))
    party = Party.from_dict(PROVIDER)
    expected = questions_of(plan_object, party, AT, channels)
    asking = plan_object.party(party, AT)
    count = plan_object.part_count
    plan_object.close()
    engine.close()
    del party, plan_object
    gc.collect()
    got = [asking.ask(action, purpose, part, channel) for action, purpose in TOPICS for part in range(count)
           for channel in channels]
    assert got == expected and repr(asking) == "<PreparedParty>"


def test_closed(prepared):
    with prepared.party(Party.from_dict(WORKER), AT) as asking:
        assert not asking.closed
    assert asking.closed and repr(asking) == "<PreparedParty (closed)>"
    with pytest.raises(perspectief.StateError, match="prepared party is closed"):
        asking.ask("read", "uitvoering", 0, 0)
    asking.close()  # idempotent
    engine = Engine("amsterdam-zaanstreek")
    closed_plan = engine.prepare(engine.parse(PLAN))
    closed_plan.close()
    with pytest.raises(perspectief.StateError, match="prepared plan is closed"):
        closed_plan.party(Party.from_dict(WORKER), AT)


def test_many_threads_share_one_prepared_party(prepared, channels):
    asking = prepared.party(Party.from_dict(PROVIDER), AT)
    expected = answers_of(prepared, asking, channels)
    results: list[list[Answer]] = []

    def ask_all() -> None:
        for _ in range(20):
            results.append(answers_of(prepared, asking, channels))

    threads = [threading.Thread(target=ask_all) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 80 and all(r == expected for r in results)
