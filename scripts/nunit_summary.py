#!/usr/bin/env python3
"""nunit-console's counts from its TestResult.xml, as the test command's closing line.
Fails when no test ran.

Usage: nunit_summary.py TEST_RESULT_XML
"""

import sys
import xml.etree.ElementTree as ET

if len(sys.argv) != 2:
    sys.exit(__doc__)
r = ET.parse(sys.argv[1]).getroot()
total = int(r.get("total"))
failed = int(r.get("errors")) + int(r.get("failures")) + int(r.get("invalid", 0))
skipped = int(r.get("not-run", 0))
print(f"csharp: {total - failed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if total == 0 else 0)
