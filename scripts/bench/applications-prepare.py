#!/usr/bin/env python3
"""Prepares the applications benchmark: a demo citizen's API token and N drafts with every answer
saved (ICRA-QBA-0002), and a signed-in Quba operator's session cookie for the office queue."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402
import requests  # noqa: E402
from concurrent.futures import ThreadPoolExecutor  # noqa: E402

base, creds_file, count, work = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
creds = {}
for line in open(creds_file, encoding="utf-8"):
    m = re.search(r"FIN (\w{7})\s+e-mail (\S+)\s+password (\S+)(?:\s+TOTP secret (\w+))?", line)
    if m:
        creds[m.group(1)] = {"password": m.group(3), "totp": m.group(4)}

for attempt in range(3):
    citizen = portal.Client(base)
    citizen.sign_in("5VBK5VR", creds["5VBK5VR"]["password"])
    try:
        token = citizen.create_token(creds["5VBK5VR"]["password"], ["applications:read", "applications:write"])
        break
    except RuntimeError as error:
        print(f"token attempt {attempt + 1}: {error}", file=sys.stderr)
else:
    sys.exit("could not make an API token for the demo citizen")
open(os.path.join(work, "token"), "w").write(token)
auth = {"Authorization": f"Bearer {token}"}

def draft(_):
    s = requests.Session()
    r = s.post(base + "/api/v1/applications", json={"service": "ICRA-QBA-0002"}, headers=auth)
    r.raise_for_status()
    case = r.json()["id"]
    for page, values in [("applicant", {"phone": "0501234567"}), ("residence", {"years": "4"}), ("purpose", {"purpose": "bank", "copies": "1"})]:
        s.put(f"{base}/api/v1/applications/{case}/answers", json={"page": page, "answers": {"values": values, "groups": {}}}, headers=auth).raise_for_status()
    return case

with ThreadPoolExecutor(max_workers=8) as pool:
    ids = list(pool.map(draft, range(count)))
open(os.path.join(work, "drafts"), "w").write("\n".join(ids) + "\n")

official = portal.Client(base)
used = set()
official.sign_in("7QBA8E5", creds["7QBA8E5"]["password"], totp_secret=creds["7QBA8E5"]["totp"], used=used)
cookie = "; ".join(f"{c.name}={c.value}" for c in official.http.cookies)
open(os.path.join(work, "office-cookie"), "w").write(cookie)
print(f"{len(set(ids))} drafts, token and office session ready")
