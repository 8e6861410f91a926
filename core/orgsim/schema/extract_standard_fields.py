#!/usr/bin/env python3
"""Transcribes the standard fields of real describe payloads into orgsim's schema.

orgsim must describe the standard objects the way Salesforce does. For the objects whose real
describe responses were recorded by public projects (../../../../shared/fixtures/salesforce,
see SOURCES.md there), this copies each standard field entry verbatim (all 57 keys) and the
object-level flags into standard/<Object>.json. Custom fields of the recorded orgs are dropped:
orgsim has its own (custom.json). Run it again only when a fixture changes:

    python3 core/orgsim/schema/extract_standard_fields.py ../shared/fixtures/salesforce
"""
import json
import os
import sys

SOURCES = {
    "Account": "nango_sobject_describe_Account_v58.json",
    "Contact": "cumulusci_sobject_describe_Contact.json",
    "Lead": "cumulusci_sobject_describe_Lead_v59.json",
    "Opportunity": "cumulusci_sobject_describe_Opportunity.json",
    "OpportunityContactRole": "cumulusci_sobject_describe_OpportunityContactRole_v48.json",
    "Event": "cumulusci_sobject_describe_Event.json",
    "Task": "nango_sobject_describe_Task_v60.json",
}
# Generated per request by orgsim (they hold URLs, ids and the org's other objects).
GENERATED_OBJECT_KEYS = {"fields", "childRelationships", "recordTypeInfos", "urls"}


def extract_limits(fixtures, schema_dir):
    """The names and maxima of an org's limits (GET /limits); orgsim fills in what remains."""
    with open(os.path.join(fixtures, "nango_limits_v60.json"), encoding="utf-8") as f:
        limits = json.load(f)
    maxima = {name: value["Max"] for name, value in limits.items()}
    with open(os.path.join(schema_dir, "limits.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "nango_limits_v60.json", "maxima": maxima}, f, indent=1, sort_keys=True)
    print(f"limits: {len(maxima)} from nango_limits_v60.json")


def main(fixtures):
    schema_dir = os.path.dirname(os.path.abspath(__file__))
    extract_limits(fixtures, schema_dir)
    out_dir = os.path.join(schema_dir, "standard")
    for name, source in SOURCES.items():
        with open(os.path.join(fixtures, source), encoding="utf-8") as f:
            describe = json.load(f)
        obj = {k: v for k, v in describe.items() if k not in GENERATED_OBJECT_KEYS}
        fields = [f for f in describe["fields"] if not f["custom"]]
        document = {"source": source, "object": obj, "fields": fields}
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, separators=(",", ":"))
        print(f"{name}: {len(fields)} standard fields from {source}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/fixtures/salesforce")
