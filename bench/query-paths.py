# bench helper for query-paths.ts: loads an undirected edge list into networkx and python-igraph and times
# shortest paths and bounded all-simple-paths over the given pairs. Prints JSON; asserts nothing.
# Usage: query-paths.py EDGES PAIRS NODES MAX_DEPTH LIMIT NX_ALLPATH_PAIRS [networkx] [igraph]
import itertools
import json
import sys
import time


def read_ints(path):
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f if line.strip()]


def main():
    edges_path, pairs_path, n, max_depth, limit, nx_all_pairs = sys.argv[1:7]
    n, max_depth, limit, nx_all_pairs = int(n), int(max_depth), int(limit), int(nx_all_pairs)
    libraries = sys.argv[7:]
    edges = read_ints(edges_path)
    pairs = read_ints(pairs_path)
    out = {}

    if "networkx" in libraries:
        import networkx as nx
        t = time.perf_counter()
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(edges)
        load = (time.perf_counter() - t) * 1000
        shortest, lengths = [], []
        for s, d in pairs:
            t = time.perf_counter()
            try:
                lengths.append(len(nx.shortest_path(g, s, d)) - 1)
            except nx.NetworkXNoPath:
                lengths.append(-1)
            shortest.append((time.perf_counter() - t) * 1000)
        allp, counts = [], []
        for s, d in pairs[:nx_all_pairs]:
            t = time.perf_counter()
            found = list(itertools.islice(nx.all_simple_paths(g, s, d, cutoff=max_depth), limit))
            allp.append((time.perf_counter() - t) * 1000)
            counts.append(len(found))
        out["networkx"] = {"version": nx.__version__, "load_ms": load, "shortest_ms": shortest, "lengths": lengths,
                           "all_paths_ms": allp, "counts": counts}

    if "igraph" in libraries:
        import igraph as ig
        t = time.perf_counter()
        g = ig.Graph(n=n, edges=edges, directed=False)
        load = (time.perf_counter() - t) * 1000
        shortest, lengths = [], []
        for s, d in pairs:
            t = time.perf_counter()
            path = g.get_shortest_paths(s, to=d, output="vpath")[0]
            shortest.append((time.perf_counter() - t) * 1000)
            lengths.append(len(path) - 1 if path else -1)
        allp, counts = [], []
        for s, d in pairs:
            t = time.perf_counter()
            found = g.get_all_simple_paths(s, to=d, cutoff=max_depth)
            allp.append((time.perf_counter() - t) * 1000)
            counts.append(min(limit, len(found)))
        out["igraph"] = {"version": ig.__version__, "load_ms": load, "shortest_ms": shortest, "lengths": lengths,
                         "all_paths_ms": allp, "counts": counts}

    print(json.dumps(out))


main()
