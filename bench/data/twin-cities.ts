import type { RawDatasetFile } from './generate-dataset';

/** One row of world-twin-cities.csv: a home city (the list it came from) and a partner. */
export interface TwinPair {
  home: TwinPlace;
  partner: TwinPlace;
}

interface TwinPlace {
  name: string;
  country: string;
  lat: number;
  lng: number;
}

/** Splits one CSV line, honouring double-quoted fields with commas and doubled quotes. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}

function place(name = '', country = '', lat = '', lng = ''): TwinPlace | undefined {
  const latitude = Number(lat);
  const longitude = Number(lng);
  const valid =
    name.trim() !== '' &&
    lat.trim() !== '' &&
    lng.trim() !== '' &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180;
  return valid ? { name: name.trim(), country: country.trim(), lat: latitude, lng: longitude } : undefined;
}

/** Parses the CSV (`city1,country1,lat1,lng1,city2,country2,lat2,lng2`), skipping rows without coordinates. */
export function parseTwinCsv(text: string): { pairs: TwinPair[]; skipped: number } {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const pairs: TwinPair[] = [];
  let skipped = 0;
  for (const line of lines.slice(1)) {
    const [n1, c1, lat1, lng1, n2, c2, lat2, lng2] = splitCsvLine(line);
    const home = place(n1, c1, lat1, lng1);
    const partner = place(n2, c2, lat2, lng2);
    // Pairs geocoded to the same point stay: they are still two places (different countries).
    if (home && partner) pairs.push({ home, partner });
    else skipped++;
  }
  return { pairs, skipped };
}

/** English country name → ISO 3166-1 alpha-2, from the platform's own region names. */
function countryCodes(): Map<string, string> {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      if (name && name !== code) codes.set(name.toLowerCase(), code);
    }
  }
  // Spellings Wikipedia's list titles use that differ from the platform's.
  for (const [alias, code] of Object.entries(ALIASES)) codes.set(alias, code);
  return codes;
}

const ALIASES: Record<string, string> = {
  'united states': 'US',
  'czech republic': 'CZ',
  turkey: 'TR',
  'south korea': 'KR',
  'north korea': 'KP',
  russia: 'RU',
  'ivory coast': 'CI',
  'republic of the congo': 'CG',
  'democratic republic of the congo': 'CD',
  'the netherlands': 'NL',
  'the gambia': 'GM',
  'bosnia and herzegovina': 'BA',
  palestine: 'PS',
  'east timor': 'TL',
};

/** A lowercase slug ("São Paulo" → "sao-paulo"); empty for names in non-Latin scripts. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

const SOURCE = 'wikipedia-twin-town-lists';

/**
 * Our dataset format from the pairs: every place once (same name, country and coordinates),
 * every home city (a city with its own list) in homePlaceIds, one relation per pair.
 * The pairs have no dates: each relation gets one event "listed by 2026-02" (the scrape).
 */
export function twinCitiesDataset(pairs: readonly TwinPair[]): RawDatasetFile {
  const codes = countryCodes();
  const ids = new Map<string, string>();
  const features: Record<string, unknown>[] = [];
  const homes = new Set<string>();
  const idOf = (entry: TwinPlace): string => {
    const key = `${entry.name}|${entry.country}|${entry.lat}|${entry.lng}`;
    let id = ids.get(key);
    if (!id) {
      id = `p${ids.size + 1}${slug(entry.name) ? `-${slug(entry.name)}` : ''}`;
      ids.set(key, id);
      const country = codes.get(entry.country.toLowerCase());
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [entry.lng, entry.lat] },
        properties: {
          featureType: 'place',
          id,
          kind: 'city',
          names: { de: entry.name, en: entry.name },
          ...(country && { country }),
        },
      });
    }
    return id;
  };
  pairs.forEach((pair, index) => {
    const from = idOf(pair.home);
    const to = idOf(pair.partner);
    if (from === to) return;
    homes.add(from);
    features.push({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [pair.home.lng, pair.home.lat],
          [pair.partner.lng, pair.partner.lat],
        ],
      },
      properties: {
        featureType: 'relation',
        id: `twin-${index + 1}`,
        from,
        to,
        summary: { de: 'Auf Wikipedia als Partnerstadt gelistet', en: 'Listed on Wikipedia as a twin town' },
        events: [
          {
            date: '2026-02',
            dateQualifier: 'by',
            title: { de: 'Auf Wikipedia gelistet', en: 'Listed on Wikipedia' },
            status: 'active',
            type: 'partnership',
            sources: [SOURCE],
            certainty: 'unconfirmed',
          },
        ],
      },
    });
  });
  return {
    type: 'FeatureCollection',
    metadata: {
      id: 'world-twin-cities',
      title: { de: 'Benchmark: Partnerstädte weltweit', en: 'Benchmark: twin towns worldwide' },
      description: {
        de: 'Nur für Benchmarks: ungeprüfte Paare ohne Daten und Status.',
        en: 'For benchmarks only: unverified pairs without dates or status.',
      },
      homePlaceIds: [...homes],
      updated: '2026-02',
      license: 'CC BY-SA 4.0',
      attribution: 'Wikipedia contributors, via Hekman/twincities (CC BY-SA 4.0)',
    },
    sources: {
      [SOURCE]: {
        title: 'Lists of twin towns and sister cities (scraped February 2026)',
        publisher: 'Wikipedia contributors, via Hekman/twincities',
        url: 'https://github.com/Hekman/twincities',
      },
    },
    features,
  };
}
