#!/usr/bin/env python3
"""Verify an export of Hikeshi's audit hash chain without trusting Hikeshi.

Usage: python3 verify_audit_chain.py EXPORT.jsonl [--expect-head HASH]

The export (GET /api/v1/audit/chain/export, or `java -jar hikeshi.jar audit-export --out=FILE`) is JSON Lines:
the first line names the format and the head (position and hash of the newest entry), every further line is one
entry in chain order. Each entry's hash is SHA-256 over a length-prefixed text of its fields, see
AuditChain.hash in the sources:

    for each of seq, prevHash, organisationId, occurredAt, recordedAt, actor, actorId, action, objectType,
    objectId, summary:   "-;" when absent, else "<length>:<text>;"
    then, only when params is present: "v2;" followed by params in the same form

where <length> counts UTF-16 code units (Java's String.length()). The first entry links to 64 zeros. Entries of
another organisation ("redacted": true) carry only their position and hashes; their links are checked, their
content cannot be. With --expect-head, the head must equal a hash recorded earlier (e.g. printed by an earlier run
and kept elsewhere), which also shows that nothing was removed since.

Exit status: 0 the chain is intact, 1 it is broken (the first entry that does not fit is named), 2 unreadable.
Only the Python standard library is used.
"""
import hashlib
import json
import sys

GENESIS = "0" * 64
FIELDS = ("seq", "prevHash", "organisationId", "occurredAt", "recordedAt", "actor", "actorId", "action",
          "objectType", "objectId", "summary")


def field(value):
    if value is None:
        return "-;"
    text = str(value)
    return "%d:%s;" % (len(text.encode("utf-16-le")) // 2, text)


def entry_hash(entry):
    canonical = "".join(field(entry.get(name)) for name in FIELDS)
    if entry.get("params") is not None:
        canonical += "v2;" + field(entry["params"])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def verify(lines, expect_head=None):
    """Returns (intact, message)."""
    if not lines:
        return False, "empty export: no head line"
    head = json.loads(lines[0])
    if head.get("format") != "hikeshi-audit-chain/1":
        return False, "not a Hikeshi audit chain export (format %r)" % head.get("format")
    previous, expected_seq, checked, redacted = GENESIS, 1, 0, 0
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        entry = json.loads(line)
        seq = entry.get("seq")
        if seq != expected_seq:
            return False, "BROKEN at position %d (line %d): entry %d is missing" % (expected_seq, number, expected_seq)
        if entry.get("prevHash") != previous:
            return False, "BROKEN at position %d (line %d): its link to the previous entry does not match" % (seq, number)
        if entry.get("redacted"):
            redacted += 1
        elif entry_hash(entry) != entry.get("entryHash"):
            return False, "BROKEN at position %d (line %d): its content does not match its hash" % (seq, number)
        previous = entry.get("entryHash")
        expected_seq += 1
        checked += 1
    if checked != head.get("headSeq") or previous != head.get("headHash"):
        return False, "BROKEN after position %d: the head names position %s, entries after %d were removed" % (
            checked, head.get("headSeq"), checked)
    if expect_head is not None and expect_head != previous:
        return False, "BROKEN: the head hash %s is not the expected %s" % (previous, expect_head)
    return True, "intact: %d entries (%d of other organisations by hash only), head %d %s" % (
        checked, redacted, checked, previous)


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--expect-head")]
    expect = None
    for i, a in enumerate(argv[1:], start=1):
        if a.startswith("--expect-head="):
            expect = a.split("=", 1)[1]
        elif a == "--expect-head" and i + 1 < len(argv):
            expect = argv[i + 1]
            args.remove(argv[i + 1])
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    try:
        with open(args[0], encoding="utf-8") as export:
            lines = export.read().splitlines()
        intact, message = verify(lines, expect)
    except (OSError, ValueError) as failure:
        print("could not check: %s" % failure)
        return 2
    print(message)
    return 0 if intact else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
