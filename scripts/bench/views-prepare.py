#!/usr/bin/env python3
"""Prepares the views benchmark: session cookies of a signed-in demo citizen (the cabinet) and of a
signed-in Quba operator (the office queue), written as Cookie header values."""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402

base, creds_file, work = sys.argv[1], sys.argv[2], sys.argv[3]
creds = {}
for line in open(creds_file, encoding="utf-8"):
    m = re.search(r"FIN (\w{7})\s+e-mail (\S+)\s+password (\S+)(?:\s+TOTP secret (\w+))?", line)
    if m:
        creds[m.group(1)] = {"password": m.group(3), "totp": m.group(4)}


def cookie(client):
    return "; ".join(f"{c.name}={c.value}" for c in client.http.cookies)


citizen = portal.Client(base)
r = citizen.sign_in("5VBK5VR", creds["5VBK5VR"]["password"])
if "/cabinet" not in r.url:
    sys.exit(f"the demo citizen did not reach the cabinet: {r.url}")
open(os.path.join(work, "citizen-cookie"), "w").write(cookie(citizen))

official = portal.Client(base)
r = official.sign_in("7QBA8E5", creds["7QBA8E5"]["password"], totp_secret=creds["7QBA8E5"]["totp"], used=set())
if official.get("/office/applications").status_code != 200:
    sys.exit("the Quba operator cannot open the office queue")
open(os.path.join(work, "office-cookie"), "w").write(cookie(official))
print("citizen and office sessions ready")
