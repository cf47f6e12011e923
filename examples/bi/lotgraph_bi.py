#!/usr/bin/env python3
"""Incremental lot pull and quality KPIs from Lotgraph, with the Python standard library only.

Each run:
  1. reads `changeWatermark` BEFORE the first page and keeps it as the next run's start;
  2. pages through the lots changed since the previous run's watermark (all lots on the first
     run), 1000 a page, following `pageInfo.endCursor`;
  3. reads the quality KPIs (first-pass yield per material and month, CAPA metrics,
     nonconformances per supplier) for the last `--days` days;
  4. prints one JSON document on stdout and, only once everything succeeded, stores the new
     watermark in the state file.

A lot changed while the pull pages is not lost: its updatedAt is at or after the watermark
read in step 1, so the next run returns it (perhaps a second time: upsert by id, keep the
highest version).

Usage:
  LOTGRAPH_TOKEN=<BI_READER token> python3 lotgraph_bi.py --url http://localhost:4000/graphql --state bi-state.json
"""
import argparse
import datetime
import json
import os
import sys
import tempfile
import urllib.error
import urllib.request

LOTS = """
query ChangedLots($first: Int!, $after: String, $filter: LotFilter) {
  lots(first: $first, after: $after, filter: $filter) {
    edges { node { id lotNumber status quantity unit version updatedAt material { code } } }
    pageInfo { hasNextPage endCursor }
  }
}"""

KPIS = """
query QualityKpis($fpy: FirstPassYieldFilter!, $from: Date!, $to: Date!) {
  firstPassYield(filter: $fpy) { periodStart lotsInspected lotsPassedFirstTime yield material { code } }
  capaMetrics(from: $from, to: $to) { openCount overdueCount closedCount meanCycleDays }
  nonconformancesBySupplier(from: $from, to: $to) { opened notClosed supplier { code } }
}"""


class LotgraphError(Exception):
    """A GraphQL or HTTP error, with the limit it hit when the server names one."""


def graphql(url, token, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "content-type": "application/json",
        "accept": "application/graphql-response+json, application/json",
        "authorization": "Bearer " + token,
    })
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
    except urllib.error.HTTPError as error:
        # 4xx answers still carry a GraphQL error body (a limit, a malformed request).
        try:
            answer = json.load(error)
        except ValueError:
            raise LotgraphError("HTTP %d from %s" % (error.code, url)) from None
    errors = answer.get("errors")
    if errors:
        first = errors[0]
        extensions = first.get("extensions") or {}
        limit = " (limit %s = %s)" % (extensions["limit"], extensions.get("max")) if "limit" in extensions else ""
        raise LotgraphError("%s: %s%s" % (extensions.get("code", "ERROR"), first.get("message"), limit))
    return answer["data"]


def changed_lots(url, token, since, page_size):
    """Every lot changed at or after `since` (all lots when None), deduplicated by id."""
    variables = {"first": page_size, "after": None, "filter": {"updatedAt": {"from": since}} if since else None}
    lots, pages = {}, 0
    while True:
        page = graphql(url, token, LOTS, variables)["lots"]
        pages += 1
        for edge in page["edges"]:
            node = edge["node"]
            kept = lots.get(node["id"])
            if kept is None or kept["version"] < node["version"]:
                lots[node["id"]] = {
                    "id": node["id"], "lotNumber": node["lotNumber"], "materialCode": node["material"]["code"] if node["material"] else None,
                    "status": node["status"], "quantity": node["quantity"], "unit": node["unit"], "version": node["version"], "updatedAt": node["updatedAt"],
                }
        if not page["pageInfo"]["hasNextPage"]:
            return sorted(lots.values(), key=lambda lot: (lot["updatedAt"], lot["id"])), pages
        variables["after"] = page["pageInfo"]["endCursor"]


def quality_kpis(url, token, days):
    today = datetime.datetime.now(datetime.timezone.utc).date()
    start, end = (today - datetime.timedelta(days=days)).isoformat(), (today + datetime.timedelta(days=1)).isoformat()
    data = graphql(url, token, KPIS, {
        "fpy": {"from": start, "to": end, "period": "MONTH", "inspectionType": "INCOMING"},
        "from": start, "to": end,
    })
    return {
        "from": start,
        "to": end,
        "firstPassYield": [
            {"materialCode": row["material"]["code"] if row["material"] else None, "periodStart": row["periodStart"],
             "lotsInspected": row["lotsInspected"], "lotsPassedFirstTime": row["lotsPassedFirstTime"], "yield": row["yield"]}
            for row in data["firstPassYield"]
        ],
        "capa": data["capaMetrics"],
        "nonconformancesBySupplier": [
            {"supplierCode": row["supplier"]["code"] if row["supplier"] else None, "opened": row["opened"], "notClosed": row["notClosed"]}
            for row in data["nonconformancesBySupplier"]
        ],
    }


def read_state(path):
    try:
        with open(path, encoding="utf-8") as state:
            return json.load(state).get("watermark")
    except FileNotFoundError:
        return None


def write_state(path, watermark):
    """Atomically: a crash leaves the old watermark, never half a file."""
    directory = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".bi-state-")
    with os.fdopen(handle, "w", encoding="utf-8") as state:
        json.dump({"watermark": watermark}, state)
    os.replace(temporary, path)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("LOTGRAPH_URL", "http://localhost:4000/graphql"))
    parser.add_argument("--token", default=os.environ.get("LOTGRAPH_TOKEN"), help="a BI_READER token (default: $LOTGRAPH_TOKEN)")
    parser.add_argument("--state", default="bi-state.json", help="where the last pull's watermark is kept")
    parser.add_argument("--page-size", type=int, default=1000)
    parser.add_argument("--days", type=int, default=90, help="KPI window, in days up to today")
    args = parser.parse_args(argv)
    if not args.token:
        parser.error("a token is needed: --token or LOTGRAPH_TOKEN")
    try:
        since = read_state(args.state)
        watermark = graphql(args.url, args.token, "{ changeWatermark }")["changeWatermark"]
        lots, pages = changed_lots(args.url, args.token, since, args.page_size)
        kpis = quality_kpis(args.url, args.token, args.days)
    except (LotgraphError, urllib.error.URLError) as error:
        print("lotgraph_bi: %s" % error, file=sys.stderr)
        return 2
    json.dump({"since": since, "watermark": watermark, "pages": pages, "lots": lots, "kpis": kpis}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    write_state(args.state, watermark)
    return 0


if __name__ == "__main__":
    sys.exit(main())
