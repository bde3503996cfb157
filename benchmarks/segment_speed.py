"""Segmentation throughput: MB of article text per second on one core.

Usage: python benchmarks/segment_speed.py [--mb 4]
Builds a large synthetic text from the corpus articles (repeated, paragraphs kept) of about
--mb megabytes, segments it once to warm the caches, then times one more run and prints one
line with the throughput.
"""

from __future__ import annotations

import argparse
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0, help="size of the synthetic text in MB")
    args = ap.parse_args()
    from stance.corpus import load
    from stance.segmentation import segment

    articles = [a.text for a in load().articles]
    one = "\n\n".join(articles)
    size = int(args.mb * 1_000_000)
    text = "\n\n".join([one] * (size // (len(one.encode("utf-8")) + 2) + 1))
    segment(one)  # warm the lexicon, gazetteer and regex caches
    t0 = time.perf_counter()
    statements = segment(text)
    seconds = time.perf_counter() - t0
    mb = len(text.encode("utf-8")) / 1_000_000
    print(f"segment: {mb:.1f} MB, {len(statements)} statements in {seconds:.2f} s = {mb / seconds:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
