#!/usr/bin/env bash
# Regenerate the Pilot Atlas basemap from GMT's Digital Chart of the World and
# GMT's GSHHG/WDBII shorelines and rivers.
#
#   bash geo/build-basemap.sh        (or: npm run geo:basemap)
#
# Writes (overwriting, so re-running is safe):
#   geo/provinces.geojson        China's 34 provincial-level units as DCW draws them
#   geo/neighbours.geojson       neighbouring countries' land, clipped to a box
#   geo/province-labels.geojson  one point inside each province, where its name goes
#   geo/waters.geojson           major rivers (WDBII) and large lakes (GSHHG), same box
#
# Needs: Debian packages `gmt`, `gmt-dcw` and `gmt-gshhg-low`
# (apt-get install gmt gmt-dcw gmt-gshhg-low), node, and mapshaper from the npm
# registry (fetched once by npx, pinned below).
# mapshaper is not a devDependency: its optional native packages break `npm ci`
# with npm 11, and only this maintenance script needs it.
# See geo/README.md for the source, licence and output schema.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
MAPSHAPER_VERSION=0.7.70
mapshaper() { npx --yes "mapshaper@$MAPSHAPER_VERSION" "$@"; }
dcw_dir=/usr/share/gmt-dcw
gshhg_dir=/usr/share/gmt-gshhg

# --- parameters (documented in geo/README.md) ---------------------------------
snap_interval=0.005      # degrees; DCW neighbours share no vertices
gap_width=2km            # fill digitising slivers narrower than this
interval_provinces=2000  # metres; simplification of the 34 units
interval_sar=250         # metres; Hong Kong and Macau (tiny units)
interval_neighbours=10000 # metres; neighbouring countries (background land)
islands_provinces=20km2  # drop smaller islands
islands_sar=1km2
islands_neighbours=50km2
clip_bbox=60,5,150,60    # lon/lat box for neighbouring countries
precision=0.001          # degrees (about 100 m)
gshhg_resolution=i       # GSHHG/WDBII intermediate resolution (about 1 km)
river_levels="-I1 -I2"   # WDBII: permanent major rivers, additional major rivers
interval_rivers=4000     # metres
lake_min_area=500        # km2; GSHHG level-2 lakes at least this large (river-lakes: all)
interval_lakes=3000      # metres, Douglas-Peucker: it keeps the thin river-lakes' ends
gmt_region=60/150/5/60   # the clip box again, as GMT's -R

# --- preflight ------------------------------------------------------------------
die() { echo "build-basemap: $*" >&2; exit 1; }
command -v gmt >/dev/null || die "gmt not found (apt-get install gmt gmt-dcw)"
[[ -f "$dcw_dir/dcw-states.txt" ]] || die "gmt-dcw not found in $dcw_dir (apt-get install gmt-dcw)"
[[ -f "$gshhg_dir/binned_river_$gshhg_resolution.nc" ]] \
  || die "gmt-gshhg not found in $gshhg_dir (apt-get install gmt-gshhg-low)"
command -v node >/dev/null || die "node not found"
dcw_version="$(dpkg-query -W -f='${Version}' gmt-dcw 2>/dev/null || echo unknown)"
gshhg_version="$(dpkg-query -W -f='${Version}' gmt-gshhg-low 2>/dev/null || echo unknown)"
echo "build-basemap: GMT $(gmt --version), gmt-dcw $dcw_version, gmt-gshhg-low $gshhg_version," \
  "mapshaper $(mapshaper -v)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# --- unit tables ------------------------------------------------------------------
# DCW code, then the output properties. DCW lists Taiwan, Hong Kong and Macau
# among China's units (dcw-states.txt: CN.TW, CN.HK, CN.MO), so they are taken
# from there. DCW also has Taiwan as a country (TW) with identical geometry; it
# is not repeated in the neighbours.
cat > "$tmp/provinces.tsv" <<'EOF'
code	id	name_en	name_zh
CN.AH	anhui	Anhui	安徽
CN.BJ	beijing	Beijing	北京
CN.CQ	chongqing	Chongqing	重庆
CN.FJ	fujian	Fujian	福建
CN.GD	guangdong	Guangdong	广东
CN.GS	gansu	Gansu	甘肃
CN.GX	guangxi	Guangxi	广西
CN.GZ	guizhou	Guizhou	贵州
CN.HA	henan	Henan	河南
CN.HB	hubei	Hubei	湖北
CN.HE	hebei	Hebei	河北
CN.HI	hainan	Hainan	海南
CN.HK	hong-kong	Hong Kong	香港
CN.HL	heilongjiang	Heilongjiang	黑龙江
CN.HN	hunan	Hunan	湖南
CN.JL	jilin	Jilin	吉林
CN.JS	jiangsu	Jiangsu	江苏
CN.JX	jiangxi	Jiangxi	江西
CN.LN	liaoning	Liaoning	辽宁
CN.MO	macau	Macau	澳门
CN.NM	inner-mongolia	Inner Mongolia	内蒙古
CN.NX	ningxia	Ningxia	宁夏
CN.QH	qinghai	Qinghai	青海
CN.SC	sichuan	Sichuan	四川
CN.SD	shandong	Shandong	山东
CN.SH	shanghai	Shanghai	上海
CN.SN	shaanxi	Shaanxi	陕西
CN.SX	shanxi	Shanxi	山西
CN.TJ	tianjin	Tianjin	天津
CN.TW	taiwan	Taiwan	台湾
CN.XJ	xinjiang	Xinjiang	新疆
CN.XZ	tibet	Tibet	西藏
CN.YN	yunnan	Yunnan	云南
CN.ZJ	zhejiang	Zhejiang	浙江
EOF

cat > "$tmp/neighbours.tsv" <<'EOF'
iso	name_en
AF	Afghanistan
BD	Bangladesh
BT	Bhutan
ID	Indonesia
IN	India
IR	Iran
JP	Japan
KG	Kyrgyzstan
KH	Cambodia
KP	North Korea
KR	South Korea
KZ	Kazakhstan
LA	Laos
LK	Sri Lanka
MM	Myanmar
MN	Mongolia
MY	Malaysia
NP	Nepal
PH	Philippines
PK	Pakistan
RU	Russia
TH	Thailand
TJ	Tajikistan
TM	Turkmenistan
UZ	Uzbekistan
VN	Vietnam
EOF

# --- 1. extract rings from DCW with GMT ------------------------------------------
# `gmt coast -E<code> -M` prints a unit's polygons as GMT multi-segment text.
# Run GMT inside $tmp so its gmt.history does not land in the repository.
echo "build-basemap: extracting DCW polygons with gmt coast"
extract() { # table -> manifest for gmt-to-geojson.mjs (file + property columns)
  local table="$1" manifest="$2" header code rest
  IFS= read -r header < "$table"
  printf 'file\t%s\n' "$header" > "$manifest"
  while IFS=$'\t' read -r code rest; do
    (cd "$tmp" && gmt coast -E"$code" -M > "$code.gmt") \
      || die "gmt coast -E$code failed"
    [[ -s "$tmp/$code.gmt" ]] || die "DCW has no polygons for $code"
    printf '%s.gmt\t%s\t%s\n' "$code" "$code" "$rest" >> "$manifest"
  done < <(tail -n +2 "$table")
}
extract "$tmp/provinces.tsv" "$tmp/provinces.manifest"
extract "$tmp/neighbours.tsv" "$tmp/neighbours.manifest"

# --- 2. GMT multi-segment text -> GeoJSON ------------------------------------------
echo "build-basemap: converting to GeoJSON"
node "$here/gmt-to-geojson.mjs" "$tmp/provinces.manifest" > "$tmp/prov.geojson"
node "$here/gmt-to-geojson.mjs" "$tmp/neighbours.manifest" > "$tmp/nb_full.geojson"

# --- 3. clip neighbours to the box --------------------------------------------------
# A separate pass: clipping after snapping breaks some rings in mapshaper 0.7.
mapshaper -i "$tmp/nb_full.geojson" -clip bbox="$clip_bbox" \
  -o "$tmp/nb.geojson" format=geojson 2>&1 | sed 's/^/  /'

# --- 4. one shared topology, clean, simplify, split -------------------------------
# Provinces and neighbours are processed as one layer so that the borders they
# share are the same arcs and stay identical after simplification.
echo "build-basemap: simplifying with mapshaper"
mapshaper \
  -i "$tmp/prov.geojson" "$tmp/nb.geojson" combine-files snap snap-interval="$snap_interval" \
  -each 'grp = (code === "CN.HK" || code === "CN.MO") ? "s" : "p"' target=prov \
  -each 'grp = "n"' target=nb \
  -merge-layers force target=prov,nb name=all \
  -clean gap-width="$gap_width" \
  -simplify variable keep-shapes \
    interval="grp === 's' ? $interval_sar : grp === 'p' ? $interval_provinces : $interval_neighbours" \
  -split grp \
  -filter-islands min-area="$islands_provinces" target=p \
  -filter-islands min-area="$islands_sar" target=s \
  -filter-islands min-area="$islands_neighbours" target=n \
  -merge-layers force target=p,s,n name=all \
  -clean gap-width=1km \
  -each 'grp = grp === "n" ? "n" : "p"' \
  -split grp \
  -sort id target=p -filter-fields id,code,name_en,name_zh target=p \
  -sort iso target=n -filter-fields iso,name_en target=n \
  -o "$tmp/provinces.geojson" target=p format=geojson precision="$precision" fix-geometry \
  -o "$tmp/neighbours.geojson" target=n format=geojson precision="$precision" fix-geometry \
  2>&1 | sed 's/^/  /'

# --- 5. province label points, rivers and lakes ---------------------------------
# A point inside each province's largest part: a polygon source would label every
# island and every tile's piece of a province.
mapshaper -i "$tmp/provinces.geojson" -points inner -filter-fields id,name_en,name_zh \
  -o "$tmp/province-labels.geojson" format=geojson precision=0.01 2>&1 | sed 's/^/  /'

# GMT prints its binned rivers and shorelines cut at bin edges: the lake shores are joined
# into rings by gmt-to-geojson.mjs --rings, the river pieces share topology in mapshaper.
echo "build-basemap: extracting WDBII rivers and GSHHG lakes with gmt coast"
# shellcheck disable=SC2086 # river_levels is a list of options
(cd "$tmp" && gmt coast -R"$gmt_region" -D"$gshhg_resolution" $river_levels -M > rivers.gmt) \
  || die "gmt coast (rivers) failed"
# River-lakes are the wide stretches of rivers that GSHHG draws as water areas (the Yangtze below
# Wuhan): WDBII's river lines stop where they start, so all of them are kept.
(cd "$tmp" && gmt coast -R"$gmt_region" -D"$gshhg_resolution" -W -A"$lake_min_area/2/2+l" -M > lakes.gmt \
  && gmt coast -R"$gmt_region" -D"$gshhg_resolution" -W -A0/2/2+r -M >> lakes.gmt) \
  || die "gmt coast (lakes) failed"
node "$here/gmt-to-geojson.mjs" --lines "$tmp/rivers.gmt" > "$tmp/rivers_raw.geojson"
node "$here/gmt-to-geojson.mjs" --rings "$tmp/lakes.gmt" > "$tmp/lakes_raw.geojson"
mapshaper -i "$tmp/rivers_raw.geojson" -clip bbox="$clip_bbox" \
  -simplify interval="$interval_rivers" keep-shapes -dissolve level \
  -each 'kind = "river"; level = String(level)' -filter-fields kind,level -sort level \
  -o "$tmp/rivers.geojson" format=geojson precision="$precision" \
  2>&1 | sed 's/^/  /'
mapshaper -i "$tmp/lakes_raw.geojson" -clip bbox="$clip_bbox" \
  -simplify dp interval="$interval_lakes" keep-shapes -each 'kind = "lake"' -filter-fields kind \
  -o "$tmp/lakes.geojson" format=geojson precision="$precision" fix-geometry \
  2>&1 | sed 's/^/  /'
node --input-type=module - "$tmp/lakes.geojson" "$tmp/rivers.geojson" "$tmp/waters.geojson" <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
const [lakes, rivers, out] = process.argv.slice(2);
const features = [lakes, rivers].flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).features);
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n');
EOF

# --- 6. sanity checks, install, report ---------------------------------------------
node --input-type=module - "$tmp"/{provinces,neighbours,province-labels,waters}.geojson "$clip_bbox" <<'EOF'
import { readFileSync } from 'node:fs';
const args = process.argv.slice(2);
const [prov, nb, labels, waters] = args.slice(0, 4).map((f) => JSON.parse(readFileSync(f, 'utf8')));
const [x0, y0, x1, y1] = args[4].split(',').map(Number);
const fail = (m) => { console.error(`build-basemap: ${m}`); process.exit(1); };
if (prov.features.length !== 34) fail(`expected 34 provinces, got ${prov.features.length}`);
for (const [fc, keys] of [[prov, 'id,code,name_en,name_zh'], [nb, 'iso,name_en']]) {
  for (const f of fc.features) {
    if (Object.keys(f.properties).join(',') !== keys) fail(`bad properties ${JSON.stringify(f.properties)}`);
    if (!/^(Multi)?Polygon$/.test(f.geometry?.type ?? '')) fail(`bad geometry for ${JSON.stringify(f.properties)}`);
  }
}
const ids = (fc) => fc.features.map((f) => f.properties.id).join(',');
if (ids(labels) !== ids(prov)) fail('province-labels.geojson does not name the 34 provinces in order');
if (!labels.features.every((f) => f.geometry?.type === 'Point')) fail('a province label is not a point');
const kinds = { river: /^(Multi)?LineString$/, lake: /^(Multi)?Polygon$/ };
for (const f of waters.features) {
  if (!kinds[f.properties.kind]?.test(f.geometry?.type ?? '')) fail(`bad water ${JSON.stringify(f.properties)}`);
  for (const pair of JSON.stringify(f.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/g) ?? []) {
    const [x, y] = pair.split(',').map(Number);
    if (x < x0 || x > x1 || y < y0 || y > y1) fail(`${f.properties.kind} outside the box at ${pair}`);
  }
}
for (const kind of Object.keys(kinds))
  if (!waters.features.some((f) => f.properties.kind === kind)) fail(`no ${kind} in waters.geojson`);
EOF
for f in provinces neighbours province-labels waters; do
  cp "$tmp/$f.geojson" "$here/$f.geojson"
done

report() { # files -> one line each, and their total
  local total_raw=0 total_gz=0 f path raw gz n
  for f in "$@"; do
    path="$here/$f.geojson"
    raw=$(wc -c < "$path"); gz=$(gzip -9c "$path" | wc -c)
    n=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).features.length)' "$path")
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    printf 'wrote %-29s %3d features %7d bytes (%d gzip)\n' "geo/$f.geojson" "$n" "$raw" "$gz"
  done
  printf '%-49s %7d bytes (%d gzip)\n' "total" "$total_raw" "$total_gz"
}
echo "first load:"; report provinces neighbours
echo "loaded when zoomed in:"; report province-labels waters
