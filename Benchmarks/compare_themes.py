#!/usr/bin/env python3
"""Candor's themes against the topic-model peers, side by side, on labeled real corpora.

  Benchmarks/compare_themes.py [--shared ../shared] [--methods nmf,lda,bertopic] [--candor PATH] [--runs 5]

For each labeled set built from ../shared/corpora (SemEval ABSA restaurants 2016, laptops 2016,
hotels 2015: sentences with exactly one aspect category, labeled by it; CFPB complaints labeled
by product and by issue), it runs `candor tag` and each peer (../shared/peers/themes.py) on the
same file in the same run, scores every output with ../shared/peers/score.py themes (AMI, NMI,
coverage), and prints one table. Candor's time is the whole `candor tag` process (reading,
both passes, flaw tagging, JSON output); the peers' time is their model fit and assignment
only, as themes.py reports it. BERTopic's fit is not seeded (UMAP), so its AMI moves from run to
run: it is fit `--runs` times per corpus (once for both CFPB labels, which share the texts), and
its median run by AMI is the one printed and compared, with the range over all runs. Needs the
peers' Python (created with FULL=1 setup.sh when missing; BERTopic downloads nothing, its model
comes from PyPI). Nothing here is committed data: the sets are written to a temporary folder.
"""
import argparse, csv, json, os, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Peers whose fit is not seeded: run several times, the median run compared.
UNSEEDED = {"bertopic"}
csv.field_size_limit(sys.maxsize)


def semeval(shared, relative, out):
    path = os.path.join(shared, "corpora/semeval_absa_en/jsonl", relative)
    with open(path, encoding="utf-8") as f, open(out, "w", newline="", encoding="utf-8") as o:
        w = csv.writer(o)
        w.writerow(["id", "text", "label"])
        for line in f:
            r = json.loads(line)
            cats = r.get("categories") or []
            if len(cats) == 1:
                w.writerow([r["sentence_id"], r["text"], cats[0]])
    return out


def datasets(shared, folder):
    cfpb = os.path.join(shared, "corpora/cfpb_complaints_en/complaints_with_narrative.csv")
    text, ident = "Consumer complaint narrative", "Complaint ID"
    return [
        ("semeval16-restaurants", semeval(shared, "2016/ABSA16_Restaurants_Train_SB1_v2.jsonl", f"{folder}/rest16.csv"), "text", "id", "label"),
        ("semeval16-laptops", semeval(shared, "2016/ABSA16_Laptops_Train_SB1_v2.jsonl", f"{folder}/lap16.csv"), "text", "id", "label"),
        ("semeval15-hotels", semeval(shared, "2015/ABSA15_Hotels_Test.jsonl", f"{folder}/hotel15.csv"), "text", "id", "label"),
        ("cfpb-product", cfpb, text, ident, "Product"),
        ("cfpb-issue", cfpb, text, ident, "Issue"),
    ]


def score(python, gold, pred, ident, label):
    out = subprocess.run([python, os.path.join(SHARED_PEERS, "score.py"), "themes", "--gold", gold, "--pred", pred,
                          "--id", ident, "--label", label], capture_output=True, text=True, check=True).stdout
    fields = dict(re.findall(r"(\w+)=([-\d.]+)", out))
    return float(fields["ami"]), float(fields["nmi"]), float(fields["coverage"])


def coverage_long(gold, pred, ident, textcol):
    """Coverage among responses of three words or more (the issue's definition)."""
    themes = {}
    with open(pred, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            themes[str(o["id"])] = bool(o.get("themes"))
    eligible = covered = 0
    with open(gold, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if len(re.findall(r"\w+", row[textcol])) >= 3:
                eligible += 1
                covered += themes.get(row[ident], False)
    return covered / max(1, eligible)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--methods", default="nmf,lda,bertopic")
    ap.add_argument("--candor", help="a built candor binary (default: swift build -c release)")
    ap.add_argument("--python", default=os.environ.get("CANDOR_PEERS_PYTHON", "/tmp/candor-peers/bin/python"))
    ap.add_argument("--runs", type=int, default=5,
                    help="fits of each unseeded method (BERTopic: UMAP is not seeded); its median run is compared")
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(a.shared, "corpora")):
        sys.exit(f"compare_themes: {a.shared}/corpora not found (the labeled corpora live beside the clone)")
    global SHARED_PEERS
    SHARED_PEERS = os.path.join(a.shared, "peers")
    if not os.path.exists(a.python):
        print("setting up the peers' Python (FULL=1, takes minutes once)...", file=sys.stderr)
        subprocess.run(["bash", os.path.join(SHARED_PEERS, "setup.sh"), os.path.dirname(os.path.dirname(a.python))],
                       env={**os.environ, "FULL": "1"}, check=True)
    candor = a.candor
    if not candor:
        subprocess.run(["swift", "build", "-c", "release", "--product", "candor"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        candor = os.path.join(ROOT, ".build/release/candor")
    methods = [m for m in a.methods.split(",") if m]
    rows = []
    fits = {}
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    with tempfile.TemporaryDirectory() as folder:
        for name, path, textcol, ident, label in datasets(a.shared, folder):
            with open(path, encoding="utf-8", newline="") as f:
                docs = sum(1 for _ in csv.DictReader(f))
            pred = f"{folder}/{name}-candor.jsonl"
            start = time.perf_counter()
            with open(pred, "w") as out:
                subprocess.run([candor, "tag", path, "--text", textcol, "--id", ident], stdout=out,
                               stderr=subprocess.DEVNULL, check=True)
            seconds = time.perf_counter() - start
            ami, nmi, cov = score(a.python, path, pred, ident, label)
            rows.append([name, label, docs, "candor", ami, nmi, cov, coverage_long(path, pred, ident, textcol), seconds, [ami]])
            for method in methods:
                runs = []
                for run in range(a.runs if method in UNSEEDED else 1):
                    # The peers never read the label: CFPB's product and issue sets share their fits.
                    key = (path, textcol, ident, method, run)
                    if key not in fits:
                        pred = f"{folder}/{name}-{method}-{run}.jsonl"
                        with open(pred, "w") as out:
                            done = subprocess.run([a.python, os.path.join(SHARED_PEERS, "themes.py"), path, "--text", textcol,
                                                   "--id", ident, "--label", label, "--method", method],
                                                  stdout=out, stderr=subprocess.PIPE, text=True, env=env, check=True)
                        fits[key] = (pred, float(re.search(r"seconds=([\d.]+)", done.stderr).group(1)))
                    pred, seconds = fits[key]
                    ami, nmi, cov = score(a.python, path, pred, ident, label)
                    runs.append([name, label, docs, method, ami, nmi, cov, coverage_long(path, pred, ident, textcol), seconds])
                runs.sort(key=lambda r: (r[4], r[8]))
                median = runs[len(runs) // 2]
                rows.append(median + [[r[4] for r in runs]])
            print(f"done {name}", file=sys.stderr)
    print("| set | label | docs | method | AMI | AMI over runs | NMI | coverage | coverage (≥3 words) | seconds | docs/s | Candor speed × |")
    print("|---|---|---:|---|---:|---|---:|---:|---:|---:|---:|---:|")
    verdicts = []
    for name in dict.fromkeys(r[0] for r in rows):
        group = [r for r in rows if r[0] == name]
        mine = next(r for r in group if r[3] == "candor")
        for r in group:
            ratio = (r[8] / mine[8]) if r[3] != "candor" else 1.0
            spread = f"{min(r[9]):.3f}–{max(r[9]):.3f} ({len(r[9])} runs)" if len(r[9]) > 1 else "one run"
            print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]:.3f} | {spread} | {r[5]:.3f} | {r[6]:.3f} | {r[7]:.3f} | "
                  f"{r[8]:.2f} | {r[2] / max(r[8], 1e-9):.0f} | {ratio:.0f} |")
        bert = next((r for r in group if r[3] == "bertopic"), None)
        if bert:
            ok = mine[4] >= bert[4] and mine[7] >= 0.90 and bert[8] / mine[8] >= 50
            beaten = sum(1 for x in bert[9] if mine[4] >= x)
            verdicts.append(f"{name}: AMI {mine[4]:.3f} vs BERTopic's median run {bert[4]:.3f} (Candor at least as high in "
                            f"{beaten} of {len(bert[9])} runs), coverage {mine[7]:.3f}, "
                            f"{bert[8] / mine[8]:.0f}× faster: {'target met' if ok else 'TARGET MISSED'}")
    print()
    for v in verdicts:
        print(v)


if __name__ == "__main__":
    main()
