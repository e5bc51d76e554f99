"""Validates every generated OpenAPI file with openapi-spec-validator, and checks that
each platform's YAML, read by a YAML 1.1 reader (PyYAML), is the same document as its
JSON. Prints one line per file and a closing 'N passed, N failed' line."""

import json
import pathlib
import sys

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename  # noqa: F401  (import check)


def main(root: str) -> int:
    passed = failed = 0
    for platform in sorted(p for p in pathlib.Path(root).iterdir() if p.is_dir()):
        with open(platform / "openapi.json", encoding="utf-8") as f:
            from_json = json.load(f)
        for name in ("openapi.yaml", "openapi.json", "openapi-3.0.yaml"):
            path = platform / name
            try:
                with open(path, encoding="utf-8") as f:
                    doc = json.load(f) if name.endswith(".json") else yaml.safe_load(f)
                validate(doc)
                if name == "openapi.yaml" and doc != from_json:
                    raise ValueError("a YAML 1.1 reader does not read the same document as openapi.json")
                print(f"ok     {path} (OpenAPI {doc['openapi']}, {len(doc['paths'])} paths)")
                passed += 1
            except Exception as error:  # report every file, then fail
                print(f"FAILED {path}: {str(error)[:2000]}")
                failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
