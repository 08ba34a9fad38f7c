#!/usr/bin/env python3
"""Makes src/main/resources/map/europe-countries.json from Natural Earth 1:50m country outlines.

Input: countries-50m.json of the npm package world-atlas 2.0.2 (Natural Earth 4.1.0 as TopoJSON;
get it with `npm pack world-atlas@2.0.2`) and Debian's iso-codes (ISO 3166-1 numeric -> alpha-2).
Output: GeoJSON, one feature per country near Europe, id = ISO 3166-1 alpha-2, coordinates in
degrees rounded to a 0.05 degree grid (about one pixel of the dashboard's map), consecutive
duplicates dropped, each polygon clipped to a box around Europe, islands smaller than a few grid
cells dropped (a country keeps its largest polygon however small), and a label point inside the
largest polygon.

Usage: python3 europe_map.py countries-50m.json /usr/share/iso-codes/json/iso_3166-1.json OUT.json
"""
import json
import sys

WEST, EAST, SOUTH, NORTH = -32.0, 72.0, 28.0, 78.0  # what is kept (the map shows less)
LABEL_BOX = (-25.0, 45.0, 34.0, 71.0)  # labels are placed inside what the map shows
GRID = 0.05
MIN_AREA = 0.02  # square degrees: smaller islands are dropped
# Countries without an ISO numeric code in Natural Earth, by name.
BY_NAME = {"Kosovo": "XK", "N. Cyprus": None}


def decode(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc if not points else arc[1:])
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(points, points[1:])):
        # A ring across the antimeridian (Russia's Chukotka): east of it, so that clipping drops it.
        points = [(x + 360 if x < 0 else x, y) for x, y in points]
    return points


def clip(points, inside, intersect):
    out = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current):
            if not inside(previous):
                out.append(intersect(previous, current))
            out.append(current)
        elif inside(previous):
            out.append(intersect(previous, current))
    return out


def clip_box(points):
    """Sutherland-Hodgman against the kept box; a ring must be closed (first == last)."""
    open_ring = points[:-1]

    def at_x(x):
        return lambda a, b: (x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0]))

    def at_y(y):
        return lambda a, b: (a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y)

    for inside, intersect in ((lambda p: p[0] >= WEST, at_x(WEST)), (lambda p: p[0] <= EAST, at_x(EAST)),
                              (lambda p: p[1] >= SOUTH, at_y(SOUTH)), (lambda p: p[1] <= NORTH, at_y(NORTH))):
        if not open_ring:
            return []
        open_ring = clip(open_ring, inside, intersect)
    return open_ring + open_ring[:1] if open_ring else []


def snap(points):
    out = []
    for x, y in points:
        p = (round(round(x / GRID) * GRID, 2), round(round(y / GRID) * GRID, 2))
        if not out or out[-1] != p:
            out.append(p)
    return out


def area(points):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:]))) / 2


def contains(rings, x, y):
    inside = False
    for points in rings:
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                inside = not inside
    return inside


def distance_to_edges(rings, x, y):
    best = float("inf")
    for points in rings:
        for (x1, y1), (x2, y2) in zip(points, points[1:]):
            dx, dy = x2 - x1, y2 - y1
            t = 0 if dx == dy == 0 else max(0, min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
            best = min(best, ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5)
    return best


def label_point(polygon):
    """The grid point inside the polygon (and the shown area, where it reaches it) farthest from its edges."""
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    west, east = max(min(xs), LABEL_BOX[0]), min(max(xs), LABEL_BOX[1])
    south, north = max(min(ys), LABEL_BOX[2]), min(max(ys), LABEL_BOX[3])
    if west > east or south > north:
        west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    best, where = -1.0, (polygon[0][0])
    steps = 40
    for i in range(steps + 1):
        for j in range(steps + 1):
            x = west + (east - west) * i / steps
            y = south + (north - south) * j / steps
            if contains(polygon, x, y):
                d = distance_to_edges(polygon, x, y)
                if d > best:
                    best, where = d, (x, y)
    return [round(where[0], 2), round(where[1], 2)]


def main(topology_file, iso_file, out_file):
    topology = json.load(open(topology_file))
    alpha2 = {c["numeric"]: c["alpha_2"] for c in json.load(open(iso_file))["3166-1"]}
    arcs = decode(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        code = alpha2.get(geometry.get("id")) if geometry.get("id") else BY_NAME.get(name)
        if code is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        kept = []
        for polygon in polygons:
            rings = [snap(clip_box(ring(arcs, r))) for r in polygon]
            if len(rings[0]) < 4:
                continue
            rings = [rings[0]] + [r for r in rings[1:] if len(r) >= 4 and area(r) >= MIN_AREA]
            kept.append(rings)
        if not kept:
            continue
        kept.sort(key=lambda p: area(p[0]), reverse=True)
        kept = kept[:1] + [p for p in kept[1:] if area(p[0]) >= MIN_AREA]
        features.append({"type": "Feature", "id": code,
                         "properties": {"name": name, "label": label_point(kept[0])},
                         "geometry": {"type": "MultiPolygon",
                                      "coordinates": [[[list(p) for p in r] for r in poly] for poly in kept]}})
    features.sort(key=lambda f: f["id"])
    with open(out_file, "w") as out:
        out.write('{"type":"FeatureCollection",\n"source":"Natural Earth 1:50m Admin 0 countries (v4.1.0, public domain)'
                  ' via world-atlas 2.0.2; simplified, see README.md","features":[\n')
        out.write(",\n".join(json.dumps(f, separators=(",", ":")) for f in features))
        out.write("\n]}\n")
    print(len(features), "countries:", " ".join(f["id"] for f in features))


if __name__ == "__main__":
    main(*sys.argv[1:4])
