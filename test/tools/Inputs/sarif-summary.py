#!/usr/bin/env python3
"""Prints a SARIF log's results one per line, related locations indented,
for FileCheck: `RULE LEVEL URI:LINE:COL MESSAGE`; each rule's descriptions
and help URI; each fix's description and replacements."""
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
    for rule in driver["rules"]:
        print("rule %s help %s" % (rule["id"], rule.get("helpUri")))
        print("  short %s" % rule.get("shortDescription", {}).get("text"))
        print("  full %s" % rule.get("fullDescription", {}).get("text"))
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
        for fix in result.get("fixes", []):
            print("  fix %s" % fix["description"]["text"])
            for change in fix["artifactChanges"]:
                artifact = change["artifactLocation"]
                for replacement in change["replacements"]:
                    region = replacement["deletedRegion"]
                    print("    replace %s:%d:%d-%d:%d with %s" % (
                        artifact["uri"], region["startLine"], region["startColumn"],
                        region["endLine"], region["endColumn"],
                        json.dumps(replacement["insertedContent"]["text"])))
