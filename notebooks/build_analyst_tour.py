"""Writes analyst-tour.ipynb from the cells below: no outputs, no execution counts, stable cell ids.

Edit the notebook here, then run ``.venv/bin/python notebooks/build_analyst_tour.py``; with ``--check`` it only says
whether the committed notebook is what this file writes (test/notebooks checks that, and that it has no outputs).
Code cells tagged ``check`` end with the asserts CI relies on; the cell tagged ``summary`` prints the one-line JSON
that scripts/run-notebook.py reports.
"""

from __future__ import annotations

import sys
from pathlib import Path
from textwrap import dedent

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOK = Path(__file__).with_name("analyst-tour.ipynb")

# (cell id, "md" or "code", tags, source)
CELLS: list[tuple[str, str, list[str], str]] = [
    ("intro", "md", [], """
        # Analyst tour of the policy graph

        The graph holds the people, institutions and policy tracks of U.S. diplomacy on Ukraine, Israel-Hamas and Iran,
        and the **claims** that connect them: every relation exists because someone said so, somewhere, at some time.
        This tour asks the questions an analyst starts with and shows, for every answer, **who says so and where**.

        Run it top to bottom against a running API:

        ```sh
        npm start                         # http://127.0.0.1:4000/graphql, seeded on first start
        bash scripts/python-env.sh        # .venv with the policy_graph client, pandas, networkx, matplotlib
        .venv/bin/python scripts/run-notebook.py notebooks/analyst-tour.ipynb   # or open it in Jupyter
        ```

        `POLICY_GRAPH_URL` points it at another endpoint. Section 7 writes to the graph (it ingests four later
        documents) and needs an editor key in `POLICY_GRAPH_API_KEY`: start the server with
        `API_KEYS=<a key of 16+ characters>:editor npm start`. Ingesting is idempotent, so the notebook can be run
        again. Sections 2, 5 and 6 ask as of the article's date (`AS_OF`), so their checks hold on a second run too;
        relations that no source dates (who attended an event, say) hold at any date, so after section 7 they show more.
    """),
    ("parameters", "code", ["parameters"], """
        import json
        import os
        import textwrap
        from pathlib import Path

        import matplotlib

        if not os.environ.get("DISPLAY") and "inline" not in matplotlib.get_backend():
            matplotlib.use("Agg")  # no display and no notebook front end: draw off-screen
        import matplotlib.pyplot as plt
        import networkx as nx
        import pandas as pd

        URL = os.environ.get("POLICY_GRAPH_URL", "http://127.0.0.1:4000/graphql")
        API_KEY = os.environ.get("POLICY_GRAPH_API_KEY")  # an editor key; only section 7 (ingest) needs it
        PERSON = "person:witkoff"
        AS_OF = "2025-05-01"  # the article appeared in late April / early May 2025
        KIND_COLOURS = {"QUOTE": "tab:blue", "REPORT": "tab:orange", "ANALYSIS": "tab:green", "FACT": "tab:gray"}
        pd.set_option("display.max_colwidth", 90)
        summary = {}  # what the last cell reports, one line of JSON
    """),
    ("connect-md", "md", [], """
        ## 1. Connect

        `Client` wraps the GraphQL endpoint. `query` returns the answer's `data` and raises `GraphQLError` when the API
        refuses, with its `.code` and the `.request_id` to quote to whoever runs the server. A first question: which
        policy tracks does the graph know?
    """),
    ("connect", "code", ["check", "connect"], """
        from policy_graph import Client, GraphQLError

        client = Client(URL, api_key=API_KEY)
        known = client.query("{ tracks(first: 100) { totalCount nodes { id name } } }")["tracks"]
        print(f"connected to {URL}: {known['totalCount']} policy tracks")
        display(pd.DataFrame(known["nodes"]))

        refused = None
        try:
            client.query("query($id: ID!) { node(id: $id) { id } }", id="person:nobody")
        except GraphQLError as error:
            refused = error
            print(f"asked for an unknown id: {error.code} (request id {error.request_id})")

        assert refused is not None and refused.code == "NOT_FOUND" and refused.request_id, refused
        assert {"track:ukraine", "track:israel-hamas", "track:iran"} <= {t["id"] for t in known["nodes"]}, known
    """),
    ("witkoff-tracks-md", "md", [], """
        ## 2. The tracks routed through Witkoff, and who says so

        The article's central observation: *all roads lead through Witkoff*. `tracks_routed_through` answers it
        with one row per piece of evidence: the claim's kind (QUOTE on the record, REPORT by media, ANALYSIS by an
        analyst, FACT), its speaker and the source it appears in.
    """),
    ("witkoff-tracks", "code", ["check", "witkoff-tracks"], """
        routed = client.tracks_routed_through(PERSON, as_of=AS_OF)
        display(routed[["track_name", "kind", "speaker_name", "source_title", "text"]])

        tracks = sorted(routed["track"].unique())
        print(f"{len(tracks)} tracks routed through Witkoff as of {AS_OF}: {', '.join(tracks)}")
        summary["tracks_through_witkoff"] = len(tracks)
        assert tracks == ["track:iran", "track:israel-hamas", "track:ukraine"], tracks
        assert routed["speaker_name"].notna().all() and routed["source_title"].notna().all(), "evidence without a speaker or source"
    """),
    ("claims-md", "md", [], """
        ## 3. Who says what: claims per speaker and kind

        Every claim in the graph, one row each (`claims_frame`), counted by speaker and kind. Which voices does the
        picture rest on, and how much of it is on the record?
    """),
    ("claims", "code", ["check", "claims"], """
        claims = client.claims_frame()
        by_speaker = claims.pivot_table(index="speaker_name", columns="kind", values="id", aggfunc="count", fill_value=0)
        by_speaker = by_speaker.reindex(columns=[k for k in KIND_COLOURS if k in by_speaker.columns])
        by_speaker = by_speaker.assign(total=by_speaker.sum(axis=1)).sort_values("total", ascending=False)
        display(by_speaker)

        kinds = by_speaker.drop(columns="total")
        ax = kinds.plot.barh(stacked=True, color=[KIND_COLOURS[k] for k in kinds.columns], figsize=(8, 0.4 * len(kinds) + 1.5))
        ax.invert_yaxis()
        ax.set_xlabel("claims")
        ax.set_ylabel("")
        ax.set_title("Claims per speaker, by kind")
        plt.tight_layout()
        plt.show()

        summary["claims"] = len(claims)
        assert int(by_speaker["total"].sum()) == len(claims) > 0
        assert set(by_speaker.columns) - {"total"} <= {"QUOTE", "REPORT", "ANALYSIS", "FACT"}
        assert "J.D. Vance" in set(claims.loc[claims["kind"] == "QUOTE", "speaker_name"]), "Vance's on-the-record quote is missing"
    """),
    ("contradictions-md", "md", [], """
        ## 4. Contradictions on each track

        Pairs of claims that contradict each other, with both speakers and both sources, track by track. On Ukraine
        the article sets Vance's "next 100 days" against the State Department stepping back as mediator.
    """),
    ("contradictions", "code", ["check", "contradictions"], """
        columns = {
            "claim_speaker_name": "A: speaker", "claim_kind": "A: kind", "claim_source_title": "A: source", "claim_text": "A says",
            "contradicting_speaker_name": "B: speaker", "contradicting_kind": "B: kind",
            "contradicting_source_title": "B: source", "contradicting_text": "B says",
        }
        per_track = {}
        for track in known["nodes"]:
            pairs = client.contradictions_frame(track_id=track["id"])
            per_track[track["id"]] = pairs
            print(f"{track['name']}: {len(pairs)} contradiction(s)")
            if len(pairs):
                display(pairs[list(columns)].rename(columns=columns))

        ukraine = per_track["track:ukraine"]
        summary["ukraine_contradictions"] = len(ukraine)
        assert len(ukraine) >= 1, "no contradiction on Ukraine"
        assert ukraine[["claim_speaker", "contradicting_speaker", "claim_source", "contradicting_source"]].notna().all().all()
        pairs = {frozenset(p) for p in zip(ukraine["claim"], ukraine["contradicting_claim"])}
        assert frozenset({"claim:vance-next-100-days", "claim:state-dept-no-longer-mediator"}) in pairs, pairs
    """),
    ("neighbourhood-md", "md", [], """
        ## 5. Witkoff's neighbourhood, coloured by the kind of evidence

        Everything one relation away from Witkoff (`neighborhood_graph`: a networkx `MultiDiGraph`, one edge per
        relation, each carrying its evidence). An edge takes the colour of its evidence when all of it is of one kind
        (QUOTE, REPORT or ANALYSIS); FACT and mixed evidence are grey. Much of what ties Witkoff to the tracks rests
        on analysis rather than on the record.
    """),
    ("neighbourhood", "code", ["check", "neighbourhood"], """
        EDGE_COLOURS = {"QUOTE": KIND_COLOURS["QUOTE"], "REPORT": KIND_COLOURS["REPORT"], "ANALYSIS": KIND_COLOURS["ANALYSIS"], "FACT or mixed": "tab:gray"}
        NODE_COLOURS = {"Person": "#f2c14e", "Institution": "#9ecae1", "PolicyTrack": "#f4978e", "Event": "#c7e9c0"}

        def evidence_colour(evidence):
            kinds = {claim["kind"] for claim in evidence}
            return kinds.pop() if len(kinds) == 1 and kinds <= {"QUOTE", "REPORT", "ANALYSIS"} else "FACT or mixed"

        g = client.neighborhood_graph(PERSON, depth=1, as_of=AS_OF)
        order = list(NODE_COLOURS)
        others = sorted((n for n in g if n != PERSON), key=lambda n: (order.index(g.nodes[n]["kind"]), g.nodes[n]["name"]))
        pos = nx.shell_layout(g, nlist=[[PERSON], others])  # Witkoff in the middle, the rest on a ring grouped by kind

        fig, ax = plt.subplots(figsize=(11, 8))
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=1600, node_color=[NODE_COLOURS.get(g.nodes[n]["kind"], "white") for n in g])
        nx.draw_networkx_labels(g, pos, ax=ax, labels={n: textwrap.fill(g.nodes[n]["name"], 10) for n in g}, font_size=8)
        seen = {}
        for u, v, key, data in g.edges(keys=True, data=True):
            pair = frozenset((u, v))
            seen[pair] = seen.get(pair, -1) + 1
            # Parallel relations spread apart; relations between two ring entities bend away from the middle.
            rad = 0.15 * seen[pair] * (1 if u < v else -1) + (0 if PERSON in pair else 0.3)
            nx.draw_networkx_edges(
                g, pos, ax=ax, edgelist=[(u, v, key)], edge_color=EDGE_COLOURS[evidence_colour(data["evidence"])], width=2,
                arrowsize=14, node_size=1600, connectionstyle=f"arc3,rad={rad}",
            )
        handles = [plt.Line2D([], [], color=c, lw=3, label=k) for k, c in EDGE_COLOURS.items()]
        handles += [plt.Line2D([], [], marker="o", ls="", markersize=12, color=c, label=k) for k, c in NODE_COLOURS.items()]
        ax.legend(handles=handles, title="evidence / entity", loc="lower left", fontsize=8)
        ax.set_title(f"Steve Witkoff's neighbourhood as of {AS_OF}: {g.number_of_nodes()} entities, {g.number_of_edges()} relations")
        ax.axis("off")
        plt.show()

        edges = pd.DataFrame([
            {"from": g.nodes[u]["name"], "relation": d["type"], "to": g.nodes[v]["name"], "colour": evidence_colour(d["evidence"]),
             "who says so": "; ".join(sorted({f"{c['speaker_name']} ({c['kind']})" for c in d["evidence"]}))}
            for u, v, d in g.edges(data=True)
        ])
        display(edges)

        summary["witkoff_neighbours"] = len(others)
        routes = [(u, d["type"]) for u, v, d in g.edges(data=True) if v == PERSON and d["type"] == "ROUTED_THROUGH"]
        assert len(routes) == 3, routes
        assert all(d["evidence"] for _, _, d in g.edges(data=True)), "a relation without evidence"
        assert edges["colour"].nunique() >= 2, "every edge has the same colour"
    """),
    ("brokers-md", "md", [], """
        ## 6. Who brokers the most tracks

        A graph of every relation (each entity's `relations`, read page by page with `paginate`), taken as undirected.
        For each person: how many tracks they are tied to directly, their degree centrality (share of the graph
        they touch) and betweenness centrality (how often they sit on the shortest path between two others).
    """),
    ("brokers", "code", ["check", "brokers"], """
        RELATIONS = \"\"\"
        query Relations($first: Int, $after: String, $asOf: String) {
          %s(first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id relations(asOf: $asOf) { id type from { id name __typename } to { id name __typename } } }
          }
        }
        \"\"\"
        world = nx.Graph()
        for root in ("people", "institutions", "tracks"):
            for entity in client.paginate(RELATIONS % root, root, asOf=AS_OF):
                for rel in entity["relations"]:
                    for end in (rel["from"], rel["to"]):
                        world.add_node(end["id"], name=end["name"], kind=end["__typename"])
                    world.add_edge(rel["from"]["id"], rel["to"]["id"])

        degree = nx.degree_centrality(world)
        betweenness = nx.betweenness_centrality(world)
        brokers = pd.DataFrame([
            {"person": data["name"], "id": n,
             "tracks": sum(world.nodes[m]["kind"] == "PolicyTrack" for m in world[n]),
             "degree": world.degree(n), "degree centrality": round(degree[n], 3), "betweenness": round(betweenness[n], 3)}
            for n, data in world.nodes(data=True) if data["kind"] == "Person"
        ]).sort_values(["tracks", "betweenness", "degree"], ascending=False, ignore_index=True)
        brokers.index += 1
        print(f"{world.number_of_nodes()} entities, {world.number_of_edges()} related pairs as of {AS_OF}")
        display(brokers)

        summary["top_broker"] = brokers.loc[1, "id"]
        assert brokers.loc[1, "id"] == PERSON and brokers.loc[1, "tracks"] == 3, brokers.head(3)
        assert brokers["betweenness"].idxmax() == 1, "Witkoff is not the most central broker"
    """),
    ("time-md", "md", [], """
        ## 7. Time: the same question on two dates

        The seed article is a snapshot of spring 2025. Four later documents (`test/fixtures/documents/01` to `04`,
        June to November 2025; test data written for this project) take it forward. Ingesting them needs an editor
        key; each is written in one transaction, and ingesting an unchanged document again changes nothing.

        Document 01 reports that Witkoff's channel to Tehran went dormant when Israel struck Iran on 13 June 2025:
        the Iran route now has a period, 12 April to 13 June 2025.
    """),
    ("ingest", "code", ["check", "ingest"], """
        INGEST = \"\"\"
        mutation Ingest($input: DocumentInput!, $dryRun: Boolean) {
          ingestDocument(input: $input, dryRun: $dryRun) { sourceId created updated unchanged }
        }
        \"\"\"
        if not API_KEY:
            raise RuntimeError("section 7 writes: set POLICY_GRAPH_API_KEY to an editor key (API_KEYS=<key>:editor npm start)")
        here = Path.cwd().resolve()
        root = next(p for p in (here, *here.parents) if (p / "test/fixtures/documents").is_dir())
        documents = sorted((root / "test/fixtures/documents").glob("0[1-4]-*.json"))

        ingested = []
        for path in documents:  # in numeric order: 04 refers to claims and people that 02 and 03 bring
            result = client.query(INGEST, input=json.loads(path.read_text()))["ingestDocument"]
            ingested.append({"document": path.name} | result)
        display(pd.DataFrame(ingested))

        again = client.query(INGEST, input=json.loads(documents[0].read_text()), dryRun=True)["ingestDocument"]
        print(f"{documents[0].name} once more (dry run): {again['created']} to create, {again['updated']} to update")
        assert [d["document"][:2] for d in ingested] == ["01", "02", "03", "04"], ingested
        assert again["created"] == again["updated"] == 0, again
    """),
    ("as-of", "code", ["check", "as-of"], """
        ROUTED_AS_OF = \"\"\"
        query Routed($person: ID!, $asOf: String) {
          tracksRoutedThrough(personId: $person, asOf: $asOf) {
            track { id name }
            relation { validFrom validTo status }
            evidence { kind speaker { name } }
          }
        }
        \"\"\"
        DATES = ["2025-05-15", "2025-07-01"]
        answers = {d: client.query(ROUTED_AS_OF, person=PERSON, asOf=d)["tracksRoutedThrough"] for d in DATES}

        def period(relation):
            if not (relation["validFrom"] or relation["validTo"]):
                return "undated"
            return f"{relation['validFrom'] or '…'} to {relation['validTo'] or '…'}"

        names = {r["track"]["id"]: r["track"]["name"] for rows in answers.values() for r in rows}
        side_by_side = pd.DataFrame(
            {d: {names[r["track"]["id"]]: f"routed, {period(r['relation'])}" for r in answers[d]} for d in DATES}
        ).reindex(sorted(names.values())).fillna("not routed")
        side_by_side.index.name = "track"
        display(side_by_side)

        as_of = {d: sorted(r["track"]["id"] for r in answers[d]) for d in DATES}
        iran = next(r["relation"] for r in answers[DATES[0]] if r["track"]["id"] == "track:iran")
        print(f"Iran routed through Witkoff from {iran['validFrom']} to {iran['validTo']}")
        summary["as_of"] = as_of
        summary["iran_route"] = {"valid_from": iran["validFrom"], "valid_to": iran["validTo"]}
        assert as_of[DATES[0]] == ["track:iran", "track:israel-hamas", "track:ukraine"], as_of
        assert as_of[DATES[1]] == ["track:israel-hamas", "track:ukraine"], as_of
        assert iran["validTo"] == "2025-06-13", iran
    """),
    ("brokers-by-month-md", "md", [], """
        ## 8. Brokers month by month

        `brokers` asks the server: for each month, who the three tracks were routed through, and each person's
        betweenness on that month's graph (graphology on the server). Relations that no source dates are reported
        apart (`bucket == "UNDATED"`), never spread over months. With the four later documents in, Witkoff carries
        Iran only from April to mid-June 2025, and Kushner and Driscoll appear from the autumn.
    """),
    ("brokers-by-month", "code", ["check", "brokers-by-month"], """
        TRACKS = ["track:ukraine", "track:iran", "track:israel-hamas"]
        monthly = client.brokers(TRACKS, "2025-01", "2025-12", bucket="MONTH")
        dated = monthly[monthly["dated"]]
        tracks_by_month = dated.assign(n=dated["tracks"].map(len)).pivot_table(
            index="bucket", columns="person_name", values="n", aggfunc="sum"
        ).reindex(monthly.attrs["buckets"][:-1]).fillna(0)
        ax = tracks_by_month.plot(kind="bar", stacked=True, figsize=(9, 3.5), title="Tracks routed through each person, by month")
        ax.set_xlabel("month"); ax.set_ylabel("tracks")
        plt.tight_layout(); plt.show()
        display(monthly[~monthly["dated"]][["person_name", "tracks", "betweenness", "evidence_count"]])

        brokers_by_month = {b: sorted(g["person"]) for b, g in dated.groupby("bucket")}
        summary["brokers_by_month"] = brokers_by_month
        assert "person:witkoff" in brokers_by_month.get("2025-05", []), brokers_by_month
        assert "person:witkoff" not in brokers_by_month.get("2025-08", []), brokers_by_month
    """),
    ("contradiction-timeline-md", "md", [], """
        ## 9. When did the story on Ukraine start to diverge?

        `contradictionTimeline` counts, per month, the claims made about a track and the contradictions opened: a
        contradiction is dated by the source that links the two claims, else by the later of the two. Undated ones
        are counted apart.
    """),
    ("contradiction-timeline", "code", ["check", "contradiction-timeline"], """
        diverging = client.contradiction_timeline("track:ukraine", from_="2025-01", to="2025-12")
        dated_months = diverging[diverging["dated"]].set_index("start")
        ax = dated_months[["claims_made", "contradictions_opened"]].plot(
            kind="bar", figsize=(9, 3.5), title="Ukraine: claims made and contradictions opened, by month"
        )
        ax.set_xlabel("month"); plt.tight_layout(); plt.show()
        undated = diverging[~diverging["dated"]].iloc[0]
        print(f"{undated['contradictions_opened']} contradiction(s) cannot be placed in time")

        first = dated_months[dated_months["contradictions_opened"] > 0].index.min()
        summary["ukraine_first_divergence"] = first
        assert first == "2025-04-01", dated_months[["claims_made", "contradictions_opened"]]
    """),
    ("summary-md", "md", [], """
        ## Summary

        One line of JSON with what the tour found (scripts/run-notebook.py prints it; CI checks it).
    """),
    ("summary", "code", ["summary"], """
        print(json.dumps(summary, sort_keys=True))
    """),
]


def build() -> nbformat.NotebookNode:
    cells = []
    for cell_id, kind, tags, source in CELLS:
        make = new_markdown_cell if kind == "md" else new_code_cell
        cell = make(dedent(source).strip(), id=cell_id)
        if tags:
            cell.metadata["tags"] = tags
        cells.append(cell)
    notebook = new_notebook(cells=cells)
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    nbformat.validate(notebook)
    return notebook


if __name__ == "__main__":
    text = nbformat.writes(build()) + "\n"
    if sys.argv[1:] == ["--check"]:
        in_sync = NOTEBOOK.is_file() and NOTEBOOK.read_text(encoding="utf-8") == text
        print(f"{NOTEBOOK.name} is {'in sync with' if in_sync else 'out of date: run'} {Path(__file__).name}")
        sys.exit(0 if in_sync else 1)
    NOTEBOOK.write_text(text, encoding="utf-8")
    print(f"wrote {NOTEBOOK}")
