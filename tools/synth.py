"""Write a synthetic plan N times larger than the shipped one, derived from it.

    .venv/bin/python tools/synth.py --factor 10 --out /tmp/plan-10x
    .venv/bin/plansite --root /tmp/plan-10x validate
    .venv/bin/plansite --root /tmp/plan-10x build --site /tmp/plan-10x/site

Copy 1 is the shipped data, byte for byte. Copies 2..N are the same plan again
under new ids, so every validation rule still holds:

- tasks: '4.1.a' -> '4.1.a-r2'; task groups '4' -> '4-r2', subgroups '4.1' -> '4.1-r2';
- indicator groups: numeric ids shift by the largest group id, so with groups
  1..10 copy 2 has groups 11..20 and indicator '7.4.a' becomes '17.4.a'
  (indicators start with their group id + '.', sub-rows with their parent's);
- agencies: 'trung-tam-y-te' -> 'trung-tam-y-te-r2', names get ' (bản 2)'.
  Collective bodies (kind 'tap-the', e.g. "Các cơ quan, đơn vị, ngành của
  huyện") stay one shared body, as in a real larger plan, unless
  --replicate-collectives is given;
- progress: one file per agency per year, the copy of each report under the
  copied agency, so an indicator is still reported by its reporting agency
  and a task only by its lead agencies.

plan/<id>/plan.yml, plan/abbreviations.yml, mkdocs.yml and the hand-written pages of docs/ are copied;
OUT/generator is a symlink to this repository's generator/ because mkdocs.yml
names its hook by relative path.

With --plans N the repository holds N plans of that size (a family): plan 1 is
the scaled plan under its own id and owns the site's root, plans 2..N are copies
of it under '<id>-p2'…, sharing the registry of bodies as real plans of one
locality do.
"""
from __future__ import annotations

import argparse
import copy
import shutil
import sys
from collections import defaultdict
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
# Generated parts of docs/ (see generator/site/build.py GENERATED and .gitignore); kept in sync by hand
# so this tool does not import the generator (which others may be editing) just to copy files.
GENERATED_DOCS = ("index.md", "ke-hoach.md", "du-lieu.md", "bao-cao.md", "nhiem-vu", "chi-tieu", "co-quan", "data", "van-ban",
                  "assets/plansite")
MARKER = ".plansite-synth"


def _load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _dump(data, path: Path, header: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=4096)
    path.write_text(header + text, encoding="utf-8")


class Copier:
    """Id mappings for copy r of the plan (r >= 2)."""

    def __init__(self, src: Path, replicate_collectives: bool):
        self.src = src
        self.registry = _load(src / "plan/agencies.yml")
        self.agencies = self.registry["agencies"]
        self.documents = self.registry.get("documents") or []
        self.shared = set() if replicate_collectives else {a["id"] for a in self.agencies if a["kind"] == "tap-the"}
        (self.plan_id,) = [p.parent.name for p in src.glob("plan/*/plan.yml")]   # the shipped data holds one plan
        self.group_files = sorted((src / "indicators" / self.plan_id).glob("*.yml"))
        self.group_ids = [str(_load(p)["id"]) for p in self.group_files]
        numeric = [int(g) for g in self.group_ids if g.isdigit()]
        self.group_span = max(numeric) if numeric else 0

    # ---------------------------------------------------------------- ids
    def agency(self, aid: str, r: int) -> str:
        return aid if aid in self.shared else f"{aid}-r{r}"

    @staticmethod
    def task(tid, r: int) -> str:
        return f"{tid}-r{r}"

    def group(self, gid: str, r: int) -> str:
        return str(int(gid) + (r - 1) * self.group_span) if gid.isdigit() else f"{gid}r{r}"

    def indicator(self, iid: str, r: int) -> str:
        gid = str(iid).split(".")[0]       # validation guarantees ids start with their group id + "."
        return self.group(gid, r) + str(iid)[len(gid):]

    # -------------------------------------------------------------- files
    def agencies_file(self, factor: int) -> dict:
        out = list(copy.deepcopy(self.agencies))
        for r in range(2, factor + 1):
            for a in self.agencies:
                if a["id"] in self.shared:
                    continue
                b = copy.deepcopy(a)
                b["id"] = self.agency(a["id"], r)
                tag = f" (bản {r})"
                for key in ("name", "short_name", "full_name"):
                    if b.get(key):
                        b[key] += tag
                if b.get("variants"):
                    b["variants"] = [v + tag for v in b["variants"]]
                for c in b.get("changes") or []:
                    for part in c.get("to") or []:
                        part["agency"] = self.agency(part["agency"], r)
                out.append(b)
        return {**self.registry, "agencies": out}

    def _assignment(self, a: dict | None, r: int) -> dict | None:
        if a is None:
            return None
        return {**a, "agencies": [self.agency(x, r) for x in a["agencies"]]}

    def tasks_file(self, factor: int) -> dict:
        data = _load(self.src / "plan" / self.plan_id / "tasks.yml")
        groups, tasks = list(data["groups"]), list(data["tasks"])
        for r in range(2, factor + 1):
            for g in data["groups"]:
                h = copy.deepcopy(g)
                h["id"] = f"{g['id']}-r{r}"
                h["title"] += f" (bản {r})"
                for s in h.get("subgroups") or []:
                    s["id"] = f"{s['id']}-r{r}"
                    s["title"] += f" (bản {r})"
                groups.append(h)
            for t in data["tasks"]:
                u = copy.deepcopy(t)
                u["id"] = self.task(t["id"], r)
                u["group"] = f"{t['group']}-r{r}"
                if u.get("subgroup") is not None:
                    u["subgroup"] = f"{t['subgroup']}-r{r}"
                if u.get("title"):
                    u["title"] += f" (bản {r})"
                u["lead"] = self._assignment(t.get("lead"), r)
                u["coordinating"] = self._assignment(t.get("coordinating"), r)
                tasks.append(u)
        return {**data, "groups": groups, "tasks": tasks}

    def _assigned(self, a: dict | None, r: int) -> dict | None:
        if a is None:
            return None
        b = dict(a)
        if b.get("reporting_agency"):
            b["reporting_agency"] = self.agency(b["reporting_agency"], r)
        if b.get("tasks"):
            b["tasks"] = [self.task(t, r) for t in b["tasks"]]
        return b

    def _indicator(self, ind: dict, r: int) -> dict:
        out = copy.deepcopy(ind)
        out["id"] = self.indicator(ind["id"], r)
        out["name"] += f" (bản {r})"
        if "assigned" in ind:
            out["assigned"] = self._assigned(ind["assigned"], r)
        if ind.get("sub_indicators"):
            out["sub_indicators"] = [self._indicator(s, r) for s in ind["sub_indicators"]]
        return out

    def group_file(self, path: Path, r: int, width: int) -> tuple[str, dict]:
        g = _load(path)
        gid = str(g["id"])
        new = self.group(gid, r)
        out = {**g, "id": new, "name": g["name"] + f" (bản {r})", "assigned": self._assigned(g["assigned"], r),
               "indicators": [self._indicator(i, r) for i in g["indicators"]]}
        stem = path.stem.split("-", 1)[1] if "-" in path.stem else path.stem
        name = f"{int(new):0{width}d}-{stem}.yml" if new.isdigit() else f"{new}-{stem}.yml"
        return name, out

    def reports(self, factor: int) -> dict[tuple[str, str], dict]:
        """Copies 2..N of every progress file, merged per (year folder, agency)."""
        out: dict[tuple[str, str], dict] = {}
        entries: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: {"indicators": [], "tasks": []})
        for path in sorted((self.src / "progress" / self.plan_id).glob("*/*.yml")):
            rep = _load(path)
            for r in range(2, factor + 1):
                agency = self.agency(rep["agency"], r)
                key = (path.parent.name, agency)
                if key not in out:
                    out[key] = {k: v for k, v in rep.items() if k not in ("indicators", "tasks")}
                    out[key]["agency"] = agency
                for v in rep.get("indicators") or []:
                    entries[key]["indicators"].append({**v, "id": self.indicator(v["id"], r)})
                for t in rep.get("tasks") or []:
                    entries[key]["tasks"].append({**t, "id": self.task(t["id"], r)})
        for key, rep in out.items():
            rep.update(entries[key])
        return out


def hand_written_docs(src: Path) -> list[Path]:
    """Files of docs/ that the generator does not write (the committed, hand-written pages)."""
    docs = src / "docs"
    out = []
    for path in sorted(docs.rglob("*")):
        rel = path.relative_to(docs).as_posix()
        if path.is_file() and not any(rel == g or rel.startswith(g + "/") for g in GENERATED_DOCS):
            out.append(path)
    return out


def synthesize(factor: int, out: Path, src: Path = REPO, replicate_collectives: bool = False,
               plans: int = 1) -> dict[str, int]:
    """Write the synthetic project into `out` (emptied first). Returns counts of what was written."""
    if factor < 1 or plans < 1:
        raise ValueError("factor and plans must be at least 1")
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise SystemExit(f"synth: {out} is not empty and was not written by synth.py; not replacing it")
        shutil.rmtree(out)
    c = Copier(src, replicate_collectives)
    pid = c.plan_id
    plan_dir, ind_dir, prog_dir = out / "plan" / pid, out / "indicators" / pid, out / "progress" / pid
    plan_dir.mkdir(parents=True)
    ind_dir.mkdir(parents=True)
    (out / MARKER).write_text("written by tools/synth.py; the folder is replaced on the next run\n")
    header = "# Synthetic plan written by tools/synth.py from the shipped data; do not edit.\n"

    shutil.copy(src / "plan" / pid / "plan.yml", plan_dir / "plan.yml")
    if (src / "plan" / pid / "dimensions.yml").exists():   # the same communes and groups, however large the plan
        shutil.copy(src / "plan" / pid / "dimensions.yml", plan_dir / "dimensions.yml")
    if (src / "plan/abbreviations.yml").exists():   # the same words, however large the plan
        shutil.copy(src / "plan/abbreviations.yml", out / "plan/abbreviations.yml")
    for path in c.group_files:
        shutil.copy(path, ind_dir / path.name)
    shutil.copytree(src / "progress" / pid, prog_dir)
    if factor == 1:
        shutil.copy(src / "plan/agencies.yml", out / "plan/agencies.yml")
        shutil.copy(src / "plan" / pid / "tasks.yml", plan_dir / "tasks.yml")
    else:
        _dump(c.agencies_file(factor), out / "plan/agencies.yml", header)
        _dump(c.tasks_file(factor), plan_dir / "tasks.yml", header)
        width = max(2, len(str(c.group_span * factor)))
        for r in range(2, factor + 1):
            for path in c.group_files:
                name, data = c.group_file(path, r, width)
                if (ind_dir / name).exists():
                    raise SystemExit(f"synth: indicator file name clash: {name}")
                _dump(data, ind_dir / name, header)
        for (year, agency), rep in c.reports(factor).items():
            target = prog_dir / year / f"{agency}.yml"
            if target.exists():
                raise SystemExit(f"synth: progress file clash: {target}")
            _dump(rep, target, header)
    for n in range(2, plans + 1):
        other = f"{pid}-p{n}"
        shutil.copytree(plan_dir, out / "plan" / other)
        shutil.copytree(ind_dir, out / "indicators" / other)
        shutil.copytree(prog_dir, out / "progress" / other)

    for path in hand_written_docs(src):
        dest = out / "docs" / path.relative_to(src / "docs")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, dest)
    (out / "docs").mkdir(exist_ok=True)
    shutil.copy(src / "mkdocs.yml", out / "mkdocs.yml")
    (out / "generator").symlink_to(src / "generator", target_is_directory=True)
    return {"indicator_files": len(list((out / "indicators").glob("*/*.yml"))),
            "progress_files": len(list((out / "progress").glob("*/*/*.yml")))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--factor", type=int, required=True, help="how many copies of the plan (1 = the shipped data)")
    ap.add_argument("--out", type=Path, required=True, help="output folder (replaced if it exists)")
    ap.add_argument("--src", type=Path, default=REPO, help="project to copy (default: this repository)")
    ap.add_argument("--plans", type=int, default=1, help="how many plans of that size (a family; default 1)")
    ap.add_argument("--replicate-collectives", action="store_true",
                    help="copy collective bodies (kind tap-the) too instead of sharing them")
    args = ap.parse_args(argv)
    if args.out.resolve() == args.src.resolve():
        ap.error("--out must differ from --src")
    counts = synthesize(args.factor, args.out, args.src.resolve(), args.replicate_collectives, args.plans)
    print(f"Wrote {args.plans} plan(s) of {args.factor}x size to {args.out}: {counts['indicator_files']} indicator files, "
          f"{counts['progress_files']} progress files. Check: .venv/bin/plansite --root {args.out} validate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
