#!/usr/bin/env python3
"""The tests of the last build by level (unit, web slice, data slice, application, browser): how many tests, in how
many classes, and the time they took, read from Surefire's reports in target/surefire-reports. A class's level is the
annotation on it (or on its enclosing class); a class with none is a unit test. Used for the table in docs/QUALITY.md."""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

LEVELS = [("Browser", "@BrowserTest"), ("Application", "@WebTest"), ("Application", '@Tag("application")'),
          ("Slice: web", "@WebSliceTest"), ("Slice: database", "@CatalogueDataTest")]
ORDER = ["Unit", "Slice: web", "Slice: database", "Application", "Browser"]


def level(class_name):
    source = os.path.join("src/test/java", class_name.split("$")[0].replace(".", "/") + ".java")
    try:
        text = open(source, encoding="utf-8").read()
    except OSError:
        return "Unit"
    for name, marker in LEVELS:
        if re.search(re.escape(marker) + (r"\b" if marker[-1].isalnum() else ""), text):
            return name
    return "Unit"


totals = {name: [0, set(), 0.0, 0] for name in ORDER}
for report in glob.glob("target/surefire-reports/TEST-*.xml"):
    suite = ET.parse(report).getroot()
    name = suite.get("name")
    row = totals[level(name)]
    row[0] += int(suite.get("tests")) - int(suite.get("skipped", 0))
    row[1].add(name.split("$")[0])
    row[2] += float(suite.get("time", 0))
    row[3] += int(suite.get("skipped", 0))
if not any(row[0] for row in totals.values()):
    sys.exit("No Surefire reports in target/surefire-reports: run ./mvnw verify first.")
print("| Level | Tests run | Classes | Time in tests |")
print("|---|---:|---:|---:|")
for name in ORDER:
    tests, classes, seconds, skipped = totals[name]
    note = f" ({skipped} skipped)" if skipped else ""
    print(f"| {name} | {tests}{note} | {len(classes)} | {seconds:.0f} s |")
