# bench helper for export-gexf.ts: builds the same graph in networkx (MultiDiGraph with the attributes kg writes,
# viz included) from TSV tables, then times nx.write_gexf. Prints JSON; asserts nothing.
# Usage: export-gexf.py NODES.tsv EDGES.tsv OUT.gexf
import json
import os
import sys
import time

import networkx as nx


def main():
    nodes_path, edges_path, out = sys.argv[1:4]
    t = time.perf_counter()
    g = nx.MultiDiGraph()
    with open(nodes_path) as f:
        for line in f:
            key, label, typ, r, gg, b, x, y, size, mentions, pagerank, community = line.rstrip("\n").split("\t")
            g.add_node(key, label=label, type=typ, mentions=int(mentions), pagerank=float(pagerank),
                       community=int(community),
                       viz={"color": {"r": int(r), "g": int(gg), "b": int(b)},
                            "position": {"x": float(x), "y": float(y), "z": 0.0}, "size": float(size)})
    with open(edges_path) as f:
        for line in f:
            key, s, d, typ, label, date, start, weight, confidence, evidence = line.rstrip("\n").split("\t")
            data = {"type": typ, "label": label, "weight": float(weight), "confidence": float(confidence),
                    "evidence": evidence}
            if date:
                data["date"] = date
                data["start"] = start
            g.add_edge(s, d, key=key, **data)
    load = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    nx.write_gexf(g, out)
    write = (time.perf_counter() - t) * 1000
    print(json.dumps({"version": nx.__version__, "load_ms": load, "write_ms": write, "bytes": os.path.getsize(out)}))


main()
