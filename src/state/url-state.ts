import { z } from 'zod';
import { THEMES, type Theme } from '../config/app-config';
import type { Filters } from '../data/filters';
import { UI_LANGUAGES, type UiLanguage } from '../data/localize';
import { slugSchema } from '../data/schema';
import { truncateText } from '../data/text';
import { countryCodeSchema, daySchema, keepValid, MAX_QUERY_LENGTH } from './incoming-value-schemas';
import { RELATION_STATUSES, RELATION_TYPES } from '../data/vocabulary';
import { serializeTableSort, tableSortSchema, type TableSort } from './table-view';

/** Everything a link reproduces. Parsed from and serialized to the query string by pure functions. */
export interface UrlState extends Filters {
  city?: string;
  /** Undefined: the configured default language. */
  lang?: UiLanguage;
  /** "As of" day, YYYY-MM-DD; undefined = today. */
  at?: string;
  /** First day of a "what changed" comparison, YYYY-MM-DD; undefined = no comparison. */
  from?: string;
  /** Embedded in another page: no page chrome, cooperative gestures. */
  embed: boolean;
  /** Undefined: the configured default theme. */
  theme?: Theme;
  /** `free`: the map takes wheel and one-finger gestures even when embedded. */
  gestures?: 'free';
  /** Another dataset, if config.json allows it (see chooseDataUrl). */
  data?: string;
  /** `table`: the city list is shown as a sortable data table; undefined = as a list. */
  list?: 'table';
  /** The table's order; undefined = DEFAULT_TABLE_SORT (by name, A to Z). */
  sort?: TableSort;
}

/** Parameters that only an iframe needs: a link to the full page drops them, an embed link sets `embed`. */
const EMBED_ONLY_PARAMS = ['embed', 'gestures'] as const;

/** The view at `href` as a full page, for sharing as a link. */
export function pageLink(href: string): string {
  const url = new URL(href);
  for (const name of EMBED_ONLY_PARAMS) url.searchParams.delete(name);
  return url.href;
}

/** The view at `url` inside an iframe; the other parameters are kept as they are. */
export function embedLink(url: URL): URL {
  const framed = new URL(url);
  framed.searchParams.set('embed', '1');
  return framed;
}

export const DEFAULT_URL_STATE: UrlState = { status: [], type: [], country: [], q: '', embed: false };

const statusSchema = z.enum(RELATION_STATUSES);
const typeSchema = z.enum(RELATION_TYPES);
const languageSchema = z.enum(UI_LANGUAGES);
const themeSchema = z.enum(THEMES);
const dataSchema = z.string().trim().min(1).max(500);

function parseDay(value: string | null): string | undefined {
  const parsed = daySchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Keeps the valid, distinct values of a comma-separated list; anything else is dropped silently. */
function parseList<T>(value: string | null, schema: z.ZodType<T>): T[] {
  return value === null
    ? []
    : keepValid(
        value.split(',').map((part) => part.trim()),
        schema,
      );
}

/**
 * Whitespace alone is no search (links leave it out), and a long text is cut without splitting
 * a surrogate pair, which the next link would turn into U+FFFD: parse(serialize(state)) is stable.
 */
function parseQuery(value: string | null): string {
  const q = truncateText(value ?? '', MAX_QUERY_LENGTH);
  return q.trim() ? q : '';
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const city = slugSchema.safeParse(params.get('city'));
  const lang = languageSchema.safeParse(params.get('lang'));
  const theme = themeSchema.safeParse(params.get('theme'));
  const data = dataSchema.safeParse(params.get('data'));
  const sort = tableSortSchema.safeParse(params.get('sort'));
  return {
    city: city.success ? city.data : undefined,
    status: parseList(params.get('status'), statusSchema),
    type: parseList(params.get('type'), typeSchema),
    country: parseList(params.get('country'), countryCodeSchema),
    q: parseQuery(params.get('q')),
    lang: lang.success ? lang.data : undefined,
    at: parseDay(params.get('at')),
    from: parseDay(params.get('from')),
    embed: params.get('embed') === '1' || params.get('embed') === 'true',
    theme: theme.success ? theme.data : undefined,
    gestures: params.get('gestures') === 'free' ? 'free' : undefined,
    data: data.success ? data.data : undefined,
    list: params.get('list') === 'table' ? 'table' : undefined,
    sort: sort.success ? sort.data : undefined,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * `next`, with every filter list that equals `previous`'s replaced by `previous`'s own array.
 * The URL is parsed anew on every change, so without this a click on a city would hand fresh (equal)
 * filter lists to every memo keyed on them, and 10,000 places would be filtered, counted and redrawn.
 */
export function keepEqualLists(previous: UrlState | undefined, next: UrlState): UrlState {
  if (!previous) return next;
  const pick = <T extends string>(old: readonly T[], fresh: readonly T[]): readonly T[] =>
    sameList(old, fresh) ? old : fresh;
  return {
    ...next,
    status: pick(previous.status, next.status),
    type: pick(previous.type, next.type),
    country: pick(previous.country, next.country),
  };
}

/** The query string (without "?") for a state; defaults are left out so links stay short. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.city) params.set('city', state.city);
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.type.length) params.set('type', state.type.join(','));
  if (state.country.length) params.set('country', state.country.join(','));
  if (state.q.trim()) params.set('q', truncateText(state.q, MAX_QUERY_LENGTH));
  if (state.lang) params.set('lang', state.lang);
  if (state.from) params.set('from', state.from);
  if (state.at) params.set('at', state.at);
  if (state.embed) params.set('embed', '1');
  if (state.theme) params.set('theme', state.theme);
  if (state.gestures) params.set('gestures', state.gestures);
  if (state.data) params.set('data', state.data);
  if (state.list) params.set('list', state.list);
  if (state.sort) params.set('sort', serializeTableSort(state.sort));
  return params.toString().replace(/%2C/g, ',');
}
