// Putting the round world on a flat map fitted to a story's places: the projection, the view, and the
// geometry a flat map needs (shapes across the antimeridian, the part of a shape in view, where to name it).

const WIDTH = 480;
const MOST_HEIGHT = 300; // the map is this tall unless the whole world's width leaves less to show
// A view keeps within these latitudes (Antarctica and the polar sea left out) unless a place lies beyond.
const WORLD = { south: -60, north: 84 };
// Around a lone place (or a few close together) at least this many degrees of latitude show,
// so that its country and neighbours are there to read it by.
const LEAST_SPAN = 9;
// Room left around the places' extent, as a share of it on each side.
const PADDING = 0.2;

const EARTH_KM = 6371;
const RADIANS = Math.PI / 180;

const clamp = (value, least, most) => Math.min(Math.max(value, least), most);

// How far apart two places are over the earth's surface (the haversine formula).
export function kilometres(a, b) {
  const h = Math.sin(((b.lat - a.lat) * RADIANS) / 2) ** 2
    + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(((b.lon - a.lon) * RADIANS) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

// An equirectangular projection with its standard parallel at the places' middle latitude: at the scale of a
// region it keeps shapes in proportion, and it fits in a few lines. The view is the places' extent, padded,
// widened to the map's shape, and never beyond the world, so that a story told across it shows no empty sea.
export function fitView(places) {
  const lats = places.map((p) => p.lat);
  const lons = places.map((p) => p.lon);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const limits = { south: Math.min(WORLD.south, south - 5), north: Math.max(WORLD.north, north + 2) };
  const stretch = Math.cos(((south + north) / 2) * RADIANS);
  const [west, east] = [Math.min(...lons) * stretch, Math.max(...lons) * stretch];
  const [worldWidth, worldHeight] = [360 * stretch, limits.north - limits.south];
  let width = clamp((east - west) * (1 + 2 * PADDING), (LEAST_SPAN * WIDTH) / MOST_HEIGHT, worldWidth);
  let height = clamp((north - south) * (1 + 2 * PADDING), LEAST_SPAN, worldHeight);
  if (width / height < WIDTH / MOST_HEIGHT) width = Math.min(worldWidth, (height * WIDTH) / MOST_HEIGHT);
  else height = Math.min(worldHeight, (width * MOST_HEIGHT) / WIDTH);
  const middleX = clamp((west + east) / 2, width / 2 - 180 * stretch, 180 * stretch - width / 2);
  const middleY = clamp((south + north) / 2, limits.south + height / 2, limits.north - height / 2);
  const scale = WIDTH / width;
  return {
    width: WIDTH,
    height: height * scale,
    project: ([lon, lat]) => [(lon * stretch - middleX + width / 2) * scale, (middleY + height / 2 - lat) * scale],
    // The view in degrees, to leave out the shapes that cannot show in it.
    bounds: {
      west: (middleX - width / 2) / stretch, east: (middleX + width / 2) / stretch,
      south: middleY - height / 2, north: middleY + height / 2,
    },
  };
}

export const inView = (place, bounds) =>
  place.lon >= bounds.west && place.lon <= bounds.east && place.lat >= bounds.south && place.lat <= bounds.north;

export function overlaps(ring, bounds) {
  const lons = ring.map((point) => point[0]);
  const lats = ring.map((point) => point[1]);
  return Math.max(...lons) >= bounds.west && Math.min(...lons) <= bounds.east
    && Math.max(...lats) >= bounds.south && Math.min(...lats) <= bounds.north;
}

// A ring that crosses the antimeridian (Russia's far east, Fiji) is stored jumping between 180° and -180°;
// with each longitude taken nearest the one before, it is one unbroken shape again. A ring around a pole
// (Antarctica's) would not close so: it is kept as it is.
function unwrap(ring) {
  const points = [ring[0]];
  for (const [lon, lat] of ring.slice(1)) {
    const previous = points.at(-1)[0];
    points.push([lon + 360 * Math.round((previous - lon) / 360), lat]);
  }
  return Math.abs(points.at(-1)[0] - points[0][0]) > 180 ? ring : points;
}

const shifted = (rings, degrees) => rings.map((ring) => ring.map(([lon, lat]) => [lon + degrees, lat]));

// A shape's polygons as a flat map draws them: unbroken, and one that reaches past ±180° drawn again
// a world away, so that both its ends show.
export function flatPolygons(polygons) {
  return polygons.flatMap((rings) => {
    const flat = rings.map(unwrap);
    const lons = flat[0].map((point) => point[0]);
    const copies = [flat];
    if (Math.max(...lons) > 180) copies.push(shifted(flat, -360));
    if (Math.min(...lons) < -180) copies.push(shifted(flat, 360));
    return copies;
  });
}

// The part of a projected ring inside the view (Sutherland-Hodgman: cut by each edge of the view in turn),
// so that a country the view shows only a corner of is named in that corner.
export function clipToView(ring, view) {
  const edges = [[0, 0, 1], [0, view.width, -1], [1, 0, 1], [1, view.height, -1]]; // axis, bound, side kept
  let points = ring;
  for (const [axis, bound, side] of edges) {
    const inside = (point) => (point[axis] - bound) * side >= 0;
    const crossing = (a, b) => {
      const t = (bound - a[axis]) / (b[axis] - a[axis]);
      return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
    };
    points = points.flatMap((current, i) => {
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) return inside(previous) ? [current] : [crossing(previous, current), current];
      return inside(previous) ? [crossing(previous, current)] : [];
    });
  }
  return points;
}

// The area and centre of a projected ring (the shoelace formula): where a country's name goes.
export function areaAndCentre(ring) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return { area: Math.abs(area / 2), x: x / (3 * area), y: y / (3 * area) };
}
