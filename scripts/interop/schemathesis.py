#!/usr/bin/env python3
"""schemathesis (PyPI) against a live server with every check on. A personal access token for a demo
citizen is made through the cabinet like a person would, so the personal endpoints are exercised too."""
import os, subprocess, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import portal  # noqa: E402


def main():
    with portal.Server() as server:
        creds = server.demo_credentials()
        citizen = creds["5VBK5VR"]
        client = portal.Client(server.base)
        client.sign_in("5VBK5VR", citizen["password"])
        # Every scope a citizen's program would use (payments:write needs the provider simulator running,
        # which scripts/e2e/payments.py and the crash test exercise instead).
        token = client.create_token(citizen["password"], ["profile:read", "companies:read", "data-access:read", "activity:read",
                                                           "applications:read", "applications:write", "payments:read"])
        reports = os.path.join(portal.ROOT, "artifacts", "schemathesis")
        os.makedirs(reports, exist_ok=True)
        command = ["schemathesis", "run", server.base + "/api/openapi.json", "--checks", "all",
                   "--header", f"Authorization: Bearer {token}", "--max-examples", os.environ.get("SCHEMATHESIS_EXAMPLES", "60"),
                   "--seed", os.environ.get("SCHEMATHESIS_SEED", "20261123"), "--report", "junit", "--report-dir", reports,
                   "--max-response-time", "5", "--workers", os.environ.get("SCHEMATHESIS_WORKERS", "1")]
        print("running:", " ".join(c if not c.startswith("Authorization") else "Authorization: Bearer ***" for c in command), flush=True)
        result = subprocess.run(command, env=dict(os.environ, NO_COLOR="1"))
        sys.exit(result.returncode)


if __name__ == "__main__":
    main()
