"""A walk through the perspectief Python API, on a fictional family.

Run it from anywhere after `pip install .`::

    python examples/python/walkthrough.py

Each step prints what it did; docs/python.md explains every call.
"""

from __future__ import annotations

import json
import pathlib
import pickle
import tempfile

import perspectief

ROOT = pathlib.Path(__file__).resolve().parents[2]
FAMILY = ROOT / "examples" / "families" / "amsterdam-twee-kinderen-segment-c.json"
AT = "2026-03-02T09:30:00+01:00"


def step(title: str) -> None:
    print(f"\n== {title}")


def main() -> None:
    step("Profiles and engines")
    for info in perspectief.Engine.profiles():
        print(f"  {info.id:24} {info.name_nl} (seeds {', '.join(info.seeds)})")
    engine = perspectief.Engine("amsterdam-zaanstreek")
    print(" ", engine, "local choices:", engine.local_choices)

    step("A plan: parse, typed parts, dict access, canonical JSON")
    document = engine.parse(FAMILY)
    # A plan lives in the workflow from its genesis event on: plan_aanmaken with
    # the plan's initial content, so that its history alone can rebuild it.
    # Only those assigned to the case act on it (R-STANDING): the genesis payload
    # names the lokale-team worker who will work with the family.
    content = engine.initial_content(document)
    content["assignments"] = [{"role": "lokaal_team", "person": "lt-0042"}]
    plan = engine.create({
        "event": "plan_aanmaken",
        "actor": {"role": "lokaal_team", "person": "lt-0042", "name": "Anouk de Wit"},
        "at": "2026-03-01T10:00:00+01:00",
        "reason": "intake met het gezin",
        "payload": content,
    })
    print(" ", plan, "created from", document)
    print("  members:", ", ".join(f"{m.id} ({m.role})" for m in plan.members))
    for child in plan.children:
        support = child.ondersteuningsprofiel
        print(f"  jeugdige {child.jeugdige}: {len(child.results)} results, profiel {support.code if support else '-'}")
    print("  status via dict access:", plan["status"], "| first segment via pointer:", plan.at("/children/0/segment"))
    print("  canonical JSON:", len(plan.to_json()), "bytes; stable:", perspectief.Plan.parse(plan.to_json()) == plan)

    step("Validation")
    problems = engine.validate(plan)
    print(f"  {len(problems)} problem(s)")
    for problem in problems[:5]:
        print("   ", problem)

    step("Errors carry code, pointer and every problem")
    broken = plan.to_dict()
    del broken["family"]
    broken["version"] = "twee"
    try:
        engine.parse(broken)
    except perspectief.SchemaError as error:
        print(f"  {error.code_name} ({error.code}): {len(error.problems)} problems")
        for problem in error.problems:
            print(f"    {problem.pointer}: {problem.message_nl}")

    step("Workflow: what may the lokale team do now?")
    actor = {"role": "lokaal_team", "person": "lt-0042", "name": "Anouk de Wit",
             "organisation": "Buurtteam Amsterdam-Oost"}
    options = engine.available_events(plan, actor, AT)
    for option in options:
        if option.allowed:
            print(f"  allowed: {option.event} -> {option.to_state}{' (needs a payload)' if option.needs_payload else ''}")
    steps = [{"event": name, "actor": actor, "at": at} for name, at in (
        ("vraagverheldering_starten", "2026-03-02T09:30:00+01:00"),
        ("vraag_duiden", "2026-03-09T14:00:00+01:00"),
    )]
    moved = engine.apply_all(plan, steps)
    print(f"  after {len(steps)} events: status {moved.status}, history {[h.event for h in moved.history]}")
    print("  replay from history equals the plan:", engine.replay(moved) == moved)
    try:
        engine.apply(moved, {"event": "hulp_starten", "actor": actor, "at": "2026-03-10T09:00:00+01:00"})
    except perspectief.RejectedError as error:
        rules = f" ({', '.join(error.rules)})" if error.rules else ""
        print(f"  hulp_starten refused{rules}:")
        for problem in error.problems[:3]:
            print(f"    {problem.code}: {problem.message_en}")
    for deadline in engine.deadlines(moved, "2026-03-10T09:00:00+01:00"):
        print(f"  deadline {deadline.kind} ({deadline.rule}) due {deadline.due}: {deadline.status}")

    step("Diagram")
    print("  " + "\n  ".join(engine.diagram("mermaid").splitlines()[:4]) + "\n  ...")

    step("Sharing: decisions, views, the disclosure record")
    mother = {"requester": {"role": "ouder", "person": "lotte", "member": "lotte"},
              "action": "read", "purpose": "uitvoering", "channel": "portaal", "at": AT}
    municipality = {"requester": {"role": "gemeente", "person": "gem-7", "organisation": "Gemeente Amsterdam"},
                    "action": "read", "purpose": "beleid", "channel": "portaal", "at": AT}
    for name, request in (("mother", mother), ("municipality", municipality)):
        decision = engine.decide(plan, request)
        print(f"  {name}: {decision.decision} by {', '.join(decision.rules)} — {decision.explanation_en}")
    view = engine.view(plan, mother)
    print(f"  the mother's view has {len(view.decision.allowed_parts)} parts;"
          f" disclosure record: {view.disclosure.event if view.disclosure else None}"
          f" for {view.disclosure.members if view.disclosure else ()}")
    batch = engine.decide_batch(plan, [mother, municipality])
    print("  batch:", [d.decision for d in batch])

    step("Records for tables")
    for kind in perspectief.RECORD_KINDS:
        rows = engine.records(moved, kind)
        print(f"  {kind}: {len(rows)} rows, columns {perspectief.record_columns(kind)[:6]}...")
    try:
        frame = engine.records(plan, "results").to_pandas()   # typed columns (docs/python.md, "Records")
        print("  pandas: results by framework\n   ", frame.groupby("framework").size().to_dict())
    except ImportError:
        print("  (pandas is not installed; records are plain dicts)")

    step("Pickling (Dask, Spark) and JSONL streaming")
    engine_copy = pickle.loads(pickle.dumps(engine))
    plan_copy = pickle.loads(pickle.dumps(plan))
    print("  engine pickles to", len(pickle.dumps(engine)), "bytes; plan round trip equal:", plan_copy == plan,
          "| validation the same:", engine_copy.validate(plan_copy) == problems)
    with tempfile.TemporaryDirectory() as scratch:
        jsonl = pathlib.Path(scratch) / "plans.jsonl"
        families = sorted((ROOT / "examples" / "families").glob("*.json"))
        lines = [json.dumps(json.loads(p.read_text(encoding="utf-8"))) for p in families]
        lines.insert(2, '{"id": "kapot"')
        jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
        # The families come from several regions: Engines gives each plan its own profile's engine.
        with perspectief.Engines() as engines:
            results = list(perspectief.validate_jsonl(jsonl, engine=engines, workers=2))
        for item in results:
            outcome = f"{len(item.unwrap())} problems" if item.ok else f"error: {item.error}"
            print(f"  line {item.line} {item.plan_id or '':28} {outcome}")

    step("Closing")
    with perspectief.Engine("flevoland") as scoped:
        print("  inside the block:", scoped)
    print("  after the block:", scoped)
    print("\nwalkthrough complete")


if __name__ == "__main__":
    main()
