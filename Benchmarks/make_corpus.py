#!/usr/bin/env python3
"""Writes a large survey-dump CSV for throughput benchmarks, with a fixed seed.

  Benchmarks/make_corpus.py OUT.csv [--mb 200] [--shared ../shared] [--seed 7] [--once]

Texts are real customer feedback sampled from ../shared/corpora (English and French); when that
folder is absent, from the team's own Corpora/ (demo survey and gold set). Each row gets an id,
an NPS score, a channel and the text, written as RFC 4180 CSV. Also writes OUT.txt with the text
column, one response per line (newlines inside a text become spaces): the input of ICU's
reference word iterator, which reads one response per line.

Rows draw texts at random from the pool, so on a large dump every text repeats (200 MB from the
29,527 texts of ../shared/corpora: about 26 times each), which favours any cache. `--once` writes
every text of the pool once instead, in an order shuffled with the seed: feedback that never
repeats, to check what a cache gains without the repetition.
"""
import argparse, csv, json, os, random, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
csv.field_size_limit(sys.maxsize)

SOURCES = [  # (relative path, text column(s))
    ("corpora/cfpb_complaints_en/complaints_with_narrative.csv", ["Consumer complaint narrative"]),
    ("corpora/twcs_customer_support_en/twcs_first5000.csv", ["text"]),
    ("corpora/womens_clothing_reviews_en/womens_clothing_reviews_first1499.csv", ["ReviewText"]),
    ("corpora/hellofresh_trustpilot_fr/hellofresh_trustpilot_reviews.csv", ["commentaire"]),
    ("corpora/free_telecom_tweets_fr/free_tweets.csv", ["text"]),
    ("corpora/booking_paris_hotels_fr/booking_paris_reviews.csv", ["bons_points", "mauvais_points"]),
    ("corpora/trianon_hotel_reviews_fr/trianon_tripadvisor_reviews.csv", ["Review"]),
    ("corpora/tsg_it_satisfaction_survey_en/survey_2018_2019.csv", ["comment"]),
]
FALLBACK = [("Corpora/demo/survey.csv", ["reason", "improve"]), ("Corpora/gold/en.csv", ["text"]), ("Corpora/gold/fr.csv", ["text"])]


def texts(base, sources):
    out = []
    for relative, columns in sources:
        path = os.path.join(base, relative)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            for row in csv.DictReader(f):
                for column in columns:
                    value = (row.get(column) or "").strip()
                    if len(value) >= 3:
                        out.append(value)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--once", action="store_true", help="every text of the pool once, shuffled (ignores --mb)")
    a = ap.parse_args()
    pool = texts(a.shared, SOURCES) if os.path.isdir(os.path.join(a.shared, "corpora")) else []
    source = "../shared/corpora"
    if not pool:
        pool, source = texts(ROOT, FALLBACK), "Corpora/"
    if not pool:
        sys.exit("make_corpus: no texts found")
    rng = random.Random(a.seed)
    target = int(a.mb * 1e6)
    channels = ["phone", "chat", "email", "store", "app", "web"]
    written = rows = 0
    with open(a.out, "w", encoding="utf-8", newline="") as f, open(a.out + ".txt", "w", encoding="utf-8") as lines:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "score", "channel", "text"])
        order = rng.sample(range(len(pool)), len(pool)) if a.once else None
        while (rows < len(pool)) if a.once else (written < target):
            rows += 1
            text = pool[order[rows - 1]] if a.once else pool[rng.randrange(len(pool))]
            row = [f"B{rows:09d}", str(rng.randrange(11)), channels[rng.randrange(len(channels))], text]
            w.writerow(row)
            lines.write(" ".join(text.split()) + "\n")
            written += sum(len(x.encode("utf-8")) for x in row) + 8
    print(f"make_corpus: {rows} rows, {os.path.getsize(a.out) / 1e6:.1f} MB from {len(pool)} texts of {source} -> {a.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
