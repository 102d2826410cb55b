#!/usr/bin/env python3
"""Builds the sample letters and their gold records from the marked-up sources.

    python3 src/test/tools/build_gold.py            (from the repository root, or from anywhere)

Reads   src/test/tools/letters/NN_name.marked
Writes  src/main/resources/org/imrworkstation/samples/NN_name.txt   (plain letter text, UTF-8, LF)
        src/main/resources/org/imrworkstation/samples/index.list      (the letters' file names, one a line)
        src/test/resources/gold/samples.jsonl                        (one letter record per line)

Markup (see src/test/tools/README.md):
  [[TYPE|surface text|value]]   a span; the surface text may run over line breaks
  {FF}                          a form feed (page break of PDF-extracted text)
  a line "=====GOLD=====" then a JSON object {"items": [...], "fields": {...}}

Besides writing, it checks the gold: each span's text is the letter's substring, spans do not overlap,
values are the normalised forms of their surfaces (ANNOTATION_GUIDELINES.md), the items agree with the
spans of their headings and guideline lines, and a lint looks for mentions left unannotated.
Any failed check stops the build with a message naming the letter and the place. Python 3 stdlib only.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SRC_DIR = os.path.join(HERE, "letters")
TXT_DIR = os.path.join(ROOT, "src", "main", "resources", "org", "imrworkstation", "samples")
GOLD_FILE = os.path.join(ROOT, "src", "test", "resources", "gold", "samples.jsonl")

TYPES = ["DRUG", "STRENGTH", "QUANTITY", "REFILLS", "DATE", "PAIN_SCORE", "GUIDELINE_PAGE", "DECISION"]
DECISIONS = {"UPHELD", "OVERTURNED", "PARTIAL"}
SOURCES = {"MTUS", "ODG", "ACOEM", "OTHER"}
ITEM_KEYS = ["treatment", "drug", "strength", "quantity", "refills", "decision", "guidelines", "pages"]
FIELD_KEYS = ["patient_age", "patient_sex", "injury_date", "ur_date", "rfa_date", "reviewer_specialty",
              "reviewer_states"]
MARK = re.compile(r"\[\[([A-Z_]+)\|([^|\]]*)\|([^|\]]*)\]\]")
GOLD_LINE = "\n=====GOLD=====\n"

# The drug lexicon of the samples: surface (lower case, white space collapsed) -> DRUG value.
LEXICON = {
    "acetaminophen": "acetaminophen", "tylenol": "acetaminophen",
    "alprazolam": "alprazolam", "xanax": "alprazolam",
    "amitriptyline": "amitriptyline", "elavil": "amitriptyline",
    "anaprox ds": "naproxen", "anaprox": "naproxen", "naproxen": "naproxen", "naprosyn": "naproxen",
    "buprenorphine": "buprenorphine", "butrans": "buprenorphine",
    "butalbital": "butalbital",
    "capsaicin": "capsaicin",
    "carisoprodol": "carisoprodol", "soma": "carisoprodol",
    "celecoxib": "celecoxib", "celebrex": "celecoxib",
    "cephalexin": "cephalexin", "keflex": "cephalexin",
    "cyclobenzaprine": "cyclobenzaprine", "flexeril": "cyclobenzaprine", "fexmid": "cyclobenzaprine",
    "diazepam": "diazepam", "valium": "diazepam",
    "diclofenac": "diclofenac", "voltaren": "diclofenac",
    "docusate": "docusate", "colace": "docusate",
    "duexis": "famotidine/ibuprofen",
    "duloxetine": "duloxetine", "cymbalta": "duloxetine",
    "famotidine": "famotidine",
    "fioricet": "acetaminophen/butalbital/caffeine",
    "gabapentin": "gabapentin", "neurontin": "gabapentin",
    "hydrocodone": "hydrocodone",
    "ibuprofen": "ibuprofen", "motrin": "ibuprofen",
    "ketorolac": "ketorolac", "toradol": "ketorolac",
    "lidocaine": "lidocaine", "lidoderm": "lidocaine",
    "lorazepam": "lorazepam", "ativan": "lorazepam",
    "meloxicam": "meloxicam", "mobic": "meloxicam",
    "menthol": "menthol",
    "metaxalone": "metaxalone", "skelaxin": "metaxalone",
    "methadone": "methadone",
    "methocarbamol": "methocarbamol", "robaxin": "methocarbamol",
    "methyl salicylate": "methyl salicylate",
    "morphine": "morphine", "ms contin": "morphine", "kadian": "morphine",
    "norco": "acetaminophen/hydrocodone",
    "omeprazole": "omeprazole", "prilosec": "omeprazole",
    "ondansetron": "ondansetron", "zofran": "ondansetron",
    "oxycodone": "oxycodone", "oxycontin": "oxycodone",
    "pantoprazole": "pantoprazole", "protonix": "pantoprazole",
    "percocet": "acetaminophen/oxycodone",
    "pregabalin": "pregabalin", "lyrica": "pregabalin",
    "senokot-s": "docusate/sennosides",
    "sumatriptan": "sumatriptan", "imitrex": "sumatriptan",
    "tapentadol": "tapentadol", "nucynta": "tapentadol",
    "terocin": "capsaicin/lidocaine/menthol/methyl salicylate",
    "tizanidine": "tizanidine", "zanaflex": "tizanidine",
    "topiramate": "topiramate", "topamax": "topiramate",
    "tramadol": "tramadol", "ultram": "tramadol",
    "trazodone": "trazodone",
    "ultracet": "acetaminophen/tramadol",
    "vicoprofen": "hydrocodone/ibuprofen",
    "zolpidem": "zolpidem", "ambien": "zolpidem",
    "baclofen": "baclofen",
    "fentanyl": "fentanyl", "duragesic": "fentanyl",
    "escitalopram": "escitalopram", "lexapro": "escitalopram",
    "hydromorphone": "hydromorphone", "dilaudid": "hydromorphone",
    "nabumetone": "nabumetone", "relafen": "nabumetone",
}

MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
          "dec": 12}
NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


class GoldError(Exception):
    pass


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def full_year(y):
    n = int(y)
    if len(y) <= 2:
        return 2000 + n if n < 50 else 1900 + n
    return n


def norm_date(s):
    s = ws(s)
    m = re.fullmatch(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})", s)
    if m:
        return "%04d-%02d-%02d" % (full_year(m.group(4)), int(m.group(1)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[/-](\d{4})", s)
    if m:
        return "%04d-%02d" % (int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2}),? (\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return "%04d-%02d-%02d" % (int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    m = re.fullmatch(r"([A-Za-z]+)\.?(?: of)? (\d{4})", s)
    if m and m.group(1).lower() in MONTHS:
        return "%04d-%02d" % (int(m.group(2)), MONTHS[m.group(1).lower()])
    return None


def norm_strength(s):
    m = re.fullmatch(r"(\d+(?:\.\d+)?(?:\s*[/-]\s*\d+(?:\.\d+)?)*)\s*(mg|mcg/hr|mcg|g|ml|%)", ws(s), re.I)
    if not m:
        return None
    nums = re.split(r"\s*[/-]\s*", m.group(1))
    return "/".join(nums) + " " + m.group(2).lower()


def norm_quantity(s):
    m = re.fullmatch(r"#\s*(\d+)", ws(s))
    return m.group(1) if m else None


def count(word):
    return str(int(word)) if word.isdigit() else (str(NUMBER_WORDS[word.lower()])
                                                   if word.lower() in NUMBER_WORDS else None)


def norm_refills(s):
    s = ws(s)
    m = re.fullmatch(r"Refills?:\s*(\w+)", s, re.I) or re.fullmatch(r"(\w+) refills?", s, re.I)
    return count(m.group(1)) if m else None


def norm_pain(s):
    s = ws(s)
    m = (re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?\s*(?:/\s*10|out of 10)", s)
         or re.fullmatch(r"(\d+) to (\d+)", s))
    if not m:
        return None
    if m.group(2):
        return m.group(1) + "-" + m.group(2)
    return m.group(1)


def norm_pages(s):
    parts = [p for p in re.split(r"\s*[,;]\s*|\s+and\s+", ws(s)) if p]
    if not parts or not all(re.fullmatch(r"\d+(-\d+)?", p) for p in parts):
        return None
    return ",".join(parts)


def norm_decision(s):
    s = ws(s).lower()
    return {"upheld": "UPHELD", "overturned": "OVERTURNED", "partially overturned": "PARTIAL",
            "is not medically necessary and appropriate": "UPHELD",
            "is medically necessary and appropriate": "OVERTURNED"}.get(s)


def norm_drug(s):
    return LEXICON.get(ws(s).lower())


NORMALISERS = {"DRUG": norm_drug, "STRENGTH": norm_strength, "QUANTITY": norm_quantity,
               "REFILLS": norm_refills, "DATE": norm_date, "PAIN_SCORE": norm_pain,
               "GUIDELINE_PAGE": norm_pages, "DECISION": norm_decision}


def parse_marked(raw, name):
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    if GOLD_LINE not in raw:
        raise GoldError(f"{name}: no line =====GOLD=====")
    body, gold_json = raw.split(GOLD_LINE, 1)
    body = body.replace("{FF}", "\f") + "\n"
    try:
        gold = json.loads(gold_json)
    except json.JSONDecodeError as e:
        raise GoldError(f"{name}: gold JSON: {e}")
    out = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        plain = body[pos:m.start()]
        out.append(plain)
        length += len(plain)
        typ, surface, value = m.group(1), m.group(2), m.group(3)
        if typ not in TYPES:
            raise GoldError(f"{name}: unknown span type {typ} in {m.group(0)!r}")
        if surface != surface.strip() or not surface:
            raise GoldError(f"{name}: span surface with outer white space: {m.group(0)!r}")
        spans.append({"type": typ, "start": length, "end": length + len(surface), "text": surface,
                      "value": value})
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out)
    leftover = re.search(r"\[\[|\]\]", text)
    if leftover:
        raise GoldError(f"{name}: broken markup near {text[max(0, leftover.start() - 40):leftover.start() + 40]!r}")
    return text, spans, gold


def where(text, i):
    line = text.count("\n", 0, i) + 1
    return f"line {line} ({text[max(0, i - 30):i + 30]!r})"


def layout_of(text):
    if "Notice of Independent Medical Review Determination" in text:
        return "NOTICE_2013"
    if text.startswith("Case Number:"):
        return "HEADER_2016"
    return "FINAL_2014"


def check_spans(name, text, spans):
    for s in spans:
        if any(ord(c) > 0xFFFF for c in s["text"]):
            raise GoldError(f"{name}: non-BMP character in span {s['text']!r}")
        if text[s["start"]:s["end"]] != s["text"]:
            raise GoldError(f"{name}: span text mismatch at {s['start']}")
        want = NORMALISERS[s["type"]](s["text"])
        if want is None:
            raise GoldError(f"{name}: {s['type']} {s['text']!r} is not a recognised form, {where(text, s['start'])}")
        if want != s["value"]:
            raise GoldError(f"{name}: {s['type']} {s['text']!r} has value {s['value']!r}, expected {want!r}, "
                            f"{where(text, s['start'])}")
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            raise GoldError(f"{name}: overlapping spans {a['text']!r} and {b['text']!r}")
    if any(ord(c) > 0xFFFF for c in text):
        raise GoldError(f"{name}: non-BMP character in the letter (Java offsets would differ)")


def norm_index(text):
    """White space collapsed text plus, for each of its characters, its index in text."""
    chars, idx = [], []
    prev_space = True
    for i, c in enumerate(text):
        if c.isspace():
            if not prev_space:
                chars.append(" ")
                idx.append(i)
            prev_space = True
        else:
            chars.append(c)
            idx.append(i)
            prev_space = False
    return "".join(chars), idx


def guideline_sources(line):
    found = []
    plain = re.sub(r"Non-MTUS|outside\s+of\s+the\s+MTUS|not\s+part\s+of\s+the\s+MTUS"
                   r"|MTUS\s+(?:does|did)\s+not\s+address", " ", line)
    if re.search(r"\bMTUS\b", plain):
        found.append("MTUS")
    if re.search(r"Official\s+Disability\s+Guidelines|\bODG\b", line):
        found.append("ODG")
    if re.search(r"\bACOEM\b", line):
        found.append("ACOEM")
    return found


def check_items(name, text, spans, items, layout):
    if not isinstance(items, list) or not items:
        raise GoldError(f"{name}: no items")
    for k, it in enumerate(items, 1):
        if list(it.keys()) != ITEM_KEYS:
            raise GoldError(f"{name}: item {k} keys {list(it.keys())}, expected {ITEM_KEYS}")
        if it["decision"] not in DECISIONS:
            raise GoldError(f"{name}: item {k} decision {it['decision']!r}")
        if not isinstance(it["guidelines"], list) or not set(it["guidelines"]) <= SOURCES \
                or len(set(it["guidelines"])) != len(it["guidelines"]):
            raise GoldError(f"{name}: item {k} guidelines {it['guidelines']!r}")
        if not isinstance(it["pages"], str):
            raise GoldError(f"{name}: item {k} pages must be a string")
        for key in ("quantity", "refills"):
            if it[key] is not None and not isinstance(it[key], int):
                raise GoldError(f"{name}: item {k} {key} must be an integer or null")
        if it["treatment"] != ws(it["treatment"]):
            raise GoldError(f"{name}: item {k} treatment white space not collapsed")
    decisions = [s for s in spans if s["type"] == "DECISION"]
    ntext, nidx = norm_index(text)
    if layout == "NOTICE_2013":
        n = len(items)
        if len(decisions) != 2 * n:
            raise GoldError(f"{name}: {len(decisions)} DECISION spans for {n} items (expected two lists)")
        lists = [decisions[:n], decisions[n:]]
    else:
        if len(decisions) != len(items):
            raise GoldError(f"{name}: {len(decisions)} DECISION spans for {len(items)} items")
        lists = [decisions]
    heads = []
    for lst in lists:
        for k, (it, d) in enumerate(zip(items, lst), 1):
            if d["value"] != it["decision"]:
                raise GoldError(f"{name}: item {k} decision {it['decision']} but heading says {d['text']!r}")
            # the treatment must end right before the decision (": Upheld" or " is ... necessary")
            dn = next(j for j, i in enumerate(nidx) if i >= d["start"])
            before = ntext[:dn].rstrip()
            if layout == "NOTICE_2013":
                if not before.endswith("the request for " + it["treatment"]):
                    raise GoldError(f"{name}: item {k} treatment {it['treatment']!r} not before {where(text, d['start'])}")
            elif not before.endswith(it["treatment"] + ":"):
                raise GoldError(f"{name}: item {k} treatment {it['treatment']!r} not before {where(text, d['start'])}")
            tn = before.rfind(it["treatment"])
            heads.append((it, nidx[tn], d["start"], k))
    for it, a, b, k in heads:
        inside = [s for s in spans if a <= s["start"] and s["end"] <= b]
        for key, typ in (("drug", "DRUG"), ("strength", "STRENGTH"), ("quantity", "QUANTITY"),
                         ("refills", "REFILLS")):
            vals = [s["value"] for s in inside if s["type"] == typ]
            want = vals[0] if vals else None
            if want is not None and key in ("quantity", "refills"):
                want = int(want)
            if it[key] != want:
                raise GoldError(f"{name}: item {k} {key} {it[key]!r} but its heading gives {want!r}")
    # guideline lines: the reviewer's citation after each heading (first list only for NOTICE_2013)
    if layout == "NOTICE_2013":
        starts = [m.start() for m in re.finditer(r"Used\s+by\s+the\s+Expert\s+Reviewer:", text)]
        ends = [m.start() for m in re.finditer(r"Rationale\s+for\s+the\s+Decision:", text)]
    else:
        starts = [m.start() for m in re.finditer(r"MAXIMUS\s+guideline:", text)]
        ends = [m.start() for m in re.finditer(r"Decision\s+rationale:", text)]
    if len(starts) != len(items) or len(ends) != len(items):
        raise GoldError(f"{name}: {len(starts)} reviewer guideline lines, {len(ends)} rationales, {len(items)} items")
    for k, (it, a, b) in enumerate(zip(items, starts, ends), 1):
        pages = ",".join(s["value"] for s in spans if s["type"] == "GUIDELINE_PAGE" and a <= s["start"] < b)
        if it["pages"] != pages:
            raise GoldError(f"{name}: item {k} pages {it['pages']!r} but its guideline line gives {pages!r}")
        found = guideline_sources(text[a:b])
        extra = set(it["guidelines"]) - set(found)
        if set(found) - set(it["guidelines"]) or extra - {"OTHER"}:
            raise GoldError(f"{name}: item {k} guidelines {it['guidelines']} but its line names {found}")


def check_fields(name, text, spans, fields):
    if list(fields.keys()) != FIELD_KEYS:
        raise GoldError(f"{name}: field keys {list(fields.keys())}, expected {FIELD_KEYS}")
    dates = {s["value"] for s in spans if s["type"] == "DATE"}
    for key in ("injury_date", "ur_date", "rfa_date"):
        v = fields[key]
        if v is not None and v not in dates:
            raise GoldError(f"{name}: field {key} {v!r} is no DATE span of the letter")
    if fields["injury_date"] is None:
        raise GoldError(f"{name}: no injury_date")
    age = fields["patient_age"]
    if age is not None and not re.search(rf"\b{age}[- ]year", text):
        raise GoldError(f"{name}: patient_age {age} not stated")
    if fields["patient_sex"] not in ("F", "M", None):
        raise GoldError(f"{name}: patient_sex {fields['patient_sex']!r}")
    spec = fields["reviewer_specialty"]
    if spec is not None and ws(spec) not in ws(text):
        raise GoldError(f"{name}: reviewer_specialty {spec!r} not in the letter")
    states = fields["reviewer_states"]
    if not isinstance(states, list) or not all(re.fullmatch(r"[A-Z]{2}", s) for s in states):
        raise GoldError(f"{name}: reviewer_states {states!r}")


# ---- lint: mentions that look annotatable but carry no span -------------------------------------

LINT_PATTERNS = [
    ("DATE", r"\b\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})\b"),
    ("DATE", r"(?<![\w/-])\d{1,2}[/-]\d{4}\b"),
    ("DATE", r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?: \d{1,2},| of)? \d{4}\b"),
    ("DATE", r"\bMay(?: \d{1,2},| of)? \d{4}\b"),
    ("PAIN_SCORE", r"\b\d{1,2}(?:\s*-\s*\d{1,2})?\s*(?:/\s*10\b(?!/)|out\s+of\s+10\b)"),
    ("QUANTITY", r"#\s*\d+"),
    ("REFILLS", r"\bRefills?:\s*\d+|\b(?:\d+|one|two|three|four|five|six)\s+refills?\b"),
    ("GUIDELINE_PAGE", r"(?:Page\(s\):|\b(?i:pages?)\b|\bpg\.?)\s*\d+(?!\d|\s+of\s+\d)"),
    ("DECISION", r":\s*(?:Upheld|Overturned|Partially\s+Overturned)\b"),
    ("DECISION", r"\d\)\s+MAXIMUS\s+Federal\s+Services,\s+Inc\.\s+has\s+determined\s+the\s+request\b"),
]
# contexts where a lexicon word is not a drug (guidelines: "morphine equivalent dose")
NOT_A_DRUG = re.compile(r"morphine[\s-]+(?:milligram[\s-]+)?equivalent", re.I)


def covered(spans, a, b, typ=None):
    return any(s["start"] < b and a < s["end"] and (typ is None or s["type"] == typ) for s in spans)


def lint(name, text, spans, layout):
    problems = []
    words = sorted(LEXICON, key=len, reverse=True)
    drug_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)
    for m in drug_re.finditer(text):
        if covered(spans, m.start(), m.end()):
            continue
        if NOT_A_DRUG.match(text, m.start()):
            continue
        problems.append(f"DRUG {m.group(0)!r} unannotated, {where(text, m.start())}")
    for typ, pat in LINT_PATTERNS:
        for m in re.finditer(pat, text):
            if typ == "DECISION" and layout == "NOTICE_2013" and m.group(0).startswith(":"):
                continue
            if typ == "DECISION" and m.group(0)[0].isdigit():
                # the determination phrase after the request must be a DECISION span
                rest = re.compile(r".*?\bis\s+(?:not\s+)?medically\s+necessary\s+and\s+appropriate", re.S)
                r = rest.match(text, m.end())
                if not r or not covered(spans, r.end() - 10, r.end(), "DECISION"):
                    problems.append(f"DECISION phrase unannotated, {where(text, m.start())}")
                continue
            a, b = m.start(), m.end()
            if typ == "DECISION":
                a = b - len(m.group(0).lstrip(": \n"))
            if typ == "GUIDELINE_PAGE":
                a = re.search(r"\d", m.group(0)).start() + m.start()
            if not covered(spans, a, b):
                problems.append(f"{typ} {text[a:b]!r} unannotated, {where(text, a)}")
    # a number with a unit right after a drug name is its strength
    for s in spans:
        if s["type"] != "DRUG":
            continue
        m = re.compile(r"(?:\s+(?:gel|patch(?:es)?|lotion|tablets?|cream|ER|IR))?\s*(\d[\d./-]*\s*(?:mg|mcg|g|ml|%))",
                       re.I).match(text, s["end"])
        if m and not covered(spans, m.start(1), m.end(1), "STRENGTH"):
            problems.append(f"STRENGTH after {s['text']!r} unannotated, {where(text, m.start(1))}")
    # NOTICE_2013: the phrase is a DECISION only in the two numbered lists
    if layout == "NOTICE_2013":
        for s in spans:
            if s["type"] == "DECISION":
                heads = list(re.finditer(r"\d+\)\s+MAXIMUS\s+Federal\s+Services,\s+Inc\.", text[:s["start"]]))
                between = text[heads[-1].end():s["start"]] if heads else "."
                if re.search(r"\.\s", between):
                    problems.append(f"DECISION outside a numbered determination, {where(text, s['start'])}")
    return problems


def build():
    os.makedirs(TXT_DIR, exist_ok=True)
    os.makedirs(os.path.dirname(GOLD_FILE), exist_ok=True)
    names = sorted(f for f in os.listdir(SRC_DIR) if f.endswith(".marked"))
    if not names:
        raise GoldError(f"no .marked files in {SRC_DIR}")
    records = []
    texts = {}
    problems = []
    for fname in names:
        name = fname[:-len(".marked")] + ".txt"
        with open(os.path.join(SRC_DIR, fname), encoding="utf-8") as f:
            raw = f.read()
        text, spans, gold = parse_marked(raw, fname)
        if set(gold.keys()) != {"items", "fields"}:
            raise GoldError(f"{fname}: gold block keys {sorted(gold.keys())}, expected items and fields")
        spans.sort(key=lambda s: (s["start"], s["end"]))
        layout = layout_of(text)
        check_spans(fname, text, spans)
        check_items(fname, text, spans, gold["items"], layout)
        check_fields(fname, text, spans, gold["fields"])
        problems += [f"{fname}: {p}" for p in lint(fname, text, spans, layout)]
        texts[name] = text
        records.append({"letter": name, "spans": spans, "items": gold["items"], "fields": gold["fields"]})
        counts = {}
        for s in spans:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
        print(f"{name:42} {layout:12} {len(text.encode('utf-8')):6d} bytes {len(gold['items'])} items  "
              + " ".join(f"{t}={counts.get(t, 0)}" for t in TYPES))
    if problems:
        raise GoldError("lint:\n  " + "\n  ".join(problems))
    for name, text in texts.items():
        with open(os.path.join(TXT_DIR, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    records.sort(key=lambda r: r["letter"])
    with open(GOLD_FILE, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    written = {r["letter"] for r in records}
    # samples/index.list lists the bundled letters for code that reads them from the classpath
    with open(os.path.join(TXT_DIR, "index.list"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(n + "\n" for n in sorted(written)))
    for f in sorted(os.listdir(TXT_DIR)):
        if re.fullmatch(r"\d\d_.*\.txt", f) and f not in written:
            print(f"warning: {os.path.join(TXT_DIR, f)} has no source in {SRC_DIR}", file=sys.stderr)
    print(f"{len(records)} letters -> {os.path.relpath(GOLD_FILE, ROOT)}")


if __name__ == "__main__":
    try:
        build()
    except GoldError as e:
        sys.exit(f"build_gold: {e}")
