#!/usr/bin/env python3
"""Prints a SARIF log's results one per line, related locations indented,
for FileCheck: `RULE LEVEL URI:LINE:COL MESSAGE`."""
import json
import sys


def where(location):
    physical = location["physicalLocation"]
    region = physical["region"]
    artifact = physical["artifactLocation"]
    base = "%" + artifact["uriBaseId"] + "%/" if "uriBaseId" in artifact else ""
    return "%s%s:%d:%d" % (base, artifact["uri"], region["startLine"], region["startColumn"])


with open(sys.argv[1]) as f:
    log = json.load(f)
for run in log["runs"]:
    driver = run["tool"]["driver"]
    print("tool %s %s rules %s" % (driver["name"], driver.get("version", "?"),
                                   ",".join(r["id"] for r in driver["rules"])))
    print("SRCROOT %s" % run["originalUriBaseIds"]["SRCROOT"]["uri"])
    for invocation in run["invocations"]:
        print("executionSuccessful %s" % invocation["executionSuccessful"])
        for note in invocation["toolExecutionNotifications"]:
            print("notification %s %s" % (note["level"], note["message"]["text"]))
    for result in run["results"]:
        rule = driver["rules"][result["ruleIndex"]]["id"]
        assert rule == result["ruleId"], "ruleIndex points at another rule"
        print("result %s %s %s %s" % (result["ruleId"], result["level"],
                                      where(result["locations"][0]), result["message"]["text"]))
        for related in result.get("relatedLocations", []):
            print("  related %d %s %s" % (related["id"], where(related), related["message"]["text"]))
