#!/usr/bin/env python3
"""openapi-core's side of scripts/bench-contract.sh: validates every exchange of a HAR
file (scripts/fixtures-har.py) against specs/<platform>/openapi.json and times only the
validation calls; the first round, in which openapi-core compiles the
schemas it meets, is reported as well.

    python bench-openapi-core.py FILE.har SPECS_DIR [--repeat N] [--json OUT]

Needs openapi-core (0.23). Per platform it reports the spec loading time (OpenAPI.from_dict,
which also validates the document), and for the entries: how many requests and responses
validated, how many failed and why (by exception class), and the validation time of all
of them, the best of --repeat rounds. Building the request/response objects is outside the
timed part.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse


def messages(entry: dict):
    req = entry["request"]
    url = urlsplit(req["url"])
    headers = {h["name"]: h["value"] for h in req["headers"]}
    args = {q["name"]: q["value"] for q in req.get("queryString", [])}
    post = req.get("postData")
    request = MockRequest(
        f"{url.scheme}://{url.netloc}",
        req["method"].lower(),
        url.path,
        args=args,
        headers=headers,
        data=post["text"].encode() if post else None,
        content_type=post["mimeType"] if post else "application/json",
    )
    res = entry["response"]
    content = res["content"]
    response = MockResponse(
        content.get("text", "").encode(),
        status_code=res["status"],
        headers={h["name"]: h["value"] for h in res["headers"]},
        content_type=content.get("mimeType") or "application/json",
    )
    return request, response


def reason(error: Exception) -> str:
    name = type(error).__name__
    cause = error.__cause__ or error.__context__
    return f"{name}({type(cause).__name__})" if cause and name.endswith("Error") else name


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("har")
    parser.add_argument("specs")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", help="write the results here as JSON")
    args = parser.parse_args()

    log = json.loads(Path(args.har).read_text(encoding="utf-8"))["log"]
    by_platform: dict[str, list] = defaultdict(list)
    for entry in log["entries"]:
        by_platform[entry["_forgespec"]["platform"]].append(entry)

    results = {}
    for platform, entries in by_platform.items():
        spec = json.loads((Path(args.specs) / platform / "openapi.json").read_text(encoding="utf-8"))
        started = time.perf_counter()
        openapi = OpenAPI.from_dict(spec)
        load = time.perf_counter() - started
        pairs = [messages(e) for e in entries]

        outcomes: Counter = Counter()
        failures = []
        best = float("inf")
        first = None
        for round_ in range(args.repeat):
            errors = []
            started = time.perf_counter()
            for request, response in pairs:
                try:
                    openapi.validate_request(request)
                    request_error = None
                except Exception as e:  # noqa: BLE001 - every failure is a result
                    request_error = e
                try:
                    openapi.validate_response(request, response)
                    response_error = None
                except Exception as e:  # noqa: BLE001
                    response_error = e
                errors.append((request_error, response_error))
            elapsed = time.perf_counter() - started
            first = elapsed if first is None else first
            best = min(best, elapsed)
            if round_ > 0:
                continue
            # The outcomes, read outside the timed loop.
            for entry, (request, _), (req_e, res_e) in zip(entries, pairs, errors):
                outcomes["request valid" if req_e is None else f"request: {reason(req_e)}"] += 1
                outcomes["response valid" if res_e is None else f"response: {reason(res_e)}"] += 1
                if (req_e or res_e) and len(failures) < 400:
                    failures.append({
                        "comment": entry["comment"],
                        "url": request.host_url + request.path,
                        "request": None if req_e is None else f"{reason(req_e)}: {req_e}"[:300],
                        "response": None if res_e is None else f"{reason(res_e)}: {res_e}"[:300],
                    })
        results[platform] = {
            "entries": len(entries),
            "messages": 2 * len(entries),
            "load_s": load,
            "validate_s": best,
            "first_round_s": first,
            "per_message_us": best / (2 * len(entries)) * 1e6,
            "outcomes": dict(sorted(outcomes.items())),
            "failures": failures,
        }
        print(f"{platform}: {len(entries)} exchanges, spec loaded in {load:.3f} s, "
              f"validated in {best * 1e3:.1f} ms (best of {args.repeat}); {dict(sorted(outcomes.items()))}",
              file=sys.stderr)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
