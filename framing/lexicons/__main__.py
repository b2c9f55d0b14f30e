"""Maintain the shipped lexicons: ``python -m framing.lexicons [stamp NAME | list]``.

``stamp NAME`` writes the TSV's sha256 into ``NAME.meta.json`` after an edit (bump
``version`` there too: results record ``name@version``).
"""

import json
import sys
from importlib import resources

from framing import lexicons


def main(argv: list[str]) -> int:
    if argv[:1] == ["stamp"] and len(argv) == 2:
        meta_path = resources.files("framing.lexicons") / f"{argv[1]}.meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["sha256"] = lexicons.sha256(argv[1])
        with open(str(meta_path), "w", encoding="utf-8") as f:
            json.dump(meta, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"{argv[1]}: sha256 {meta['sha256']}")
        return 0
    if argv[:1] == ["list"]:
        for name in lexicons.available():
            print(lexicons.load(name))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
