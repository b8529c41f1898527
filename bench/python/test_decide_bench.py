"""One sharing decision from Python, against cedarpy and pycasbin (issue #14's table).

The question set is real: every party of the Zaanstad crisis placement plan (its lokale
team, its referrer, the parent, the jeugdige, the municipality) asking to read each part of
the plan for each purpose. perspectief answers them with the region's rules. The same
answers are then written as a Cedar policy set and a Casbin policy (deny by default, one
permit per allowed question group), each parsed once, and the three must agree on every
question before anything is timed: the references decide the same table, not an easier one.

    scripts/bench python                 # this file, with the ratio table
    (the test command runs it once with --benchmark-disable: the answers are compared, nothing timed)
"""

from __future__ import annotations

import json
import pathlib
from collections import defaultdict
from typing import Any, Callable

import casbin
import cedarpy
import pytest

import perspectief

from conftest import MEANS

ROOT = pathlib.Path(__file__).resolve().parents[2]
PLAN = ROOT / "examples" / "plans" / "zaanstad-crisisplaatsing.json"
AT = "2026-04-01T10:00:00+02:00"
PURPOSES = ("uitvoering", "toewijzing", "verantwoording", "beleid")
PARTIES = (
    {"role": "lokaal_team", "person": "sbz-0231", "organisation": "Sociaal Wijkteam Zaanstad Oost (fictief)"},
    {"role": "verwijzer", "person": "huisarts-pvdl"},
    {"role": "ouder", "person": "marieke", "member": "marieke"},
    {"role": "jeugdige", "person": "milan", "member": "milan"},
    {"role": "gemeente", "person": "gem-1", "organisation": "Gemeente Zaanstad"},
)

# A round of the fast path takes well under a millisecond, shorter than a scheduler time slice on a
# loaded machine: more rounds, so that one preemption does not decide the mean.
FAST_ROUNDS = 50

CASBIN_MODEL = """
[request_definition]
r = sub, obj, act, purpose

[policy_definition]
p = sub, obj, act, purpose

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = r.sub == p.sub && r.obj == p.obj && r.act == p.act && r.purpose == p.purpose
"""


def request(party: dict[str, str], purpose: str, part: str) -> dict[str, Any]:
    return {"requester": party, "action": "read", "purpose": purpose, "channel": "portaal", "at": AT, "parts": [part]}


def cedar_string(text: str) -> str:
    return json.dumps(text)  # a JSON string literal is a Cedar string literal for these ids


class Questions:
    """The question set, perspectief's answers, and the two references built from them."""

    def __init__(self) -> None:
        self.engine = perspectief.Engine("amsterdam-zaanstreek")
        self.plan = self.engine.parse(PLAN)
        everything = self.engine.decide(
            self.plan, {**request(PARTIES[0], "uitvoering", ""), "parts": []}
        )
        self.parts = [decided.part for decided in everything.parts]
        self.asked = [(party, purpose, part) for party in PARTIES for purpose in PURPOSES for part in self.parts]
        self.requests = [request(party, purpose, part) for party, purpose, part in self.asked]
        self.answers = [decision.allowed for decision in self.engine.decide_batch(self.plan, self.requests)]

        # The fast path: the plan prepared once, each question as small values looked up once.
        self.prepared = self.engine.prepare(self.plan)
        self.channel = self.engine.find_channel("portaal")
        self.at = perspectief.ParsedMoment(AT)
        parties = {party["person"]: perspectief.Party.from_dict(party) for party in PARTIES}
        self.fast = [
            (parties[party["person"]], purpose, self.prepared.find_part(part)) for party, purpose, part in self.asked
        ]
        self.fast_columns = tuple(list(column) for column in zip(*self.fast))
        # A prepared party per user, at the moment of the questions: each question then only the
        # action, purpose, part and channel (the screen of one user).
        prepared_parties = {person: self.prepared.party(party, self.at) for person, party in parties.items()}
        self.party_fast = [
            (prepared_parties[party["person"]], purpose, part)
            for (party, _, _), (_, purpose, part) in zip(self.asked, self.fast)
        ]
        # And each user's questions as one batch (the question set is grouped by party).
        self.party_batches = [
            (me, [purpose for asker, purpose, _ in self.party_fast if asker is me],
             [part for asker, _, part in self.party_fast if asker is me])
            for me in prepared_parties.values()
        ]

        allowed: dict[tuple[str, str], list[str]] = defaultdict(list)
        for (party, purpose, part), answer in zip(self.asked, self.answers):
            if answer:
                allowed[(party["person"], purpose)].append(part)
        self.cedar_policies = cedarpy.PolicySet.from_str(
            "\n".join(
                f"permit(principal == User::{cedar_string(person)}, action == Action::\"read\", resource) when "
                f"{{ context.purpose == {cedar_string(purpose)} && "
                f"[{', '.join('Part::' + cedar_string(part) for part in parts)}].contains(resource) }};"
                for (person, purpose), parts in sorted(allowed.items())
            )
        )
        self.cedar_entities = cedarpy.Entities.from_json_str(
            json.dumps(
                [{"uid": {"type": "User", "id": party["person"]}, "attrs": {}, "parents": []} for party in PARTIES]
                + [{"uid": {"type": "Part", "id": part}, "attrs": {}, "parents": []} for part in self.parts]
            )
        )
        self.cedar_requests = [
            {
                "principal": f"User::{cedar_string(party['person'])}",
                "action": 'Action::"read"',
                "resource": f"Part::{cedar_string(part)}",
                "context": {"purpose": purpose},
            }
            for party, purpose, part in self.asked
        ]
        self.enforcer = casbin.Enforcer(self._model())
        for (person, purpose), parts in allowed.items():
            for part in parts:
                self.enforcer.add_policy(person, part, "read", purpose)
        self.casbin_requests = [(party["person"], part, "read", purpose) for party, purpose, part in self.asked]

    @staticmethod
    def _model() -> casbin.Model:
        model = casbin.Model()
        model.load_model_from_text(CASBIN_MODEL)
        return model


@pytest.fixture(scope="module")
def questions() -> Questions:
    return Questions()


def test_the_question_set_has_both_answers(questions: Questions) -> None:
    # A table of only denials (or only permits) would time nothing worth comparing.
    assert len(questions.asked) >= 200
    assert any(questions.answers) and not all(questions.answers)


def test_the_references_decide_exactly_perspectiefs_table(questions: Questions) -> None:
    cedar = [
        cedarpy.is_authorized(r, questions.cedar_policies, questions.cedar_entities).allowed
        for r in questions.cedar_requests
    ]
    casbin_answers = [questions.enforcer.enforce(*r) for r in questions.casbin_requests]
    assert cedar == questions.answers
    assert casbin_answers == questions.answers


def test_the_fast_path_answers_exactly_like_decide(questions: Questions) -> None:
    prepared, channel, at = questions.prepared, questions.channel, questions.at
    one_by_one = [
        prepared.ask(party, "read", purpose, part, channel, at).allowed for party, purpose, part in questions.fast
    ]
    parties, purposes, parts = questions.fast_columns
    batch = [answer.allowed for answer in prepared.ask_batch(parties, "read", purposes, parts, channel, at)]
    assert one_by_one == questions.answers
    assert batch == questions.answers
    by_party = [me.ask("read", purpose, part, channel).allowed for me, purpose, part in questions.party_fast]
    assert by_party == questions.answers
    batches = [a.allowed for me, purposes, parts in questions.party_batches
               for a in me.ask_batch("read", purposes, parts, channel)]
    assert batches == questions.answers


def timed(benchmark: Any, name: str, questions: Questions, run: Callable[[], Any], rounds: int = 5) -> None:
    benchmark.pedantic(run, rounds=rounds, iterations=1, warmup_rounds=1)
    if benchmark.stats is not None:  # None under --benchmark-disable: the test command's smoke run
        MEANS[name] = benchmark.stats.stats.mean / len(questions.asked)


def test_perspectief_decide(benchmark: Any, questions: Questions) -> None:
    engine, plan, requests = questions.engine, questions.plan, questions.requests
    timed(benchmark, "perspectief_decide", questions, lambda: [engine.decide(plan, r) for r in requests])


def test_perspectief_decide_batch_per_question(benchmark: Any, questions: Questions) -> None:
    engine, plan, requests = questions.engine, questions.plan, questions.requests
    timed(benchmark, "perspectief_decide_batch_per_question", questions, lambda: engine.decide_batch(plan, requests))


def test_perspectief_ask(benchmark: Any, questions: Questions) -> None:
    prepared, channel, at, fast = questions.prepared, questions.channel, questions.at, questions.fast
    ask = prepared.ask
    timed(
        benchmark,
        "perspectief_ask",
        questions,
        lambda: [ask(party, "read", purpose, part, channel, at) for party, purpose, part in fast],
        rounds=FAST_ROUNDS,
    )


def test_perspectief_party_ask(benchmark: Any, questions: Questions) -> None:
    channel, party_fast = questions.channel, questions.party_fast
    timed(
        benchmark,
        "perspectief_party_ask",
        questions,
        lambda: [me.ask("read", purpose, part, channel) for me, purpose, part in party_fast],
        rounds=FAST_ROUNDS,
    )


def test_perspectief_party_ask_batch_per_question(benchmark: Any, questions: Questions) -> None:
    channel, batches = questions.channel, questions.party_batches
    timed(
        benchmark,
        "perspectief_party_ask_batch_per_question",
        questions,
        lambda: [me.ask_batch("read", purposes, parts, channel) for me, purposes, parts in batches],
        rounds=FAST_ROUNDS,
    )


def test_perspectief_ask_batch_per_question(benchmark: Any, questions: Questions) -> None:
    prepared, channel, at = questions.prepared, questions.channel, questions.at
    parties, purposes, parts = questions.fast_columns
    timed(
        benchmark,
        "perspectief_ask_batch_per_question",
        questions,
        lambda: prepared.ask_batch(parties, "read", purposes, parts, channel, at),
        rounds=FAST_ROUNDS,
    )


def test_cedarpy_is_authorized(benchmark: Any, questions: Questions) -> None:
    policies, entities, requests = questions.cedar_policies, questions.cedar_entities, questions.cedar_requests
    timed(
        benchmark,
        "cedarpy_is_authorized",
        questions,
        lambda: [cedarpy.is_authorized(r, policies, entities) for r in requests],
    )


def test_pycasbin_enforce(benchmark: Any, questions: Questions) -> None:
    enforcer, requests = questions.enforcer, questions.casbin_requests
    timed(benchmark, "pycasbin_enforce", questions, lambda: [enforcer.enforce(*r) for r in requests])
