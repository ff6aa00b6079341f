# Test helper: loads a GEXF or GraphML file with networkx and prints a JSON summary (counts, node and edge
# attributes) for the vitest suites. Does not validate against a schema (xmllint does that).
# Debian 12 ships networkx 2.8.8, which predates GEXF 1.3 support: its reader only knows the 1.1draft and
# 1.2draft namespaces, so we register the 1.3 namespaces exactly as networkx >= 3 does; nothing else changes.
import json
import sys

import networkx as nx
from networkx.readwrite import gexf as nx_gexf


def ensure_gexf_13():
    versions = nx_gexf.GEXF.versions
    if "1.3" not in versions:
        versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    sample = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    if fmt == "gexf":
        ensure_gexf_13()
        graph = nx.read_gexf(path, version="1.3")
    elif fmt == "graphml":
        graph = nx.read_graphml(path)
    else:
        raise SystemExit(f"unknown format {fmt}")
    nodes = {}
    for node, data in list(graph.nodes(data=True))[:sample]:
        nodes[str(node)] = {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool, dict))}
    edges = []
    # networkx's GEXF reader returns a simple DiGraph when the file has no parallel edges
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((s, t, d.get("id"), d) for s, t, d in graph.edges(data=True))
    for source, target, key, data in list(triples)[:sample]:
        edges.append({"source": str(source), "target": str(target), "key": str(key),
                      "attributes": {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))}})
    print(json.dumps({
        "version": nx.__version__,
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "mode": graph.graph.get("mode"),
        "sampleNodes": nodes,
        "sampleEdges": edges,
    }, ensure_ascii=True))


main()
