"""Segmentation throughput: MB of article text per second on one core, and linear time on
adversarial input.

Usage: python benchmarks/segment_speed.py [--mb 4] [--repeat 3] [--adversarial]

Builds a large synthetic text from the corpus articles (repeated, paragraphs kept) of about
--mb megabytes, segments it once to warm the caches, then times --repeat more runs and prints
the best. Time is CPU time of this process (``time.process_time``; the segmenter runs on one
thread), so other work on the machine does not count; wall time is printed too.

For comparison it times a naive rule on the same text: a regular expression that splits
sentences and keeps those holding a quotation mark or "said"/"says" (no speaker, no offsets
beyond the sentence, no quotes over sentences).

--adversarial times odd inputs of 20k, 40k and 80k characters (runs of periods, closing
quotation marks, quotes, commas, cue words, one huge sentence) and prints the time of each size
and the ratio of the largest to the smallest per character: about 1 for linear time.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

_NAIVE = re.compile(r"[^.!?\n]+[.!?\u201d\"]*")
_SAID = re.compile(r"[\"\u201c\u201d]|\b(?:said|says)\b")


def naive(text: str) -> list[tuple[int, int]]:
    """The naive reference rule: sentences with a quotation mark or 'said'/'says'."""
    return [m.span() for m in _NAIVE.finditer(text) if _SAID.search(m.group(0))]


def best_of(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The best CPU and wall seconds of ``repeat`` runs of ``fn``."""
    cpu, wall = float("inf"), float("inf")
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        fn()
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    return cpu, wall


def _letters(i: int) -> str:
    """A distinct capitalised surname for each number ('Kab', 'Kac', ...)."""
    return "K" + "".join(chr(97 + int(d)) for d in str(i))


_ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "periods": lambda n: "x" + "." * n + "x",
    "closing quotes": lambda n: "\u201d" * n,
    "closing quotes, words": lambda n: "a\u201d " * (n // 3),
    "straight quotes": lambda n: '"' * n,
    "commas before a cue": lambda n: "X, " * (n // 3) + "said",
    "cue words": lambda n: "He said " * (n // 8),
    "one long sentence": lambda n: "Russia said that " + "the talks and " * (n // 14) + "ended.",
    "possessive nouns": lambda n: "Russia's call " * (n // 14),
    "according to": lambda n: "according to " * (n // 13),
    "hyphen chain": lambda n: "said " + "a-" * (n // 2) + "-",
    "capitals": lambda n: "A. " * (n // 3),
    "dash signature": lambda n: '"a" -- ' + "Bb " * (n // 3),
    "lines broken by \\r": lambda n: "a b.\r" * (n // 5),
    "wrapped lines, one paragraph": lambda n: "the ministry said it was concerned by the talks\n" * (n // 48),
    "short lines in capitals": lambda n: "A b\n" * (n // 4),
    "many surnames": lambda n: "".join(f"Minister {_letters(i)} said it was shut. " for i in range(n // 36)),
    "many named speakers": lambda n: "".join(
        f"Ada {_letters(i)} said the road was shut. " for i in range(n // 36)
    ),
    "tagged turns": lambda n: "Okafor: Is the truce holding?\nRoe: It is holding.\n" * (n // 48),
    "one surname, every sentence": lambda n: "Roe said it was shut, adding that Lin agreed. " * (n // 46),
    "stories under datelines": lambda n: "VARDANIA CITY, May 2 - Roe said the road was shut.\n\n" * (n // 52),
}


def adversarial() -> None:
    from stance import segment

    sizes = (20_000, 40_000, 80_000)
    for name, make in _ADVERSARIAL.items():
        times = []
        for n in sizes:
            text = make(n)
            cpu, _ = best_of(lambda text=text: segment(text), 1)
            times.append(cpu / len(text))
        ratio = times[-1] / times[0] if times[0] else 0.0
        cells = "  ".join(f"{n // 1000}k {t * n:.3f}s" for n, t in zip(sizes, times))
        print(f"adversarial {name:24s} {cells}  per-char ratio 80k/20k = {ratio:.2f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0, help="size of the synthetic text in MB")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs (the best is printed)")
    ap.add_argument("--adversarial", action="store_true", help="also time adversarial inputs")
    args = ap.parse_args()
    from stance import segment
    from stance.corpus import load

    articles = [a.text for a in load().articles]
    one = "\n\n".join(articles)
    size = int(args.mb * 1_000_000)
    text = "\n\n".join([one] * (size // (len(one.encode("utf-8")) + 2) + 1))
    mb = len(text.encode("utf-8")) / 1_000_000
    segment(one)  # warm the lexicon, gazetteer and regex caches
    n = len(segment(text))
    cpu, wall = best_of(lambda: segment(text), args.repeat)
    print(
        f"segment: {mb:.1f} MB, {n} statements in {cpu:.2f} s CPU = {mb / cpu:.2f} MB/s on one core "
        f"(wall {wall:.2f} s = {mb / wall:.2f} MB/s)"
    )
    m = len(naive(text))
    cpu_n, _ = best_of(lambda: naive(text), args.repeat)
    print(
        f"naive regex rule: {m} sentences in {cpu_n:.2f} s CPU = {mb / cpu_n:.2f} MB/s "
        f"({cpu / cpu_n:.1f}x faster than segment)"
    )
    if args.adversarial:
        adversarial()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
