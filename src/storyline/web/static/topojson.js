// Reading TopoJSON (github.com/topojson/topojson-specification) as world-atlas writes it: a quantized
// topology whose arcs are shared between neighbouring shapes, delta-encoded integer positions.

// Every arc as absolute [longitude, latitude] points: each position is the sum of the deltas up to it,
// then scaled and moved by the topology's transform.
function decodeArcs(topology) {
  const [scaleX, scaleY] = topology.transform.scale;
  const [moveX, moveY] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scaleX + moveX, y * scaleY + moveY];
    });
  });
}

// A ring joins its arcs end to start; index ~i is arc i walked backwards. Each arc after the first begins
// where the one before ended, so that shared point is kept once.
function ringOf(indices, arcs) {
  const points = [];
  for (const index of indices) {
    const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

// The named object's shapes, each {name, polygons}: a polygon is its rings (the first the outline, the others
// holes), a ring its [longitude, latitude] points.
export function shapes(topology, objectName) {
  const arcs = decodeArcs(topology);
  return topology.objects[objectName].geometries
    .filter((geometry) => geometry.type === "Polygon" || geometry.type === "MultiPolygon")
    .map((geometry) => {
      const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
      return {
        name: geometry.properties?.name ?? "",
        polygons: polygons.map((rings) => rings.map((ring) => ringOf(ring, arcs))),
      };
    });
}
