#!/usr/bin/env python3
"""Builds one HAR 1.2 file from the checked-in documented examples ("fixtures").

    python3 scripts/fixtures-har.py -o fixtures.har              # every platform
    forgespec check-har all fixtures.har
    python3 scripts/fixtures-har.py -o coding.har --platform coding

Python 3.11 standard library only. Reads crates/forgespec-<platform>/fixtures/ and
specs/<platform>/openapi.json; prints the counts to stderr.

How a fixture becomes an entry (the naming is crates/forgespec-fixtures/src/fixture.rs'):

- `<operationId>.request[.N].json` is the JSON body of an entry's request: the
  operation's method, its path with every path parameter filled with a value its
  schema accepts, its required query and header parameters, CODING's
  `?Action=<Name>` (the pinned `Action` query parameter of an `x-rpc-action`
  operation), and credentials that the operation's first security requirement
  accepts.
- It is paired with the operation's documented response of the same index
  (`request.2` with `response.2`), else with its first documented response; the
  status is the one the document attaches that example to. An operation with a
  request example and no response example gets a minimal response generated from
  its schema, marked as generated.
- `<operationId>.response[-<status>][.N].json` that no request example was paired
  with is the response of an entry whose request is the operation's minimal valid
  request (required parameters and required body properties only, generated from
  their schemas).
- `<Component>.example[.N].json` is an example of a schema. Where a documented
  response of some operation has that schema as its body (directly or as one
  alternative of an anyOf/oneOf, as CodeArts' error bodies), it is the body of
  that response in an entry of its own. A schema that is no operation's body
  (PingCode's 引用数据 shapes) cannot be an HTTP message: its examples are kept in
  the log's `_forgespec.schemaExamples` (custom fields start with `_` in HAR 1.2).

Every entry carries `_forgespec`: its platform, operationId, the fixtures it holds
and what was generated. Each fixture is also checked against the example of the same
name in the generated document, so a stale spec or an unknown operation fails here.
"""

from __future__ import annotations

import argparse
import http
import json
import sys
from pathlib import Path
from urllib.parse import quote, urlencode

PLATFORMS = ["pingcode", "coding", "gitcode", "codearts", "codeup"]
METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
# A deterministic file: entries are not timed traffic.
STARTED = "1970-01-01T00:00:00.000Z"
TOKEN = "forgespec-fixture-token"


class Spec:
    """One platform's generated document and its operations by operationId."""

    def __init__(self, path: Path):
        self.doc = json.loads(path.read_text(encoding="utf-8"))
        self.ops: dict[str, tuple[str, str, dict, list]] = {}
        for key, item in self.doc["paths"].items():
            for method in METHODS:
                if method in item:
                    op = item[method]
                    self.ops[op["operationId"]] = (key, method, op, item.get("parameters", []))

    def resolve(self, schema: dict) -> dict:
        seen = 0
        while isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise SystemExit(f"external $ref {ref} is not supported")
            target = self.doc
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **{k: v for k, v in siblings.items() if k not in target}}
            seen += 1
            if seen > 64:
                raise SystemExit(f"$ref cycle at {ref}")
        return schema

    def minimal(self, schema: dict, depth: int = 0):
        """A small value the schema accepts: required properties only."""
        if depth > 40:
            raise SystemExit("schema too deep for a minimal value")
        s = self.resolve(schema)
        if "const" in s:
            return s["const"]
        if "enum" in s:
            return next((v for v in s["enum"] if v is not None), s["enum"][0])
        if "default" in s:
            return s["default"]
        if s.get("examples"):
            return s["examples"][0]
        if "example" in s:
            return s["example"]
        if "allOf" in s:
            merged: dict = {"properties": {}, "required": []}
            for part in s["allOf"]:
                part = self.resolve(part)
                for k, v in part.items():
                    if k == "properties":
                        merged["properties"].update(v)
                    elif k == "required":
                        merged["required"] += v
                    else:
                        merged.setdefault(k, v)
            rest = {k: v for k, v in s.items() if k != "allOf"}
            return self.minimal({**merged, **rest}, depth + 1)
        for key in ("oneOf", "anyOf"):
            if key in s:
                options = [o for o in s[key] if self.resolve(o).get("type") != "null"]
                return self.minimal((options or s[key])[0], depth + 1)
        kind = s.get("type")
        if isinstance(kind, list):
            kind = next((t for t in kind if t != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in s else "string"
        if kind == "object":
            props = s.get("properties", {})
            return {name: self.minimal(props.get(name, {}), depth + 1) for name in s.get("required", [])}
        if kind == "array":
            return [self.minimal(s.get("items", {}), depth + 1) for _ in range(s.get("minItems", 0))]
        if kind in ("integer", "number"):
            low = s.get("minimum", s.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in s else 1)
            high = s.get("maximum", s.get("exclusiveMaximum", low + 1) - 1 if "exclusiveMaximum" in s else low)
            return int(min(low, high)) if kind == "integer" else float(min(low, high))
        if kind == "boolean":
            return False
        if kind == "null":
            return None
        if "pattern" in s:
            raise SystemExit(f"cannot generate a string for pattern {s['pattern']!r}")
        return {
            "date-time": "1970-01-01T00:00:00Z",
            "date": "1970-01-01",
            "email": "user@example.com",
            "uri": "https://example.com/",
            "uuid": "00000000-0000-0000-0000-000000000001",
        }.get(s.get("format"), "1" * max(1, s.get("minLength", 1)))


def parse_name(file_name: str):
    """(kind, name, status or None, index) as forgespec-fixtures' parse_name."""
    stem = file_name.removesuffix(".json")
    parts = stem.split(".")
    index = 1
    if len(parts) > 2 and parts[-1].isdigit():
        index = int(parts.pop())
    if len(parts) != 2 or not parts[0]:
        raise SystemExit(f"{file_name}: not <name>.<role>[.N].json")
    name, role = parts
    if role == "request":
        return "request", name, None, index
    if role == "response":
        return "response", name, None, index
    if role == "example":
        return "example", name, None, index
    if role.startswith("response-") and role[9:].isdigit():
        return "response", name, int(role[9:]), index
    raise SystemExit(f"{file_name}: unknown role {role}")


def example_name(file_name: str) -> str:
    """The fixture's named example in the document: `response.2`, `request`."""
    return file_name.removesuffix(".json").split(".", 1)[1]


def server_url(spec: Spec, op: dict, item_servers=None) -> str:
    servers = op.get("servers") or item_servers or spec.doc.get("servers") or [{"url": ""}]
    url = servers[0]["url"]
    for name, var in servers[0].get("variables", {}).items():
        url = url.replace("{" + name + "}", str(var["default"]))
    return url.rstrip("/")


def reason(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


class Builder:
    def __init__(self, repo: Path):
        self.repo = repo
        self.entries: list[dict] = []
        self.schema_examples: list[dict] = []
        self.counts = {"request": 0, "response": 0, "example": 0}
        self.generated = {"request body": 0, "response": 0}
        self.fixture_files = 0

    def platform(self, platform: str):
        spec = Spec(self.repo / "specs" / platform / "openapi.json")
        root = self.repo / "crates" / f"forgespec-{platform}" / "fixtures"
        by_op: dict[str, dict[str, list]] = {}
        examples: list = []
        for path in sorted(root.rglob("*.json")):
            rel = path.relative_to(root).as_posix()
            kind, name, status, index = parse_name(path.name)
            self.fixture_files += 1
            self.counts[kind] += 1
            text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
            fixture = {"path": rel, "file": path, "text": text, "value": json.loads(text),
                       "status": status, "index": index, "example": example_name(path.name)}
            if kind == "example":
                examples.append((name, fixture))
                continue
            if name not in spec.ops:
                raise SystemExit(f"{platform}: {rel}: no operation {name} in specs/{platform}/openapi.json")
            by_op.setdefault(name, {"request": [], "response": []})[kind].append(fixture)

        for op_id, (key, method, op, item_params) in spec.ops.items():
            found = by_op.get(op_id)
            if not found:
                continue
            requests = sorted(found["request"], key=lambda f: f["index"])
            responses = sorted(found["response"], key=lambda f: (f["status"] or 0, f["index"]))
            for f in requests:
                self.check_request_example(spec, platform, op, f)
            for f in responses:
                f["status"] = self.documented_status(spec, platform, op, f)
            used = set()
            for i, req in enumerate(requests):
                same = [r for r in responses if r["index"] == req["index"]]
                resp = same[0] if same else (responses[0] if responses else None)
                if resp is not None:
                    used.add(resp["path"])
                self.entry(spec, platform, op_id, req, resp)
            for resp in responses:
                if resp["path"] not in used:
                    self.entry(spec, platform, op_id, None, resp)

        for component, fixture in examples:
            self.schema_example(spec, platform, component, fixture)

    def check_request_example(self, spec, platform, op, f):
        content = op.get("requestBody", {}).get("content", {})
        for media in content.values():
            ex = media.get("examples", {}).get(f["example"])
            if ex is not None and ex.get("value") == f["value"]:
                return
        raise SystemExit(f"{platform}: {f['path']}: the document has no request example "
                         f"`{f['example']}` with this value (regenerate the specs?)")

    def documented_status(self, spec, platform, op, f) -> int:
        for status, response in op["responses"].items():
            response = spec.resolve(response)
            for media in response.get("content", {}).values():
                ex = media.get("examples", {}).get(f["example"])
                if ex is not None and ex.get("value") == f["value"]:
                    if f["status"] is not None and f["status"] != int(status):
                        break
                    return int(status)
        raise SystemExit(f"{platform}: {f['path']}: the document has no response example "
                         f"`{f['example']}` with this value (regenerate the specs?)")

    def request(self, spec: Spec, op_id: str, body_text: str | None):
        key, method, op, item_params = spec.ops[op_id]
        path = key.split("#", 1)[0]
        query: list[tuple[str, str]] = []
        headers: list[tuple[str, str]] = []
        params = {(p["name"], p["in"]): p for p in map(spec.resolve, item_params)}
        params.update({(p["name"], p["in"]): p for p in map(spec.resolve, op.get("parameters", []))})
        action = op.get("x-rpc-action")
        for (name, where), p in params.items():
            if not (p.get("required") or where == "path" or (action and name == "Action" and where == "query")):
                continue
            value = spec.minimal(p.get("schema", {}))
            text = json.dumps(value) if isinstance(value, bool) else str(value)
            if where == "path":
                path = path.replace("{" + name + "}", quote(text, safe=""))
            elif where == "query":
                query.append((name, text))
            elif where == "header":
                headers.append((name, text))
            elif where == "cookie":
                headers.append(("Cookie", f"{name}={text}"))
        if "{" in path:
            raise SystemExit(f"{op_id}: unfilled path parameter in {path}")
        requirements = op.get("security", spec.doc.get("security", []))
        chosen = next((r for r in requirements if r), None)
        for scheme_name in chosen or {}:
            scheme = spec.doc["components"]["securitySchemes"][scheme_name]
            kind = scheme["type"]
            if kind == "http" and scheme.get("scheme", "").lower() == "basic":
                headers.append(("Authorization", "Basic Zm9yZ2VzcGVjOmZpeHR1cmVz"))
            elif kind in ("http", "oauth2", "openIdConnect"):
                headers.append(("Authorization", f"Bearer {TOKEN}"))
            elif kind == "apiKey":
                # CODING's personal access token is the whole header value `token <x>`
                # (its scheme's description); any other API key is the bare value.
                value = f"token {TOKEN}" if scheme["name"].lower() == "authorization" else TOKEN
                if scheme["in"] == "header":
                    headers.append((scheme["name"], value))
                elif scheme["in"] == "query":
                    query.append((scheme["name"], value))
                else:
                    headers.append(("Cookie", f"{scheme['name']}={value}"))
        generated = False
        media = None
        body = op.get("requestBody")
        if body:
            body = spec.resolve(body)
            media, content = next(iter(body.get("content", {}).items()))
            if body_text is None and body.get("required"):
                body_text = json.dumps(spec.minimal(content.get("schema", {})), ensure_ascii=False)
                generated = True
        if body_text is not None:
            headers.append(("Content-Type", media or "application/json"))
        url = server_url(spec, op) + path + ("?" + urlencode(query) if query else "")
        har = {
            "method": method.upper(),
            "url": url,
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": [{"name": n, "value": v} for n, v in headers],
            "queryString": [{"name": n, "value": v} for n, v in query],
            "headersSize": -1,
            "bodySize": len(body_text.encode()) if body_text is not None else 0,
        }
        if body_text is not None:
            har["postData"] = {"mimeType": media or "application/json", "params": [], "text": body_text}
        return har, generated

    def response(self, spec: Spec, op: dict, status: int, body_text: str | None):
        documented = spec.resolve(op["responses"].get(str(status), {}))
        content = documented.get("content", {})
        media = next(iter(content), None)
        headers = [{"name": "Content-Type", "value": media}] if media and body_text is not None else []
        size = len(body_text.encode()) if body_text is not None else 0
        return {
            "status": status,
            "statusText": reason(status),
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": headers,
            "content": {"size": size, "mimeType": media or "", **({"text": body_text} if body_text is not None else {})},
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": size,
        }

    def entry(self, spec, platform, op_id, req, resp, *, status=None, schema_example=None):
        key, method, op, _ = spec.ops[op_id]
        request, generated_body = self.request(spec, op_id, req["text"] if req else None)
        note = {"platform": platform, "operationId": op_id,
                "request": f"{platform}/{req['path']}" if req else None,
                "response": None}
        if generated_body:
            self.generated["request body"] += 1
            note["generated"] = ["request body"]
        if resp is not None:
            response = self.response(spec, op, status or resp["status"], resp["text"])
            note["response"] = f"{platform}/{resp['path']}"
        else:
            # A documented request with no documented reply: a minimal reply its schema
            # accepts, so that the entry is still a whole exchange.
            first = next(s for s in op["responses"] if s.startswith("2"))
            content = spec.resolve(op["responses"][first]).get("content", {})
            text = None
            if content:
                media = next(iter(content.values()))
                text = json.dumps(spec.minimal(media.get("schema", {})), ensure_ascii=False)
            response = self.response(spec, op, int(first), text)
            self.generated["response"] += 1
            note.setdefault("generated", []).append("response")
        if schema_example:
            note["schemaExample"] = schema_example
        what = []
        if req:
            what.append(f"request {req['path']}")
        else:
            what.append("minimal valid request" if not generated_body else "minimal valid request (generated body)")
        what.append(f"response {resp['path']}" if resp else "generated minimal response")
        self.entries.append({
            "pageref": platform,
            "startedDateTime": STARTED,
            "time": 0,
            "request": request,
            "response": response,
            "cache": {},
            "timings": {"send": 0, "wait": 0, "receive": 0},
            "comment": f"{platform} {op_id}: " + ", ".join(what),
            "_forgespec": note,
        })

    def schema_example(self, spec: Spec, platform: str, component: str, fixture: dict):
        ref = f"#/components/schemas/{component}"
        schemas = spec.doc["components"]["schemas"]
        if component not in schemas or fixture["value"] not in schemas[component].get("examples", []):
            raise SystemExit(f"{platform}: {fixture['path']}: not among {ref}'s examples in the document")

        def carries(schema: dict) -> bool:
            if schema.get("$ref") == ref:
                return True
            if "$ref" in schema:
                target = spec.resolve({"$ref": schema["$ref"]})
                return any(o.get("$ref") == ref for k in ("anyOf", "oneOf") for o in target.get(k, []))
            return False

        for op_id, (key, method, op, _) in spec.ops.items():
            for status, response in op["responses"].items():
                for media in spec.resolve(response).get("content", {}).values():
                    if carries(media.get("schema", {})):
                        self.entry(spec, platform, op_id, None, fixture, status=int(status),
                                   schema_example=ref)
                        return
        self.schema_examples.append({
            "platform": platform,
            "fixture": f"{platform}/{fixture['path']}",
            "schema": ref,
            "reason": "no operation has this schema as a request or response body",
            "value": fixture["value"],
        })


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", required=True, help="the HAR file to write ('-' for stdout)")
    parser.add_argument("--platform", action="append", choices=PLATFORMS,
                        help="only this platform (repeatable); default: all five")
    args = parser.parse_args()
    repo = Path(__file__).resolve().parent.parent
    builder = Builder(repo)
    platforms = args.platform or PLATFORMS
    for platform in platforms:
        builder.platform(platform)
    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "forgespec scripts/fixtures-har.py", "version": "1"},
            "pages": [{"startedDateTime": STARTED, "id": p, "title": f"{p} documented examples",
                       "pageTimings": {}} for p in platforms],
            "entries": builder.entries,
            "comment": "Every documented example of the platforms' fixtures, as exchanges.",
            "_forgespec": {"schemaExamples": builder.schema_examples},
        }
    }
    text = json.dumps(har, ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")

    held = set()
    for e in builder.entries:
        for k in ("request", "response"):
            if e["_forgespec"][k]:
                held.add(e["_forgespec"][k])
    held.update(x["fixture"] for x in builder.schema_examples)
    c = builder.counts
    print(
        f"{builder.fixture_files} fixtures ({c['request']} requests, {c['response']} responses, "
        f"{c['example']} schema examples) from {', '.join(platforms)}: {len(held)} held, "
        f"in {len(builder.entries)} entries and {len(builder.schema_examples)} schema examples "
        f"that no operation carries (log._forgespec.schemaExamples); generated: "
        f"{builder.generated['request body']} minimal request bodies, "
        f"{builder.generated['response']} minimal responses",
        file=sys.stderr,
    )
    if len(held) != builder.fixture_files:
        print(f"error: {builder.fixture_files - len(held)} fixtures are not in the HAR", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
