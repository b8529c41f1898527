#!/usr/bin/env python3
"""Surefire's counts, summed over its reports (with -q Maven prints none on success), as the
test command's closing line. Fails when no test ran.

Usage: surefire_summary.py REPORTS_DIR
"""

import glob
import sys
import xml.etree.ElementTree as ET

if len(sys.argv) != 2:
    sys.exit(__doc__)
tests = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/TEST-*.xml"):
    s = ET.parse(f).getroot()
    tests += int(s.get("tests", 0))
    skipped += int(s.get("skipped", 0))
    failed += int(s.get("failures", 0)) + int(s.get("errors", 0))
print(f"java (JUnit 5): Tests run: {tests}, Failures: {failed}, Skipped: {skipped}")
print(f"java: {tests - failed - skipped} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if tests == 0 else 0)
