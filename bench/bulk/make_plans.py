"""Writes N synthetic plans as JSONL for the bulk measurement (docs/performance.md, "Bulk JSONL").

The plans are the repository's example plans (examples/plans: six regions, 13-36 KB,
5-17 history events, every workflow state they reach), drawn with a fixed seed, each
line with an id of its own (also in its history), so that every run measures the same stream.
Usage: make_plans.py N OUT.jsonl [SEED]
"""

from __future__ import annotations

import json
import pathlib
import random
import sys


def main() -> int:
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 14
    root = pathlib.Path(__file__).resolve().parents[2]
    templates = []
    for path in sorted((root / "examples" / "plans").glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        text = json.dumps(plan, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        # The plan's id wherever it is (the plan, its history) is replaced per line in
        # the text, which is much faster than writing the plan anew.
        templates.append((text.split(json.dumps(plan["id"])), plan["id"]))
    pick = random.Random(seed)
    with out.open("w", encoding="utf-8") as stream:
        for number in range(count):
            parts, plan_id = pick.choice(templates)
            stream.write(f'"{plan_id}-{number:07d}"'.join(parts) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
